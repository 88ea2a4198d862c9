#pragma once

#include "ledger/walletrepository.h"

#include <functional>

namespace coffer {

struct NewWallet
{
    QString name;
    LocalizedText names; // optional translations
    WalletType type = WalletType::Cash;
    Currency currency; // invalid: the merchant's default currency
    qint64 initialMinor = 0; // in `currency`'s minor units
    QString accountNumber;
    QString bankName;
    bool isDefault = false;
    bool isExcluded = false;
};

// Merchants and their wallets.
class WalletService
{
public:
    explicit WalletService(Database &database)
        : m_database(database)
        , m_repository(database)
    { }

    Result<QList<Merchant>> merchants() const;
    // The merchant called `name`, or the only one when `name` is empty.
    // Errors: BookNotInitialised, MerchantNotFound, MerchantRequired.
    Result<Merchant> resolveMerchant(const QString &name) const;

    // Reads need ReadBooks; a payee (ReadOwnWallet) sees only their own payee
    // wallets, and any other wallet is WalletNotFound to them. Changes need
    // ManageWallets and write an audit record with the wallet before and after.
    Result<QList<Wallet>> list(const Actor &actor) const;
    // By name in any language, case-insensitive. Error: WalletNotFound.
    Result<Wallet> find(const Actor &actor, const QString &name) const;
    Result<Wallet> byId(const Actor &actor, qint64 walletId) const;

    // Errors: name rules, WalletNameTaken, AmountMustBePositive (a cash or e-wallet
    // starting below zero), InvalidText (account number, bank name).
    Result<Wallet> add(const Actor &actor, const NewWallet &wallet);
    // Saves descriptive fields and flags. Errors: as add, WalletNotFound.
    Result<Wallet> update(const Actor &actor, const Wallet &wallet);
    // Errors: WalletNotFound, DefaultWalletCannotBeArchived, WalletHasPendingEntries
    // (complete or cancel them first: an archived wallet takes no money movement).
    Status archive(const Actor &actor, qint64 walletId);
    // Errors: WalletNotFound, WalletNotArchived, WalletNameTaken.
    Status restore(const Actor &actor, qint64 walletId);
    // Errors: WalletNotFound, WalletArchived.
    Status setDefault(const Actor &actor, qint64 walletId);

private:
    friend class UserService; // creates merchants, with their admin's roles

    // Creates the merchant and its default Cash wallet, inside the caller's
    // transaction. Errors: FieldRequired/FieldTooLong/InvalidText (name),
    // MerchantAlreadyExists.
    Result<Merchant> createMerchant(const QString &name, const Currency &currency,
                                    const QString &userName);
    // Locks every wallet of the merchant, in the order the ledger locks them (so
    // wallet edits and entries never deadlock on PostgreSQL), inside a transaction.
    Result<QList<Wallet>> lockWallets(const Actor &actor);
    Result<Wallet> lockedWallet(const Actor &actor, qint64 walletId, QList<Wallet> *all = nullptr);
    // Locks, lets `change` check and modify the wallet, saves it: all or nothing.
    // No wallet is the default any more; the one that was gets its audit record.
    Status clearDefault(const Actor &actor);
    Status changeWallet(const Actor &actor, qint64 walletId, const QString &action,
                        const std::function<Status(Wallet &)> &change);
    Status checkDescriptiveFields(const QList<Wallet> &wallets, const QString &name,
                                  const LocalizedText &names, const QString &accountNumber,
                                  const QString &bankName, qint64 exceptWalletId) const;

    Database &m_database;
    WalletRepository m_repository;
};

std::optional<Wallet> findWallet(const QList<Wallet> &wallets, const QString &name);

} // namespace coffer
