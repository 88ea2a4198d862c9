#include "payees/fees.h"

#include <QRegularExpression>

namespace coffer {

Result<FeeSplit> splitFee(const Money &gross, const FeeRule &rule)
{
    if (gross.minorUnits() <= 0)
        return makeError(ErrorCode::AmountMustBePositive,
                         QStringLiteral("amount: a credit's gross amount must be above zero"));
    if (rule.fixed && !(rule.fixed->currency() == gross.currency()))
        return makeError(ErrorCode::CurrencyMismatch,
                         QStringLiteral("fee: the fixed fee is in %1, the credit in %2")
                             .arg(rule.fixed->currency().code(), gross.currency().code()));
    // The single rounding of a fee: half-up to the currency's minor unit.
    auto share = gross.multipliedByRatio(rule.partsPerMillion, FeeRule::million, Rounding::HalfUp);
    if (!share)
        return share.error();
    auto fee = rule.fixed ? share->plus(*rule.fixed) : Result<Money>(*share);
    if (!fee)
        return fee.error();
    auto net = gross.minus(*fee);
    if (!net)
        return net.error();
    if (net->minorUnits() <= 0)
        return makeError(
            ErrorCode::AmountMustBePositive,
            QStringLiteral("amount: the fee of %1 %2 leaves nothing of %3 %2 to "
                           "credit")
                .arg(fee->toDecimalString(), gross.currency().code(), gross.toDecimalString()));
    return FeeSplit {gross, *fee, *net};
}

Result<Money> instantPayoutFee(const Money &amount, qint64 partsPerMillion)
{
    if (amount.minorUnits() <= 0)
        return makeError(ErrorCode::AmountMustBePositive,
                         QStringLiteral("amount: must be greater than zero"));
    auto fee = amount.multipliedByRatio(partsPerMillion, FeeRule::million, Rounding::HalfUp);
    if (!fee)
        return fee.error();
    if (fee->minorUnits() >= amount.minorUnits())
        return makeError(ErrorCode::AmountMustBePositive,
                         QStringLiteral("amount: the instant fee of %1 leaves nothing to send")
                             .arg(fee->toDecimalString()));
    return *fee;
}

Result<qint64> parsePercent(const QString &field, const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,4}))?$"));
    const auto match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return makeError(ErrorCode::InvalidAmount,
                         QStringLiteral("%1: '%2' is not a percentage with at most four "
                                        "decimals, such as 2.9")
                             .arg(field, text));
    const qint64 whole = match.captured(1).toLongLong();
    const qint64 fraction = match.captured(2).leftJustified(4, u'0').toLongLong();
    const qint64 partsPerMillion = whole * 10'000 + fraction;
    if (partsPerMillion > FeeRule::million)
        return makeError(ErrorCode::InvalidAmount,
                         QStringLiteral("%1: '%2' is above 100%").arg(field, text));
    return partsPerMillion;
}

QString percentText(qint64 partsPerMillion)
{
    QString text = QString::number(partsPerMillion / 10'000);
    const qint64 fraction = partsPerMillion % 10'000;
    if (fraction != 0) {
        QString decimals = QStringLiteral("%1").arg(fraction, 4, 10, QLatin1Char('0'));
        while (decimals.endsWith(u'0'))
            decimals.chop(1);
        text += QLatin1Char('.') + decimals;
    }
    return text;
}

} // namespace coffer
