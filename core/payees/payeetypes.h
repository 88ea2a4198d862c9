#pragma once

#include "ledger/types.h"
#include "payees/fees.h"
#include "payees/paymentdetails.h"

#include <QDate>
#include <QList>

#include <optional>

namespace coffer {

// Who a payee is to the merchant (000_...txt).
enum class OwnerType
{
    Customer,
    Affiliate,
    Creator,
    Vendor
};
// What a credit is for (000_...txt).
enum class CreditType
{
    Earning,
    Tip,
    Bonus,
    Commission,
    Referral,
    Refund,
    Adjustment
};

// Stored and typed codes: "creator", "earning".
QString toCode(OwnerType type);
QString toCode(CreditType type);
std::optional<OwnerType> ownerTypeFromText(const QString &text);
std::optional<CreditType> creditTypeFromText(const QString &text);
QList<OwnerType> allOwnerTypes();
QList<CreditType> allCreditTypes();

// A person or business the merchant owes money: known by an owner id unique within
// the merchant, with one wallet per currency.
struct Payee
{
    qint64 id = 0;
    qint64 merchantId = 0;
    OwnerType ownerType = OwnerType::Creator;
    QString ownerId;
    QString createdBy;
    QDateTime createdAt;

    // "creator:42", as a payee user's binding reads.
    QString principal() const { return toCode(ownerType) + QLatin1Char(':') + ownerId; }
};

// A merchant's platform fees: a rule for every credit type, rules of their own for
// some types, and the fee of an instant payout. A merchant that set nothing takes
// no platform fee and 1.5% for instant payouts (001_...txt).
struct FeeSettings
{
    struct Rule
    {
        std::optional<CreditType> creditType; // none: every type without its own rule
        qint64 partsPerMillion = 0;
        std::optional<Money> fixed; // applies to credits in its currency
    };
    QList<Rule> rules;
    qint64 instantPartsPerMillion = defaultInstantPartsPerMillion;
    qint64 policyVersion = 1; // rises with every change

    static constexpr qint64 defaultInstantPartsPerMillion = 15'000;

    // The rule a credit of `type` in `currency` pays: its type's own rule, else the
    // general one, else none. A fixed part in another currency does not apply.
    FeeRule ruleFor(CreditType type, const Currency &currency) const;
    std::optional<Rule> ownRule(std::optional<CreditType> type) const;
};

// A change of fees: what is given changes, the rest stays.
struct FeeChange
{
    std::optional<CreditType> creditType; // none: the general rule
    std::optional<qint64> partsPerMillion;
    std::optional<Money> fixed; // zero removes the fixed part
    std::optional<qint64> instantPartsPerMillion;
};

struct NewCredit
{
    QString ownerId;
    Currency currency; // invalid: the payee's only wallet
    CreditType type = CreditType::Earning;
    Money gross; // before the platform fee
    QDate availableOn; // null or not after today: available at once
    QString idempotencyKey; // empty: none (a replay credits again)
    QString note;
};

// A recorded credit: the entry that owes the payee the gross amount and, when a fee
// applies, the entry that takes the fee back as the merchant's income.
struct Credit
{
    qint64 walletId = 0;
    qint64 entryId = 0;
    qint64 feeEntryId = 0; // 0: no fee
    CreditType type = CreditType::Earning;
    FeeSplit split;
    QDate availableOn; // null: available at once
    bool pending = false; // not available yet
    bool created = true; // false: a replay of the same idempotency key
};

// A payee wallet's three buckets (001_...txt): available = settled - held, never
// below zero; pending = credits not available yet; held = reserved by payouts.
struct PayeeBalance
{
    Wallet wallet;
    Money available;
    Money pending;
    Money held;
};

// One entry of a payee wallet, as the payee reads it.
struct PayeeHistoryLine
{
    Transaction entry;
    QString kind; // "earning", "platform_fee", "payout", ... (a code)
    Money change; // + owed more, - owed less
    std::optional<Money> balanceAfter; // completed entries only
    QDate availableOn; // pending credits
    bool pending = false;
};

struct PayeeStatement
{
    Payee payee;
    QList<PayeeBalance> balances; // one per currency
    QList<PayeeHistoryLine> history; // newest first
};

// A saved way to pay a payee, in one currency.
struct PayoutMethod
{
    qint64 id = 0;
    qint64 merchantId = 0;
    qint64 payeeId = 0;
    MethodKind kind = MethodKind::Bank;
    Currency currency;
    QString details; // as checked: an IBAN, an e-mail, a card's last four digits ...
    QString masked; // what screens show
    bool isDefault = false;
    bool active = true;
    QString createdBy;
    QDateTime createdAt;
};

struct NewPayoutMethod
{
    QString ownerId;
    MethodKind kind = MethodKind::Bank;
    QString details;
    Currency currency; // invalid: the currency of the payee's only wallet
    bool makeDefault = false; // a payee's first method is the default anyway
};

} // namespace coffer
