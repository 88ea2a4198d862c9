#pragma once

#include "money/money.h"

#include <optional>

namespace coffer {

// A platform fee: a share of the gross amount and/or a fixed amount, taken before a
// payee is credited (000: "platform fees are deducted before credit, not after").
struct FeeRule
{
    // The share in millionths of the amount: 1.5% is 15,000. A percentage has at most
    // four decimals ("2.9075%").
    qint64 partsPerMillion = 0;
    // In the credit's currency; none: no fixed part.
    std::optional<Money> fixed;

    static constexpr qint64 million = 1'000'000;
};

// What a credit of `gross` becomes under `rule`.
struct FeeSplit
{
    Money gross;
    Money fee; // share rounded half-up to the currency's minor unit, plus the fixed part
    Money net; // gross - fee, what the payee is owed
};

// Errors: AmountMustBePositive (gross not above zero, or the fee leaves nothing to
// credit), CurrencyMismatch (a fixed part in another currency), AmountOverflow.
Result<FeeSplit> splitFee(const Money &gross, const FeeRule &rule);

// The fee of an instant payout of `amount` at `partsPerMillion` (FeeSettings::
// instantPartsPerMillion): the share rounded half-up to the currency's minor unit,
// as the payout service holds it and the payee's request dialog shows it before
// asking. Errors: AmountMustBePositive (an amount not above zero, or a fee that
// leaves nothing to send), AmountOverflow.
Result<Money> instantPayoutFee(const Money &amount, qint64 partsPerMillion);

// "2.9" -> 29,000 parts per million. Between 0 and 100, at most four decimals.
// Error: InvalidAmount naming `field`.
Result<qint64> parsePercent(const QString &field, const QString &text);
// 29,000 -> "2.9".
QString percentText(qint64 partsPerMillion);

} // namespace coffer
