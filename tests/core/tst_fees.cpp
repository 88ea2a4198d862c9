// Platform fees taken before a payee is credited: the share rounded half-up to the
// currency's minor unit, a fixed part, and the refusals. Expected figures are worked
// out by hand in the comments.
#include "payees/fees.h"

#include <QTest>

using namespace coffer;

namespace {

Money money(const QString &amount, const QString &code)
{
    return Money::parse(amount, Currency::fromCode(code).value(), QLocale::c()).value();
}

} // namespace

class TestFees : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shareIsRoundedHalfUpPerCurrency_data();
    void shareIsRoundedHalfUpPerCurrency();
    void fixedPartIsAdded();
    void refusals();
    void percentagesParseAndPrint_data();
    void percentagesParseAndPrint();
    void instantPayoutFee_data();
    void instantPayoutFee();
};

void TestFees::shareIsRoundedHalfUpPerCurrency_data()
{
    QTest::addColumn<QString>("gross");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<QString>("fee");
    QTest::addColumn<QString>("net");
    // 10.00 × 2.9% = 0.29
    QTest::newRow("USD exact") << "10.00"
                               << "USD"
                               << "2.9"
                               << "0.29"
                               << "9.71";
    // 10.50 × 2.9% = 0.3045 -> 0.30
    QTest::newRow("USD down") << "10.50"
                              << "USD"
                              << "2.9"
                              << "0.30"
                              << "10.20";
    // 0.50 × 5% = 0.025 -> 0.03 (a tie goes up)
    QTest::newRow("USD tie") << "0.50"
                             << "USD"
                             << "5"
                             << "0.03"
                             << "0.47";
    // 125,000 VND × 1.5% = 1,875
    QTest::newRow("VND") << "125000"
                         << "VND"
                         << "1.5"
                         << "1875"
                         << "123125";
    // 333 VND × 1.5% = 4.995 -> 5
    QTest::newRow("VND rounds to dong") << "333"
                                        << "VND"
                                        << "1.5"
                                        << "5"
                                        << "328";
    // 1.005 BHD × 2.9075% = 0.029220375 -> 0.029
    QTest::newRow("BHD four decimals of percent") << "1.005"
                                                  << "BHD"
                                                  << "2.9075"
                                                  << "0.029"
                                                  << "0.976";
    QTest::newRow("no fee") << "7.77"
                            << "EUR"
                            << "0"
                            << "0.00"
                            << "7.77";
}

void TestFees::shareIsRoundedHalfUpPerCurrency()
{
    QFETCH(QString, gross);
    QFETCH(QString, currency);
    QFETCH(QString, percent);
    QFETCH(QString, fee);
    QFETCH(QString, net);
    FeeRule rule;
    rule.partsPerMillion = parsePercent(QStringLiteral("--percent"), percent).value();
    const FeeSplit split = splitFee(money(gross, currency), rule).value();
    QCOMPARE(split.fee.toDecimalString(), fee);
    QCOMPARE(split.net.toDecimalString(), net);
    QCOMPARE(split.fee.minorUnits() + split.net.minorUnits(), split.gross.minorUnits());
}

void TestFees::fixedPartIsAdded()
{
    FeeRule rule;
    rule.partsPerMillion = 29'000; // 2.9%
    rule.fixed = money(QStringLiteral("0.30"), QStringLiteral("USD"));
    // 20.00 × 2.9% = 0.58, + 0.30 = 0.88
    const FeeSplit split
        = splitFee(money(QStringLiteral("20.00"), QStringLiteral("USD")), rule).value();
    QCOMPARE(split.fee.toDecimalString(), QStringLiteral("0.88"));
    QCOMPARE(split.net.toDecimalString(), QStringLiteral("19.12"));
    FeeRule fixedOnly;
    fixedOnly.fixed = money(QStringLiteral("2000"), QStringLiteral("VND"));
    QCOMPARE(splitFee(money(QStringLiteral("50000"), QStringLiteral("VND")), fixedOnly)
                 ->net.toDecimalString(),
             QStringLiteral("48000"));
}

void TestFees::refusals()
{
    FeeRule rule;
    rule.partsPerMillion = 10'000; // 1%
    QCOMPARE(splitFee(money(QStringLiteral("0"), QStringLiteral("USD")), rule).error().code,
             ErrorCode::AmountMustBePositive);
    QCOMPARE(splitFee(money(QStringLiteral("-5"), QStringLiteral("USD")), rule).error().code,
             ErrorCode::AmountMustBePositive);
    // The fixed part must be in the credit's currency.
    rule.fixed = money(QStringLiteral("1000"), QStringLiteral("VND"));
    QCOMPARE(splitFee(money(QStringLiteral("5.00"), QStringLiteral("USD")), rule).error().code,
             ErrorCode::CurrencyMismatch);
    // A fee that takes everything leaves nothing to credit: refused, naming both.
    rule.fixed = money(QStringLiteral("0.99"), QStringLiteral("USD"));
    const auto all = splitFee(money(QStringLiteral("1.00"), QStringLiteral("USD")), rule);
    QCOMPARE(all.error().code, ErrorCode::AmountMustBePositive);
    QVERIFY2(all.error().detail.contains(QStringLiteral("1.00 USD")),
             qPrintable(all.error().detail));
    // 100% of the amount: nothing left either.
    FeeRule whole;
    whole.partsPerMillion = FeeRule::million;
    QCOMPARE(splitFee(money(QStringLiteral("3.00"), QStringLiteral("USD")), whole).error().code,
             ErrorCode::AmountMustBePositive);
    // The largest gross does not overflow the share.
    FeeRule most;
    most.partsPerMillion = 999'999;
    const Money largest(std::numeric_limits<qint64>::max(),
                        Currency::fromCode(QStringLiteral("VND")).value());
    QVERIFY(splitFee(largest, most).ok());
}

void TestFees::percentagesParseAndPrint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("partsPerMillion");
    QTest::addColumn<QString>("printed");
    QTest::newRow("whole") << "5" << qint64(50'000) << "5";
    QTest::newRow("one decimal") << "1.5" << qint64(15'000) << "1.5";
    QTest::newRow("four decimals") << "2.9075" << qint64(29'075) << "2.9075";
    QTest::newRow("trailing zeros") << "2.50" << qint64(25'000) << "2.5";
    QTest::newRow("zero") << "0" << qint64(0) << "0";
    QTest::newRow("all") << "100" << qint64(1'000'000) << "100";
    QTest::newRow("five decimals") << "1.23456" << qint64(-1) << "";
    QTest::newRow("above 100") << "100.01" << qint64(-1) << "";
    QTest::newRow("negative") << "-1" << qint64(-1) << "";
    QTest::newRow("percent sign") << "2%" << qint64(-1) << "";
    QTest::newRow("empty") << "" << qint64(-1) << "";
    QTest::newRow("comma") << "2,5" << qint64(-1) << "";
}

void TestFees::percentagesParseAndPrint()
{
    QFETCH(QString, text);
    QFETCH(qint64, partsPerMillion);
    QFETCH(QString, printed);
    const auto parsed = parsePercent(QStringLiteral("--percent"), text);
    if (partsPerMillion < 0) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidAmount);
        QVERIFY(parsed.error().detail.startsWith(QStringLiteral("--percent: ")));
        return;
    }
    QCOMPARE(parsed.value(), partsPerMillion);
    QCOMPARE(percentText(partsPerMillion), printed);
}

void TestFees::instantPayoutFee_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("partsPerMillion");
    QTest::addColumn<QString>("fee"); // empty: refused with AmountMustBePositive
    // 100.00 × 1.5% = 1.50
    QTest::newRow("USD") << "100.00"
                         << "USD" << qint64(15'000) << "1.50";
    // 0.10 × 1.5% = 0.0015 -> 0.00: a small payout may cost nothing
    QTest::newRow("USD below a cent") << "0.10"
                                      << "USD" << qint64(15'000) << "0.00";
    // 0.50 × 5% = 0.025 -> 0.03 (a tie goes up)
    QTest::newRow("USD tie") << "0.50"
                             << "USD" << qint64(50'000) << "0.03";
    // 4,500,000 VND × 1.5% = 67,500
    QTest::newRow("VND") << "4500000"
                         << "VND" << qint64(15'000) << "67500";
    // 1 VND × 100% leaves nothing to send
    QTest::newRow("all of it") << "1"
                               << "VND" << qint64(1'000'000) << "";
    QTest::newRow("zero amount") << "0"
                                 << "USD" << qint64(15'000) << "";
}

void TestFees::instantPayoutFee()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(qint64, partsPerMillion);
    QFETCH(QString, fee);
    const auto priced = coffer::instantPayoutFee(money(amount, currency), partsPerMillion);
    if (fee.isEmpty()) {
        QCOMPARE(priced.error().code, ErrorCode::AmountMustBePositive);
        QVERIFY(priced.error().detail.startsWith(QStringLiteral("amount: ")));
        return;
    }
    QCOMPARE(priced.value().toDecimalString(), fee);
    QCOMPARE(priced.value().currency().code(), currency);
}

QTEST_GUILESS_MAIN(TestFees)
#include "tst_fees.moc"
