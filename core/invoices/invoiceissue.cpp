// Issuing and cancelling invoices, and allocating what customers paid.
#include "invoices/invoiceservice.h"

#include "audit/auditlog.h"
#include "common/textrules.h"
#include "payouts/payoutservice.h"
#include "storage/numbers.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace coffer {

QString partiesToJson(const InvoiceParties &p)
{
    const QJsonObject object {{QStringLiteral("merchant_name"), p.merchantName},
                              {QStringLiteral("merchant_address"), p.merchantAddress},
                              {QStringLiteral("merchant_tax_id"), p.merchantTaxId},
                              {QStringLiteral("merchant_email"), p.merchantEmail},
                              {QStringLiteral("customer_name"), p.customerName},
                              {QStringLiteral("customer_address"), p.customerAddress},
                              {QStringLiteral("customer_tax_id"), p.customerTaxId},
                              {QStringLiteral("customer_email"), p.customerEmail},
                              {QStringLiteral("terms_days"), p.termsDays},
                              {QStringLiteral("language"), p.language}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

InvoiceParties partiesFromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    InvoiceParties p;
    p.merchantName = o.value(QStringLiteral("merchant_name")).toString();
    p.merchantAddress = o.value(QStringLiteral("merchant_address")).toString();
    p.merchantTaxId = o.value(QStringLiteral("merchant_tax_id")).toString();
    p.merchantEmail = o.value(QStringLiteral("merchant_email")).toString();
    p.customerName = o.value(QStringLiteral("customer_name")).toString();
    p.customerAddress = o.value(QStringLiteral("customer_address")).toString();
    p.customerTaxId = o.value(QStringLiteral("customer_tax_id")).toString();
    p.customerEmail = o.value(QStringLiteral("customer_email")).toString();
    p.termsDays = o.value(QStringLiteral("terms_days")).toInt();
    p.language = o.value(QStringLiteral("language")).toString(QStringLiteral("en"));
    return p;
}

Result<InvoiceParties> InvoiceService::partiesOf(const Actor &actor, const Customer &customer) const
{
    auto parties = m_invoices.merchantParties(actor.merchantId);
    if (!parties)
        return parties.error();
    parties->customerName = customer.name;
    parties->customerAddress = customer.address;
    parties->customerTaxId = customer.taxId;
    parties->customerEmail = customer.email;
    parties->termsDays = customer.termsDays;
    return parties;
}

Result<Invoice> InvoiceService::issue(const Actor &actor, qint64 draftId)
{
    COFFER_TRY(actor.require(Permission::ManageInvoices));
    if (!m_renderer)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("invoice: no printer is set up to keep the issued PDF"));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto locked = lockedDraftAndCustomer(actor, draftId);
    if (!locked)
        return locked.error();
    auto &[draft, customer] = *locked;
    COFFER_TRY(issueLocked(actor, draft, customer));
    COFFER_TRY(transaction.commit());
    return draft;
}

Status InvoiceService::issueLocked(const Actor &actor, Invoice &invoice, Customer &customer)
{
    auto lines = m_invoices.lines(invoice);
    if (!lines)
        return lines.error();
    if (lines->isEmpty())
        return makeError(ErrorCode::NothingToBill,
                         QStringLiteral("invoice: %1 has no lines to issue").arg(invoice.id));
    auto amounts = amountsOf(*lines, invoice.taxMode, invoice.taxRounding);
    if (!amounts)
        return amounts.error();
    for (qsizetype i = 0; i < lines->size(); ++i) {
        InvoiceLine line = lines->at(i);
        line.net = Money(amounts->lines.at(i).net, invoice.currency);
        line.tax = Money(amounts->lines.at(i).tax, invoice.currency);
        line.gross = Money(amounts->lines.at(i).gross, invoice.currency);
        COFFER_TRY(m_invoices.updateLineAmounts(line));
    }
    invoice.subtotal = Money(amounts->subtotal, invoice.currency);
    invoice.tax = Money(amounts->tax, invoice.currency);
    invoice.total = Money(amounts->total, invoice.currency);
    if (!invoice.issueDate.isValid())
        invoice.issueDate = today();
    if (!invoice.dueDate.isValid())
        invoice.dueDate = invoice.issueDate.addDays(customer.termsDays);
    if (invoice.dueDate < invoice.issueDate)
        return makeError(ErrorCode::InvalidDate,
                         QStringLiteral("due: %1 is before the issue date %2")
                             .arg(invoice.dueDate.toString(Qt::ISODate),
                                  invoice.issueDate.toString(Qt::ISODate)));
    const bool creditNote = invoice.kind == InvoiceKind::CreditNote;
    auto number = takeNumber(m_database, actor.merchantId,
                             creditNote ? QStringLiteral("CRN") : QStringLiteral("INV"),
                             invoice.issueDate.year());
    if (!number)
        return number.error();
    invoice.number = *number;
    invoice.state = InvoiceState::Issued;
    if (invoice.total.isZero() && !creditNote)
        invoice.state = InvoiceState::Paid;
    COFFER_TRY(m_invoices.update(invoice));
    auto parties = partiesOf(actor, customer);
    if (!parties)
        return parties.error();
    COFFER_TRY(m_invoices.setParties(invoice.id, partiesToJson(*parties)));
    if (!invoice.total.isZero()) {
        CustomerLedgerLine line;
        line.kind = creditNote ? CustomerLineKind::CreditNote : CustomerLineKind::Invoice;
        line.amount = Money(creditNote ? -invoice.total.minorUnits() : invoice.total.minorUnits(),
                            invoice.currency);
        line.referenceType = creditNote ? QStringLiteral("CreditNote") : QStringLiteral("Invoice");
        line.referenceId = invoice.number;
        line.invoiceId = creditNote ? invoice.cancelsInvoiceId : invoice.id;
        line.description = creditNote
            ? QStringLiteral("Credit note %1 cancels %2").arg(invoice.number, invoice.cancelsNumber)
            : QStringLiteral("Invoice %1").arg(invoice.number);
        line.date = invoice.issueDate;
        line.createdBy = actor.userName;
        auto written = m_customers.appendLine(customer, line);
        if (!written)
            return written.error();
    }
    if (!creditNote)
        COFFER_TRY(applyCredit(actor, customer));
    auto current = m_invoices.byId(actor.merchantId, invoice.id);
    if (!current)
        return current.error();
    invoice = **current;
    COFFER_TRY(keepPdf(actor, invoice, customer));
    return recordAudit(m_database, actor,
                       creditNote ? QStringLiteral("invoice.credit_note")
                                  : QStringLiteral("invoice.issue"),
                       QStringLiteral("invoice"), invoice.number, {}, invoiceJson(invoice));
}

Status InvoiceService::keepPdf(const Actor &actor, Invoice &invoice, const Customer &)
{
    auto detail = detailOf(invoice);
    if (!detail)
        return detail.error();
    auto parties = m_invoices.merchantParties(actor.merchantId);
    if (!parties)
        return parties.error();
    detail->parties.merchantLogo = parties->merchantLogo;
    auto pdf = m_renderer(*detail);
    if (!pdf)
        return pdf.error();
    ProofFile file {invoice.number + QStringLiteral(".pdf"), *pdf};
    auto documentId = keepDocument(m_documents, actor, file);
    if (!documentId)
        return documentId.error();
    invoice.documentId = *documentId;
    return m_invoices.update(invoice);
}

Result<Invoice> InvoiceService::cancel(const Actor &actor, const QString &number,
                                       const QString &reason)
{
    COFFER_TRY(actor.require(Permission::ManageInvoices));
    const QString why = reason.trimmed();
    COFFER_TRY(checkName(QStringLiteral("reason"), why, 500));
    if (!m_renderer)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("invoice: no printer is set up to keep the credit note"));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    // The customer's row first, as every change of an account locks it, then the
    // invoice, read again under its lock.
    auto unlocked = m_invoices.byNumber(actor.merchantId, number);
    if (!unlocked)
        return unlocked.error();
    if (!unlocked->has_value())
        return invoiceNotFound(number);
    auto customer = lockedCustomer(actor, (*unlocked)->customerId);
    if (!customer)
        return customer.error();
    auto found = m_invoices.byNumber(actor.merchantId, number, true);
    if (!found)
        return found.error();
    Invoice invoice = **found;
    if (invoice.kind != InvoiceKind::Invoice || invoice.state == InvoiceState::Draft
        || invoice.state == InvoiceState::Cancelled)
        return makeError(
            ErrorCode::InvoiceStateConflict,
            QStringLiteral("invoice: %1 is %2 %3; only an issued invoice is "
                           "cancelled")
                .arg(invoice.number, toCode(invoice.kind), toCode(invoice.displayState())));
    // What was paid on it becomes the customer's credit again.
    auto released = m_payments.release(invoice.id);
    if (!released)
        return released.error();
    for (const PaymentAllocation &a : *released) {
        auto payment = m_payments.byId(actor.merchantId, a.paymentId);
        if (!payment)
            return payment.error();
        COFFER_TRY(m_payments.setUnallocated(
            a.paymentId, (*payment)->unallocated.minorUnits() + a.amount.minorUnits()));
    }
    COFFER_TRY(m_invoices.releaseSources(invoice.id));
    invoice.state = InvoiceState::Cancelled;
    invoice.paid = Money::zero(invoice.currency);
    COFFER_TRY(m_invoices.update(invoice));

    Invoice note;
    note.merchantId = actor.merchantId;
    note.customerId = invoice.customerId;
    note.customerName = invoice.customerName;
    note.kind = InvoiceKind::CreditNote;
    note.currency = invoice.currency;
    note.taxMode = invoice.taxMode;
    note.taxRounding = invoice.taxRounding;
    note.issueDate = qMax(today(), invoice.issueDate);
    note.dueDate = note.issueDate;
    note.cancelsInvoiceId = invoice.id;
    note.cancelsNumber = invoice.number;
    note.note = why;
    note.createdBy = actor.userName;
    auto noteId = m_invoices.insert(note);
    if (!noteId)
        return noteId.error();
    note.id = *noteId;
    auto lines = m_invoices.lines(invoice);
    if (!lines)
        return lines.error();
    for (const InvoiceLine &line : *lines)
        COFFER_TRY(m_invoices.insertLine(note.id, line));
    COFFER_TRY(issueLocked(actor, note, *customer));
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("invoice.cancel"),
                           QStringLiteral("invoice"), invoice.number, invoiceJson(**found),
                           invoiceJson(invoice)));
    COFFER_TRY(applyCredit(actor, *customer));
    COFFER_TRY(transaction.commit());
    return note;
}

Status InvoiceService::applyCredit(const Actor &actor, const Customer &customer)
{
    auto payments = m_payments.withCredit(customer.id);
    if (!payments)
        return payments.error();
    if (payments->isEmpty())
        return success();
    auto open = m_invoices.open(customer.id, true);
    if (!open)
        return open.error();
    qsizetype next = 0;
    for (Payment payment : *payments) {
        while (payment.unallocated.isPositive() && next < open->size()) {
            Invoice &invoice = (*open)[next];
            const qint64 amount
                = qMin(payment.unallocated.minorUnits(), invoice.outstanding().minorUnits());
            COFFER_TRY(allocate(actor, payment, invoice, amount));
            if (!invoice.outstanding().isPositive())
                ++next;
        }
    }
    return success();
}

Status InvoiceService::allocate(const Actor &actor, Payment &payment, Invoice &invoice,
                                qint64 amount)
{
    if (amount <= 0)
        return success();
    COFFER_TRY(m_payments.allocate(
        {payment.id, invoice.id, invoice.number, Money(amount, invoice.currency)}, actor.userName));
    payment.unallocated = Money(payment.unallocated.minorUnits() - amount, invoice.currency);
    COFFER_TRY(m_payments.setUnallocated(payment.id, payment.unallocated.minorUnits()));
    invoice.paid = Money(invoice.paid.minorUnits() + amount, invoice.currency);
    if (!invoice.outstanding().isPositive())
        invoice.state = InvoiceState::Paid;
    return m_invoices.update(invoice);
}

} // namespace coffer
