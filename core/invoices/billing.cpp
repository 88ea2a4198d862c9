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
    if (from > today())
        return makeError(ErrorCode::InvalidDate,
                         QStringLiteral("month: %1 has not begun").arg(month.trimmed()));
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
        auto outcome = billMonth(actor, customer, month.trimmed(), from, to);
        if (!outcome)
            outcomes.append({customer.name, {}, false, outcome.error().toString()});
        else
            outcomes.append(*outcome);
        if (progress)
            progress(int(outcomes.size()), int(monthly.size()));
    }
    return outcomes;
}

Result<BillingOutcome> InvoiceService::billMonth(const Actor &actor, const Customer &c,
                                                 const QString &period, const QDate &from,
                                                 const QDate &to)
{
    BillingOutcome outcome {c.name, {}, false, {}};
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    // The customer's row lock serialises two desktops billing the same customer.
    auto customer = lockedCustomer(actor, c.id);
    if (!customer)
        return customer.error();
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
    // Issued on the first day after the month (or today, while it runs).
    invoice.issueDate = qMin(to.addDays(1), today());
    invoice.createdBy = actor.userName;
    auto id = m_invoices.insert(invoice);
    if (!id)
        return id.error();
    invoice.id = *id;
    int billed = 0;
    COFFER_TRY(billUninvoiced(actor, invoice, *customer, from, to, &billed));
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

Result<QList<OverdueNotice>> InvoiceService::markOverdue(const Actor &actor, const QDate &asOf)
{
    COFFER_TRY(actor.require(Permission::ManageInvoices));
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidDate, QStringLiteral("as-of: not a date"));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto due = m_invoices.dueBefore(actor.merchantId, asOf);
    if (!due)
        return due.error();
    QList<OverdueNotice> notices;
    QJsonArray marked;
    for (Invoice invoice : *due) {
        auto locked = m_invoices.byId(actor.merchantId, invoice.id, true);
        if (!locked)
            return locked.error();
        if (!locked->has_value() || (*locked)->state != InvoiceState::Issued)
            continue;
        invoice = **locked;
        invoice.state = InvoiceState::Overdue;
        COFFER_TRY(m_invoices.update(invoice));
        marked.append(invoice.number);
        if (notices.isEmpty() || notices.last().customer.id != invoice.customerId) {
            OverdueNotice notice;
            auto customer = m_customers.byId(actor.merchantId, invoice.customerId);
            if (!customer)
                return customer.error();
            notice.customer = **customer;
            notices.append(notice);
        }
        notices.last().newlyOverdue.append(invoice.number);
    }
    for (OverdueNotice &notice : notices) {
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
    }
    if (!marked.isEmpty())
        COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("invoice.mark_overdue"),
                               QStringLiteral("invoice"), asOf.toString(Qt::ISODate), {},
                               {{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                                {QStringLiteral("invoices"), marked}}));
    COFFER_TRY(transaction.commit());
    return notices;
}

} // namespace coffer
