#include "ledger/walletservice.h"

#include "audit/auditlog.h"
#include "audit/recordjson.h"
#include "common/textrules.h"
#include "ledger/transactionrepository.h"

#include <functional>

namespace coffer {

std::optional<Wallet> findWallet(const QList<Wallet> &wallets, const QString &name)
{
    const QString wanted = name.trimmed();
    for (const Wallet &w : wallets) {
        if (w.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return w;
    }
    for (const Wallet &w : wallets) {
        if (w.names.contains(wanted))
            return w;
    }
    return std::nullopt;
}

Result<Merchant> WalletService::createMerchant(const QString &rawName, const Currency &currency,
                                               const QString &userName)
{
    const QString name = rawName.trimmed();
    COFFER_TRY(checkName(QStringLiteral("merchant"), rawName, 100));
    Q_ASSERT(currency.isValid());

    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    COFFER_TRY(m_database.lockScope(0)); // merchant names are unique per book
    auto existing = m_repository.merchants();
    if (!existing)
        return existing.error();
    for (const Merchant &m : *existing) {
        if (m.name.compare(name, Qt::CaseInsensitive) == 0)
            return makeError(
                ErrorCode::MerchantAlreadyExists,
                QStringLiteral("merchant: '%1' already exists in this book").arg(m.name));
    }
    Merchant merchant;
    merchant.name = name;
    merchant.defaultCurrency = currency;
    auto id = m_repository.insertMerchant(merchant, userName);
    if (!id)
        return id.error();
    merchant.id = *id;

    // Onboarding creates the default Cash wallet.
    Wallet cash;
    cash.merchantId = merchant.id;
    cash.type = WalletType::Cash;
    cash.name = QStringLiteral("Cash");
    cash.names.set(QStringLiteral("en"), QStringLiteral("Cash"));
    cash.names.set(QStringLiteral("vi"), QStringLiteral("Tiền mặt"));
    cash.currency = currency;
    cash.isDefault = true;
    cash.createdBy = userName;
    COFFER_TRY(m_repository.insert(cash));
    COFFER_TRY(transaction.commit());
    return merchant;
}

Result<QList<Merchant>> WalletService::merchants() const
{
    return m_repository.merchants();
}

Result<Merchant> WalletService::resolveMerchant(const QString &name) const
{
    auto all = m_repository.merchants();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return makeError(
            ErrorCode::BookNotInitialised,
            QStringLiteral("book: has no merchant yet; run 'init --merchant NAME' first"));
    if (name.isEmpty()) {
        if (all->size() == 1)
            return all->first();
        return makeError(
            ErrorCode::MerchantRequired,
            QStringLiteral("--merchant: this book has %1 merchants; name one").arg(all->size()));
    }
    for (const Merchant &m : *all) {
        if (m.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return m;
    }
    return makeError(ErrorCode::MerchantNotFound,
                     QStringLiteral("--merchant: no merchant is called '%1'").arg(name));
}

Result<QList<Wallet>> WalletService::list(const Actor &actor) const
{
    if (actor.may(Permission::ReadBooks))
        return m_repository.forMerchant(actor.merchantId);
    // A payee sees only the wallets of their own payee principal: none among the
    // merchant's wallets.
    if (actor.may(Permission::ReadOwnWallet))
        return QList<Wallet> {};
    return actor.require(Permission::ReadBooks).error();
}

Result<Wallet> WalletService::find(const Actor &actor, const QString &name) const
{
    auto wallets = list(actor);
    if (!wallets)
        return wallets.error();
    if (auto found = findWallet(*wallets, name))
        return *found;
    return makeError(ErrorCode::WalletNotFound,
                     QStringLiteral("wallet: no wallet is called '%1'").arg(name));
}

Result<Wallet> WalletService::byId(const Actor &actor, qint64 walletId) const
{
    if (!actor.may(Permission::ReadBooks) && !actor.may(Permission::ReadOwnWallet))
        return actor.require(Permission::ReadBooks).error();
    auto wallet = m_repository.byId(actor.merchantId, walletId);
    if (!wallet)
        return wallet.error();
    if (!wallet->has_value() || !actor.may(Permission::ReadBooks))
        return makeError(ErrorCode::WalletNotFound,
                         QStringLiteral("wallet: %1 does not exist").arg(walletId));
    return **wallet;
}

Result<QList<Wallet>> WalletService::lockWallets(const Actor &actor)
{
    Q_ASSERT(m_database.inTransaction());
    COFFER_TRY(m_database.lockScope(actor.merchantId));
    return m_repository.forMerchant(actor.merchantId, true);
}

Result<Wallet> WalletService::lockedWallet(const Actor &actor, qint64 walletId, QList<Wallet> *all)
{
    auto wallets = lockWallets(actor);
    if (!wallets)
        return wallets.error();
    if (all)
        *all = *wallets;
    for (const Wallet &w : *wallets) {
        if (w.id == walletId)
            return w;
    }
    return makeError(ErrorCode::WalletNotFound,
                     QStringLiteral("wallet: %1 does not exist").arg(walletId));
}

Status WalletService::checkDescriptiveFields(const QList<Wallet> &wallets, const QString &name,
                                             const LocalizedText &names,
                                             const QString &accountNumber, const QString &bankName,
                                             qint64 exceptWalletId) const
{
    COFFER_TRY(checkName(QStringLiteral("name"), name, 100));
    for (const QString &translation : names.all())
        COFFER_TRY(checkName(QStringLiteral("name"), translation, 100));
    COFFER_TRY(checkLine(QStringLiteral("account number"), accountNumber, 64));
    COFFER_TRY(checkLine(QStringLiteral("bank name"), bankName, 100));
    for (const Wallet &w : wallets) {
        if (w.id != exceptWalletId
            && (w.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0
                || w.names.contains(name.trimmed())))
            return makeError(
                ErrorCode::WalletNameTaken,
                QStringLiteral("name: a wallet called '%1' already exists").arg(w.name));
    }
    return success();
}

Result<Wallet> WalletService::add(const Actor &actor, const NewWallet &request)
{
    COFFER_TRY(actor.require(Permission::ManageWallets));
    Wallet wallet;
    wallet.merchantId = actor.merchantId;
    wallet.type = request.type;
    wallet.name = request.name.trimmed();
    wallet.names = request.names;
    if (wallet.names.all().isEmpty())
        wallet.names.set(QStringLiteral("en"), wallet.name);
    wallet.accountNumber = request.accountNumber.trimmed();
    wallet.bankName = request.bankName.trimmed();
    wallet.initialMinor = request.initialMinor;
    wallet.currentMinor = request.initialMinor;
    wallet.isDefault = request.isDefault;
    wallet.isExcluded = request.isExcluded;
    wallet.createdBy = actor.userName;
    if (request.type == WalletType::Payee)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("type: a payee wallet is opened for a payee (payee "
                                        "get-or-create), not added as a merchant wallet"));
    if ((request.type == WalletType::Cash || request.type == WalletType::EWallet)
        && request.initialMinor < 0)
        return makeError(ErrorCode::AmountMustBePositive,
                         QStringLiteral("initial: a %1 wallet cannot start below zero")
                             .arg(toCode(request.type).toLower()));

    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto wallets = lockWallets(actor);
    if (!wallets)
        return wallets.error();
    COFFER_TRY(checkDescriptiveFields(*wallets, request.name, request.names, request.accountNumber,
                                      request.bankName, 0));
    wallet.currency = request.currency;
    if (!wallet.currency.isValid()) {
        auto all = m_repository.merchants();
        if (!all)
            return all.error();
        for (const Merchant &m : *all) {
            if (m.id == actor.merchantId)
                wallet.currency = m.defaultCurrency;
        }
    }
    if (!wallet.currency.isValid())
        return makeError(ErrorCode::MerchantNotFound,
                         QStringLiteral("merchant: %1 does not exist").arg(actor.merchantId));
    if (wallet.isDefault)
        COFFER_TRY(clearDefault(actor));
    auto id = m_repository.insert(wallet);
    if (!id)
        return id.error();
    wallet.id = *id;
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("wallet.create"),
                           QStringLiteral("wallet"), QString::number(wallet.id), {},
                           walletJson(wallet)));
    COFFER_TRY(transaction.commit());
    return wallet;
}

Result<Wallet> WalletService::update(const Actor &actor, const Wallet &changed)
{
    COFFER_TRY(actor.require(Permission::ManageWallets));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    QList<Wallet> wallets;
    auto stored = lockedWallet(actor, changed.id, &wallets);
    if (!stored)
        return stored.error();
    COFFER_TRY(checkDescriptiveFields(wallets, changed.name, changed.names, changed.accountNumber,
                                      changed.bankName, changed.id));
    Wallet wallet = *stored; // balances, currency and status never change here
    if (wallet.isDefault && !changed.isDefault)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("default: choose another default wallet instead of "
                                        "clearing it"));
    if (changed.isDefault && !wallet.isDefault) {
        if (!wallet.isActive())
            return makeError(ErrorCode::WalletArchived,
                             QStringLiteral("default: '%1' is archived").arg(wallet.name));
        COFFER_TRY(clearDefault(actor));
    }
    wallet.type = changed.type;
    wallet.name = changed.name.trimmed();
    wallet.names = changed.names;
    wallet.accountNumber = changed.accountNumber.trimmed();
    wallet.bankName = changed.bankName.trimmed();
    wallet.isDefault = changed.isDefault;
    wallet.isExcluded = changed.isExcluded;
    if (walletJson(wallet) == walletJson(*stored))
        return wallet; // nothing changed: nothing written or recorded
    wallet.modifiedBy = actor.userName;
    COFFER_TRY(m_repository.update(wallet));
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("wallet.update"),
                           QStringLiteral("wallet"), QString::number(wallet.id),
                           walletJson(*stored), walletJson(wallet)));
    COFFER_TRY(transaction.commit());
    return wallet;
}

Status WalletService::clearDefault(const Actor &actor)
{
    // The wallets are locked already (in the caller's transaction).
    auto wallets = m_repository.forMerchant(actor.merchantId);
    if (!wallets)
        return wallets.error();
    COFFER_TRY(m_repository.clearDefault(actor.merchantId, actor.userName));
    for (const Wallet &previous : *wallets) {
        if (!previous.isDefault)
            continue;
        Wallet cleared = previous;
        cleared.isDefault = false;
        COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("wallet.update"),
                               QStringLiteral("wallet"), QString::number(previous.id),
                               walletJson(previous), walletJson(cleared)));
    }
    return success();
}

Status WalletService::changeWallet(const Actor &actor, qint64 walletId, const QString &action,
                                   const std::function<Status(Wallet &)> &change)
{
    COFFER_TRY(actor.require(Permission::ManageWallets));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto stored = lockedWallet(actor, walletId);
    if (!stored)
        return stored.error();
    Wallet wallet = *stored;
    COFFER_TRY(change(wallet));
    if (walletJson(wallet) == walletJson(*stored))
        return success(); // asked for what already is: nothing written or recorded
    wallet.modifiedBy = actor.userName;
    COFFER_TRY(m_repository.update(wallet));
    COFFER_TRY(recordAudit(m_database, actor, action, QStringLiteral("wallet"),
                           QString::number(wallet.id), walletJson(*stored), walletJson(wallet)));
    return transaction.commit();
}

Status WalletService::archive(const Actor &actor, qint64 walletId)
{
    return changeWallet(
        actor, walletId, QStringLiteral("wallet.archive"), [&](Wallet &wallet) -> Status {
            if (wallet.isDefault)
                return makeError(ErrorCode::DefaultWalletCannotBeArchived,
                                 QStringLiteral("wallet: '%1' is the default wallet; make another "
                                                "wallet the default first")
                                     .arg(wallet.name));
            auto pending
                = TransactionRepository(m_database).pendingEntries(actor.merchantId, wallet.id);
            if (!pending)
                return pending.error();
            if (*pending > 0)
                return makeError(ErrorCode::WalletHasPendingEntries,
                                 QStringLiteral("wallet: '%1' has %2 pending entries; complete or "
                                                "cancel them first")
                                     .arg(wallet.name)
                                     .arg(*pending));
            wallet.status = RecordStatus::Archived;
            return success();
        });
}

Status WalletService::restore(const Actor &actor, qint64 walletId)
{
    return changeWallet(
        actor, walletId, QStringLiteral("wallet.restore"), [&](Wallet &wallet) -> Status {
            if (wallet.isActive())
                return makeError(ErrorCode::WalletNotArchived,
                                 QStringLiteral("wallet: '%1' is not archived").arg(wallet.name));
            wallet.status = RecordStatus::Activated;
            return success();
        });
}

Status WalletService::setDefault(const Actor &actor, qint64 walletId)
{
    return changeWallet(
        actor, walletId, QStringLiteral("wallet.default"), [&](Wallet &wallet) -> Status {
            if (!wallet.isActive())
                return makeError(ErrorCode::WalletArchived,
                                 QStringLiteral("wallet: '%1' is archived").arg(wallet.name));
            if (wallet.isDefault)
                return success(); // the default already: nothing changes
            COFFER_TRY(clearDefault(actor));
            wallet.isDefault = true;
            return success();
        });
}

} // namespace coffer
