#include "security/base32.h"
#include "security/otp.h"

#include <QFile>
#include <QTest>
#include <QUrlQuery>

using namespace coffer;

namespace {

// The rows of a vectors CSV (first line: the column names), as name -> value.
QList<QHash<QString, QString>> readVectors(const QString &name)
{
    QFile file(QStringLiteral(COFFER_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
    QList<QHash<QString, QString>> rows;
    while (!file.atEnd()) {
        const QStringList cells
            = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
        if (cells.size() != header.size())
            continue;
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.insert(header.at(i), cells.at(i));
        rows.append(row);
    }
    return rows;
}

} // namespace

// One-time passwords against every vector of RFC 4226 and RFC 6238 (from
// shared/data, copied to tests/data), plus drift, replay and the otpauth URI.
class TestOtp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void base32RoundTrips_data();
    void base32RoundTrips();
    void base32RefusesOtherCharacters();
    void hotpVectors_data();
    void hotpVectors();
    void totpVectors_data();
    void totpVectors();
    void driftOfOneStepIsAcceptedTwoIsNot();
    void aUsedStepIsNeverAcceptedAgain();
    void malformedCodesAreRefused();
    void newSecretsHaveTheRfcLengths();
    void otpauthUriNamesEverything();
};

void TestOtp::base32RoundTrips_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("padded");
    // RFC 4648 section 10.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY======");
    QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ====");
    QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6===");
    QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ=");
    QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI======");
}

void TestOtp::base32RoundTrips()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, padded);
    QCOMPARE(base32Encode(bytes, true), padded);
    QCOMPARE(base32Decode(padded).value(), bytes);
    QCOMPARE(base32Decode(padded.toLower().remove(QLatin1Char('='))).value(), bytes);
}

void TestOtp::base32RefusesOtherCharacters()
{
    for (const QString &bad : {QStringLiteral("MZXW1"), QStringLiteral("MZ=XW"),
                               QStringLiteral("MZXW8"), QStringLiteral("MZ#W")}) {
        auto decoded = base32Decode(bad);
        QVERIFY2(!decoded, qPrintable(bad));
        QCOMPARE(decoded.error().code, ErrorCode::InvalidArgument);
    }
    QCOMPARE(base32Decode(QStringLiteral("mzxw 6ytb-oi")).value(), QByteArray("foobar"));
}

void TestOtp::hotpVectors_data()
{
    QTest::addColumn<QString>("secretBase32");
    QTest::addColumn<QByteArray>("secretAscii");
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("expected");
    const auto rows = readVectors(QStringLiteral("rfc4226_hotp_vectors.csv"));
    QCOMPARE(rows.size(), 10);
    for (const auto &row : rows)
        QTest::addRow("counter %s", qPrintable(row.value(QStringLiteral("counter"))))
            << row.value(QStringLiteral("secret_base32"))
            << row.value(QStringLiteral("secret_ascii")).toLatin1()
            << row.value(QStringLiteral("counter")).toULongLong()
            << row.value(QStringLiteral("digits")).toInt()
            << row.value(QStringLiteral("expected_hotp"));
}

void TestOtp::hotpVectors()
{
    QFETCH(QString, secretBase32);
    QFETCH(QByteArray, secretAscii);
    QFETCH(quint64, counter);
    QFETCH(int, digits);
    QFETCH(QString, expected);
    const QByteArray secret = base32Decode(secretBase32).value();
    QCOMPARE(secret, secretAscii);
    QCOMPARE(hotp(secret, counter, digits), expected);
}

void TestOtp::totpVectors_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("digits");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("stepHex");
    QTest::addColumn<QString>("expected");
    const auto rows = readVectors(QStringLiteral("rfc6238_totp_vectors.csv"));
    QCOMPARE(rows.size(), 18);
    for (const auto &row : rows) {
        // Each algorithm has its own seed length (20, 32, 64 bytes): take the hex.
        const QByteArray secret
            = QByteArray::fromHex(row.value(QStringLiteral("secret_hex")).toLatin1());
        QCOMPARE(base32Decode(row.value(QStringLiteral("secret_base32"))).value(), secret);
        QTest::addRow("%s at %s", qPrintable(row.value(QStringLiteral("algorithm"))),
                      qPrintable(row.value(QStringLiteral("unix_time"))))
            << secret << row.value(QStringLiteral("algorithm"))
            << row.value(QStringLiteral("digits")).toInt()
            << row.value(QStringLiteral("unix_time")).toLongLong()
            << row.value(QStringLiteral("T_hex")) << row.value(QStringLiteral("expected_totp"));
    }
}

void TestOtp::totpVectors()
{
    QFETCH(QByteArray, secret);
    QFETCH(QString, algorithm);
    QFETCH(int, digits);
    QFETCH(qint64, time);
    QFETCH(QString, stepHex);
    QFETCH(QString, expected);
    TotpParameters parameters;
    parameters.algorithm = otpAlgorithmFromText(algorithm).value();
    parameters.digits = digits;
    QCOMPARE(totpStep(time, parameters), stepHex.toLongLong(nullptr, 16));
    QCOMPARE(totp(secret, time, parameters), expected);
    QCOMPARE(verifyTotp(secret, expected, time, parameters, -1).value(),
             totpStep(time, parameters));
}

void TestOtp::driftOfOneStepIsAcceptedTwoIsNot()
{
    const QByteArray secret = QByteArrayLiteral("12345678901234567890");
    const TotpParameters sixDigits;
    const qint64 now = 1'700'000'000;
    const qint64 step = totpStep(now, sixDigits);
    for (int drift : {-1, 1}) {
        const QString code = totp(secret, now + drift * 30, sixDigits);
        QCOMPARE(verifyTotp(secret, code, now, sixDigits, -1).value(), step + drift);
    }
    for (int drift : {-2, 2}) {
        const QString code = totp(secret, now + drift * 30, sixDigits);
        auto refused = verifyTotp(secret, code, now, sixDigits, -1);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidOtp);
    }
}

void TestOtp::aUsedStepIsNeverAcceptedAgain()
{
    const QByteArray secret = QByteArrayLiteral("12345678901234567890");
    const TotpParameters sixDigits;
    const qint64 now = 1'700'000'000;
    const QString code = totp(secret, now, sixDigits);
    const qint64 used = verifyTotp(secret, code, now, sixDigits, -1).value();
    auto replay = verifyTotp(secret, code, now + 5, sixDigits, used);
    QVERIFY(!replay);
    QCOMPARE(replay.error().code, ErrorCode::OtpReplayed);
    // An older step, still within the drift, is refused once a newer one was used.
    const QString previous = totp(secret, now - 30, sixDigits);
    QCOMPARE(verifyTotp(secret, previous, now, sixDigits, used).error().code,
             ErrorCode::OtpReplayed);
    // The next step's code is fine.
    QCOMPARE(
        verifyTotp(secret, totp(secret, now + 30, sixDigits), now + 30, sixDigits, used).value(),
        used + 1);
}

void TestOtp::malformedCodesAreRefused()
{
    const QByteArray secret = QByteArrayLiteral("12345678901234567890");
    const TotpParameters sixDigits;
    for (const QString &code : {QString(), QStringLiteral("12345"), QStringLiteral("1234567"),
                                QStringLiteral("12a456"), QStringLiteral("١٢٣٤٥٦")}) {
        auto refused = verifyTotp(secret, code, 59, sixDigits, -1);
        QVERIFY2(!refused, qPrintable(code));
        QCOMPARE(refused.error().code, ErrorCode::InvalidOtp);
    }
    // Spaces between groups, as apps show them, are fine.
    const QString code = totp(secret, 59, sixDigits);
    QVERIFY(
        verifyTotp(secret, code.left(3) + QLatin1Char(' ') + code.mid(3), 59, sixDigits, -1).ok());
}

void TestOtp::newSecretsHaveTheRfcLengths()
{
    QCOMPARE(newOtpSecret(OtpAlgorithm::Sha1).size(), 20);
    QCOMPARE(newOtpSecret(OtpAlgorithm::Sha256).size(), 32);
    QCOMPARE(newOtpSecret(OtpAlgorithm::Sha512).size(), 64);
    QVERIFY(newOtpSecret(OtpAlgorithm::Sha1) != newOtpSecret(OtpAlgorithm::Sha1));
}

void TestOtp::otpauthUriNamesEverything()
{
    const QByteArray secret = QByteArrayLiteral("12345678901234567890");
    TotpParameters parameters;
    parameters.algorithm = OtpAlgorithm::Sha256;
    parameters.digits = 8;
    const QUrl uri(
        otpauthUri(secret, QStringLiteral("Coffer"), QStringLiteral("lan@Phở 24"), parameters));
    QCOMPARE(uri.scheme(), QStringLiteral("otpauth"));
    QCOMPARE(uri.host(), QStringLiteral("totp"));
    QCOMPARE(uri.path(), QStringLiteral("/Coffer:lan@Phở 24"));
    const QUrlQuery query(uri);
    QCOMPARE(query.queryItemValue(QStringLiteral("secret")),
             QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    QCOMPARE(query.queryItemValue(QStringLiteral("algorithm")), QStringLiteral("SHA256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("digits")), QStringLiteral("8"));
    QCOMPARE(query.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
    QCOMPARE(query.queryItemValue(QStringLiteral("issuer")), QStringLiteral("Coffer"));
}

QTEST_GUILESS_MAIN(TestOtp)
#include "tst_otp.moc"
