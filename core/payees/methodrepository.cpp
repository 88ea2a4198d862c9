#include "payees/methodrepository.h"

namespace coffer {

namespace {

const QString methodColumns
    = QStringLiteral("id, merchant_id, payee_id, kind, currency, details, masked, is_default, "
                     "status, created_by, created_at");

PayoutMethod methodFromRow(const QSqlQuery &q)
{
    PayoutMethod m;
    m.id = q.value(0).toLongLong();
    m.merchantId = q.value(1).toLongLong();
    m.payeeId = q.value(2).toLongLong();
    m.kind = methodKindFromText(q.value(3).toString()).value_or(MethodKind::Bank);
    m.currency = Currency::fromStoredCode(q.value(4).toString());
    m.details = q.value(5).toString();
    m.masked = q.value(6).toString();
    m.isDefault = q.value(7).toBool();
    m.active = q.value(8).toString() == QStringLiteral("ACTIVE");
    m.createdBy = q.value(9).toString();
    m.createdAt = q.value(10).toDateTime();
    return m;
}

Result<QList<PayoutMethod>> readMethods(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<PayoutMethod> methods;
    while (query->next())
        methods.append(methodFromRow(*query));
    return methods;
}

} // namespace

Result<qint64> MethodRepository::insert(const PayoutMethod &m)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_database.insert(
        QStringLiteral("INSERT INTO payout_method (merchant_id, payee_id, kind, currency, details, "
                       "masked, is_default, status, created_by, created_at, modified_by, "
                       "modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)"),
        {m.merchantId, m.payeeId, toCode(m.kind), m.currency.code(), m.details, m.masked,
         m.isDefault, m.createdBy, now, m.createdBy, now});
}

Result<QList<PayoutMethod>> MethodRepository::ofPayee(qint64 merchantId, qint64 payeeId,
                                                      bool lock) const
{
    return readMethods(m_database.run(
        QStringLiteral("SELECT %1 FROM payout_method WHERE merchant_id = ? AND payee_id = ? "
                       "ORDER BY status, id%2")
            .arg(methodColumns, lock ? m_database.forUpdate() : QString()),
        {merchantId, payeeId}));
}

Result<std::optional<PayoutMethod>> MethodRepository::byId(qint64 merchantId, qint64 methodId,
                                                           bool lock) const
{
    auto methods = readMethods(m_database.run(
        QStringLiteral("SELECT %1 FROM payout_method WHERE merchant_id = ? AND id = ?%2")
            .arg(methodColumns, lock ? m_database.forUpdate() : QString()),
        {merchantId, methodId}));
    if (!methods)
        return methods.error();
    return methods->isEmpty() ? std::optional<PayoutMethod>() : methods->first();
}

Status MethodRepository::setDefault(qint64 merchantId, qint64 payeeId, qint64 methodId,
                                    const QString &userName)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Clear first: the partial unique index allows one default at any moment.
    COFFER_TRY(m_database.run(
        QStringLiteral("UPDATE payout_method SET is_default = ?, modified_by = ?, modified_at = ? "
                       "WHERE merchant_id = ? AND payee_id = ? AND is_default = ?"),
        {false, userName, now, merchantId, payeeId, true}));
    if (methodId == 0)
        return success();
    COFFER_TRY(m_database.run(
        QStringLiteral("UPDATE payout_method SET is_default = ?, modified_by = ?, modified_at = ? "
                       "WHERE merchant_id = ? AND id = ?"),
        {true, userName, now, merchantId, methodId}));
    return success();
}

Status MethodRepository::deactivate(qint64 merchantId, qint64 methodId, const QString &userName)
{
    COFFER_TRY(m_database.run(
        QStringLiteral("UPDATE payout_method SET status = 'INACTIVE', is_default = ?, modified_by "
                       "= ?, modified_at = ? WHERE merchant_id = ? AND id = ?"),
        {false, userName, QDateTime::currentDateTimeUtc(), merchantId, methodId}));
    return success();
}

} // namespace coffer
