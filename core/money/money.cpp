#include "money/money.h"

#include <limits>

namespace coffer {

namespace {

constexpr int maxDigits = 19; // qint64 holds at most 19 decimal digits

Error invalidAmount(const QString &text, const QString &rule)
{
    return makeError(ErrorCode::InvalidAmount, QStringLiteral("amount: '%1' %2").arg(text, rule));
}

// Strips the locale's group separators from the integer part, insisting on
// groups of three digits so that "12.5" in a locale that groups with '.' is an
// error rather than 125.
Result<QString> ungroupIntegerPart(const QString &integerPart, const QString &text,
                                   const QLocale &locale)
{
    const QString separator = locale.groupSeparator();
    if (separator.isEmpty() || !integerPart.contains(separator))
        return integerPart;
    const QStringList groups = integerPart.split(separator);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype length = groups.at(i).size();
        const bool okLength = i == 0 ? (length >= 1 && length <= 3) : length == 3;
        if (!okLength)
            return invalidAmount(text, QStringLiteral("has misplaced digit grouping"));
    }
    return groups.join(QString());
}

Int128 magnitude(Int128 value)
{
    return value < 0 ? -value : value;
}

bool allDigits(const QString &s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Reads the locale's native digits as ASCII so that the checks below are simple.
QString toAsciiDigits(const QString &text, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero == QStringLiteral("0") || zero.size() != 1)
        return text;
    QString out = text;
    for (QChar &c : out) {
        const int offset = c.unicode() - zero.at(0).unicode();
        if (offset >= 0 && offset <= 9)
            c = QChar(u'0' + offset);
    }
    return out;
}

} // namespace

Money::Money(qint64 minorUnits, Currency currency)
    : m_minorUnits(minorUnits)
    , m_currency(std::move(currency))
{ }

Result<Money> Money::parse(const QString &rawText, const Currency &currency, const QLocale &locale)
{
    Q_ASSERT(currency.isValid());
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidAmount, QStringLiteral("amount: must not be empty"));

    QString body = toAsciiDigits(text, locale);
    bool negative = false;
    if (body.startsWith(locale.negativeSign()) || body.startsWith(QLatin1Char('-'))) {
        negative = true;
        body.remove(0, body.startsWith(QLatin1Char('-')) ? 1 : locale.negativeSign().size());
    } else if (body.startsWith(QLatin1Char('+')) || body.startsWith(locale.positiveSign())) {
        body.remove(0, 1);
    }

    QString integerPart = body;
    QString fractionPart;
    const QString point = locale.decimalPoint();
    const qsizetype pointAt = body.indexOf(point);
    if (pointAt >= 0) {
        integerPart = body.left(pointAt);
        fractionPart = body.mid(pointAt + point.size());
    }
    auto ungrouped = ungroupIntegerPart(integerPart, text, locale);
    if (!ungrouped)
        return ungrouped.error();
    integerPart = *ungrouped;

    if ((integerPart.isEmpty() && fractionPart.isEmpty()) || !allDigits(integerPart)
        || !allDigits(fractionPart) || (pointAt >= 0 && fractionPart.isEmpty()))
        return invalidAmount(text, QStringLiteral("is not a decimal number"));
    if (fractionPart.size() > currency.minorUnits())
        return makeError(ErrorCode::TooManyDecimals,
                         QStringLiteral("amount: '%1' has %2 decimals but %3 allows at most %4")
                             .arg(text)
                             .arg(fractionPart.size())
                             .arg(currency.code())
                             .arg(currency.minorUnits()));

    const QString digits = integerPart + fractionPart.leftJustified(currency.minorUnits(), u'0');
    qsizetype firstSignificant = 0;
    while (firstSignificant < digits.size() - 1 && digits.at(firstSignificant) == u'0')
        ++firstSignificant;
    const auto overflow
        = makeError(ErrorCode::AmountOverflow,
                    QStringLiteral("amount: '%1' is too large to be held exactly").arg(text));
    if (digits.size() - firstSignificant > maxDigits)
        return overflow;

    // Accumulate as a negative number so that the most negative int64 parses too.
    qint64 value = 0;
    for (qsizetype i = firstSignificant; i < digits.size(); ++i) {
        const qint64 digit = digits.at(i).unicode() - u'0';
        if (qMulOverflow(value, qint64(10), &value) || qSubOverflow(value, digit, &value))
            return overflow;
    }
    if (!negative) {
        if (value == std::numeric_limits<qint64>::min())
            return overflow;
        value = -value;
    }
    return Money(value, currency);
}

QString Money::toDecimalString() const
{
    const bool negative = m_minorUnits < 0;
    // Magnitude as unsigned so that the most negative int64 prints correctly.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minorUnits) : quint64(m_minorUnits);
    const int exponent = m_currency.minorUnits();
    QString digits = QString::number(magnitude).rightJustified(exponent + 1, u'0');
    if (exponent > 0)
        digits.insert(digits.size() - exponent, u'.');
    return negative ? QLatin1Char('-') + digits : digits;
}

QString Money::format(const QLocale &locale) const
{
    const bool negative = m_minorUnits < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minorUnits) : quint64(m_minorUnits);
    const quint64 scale = quint64(m_currency.scale());
    QString text = locale.toString(qulonglong(magnitude / scale));
    if (m_currency.minorUnits() > 0) {
        QString fraction
            = QString::number(magnitude % scale).rightJustified(m_currency.minorUnits(), u'0');
        text += locale.decimalPoint() + fraction;
    }
    if (negative)
        text.prepend(locale.negativeSign());
    return text + QLatin1Char(' ') + m_currency.code();
}

Result<Money> Money::plus(const Money &other) const
{
    if (!(m_currency == other.m_currency))
        return makeError(ErrorCode::CurrencyMismatch,
                         QStringLiteral("amount: cannot add %1 to %2")
                             .arg(other.m_currency.code(), m_currency.code()));
    qint64 sum = 0;
    if (qAddOverflow(m_minorUnits, other.m_minorUnits, &sum))
        return makeError(ErrorCode::AmountOverflow,
                         QStringLiteral("amount: %1 + %2 does not fit in 64 bits")
                             .arg(toDecimalString(), other.toDecimalString()));
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    auto negative = other.negated();
    if (!negative)
        return negative.error();
    return plus(*negative);
}

Result<Money> Money::negated() const
{
    if (m_minorUnits == std::numeric_limits<qint64>::min())
        return makeError(ErrorCode::AmountOverflow,
                         QStringLiteral("amount: %1 has no positive counterpart in 64 bits")
                             .arg(toDecimalString()));
    return Money(-m_minorUnits, m_currency);
}

Result<Money> Money::multipliedByRatio(qint64 numerator, qint64 denominator,
                                       Rounding rounding) const
{
    Q_ASSERT(denominator != 0);
    qint64 result = 0;
    if (!divideRounded(Int128(m_minorUnits) * numerator, denominator, rounding, &result))
        return makeError(ErrorCode::AmountOverflow,
                         QStringLiteral("amount: %1 x %2/%3 does not fit in 64 bits")
                             .arg(toDecimalString())
                             .arg(numerator)
                             .arg(denominator));
    return Money(result, m_currency);
}

Result<QList<Money>> Money::allocate(const QList<qint64> &weights) const
{
    Int128 total = 0;
    for (qint64 weight : weights) {
        Q_ASSERT(weight >= 0);
        total += weight;
    }
    Q_ASSERT(!weights.isEmpty() && total > 0);

    QList<Money> parts;
    QList<Int128> remainders;
    qint64 handedOut = 0;
    for (qint64 weight : weights) {
        const Int128 product = Int128(m_minorUnits) * weight;
        const qint64 share = qint64(product / total); // toward zero; |share| <= |amount|
        parts.append(Money(share, m_currency));
        remainders.append(product % total);
        handedOut += share;
    }
    // The leftover is smaller than the number of parts and has the amount's sign.
    qint64 leftover = m_minorUnits - handedOut;
    const qint64 step = leftover < 0 ? -1 : 1;
    while (leftover != 0) {
        qsizetype best = 0;
        for (qsizetype i = 1; i < remainders.size(); ++i) {
            if (magnitude(remainders.at(i)) > magnitude(remainders.at(best)))
                best = i;
        }
        parts[best] = Money(parts.at(best).minorUnits() + step, m_currency);
        remainders[best] = 0;
        leftover -= step;
    }
    return parts;
}

bool divideRounded(Int128 numerator, Int128 denominator, Rounding rounding, qint64 *result)
{
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    Int128 quotient = numerator / denominator; // truncates toward zero
    const Int128 remainder = numerator % denominator;
    if (remainder != 0 && rounding != Rounding::TowardZero) {
        const Int128 twiceRemainder = (remainder < 0 ? -remainder : remainder) * 2;
        const bool pastHalf = twiceRemainder > denominator;
        const bool atHalf = twiceRemainder == denominator;
        const bool roundAway
            = pastHalf || (atHalf && (rounding == Rounding::HalfUp || (quotient % 2) != 0));
        if (roundAway)
            quotient += numerator < 0 ? -1 : 1;
    }
    if (quotient > std::numeric_limits<qint64>::max()
        || quotient < std::numeric_limits<qint64>::min())
        return false;
    *result = qint64(quotient);
    return true;
}

} // namespace coffer
