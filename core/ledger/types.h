#pragma once

#include "money/exchangerate.h"
#include "money/money.h"
#include "security/actor.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace coffer {

enum class WalletType
{
    Cash,
    Bank,
    EWallet,
    CreditCard,
    Payee // money the merchant owes a payee: a liability (payees/payeeservice.h)
};
enum class RecordStatus
{
    Activated,
    Archived
};
enum class CategoryType
{
    Income,
    Expense
};
enum class TransactionType
{
    Income,
    Expense,
    Transfer
};
enum class TransactionStatus
{
    Pending,
    Completed,
    Cancelled
};

// Stored codes ("CASH", "INCOME", "PENDING") and the source's values ("100_CASH").
QString toCode(WalletType type);
QString toCode(RecordStatus status);
QString toCode(CategoryType type);
QString toCode(TransactionType type);
QString toCode(TransactionStatus status);
QString toValue(WalletType type);
QString toValue(TransactionType type);
QString toValue(TransactionStatus status);

// Accept a code in any case ("cash", "CREDIT_CARD") or a value ("100_CASH"). A
// payee wallet's type is never typed: walletTypeFromText knows the merchant's four.
std::optional<WalletType> walletTypeFromText(const QString &text);
std::optional<RecordStatus> recordStatusFromText(const QString &text);
std::optional<CategoryType> categoryTypeFromText(const QString &text);
std::optional<TransactionType> transactionTypeFromText(const QString &text);
std::optional<TransactionStatus> transactionStatusFromText(const QString &text);

// A text per language ("en", "vi"), stored as a JSON object.
class LocalizedText
{
public:
    LocalizedText() = default;
    static LocalizedText fromJson(const QString &json);
    QString toJson() const;

    void set(const QString &language, const QString &text) { m_texts.insert(language, text); }
    // The text in `language`, else English, else any.
    QString text(const QString &language) const;
    const QMap<QString, QString> &all() const { return m_texts; }
    bool contains(const QString &text, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;

private:
    QMap<QString, QString> m_texts;
};

// Who makes a change and for which merchant. Every service call is scoped by it.
struct Merchant
{
    qint64 id = 0;
    QString name;
    Currency defaultCurrency;
    QDateTime createdAt;
};

struct Wallet
{
    qint64 id = 0;
    qint64 merchantId = 0;
    WalletType type = WalletType::Cash;
    RecordStatus status = RecordStatus::Activated;
    QString name;
    LocalizedText names;
    QString accountNumber;
    QString bankName;
    Currency currency;
    qint64 payeeId = 0; // a payee wallet's payee; 0: the merchant's own wallet
    // A merchant wallet's balances are its postings' sums; a payee wallet is a
    // liability, so its balances (what is owed) are the sums negated.
    qint64 initialMinor = 0;
    qint64 currentMinor = 0; // initial + completed postings
    qint64 pendingMinor = 0; // net of pending postings
    qint64 heldMinor = 0; // reserved by payouts in flight
    bool isDefault = false;
    bool isExcluded = false;
    QString createdBy;
    QString modifiedBy;
    QDateTime createdAt;
    QDateTime modifiedAt;

    Money initial() const { return Money(initialMinor, currency); }
    Money current() const { return Money(currentMinor, currency); }
    Money pending() const { return Money(pendingMinor, currency); }
    Money held() const { return Money(heldMinor, currency); }
    // Settled money not reserved by a payout: current - held.
    Money available() const { return Money(currentMinor - heldMinor, currency); }
    bool isActive() const { return status == RecordStatus::Activated; }
    bool isPayeeWallet() const { return type == WalletType::Payee; }
    // +1 for the merchant's wallets, -1 for payee wallets: a posting's effect on the
    // balance shown.
    qint64 balanceSign() const { return isPayeeWallet() ? -1 : 1; }
};

struct Category
{
    qint64 id = 0;
    qint64 merchantId = 0; // 0: global
    QString identifier;
    QString code; // fixed categories only: "SALE"
    QString value; // fixed categories only: "000_SALE"
    CategoryType type = CategoryType::Income;
    qint64 parentId = 0;
    RecordStatus status = RecordStatus::Activated;
    bool isFixed = false;
    QString name;
    LocalizedText names;
    LocalizedText descriptions;

    bool isActive() const { return status == RecordStatus::Activated; }
};

struct Transaction
{
    qint64 id = 0;
    qint64 merchantId = 0;
    TransactionType type = TransactionType::Income;
    TransactionStatus status = TransactionStatus::Completed;
    Money amount; // always positive, in the source wallet's currency
    std::optional<Money> toAmount; // transfers: what the destination received
    ExchangeRate rate; // cross-currency transfers
    QDate date;
    qint64 walletId = 0;
    qint64 toWalletId = 0;
    qint64 categoryId = 0;
    QString referenceType;
    QString referenceId;
    qint64 reversesId = 0; // a correcting entry names the entry it reverses
    qint64 reversedById = 0;
    QString note;
    QString metadata;
    QString createdBy;
    QString modifiedBy;
    QDateTime createdAt;
};

// A reference of this type ("customer:NAME") links an entry to the customer it is
// billed to. Unlike other references it is not a key: many entries may name one
// customer.
inline bool isCustomerLink(const QString &referenceType)
{
    return referenceType.compare(QLatin1String("customer"), Qt::CaseInsensitive) == 0;
}

} // namespace coffer
