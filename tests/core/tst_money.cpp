#include "money/exchangerate.h"
#include "money/money.h"

#include <QTest>

#include <limits>

using namespace coffer;

Q_DECLARE_METATYPE(coffer::Rounding)
Q_DECLARE_METATYPE(coffer::ErrorCode)

namespace {

Currency currency(const char *code)
{
    auto found = Currency::fromCode(QString::fromLatin1(code));
    Q_ASSERT(found.ok());
    return *found;
}

constexpr qint64 maxInt64 = std::numeric_limits<qint64>::max();
constexpr qint64 minInt64 = std::numeric_limits<qint64>::min();

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currencyTable();
    void currencyTable_data();
    void unknownCurrency();

    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseLocale_data();
    void parseLocale();

    void decimalString_data();
    void decimalString();
    void formatLocale();

    void addition();
    void additionOverflow();
    void negation();

    void ratio_data();
    void ratio();
    void ratioOverflow();

    void allocate_data();
    void allocate();

    void rateParse_data();
    void rateParse();
    void rateConvert_data();
    void rateConvert();
    void rateImplied();
};

void TestMoney::currencyTable_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("minorUnits");
    QTest::newRow("VND has 0") << "VND" << 0;
    QTest::newRow("JPY has 0") << "JPY" << 0;
    QTest::newRow("USD has 2") << "USD" << 2;
    QTest::newRow("EUR has 2") << "EUR" << 2;
    QTest::newRow("BHD has 3") << "BHD" << 3;
    QTest::newRow("KWD has 3") << "KWD" << 3;
    QTest::newRow("CLF has 4") << "CLF" << 4;
    QTest::newRow("UYW has 4") << "UYW" << 4;
    QTest::newRow("lower case") << "usd" << 2;
}

void TestMoney::currencyTable()
{
    QFETCH(QString, code);
    QFETCH(int, minorUnits);
    auto found = Currency::fromCode(code);
    QVERIFY(found.ok());
    QCOMPARE(found->minorUnits(), minorUnits);
    QCOMPARE(found->code(), code.toUpper());
}

void TestMoney::unknownCurrency()
{
    for (const char *code : {"XAU", "XXX", "ABC", "", "US"}) {
        auto found = Currency::fromCode(QString::fromLatin1(code));
        QVERIFY2(!found.ok(), code);
        QCOMPARE(found.error().code, ErrorCode::UnknownCurrency);
    }
    QVERIFY(Currency::all().size() > 150);
}

void TestMoney::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minorUnits");
    QTest::newRow("integer USD") << "12"
                                 << "USD" << qint64(1200);
    QTest::newRow("one decimal USD") << "12.5"
                                     << "USD" << qint64(1250);
    QTest::newRow("two decimals USD") << "12.34"
                                      << "USD" << qint64(1234);
    QTest::newRow("negative USD") << "-0.01"
                                  << "USD" << qint64(-1);
    QTest::newRow("plus sign") << "+3"
                               << "USD" << qint64(300);
    QTest::newRow("leading point") << ".5"
                                   << "USD" << qint64(50);
    QTest::newRow("grouped C locale") << "1,234,567.89"
                                      << "USD" << qint64(123456789);
    QTest::newRow("surrounding space") << "  7.00 "
                                       << "USD" << qint64(700);
    QTest::newRow("VND whole") << "2500000"
                               << "VND" << qint64(2500000);
    QTest::newRow("BHD three") << "1.005"
                               << "BHD" << qint64(1005);
    QTest::newRow("CLF four") << "0.0001"
                              << "CLF" << qint64(1);
    QTest::newRow("leading zeros") << "0000000000000000000000012"
                                   << "VND" << qint64(12);
    QTest::newRow("int64 max VND") << "9223372036854775807"
                                   << "VND" << maxInt64;
    QTest::newRow("int64 min VND") << "-9223372036854775808"
                                   << "VND" << minInt64;
    QTest::newRow("int64 max USD") << "92233720368547758.07"
                                   << "USD" << maxInt64;
    QTest::newRow("int64 min CLF") << "-922337203685477.5808"
                                   << "CLF" << minInt64;
    QTest::newRow("zero") << "0"
                          << "USD" << qint64(0);
}

void TestMoney::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(qint64, minorUnits);
    auto parsed = Money::parse(text, currency(code.toLatin1().constData()));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->minorUnits(), minorUnits);
    QCOMPARE(parsed->currency().code(), code);
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<ErrorCode>("error");
    QTest::newRow("empty") << ""
                           << "USD" << ErrorCode::InvalidAmount;
    QTest::newRow("blank") << "   "
                           << "USD" << ErrorCode::InvalidAmount;
    QTest::newRow("letters") << "abc"
                             << "USD" << ErrorCode::InvalidAmount;
    QTest::newRow("exponent") << "1e5"
                              << "USD" << ErrorCode::InvalidAmount;
    QTest::newRow("two points") << "1.2.3"
                                << "USD" << ErrorCode::InvalidAmount;
    QTest::newRow("trailing point") << "12."
                                    << "USD" << ErrorCode::InvalidAmount;
    QTest::newRow("sign only") << "-"
                               << "USD" << ErrorCode::InvalidAmount;
    QTest::newRow("double sign") << "--1"
                                 << "USD" << ErrorCode::InvalidAmount;
    QTest::newRow("inner space") << "1 000"
                                 << "USD" << ErrorCode::InvalidAmount;
    QTest::newRow("bad grouping") << "12,34"
                                  << "USD" << ErrorCode::InvalidAmount;
    QTest::newRow("currency suffix") << "12 USD"
                                     << "USD" << ErrorCode::InvalidAmount;
    QTest::newRow("NaN") << "nan"
                         << "USD" << ErrorCode::InvalidAmount;
    QTest::newRow("3 decimals USD") << "12.345"
                                    << "USD" << ErrorCode::TooManyDecimals;
    QTest::newRow("trailing zero counts") << "12.340"
                                          << "USD" << ErrorCode::TooManyDecimals;
    QTest::newRow("decimals VND") << "100.5"
                                  << "VND" << ErrorCode::TooManyDecimals;
    QTest::newRow("4 decimals BHD") << "1.0001"
                                    << "BHD" << ErrorCode::TooManyDecimals;
    QTest::newRow("5 decimals CLF") << "1.00001"
                                    << "CLF" << ErrorCode::TooManyDecimals;
    QTest::newRow("int64 max + 1") << "9223372036854775808"
                                   << "VND" << ErrorCode::AmountOverflow;
    QTest::newRow("int64 min - 1") << "-9223372036854775809"
                                   << "VND" << ErrorCode::AmountOverflow;
    QTest::newRow("USD over max") << "92233720368547758.08"
                                  << "USD" << ErrorCode::AmountOverflow;
    QTest::newRow("huge") << "99999999999999999999999"
                          << "USD" << ErrorCode::AmountOverflow;
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(ErrorCode, error);
    auto parsed = Money::parse(text, currency(code.toLatin1().constData()));
    QVERIFY2(!parsed.ok(), qPrintable(text));
    QCOMPARE(parsed.error().code, error);
    QVERIFY2(parsed.error().detail.startsWith(QStringLiteral("amount:")),
             qPrintable(parsed.error().detail));
}

void TestMoney::parseLocale_data()
{
    QTest::addColumn<QString>("localeName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("en grouped") << "en_US"
                                << "1,234.56" << qint64(123456) << true;
    QTest::newRow("de grouped") << "de_DE"
                                << "1.234,56" << qint64(123456) << true;
    QTest::newRow("de plain") << "de_DE"
                              << "12,5" << qint64(1250) << true;
    QTest::newRow("de misread point") << "de_DE"
                                      << "12.5" << qint64(0) << false;
    QTest::newRow("vi grouped") << "vi_VN"
                                << "1.234.567,89" << qint64(123456789) << true;
    QTest::newRow("fr narrow space")
        << "fr_FR" << QStringLiteral("1\u202f234,50") << qint64(123450) << true;
}

void TestMoney::parseLocale()
{
    QFETCH(QString, localeName);
    QFETCH(QString, text);
    QFETCH(qint64, minorUnits);
    QFETCH(bool, valid);
    auto parsed = Money::parse(text, currency("USD"), QLocale(localeName));
    QCOMPARE(parsed.ok(), valid);
    if (valid)
        QCOMPARE(parsed->minorUnits(), minorUnits);
}

void TestMoney::decimalString_data()
{
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("USD") << qint64(123456) << "USD"
                         << "1234.56";
    QTest::newRow("USD cents") << qint64(5) << "USD"
                               << "0.05";
    QTest::newRow("USD negative") << qint64(-5) << "USD"
                                  << "-0.05";
    QTest::newRow("VND") << qint64(2500000) << "VND"
                         << "2500000";
    QTest::newRow("BHD") << qint64(1) << "BHD"
                         << "0.001";
    QTest::newRow("CLF") << qint64(123456) << "CLF"
                         << "12.3456";
    QTest::newRow("min int64") << minInt64 << "USD"
                               << "-92233720368547758.08";
    QTest::newRow("max int64") << maxInt64 << "VND"
                               << "9223372036854775807";
}

void TestMoney::decimalString()
{
    QFETCH(qint64, minorUnits);
    QFETCH(QString, code);
    QFETCH(QString, text);
    const Money money(minorUnits, currency(code.toLatin1().constData()));
    QCOMPARE(money.toDecimalString(), text);
    auto roundTrip = Money::parse(text, money.currency());
    QVERIFY(roundTrip.ok());
    QCOMPARE(*roundTrip, money);
}

void TestMoney::formatLocale()
{
    QCOMPARE(Money(123456789, currency("USD")).format(QLocale(QStringLiteral("en_US"))),
             QStringLiteral("1,234,567.89 USD"));
    QCOMPARE(Money(-2500000, currency("VND")).format(QLocale(QStringLiteral("vi_VN"))),
             QStringLiteral("-2.500.000 VND"));
    QCOMPARE(Money(1005, currency("BHD")).format(QLocale(QStringLiteral("de_DE"))),
             QStringLiteral("1,005 BHD"));
    QCOMPARE(Money(minInt64, currency("VND")).format(QLocale(QStringLiteral("en_US"))),
             QStringLiteral("-9,223,372,036,854,775,808 VND"));
}

void TestMoney::addition()
{
    const Money a(150, currency("USD"));
    const Money b(-200, currency("USD"));
    QCOMPARE(a.plus(b)->minorUnits(), qint64(-50));
    QCOMPARE(a.minus(b)->minorUnits(), qint64(350));
    auto mixed = a.plus(Money(1, currency("EUR")));
    QVERIFY(!mixed.ok());
    QCOMPARE(mixed.error().code, ErrorCode::CurrencyMismatch);
}

void TestMoney::additionOverflow()
{
    const Currency usd = currency("USD");
    QCOMPARE(Money(maxInt64, usd).plus(Money(1, usd)).error().code, ErrorCode::AmountOverflow);
    QCOMPARE(Money(minInt64, usd).minus(Money(1, usd)).error().code, ErrorCode::AmountOverflow);
    QCOMPARE(Money(0, usd).minus(Money(minInt64, usd)).error().code, ErrorCode::AmountOverflow);
    QCOMPARE(Money(maxInt64, usd).plus(Money(minInt64, usd))->minorUnits(), qint64(-1));
}

void TestMoney::negation()
{
    const Currency usd = currency("USD");
    QCOMPARE(Money(maxInt64, usd).negated()->minorUnits(), -maxInt64);
    QCOMPARE(Money(minInt64, usd).negated().error().code, ErrorCode::AmountOverflow);
}

void TestMoney::ratio_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<qint64>("expected");
    // 2.5 and 3.5 ties
    QTest::newRow("half-up tie 2.5")
        << qint64(5) << qint64(1) << qint64(2) << Rounding::HalfUp << qint64(3);
    QTest::newRow("half-even tie 2.5")
        << qint64(5) << qint64(1) << qint64(2) << Rounding::HalfEven << qint64(2);
    QTest::newRow("half-even tie 3.5")
        << qint64(7) << qint64(1) << qint64(2) << Rounding::HalfEven << qint64(4);
    QTest::newRow("toward zero 3.5")
        << qint64(7) << qint64(1) << qint64(2) << Rounding::TowardZero << qint64(3);
    QTest::newRow("half-up negative tie")
        << qint64(-5) << qint64(1) << qint64(2) << Rounding::HalfUp << qint64(-3);
    QTest::newRow("half-even negative tie")
        << qint64(-5) << qint64(1) << qint64(2) << Rounding::HalfEven << qint64(-2);
    QTest::newRow("toward zero negative")
        << qint64(-7) << qint64(1) << qint64(2) << Rounding::TowardZero << qint64(-3);
    QTest::newRow("below half") << qint64(10) << qint64(1) << qint64(3) << Rounding::HalfUp
                                << qint64(3);
    QTest::newRow("above half") << qint64(20) << qint64(1) << qint64(3) << Rounding::HalfEven
                                << qint64(7);
    QTest::newRow("1.5% fee of 123.45")
        << qint64(12345) << qint64(15) << qint64(1000) << Rounding::HalfUp << qint64(185);
    QTest::newRow("10% VAT of 99,999 VND")
        << qint64(99999) << qint64(10) << qint64(100) << Rounding::HalfUp << qint64(10000);
    QTest::newRow("negative denominator")
        << qint64(10) << qint64(1) << qint64(-4) << Rounding::HalfUp << qint64(-3);
    QTest::newRow("exact") << qint64(300) << qint64(1) << qint64(3) << Rounding::HalfEven
                           << qint64(100);
    QTest::newRow("max times one")
        << maxInt64 << qint64(1) << qint64(1) << Rounding::HalfUp << maxInt64;
    QTest::newRow("max halves") << maxInt64 << qint64(1) << qint64(2) << Rounding::HalfUp
                                << qint64(4611686018427387904);
    QTest::newRow("wide intermediate")
        << maxInt64 << maxInt64 << maxInt64 << Rounding::HalfUp << maxInt64;
}

void TestMoney::ratio()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(Rounding, rounding);
    QFETCH(qint64, expected);
    auto result
        = Money(amount, currency("USD")).multipliedByRatio(numerator, denominator, rounding);
    QVERIFY(result.ok());
    QCOMPARE(result->minorUnits(), expected);
}

void TestMoney::ratioOverflow()
{
    auto result = Money(maxInt64, currency("USD")).multipliedByRatio(2, 1, Rounding::HalfUp);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::AmountOverflow);
}

void TestMoney::allocate_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("thirds") << qint64(100) << QList<qint64> {1, 1, 1} << QList<qint64> {34, 33, 33};
    QTest::newRow("negative thirds")
        << qint64(-100) << QList<qint64> {1, 1, 1} << QList<qint64> {-34, -33, -33};
    QTest::newRow("70/30 of 5") << qint64(5) << QList<qint64> {70, 30} << QList<qint64> {4, 1};
    QTest::newRow("largest remainder")
        << qint64(10) << QList<qint64> {1, 2, 3} << QList<qint64> {2, 3, 5};
    QTest::newRow("zero weight") << qint64(7) << QList<qint64> {0, 1} << QList<qint64> {0, 7};
    QTest::newRow("one minor unit")
        << qint64(1) << QList<qint64> {1, 1, 1, 1} << QList<qint64> {1, 0, 0, 0};
    QTest::newRow("int64 max halves") << maxInt64 << QList<qint64> {1, 1}
                                      << QList<qint64> {4611686018427387904, 4611686018427387903};
    QTest::newRow("int64 min halves") << minInt64 << QList<qint64> {1, 1}
                                      << QList<qint64> {-4611686018427387904, -4611686018427387904};
}

void TestMoney::allocate()
{
    QFETCH(qint64, amount);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, expected);
    auto parts = Money(amount, currency("USD")).allocate(weights);
    QVERIFY(parts.ok());
    QList<qint64> actual;
    Int128 sum = 0;
    for (const Money &part : *parts) {
        actual.append(part.minorUnits());
        sum += part.minorUnits();
    }
    QCOMPARE(actual, expected);
    QVERIFY(sum == amount);
}

void TestMoney::rateParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");
    QTest::newRow("integer") << "25400" << qint64(25400000000);
    QTest::newRow("six decimals") << "0.000039" << qint64(39);
    QTest::newRow("one") << "1" << qint64(1000000);
    QTest::newRow("seven decimals") << "0.0000001" << qint64(-1);
    QTest::newRow("zero") << "0" << qint64(-1);
    QTest::newRow("negative") << "-1.2" << qint64(-1);
    QTest::newRow("text") << "abc" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("largest") << "1000000000000" << qint64(1'000'000'000'000'000'000);
    QTest::newRow("too large") << "1000000000000.000001" << qint64(-1);
    QTest::newRow("far too large") << "10000000000000" << qint64(-1);
    QTest::newRow("would overflow int64") << "9999999999999" << qint64(-1);
}

void TestMoney::rateParse()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);
    auto rate = ExchangeRate::parse(text);
    if (micros < 0) {
        QVERIFY(!rate.ok());
        QCOMPARE(rate.error().code, ErrorCode::InvalidRate);
    } else {
        QVERIFY(rate.ok());
        QCOMPARE(rate->micros(), micros);
    }
}

void TestMoney::rateConvert_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("USD to VND") << qint64(10050) << "USD"
                                << "25400.5"
                                << "VND" << qint64(2552750);
    QTest::newRow("VND to USD") << qint64(1000000) << "VND"
                                << "0.000039"
                                << "USD" << qint64(3900);
    QTest::newRow("USD to BHD") << qint64(100) << "USD"
                                << "0.376"
                                << "BHD" << qint64(376);
    QTest::newRow("half-up tie") << qint64(1) << "USD"
                                 << "0.5"
                                 << "USD" << qint64(1);
    QTest::newRow("USD to JPY") << qint64(199) << "USD"
                                << "151.123456"
                                << "JPY" << qint64(301);
}

void TestMoney::rateConvert()
{
    QFETCH(qint64, amount);
    QFETCH(QString, from);
    QFETCH(QString, rate);
    QFETCH(QString, to);
    QFETCH(qint64, expected);
    auto converted
        = ExchangeRate::parse(rate)->convert(Money(amount, currency(from.toLatin1().constData())),
                                             currency(to.toLatin1().constData()), Rounding::HalfUp);
    QVERIFY(converted.ok());
    QCOMPARE(converted->minorUnits(), expected);
}

void TestMoney::rateImplied()
{
    auto rate
        = ExchangeRate::implied(Money(10000, currency("USD")), Money(2540050, currency("VND")));
    QVERIFY(rate.ok());
    QCOMPARE(rate->toDecimalString(), QStringLiteral("25400.5"));
    auto third = ExchangeRate::implied(Money(300, currency("USD")), Money(100, currency("EUR")));
    QCOMPARE(third->micros(), qint64(333333));
    QCOMPARE(
        ExchangeRate::implied(Money(0, currency("USD")), Money(1, currency("EUR"))).error().code,
        ErrorCode::InvalidRate);
    auto huge
        = ExchangeRate::implied(Money(1, currency("VND")), Money(500000000000000, currency("USD")));
    QCOMPARE(huge.error().code, ErrorCode::InvalidRate);
    auto overflow
        = ExchangeRate::parse(QStringLiteral("999999999999"))
              ->convert(Money(maxInt64, currency("VND")), currency("CLF"), Rounding::HalfUp);
    QCOMPARE(overflow.error().code, ErrorCode::AmountOverflow);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
