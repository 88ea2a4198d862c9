#include "payees/payeerepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace coffer {

const QString payeeCreditReference = QStringLiteral("PayeeCredit");

namespace {

// The credit_type of the rule for every type without its own.
const QString generalRule = QStringLiteral("*");
const QString payeeColumns
    = QStringLiteral("id, merchant_id, owner_type, owner_id, created_by, created_at");

Payee payeeFromRow(const QSqlQuery &q)
{
    Payee payee;
    payee.id = q.value(0).toLongLong();
    payee.merchantId = q.value(1).toLongLong();
    payee.ownerType = ownerTypeFromText(q.value(2).toString()).value_or(OwnerType::Creator);
    payee.ownerId = q.value(3).toString();
    payee.createdBy = q.value(4).toString();
    payee.createdAt = q.value(5).toDateTime();
    return payee;
}

} // namespace

Result<std::optional<Payee>> PayeeRepository::byOwnerId(qint64 merchantId,
                                                        const QString &ownerId) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT %1 FROM payee WHERE merchant_id = ? AND owner_id = ?")
            .arg(payeeColumns),
        {merchantId, ownerId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Payee>();
    return std::optional<Payee>(payeeFromRow(*query));
}

Result<std::optional<Payee>> PayeeRepository::byId(qint64 merchantId, qint64 payeeId) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT %1 FROM payee WHERE merchant_id = ? AND id = ?").arg(payeeColumns),
        {merchantId, payeeId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Payee>();
    return std::optional<Payee>(payeeFromRow(*query));
}

Result<QList<Payee>> PayeeRepository::forMerchant(qint64 merchantId) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT %1 FROM payee WHERE merchant_id = ? ORDER BY %2, id")
            .arg(payeeColumns, m_database.orderedText(QStringLiteral("owner_id"))),
        {merchantId});
    if (!query)
        return query.error();
    QList<Payee> payees;
    while (query->next())
        payees.append(payeeFromRow(*query));
    return payees;
}

Result<qint64> PayeeRepository::insert(const Payee &payee)
{
    return m_database.insert(
        QStringLiteral("INSERT INTO payee (merchant_id, owner_type, owner_id, created_by, "
                       "created_at) VALUES (?, ?, ?, ?, ?)"),
        {payee.merchantId, toCode(payee.ownerType), payee.ownerId, payee.createdBy,
         QDateTime::currentDateTimeUtc()});
}

Result<FeeSettings> PayeeRepository::feeSettings(qint64 merchantId) const
{
    FeeSettings settings;
    auto setting = m_database.run(QStringLiteral("SELECT instant_fee_ppm, policy_version FROM "
                                                 "payout_setting WHERE merchant_id = ?"),
                                  {merchantId});
    if (!setting)
        return setting.error();
    if (setting->next()) {
        settings.instantPartsPerMillion = setting->value(0).toLongLong();
        settings.policyVersion = setting->value(1).toLongLong();
    }
    auto rules = m_database.run(
        QStringLiteral("SELECT credit_type, parts_per_million, fixed_minor, fixed_currency FROM "
                       "payee_fee WHERE merchant_id = ? ORDER BY credit_type"),
        {merchantId});
    if (!rules)
        return rules.error();
    while (rules->next()) {
        FeeSettings::Rule rule;
        const QString type = rules->value(0).toString();
        if (type != generalRule)
            rule.creditType = creditTypeFromText(type);
        rule.partsPerMillion = rules->value(1).toLongLong();
        const qint64 fixed = rules->value(2).toLongLong();
        if (fixed != 0)
            rule.fixed = Money(fixed, Currency::fromStoredCode(rules->value(3).toString()));
        settings.rules.append(rule);
    }
    return settings;
}

Status PayeeRepository::saveFeeSettings(qint64 merchantId, const FeeSettings &settings,
                                        const QString &userName)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    COFFER_TRY(m_database.run(
        QStringLiteral("INSERT INTO payout_setting (merchant_id, instant_fee_ppm, policy_version, "
                       "modified_by, modified_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                       "(merchant_id) DO UPDATE SET instant_fee_ppm = excluded.instant_fee_ppm, "
                       "policy_version = excluded.policy_version, modified_by = "
                       "excluded.modified_by, modified_at = excluded.modified_at"),
        {merchantId, settings.instantPartsPerMillion, settings.policyVersion, userName, now}));
    COFFER_TRY(m_database.run(QStringLiteral("DELETE FROM payee_fee WHERE merchant_id = ?"),
                              {merchantId}));
    for (const FeeSettings::Rule &rule : settings.rules) {
        COFFER_TRY(m_database.run(
            QStringLiteral("INSERT INTO payee_fee (merchant_id, credit_type, parts_per_million, "
                           "fixed_minor, fixed_currency, modified_by, modified_at) VALUES (?, ?, "
                           "?, ?, ?, ?, ?)"),
            {merchantId, rule.creditType ? toCode(*rule.creditType) : generalRule,
             rule.partsPerMillion, rule.fixed ? rule.fixed->minorUnits() : qint64(0),
             rule.fixed ? QVariant(rule.fixed->currency().code())
                        : QVariant(QMetaType::fromType<QString>()),
             userName, now}));
    }
    return success();
}

Result<qint64> PayeeRepository::fixedCategoryId(const QString &code) const
{
    auto query = m_database.run(QStringLiteral("SELECT id FROM category WHERE code = ? AND "
                                               "merchant_id IS NULL AND deleted_at IS NULL"),
                                {code});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<QList<PendingCredit>> PayeeRepository::pendingCredits(qint64 merchantId,
                                                             qint64 walletId) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT id, metadata FROM ledger_transaction WHERE merchant_id = ? AND "
                       "wallet_id = ? AND status = 'PENDING' AND reference_type = ? ORDER BY id"),
        {merchantId, walletId, payeeCreditReference});
    if (!query)
        return query.error();
    QList<PendingCredit> credits;
    while (query->next()) {
        const QJsonObject metadata
            = QJsonDocument::fromJson(query->value(1).toString().toUtf8()).object();
        credits.append({query->value(0).toLongLong(),
                        QDate::fromString(metadata.value(QStringLiteral("available_on")).toString(),
                                          Qt::ISODate)});
    }
    return credits;
}

} // namespace coffer
