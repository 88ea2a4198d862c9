#pragma once

#include "common/result.h"
#include "money/currency.h"
#include "money/int128.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace coffer {

// How a quotient that falls between two minor units is settled. Every rounding
// in Coffer names one of these; there is no implicit rounding anywhere.
enum class Rounding
{
    HalfUp, // ties away from zero: 2.5 -> 3, -2.5 -> -3
    HalfEven, // ties to the even neighbour (banker's rounding): 2.5 -> 2, 3.5 -> 4
    TowardZero, // truncation: 2.9 -> 2, -2.9 -> -2
};

// An exact amount: a signed 64-bit count of the currency's minor units.
// Arithmetic refuses to mix currencies and reports overflow instead of wrapping.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, Currency currency);

    static Money zero(const Currency &currency) { return Money(0, currency); }

    // Parses text written in `locale` ("1,234.56" in English, "1.234,56" in German),
    // or plain "-1234.56". Errors: InvalidAmount (not a number, bad grouping),
    // TooManyDecimals (more decimals than the currency has), AmountOverflow.
    static Result<Money> parse(const QString &text, const Currency &currency,
                               const QLocale &locale = QLocale::c());

    qint64 minorUnits() const { return m_minorUnits; }
    const Currency &currency() const { return m_currency; }
    bool isZero() const { return m_minorUnits == 0; }
    bool isNegative() const { return m_minorUnits < 0; }
    bool isPositive() const { return m_minorUnits > 0; }

    // Exact decimal text with a '.' point and no grouping: "-1234.50". Stable for
    // machine output (JSON, CSV) and round-trips through parse().
    QString toDecimalString() const;
    // Grouped text in `locale` followed by the currency code: "1,234.50 USD".
    QString format(const QLocale &locale = QLocale()) const;

    // Errors: CurrencyMismatch, AmountOverflow.
    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> negated() const;

    // amount * numerator / denominator, rounded as asked. The single path for fees,
    // tax and percentages. denominator must be non-zero. Error: AmountOverflow.
    Result<Money> multipliedByRatio(qint64 numerator, qint64 denominator, Rounding rounding) const;

    // Splits the amount in proportion to `weights` (non-negative, not all zero);
    // leftover minor units go to the parts with the largest remainders, earliest
    // first on ties, so the parts always sum to the whole.
    Result<QList<Money>> allocate(const QList<qint64> &weights) const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minorUnits == b.m_minorUnits && a.m_currency == b.m_currency;
    }

private:
    qint64 m_minorUnits = 0;
    Currency m_currency;
};

// numerator / denominator rounded as asked; the arithmetic core of every ratio.
// Returns false when the result does not fit in 64 bits.
bool divideRounded(Int128 numerator, Int128 denominator, Rounding rounding, qint64 *result);

} // namespace coffer
