#include "ledger/walletrepository.h"

#include <QSqlRecord>

namespace coffer {

namespace {

const QString insertMerchantSql = QStringLiteral(
    "INSERT INTO merchant (name, default_currency, status, created_by, created_at) "
    "VALUES (?, ?, 'ACTIVATED', ?, ?)");
const QString selectMerchantsSql
    = QStringLiteral("SELECT id, name, default_currency, created_at FROM merchant ORDER BY id");
const QString walletColumns = QStringLiteral(
    "id, merchant_id, type, status, name, name_i18n, account_number, bank_name, currency, "
    "initial_balance_minor, current_balance_minor, pending_balance_minor, held_balance_minor, "
    "is_default, is_excluded, created_by, modified_by, created_at, modified_at, payee_id");
const QString insertWalletSql = QStringLiteral(
    "INSERT INTO wallet (merchant_id, type, status, name, name_i18n, account_number, bank_name, "
    "currency, initial_balance_minor, current_balance_minor, pending_balance_minor, "
    "held_balance_minor, is_default, is_excluded, created_by, modified_by, created_at, "
    "modified_at, payee_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString updateWalletSql = QStringLiteral(
    "UPDATE wallet SET type = ?, status = ?, name = ?, name_i18n = ?, account_number = ?, "
    "bank_name = ?, is_default = ?, is_excluded = ?, modified_by = ?, modified_at = ? "
    "WHERE id = ? AND merchant_id = ?");
const QString clearDefaultSql
    = QStringLiteral("UPDATE wallet SET is_default = ?, modified_by = ?, modified_at = ? "
                     "WHERE merchant_id = ? AND is_default = ?");
const QString setBalancesSql = QStringLiteral(
    "UPDATE wallet SET current_balance_minor = ?, pending_balance_minor = ?, modified_by = ?, "
    "modified_at = ? WHERE id = ? AND merchant_id = ?");

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Wallet walletFromRow(const QSqlQuery &q)
{
    Wallet w;
    w.id = q.value(0).toLongLong();
    w.merchantId = q.value(1).toLongLong();
    const QString type = q.value(2).toString();
    w.type = type == toCode(WalletType::Payee)
        ? WalletType::Payee
        : walletTypeFromText(type).value_or(WalletType::Cash);
    w.status = recordStatusFromText(q.value(3).toString()).value_or(RecordStatus::Activated);
    w.name = q.value(4).toString();
    w.names = LocalizedText::fromJson(q.value(5).toString());
    w.accountNumber = q.value(6).toString();
    w.bankName = q.value(7).toString();
    w.currency = Currency::fromStoredCode(q.value(8).toString());
    w.initialMinor = q.value(9).toLongLong();
    w.currentMinor = q.value(10).toLongLong();
    w.pendingMinor = q.value(11).toLongLong();
    w.heldMinor = q.value(12).toLongLong();
    w.isDefault = q.value(13).toBool();
    w.isExcluded = q.value(14).toBool();
    w.createdBy = q.value(15).toString();
    w.modifiedBy = q.value(16).toString();
    w.createdAt = q.value(17).toDateTime();
    w.modifiedAt = q.value(18).toDateTime();
    w.payeeId = q.value(19).toLongLong();
    return w;
}

Result<QList<Wallet>> readWallets(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<Wallet> wallets;
    while (query->next())
        wallets.append(walletFromRow(*query));
    return wallets;
}

} // namespace

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

Result<qint64> WalletRepository::insertMerchant(const Merchant &merchant, const QString &createdBy)
{
    return m_database.insert(insertMerchantSql,
                             {merchant.name, merchant.defaultCurrency.code(), createdBy, nowUtc()});
}

Result<QList<Merchant>> WalletRepository::merchants() const
{
    auto query = m_database.run(selectMerchantsSql);
    if (!query)
        return query.error();
    QList<Merchant> merchants;
    while (query->next()) {
        Merchant m;
        m.id = query->value(0).toLongLong();
        m.name = query->value(1).toString();
        m.defaultCurrency = Currency::fromStoredCode(query->value(2).toString());
        m.createdAt = query->value(3).toDateTime();
        merchants.append(m);
    }
    return merchants;
}

Result<qint64> WalletRepository::insert(const Wallet &w)
{
    const QDateTime now = nowUtc();
    return m_database.insert(
        insertWalletSql,
        {w.merchantId, toCode(w.type), toCode(w.status), w.name, w.names.toJson(),
         nullIfEmpty(w.accountNumber), nullIfEmpty(w.bankName), w.currency.code(), w.initialMinor,
         w.currentMinor, w.pendingMinor, w.heldMinor, w.isDefault, w.isExcluded, w.createdBy,
         w.createdBy, now, now,
         w.payeeId != 0 ? QVariant(w.payeeId) : QVariant(QMetaType::fromType<qint64>())});
}

Status WalletRepository::update(const Wallet &w)
{
    COFFER_TRY(m_database.run(updateWalletSql,
                              {toCode(w.type), toCode(w.status), w.name, w.names.toJson(),
                               nullIfEmpty(w.accountNumber), nullIfEmpty(w.bankName), w.isDefault,
                               w.isExcluded, w.modifiedBy, nowUtc(), w.id, w.merchantId}));
    return success();
}

Result<QList<Wallet>> WalletRepository::forMerchant(qint64 merchantId, bool lock) const
{
    return readWallets(m_database.run(
        QStringLiteral("SELECT %1 FROM wallet WHERE merchant_id = ? AND payee_id IS NULL AND "
                       "deleted_at IS NULL ORDER BY is_default DESC, %2, id%3")
            .arg(walletColumns, m_database.orderedText(QStringLiteral("name")),
                 lock ? m_database.forUpdate() : QString()),
        {merchantId}));
}

Result<std::optional<Wallet>> WalletRepository::byId(qint64 merchantId, qint64 walletId,
                                                     bool lock) const
{
    return oneWallet(merchantId, walletId, false, lock);
}

Result<std::optional<Wallet>> WalletRepository::payeeWallet(qint64 merchantId, qint64 walletId,
                                                            bool lock) const
{
    return oneWallet(merchantId, walletId, true, lock);
}

Result<std::optional<Wallet>> WalletRepository::oneWallet(qint64 merchantId, qint64 walletId,
                                                          bool payee, bool lock) const
{
    auto wallets = readWallets(m_database.run(
        QStringLiteral("SELECT %1 FROM wallet WHERE id = ? AND merchant_id = ? AND payee_id IS "
                       "%2NULL AND deleted_at IS NULL%3")
            .arg(walletColumns, payee ? QStringLiteral("NOT ") : QString(),
                 lock ? m_database.forUpdate() : QString()),
        {walletId, merchantId}));
    if (!wallets)
        return wallets.error();
    return wallets->isEmpty() ? std::optional<Wallet>() : wallets->first();
}

Status WalletRepository::clearDefault(qint64 merchantId, const QString &modifiedBy)
{
    COFFER_TRY(m_database.run(clearDefaultSql, {false, modifiedBy, nowUtc(), merchantId, true}));
    return success();
}

Status WalletRepository::setBalances(qint64 merchantId, qint64 walletId, qint64 currentMinor,
                                     qint64 pendingMinor, const QString &modifiedBy)
{
    COFFER_TRY(m_database.run(
        setBalancesSql, {currentMinor, pendingMinor, modifiedBy, nowUtc(), walletId, merchantId}));
    return success();
}

Result<QList<Wallet>> WalletRepository::ofPayee(qint64 merchantId, qint64 payeeId, bool lock) const
{
    return readWallets(m_database.run(
        QStringLiteral("SELECT %1 FROM wallet WHERE merchant_id = ? AND payee_id = ? AND "
                       "deleted_at IS NULL ORDER BY currency, id%2")
            .arg(walletColumns, lock ? m_database.forUpdate() : QString()),
        {merchantId, payeeId}));
}

Result<QList<Wallet>> WalletRepository::all() const
{
    return readWallets(
        m_database.run(QStringLiteral("SELECT %1 FROM wallet WHERE deleted_at IS NULL ORDER BY id")
                           .arg(walletColumns)));
}

} // namespace coffer
