#include "invoices/customerrepository.h"

namespace coffer {

namespace {

const QString customerColumns = QStringLiteral(
    "SELECT id, merchant_id, name, email, tax_id, address, currency, terms_days, cycle, "
    "tax_mode, tax_rounding, item_tax_rate_ppm, cost_tax_rate_ppm, balance_minor, version, "
    "created_at, modified_at FROM customer ");

Customer customerFromRow(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.merchantId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.email = q.value(3).toString();
    c.taxId = q.value(4).toString();
    c.address = q.value(5).toString();
    c.currency = Currency::fromStoredCode(q.value(6).toString());
    c.termsDays = q.value(7).toInt();
    c.cycle = billingCycleFromText(q.value(8).toString()).value_or(BillingCycle::None);
    c.taxMode = taxModeFromText(q.value(9).toString()).value_or(TaxMode::Exclusive);
    c.taxRounding = taxRoundingFromText(q.value(10).toString()).value_or(TaxRounding::PerLine);
    c.itemTaxRate = q.value(11).toLongLong();
    c.costTaxRate = q.value(12).toLongLong();
    c.balance = Money(q.value(13).toLongLong(), c.currency);
    c.version = q.value(14).toLongLong();
    c.createdAt = q.value(15).toDateTime();
    c.modifiedAt = q.value(16).toDateTime();
    return c;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

QString CustomerRepository::nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

Result<qint64> CustomerRepository::insert(const Customer &c, const QString &createdBy)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_database.insert(
        QStringLiteral("INSERT INTO customer (merchant_id, name, name_key, email, tax_id, "
                       "address, currency, terms_days, cycle, tax_mode, tax_rounding, "
                       "item_tax_rate_ppm, cost_tax_rate_ppm, balance_minor, version, "
                       "created_by, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, 0, 1, ?, ?, ?)"),
        {c.merchantId, c.name, nameKey(c.name), textOrNull(c.email), textOrNull(c.taxId),
         textOrNull(c.address), c.currency.code(), c.termsDays, toCode(c.cycle), toCode(c.taxMode),
         toCode(c.taxRounding), c.itemTaxRate, c.costTaxRate, createdBy, now, now});
}

Status CustomerRepository::update(const Customer &c)
{
    COFFER_TRY(m_database.run(
        QStringLiteral("UPDATE customer SET name = ?, name_key = ?, email = ?, tax_id = ?, "
                       "address = ?, terms_days = ?, cycle = ?, tax_mode = ?, tax_rounding = ?, "
                       "item_tax_rate_ppm = ?, cost_tax_rate_ppm = ?, version = version + 1, "
                       "modified_at = ? WHERE id = ? AND merchant_id = ?"),
        {c.name, nameKey(c.name), textOrNull(c.email), textOrNull(c.taxId), textOrNull(c.address),
         c.termsDays, toCode(c.cycle), toCode(c.taxMode), toCode(c.taxRounding), c.itemTaxRate,
         c.costTaxRate, QDateTime::currentDateTimeUtc(), c.id, c.merchantId}));
    return success();
}

Result<QList<Customer>> CustomerRepository::read(const QString &where, const QVariantList &values,
                                                 bool lock) const
{
    auto query = m_database.run(
        customerColumns + where + (lock ? m_database.forUpdate() : QString()), values);
    if (!query)
        return query.error();
    QList<Customer> customers;
    while (query->next())
        customers.append(customerFromRow(*query));
    return customers;
}

Result<std::optional<Customer>> CustomerRepository::byName(qint64 merchantId, const QString &name,
                                                           bool lock) const
{
    auto found = read(QStringLiteral("WHERE merchant_id = ? AND name_key = ?"),
                      {merchantId, nameKey(name)}, lock);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Customer>() : found->first();
}

Result<std::optional<Customer>> CustomerRepository::byId(qint64 merchantId, qint64 customerId,
                                                         bool lock) const
{
    auto found
        = read(QStringLiteral("WHERE merchant_id = ? AND id = ?"), {merchantId, customerId}, lock);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Customer>() : found->first();
}

Result<QList<Customer>> CustomerRepository::list(qint64 merchantId) const
{
    return read(QStringLiteral("WHERE merchant_id = ? ORDER BY ")
                    + m_database.orderedText(QStringLiteral("name_key")),
                {merchantId});
}

Result<QList<Customer>> CustomerRepository::all() const
{
    return read(QStringLiteral("ORDER BY merchant_id, id"), {});
}

Result<CustomerLedgerLine> CustomerRepository::appendLine(Customer &customer,
                                                          CustomerLedgerLine line)
{
    qint64 after = 0;
    if (qAddOverflow(customer.balance.minorUnits(), line.amount.minorUnits(), &after))
        return makeError(ErrorCode::AmountOverflow,
                         QStringLiteral("balance: the customer's balance would overflow"));
    line.customerId = customer.id;
    line.balanceAfter = Money(after, customer.currency);
    line.createdAt = QDateTime::currentDateTimeUtc();
    auto id = m_database.insert(
        QStringLiteral("INSERT INTO customer_ledger_line (customer_id, kind, amount_minor, "
                       "balance_after_minor, reference_type, reference_id, invoice_id, "
                       "description, line_date, created_by, created_at) VALUES (?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?)"),
        {customer.id, toCode(line.kind), line.amount.minorUnits(), after, line.referenceType,
         line.referenceId,
         line.invoiceId != 0 ? QVariant(line.invoiceId) : QVariant(QMetaType::fromType<qint64>()),
         line.description, line.date.toString(Qt::ISODate), line.createdBy, line.createdAt});
    if (!id)
        return id.error();
    line.id = *id;
    COFFER_TRY(m_database.run(QStringLiteral("UPDATE customer SET balance_minor = ?, version = "
                                             "version + 1, modified_at = ? WHERE id = ?"),
                              {after, line.createdAt, customer.id}));
    customer.balance = line.balanceAfter;
    ++customer.version;
    return line;
}

Result<QList<CustomerLedgerLine>> CustomerRepository::lines(const Customer &customer,
                                                            int limit) const
{
    // The newest `limit` lines, returned oldest first.
    QString sql = QStringLiteral(
        "SELECT id, kind, amount_minor, balance_after_minor, reference_type, reference_id, "
        "invoice_id, description, line_date, created_by, created_at FROM customer_ledger_line "
        "WHERE customer_id = ? ORDER BY id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto query = m_database.run(sql, {customer.id});
    if (!query)
        return query.error();
    QList<CustomerLedgerLine> lines;
    while (query->next()) {
        CustomerLedgerLine l;
        l.id = query->value(0).toLongLong();
        l.customerId = customer.id;
        l.kind = customerLineKindFromText(query->value(1).toString())
                     .value_or(CustomerLineKind::Adjustment);
        l.amount = Money(query->value(2).toLongLong(), customer.currency);
        l.balanceAfter = Money(query->value(3).toLongLong(), customer.currency);
        l.referenceType = query->value(4).toString();
        l.referenceId = query->value(5).toString();
        l.invoiceId = query->value(6).toLongLong();
        l.description = query->value(7).toString();
        l.date = query->value(8).toDate();
        l.createdBy = query->value(9).toString();
        l.createdAt = query->value(10).toDateTime();
        lines.prepend(l);
    }
    return lines;
}

} // namespace coffer
