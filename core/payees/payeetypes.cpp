#include "payees/payeetypes.h"

namespace coffer {

namespace {

template<typename T> std::optional<T> byCode(const QString &text, const QList<T> &all)
{
    for (T value : all) {
        if (toCode(value).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString toCode(OwnerType type)
{
    switch (type) {
    case OwnerType::Customer: return QStringLiteral("customer");
    case OwnerType::Affiliate: return QStringLiteral("affiliate");
    case OwnerType::Creator: return QStringLiteral("creator");
    case OwnerType::Vendor: return QStringLiteral("vendor");
    }
    return {};
}

QString toCode(CreditType type)
{
    switch (type) {
    case CreditType::Earning: return QStringLiteral("earning");
    case CreditType::Tip: return QStringLiteral("tip");
    case CreditType::Bonus: return QStringLiteral("bonus");
    case CreditType::Commission: return QStringLiteral("commission");
    case CreditType::Referral: return QStringLiteral("referral");
    case CreditType::Refund: return QStringLiteral("refund");
    case CreditType::Adjustment: return QStringLiteral("adjustment");
    }
    return {};
}

QList<OwnerType> allOwnerTypes()
{
    return {OwnerType::Customer, OwnerType::Affiliate, OwnerType::Creator, OwnerType::Vendor};
}

QList<CreditType> allCreditTypes()
{
    return {CreditType::Earning,  CreditType::Tip,    CreditType::Bonus,     CreditType::Commission,
            CreditType::Referral, CreditType::Refund, CreditType::Adjustment};
}

std::optional<OwnerType> ownerTypeFromText(const QString &text)
{
    return byCode(text, allOwnerTypes());
}

std::optional<CreditType> creditTypeFromText(const QString &text)
{
    return byCode(text, allCreditTypes());
}

std::optional<FeeSettings::Rule> FeeSettings::ownRule(std::optional<CreditType> type) const
{
    for (const Rule &rule : rules) {
        if (rule.creditType == type)
            return rule;
    }
    return std::nullopt;
}

FeeRule FeeSettings::ruleFor(CreditType type, const Currency &currency) const
{
    auto rule = ownRule(type);
    if (!rule)
        rule = ownRule(std::nullopt);
    if (!rule)
        return {};
    FeeRule fee;
    fee.partsPerMillion = rule->partsPerMillion;
    if (rule->fixed && rule->fixed->currency() == currency)
        fee.fixed = rule->fixed;
    return fee;
}

} // namespace coffer
