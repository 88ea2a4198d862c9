// The arithmetic of invoice lines and totals against golden tables. Every expected
// figure is worked out by hand in the comment above its row (never by calling the code
// under test); "->" marks the one half-up rounding of an amount. Prices are parsed with
// Money::parse in the row's currency, so "1.235" is 1'235 fils in BHD and "199999" is
// 199'999 dong in VND: the arithmetic itself only sees minor units.
#include "invoices/invoicemath.h"

#include <QTest>

#include <limits>

using namespace coffer;

namespace {

// "2.5 x 3.99 -12.5% @10": quantity, unit price in `currency`, an optional discount,
// and the tax rate, all parsed from text as a user would type them.
LineInput parseLine(const QString &spec, const Currency &currency)
{
    const QStringList parts = spec.split(u' ', Qt::SkipEmptyParts);
    Q_ASSERT(parts.size() == 4 || parts.size() == 5);
    Q_ASSERT(parts.at(1) == QStringLiteral("x") && parts.last().startsWith(u'@'));
    LineInput line;
    line.quantity = parseQuantity(parts.at(0)).value();
    const auto price = Money::parse(parts.at(2), currency);
    Q_ASSERT(price.ok());
    line.unitPrice = price->minorUnits();
    if (parts.size() == 5) {
        Q_ASSERT(parts.at(3).startsWith(u'-') && parts.at(3).endsWith(u'%'));
        line.discount
            = parseRate(parts.at(3).mid(1).chopped(1), QStringLiteral("discount")).value();
    }
    line.taxRate = parseRate(parts.last().mid(1), QStringLiteral("tax rate")).value();
    return line;
}

QString amountText(qint64 minorUnits, const Currency &currency)
{
    return Money(minorUnits, currency).toDecimalString();
}

QString lineText(const LineAmounts &line, const Currency &currency)
{
    return QStringList {amountText(line.net, currency), amountText(line.tax, currency),
                        amountText(line.gross, currency)}
        .join(u' ');
}

QString bandText(const TaxBand &band, const Currency &currency)
{
    return QStringList {percentText(band.rate), amountText(band.base, currency),
                        amountText(band.tax, currency)}
        .join(u' ');
}

LineInput makeLine(qint64 quantity, qint64 unitPrice, qint64 discount, qint64 taxRate)
{
    return LineInput {quantity, unitPrice, discount, taxRate};
}

constexpr qint64 maxInt64 = std::numeric_limits<qint64>::max();

} // namespace

Q_DECLARE_METATYPE(QList<LineInput>)
Q_DECLARE_METATYPE(ErrorCode)

class TestInvoiceMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes();
    void goldenInvoices_data();
    void goldenInvoices();
    void refusals_data();
    void refusals();
    void quantities_data();
    void quantities();
    void percentages_data();
    void percentages();
    void badText_data();
    void badText();
};

void TestInvoiceMath::codes()
{
    QCOMPARE(toCode(TaxMode::Exclusive), QStringLiteral("exclusive"));
    QCOMPARE(toCode(TaxMode::Inclusive), QStringLiteral("inclusive"));
    QCOMPARE(toCode(TaxRounding::PerLine), QStringLiteral("per_line"));
    QCOMPARE(toCode(TaxRounding::PerInvoice), QStringLiteral("per_invoice"));
    QCOMPARE(taxModeFromText(QStringLiteral("inclusive")), TaxMode::Inclusive);
    QCOMPARE(taxModeFromText(QStringLiteral("exclusive")), TaxMode::Exclusive);
    QCOMPARE(taxRoundingFromText(QStringLiteral("per_line")), TaxRounding::PerLine);
    QCOMPARE(taxRoundingFromText(QStringLiteral("per_invoice")), TaxRounding::PerInvoice);
    QVERIFY(!taxModeFromText(QStringLiteral("Inclusive")));
    QVERIFY(!taxModeFromText(QString()));
    QVERIFY(!taxRoundingFromText(QStringLiteral("per-line")));
}

void TestInvoiceMath::goldenInvoices_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("rounding");
    QTest::addColumn<QStringList>("lines"); // "quantity x price [-discount%] @rate"
    QTest::addColumn<QStringList>("lineAmounts"); // "net tax gross", in the order given
    QTest::addColumn<QStringList>("bands"); // "rate base tax", by rate
    QTest::addColumn<QString>("totals"); // "subtotal tax total"

    // 3 × 19.99 = 59.97; tax 10 % = 5.997 -> 6.00; gross 65.97
    // 1 × 0.05 = 0.05; tax 0.005 -> 0.01 (a tie goes up); gross 0.06 (twice)
    // band 10: base 59.97 + 0.05 + 0.05 = 60.07; tax 6.00 + 0.01 + 0.01 = 6.02
    QTest::newRow("USD exclusive per line")
        << "USD"
        << "exclusive"
        << "per_line" << QStringList {"3 x 19.99 @10", "1 x 0.05 @10", "1 x 0.05 @10"}
        << QStringList {"59.97 6.00 65.97", "0.05 0.01 0.06", "0.05 0.01 0.06"}
        << QStringList {"10 60.07 6.02"} << "60.07 6.02 66.09";
    // The same lines, one rounding for the band: 60.07 × 10 % = 6.007 -> 6.01, one cent
    // less than per line. Shared 601 cents by nets 5997 : 5 : 5 (of 6007):
    //   601 × 5997 / 6007 = 599 rem 6004;  601 × 5 / 6007 = 0 rem 3005 (twice)
    //   599 + 0 + 0 = 599, 2 left: line 1 (6004), then line 2 (3005, earlier of a tie)
    QTest::newRow("USD exclusive per invoice")
        << "USD"
        << "exclusive"
        << "per_invoice" << QStringList {"3 x 19.99 @10", "1 x 0.05 @10", "1 x 0.05 @10"}
        << QStringList {"59.97 6.00 65.97", "0.05 0.01 0.06", "0.05 0.00 0.05"}
        << QStringList {"10 60.07 6.01"} << "60.07 6.01 66.08";

    // Inclusive, tax = gross × 10 / 110 = gross / 11:
    // 2 × 1.05 = 2.10; 210 / 11 = 19.09 -> 0.19; net 1.91
    // 1 × 1.05 = 1.05; 105 / 11 = 9.545 -> 0.10; net 0.95 (twice)
    // band: base 1.91 + 0.95 + 0.95 = 3.81; tax 0.19 + 0.10 + 0.10 = 0.39
    QTest::newRow("USD inclusive per line")
        << "USD"
        << "inclusive"
        << "per_line" << QStringList {"2 x 1.05 @10", "1 x 1.05 @10", "1 x 1.05 @10"}
        << QStringList {"1.91 0.19 2.10", "0.95 0.10 1.05", "0.95 0.10 1.05"}
        << QStringList {"10 3.81 0.39"} << "3.81 0.39 4.20";
    // Band: 420 / 11 = 38.18 -> 0.38, one cent less. Shared by gross 210 : 105 : 105:
    //   38 × 210 / 420 = 19 rem 0;  38 × 105 / 420 = 9 rem 210 (twice)
    //   19 + 9 + 9 = 37, 1 left: line 2 (210, earlier than line 3)
    // nets 2.10 − 0.19 = 1.91, 1.05 − 0.10 = 0.95, 1.05 − 0.09 = 0.96; base 3.82
    QTest::newRow("USD inclusive per invoice")
        << "USD"
        << "inclusive"
        << "per_invoice" << QStringList {"2 x 1.05 @10", "1 x 1.05 @10", "1 x 1.05 @10"}
        << QStringList {"1.91 0.19 2.10", "0.95 0.10 1.05", "0.96 0.09 1.05"}
        << QStringList {"10 3.82 0.38"} << "3.82 0.38 4.20";

    // Rates given out of order; bands come out by rate, 0 % included.
    // 1 × 100.00 @10 = 100.00; 2 × 12.50 @0 = 25.00; 1 × 19.99 @8.25 = 19.99;
    // 4 × 2.49 @5 = 9.96; 1 × 5.01 @8.25 = 5.01
    // band 0: 25.00 × 0 = 0.00
    // band 5: 9.96 × 5 % = 0.498 -> 0.50
    // band 8.25: 19.99 + 5.01 = 25.00 × 8.25 % = 2.0625 -> 2.06, by 1999 : 501 (of 2500):
    //   206 × 1999 / 2500 = 164 rem 1794;  206 × 501 / 2500 = 41 rem 706; 1 left: line 3
    // band 10: 100.00 × 10 % = 10.00
    // subtotal 100 + 25 + 19.99 + 9.96 + 5.01 = 159.96; tax 0.50 + 2.06 + 10.00 = 12.56
    // (per line gives the same: 1.649175 -> 1.65 and 0.413325 -> 0.41)
    QTest::newRow("USD several rates per invoice")
        << "USD"
        << "exclusive"
        << "per_invoice"
        << QStringList {"1 x 100.00 @10", "2 x 12.50 @0", "1 x 19.99 @8.25", "4 x 2.49 @5",
                        "1 x 5.01 @8.25"}
        << QStringList {"100.00 10.00 110.00", "25.00 0.00 25.00", "19.99 1.65 21.64",
                        "9.96 0.50 10.46", "5.01 0.41 5.42"}
        << QStringList {"0 25.00 0.00", "5 9.96 0.50", "8.25 25.00 2.06", "10 100.00 10.00"}
        << "159.96 12.56 172.52";

    // 1 × 80.00 − 10 % = 72.00; tax 7.20
    // 3 × 3.33 = 9.99 − 12.5 % = 8.74125 -> 8.74; tax 0.874 -> 0.87
    // 2 × 50.00 − 100 % = 0.00; tax 0.00 (a zero line takes no share)
    // band: 80.74 × 10 % = 8.074 -> 8.07, by 7200 : 874 : 0 (of 8074):
    //   807 × 7200 / 8074 = 719 rem 5194;  807 × 874 / 8074 = 87 rem 2880;  0 rem 0
    //   719 + 87 = 806, 1 left: line 1.  (Per line: 7.20 + 0.87 = 8.07, the same.)
    QTest::newRow("USD discounts per invoice")
        << "USD"
        << "exclusive"
        << "per_invoice"
        << QStringList {"1 x 80.00 -10% @10", "3 x 3.33 -12.5% @10", "2 x 50.00 -100% @10"}
        << QStringList {"72.00 7.20 79.20", "8.74 0.87 9.61", "0.00 0.00 0.00"}
        << QStringList {"10 80.74 8.07"} << "80.74 8.07 88.81";

    // 2.5 × 3.99 = 9.975 -> 9.98 (a tie on the line amount goes up); tax 0.998 -> 1.00
    // 0.333333 × 30.00 = 9.99999 -> 10.00; tax 1.00
    // 1.125 × 8.00 = 9.00; tax 0.90
    // band: 9.98 + 10.00 + 9.00 = 28.98; tax 1.00 + 1.00 + 0.90 = 2.90
    QTest::newRow("USD fractional quantities per line")
        << "USD"
        << "exclusive"
        << "per_line" << QStringList {"2.5 x 3.99 @10", "0.333333 x 30.00 @10", "1.125 x 8.00 @10"}
        << QStringList {"9.98 1.00 10.98", "10.00 1.00 11.00", "9.00 0.90 9.90"}
        << QStringList {"10 28.98 2.90"} << "28.98 2.90 31.88";

    // Half-up ties: 0.50 × 5 % = 0.025 -> 0.03; 0.01 − 50 % = 0.005 -> 0.01
    QTest::newRow("USD ties exclusive per line")
        << "USD"
        << "exclusive"
        << "per_line" << QStringList {"1 x 0.50 @5", "1 x 0.01 -50% @0"}
        << QStringList {"0.50 0.03 0.53", "0.01 0.00 0.01"}
        << QStringList {"0 0.01 0.00", "5 0.50 0.03"} << "0.51 0.03 0.54";
    // At 20 % inclusive, tax = gross × 20 / 120 = gross / 6:
    // 9.03: 903 / 6 = 150.5 -> 1.51 (tie up); net 7.52
    // 3 × 0.01 = 0.03: 3 / 6 = 0.5 -> 0.01 (tie up); net 0.02
    QTest::newRow("USD ties inclusive per line")
        << "USD"
        << "inclusive"
        << "per_line" << QStringList {"1 x 9.03 @20", "3 x 0.01 @20"}
        << QStringList {"7.52 1.51 9.03", "0.02 0.01 0.03"} << QStringList {"20 7.54 1.52"}
        << "7.54 1.52 9.06";
    // Band: 906 / 6 = 151 exactly, by 903 : 3 (of 906):
    //   151 × 903 / 906 = 150 rem 453;  151 × 3 / 906 = 0 rem 453
    //   1 left, remainders tie: the earlier line (1) takes it. Nets 7.52 and 0.03.
    QTest::newRow("USD ties inclusive per invoice")
        << "USD"
        << "inclusive"
        << "per_invoice" << QStringList {"1 x 9.03 @20", "3 x 0.01 @20"}
        << QStringList {"7.52 1.51 9.03", "0.03 0.00 0.03"} << QStringList {"20 7.55 1.51"}
        << "7.55 1.51 9.06";

    // VND has no decimals: amounts are whole dong.
    // 199,999 × 8 % = 15,999.92 -> 16,000
    // 3 × 199,999 = 599,997 × 8 % = 47,999.76 -> 48,000
    // 12,345 × 8 % = 987.6 -> 988
    // base 199,999 + 599,997 + 12,345 = 812,341; tax 16,000 + 48,000 + 988 = 64,988
    QTest::newRow("VND exclusive per line")
        << "VND"
        << "exclusive"
        << "per_line" << QStringList {"1 x 199999 @8", "3 x 199999 @8", "1 x 12345 @8"}
        << QStringList {"199999 16000 215999", "599997 48000 647997", "12345 988 13333"}
        << QStringList {"8 812341 64988"} << "812341 64988 877329";
    // Band: 812,341 × 8 % = 64,987.28 -> 64,987, one dong less. By 199,999 : 599,997 :
    // 12,345 (of 812,341):
    //   64,987 × 199,999 = 12,997,335,013 = 15,999 × 812,341 + 691,354
    //   64,987 × 599,997 = 38,992,005,039 = 47,999 × 812,341 + 449,380
    //   64,987 × 12,345 = 802,264,515 = 987 × 812,341 + 483,948
    //   15,999 + 47,999 + 987 = 64,985, 2 left: line 1 (691,354), line 3 (483,948)
    QTest::newRow("VND exclusive per invoice")
        << "VND"
        << "exclusive"
        << "per_invoice" << QStringList {"1 x 199999 @8", "3 x 199999 @8", "1 x 12345 @8"}
        << QStringList {"199999 16000 215999", "599997 47999 647996", "12345 988 13333"}
        << QStringList {"8 812341 64987"} << "812341 64987 877328";
    // 108,000 @8: 108,000 × 8 / 108 = 8,000; net 100,000
    // 55,555 @10: 55,555 / 11 = 5,050.45 -> 5,050; net 50,505
    // 20,000 @0: tax 0
    QTest::newRow("VND inclusive per line, several rates")
        << "VND"
        << "inclusive"
        << "per_line" << QStringList {"1 x 108000 @8", "1 x 55555 @10", "1 x 20000 @0"}
        << QStringList {"100000 8000 108000", "50505 5050 55555", "20000 0 20000"}
        << QStringList {"0 20000 0", "8 100000 8000", "10 50505 5050"} << "170505 13050 183555";

    // BHD has three decimals: 1.235 BHD is 1,235 fils. Inclusive at 10 %, tax = gross / 11:
    // 1 × 1.235 = 1,235 fils
    // 2 × 0.999 = 1.998 − 12.5 % = 1.74825 -> 1.748
    // 0.5 × 0.011 = 0.0055 -> 0.006 (tie up)
    // band: 1,235 + 1,748 + 6 = 2,989 / 11 = 271.7 -> 0.272, by 1235 : 1748 : 6 (of 2989):
    //   272 × 1235 / 2989 = 112 rem 1152;  272 × 1748 / 2989 = 159 rem 205;
    //   272 × 6 / 2989 = 0 rem 1632;  271, 1 left: line 3 (1632)
    // nets 1.235 − 0.112 = 1.123, 1.748 − 0.159 = 1.589, 0.006 − 0.001 = 0.005
    // (per line: 112.27 -> 112, 158.9 -> 159, 0.55 -> 1: the same)
    QTest::newRow("BHD inclusive per invoice")
        << "BHD"
        << "inclusive"
        << "per_invoice" << QStringList {"1 x 1.235 @10", "2 x 0.999 -12.5% @10", "0.5 x 0.011 @10"}
        << QStringList {"1.123 0.112 1.235", "1.589 0.159 1.748", "0.005 0.001 0.006"}
        << QStringList {"10 2.717 0.272"} << "2.717 0.272 2.989";
    // Exclusive at 5 %: 1.235 × 5 % = 0.06175 -> 0.062; 0.5 × 0.011 = 0.0055 -> 0.006,
    // × 5 % = 0.0003 -> 0.000
    QTest::newRow("BHD exclusive per line")
        << "BHD"
        << "exclusive"
        << "per_line" << QStringList {"1 x 1.235 @5", "0.5 x 0.011 @5"}
        << QStringList {"1.235 0.062 1.297", "0.006 0.000 0.006"} << QStringList {"5 1.241 0.062"}
        << "1.241 0.062 1.303";

    QTest::newRow("no lines") << "USD"
                              << "exclusive"
                              << "per_invoice" << QStringList {} << QStringList {} << QStringList {}
                              << "0.00 0.00 0.00";
}

void TestInvoiceMath::goldenInvoices()
{
    QFETCH(QString, currency);
    QFETCH(QString, mode);
    QFETCH(QString, rounding);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, lineAmounts);
    QFETCH(QStringList, bands);
    QFETCH(QString, totals);

    const Currency unit = Currency::fromCode(currency).value();
    QList<LineInput> inputs;
    for (const QString &spec : lines)
        inputs.append(parseLine(spec, unit));
    const auto result
        = computeInvoiceAmounts(inputs, *taxModeFromText(mode), *taxRoundingFromText(rounding));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));

    QStringList gotLines;
    for (const LineAmounts &line : result->lines)
        gotLines.append(lineText(line, unit));
    QCOMPARE(gotLines, lineAmounts);
    QStringList gotBands;
    for (const TaxBand &band : result->bands)
        gotBands.append(bandText(band, unit));
    QCOMPARE(gotBands, bands);
    QCOMPARE(QStringList({amountText(result->subtotal, unit), amountText(result->tax, unit),
                          amountText(result->total, unit)})
                 .join(u' '),
             totals);

    // The invariants, on every row.
    QCOMPARE(result->subtotal + result->tax, result->total);
    qint64 lineNets = 0, lineTaxes = 0, lineGross = 0, bandBases = 0, bandTaxes = 0;
    for (const LineAmounts &line : result->lines) {
        QCOMPARE(line.net + line.tax, line.gross);
        QVERIFY(line.tax >= 0 && line.net >= 0);
        lineNets += line.net;
        lineTaxes += line.tax;
        lineGross += line.gross;
    }
    for (qsizetype i = 0; i < result->bands.size(); ++i) {
        const TaxBand &band = result->bands.at(i);
        QVERIFY(i == 0 || result->bands.at(i - 1).rate < band.rate);
        qint64 base = 0, tax = 0;
        for (qsizetype j = 0; j < inputs.size(); ++j) {
            if (inputs.at(j).taxRate == band.rate) {
                base += result->lines.at(j).net;
                tax += result->lines.at(j).tax;
            }
        }
        QCOMPARE(band.base, base);
        QCOMPARE(band.tax, tax);
        bandBases += band.base;
        bandTaxes += band.tax;
    }
    QCOMPARE(lineTaxes, bandTaxes);
    QCOMPARE(lineTaxes, result->tax);
    QCOMPARE(lineNets, result->subtotal);
    QCOMPARE(bandBases, result->subtotal);
    QCOMPARE(lineGross, result->total);
}

void TestInvoiceMath::refusals_data()
{
    QTest::addColumn<QList<LineInput>>("lines");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("detail");

    const LineInput good = makeLine(1'000'000, 100, 0, 100'000); // 1 × 1.00 @10
    QTest::newRow("quantity zero")
        << QList<LineInput> {good, makeLine(0, 100, 0, 0)} << ErrorCode::InvalidArgument
        << "line 2: quantity: must be above zero";
    QTest::newRow("quantity negative")
        << QList<LineInput> {makeLine(-1, 100, 0, 0)} << ErrorCode::InvalidArgument
        << "line 1: quantity: must be above zero";
    QTest::newRow("negative price")
        << QList<LineInput> {makeLine(1'000'000, -1, 0, 0), good} << ErrorCode::InvalidArgument
        << "line 1: unit price: must not be negative";
    QTest::newRow("discount 101 %")
        << QList<LineInput> {good, good, makeLine(1'000'000, 100, 1'010'000, 0)}
        << ErrorCode::InvalidArgument << "line 3: discount: must be between 0 and 100 %";
    QTest::newRow("negative discount")
        << QList<LineInput> {makeLine(1'000'000, 100, -1, 0)} << ErrorCode::InvalidArgument
        << "line 1: discount: must be between 0 and 100 %";
    QTest::newRow("negative rate")
        << QList<LineInput> {makeLine(1'000'000, 100, 0, -1)} << ErrorCode::InvalidArgument
        << "line 1: tax rate: must not be negative";
    // A bad line is reported even when an earlier line would overflow: validate first.
    QTest::newRow("validation before arithmetic")
        << QList<LineInput> {makeLine(maxInt64, maxInt64, 0, 0), makeLine(0, 1, 0, 0)}
        << ErrorCode::InvalidArgument << "line 2: quantity: must be above zero";
    // 1,000,000,000 units × 1,000,000,000,000 minor units = 10^21 > 2^63 ≈ 9.22 × 10^18
    QTest::newRow("huge quantity × huge price")
        << QList<LineInput> {good, makeLine(1'000'000'000'000'000, 1'000'000'000'000, 0, 0)}
        << ErrorCode::AmountOverflow
        << "line 2: amount: quantity × unit price does not fit in 64 bits";
    // (2^63 − 1)² × 10^6 does not even fit in 128 bits: refused, not wrapped.
    QTest::newRow("extreme quantity × price")
        << QList<LineInput> {makeLine(maxInt64, maxInt64, 0, 0)} << ErrorCode::AmountOverflow
        << "line 1: amount: quantity × unit price does not fit in 64 bits";
    // 2 × 5 × 10^18 = 10^19 > 2^63: each line fits, their sum does not.
    QTest::newRow("subtotal overflow")
        << QList<LineInput> {makeLine(1'000'000, 5'000'000'000'000'000'000, 0, 0),
                             makeLine(1'000'000, 5'000'000'000'000'000'000, 0, 0)}
        << ErrorCode::AmountOverflow << "tax band 0 %: does not fit in 64 bits";
    // 9 × 10^18 × 200 % = 1.8 × 10^19 > 2^63
    QTest::newRow("tax overflow") << QList<LineInput> {makeLine(
        1'000'000, 9'000'000'000'000'000'000, 0, 2'000'000)}
                                  << ErrorCode::AmountOverflow
                                  << "line 1: tax: does not fit in 64 bits";
}

void TestInvoiceMath::refusals()
{
    QFETCH(QList<LineInput>, lines);
    QFETCH(ErrorCode, code);
    QFETCH(QString, detail);
    // Per line, so that the tax overflow is met on the line it belongs to.
    const auto result = computeInvoiceAmounts(lines, TaxMode::Exclusive, TaxRounding::PerLine);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().detail, detail);
    // Rounded per invoice, the same input is refused too.
    const auto other = computeInvoiceAmounts(lines, TaxMode::Exclusive, TaxRounding::PerInvoice);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, code);
}

void TestInvoiceMath::quantities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("millionths");
    QTest::addColumn<QString>("printed");
    QTest::newRow("whole") << "3" << qint64(3'000'000) << "3";
    QTest::newRow("half") << "2.5" << qint64(2'500'000) << "2.5";
    QTest::newRow("eighth") << "0.125" << qint64(125'000) << "0.125";
    QTest::newRow("six decimals") << "0.333333" << qint64(333'333) << "0.333333";
    QTest::newRow("smallest") << "0.000001" << qint64(1) << "0.000001";
    QTest::newRow("trailing zeros") << "1.1250" << qint64(1'125'000) << "1.125";
    QTest::newRow("leading zeros") << "007" << qint64(7'000'000) << "7";
    QTest::newRow("surrounding space") << " 2.5 " << qint64(2'500'000) << "2.5";
    QTest::newRow("largest") << "1000000000" << qint64(1'000'000'000'000'000) << "1000000000";
}

void TestInvoiceMath::quantities()
{
    QFETCH(QString, text);
    QFETCH(qint64, millionths);
    QFETCH(QString, printed);
    const auto parsed = parseQuantity(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(*parsed, millionths);
    QCOMPARE(quantityText(millionths), printed);
}

void TestInvoiceMath::percentages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxPercent");
    QTest::addColumn<qint64>("partsPerMillion");
    QTest::addColumn<QString>("printed");
    QTest::newRow("zero") << "0" << 100 << qint64(0) << "0";
    QTest::newRow("ten") << "10" << 100 << qint64(100'000) << "10";
    QTest::newRow("8.25") << "8.25" << 100 << qint64(82'500) << "8.25";
    QTest::newRow("12.5") << "12.50" << 100 << qint64(125'000) << "12.5";
    QTest::newRow("four decimals") << "0.0001" << 100 << qint64(1) << "0.0001";
    QTest::newRow("hundred") << "100" << 100 << qint64(1'000'000) << "100";
    QTest::newRow("above 100 when allowed") << "150" << 200 << qint64(1'500'000) << "150";
}

void TestInvoiceMath::percentages()
{
    QFETCH(QString, text);
    QFETCH(int, maxPercent);
    QFETCH(qint64, partsPerMillion);
    QFETCH(QString, printed);
    const auto parsed = parseRate(text, QStringLiteral("tax rate"), maxPercent);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(*parsed, partsPerMillion);
    QCOMPARE(percentText(partsPerMillion), printed);
}

void TestInvoiceMath::badText_data()
{
    QTest::addColumn<bool>("isPercent");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("detail");
    const auto quantity = [](const char *name, const char *text, const char *rule) {
        QTest::newRow(name) << false << text << QStringLiteral("qty: '%1' %2").arg(text, rule);
    };
    const auto percent = [](const char *name, const char *text, const char *rule) {
        QTest::newRow(name) << true << text << QStringLiteral("rate: '%1' %2").arg(text, rule);
    };
    const char *notQuantity = "is not a quantity such as 3 or 2.5";
    quantity("q empty", "", "is empty; a quantity such as 2.5 is needed");
    quantity("q blank", "  ", "is empty; a quantity such as 2.5 is needed");
    quantity("q negative", "-1", "must be above zero");
    quantity("q zero", "0", "must be above zero");
    quantity("q zero decimals", "0.000000", "must be above zero");
    quantity("q sign", "+1", notQuantity);
    quantity("q exponent", "1e3", notQuantity);
    quantity("q letters", "abc", notQuantity);
    quantity("q space inside", "1 000", notQuantity);
    quantity("q comma", "2,5", notQuantity);
    quantity("q no digit after point", "1.", notQuantity);
    quantity("q no digit before point", ".5", notQuantity);
    quantity("q two points", "1.2.3", notQuantity);
    quantity("q seven decimals", "1.1234567", "has more than six decimals");
    quantity("q above limit", "1000000000.000001", "is above 1000000000");
    quantity("q far above limit", "99999999999999999999999", "is above 1000000000");
    const char *notPercent = "is not a percentage such as 10 or 8.25";
    percent("p empty", "", "is empty; a percentage such as 8.25 is needed");
    percent("p negative", "-1", "must not be negative");
    percent("p exponent", "1e3", notPercent);
    percent("p letters", "abc", notPercent);
    percent("p percent sign", "10%", notPercent);
    percent("p no digit before point", ".5", notPercent);
    percent("p five decimals", "8.12345", "has more than four decimals");
    percent("p above 100", "101", "is above 100 %");
    percent("p just above 100", "100.0001", "is above 100 %");
}

void TestInvoiceMath::badText()
{
    QFETCH(bool, isPercent);
    QFETCH(QString, text);
    QFETCH(QString, detail);
    const auto parsed = isPercent ? parseRate(text, QStringLiteral("rate"))
                                  : parseQuantity(text, QStringLiteral("qty"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, isPercent ? ErrorCode::InvalidRate : ErrorCode::InvalidArgument);
    QCOMPARE(parsed.error().detail, detail);
}

QTEST_GUILESS_MAIN(TestInvoiceMath)
#include "tst_invoicemath.moc"
