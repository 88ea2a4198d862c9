#include "invoices/invoicemath.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace coffer {

namespace {

constexpr qint64 partsPerPercent = rateScale / 100; // 1 % is 10'000 parts per million
constexpr qint64 maxQuantityUnits = 1'000'000'000;
// 2^127 - 1, written so that no step overflows (std::numeric_limits may not know
// __int128 in strict mode).
constexpr Int128 int128Max = (Int128(1) << 126) - 1 + (Int128(1) << 126);

// A number as typed: ASCII digits, then optionally a '.' and more digits.
struct DecimalText
{
    QString whole; // without leading zeros, possibly empty
    QString fraction;
};

std::optional<DecimalText> splitDecimal(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]+)(?:\\.([0-9]+))?$"));
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString whole = match.captured(1);
    while (whole.startsWith(u'0'))
        whole.remove(0, 1);
    return DecimalText {whole, match.captured(2)};
}

// The value of `number` in units of 10^-decimals, when it has at most ten whole
// digits (larger values are above every limit here); nullopt otherwise.
std::optional<qint64> scaledValue(const DecimalText &number, int decimals)
{
    Q_ASSERT(number.fraction.size() <= decimals);
    if (number.whole.size() > 10)
        return std::nullopt;
    const QString digits = number.whole + number.fraction.leftJustified(decimals, u'0');
    return digits.toLongLong(); // at most 10 + 6 ASCII digits: fits, no sign, no point
}

// 2'500'000 at six decimals -> "2.5": the digits, with no trailing zeros.
QString scaledText(qint64 value, int decimals, qint64 unit)
{
    Q_ASSERT(value >= 0);
    QString fraction = QString::number(value % unit).rightJustified(decimals, u'0');
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    const QString whole = QString::number(value / unit);
    return fraction.isEmpty() ? whole : whole + u'.' + fraction;
}

Error lineError(qsizetype index, ErrorCode code, const QString &fieldAndRule)
{
    return makeError(code,
                     QStringLiteral("line %1: %2").arg(QString::number(index + 1), fieldAndRule));
}

std::optional<Error> validateLine(const LineInput &line, qsizetype index)
{
    const auto invalid = [index](const QString &rule) {
        return lineError(index, ErrorCode::InvalidArgument, rule);
    };
    if (line.quantity <= 0)
        return invalid(QStringLiteral("quantity: must be above zero"));
    if (line.unitPrice < 0)
        return invalid(QStringLiteral("unit price: must not be negative"));
    if (line.discount < 0 || line.discount > rateScale)
        return invalid(QStringLiteral("discount: must be between 0 and 100 %"));
    if (line.taxRate < 0)
        return invalid(QStringLiteral("tax rate: must not be negative"));
    return std::nullopt;
}

// The line's amount A = round(quantity × price × (1 − discount)): its net when prices
// exclude tax, its gross when they include it.
Result<qint64> lineAmount(const LineInput &line, qsizetype index)
{
    const Int128 quantityTimesPrice = Int128(line.quantity) * line.unitPrice; // < 2^126
    const qint64 kept = rateScale - line.discount;
    qint64 amount = 0;
    if (kept != 0
        && (quantityTimesPrice > int128Max / kept
            || !divideRounded(quantityTimesPrice * kept, Int128(quantityScale) * rateScale,
                              Rounding::HalfUp, &amount)))
        return lineError(index, ErrorCode::AmountOverflow,
                         QStringLiteral("amount: quantity × unit price does not fit in 64 bits"));
    return amount;
}

// The one tax rounding: round(net × rate) when `amount` is a net (exclusive),
// round(gross × rate / (1 + rate)) when it is a gross (inclusive).
bool roundedTax(qint64 amount, qint64 rate, TaxMode mode, qint64 *tax)
{
    const Int128 denominator
        = mode == TaxMode::Exclusive ? Int128(rateScale) : Int128(rateScale) + rate;
    return divideRounded(Int128(amount) * rate, denominator, Rounding::HalfUp, tax);
}

// Splits `whole` (>= 0) in proportion to `weights` (>= 0): each part is first rounded
// down, then the leftover units go one each to the largest remainders, the earliest
// part first on ties, so that the parts sum to `whole`. All-zero weights get nothing
// (and `whole` must then be 0).
QList<qint64> shareByLargestRemainder(qint64 whole, const QList<qint64> &weights)
{
    const Int128 total = std::accumulate(weights.begin(), weights.end(), Int128(0));
    QList<qint64> parts(weights.size(), 0);
    if (total == 0) {
        Q_ASSERT(whole == 0);
        return parts;
    }
    QList<Int128> remainders(weights.size(), 0);
    qint64 leftover = whole;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const Int128 product = Int128(whole) * weights.at(i);
        parts[i] = qint64(product / total); // <= whole
        remainders[i] = product % total;
        leftover -= parts.at(i);
    }
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&remainders](qsizetype a, qsizetype b) {
        return remainders.at(a) > remainders.at(b);
    });
    Q_ASSERT(leftover >= 0 && leftover < qMax(qsizetype(1), weights.size()));
    for (qsizetype i = 0; i < leftover; ++i)
        ++parts[order.at(i)];
    return parts;
}

Error overflow(const QString &what)
{
    return makeError(ErrorCode::AmountOverflow, what + QStringLiteral(": does not fit in 64 bits"));
}

// The lines' taxes when each band is rounded once and shared among its lines.
Result<QList<qint64>> perInvoiceTaxes(const QList<qint64> &amounts,
                                      const QMap<qint64, QList<qsizetype>> &linesByRate,
                                      TaxMode mode)
{
    QList<qint64> taxes(amounts.size(), 0);
    for (auto band = linesByRate.cbegin(); band != linesByRate.cend(); ++band) {
        const QString name = QStringLiteral("tax band %1 %").arg(percentText(band.key()));
        QList<qint64> weights;
        qint64 sum = 0;
        for (qsizetype index : band.value()) {
            weights.append(amounts.at(index));
            if (qAddOverflow(sum, amounts.at(index), &sum))
                return overflow(name);
        }
        qint64 bandTax = 0;
        if (!roundedTax(sum, band.key(), mode, &bandTax))
            return overflow(name);
        const QList<qint64> shares = shareByLargestRemainder(bandTax, weights);
        for (qsizetype i = 0; i < shares.size(); ++i)
            taxes[band.value().at(i)] = shares.at(i);
    }
    return taxes;
}

Result<QList<qint64>> perLineTaxes(const QList<qint64> &amounts, const QList<LineInput> &lines,
                                   TaxMode mode)
{
    QList<qint64> taxes(amounts.size(), 0);
    for (qsizetype i = 0; i < amounts.size(); ++i) {
        if (!roundedTax(amounts.at(i), lines.at(i).taxRate, mode, &taxes[i]))
            return lineError(i, ErrorCode::AmountOverflow,
                             QStringLiteral("tax: does not fit in 64 bits"));
    }
    return taxes;
}

// Adds the lines up into bands and totals, every sum checked.
Result<InvoiceAmounts> sumUp(QList<LineAmounts> lines,
                             const QMap<qint64, QList<qsizetype>> &linesByRate)
{
    InvoiceAmounts invoice;
    for (auto band = linesByRate.cbegin(); band != linesByRate.cend(); ++band) {
        TaxBand sum {band.key(), 0, 0};
        for (qsizetype index : band.value()) {
            if (qAddOverflow(sum.base, lines.at(index).net, &sum.base)
                || qAddOverflow(sum.tax, lines.at(index).tax, &sum.tax))
                return overflow(QStringLiteral("tax band %1 %").arg(percentText(band.key())));
        }
        if (qAddOverflow(invoice.subtotal, sum.base, &invoice.subtotal)
            || qAddOverflow(invoice.tax, sum.tax, &invoice.tax))
            return overflow(QStringLiteral("invoice: subtotal or tax"));
        invoice.bands.append(sum);
    }
    if (qAddOverflow(invoice.subtotal, invoice.tax, &invoice.total))
        return overflow(QStringLiteral("invoice: total"));
    invoice.lines = std::move(lines);
    return invoice;
}

} // namespace

QString toCode(TaxMode mode)
{
    return mode == TaxMode::Inclusive ? QStringLiteral("inclusive") : QStringLiteral("exclusive");
}

QString toCode(TaxRounding rounding)
{
    return rounding == TaxRounding::PerInvoice ? QStringLiteral("per_invoice")
                                               : QStringLiteral("per_line");
}

std::optional<TaxMode> taxModeFromText(const QString &text)
{
    for (TaxMode mode : {TaxMode::Exclusive, TaxMode::Inclusive}) {
        if (toCode(mode) == text)
            return mode;
    }
    return std::nullopt;
}

std::optional<TaxRounding> taxRoundingFromText(const QString &text)
{
    for (TaxRounding rounding : {TaxRounding::PerLine, TaxRounding::PerInvoice}) {
        if (toCode(rounding) == text)
            return rounding;
    }
    return std::nullopt;
}

Result<qint64> parseQuantity(const QString &rawText, const QString &field)
{
    const QString text = rawText.trimmed();
    const auto invalid = [&](const QString &rule) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: '%2' %3").arg(field, rawText, rule));
    };
    if (text.isEmpty())
        return invalid(QStringLiteral("is empty; a quantity such as 2.5 is needed"));
    if (text.startsWith(u'-'))
        return invalid(QStringLiteral("must be above zero"));
    const auto number = splitDecimal(text);
    if (!number)
        return invalid(QStringLiteral("is not a quantity such as 3 or 2.5"));
    if (number->fraction.size() > 6)
        return invalid(QStringLiteral("has more than six decimals"));
    const auto millionths = scaledValue(*number, 6);
    if (!millionths || *millionths > maxQuantityUnits * quantityScale)
        return invalid(QStringLiteral("is above 1000000000"));
    if (*millionths == 0)
        return invalid(QStringLiteral("must be above zero"));
    return *millionths;
}

Result<qint64> parseRate(const QString &rawText, const QString &field, int maxPercent)
{
    Q_ASSERT(maxPercent >= 0);
    const QString text = rawText.trimmed();
    const auto invalid = [&](const QString &rule) {
        return makeError(ErrorCode::InvalidRate,
                         QStringLiteral("%1: '%2' %3").arg(field, rawText, rule));
    };
    if (text.isEmpty())
        return invalid(QStringLiteral("is empty; a percentage such as 8.25 is needed"));
    if (text.startsWith(u'-'))
        return invalid(QStringLiteral("must not be negative"));
    const auto number = splitDecimal(text);
    if (!number)
        return invalid(QStringLiteral("is not a percentage such as 10 or 8.25"));
    if (number->fraction.size() > 4)
        return invalid(QStringLiteral("has more than four decimals"));
    // Four decimals of a percent are exactly parts per million.
    const auto partsPerMillion = scaledValue(*number, 4);
    if (!partsPerMillion || *partsPerMillion > qint64(maxPercent) * partsPerPercent)
        return invalid(QStringLiteral("is above %1 %").arg(maxPercent));
    return *partsPerMillion;
}

QString quantityText(qint64 millionths)
{
    return scaledText(millionths, 6, quantityScale);
}

// percentText(qint64) is declared in payees/fees.h too and defined once, in
// payees/fees.cpp: fee rates and tax rates print alike.

Result<InvoiceAmounts> computeInvoiceAmounts(const QList<LineInput> &lines, TaxMode mode,
                                             TaxRounding rounding)
{
    QList<qint64> amounts;
    QMap<qint64, QList<qsizetype>> linesByRate; // ascending by rate
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (const auto error = validateLine(lines.at(i), i))
            return *error;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto amount = lineAmount(lines.at(i), i);
        if (!amount)
            return amount.error();
        amounts.append(*amount);
        linesByRate[lines.at(i).taxRate].append(i);
    }
    const auto taxes = rounding == TaxRounding::PerLine
        ? perLineTaxes(amounts, lines, mode)
        : perInvoiceTaxes(amounts, linesByRate, mode);
    if (!taxes)
        return taxes.error();

    QList<LineAmounts> result;
    for (qsizetype i = 0; i < amounts.size(); ++i) {
        const qint64 amount = amounts.at(i);
        const qint64 tax = taxes->at(i);
        LineAmounts line {amount, tax, amount};
        if (mode == TaxMode::Inclusive)
            line.net = amount - tax; // 0 <= tax <= gross: no overflow
        else if (qAddOverflow(amount, tax, &line.gross))
            return lineError(i, ErrorCode::AmountOverflow,
                             QStringLiteral("gross: does not fit in 64 bits"));
        result.append(line);
    }
    return sumUp(std::move(result), linesByRate);
}

} // namespace coffer
