// Customer payments: registration, allocation, and the sale they record in a wallet.
#include "invoices/invoiceservice.h"

#include "audit/auditlog.h"
#include "common/textrules.h"
#include "invoices/customerservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace coffer {

namespace {

Status checkPayment(const NewPayment &request, const Customer &customer)
{
    if (!(request.amount.currency() == customer.currency))
        return makeError(ErrorCode::CurrencyMismatch,
                         QStringLiteral("amount: must be in %1, %2's currency")
                             .arg(customer.currency.code(), customer.name));
    if (!request.amount.isPositive())
        return makeError(ErrorCode::AmountMustBePositive,
                         QStringLiteral("amount: must be greater than zero"));
    COFFER_TRY(checkLine(QStringLiteral("method"), request.method.trimmed(), 40));
    COFFER_TRY(checkLine(QStringLiteral("reference"), request.reference.trimmed(), 100));
    return success();
}

} // namespace

QJsonObject paymentJson(const Payment &p, const QList<PaymentAllocation> &allocations)
{
    QJsonArray to;
    for (const PaymentAllocation &a : allocations)
        to.append(QJsonObject {{QStringLiteral("invoice"), a.invoiceNumber},
                               {QStringLiteral("amount"), a.amount.toDecimalString()}});
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("customer"), p.customerName},
            {QStringLiteral("amount"), p.amount.toDecimalString()},
            {QStringLiteral("currency"), p.amount.currency().code()},
            {QStringLiteral("method"), p.method},
            {QStringLiteral("reference"), p.reference},
            {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
            {QStringLiteral("wallet_id"), p.walletId},
            {QStringLiteral("entry_id"), p.entryId},
            {QStringLiteral("allocations"), to},
            {QStringLiteral("unallocated"), p.unallocated.toDecimalString()}};
}

Result<InvoiceService::PaymentTarget>
InvoiceService::paymentTarget(const Actor &actor, const NewPayment &request, bool lock) const
{
    const QDate date = request.date.isValid() ? request.date : today();
    if (date > today().addDays(1))
        return makeError(
            ErrorCode::InvalidDate,
            QStringLiteral("date: %1 is more than a day ahead").arg(date.toString(Qt::ISODate)));
    auto found = m_customers.byName(actor.merchantId, request.customer, lock);
    if (!found)
        return found.error();
    if (!found->has_value())
        return customerNotFound(request.customer);
    PaymentTarget target {**found, {}, date};
    COFFER_TRY(checkPayment(request, target.customer));
    QStringList numbers;
    for (const QString &number : request.invoiceNumbers) {
        if (!numbers.contains(number.trimmed().toUpper()))
            numbers << number.trimmed().toUpper();
    }
    for (const QString &number : numbers) {
        auto invoice = m_invoices.byNumber(actor.merchantId, number, lock);
        if (!invoice)
            return invoice.error();
        if (!invoice->has_value() || (*invoice)->customerId != target.customer.id)
            return invoiceNotFound(number + QStringLiteral(" of ") + target.customer.name);
        const Invoice &i = **invoice;
        if (i.kind != InvoiceKind::Invoice
            || (i.state != InvoiceState::Issued && i.state != InvoiceState::Overdue))
            return makeError(ErrorCode::InvoiceStateConflict,
                             QStringLiteral("invoice: %1 is %2; a payment goes to an issued or "
                                            "overdue invoice")
                                 .arg(i.number, toCode(i.displayState())));
        target.named.append(i);
    }
    return target;
}

Result<QList<PaymentAllocation>> InvoiceService::planAllocation(const Actor &actor,
                                                                const NewPayment &request) const
{
    COFFER_TRY(actor.require(Permission::ManageInvoices));
    auto target = paymentTarget(actor, request, false);
    if (!target)
        return target.error();
    auto open = m_invoices.open(target->customer.id);
    if (!open)
        return open.error();
    // The named invoices first, then the open ones oldest first (credit held earlier
    // has gone to every open invoice already, so only this payment is shared out).
    QList<Invoice> order = target->named;
    for (const Invoice &i : *open) {
        if (std::none_of(order.cbegin(), order.cend(),
                         [&i](const Invoice &n) { return n.id == i.id; }))
            order.append(i);
    }
    qint64 left = request.amount.minorUnits();
    QList<PaymentAllocation> plan;
    for (const Invoice &i : order) {
        const qint64 amount = qMin(left, i.outstanding().minorUnits());
        if (amount <= 0)
            continue;
        plan.append({0, i.id, i.number, Money(amount, i.currency)});
        left -= amount;
    }
    return plan;
}

Result<RegisteredPayment> InvoiceService::registerPayment(const Actor &actor,
                                                          const NewPayment &request)
{
    COFFER_TRY(actor.require(Permission::ManageInvoices));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto target = paymentTarget(actor, request, true);
    if (!target)
        return target.error();
    Customer &customer = target->customer;
    const QDate date = target->date;

    Payment payment;
    payment.customerId = customer.id;
    payment.customerName = customer.name;
    payment.amount = request.amount;
    payment.unallocated = request.amount;
    payment.method = request.method.trimmed().isEmpty() ? QStringLiteral("bank transfer")
                                                        : request.method.trimmed();
    payment.reference = request.reference.trimmed();
    payment.date = date;
    payment.createdBy = actor.userName;
    if (!request.wallet.trimmed().isEmpty()) {
        auto wallet = m_walletService.find(actor, request.wallet);
        if (!wallet)
            return wallet.error();
        payment.walletId = wallet->id;
    }
    auto id = m_payments.insert(actor.merchantId, payment);
    if (!id)
        return id.error();
    payment.id = *id;
    if (payment.walletId != 0) {
        auto entry = recordSale(actor, payment, request.wallet);
        if (!entry)
            return entry.error();
        payment.entryId = *entry;
        COFFER_TRY(m_payments.setEntry(payment.id, payment.entryId));
    }
    CustomerLedgerLine line;
    line.kind = CustomerLineKind::Payment;
    line.amount = Money(-payment.amount.minorUnits(), customer.currency);
    line.referenceType = QStringLiteral("Payment");
    line.referenceId = QString::number(payment.id);
    line.description = payment.reference.isEmpty()
        ? QStringLiteral("Payment (%1)").arg(payment.method)
        : QStringLiteral("Payment (%1, %2)").arg(payment.method, payment.reference);
    line.date = date;
    line.createdBy = actor.userName;
    auto written = m_customers.appendLine(customer, line);
    if (!written)
        return written.error();
    for (Invoice &named : target->named)
        COFFER_TRY(
            allocate(actor, payment, named,
                     qMin(payment.unallocated.minorUnits(), named.outstanding().minorUnits())));
    COFFER_TRY(applyCredit(actor, customer));
    auto stored = m_payments.byId(actor.merchantId, payment.id);
    if (!stored)
        return stored.error();
    auto allocations = m_payments.ofPayment(payment.id);
    if (!allocations)
        return allocations.error();
    RegisteredPayment registered {**stored, *allocations};
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("payment.register"),
                           QStringLiteral("payment"), QString::number(payment.id), {},
                           paymentJson(registered.payment, registered.allocations)));
    COFFER_TRY(transaction.commit());
    return registered;
}

Result<qint64> InvoiceService::recordSale(const Actor &actor, const Payment &payment,
                                          const QString &)
{
    auto sale = m_categories.byCode(QStringLiteral("SALE"));
    if (!sale)
        return sale.error();
    NewTransaction entry;
    entry.type = TransactionType::Income;
    entry.walletId = payment.walletId;
    entry.categoryId = sale->id;
    entry.amount = payment.amount;
    entry.date = payment.date;
    entry.referenceType = QStringLiteral("Payment");
    entry.referenceId = QString::number(payment.id);
    entry.note = QStringLiteral("Payment from %1").arg(payment.customerName);
    auto recorded = m_ledger.record(actor, entry);
    if (!recorded)
        return recorded.error();
    return recorded->id;
}

Result<PaymentReceipt> InvoiceService::receipt(const Actor &actor, qint64 paymentId) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    auto payment = m_payments.byId(actor.merchantId, paymentId);
    if (!payment)
        return payment.error();
    if (!payment->has_value())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("payment: %1 does not exist").arg(paymentId));
    auto customer = m_customers.byId(actor.merchantId, (*payment)->customerId);
    if (!customer)
        return customer.error();
    auto parties = partiesOf(actor, **customer);
    if (!parties)
        return parties.error();
    auto allocations = m_payments.ofPayment(paymentId);
    if (!allocations)
        return allocations.error();
    return PaymentReceipt {**payment, *allocations, *parties};
}

Result<QList<Payment>> InvoiceService::payments(const Actor &actor, const QString &customer,
                                                int limit) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    qint64 customerId = 0;
    if (!customer.trimmed().isEmpty()) {
        auto found = m_customers.byName(actor.merchantId, customer);
        if (!found)
            return found.error();
        if (!found->has_value())
            return customerNotFound(customer);
        customerId = (*found)->id;
    }
    return m_payments.list(actor.merchantId, customerId, limit);
}

} // namespace coffer
