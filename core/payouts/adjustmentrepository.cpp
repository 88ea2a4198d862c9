#include "payouts/adjustmentrepository.h"

namespace coffer {

namespace {

const QString adjustmentSelect = QStringLiteral(
    "SELECT a.id, a.payee_id, y.owner_id, a.wallet_id, a.currency, a.class, a.mode, "
    "a.amount_minor, a.note, a.evidence_document_id, s.number, p.number, p.state, a.created_by, "
    "a.created_at FROM payout_adjustment a JOIN payee y ON y.id = a.payee_id "
    "LEFT JOIN payout s ON s.id = a.source_payout_id LEFT JOIN payout p ON p.id = a.payout_id ");

Adjustment adjustmentFromRow(const QSqlQuery &q)
{
    Adjustment a;
    a.id = q.value(0).toLongLong();
    a.payeeId = q.value(1).toLongLong();
    a.ownerId = q.value(2).toString();
    a.walletId = q.value(3).toLongLong();
    a.amount = Money(q.value(7).toLongLong(), Currency::fromStoredCode(q.value(4).toString()));
    a.adjustmentClass
        = adjustmentClassFromText(q.value(5).toString()).value_or(AdjustmentClass::InvoiceFee);
    a.mode = adjustmentModeFromText(q.value(6).toString()).value_or(AdjustmentMode::Exception);
    a.note = q.value(8).toString();
    a.evidenceDocumentId = q.value(9).toLongLong();
    a.sourcePayout = q.value(10).toString();
    a.appliedTo = q.value(11).toString();
    if (!q.value(12).isNull())
        a.appliedState = payoutStateFromText(q.value(12).toString());
    a.createdBy = q.value(13).toString();
    a.createdAt = q.value(14).toDateTime();
    return a;
}

Result<QList<Adjustment>> readAdjustments(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<Adjustment> adjustments;
    while (query->next())
        adjustments.append(adjustmentFromRow(*query));
    return adjustments;
}

QVariant nullIfZero(qint64 value)
{
    return value != 0 ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<qint64> AdjustmentRepository::insert(qint64 merchantId, const Adjustment &a)
{
    auto source = QVariant(QMetaType::fromType<qint64>());
    if (!a.sourcePayout.isEmpty()) {
        auto query = m_database.run(
            QStringLiteral("SELECT id FROM payout WHERE merchant_id = ? AND number = ?"),
            {merchantId, a.sourcePayout});
        if (!query)
            return query.error();
        if (query->next())
            source = query->value(0);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_database.insert(
        QStringLiteral("INSERT INTO payout_adjustment (merchant_id, payee_id, wallet_id, currency, "
                       "class, mode, amount_minor, note, evidence_document_id, source_payout_id, "
                       "created_by, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?)"),
        {merchantId, a.payeeId, a.walletId, a.amount.currency().code(), toCode(a.adjustmentClass),
         toCode(a.mode), a.amount.minorUnits(),
         a.note.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(a.note),
         nullIfZero(a.evidenceDocumentId), source, a.createdBy, now, now});
}

Result<std::optional<Adjustment>> AdjustmentRepository::byId(qint64 merchantId, qint64 id) const
{
    auto found = readAdjustments(
        m_database.run(adjustmentSelect + QStringLiteral("WHERE a.merchant_id = ? AND a.id = ?"),
                       {merchantId, id}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Adjustment>();
    return std::optional<Adjustment>(found->first());
}

Result<QList<Adjustment>> AdjustmentRepository::openOf(qint64 walletId) const
{
    return readAdjustments(m_database.run(
        adjustmentSelect
            + QStringLiteral("WHERE a.wallet_id = ? AND a.payout_id IS NULL ORDER BY a.id"),
        {walletId}));
}

Result<QList<Adjustment>> AdjustmentRepository::ofPayout(qint64 payoutId) const
{
    return readAdjustments(m_database.run(
        adjustmentSelect
            + QStringLiteral("WHERE a.payout_id = ? OR a.source_payout_id = ? ORDER BY a.id"),
        {payoutId, payoutId}));
}

Result<QList<Adjustment>> AdjustmentRepository::list(qint64 merchantId, qint64 onlyPayeeId,
                                                     int limit) const
{
    QString sql = adjustmentSelect + QStringLiteral("WHERE a.merchant_id = ?");
    QVariantList values {merchantId};
    if (onlyPayeeId != 0) {
        sql += QStringLiteral(" AND a.payee_id = ?");
        values.append(onlyPayeeId);
    }
    sql += QStringLiteral(" ORDER BY a.id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    return readAdjustments(m_database.run(sql, values));
}

Result<bool> AdjustmentRepository::apply(qint64 adjustmentId, qint64 payoutId)
{
    auto query = m_database.run(
        QStringLiteral("UPDATE payout_adjustment SET payout_id = ?, modified_at = ? WHERE id = ? "
                       "AND payout_id IS NULL"),
        {payoutId, QDateTime::currentDateTimeUtc(), adjustmentId});
    if (!query)
        return query.error();
    return query->numRowsAffected() == 1;
}

Status AdjustmentRepository::release(qint64 payoutId)
{
    COFFER_TRY(m_database.run(QStringLiteral("UPDATE payout_adjustment SET payout_id = NULL, "
                                             "modified_at = ? WHERE payout_id = ?"),
                              {QDateTime::currentDateTimeUtc(), payoutId}));
    return success();
}

Status AdjustmentRepository::withdrawOpenedBy(qint64 payoutId)
{
    COFFER_TRY(m_database.run(QStringLiteral("DELETE FROM payout_adjustment WHERE "
                                             "source_payout_id = ? AND payout_id IS NULL"),
                              {payoutId}));
    return success();
}

Result<QList<AdjustmentRule>> AdjustmentRepository::rulesFor(qint64 merchantId, OwnerType program,
                                                             qint64 payeeId) const
{
    // The program's rule first, then the payee's own (DOMAIN.md, "Payouts").
    auto query = m_database.run(
        QStringLiteral("SELECT class, mode, CASE WHEN owner_type IS NOT NULL THEN 'program' ELSE "
                       "'payee' END FROM adjustment_policy WHERE merchant_id = ? AND (owner_type "
                       "= ? OR payee_id = ?) ORDER BY CASE WHEN owner_type IS NOT NULL THEN 0 "
                       "ELSE 1 END"),
        {merchantId, toCode(program), payeeId});
    if (!query)
        return query.error();
    QList<AdjustmentRule> rules;
    while (query->next()) {
        auto adjustmentClass = adjustmentClassFromText(query->value(0).toString());
        auto mode = adjustmentModeFromText(query->value(1).toString());
        if (adjustmentClass && mode)
            rules.append({*adjustmentClass, *mode, query->value(2).toString()});
    }
    return rules;
}

Result<bool> AdjustmentRepository::setRule(qint64 merchantId, const PolicyChange &change,
                                           qint64 payeeId, const QString &actor)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString classCode = toCode(change.adjustmentClass);
    auto current = change.program
        ? m_database.run(QStringLiteral("SELECT mode FROM adjustment_policy WHERE merchant_id = ? "
                                        "AND owner_type = ? AND class = ?"),
                         {merchantId, toCode(*change.program), classCode})
        : m_database.run(QStringLiteral("SELECT mode FROM adjustment_policy WHERE merchant_id = ? "
                                        "AND payee_id = ? AND class = ?"),
                         {merchantId, payeeId, classCode});
    if (!current)
        return current.error();
    if (current->next() && current->value(0).toString() == toCode(change.mode))
        return false;
    if (change.program) {
        COFFER_TRY(m_database.run(
            QStringLiteral("DELETE FROM adjustment_policy WHERE merchant_id = ? AND owner_type = ? "
                           "AND class = ?"),
            {merchantId, toCode(*change.program), classCode}));
        COFFER_TRY(m_database.run(
            QStringLiteral("INSERT INTO adjustment_policy (merchant_id, owner_type, class, mode, "
                           "modified_by, modified_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {merchantId, toCode(*change.program), classCode, toCode(change.mode), actor, now}));
        return true;
    }
    COFFER_TRY(m_database.run(QStringLiteral("DELETE FROM adjustment_policy WHERE merchant_id = ? "
                                             "AND payee_id = ? AND class = ?"),
                              {merchantId, payeeId, classCode}));
    COFFER_TRY(m_database.run(
        QStringLiteral("INSERT INTO adjustment_policy (merchant_id, payee_id, class, mode, "
                       "modified_by, modified_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {merchantId, payeeId, classCode, toCode(change.mode), actor, now}));
    return true;
}

} // namespace coffer
