// The billing jobs: the monthly invoices and the overdue run.
#include "invoices/invoiceservice.h"

#include "audit/auditlog.h"
#include "invoices/customerservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace coffer {

Result<QList<BillingOutcome>> InvoiceService::runMonthly(const Actor &actor, const QString &month,
                                                         const Progress &progress)
{
    COFFER_TRY(actor.require(Permission::ManageInvoices));
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = shape.match(month.trimmed());
    const QDate from = match.hasMatch()
        ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1)
        : QDate();
    if (!from.isValid() || from.year() < 1900)
        return makeError(ErrorCode::InvalidDate,
                         QStringLiteral("month: '%1' is not a month written YYYY-MM").arg(month));
    const QDate to = from.addMonths(1).addDays(-1);
    if (to >= today())
        return makeError(ErrorCode::InvalidDate,
                         QStringLiteral("month: %1 has not ended; it is billed from %2")
                             .arg(month.trimmed(), to.addDays(1).toString(Qt::ISODate)));
    if (!m_renderer)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("invoice: no printer is set up to keep the issued PDF"));
    auto customers = m_customers.list(actor.merchantId);
    if (!customers)
        return customers.error();
    QList<Customer> monthly;
    for (const Customer &c : *customers) {
        if (c.cycle == BillingCycle::Monthly)
            monthly.append(c);
    }
    QList<BillingOutcome> outcomes;
    for (const Customer &customer : monthly) {
        auto outcome = billMonth(actor, customer, month.trimmed(), to);
        if (!outcome)
            outcomes.append({customer.name, {}, false, true, outcome.error().toString()});
        else
            outcomes.append(*outcome);
        if (progress)
            progress(int(outcomes.size()), int(monthly.size()));
    }
    return outcomes;
}

Result<BillingOutcome> InvoiceService::billMonth(const Actor &actor, const Customer &c,
                                                 const QString &period, const QDate &to)
{
    BillingOutcome outcome {c.name, {}, false, false, {}};
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    // The customer's row lock serialises two desktops billing the same customer.
    auto customer = lockedCustomer(actor, c.id);
    if (!customer)
        return customer.error();
    if (customer->cycle != BillingCycle::Monthly) {
        outcome.note = QStringLiteral("no longer billed monthly");
        return outcome;
    }
    auto existing = m_invoices.forPeriod(customer->id, period);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        outcome.number = (*existing)->number;
        outcome.note = QStringLiteral("already billed");
        return outcome;
    }
    Invoice invoice;
    invoice.merchantId = actor.merchantId;
    invoice.customerId = customer->id;
    invoice.customerName = customer->name;
    invoice.currency = customer->currency;
    invoice.taxMode = customer->taxMode;
    invoice.taxRounding = customer->taxRounding;
    invoice.billingPeriod = period;
    invoice.createdBy = actor.userName;
    auto id = m_invoices.insert(invoice);
    if (!id)
        return id.error();
    invoice.id = *id;
    int billed = 0;
    COFFER_TRY(billUninvoiced(actor, invoice, *customer, QDate(1900, 1, 1), to, &billed));
    if (billed == 0) {
        outcome.note = QStringLiteral("nothing to bill");
        return outcome; // rolled back: no invoice for an empty month
    }
    COFFER_TRY(issueLocked(actor, invoice, *customer));
    COFFER_TRY(transaction.commit());
    outcome.number = invoice.number;
    outcome.created = true;
    return outcome;
}

Result<QList<OverdueNotice>> InvoiceService::markOverdue(const Actor &actor, const QDate &asOf,
                                                         const Deliver &deliver)
{
    COFFER_TRY(actor.require(Permission::ManageInvoices));
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidDate, QStringLiteral("as-of: not a date"));
    if (asOf > today().addDays(maxOverdueLookahead))
        return makeError(ErrorCode::InvalidDate,
                         QStringLiteral("as-of: %1 is more than %2 days ahead")
                             .arg(asOf.toString(Qt::ISODate))
                             .arg(maxOverdueLookahead));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto due = m_invoices.dueBefore(actor.merchantId, asOf);
    if (!due)
        return due.error();
    // Customer by customer (in id order, the rows locked first, as every other
    // change of an account locks them), then their invoices.
    QMap<qint64, QList<qint64>> byCustomer;
    for (const Invoice &invoice : *due)
        byCustomer[invoice.customerId].append(invoice.id);
    QList<OverdueNotice> notices;
    QJsonArray marked;
    for (auto it = byCustomer.cbegin(); it != byCustomer.cend(); ++it) {
        auto customer = lockedCustomer(actor, it.key());
        if (!customer)
            return customer.error();
        OverdueNotice notice;
        notice.customer = *customer;
        for (qint64 invoiceId : it.value()) {
            auto locked = m_invoices.byId(actor.merchantId, invoiceId, true);
            if (!locked)
                return locked.error();
            if (!locked->has_value() || (*locked)->state != InvoiceState::Issued
                || !(*locked)->outstanding().isPositive())
                continue;
            Invoice invoice = **locked;
            invoice.state = InvoiceState::Overdue;
            COFFER_TRY(m_invoices.update(invoice));
            marked.append(invoice.number);
            notice.newlyOverdue.append(invoice.number);
        }
        if (notice.newlyOverdue.isEmpty())
            continue;
        COFFER_TRY(fillNotice(actor, notice));
        notices.append(notice);
    }
    if (!marked.isEmpty())
        COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("invoice.mark_overdue"),
                               QStringLiteral("invoice"), asOf.toString(Qt::ISODate), {},
                               {{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                                {QStringLiteral("invoices"), marked}}));
    // The reminders are written before the marks are kept: a run that cannot write
    // them marks nothing, and the next run writes them all.
    if (deliver && !notices.isEmpty())
        COFFER_TRY(deliver(notices));
    COFFER_TRY(transaction.commit());
    return notices;
}

Status InvoiceService::fillNotice(const Actor &actor, OverdueNotice &notice) const
{
    auto parties = partiesOf(actor, notice.customer);
    if (!parties)
        return parties.error();
    notice.parties = *parties;
    InvoiceFilter filter;
    filter.customerId = notice.customer.id;
    filter.state = InvoiceDisplayState::Overdue;
    auto overdue = m_invoices.list(actor.merchantId, filter);
    if (!overdue)
        return overdue.error();
    notice.overdue = *overdue;
    std::sort(notice.overdue.begin(), notice.overdue.end(),
              [](const Invoice &a, const Invoice &b) { return a.dueDate < b.dueDate; });
    return success();
}

} // namespace coffer
