#include "ledger/types.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace coffer {

namespace {

template<typename Enum, size_t N>
std::optional<Enum> fromText(const QString &text, const std::array<Enum, N> &all,
                             QString (*code)(Enum), QString (*value)(Enum))
{
    const QString wanted = text.trimmed().toUpper();
    for (Enum candidate : all) {
        if (code(candidate) == wanted || (value && value(candidate) == wanted))
            return candidate;
    }
    return std::nullopt;
}

} // namespace

QString toCode(WalletType type)
{
    switch (type) {
    case WalletType::Cash: return QStringLiteral("CASH");
    case WalletType::Bank: return QStringLiteral("BANK");
    case WalletType::EWallet: return QStringLiteral("EWALLET");
    case WalletType::CreditCard: return QStringLiteral("CREDIT_CARD");
    case WalletType::Payee: return QStringLiteral("PAYEE");
    }
    return {};
}

QString toValue(WalletType type)
{
    switch (type) {
    case WalletType::Cash: return QStringLiteral("100_CASH");
    case WalletType::Bank: return QStringLiteral("200_BANK");
    case WalletType::EWallet: return QStringLiteral("300_EWALLET");
    case WalletType::CreditCard: return QStringLiteral("400_CREDIT_CARD");
    case WalletType::Payee: return QStringLiteral("PAYEE");
    }
    return {};
}

QString toCode(RecordStatus status)
{
    return status == RecordStatus::Activated ? QStringLiteral("ACTIVATED")
                                             : QStringLiteral("ARCHIVED");
}

QString toCode(CategoryType type)
{
    return type == CategoryType::Income ? QStringLiteral("INCOME") : QStringLiteral("EXPENSE");
}

QString toCode(TransactionType type)
{
    switch (type) {
    case TransactionType::Income: return QStringLiteral("INCOME");
    case TransactionType::Expense: return QStringLiteral("EXPENSE");
    case TransactionType::Transfer: return QStringLiteral("TRANSFER");
    }
    return {};
}

QString toValue(TransactionType type)
{
    switch (type) {
    case TransactionType::Income: return QStringLiteral("100_INCOME");
    case TransactionType::Expense: return QStringLiteral("200_EXPENSE");
    case TransactionType::Transfer: return QStringLiteral("300_TRANSFER");
    }
    return {};
}

QString toCode(TransactionStatus status)
{
    switch (status) {
    case TransactionStatus::Pending: return QStringLiteral("PENDING");
    case TransactionStatus::Completed: return QStringLiteral("COMPLETED");
    case TransactionStatus::Cancelled: return QStringLiteral("CANCELLED");
    }
    return {};
}

QString toValue(TransactionStatus status)
{
    switch (status) {
    case TransactionStatus::Pending: return QStringLiteral("200_PENDING");
    case TransactionStatus::Completed: return QStringLiteral("303_COMPLETED");
    case TransactionStatus::Cancelled: return QStringLiteral("505_CANCELLED");
    }
    return {};
}

std::optional<WalletType> walletTypeFromText(const QString &text)
{
    static const std::array all {WalletType::Cash, WalletType::Bank, WalletType::EWallet,
                                 WalletType::CreditCard};
    return fromText<WalletType>(text, all, toCode, toValue);
}

std::optional<RecordStatus> recordStatusFromText(const QString &text)
{
    static const std::array all {RecordStatus::Activated, RecordStatus::Archived};
    return fromText<RecordStatus>(text, all, toCode, nullptr);
}

std::optional<CategoryType> categoryTypeFromText(const QString &text)
{
    static const std::array all {CategoryType::Income, CategoryType::Expense};
    return fromText<CategoryType>(text, all, toCode, nullptr);
}

std::optional<TransactionType> transactionTypeFromText(const QString &text)
{
    static const std::array all {TransactionType::Income, TransactionType::Expense,
                                 TransactionType::Transfer};
    return fromText<TransactionType>(text, all, toCode, toValue);
}

std::optional<TransactionStatus> transactionStatusFromText(const QString &text)
{
    static const std::array all {TransactionStatus::Pending, TransactionStatus::Completed,
                                 TransactionStatus::Cancelled};
    return fromText<TransactionStatus>(text, all, toCode, toValue);
}

LocalizedText LocalizedText::fromJson(const QString &json)
{
    LocalizedText text;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        text.m_texts.insert(it.key(), it.value().toString());
    return text;
}

QString LocalizedText::toJson() const
{
    QJsonObject object;
    for (auto it = m_texts.begin(); it != m_texts.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString LocalizedText::text(const QString &language) const
{
    if (m_texts.contains(language))
        return m_texts.value(language);
    if (m_texts.contains(QStringLiteral("en")))
        return m_texts.value(QStringLiteral("en"));
    return m_texts.isEmpty() ? QString() : m_texts.first();
}

bool LocalizedText::contains(const QString &text, Qt::CaseSensitivity cs) const
{
    for (const QString &candidate : m_texts) {
        if (candidate.compare(text, cs) == 0)
            return true;
    }
    return false;
}

} // namespace coffer
