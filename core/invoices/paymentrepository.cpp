#include "invoices/paymentrepository.h"

namespace coffer {

namespace {

const QString paymentSelect = QStringLiteral(
    "SELECT p.id, p.customer_id, c.name, p.currency, p.amount_minor, p.unallocated_minor, "
    "p.method, p.reference, p.payment_date, p.wallet_id, p.entry_id, p.created_by, "
    "p.created_at FROM payment p JOIN customer c ON c.id = p.customer_id ");

Payment paymentFromRow(const QSqlQuery &q)
{
    Payment p;
    p.id = q.value(0).toLongLong();
    p.customerId = q.value(1).toLongLong();
    p.customerName = q.value(2).toString();
    const Currency currency = Currency::fromStoredCode(q.value(3).toString());
    p.amount = Money(q.value(4).toLongLong(), currency);
    p.unallocated = Money(q.value(5).toLongLong(), currency);
    p.method = q.value(6).toString();
    p.reference = q.value(7).toString();
    p.date = q.value(8).toDate();
    p.walletId = q.value(9).toLongLong();
    p.entryId = q.value(10).toLongLong();
    p.createdBy = q.value(11).toString();
    p.createdAt = q.value(12).toDateTime();
    return p;
}

} // namespace

Result<qint64> PaymentRepository::insert(qint64 merchantId, const Payment &p)
{
    return m_database.insert(
        QStringLiteral("INSERT INTO payment (merchant_id, customer_id, currency, amount_minor, "
                       "unallocated_minor, method, reference, payment_date, wallet_id, "
                       "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {merchantId, p.customerId, p.amount.currency().code(), p.amount.minorUnits(),
         p.amount.minorUnits(), p.method,
         p.reference.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(p.reference),
         p.date.toString(Qt::ISODate),
         p.walletId != 0 ? QVariant(p.walletId) : QVariant(QMetaType::fromType<qint64>()),
         p.createdBy, QDateTime::currentDateTimeUtc()});
}

Status PaymentRepository::setEntry(qint64 paymentId, qint64 entryId)
{
    COFFER_TRY(m_database.run(QStringLiteral("UPDATE payment SET entry_id = ? WHERE id = ?"),
                              {entryId, paymentId}));
    return success();
}

Status PaymentRepository::setUnallocated(qint64 paymentId, qint64 unallocatedMinor)
{
    COFFER_TRY(
        m_database.run(QStringLiteral("UPDATE payment SET unallocated_minor = ? WHERE id = ?"),
                       {unallocatedMinor, paymentId}));
    return success();
}

Result<QList<Payment>> PaymentRepository::read(const QString &where,
                                               const QVariantList &values) const
{
    auto query = m_database.run(paymentSelect + where, values);
    if (!query)
        return query.error();
    QList<Payment> payments;
    while (query->next())
        payments.append(paymentFromRow(*query));
    return payments;
}

Result<std::optional<Payment>> PaymentRepository::byId(qint64 merchantId, qint64 paymentId) const
{
    auto found
        = read(QStringLiteral("WHERE p.merchant_id = ? AND p.id = ?"), {merchantId, paymentId});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Payment>() : found->first();
}

Result<QList<Payment>> PaymentRepository::list(qint64 merchantId, qint64 customerId,
                                               int limit) const
{
    QString where = QStringLiteral("WHERE p.merchant_id = ?");
    QVariantList values {merchantId};
    if (customerId != 0) {
        where += QStringLiteral(" AND p.customer_id = ?");
        values.append(customerId);
    }
    where += QStringLiteral(" ORDER BY p.payment_date DESC, p.id DESC");
    if (limit > 0)
        where += QStringLiteral(" LIMIT %1").arg(limit);
    return read(where, values);
}

Result<QList<Payment>> PaymentRepository::withCredit(qint64 customerId) const
{
    return read(QStringLiteral("WHERE p.customer_id = ? AND p.unallocated_minor > 0 ORDER BY "
                               "p.payment_date, p.id"),
                {customerId});
}

Status PaymentRepository::allocate(const PaymentAllocation &a, const QString &createdBy)
{
    COFFER_TRY(m_database.insert(
        QStringLiteral("INSERT INTO payment_allocation (payment_id, invoice_id, amount_minor, "
                       "created_by, created_at) VALUES (?, ?, ?, ?, ?)"),
        {a.paymentId, a.invoiceId, a.amount.minorUnits(), createdBy,
         QDateTime::currentDateTimeUtc()}));
    return success();
}

Result<QList<PaymentAllocation>> PaymentRepository::allocations(const QString &where,
                                                                qint64 id) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT a.payment_id, a.invoice_id, i.number, a.amount_minor, i.currency "
                       "FROM payment_allocation a JOIN invoice i ON i.id = a.invoice_id WHERE ")
            + where + QStringLiteral(" ORDER BY a.id"),
        {id});
    if (!query)
        return query.error();
    QList<PaymentAllocation> allocations;
    while (query->next()) {
        PaymentAllocation a;
        a.paymentId = query->value(0).toLongLong();
        a.invoiceId = query->value(1).toLongLong();
        a.invoiceNumber = query->value(2).toString();
        a.amount = Money(query->value(3).toLongLong(),
                         Currency::fromStoredCode(query->value(4).toString()));
        allocations.append(a);
    }
    return allocations;
}

Result<QList<PaymentAllocation>> PaymentRepository::ofPayment(qint64 paymentId) const
{
    return allocations(QStringLiteral("a.payment_id = ?"), paymentId);
}

Result<QList<PaymentAllocation>> PaymentRepository::ofInvoice(qint64 invoiceId) const
{
    return allocations(QStringLiteral("a.invoice_id = ?"), invoiceId);
}

Result<QList<PaymentAllocation>> PaymentRepository::release(qint64 invoiceId)
{
    auto released = ofInvoice(invoiceId);
    if (!released)
        return released.error();
    COFFER_TRY(m_database.run(QStringLiteral("DELETE FROM payment_allocation WHERE invoice_id = ?"),
                              {invoiceId}));
    return released;
}

} // namespace coffer
