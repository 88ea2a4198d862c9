#include "invoices/customerservice.h"

#include "audit/auditlog.h"
#include "common/textrules.h"
#include "ledger/walletrepository.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace coffer {

Error customerNotFound(const QString &name)
{
    return makeError(ErrorCode::CustomerNotFound,
                     QStringLiteral("customer: '%1' does not exist").arg(name.trimmed()));
}

namespace {

Status checkRate(const QString &field, qint64 rate)
{
    if (rate < 0 || rate > rateScale)
        return makeError(ErrorCode::InvalidRate,
                         QStringLiteral("%1: must be between 0 and 100 percent").arg(field));
    return success();
}

} // namespace

QJsonObject customerJson(const Customer &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("tax_id"), c.taxId},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("currency"), c.currency.code()},
            {QStringLiteral("terms_days"), c.termsDays},
            {QStringLiteral("cycle"), toCode(c.cycle)},
            {QStringLiteral("tax_mode"), toCode(c.taxMode)},
            {QStringLiteral("tax_rounding"), toCode(c.taxRounding)},
            {QStringLiteral("tax_rate"), percentText(c.itemTaxRate)},
            {QStringLiteral("cost_tax_rate"), percentText(c.costTaxRate)},
            {QStringLiteral("balance"), c.balance.toDecimalString()}};
}

namespace {

Result<Currency> merchantCurrency(const Database &database, qint64 merchantId)
{
    auto merchants = WalletRepository(database).merchants();
    if (!merchants)
        return merchants.error();
    for (const Merchant &m : *merchants) {
        if (m.id == merchantId)
            return m.defaultCurrency;
    }
    return makeError(ErrorCode::MerchantNotFound, QStringLiteral("merchant: not found"));
}

} // namespace

Result<Customer> CustomerService::checked(const Actor &actor, const NewCustomer &request) const
{
    Customer c;
    c.merchantId = actor.merchantId;
    c.name = request.name.simplified();
    c.email = request.email.trimmed();
    c.taxId = request.taxId.trimmed();
    c.address = request.address.trimmed();
    COFFER_TRY(checkName(QStringLiteral("name"), c.name, 100));
    COFFER_TRY(checkEmail(QStringLiteral("email"), c.email));
    COFFER_TRY(checkLine(QStringLiteral("tax id"), c.taxId, 50));
    COFFER_TRY(checkNote(QStringLiteral("address"), c.address, 500));
    if (request.termsDays < 0 || request.termsDays > 365)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("terms: %1 days is outside 0 to 365").arg(request.termsDays));
    COFFER_TRY(checkRate(QStringLiteral("tax rate"), request.itemTaxRate));
    COFFER_TRY(checkRate(QStringLiteral("cost tax rate"), request.costTaxRate));
    if (request.currency.trimmed().isEmpty()) {
        auto currency = merchantCurrency(m_database, actor.merchantId);
        if (!currency)
            return currency.error();
        c.currency = *currency;
    } else {
        auto currency = Currency::fromCode(request.currency.trimmed());
        if (!currency)
            return makeError(ErrorCode::UnknownCurrency,
                             QStringLiteral("currency: '%1' is not an ISO 4217 code")
                                 .arg(request.currency.trimmed()));
        c.currency = *currency;
    }
    c.termsDays = request.termsDays;
    c.cycle = request.cycle;
    c.taxMode = request.taxMode;
    c.taxRounding = request.taxRounding;
    c.itemTaxRate = request.itemTaxRate;
    c.costTaxRate = request.costTaxRate;
    return c;
}

Result<Customer> CustomerService::add(const Actor &actor, const NewCustomer &request)
{
    COFFER_TRY(actor.require(Permission::ManageInvoices));
    auto c = checked(actor, request);
    if (!c)
        return c.error();
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    COFFER_TRY(m_database.lockScope(actor.merchantId));
    auto existing = m_customers.byName(actor.merchantId, c->name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(
            ErrorCode::CustomerNameTaken,
            QStringLiteral("name: a customer called '%1' exists already").arg((*existing)->name));
    auto id = m_customers.insert(*c, actor.userName);
    if (!id)
        return id.error();
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("customer.add"),
                           QStringLiteral("customer"), QString::number(*id), {}, customerJson(*c)));
    auto added = m_customers.byId(actor.merchantId, *id);
    if (!added)
        return added.error();
    COFFER_TRY(transaction.commit());
    return **added;
}

Result<Customer> CustomerService::update(const Actor &actor, const QString &name,
                                         const NewCustomer &request)
{
    COFFER_TRY(actor.require(Permission::ManageInvoices));
    auto c = checked(actor, request);
    if (!c)
        return c.error();
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    COFFER_TRY(m_database.lockScope(actor.merchantId));
    auto current = m_customers.byName(actor.merchantId, name, true);
    if (!current)
        return current.error();
    if (!current->has_value())
        return customerNotFound(name);
    const Customer before = **current;
    if (!request.currency.trimmed().isEmpty() && !(c->currency == before.currency))
        return makeError(ErrorCode::CurrencyMismatch,
                         QStringLiteral("currency: %1's account is kept in %2 and stays so")
                             .arg(before.name, before.currency.code()));
    auto clash = m_customers.byName(actor.merchantId, c->name);
    if (!clash)
        return clash.error();
    if (clash->has_value() && (*clash)->id != before.id)
        return makeError(
            ErrorCode::CustomerNameTaken,
            QStringLiteral("name: a customer called '%1' exists already").arg((*clash)->name));
    c->id = before.id;
    c->currency = before.currency;
    COFFER_TRY(m_customers.update(*c));
    auto after = m_customers.byId(actor.merchantId, before.id);
    if (!after)
        return after.error();
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("customer.update"),
                           QStringLiteral("customer"), QString::number(before.id),
                           customerJson(before), customerJson(**after)));
    COFFER_TRY(transaction.commit());
    return **after;
}

Result<QList<Customer>> CustomerService::list(const Actor &actor) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    return m_customers.list(actor.merchantId);
}

Result<Customer> CustomerService::find(const Actor &actor, const QString &name) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    auto customer = m_customers.byName(actor.merchantId, name);
    if (!customer)
        return customer.error();
    if (!customer->has_value())
        return customerNotFound(name);
    return **customer;
}

Result<CustomerAccount> CustomerService::account(const Actor &actor, const QString &name,
                                                 int lineLimit) const
{
    auto customer = find(actor, name);
    if (!customer)
        return customer.error();
    CustomerAccount account;
    account.customer = *customer;
    auto lines = m_customers.lines(*customer, lineLimit);
    if (!lines)
        return lines.error();
    account.lines = *lines;
    auto open = m_invoices.open(customer->id);
    if (!open)
        return open.error();
    account.openInvoices = *open;
    auto credits = m_payments.withCredit(customer->id);
    if (!credits)
        return credits.error();
    qint64 credit = 0;
    for (const Payment &p : *credits)
        credit += p.unallocated.minorUnits();
    account.credit = Money(credit, customer->currency);
    return account;
}

Result<QList<BalanceDrift>> CustomerService::reconcile(const Actor &actor) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    auto customers = m_customers.list(actor.merchantId);
    if (!customers)
        return customers.error();
    QList<BalanceDrift> drifts;
    for (const Customer &customer : *customers) {
        auto found = driftOf(customer);
        if (!found)
            return found.error();
        drifts.append(*found);
    }
    return drifts;
}

Result<QList<BalanceDrift>> CustomerService::driftOf(const Customer &customer) const
{
    QList<BalanceDrift> drifts;
    const Currency &currency = customer.currency;
    auto lines = m_customers.lines(customer);
    if (!lines)
        return lines.error();
    qint64 running = 0;
    for (const CustomerLedgerLine &line : *lines) {
        if (qAddOverflow(running, line.amount.minorUnits(), &running))
            return makeError(ErrorCode::AmountOverflow,
                             QStringLiteral("balance: %1's ledger does not add up in 64 bits")
                                 .arg(customer.name));
        if (line.balanceAfter.minorUnits() != running)
            drifts.append({customer.name, line.id, QStringLiteral("balance_after"),
                           line.balanceAfter, Money(running, currency)});
    }
    if (customer.balance.minorUnits() != running)
        drifts.append({customer.name, 0, QStringLiteral("balance"), customer.balance,
                       Money(running, currency)});
    InvoiceFilter filter;
    filter.customerId = customer.id;
    auto invoices = m_invoices.list(customer.merchantId, filter);
    if (!invoices)
        return invoices.error();
    for (const Invoice &invoice : *invoices) {
        auto allocations = m_payments.ofInvoice(invoice.id);
        if (!allocations)
            return allocations.error();
        qint64 paid = 0;
        for (const PaymentAllocation &a : *allocations)
            paid += a.amount.minorUnits();
        if (invoice.paid.minorUnits() != paid)
            drifts.append({customer.name, 0, QStringLiteral("invoice %1: paid").arg(invoice.number),
                           invoice.paid, Money(paid, currency)});
    }
    auto payments = m_payments.list(customer.merchantId, customer.id);
    if (!payments)
        return payments.error();
    for (const Payment &payment : *payments) {
        auto allocations = m_payments.ofPayment(payment.id);
        if (!allocations)
            return allocations.error();
        qint64 rest = payment.amount.minorUnits();
        for (const PaymentAllocation &a : *allocations)
            rest -= a.amount.minorUnits();
        if (payment.unallocated.minorUnits() != rest)
            drifts.append({customer.name, 0,
                           QStringLiteral("payment %1: unallocated").arg(payment.id),
                           payment.unallocated, Money(rest, currency)});
    }
    return drifts;
}

} // namespace coffer
