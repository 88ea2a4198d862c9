#include "money/exchangerate.h"

namespace coffer {

Result<ExchangeRate> ExchangeRate::parse(const QString &rawText)
{
    const QString text = rawText.trimmed();
    const auto invalid = [&](const QString &rule) {
        return makeError(ErrorCode::InvalidRate,
                         QStringLiteral("rate: '%1' %2").arg(rawText, rule));
    };
    const qsizetype pointAt = text.indexOf(u'.');
    const QString integerPart = pointAt < 0 ? text : text.left(pointAt);
    const QString fractionPart = pointAt < 0 ? QString() : text.mid(pointAt + 1);
    const auto isDigits = [](const QString &s) {
        for (QChar c : s) {
            if (c < u'0' || c > u'9')
                return false;
        }
        return true;
    };
    if (text.isEmpty() || integerPart.isEmpty() || !isDigits(integerPart) || !isDigits(fractionPart)
        || (pointAt >= 0 && fractionPart.isEmpty()))
        return invalid(QStringLiteral("is not a positive decimal number"));
    if (fractionPart.size() > decimals)
        return invalid(QStringLiteral("has more than %1 decimals").arg(decimals));
    // Digits beyond 13 are too large anyway; the checked arithmetic catches the rest.
    qint64 micros = 0;
    const bool overflows = integerPart.size() > 13
        || qMulOverflow(integerPart.toLongLong(), scale, &micros)
        || qAddOverflow(micros, fractionPart.leftJustified(decimals, u'0').toLongLong(), &micros);
    if (overflows || micros > maxMicros)
        return invalid(QStringLiteral("is too large (at most 10^12)"));
    if (micros <= 0)
        return invalid(QStringLiteral("must be greater than zero"));
    return ExchangeRate(micros);
}

Result<ExchangeRate> ExchangeRate::implied(const Money &from, const Money &to)
{
    if (!from.isPositive() || !to.isPositive())
        return makeError(ErrorCode::InvalidRate,
                         QStringLiteral("rate: both amounts must be positive to imply a rate"));
    // rate = (to / 10^toExp) / (from / 10^fromExp), in millionths.
    // |to| < 2^63, scale <= 10^4, 10^6: the product stays below 2^127.
    const Int128 numerator = Int128(to.minorUnits()) * from.currency().scale() * scale;
    const Int128 denominator = Int128(from.minorUnits()) * to.currency().scale();
    qint64 micros = 0;
    if (!divideRounded(numerator, denominator, Rounding::HalfUp, &micros) || micros <= 0
        || micros > maxMicros)
        return makeError(ErrorCode::InvalidRate,
                         QStringLiteral("rate: %1 to %2 implies a rate outside 0.000001..10^12")
                             .arg(from.toDecimalString(), to.toDecimalString()));
    return ExchangeRate(micros);
}

QString ExchangeRate::toDecimalString() const
{
    QString digits = QString::number(m_micros).rightJustified(decimals + 1, u'0');
    digits.insert(digits.size() - decimals, u'.');
    while (digits.endsWith(u'0'))
        digits.chop(1);
    if (digits.endsWith(u'.'))
        digits.chop(1);
    return digits;
}

Result<Money> ExchangeRate::convert(const Money &amount, const Currency &target,
                                    Rounding rounding) const
{
    Q_ASSERT(isValid());
    Int128 numerator = 0;
    const bool productOverflows = __builtin_mul_overflow(Int128(amount.minorUnits()) * m_micros,
                                                         target.scale(), &numerator);
    const Int128 denominator = Int128(scale) * amount.currency().scale();
    qint64 converted = 0;
    if (productOverflows || !divideRounded(numerator, denominator, rounding, &converted))
        return makeError(ErrorCode::AmountOverflow,
                         QStringLiteral("amount: %1 at rate %2 does not fit in 64 bits")
                             .arg(amount.toDecimalString(), toDecimalString()));
    return Money(converted, target);
}

} // namespace coffer
