#include "payouts/payoutrepository.h"

namespace coffer {

namespace {

const QString payoutColumns = QStringLiteral(
    "p.id, p.merchant_id, p.number, p.payee_id, y.owner_id, p.wallet_id, p.method_id, "
    "p.currency, p.amount_minor, p.fee_minor, p.held_minor, p.instant, p.state, "
    "p.policy_version, p.requested_by, p.requested_by_id, p.idempotency_key, "
    "p.latest_reference, p.paid_from_wallet_id, p.paid_entry_id, p.created_at, p.modified_at, "
    "p.deductions_minor, p.credits_minor");
const QString payoutFrom = QStringLiteral(" FROM payout p JOIN payee y ON y.id = p.payee_id ");

QVariant nullIfZero(qint64 value)
{
    return value != 0 ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Payout payoutFromRow(const QSqlQuery &q)
{
    Payout p;
    p.id = q.value(0).toLongLong();
    p.merchantId = q.value(1).toLongLong();
    p.number = q.value(2).toString();
    p.payeeId = q.value(3).toLongLong();
    p.ownerId = q.value(4).toString();
    p.walletId = q.value(5).toLongLong();
    p.methodId = q.value(6).toLongLong();
    const Currency currency = Currency::fromStoredCode(q.value(7).toString());
    p.amount = Money(q.value(8).toLongLong(), currency);
    p.fee = Money(q.value(9).toLongLong(), currency);
    p.held = Money(q.value(10).toLongLong(), currency);
    p.instant = q.value(11).toBool();
    p.state = payoutStateFromText(q.value(12).toString()).value_or(PayoutState::Pending);
    p.policyVersion = q.value(13).toLongLong();
    p.requestedBy = q.value(14).toString();
    p.requestedById = q.value(15).toLongLong();
    p.idempotencyKey = q.value(16).toString();
    p.latestReference = q.value(17).toString();
    p.paidFromWalletId = q.value(18).toLongLong();
    p.paidEntryId = q.value(19).toLongLong();
    p.createdAt = q.value(20).toDateTime();
    p.modifiedAt = q.value(21).toDateTime();
    p.deductions = Money(q.value(22).toLongLong(), currency);
    p.credits = Money(q.value(23).toLongLong(), currency);
    return p;
}

Result<QList<Payout>> readPayouts(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<Payout> payouts;
    while (query->next())
        payouts.append(payoutFromRow(*query));
    return payouts;
}

Result<std::optional<Payout>> firstPayout(Result<QSqlQuery> query)
{
    auto payouts = readPayouts(std::move(query));
    if (!payouts)
        return payouts.error();
    return payouts->isEmpty() ? std::optional<Payout>() : payouts->first();
}

const QString attemptColumns = QStringLiteral(
    "id, attempt_no, outcome, external_reference, actual_minor, failure_code, failure_message, "
    "note, opened_by, opened_at, recorded_by, recorded_at, p.currency");

PayoutAttempt attemptFromRow(const QSqlQuery &q)
{
    PayoutAttempt a;
    a.id = q.value(0).toLongLong();
    a.number = q.value(1).toInt();
    a.outcome = q.value(2).toString();
    a.reference = q.value(3).toString();
    if (!q.value(4).isNull())
        a.actual = Money(q.value(4).toLongLong(), Currency::fromStoredCode(q.value(12).toString()));
    a.failureCode = q.value(5).toString();
    a.failureMessage = q.value(6).toString();
    a.note = q.value(7).toString();
    a.openedBy = q.value(8).toString();
    a.openedAt = q.value(9).toDateTime();
    a.recordedBy = q.value(10).toString();
    a.recordedAt = q.value(11).toDateTime();
    return a;
}

Result<QList<PayoutAttempt>> readAttempts(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<PayoutAttempt> attempts;
    while (query->next())
        attempts.append(attemptFromRow(*query));
    return attempts;
}

} // namespace

Result<qint64> PayoutRepository::insert(const Payout &p)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_database.insert(
        QStringLiteral("INSERT INTO payout (merchant_id, number, payee_id, wallet_id, method_id, "
                       "currency, amount_minor, fee_minor, held_minor, instant, state, "
                       "policy_version, requested_by, requested_by_id, idempotency_key, "
                       "created_at, modified_at, deductions_minor, credits_minor) VALUES (?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {p.merchantId, p.number, p.payeeId, p.walletId, p.methodId, p.amount.currency().code(),
         p.amount.minorUnits(), p.fee.minorUnits(), p.held.minorUnits(), p.instant, toCode(p.state),
         p.policyVersion, p.requestedBy, p.requestedById, nullIfEmpty(p.idempotencyKey), now, now,
         p.deductions.minorUnits(), p.credits.minorUnits()});
}

Status PayoutRepository::update(const Payout &p)
{
    COFFER_TRY(m_database.run(
        QStringLiteral("UPDATE payout SET state = ?, held_minor = ?, latest_reference = ?, "
                       "paid_from_wallet_id = ?, paid_entry_id = ?, modified_at = ? WHERE id = ? "
                       "AND merchant_id = ?"),
        {toCode(p.state), p.held.minorUnits(), nullIfEmpty(p.latestReference),
         nullIfZero(p.paidFromWalletId), nullIfZero(p.paidEntryId), QDateTime::currentDateTimeUtc(),
         p.id, p.merchantId}));
    return success();
}

Result<std::optional<Payout>> PayoutRepository::byNumber(qint64 merchantId, const QString &number,
                                                         bool lock) const
{
    // FOR UPDATE OF p: the payee row is read, not locked.
    return firstPayout(
        m_database.run(QStringLiteral("SELECT %1%2WHERE p.merchant_id = ? AND p.number = ?%3")
                           .arg(payoutColumns, payoutFrom,
                                lock && m_database.dialect() == Dialect::PostgreSQL
                                    ? QStringLiteral(" FOR UPDATE OF p")
                                    : QString()),
                       {merchantId, number.trimmed().toUpper()}));
}

Result<std::optional<Payout>> PayoutRepository::byKey(qint64 merchantId, const QString &key) const
{
    return firstPayout(m_database.run(
        QStringLiteral("SELECT %1%2WHERE p.merchant_id = ? AND p.idempotency_key = ?")
            .arg(payoutColumns, payoutFrom),
        {merchantId, key}));
}

Result<QList<Payout>> PayoutRepository::activeFor(qint64 walletId, qint64 methodId) const
{
    QStringList states;
    for (PayoutState state : allPayoutStates()) {
        if (isActive(state))
            states << QLatin1Char('\'') + toCode(state) + QLatin1Char('\'');
    }
    return readPayouts(m_database.run(
        QStringLiteral("SELECT %1%2WHERE p.wallet_id = ? AND p.method_id = ? AND p.state IN (%3) "
                       "ORDER BY p.id")
            .arg(payoutColumns, payoutFrom, states.join(QStringLiteral(", "))),
        {walletId, methodId}));
}

Result<QStringList> PayoutRepository::openThrough(qint64 merchantId, qint64 methodId) const
{
    QStringList states;
    for (PayoutState state : allPayoutStates()) {
        if (isActive(state))
            states << QLatin1Char('\'') + toCode(state) + QLatin1Char('\'');
    }
    auto query = m_database.run(
        QStringLiteral("SELECT number FROM payout WHERE merchant_id = ? AND method_id = ? AND "
                       "state IN (%1) ORDER BY id")
            .arg(states.join(QStringLiteral(", "))),
        {merchantId, methodId});
    if (!query)
        return query.error();
    QStringList numbers;
    while (query->next())
        numbers << query->value(0).toString();
    return numbers;
}

Result<QList<Payout>> PayoutRepository::list(qint64 merchantId, const PayoutFilter &filter,
                                             qint64 onlyPayeeId) const
{
    QString sql
        = QStringLiteral("SELECT %1%2WHERE p.merchant_id = ?").arg(payoutColumns, payoutFrom);
    QVariantList values {merchantId};
    if (filter.state) {
        sql += QStringLiteral(" AND p.state = ?");
        values << toCode(*filter.state);
    }
    if (!filter.ownerId.isEmpty()) {
        sql += QStringLiteral(" AND y.owner_id = ?");
        values << filter.ownerId.trimmed();
    }
    if (onlyPayeeId != 0) {
        sql += QStringLiteral(" AND p.payee_id = ?");
        values << onlyPayeeId;
    }
    sql += QStringLiteral(" ORDER BY p.id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    return readPayouts(m_database.run(sql, values));
}

Status PayoutRepository::addEvent(qint64 payoutId, std::optional<PayoutState> from, PayoutState to,
                                  const QString &actor, const QString &note)
{
    COFFER_TRY(m_database.run(
        QStringLiteral("INSERT INTO payout_event (payout_id, from_state, to_state, actor, note, "
                       "happened_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {payoutId, from ? QVariant(toCode(*from)) : QVariant(QMetaType::fromType<QString>()),
         toCode(to), actor, nullIfEmpty(note), QDateTime::currentDateTimeUtc()}));
    return success();
}

Result<QList<PayoutEvent>> PayoutRepository::events(qint64 payoutId) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT from_state, to_state, actor, note, happened_at FROM payout_event "
                       "WHERE payout_id = ? ORDER BY id"),
        {payoutId});
    if (!query)
        return query.error();
    QList<PayoutEvent> events;
    while (query->next()) {
        PayoutEvent e;
        if (!query->value(0).isNull())
            e.from = payoutStateFromText(query->value(0).toString());
        e.to = payoutStateFromText(query->value(1).toString()).value_or(PayoutState::Pending);
        e.actor = query->value(2).toString();
        e.note = query->value(3).toString();
        e.at = query->value(4).toDateTime();
        events.append(e);
    }
    return events;
}

Status PayoutRepository::addApproval(qint64 payoutId, const PayoutApproval &a)
{
    COFFER_TRY(m_database.run(
        QStringLiteral("INSERT INTO payout_approval (payout_id, kind, approver, approver_id, "
                       "amount_minor, method_id, policy_version, approved_at) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?)"),
        {payoutId, a.kind, a.approver, a.approverId, a.amount.minorUnits(), a.methodId,
         a.policyVersion, QDateTime::currentDateTimeUtc()}));
    return success();
}

Result<QList<PayoutApproval>> PayoutRepository::approvals(qint64 payoutId) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT a.kind, a.approver, a.approver_id, a.amount_minor, a.method_id, "
                       "a.policy_version, a.approved_at, a.voided_at, a.void_reason, p.currency "
                       "FROM payout_approval a JOIN payout p ON p.id = a.payout_id WHERE "
                       "a.payout_id = ? ORDER BY a.id"),
        {payoutId});
    if (!query)
        return query.error();
    QList<PayoutApproval> approvals;
    while (query->next()) {
        PayoutApproval a;
        a.kind = query->value(0).toString();
        a.approver = query->value(1).toString();
        a.approverId = query->value(2).toLongLong();
        a.amount = Money(query->value(3).toLongLong(),
                         Currency::fromStoredCode(query->value(9).toString()));
        a.methodId = query->value(4).toLongLong();
        a.policyVersion = query->value(5).toLongLong();
        a.at = query->value(6).toDateTime();
        a.voidedAt = query->value(7).toDateTime();
        a.voidReason = query->value(8).toString();
        approvals.append(a);
    }
    return approvals;
}

Status PayoutRepository::voidApprovals(qint64 payoutId, const QString &reason, bool normalOnly)
{
    COFFER_TRY(m_database.run(
        QStringLiteral("UPDATE payout_approval SET voided_at = ?, void_reason = ? WHERE payout_id "
                       "= ? AND voided_at IS NULL")
            + (normalOnly ? QStringLiteral(" AND kind = 'normal'") : QString()),
        {QDateTime::currentDateTimeUtc(), reason, payoutId}));
    return success();
}

Result<bool> PayoutRepository::revertApproval(qint64 payoutId)
{
    auto query = m_database.run(QStringLiteral("UPDATE payout SET state = 'pending', modified_at = "
                                               "? WHERE id = ? AND state = 'approved'"),
                                {QDateTime::currentDateTimeUtc(), payoutId});
    if (!query)
        return query.error();
    return query->numRowsAffected() == 1;
}

Result<qint64> PayoutRepository::openAttempt(qint64 merchantId, qint64 payoutId,
                                             const QString &actor)
{
    auto count = m_database.run(
        QStringLiteral("SELECT COUNT(*) FROM payout_attempt WHERE payout_id = ?"), {payoutId});
    if (!count)
        return count.error();
    const qint64 number = (count->next() ? count->value(0).toLongLong() : 0) + 1;
    return m_database.insert(
        QStringLiteral("INSERT INTO payout_attempt (merchant_id, payout_id, attempt_no, outcome, "
                       "opened_by, opened_at) VALUES (?, ?, ?, 'open', ?, ?)"),
        {merchantId, payoutId, number, actor, QDateTime::currentDateTimeUtc()});
}

Status PayoutRepository::recordAttempt(qint64 attemptId, const PayoutAttempt &a,
                                       const QString &idempotencyKey)
{
    COFFER_TRY(m_database.run(
        QStringLiteral("UPDATE payout_attempt SET outcome = ?, external_reference = ?, "
                       "actual_minor = ?, failure_code = ?, failure_message = ?, note = ?, "
                       "idempotency_key = ?, recorded_by = ?, recorded_at = ? WHERE id = ? AND "
                       "outcome = 'open'"),
        {a.outcome, nullIfEmpty(a.reference),
         a.actual ? QVariant(a.actual->minorUnits()) : QVariant(QMetaType::fromType<qint64>()),
         nullIfEmpty(a.failureCode), nullIfEmpty(a.failureMessage), nullIfEmpty(a.note),
         nullIfEmpty(idempotencyKey), a.recordedBy, QDateTime::currentDateTimeUtc(), attemptId}));
    return success();
}

Result<QList<PayoutAttempt>> PayoutRepository::attempts(qint64 payoutId) const
{
    return readAttempts(m_database.run(
        QStringLiteral("SELECT %1 FROM payout_attempt a JOIN payout p ON p.id = a.payout_id WHERE "
                       "a.payout_id = ? ORDER BY a.attempt_no")
            .arg(
                QString(attemptColumns)
                    .replace(QStringLiteral("id, attempt_no"), QStringLiteral("a.id, attempt_no"))),
        {payoutId}));
}

Result<std::optional<PayoutAttempt>>
PayoutRepository::attemptByReference(qint64 merchantId, const QString &reference) const
{
    auto attempts = readAttempts(m_database.run(
        QStringLiteral("SELECT %1 FROM payout_attempt a JOIN payout p ON p.id = a.payout_id WHERE "
                       "a.merchant_id = ? AND a.external_reference = ?")
            .arg(
                QString(attemptColumns)
                    .replace(QStringLiteral("id, attempt_no"), QStringLiteral("a.id, attempt_no"))),
        {merchantId, reference}));
    if (!attempts)
        return attempts.error();
    return attempts->isEmpty() ? std::optional<PayoutAttempt>() : attempts->first();
}

Result<std::optional<PayoutAttempt>> PayoutRepository::attemptByKey(qint64 payoutId,
                                                                    const QString &key) const
{
    auto attempts = readAttempts(m_database.run(
        QStringLiteral("SELECT %1 FROM payout_attempt a JOIN payout p ON p.id = a.payout_id WHERE "
                       "a.payout_id = ? AND a.idempotency_key = ?")
            .arg(
                QString(attemptColumns)
                    .replace(QStringLiteral("id, attempt_no"), QStringLiteral("a.id, attempt_no"))),
        {payoutId, key}));
    if (!attempts)
        return attempts.error();
    return attempts->isEmpty() ? std::optional<PayoutAttempt>() : attempts->first();
}

Result<qint64> PayoutRepository::insertDocument(qint64 merchantId, const StoredDocument &d,
                                                const QByteArray &content)
{
    return m_database.insert(
        QStringLiteral(
            "INSERT INTO document (merchant_id, file_name, mime_type, size_bytes, "
            "sha256, content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {merchantId, d.fileName, d.mimeType, d.size, d.sha256, content, d.uploadedBy,
         QDateTime::currentDateTimeUtc()});
}

Result<QByteArray> PayoutRepository::documentContent(qint64 merchantId, qint64 documentId) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT content FROM document WHERE merchant_id = ? AND id = ?"),
        {merchantId, documentId});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("proof: document %1 does not exist").arg(documentId));
    return query->value(0).toByteArray();
}

Result<qint64> PayoutRepository::addProof(qint64 payoutId, qint64 attemptId, qint64 documentId,
                                          const QString &reason, const QString &actor)
{
    return m_database.insert(
        QStringLiteral("INSERT INTO payout_proof (payout_id, attempt_id, document_id, reason, "
                       "added_by, added_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {payoutId, attemptId, documentId, nullIfEmpty(reason), actor,
         QDateTime::currentDateTimeUtc()});
}

Result<QList<PayoutProof>> PayoutRepository::proofs(qint64 payoutId) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT r.id, r.attempt_id, r.replaced_by_id, r.reason, r.added_by, "
                       "r.added_at, d.id, d.file_name, d.mime_type, d.size_bytes, d.sha256, "
                       "d.uploaded_by, d.uploaded_at FROM payout_proof r JOIN document d ON "
                       "d.id = r.document_id WHERE r.payout_id = ? ORDER BY r.id"),
        {payoutId});
    if (!query)
        return query.error();
    QList<PayoutProof> proofs;
    while (query->next()) {
        PayoutProof p;
        p.id = query->value(0).toLongLong();
        p.attemptId = query->value(1).toLongLong();
        p.replacedById = query->value(2).toLongLong();
        p.reason = query->value(3).toString();
        p.addedBy = query->value(4).toString();
        p.addedAt = query->value(5).toDateTime();
        p.document.id = query->value(6).toLongLong();
        p.document.fileName = query->value(7).toString();
        p.document.mimeType = query->value(8).toString();
        p.document.size = query->value(9).toLongLong();
        p.document.sha256 = query->value(10).toString();
        p.document.uploadedBy = query->value(11).toString();
        p.document.uploadedAt = query->value(12).toDateTime();
        proofs.append(p);
    }
    return proofs;
}

Status PayoutRepository::markReplaced(qint64 proofId, qint64 replacedById)
{
    COFFER_TRY(
        m_database.run(QStringLiteral("UPDATE payout_proof SET replaced_by_id = ? WHERE id = ? "
                                      "AND replaced_by_id IS NULL"),
                       {replacedById, proofId}));
    return success();
}

Status PayoutRepository::addHeld(qint64 merchantId, qint64 walletId, qint64 delta,
                                 const QString &actor)
{
    COFFER_TRY(m_database.run(
        QStringLiteral("UPDATE wallet SET held_balance_minor = held_balance_minor + ?, "
                       "modified_by = ?, modified_at = ? WHERE id = ? AND merchant_id = ?"),
        {delta, actor, QDateTime::currentDateTimeUtc(), walletId, merchantId}));
    return success();
}

} // namespace coffer
