#pragma once

#include "ledger/types.h"
#include "storage/database.h"

namespace coffer {

// SQL for merchants and their wallets. Returns domain values; never commits.
class WalletRepository
{
public:
    explicit WalletRepository(const Database &database)
        : m_database(database)
    { }

    Result<qint64> insertMerchant(const Merchant &merchant, const QString &createdBy);
    Result<QList<Merchant>> merchants() const;

    Result<qint64> insert(const Wallet &wallet);
    Status update(const Wallet &wallet);
    // The merchant's own wallets (not soft-deleted, no payee wallets), default
    // first, then by name.
    // `lock` takes row locks on PostgreSQL for a following balance update.
    Result<QList<Wallet>> forMerchant(qint64 merchantId, bool lock = false) const;
    Result<std::optional<Wallet>> byId(qint64 merchantId, qint64 walletId, bool lock = false) const;
    Result<std::optional<Wallet>> payeeWallet(qint64 merchantId, qint64 walletId,
                                              bool lock = false) const;
    // A payee's wallets, one per currency, by currency code.
    Result<QList<Wallet>> ofPayee(qint64 merchantId, qint64 payeeId, bool lock = false) const;
    Status clearDefault(qint64 merchantId, const QString &modifiedBy);
    Status setBalances(qint64 merchantId, qint64 walletId, qint64 currentMinor, qint64 pendingMinor,
                       const QString &modifiedBy);
    Result<QList<Wallet>> all() const; // every merchant: for verify

private:
    Result<std::optional<Wallet>> oneWallet(qint64 merchantId, qint64 walletId, bool payee,
                                            bool lock) const;

    const Database &m_database;
};

QDateTime nowUtc();

} // namespace coffer
