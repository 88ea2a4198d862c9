#pragma once

#include "payouts/payouttypes.h"
#include "storage/database.h"

namespace coffer {

// SQL for payouts and what hangs off them: the timeline, approvals, attempts,
// proofs and their documents, and the gapless number sequences. Returns domain
// values; never commits.
class PayoutRepository
{
public:
    explicit PayoutRepository(const Database &database)
        : m_database(database)
    { }

    Result<qint64> insert(const Payout &payout);
    Status update(const Payout &payout); // state, amounts, references, payment
    Result<std::optional<Payout>> byNumber(qint64 merchantId, const QString &number,
                                           bool lock = false) const;
    Result<std::optional<Payout>> byKey(qint64 merchantId, const QString &key) const;
    // Payouts that hold funds on `walletId` through `methodId`.
    Result<QList<Payout>> activeFor(qint64 walletId, qint64 methodId) const;
    // The numbers of open payouts that pay through `methodId`.
    Result<QStringList> openThrough(qint64 merchantId, qint64 methodId) const;
    Result<QList<Payout>> list(qint64 merchantId, const PayoutFilter &filter,
                               qint64 onlyPayeeId) const;

    Status addEvent(qint64 payoutId, std::optional<PayoutState> from, PayoutState to,
                    const QString &actor, const QString &note);
    Result<QList<PayoutEvent>> events(qint64 payoutId) const;
    Status addApproval(qint64 payoutId, const PayoutApproval &approval);
    Result<QList<PayoutApproval>> approvals(qint64 payoutId) const;
    // Voids the approvals in force (only the normal ones when `normalOnly`).
    Status voidApprovals(qint64 payoutId, const QString &reason, bool normalOnly = false);
    // approved -> pending, only while it is approved; false when it no longer was.
    Result<bool> revertApproval(qint64 payoutId);

    Result<qint64> openAttempt(qint64 merchantId, qint64 payoutId, const QString &actor);
    Status recordAttempt(qint64 attemptId, const PayoutAttempt &attempt,
                         const QString &idempotencyKey);
    Result<QList<PayoutAttempt>> attempts(qint64 payoutId) const;
    Result<std::optional<PayoutAttempt>> attemptByReference(qint64 merchantId,
                                                            const QString &reference) const;
    Result<std::optional<PayoutAttempt>> attemptByKey(qint64 payoutId, const QString &key) const;

    Result<qint64> insertDocument(qint64 merchantId, const StoredDocument &document,
                                  const QByteArray &content);
    Result<QByteArray> documentContent(qint64 merchantId, qint64 documentId) const;
    Result<qint64> addProof(qint64 payoutId, qint64 attemptId, qint64 documentId,
                            const QString &reason, const QString &actor);
    Result<QList<PayoutProof>> proofs(qint64 payoutId) const;
    Status markReplaced(qint64 proofId, qint64 replacedById);

    // Adds `delta` to a wallet's held balance (a row the caller has locked).
    Status addHeld(qint64 merchantId, qint64 walletId, qint64 delta, const QString &actor);

private:
    const Database &m_database;
};

} // namespace coffer
