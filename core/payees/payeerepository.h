#pragma once

#include "payees/payeetypes.h"
#include "storage/database.h"

namespace coffer {

// A pending credit of a payee wallet and the day it becomes available.
struct PendingCredit
{
    qint64 entryId = 0;
    QDate availableOn; // null: no date (available once completed)
};

// SQL for payees, fee settings and the pending credits of payee wallets. Returns
// domain values; never commits.
class PayeeRepository
{
public:
    explicit PayeeRepository(const Database &database)
        : m_database(database)
    { }

    Result<std::optional<Payee>> byOwnerId(qint64 merchantId, const QString &ownerId) const;
    Result<std::optional<Payee>> byId(qint64 merchantId, qint64 payeeId) const;
    Result<QList<Payee>> forMerchant(qint64 merchantId) const;
    Result<qint64> insert(const Payee &payee);

    Result<FeeSettings> feeSettings(qint64 merchantId) const;
    // Replaces the settings of the merchant (rules, instant fee, policy version).
    Status saveFeeSettings(qint64 merchantId, const FeeSettings &settings, const QString &userName);

    // The id of a fixed category ("PAYEE_EARNINGS"); 0 when missing.
    Result<qint64> fixedCategoryId(const QString &code) const;

    // The pending entries of a payee wallet that a credit made (both its entries).
    Result<QList<PendingCredit>> pendingCredits(qint64 merchantId, qint64 walletId) const;

private:
    const Database &m_database;
};

// The reference type of the entries a credit makes ("PayeeCredit:KEY").
extern const QString payeeCreditReference;

} // namespace coffer
