#pragma once

#include "money/money.h"

namespace coffer {

// How many units of the destination currency one unit of the source currency
// buys, exact to six decimals (stored as an integer count of millionths).
class ExchangeRate
{
public:
    static constexpr int decimals = 6;
    static constexpr qint64 scale = 1'000'000;
    // Rates above 10^12 are refused, parsed or implied.
    static constexpr qint64 maxMicros = 1'000'000'000'000LL * scale;

    ExchangeRate() = default;
    static ExchangeRate fromMicros(qint64 micros) { return ExchangeRate(micros); }

    // "25400.5" -> 25400500000 micros. Errors: InvalidRate (not a positive decimal,
    // more than six decimals, too large).
    static Result<ExchangeRate> parse(const QString &text);

    // The rate implied by two amounts, rounded half-up to six decimals.
    // Errors: InvalidRate when either side is not positive or the rate rounds to 0.
    static Result<ExchangeRate> implied(const Money &from, const Money &to);

    qint64 micros() const { return m_micros; }
    bool isValid() const { return m_micros > 0; }
    QString toDecimalString() const;

    // Converts `amount` into `target` at this rate. Error: AmountOverflow.
    Result<Money> convert(const Money &amount, const Currency &target, Rounding rounding) const;

    friend bool operator==(ExchangeRate a, ExchangeRate b) { return a.m_micros == b.m_micros; }

private:
    explicit ExchangeRate(qint64 micros)
        : m_micros(micros)
    { }
    qint64 m_micros = 0;
};

} // namespace coffer
