#pragma once

#include "payouts/payouttypes.h"
#include "storage/database.h"

namespace coffer {

// SQL for payout adjustments and the adjustment policy. Returns domain values;
// never commits.
class AdjustmentRepository
{
public:
    explicit AdjustmentRepository(const Database &database)
        : m_database(database)
    { }

    Result<qint64> insert(qint64 merchantId, const Adjustment &adjustment);
    Result<std::optional<Adjustment>> byId(qint64 merchantId, qint64 id) const;
    // The open adjustments of a payee wallet, oldest first.
    Result<QList<Adjustment>> openOf(qint64 walletId) const;
    // Those applied to the payout, and those its resolution or reversal opened.
    Result<QList<Adjustment>> ofPayout(qint64 payoutId) const;
    // Newest first; onlyPayeeId 0: every payee of the merchant.
    Result<QList<Adjustment>> list(qint64 merchantId, qint64 onlyPayeeId, int limit) const;
    // Applies the adjustment to the payout, only while it is open: false when it
    // no longer was.
    Result<bool> apply(qint64 adjustmentId, qint64 payoutId);
    // Opens again every adjustment applied to the payout (canceled or failed).
    Status release(qint64 payoutId);
    // Removes the open adjustments the payout's resolution opened (its payment was
    // returned, so they never came to be owed).
    Status withdrawOpenedBy(qint64 payoutId);

    // The rules of the program (owner type) and of the payee, per class.
    Result<QList<AdjustmentRule>> rulesFor(qint64 merchantId, OwnerType program,
                                           qint64 payeeId) const;
    // False when the rule was already so (nothing written).
    Result<bool> setRule(qint64 merchantId, const PolicyChange &change, qint64 payeeId,
                         const QString &actor);

private:
    const Database &m_database;
};

} // namespace coffer
