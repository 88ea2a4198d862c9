#include "invoices/invoiceservice.h"

#include "audit/auditlog.h"
#include "common/textrules.h"
#include "invoices/customerservice.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace coffer {

Error invoiceNotFound(const QString &what)
{
    return makeError(ErrorCode::InvoiceNotFound,
                     QStringLiteral("invoice: '%1' does not exist").arg(what.trimmed()));
}

QJsonObject invoiceJson(const Invoice &i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("number"), i.number},
            {QStringLiteral("kind"), toCode(i.kind)},
            {QStringLiteral("customer"), i.customerName},
            {QStringLiteral("state"), toCode(i.displayState())},
            {QStringLiteral("currency"), i.currency.code()},
            {QStringLiteral("issue_date"), i.issueDate.toString(Qt::ISODate)},
            {QStringLiteral("due_date"), i.dueDate.toString(Qt::ISODate)},
            {QStringLiteral("billing_period"), i.billingPeriod},
            {QStringLiteral("cancels"), i.cancelsNumber},
            {QStringLiteral("subtotal"), i.subtotal.toDecimalString()},
            {QStringLiteral("tax"), i.tax.toDecimalString()},
            {QStringLiteral("total"), i.total.toDecimalString()},
            {QStringLiteral("paid"), i.paid.toDecimalString()},
            {QStringLiteral("outstanding"), i.outstanding().toDecimalString()}};
}

namespace {

Error notADraft(const Invoice &invoice)
{
    return makeError(ErrorCode::InvoiceStateConflict,
                     QStringLiteral("invoice: %1 is %2; an issued invoice is never edited, it "
                                    "is cancelled by a credit note")
                         .arg(invoice.number, toCode(invoice.displayState())));
}

Status checkLine(const NewInvoiceLine &line, const Currency &currency)
{
    COFFER_TRY(checkName(QStringLiteral("description"), line.description.simplified(), 500));
    if (line.quantity <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("quantity: must be above zero"));
    if (!(line.unitPrice.currency() == currency))
        return makeError(ErrorCode::CurrencyMismatch,
                         QStringLiteral("unit price: must be in %1, the invoice's currency")
                             .arg(currency.code()));
    if (line.unitPrice.isNegative())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("unit price: must not be negative"));
    if (line.discount < 0 || line.discount > rateScale)
        return makeError(ErrorCode::InvalidRate,
                         QStringLiteral("discount: must be between 0 and 100 percent"));
    if (line.taxRate && (*line.taxRate < 0 || *line.taxRate > rateScale))
        return makeError(ErrorCode::InvalidRate,
                         QStringLiteral("tax rate: must be between 0 and 100 percent"));
    return success();
}

} // namespace

Result<InvoiceAmounts> InvoiceService::amountsOf(const QList<InvoiceLine> &lines, TaxMode mode,
                                                 TaxRounding rounding)
{
    QList<LineInput> inputs;
    inputs.reserve(lines.size());
    for (const InvoiceLine &l : lines)
        inputs.append({l.quantity, l.unitPrice.minorUnits(), l.discount, l.taxRate});
    return computeInvoiceAmounts(inputs, mode, rounding);
}

Result<Customer> InvoiceService::lockedCustomer(const Actor &actor, qint64 customerId)
{
    auto customer = m_customers.byId(actor.merchantId, customerId, true);
    if (!customer)
        return customer.error();
    if (!customer->has_value())
        return customerNotFound(QString::number(customerId));
    return **customer;
}

Result<std::pair<Invoice, Customer>> InvoiceService::lockedDraftAndCustomer(const Actor &actor,
                                                                            qint64 draftId)
{
    // The customer's row first, as every change of an account locks it, then the
    // draft, read again under its lock.
    auto unlocked = m_invoices.byId(actor.merchantId, draftId);
    if (!unlocked)
        return unlocked.error();
    if (!unlocked->has_value())
        return invoiceNotFound(QString::number(draftId));
    auto customer = lockedCustomer(actor, (*unlocked)->customerId);
    if (!customer)
        return customer.error();
    auto draft = lockedDraft(actor, draftId);
    if (!draft)
        return draft.error();
    return std::pair {*draft, *customer};
}

Result<Invoice> InvoiceService::lockedDraft(const Actor &actor, qint64 draftId)
{
    auto invoice = m_invoices.byId(actor.merchantId, draftId, true);
    if (!invoice)
        return invoice.error();
    if (!invoice->has_value())
        return invoiceNotFound(QString::number(draftId));
    if ((*invoice)->state != InvoiceState::Draft)
        return notADraft(**invoice);
    return **invoice;
}

Result<Invoice> InvoiceService::createDraft(const Actor &actor, const NewInvoice &request)
{
    COFFER_TRY(actor.require(Permission::ManageInvoices));
    const QString note = request.note.trimmed();
    COFFER_TRY(checkNote(QStringLiteral("note"), note, 2000));
    if (request.dueDate.isValid() && request.dueDate < today())
        return makeError(
            ErrorCode::InvalidDate,
            QStringLiteral("due: %1 has passed").arg(request.dueDate.toString(Qt::ISODate)));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto found = m_customers.byName(actor.merchantId, request.customer, true);
    if (!found)
        return found.error();
    if (!found->has_value())
        return customerNotFound(request.customer);
    const Customer &customer = **found;
    Invoice draft;
    draft.merchantId = actor.merchantId;
    draft.customerId = customer.id;
    draft.customerName = customer.name;
    draft.currency = customer.currency;
    draft.taxMode = customer.taxMode;
    draft.taxRounding = customer.taxRounding;
    draft.dueDate = request.dueDate;
    draft.note = note;
    draft.createdBy = actor.userName;
    auto id = m_invoices.insert(draft);
    if (!id)
        return id.error();
    draft.id = *id;
    if (request.uninvoicedThrough.isValid()) {
        int billed = 0;
        COFFER_TRY(billUninvoiced(actor, draft, customer, QDate(1900, 1, 1),
                                  request.uninvoicedThrough, &billed));
    }
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("invoice.create"),
                           QStringLiteral("invoice"), QString::number(draft.id), {},
                           invoiceJson(draft)));
    auto created = m_invoices.byId(actor.merchantId, draft.id);
    if (!created)
        return created.error();
    COFFER_TRY(transaction.commit());
    return **created;
}

Status InvoiceService::billUninvoiced(const Actor &actor, Invoice &draft, const Customer &customer,
                                      const QDate &from, const QDate &through, int *billed)
{
    auto entries
        = m_invoices.billable(actor.merchantId, customer.name, customer.currency, from, through);
    if (!entries)
        return entries.error();
    auto existing = m_invoices.lines(draft);
    if (!existing)
        return existing.error();
    int position = existing->isEmpty() ? 0 : existing->last().position;
    for (const BillableEntry &entry : *entries) {
        auto taken = m_invoices.takeSource(entry.transactionId, draft.id);
        if (!taken)
            return taken.error();
        if (!*taken)
            continue; // another desktop billed it meanwhile
        InvoiceLine line;
        line.position = ++position;
        line.description = QStringLiteral("%1 (%2)").arg(
            entry.description.isEmpty() ? QStringLiteral("Entry %1").arg(entry.transactionId)
                                        : entry.description,
            entry.date.toString(Qt::ISODate));
        line.quantity = quantityScale;
        line.unitPrice = entry.amount;
        line.taxRate = entry.expense ? customer.costTaxRate : customer.itemTaxRate;
        auto id = m_invoices.insertLine(draft.id, line, entry.transactionId);
        if (!id)
            return id.error();
        ++*billed;
    }
    return success();
}

Result<InvoiceDetail> InvoiceService::addLine(const Actor &actor, qint64 draftId,
                                              const NewInvoiceLine &request)
{
    COFFER_TRY(actor.require(Permission::ManageInvoices));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto draft = lockedDraft(actor, draftId);
    if (!draft)
        return draft.error();
    COFFER_TRY(checkLine(request, draft->currency));
    auto customer = m_customers.byId(actor.merchantId, draft->customerId);
    if (!customer)
        return customer.error();
    auto lines = m_invoices.lines(*draft);
    if (!lines)
        return lines.error();
    InvoiceLine line;
    line.position = lines->isEmpty() ? 1 : lines->last().position + 1;
    line.description = request.description.simplified();
    line.quantity = request.quantity;
    line.unitPrice = request.unitPrice;
    line.discount = request.discount;
    line.taxRate = request.taxRate.value_or(customer->has_value() ? (*customer)->itemTaxRate : 0);
    // The line must come to an amount that fits, alone and with the others.
    QList<InvoiceLine> all = *lines;
    all.append(line);
    auto amounts = amountsOf(all, draft->taxMode, draft->taxRounding);
    if (!amounts)
        return amounts.error();
    auto id = m_invoices.insertLine(draft->id, line);
    if (!id)
        return id.error();
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("invoice.add_line"),
                           QStringLiteral("invoice"), QString::number(draft->id), {},
                           {{QStringLiteral("position"), line.position},
                            {QStringLiteral("description"), line.description},
                            {QStringLiteral("quantity"), quantityText(line.quantity)},
                            {QStringLiteral("unit_price"), line.unitPrice.toDecimalString()},
                            {QStringLiteral("discount"), percentText(line.discount)},
                            {QStringLiteral("tax_rate"), percentText(line.taxRate)}}));
    auto detail = detailOf(*draft);
    if (!detail)
        return detail.error();
    COFFER_TRY(transaction.commit());
    return detail;
}

Result<InvoiceDetail> InvoiceService::removeLine(const Actor &actor, qint64 draftId, int position)
{
    COFFER_TRY(actor.require(Permission::ManageInvoices));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto draft = lockedDraft(actor, draftId);
    if (!draft)
        return draft.error();
    auto removed = m_database.run(
        QStringLiteral("DELETE FROM invoice_line WHERE invoice_id = ? AND position = ?"),
        {draft->id, position});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() != 1)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("line: the draft has no line %1").arg(position));
    COFFER_TRY(m_database.run(QStringLiteral("DELETE FROM invoice_source WHERE invoice_id = ? AND "
                                             "transaction_id NOT IN (SELECT "
                                             "source_transaction_id FROM invoice_line WHERE "
                                             "invoice_id = ? AND source_transaction_id IS NOT "
                                             "NULL)"),
                              {draft->id, draft->id}));
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("invoice.remove_line"),
                           QStringLiteral("invoice"), QString::number(draft->id), {},
                           {{QStringLiteral("position"), position}}));
    auto detail = detailOf(*draft);
    if (!detail)
        return detail.error();
    COFFER_TRY(transaction.commit());
    return detail;
}

Status InvoiceService::deleteDraft(const Actor &actor, qint64 draftId)
{
    COFFER_TRY(actor.require(Permission::ManageInvoices));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto draft = lockedDraft(actor, draftId);
    if (!draft)
        return draft.error();
    COFFER_TRY(m_invoices.remove(draft->id));
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("invoice.delete_draft"),
                           QStringLiteral("invoice"), QString::number(draft->id),
                           invoiceJson(*draft), {}));
    return transaction.commit();
}

Result<Invoice> InvoiceService::updateDraft(const Actor &actor, qint64 draftId,
                                            const QDate &dueDate, const QString &note)
{
    COFFER_TRY(actor.require(Permission::ManageInvoices));
    const QString text = note.trimmed();
    COFFER_TRY(checkNote(QStringLiteral("note"), text, 2000));
    if (dueDate.isValid() && dueDate < today())
        return makeError(ErrorCode::InvalidDate,
                         QStringLiteral("due: %1 has passed").arg(dueDate.toString(Qt::ISODate)));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto draft = lockedDraft(actor, draftId);
    if (!draft)
        return draft.error();
    const Invoice before = *draft;
    draft->dueDate = dueDate;
    draft->note = text;
    COFFER_TRY(m_invoices.update(*draft));
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("invoice.update_draft"),
                           QStringLiteral("invoice"), QString::number(draft->id),
                           invoiceJson(before), invoiceJson(*draft)));
    COFFER_TRY(transaction.commit());
    return draft;
}

Result<int> InvoiceService::addUninvoiced(const Actor &actor, qint64 draftId, const QDate &through)
{
    COFFER_TRY(actor.require(Permission::ManageInvoices));
    if (!through.isValid())
        return makeError(ErrorCode::InvalidDate, QStringLiteral("through: not a date"));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto locked = lockedDraftAndCustomer(actor, draftId);
    if (!locked)
        return locked.error();
    auto &[draft, customer] = *locked;
    int billed = 0;
    COFFER_TRY(billUninvoiced(actor, draft, customer, QDate(1900, 1, 1), through, &billed));
    if (billed > 0)
        COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("invoice.add_uninvoiced"),
                               QStringLiteral("invoice"), QString::number(draft.id), {},
                               {{QStringLiteral("through"), through.toString(Qt::ISODate)},
                                {QStringLiteral("entries"), billed}}));
    COFFER_TRY(transaction.commit());
    return billed;
}

Result<InvoiceDetail> InvoiceService::detailOf(const Invoice &invoice) const
{
    InvoiceDetail detail;
    detail.invoice = invoice;
    auto lines = m_invoices.lines(invoice);
    if (!lines)
        return lines.error();
    detail.lines = *lines;
    auto amounts = amountsOf(detail.lines, invoice.taxMode, invoice.taxRounding);
    if (!amounts)
        return amounts.error();
    detail.bands = amounts->bands;
    if (invoice.state == InvoiceState::Draft) {
        // A draft shows what it would come to now.
        for (qsizetype i = 0; i < detail.lines.size(); ++i) {
            detail.lines[i].net = Money(amounts->lines.at(i).net, invoice.currency);
            detail.lines[i].tax = Money(amounts->lines.at(i).tax, invoice.currency);
            detail.lines[i].gross = Money(amounts->lines.at(i).gross, invoice.currency);
        }
        detail.invoice.subtotal = Money(amounts->subtotal, invoice.currency);
        detail.invoice.tax = Money(amounts->tax, invoice.currency);
        detail.invoice.total = Money(amounts->total, invoice.currency);
    }
    auto parties = m_invoices.parties(invoice.id);
    if (!parties)
        return parties.error();
    detail.parties = partiesFromJson(*parties);
    return detail;
}

Result<QList<Invoice>> InvoiceService::list(const Actor &actor, const InvoiceFilter &filter) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    return m_invoices.list(actor.merchantId, filter);
}

Result<InvoiceDetail> InvoiceService::show(const Actor &actor, const QString &numberOrId) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    bool isId = false;
    const qint64 id = numberOrId.trimmed().toLongLong(&isId);
    auto invoice = isId ? m_invoices.byId(actor.merchantId, id)
                        : m_invoices.byNumber(actor.merchantId, numberOrId);
    if (!invoice)
        return invoice.error();
    if (!invoice->has_value())
        return invoiceNotFound(numberOrId);
    return detailOf(**invoice);
}

Result<QList<PaymentAllocation>> InvoiceService::allocations(const Actor &actor,
                                                             qint64 invoiceId) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    auto invoice = m_invoices.byId(actor.merchantId, invoiceId);
    if (!invoice)
        return invoice.error();
    if (!invoice->has_value())
        return invoiceNotFound(QString::number(invoiceId));
    return m_payments.ofInvoice(invoiceId);
}

Result<QByteArray> InvoiceService::pdf(const Actor &actor, const QString &number) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    auto invoice = m_invoices.byNumber(actor.merchantId, number);
    if (!invoice)
        return invoice.error();
    if (!invoice->has_value())
        return invoiceNotFound(number);
    if ((*invoice)->documentId == 0)
        return makeError(ErrorCode::InvoiceStateConflict,
                         QStringLiteral("invoice: %1 has no printed file").arg(number));
    return const_cast<PayoutRepository &>(m_documents)
        .documentContent(actor.merchantId, (*invoice)->documentId);
}

} // namespace coffer
