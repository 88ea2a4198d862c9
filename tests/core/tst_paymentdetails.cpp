#include "payees/paymentdetails.h"

#include <QTest>

using namespace coffer;

// Payout method details per kind: what is accepted, what the book keeps, what
// screens show, and the rule named for what is refused.
class TestPaymentDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void ibanChecksum();
    void luhn();
};

void TestPaymentDetails::accepted_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("masked");
    auto row = [](const char *name, const char *kind, const char *text, const char *stored,
                  const char *masked) {
        QTest::newRow(name) << QString::fromUtf8(kind) << QString::fromUtf8(text)
                            << QString::fromUtf8(stored) << QString::fromUtf8(masked);
    };
    row("iban gb", "bank", "GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432",
        "IBAN GB ••••5432");
    row("iban de lower", "bank", "de89 3704 0044 0532 0130 00", "DE89370400440532013000",
        "IBAN DE ••••3000");
    row("iban fr", "bank", "FR14 2004 1010 0505 0001 3M02 606", "FR1420041010050500013M02606",
        "IBAN FR ••••2606");
    row("iban no", "bank", "NO93 8601 1117 947", "NO9386011117947", "IBAN NO ••••7947");
    row("account", "bank", "0123-4567 89", "0123456789", "Account ••••6789");
    row("paypal", "paypal", " Lan.Nguyen@Example.COM ", "Lan.Nguyen@example.com",
        "L•••@example.com");
    row("venmo", "venmo", "@lan-nguyen", "@lan-nguyen", "@la•••");
    row("venmo bare", "venmo", "lan_99", "@lan_99", "@la•••");
    row("cashapp", "cashapp", "$LanN", "$LanN", "$La•••");
    row("visa", "debit_card", "4242 4242 4242 4242", "4242", "Visa ••••4242");
    row("mastercard", "debit_card", "5555-5555-5555-4444", "4444", "Mastercard ••••4444");
    row("amex", "debit_card", "378282246310005", "0005", "Amex ••••0005");
    row("last four", "debit_card", "1234", "1234", "Card ••••1234");
    row("bitcoin bech32", "crypto", "bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        "bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "bitcoin bc1qar•••5mdq");
    row("bitcoin legacy", "crypto", "Bitcoin: 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
        "bitcoin:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "bitcoin 1BvBMS•••NVN2");
    row("ethereum", "crypto", "ethereum:0x52908400098527886E0F7030069857D2E4169EE7",
        "ethereum:0x52908400098527886E0F7030069857D2E4169EE7", "ethereum 0x5290•••9EE7");
    row("tron", "crypto", "tron:TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL",
        "tron:TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL", "tron TNPeea•••YqeL");
    row("solana", "crypto", "solana:7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV",
        "solana:7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV", "solana 7EcDhS•••FLtV");
}

void TestPaymentDetails::accepted()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, stored);
    QFETCH(QString, masked);
    auto details = checkPaymentDetails(*methodKindFromText(kind), text);
    QVERIFY2(details.ok(), qPrintable(details.ok() ? QString() : details.error().toString()));
    QCOMPARE(details->stored, stored);
    QCOMPARE(details->masked, masked);
}

void TestPaymentDetails::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    auto row = [](const char *name, const char *kind, const char *text, const char *rule) {
        QTest::newRow(name) << QString::fromUtf8(kind) << QString::fromUtf8(text)
                            << QString::fromUtf8(rule);
    };
    row("iban check digits", "bank", "GB82 WEST 1234 5698 7654 33", "check digits");
    row("iban length", "bank", "DE89 3704 0044 0532 0130 0", "wrong length");
    row("account short", "bank", "123", "4 to 34 digits");
    row("account letters", "bank", "12ab34", "4 to 34 digits");
    row("email no at", "paypal", "lan.example.com", "e-mail");
    row("email no domain", "paypal", "lan@", "e-mail");
    row("email spaces", "paypal", "lan nguyen@example.com", "e-mail");
    row("venmo short", "venmo", "@abc", "5 to 30");
    row("venmo dot", "venmo", "@lan.nguyen", "5 to 30");
    row("cashtag digit", "cashapp", "$1lan", "a letter");
    row("card luhn", "debit_card", "4242 4242 4242 4241", "Luhn");
    row("card short", "debit_card", "42424242", "12 to 19");
    row("crypto network", "crypto", "dogecoin:DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L", "network");
    row("crypto no network", "crypto", "0x52908400098527886E0F7030069857D2E4169EE7", "network");
    row("ethereum short", "crypto", "ethereum:0x1234", "ethereum address");
    row("bitcoin zero", "crypto", "bitcoin:10BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN", "bitcoin address");
    row("empty", "bank", "  ", "needs its details");
}

void TestPaymentDetails::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, rule);
    auto details = checkPaymentDetails(*methodKindFromText(kind), text);
    QVERIFY(!details.ok());
    QVERIFY2(details.error().detail.startsWith(QStringLiteral("details: a ") + kind),
             qPrintable(details.error().detail));
    QVERIFY2(details.error().detail.contains(rule), qPrintable(details.error().detail));
}

void TestPaymentDetails::ibanChecksum()
{
    QVERIFY(isValidIban(QStringLiteral("NL91ABNA0417164300")));
    QVERIFY(isValidIban(QStringLiteral("BE68539007547034")));
    QVERIFY(!isValidIban(QStringLiteral("NL91ABNA0417164301")));
    // Two transposed digits change the remainder.
    QVERIFY(!isValidIban(QStringLiteral("NL19ABNA0417164300")));
    QVERIFY(!isValidIban(QStringLiteral("NL91ABNA041716430"))); // 17 for an 18 country
}

void TestPaymentDetails::luhn()
{
    QVERIFY(passesLuhn(QStringLiteral("79927398713")));
    QVERIFY(!passesLuhn(QStringLiteral("79927398710")));
    QVERIFY(!passesLuhn(QString()));
    QVERIFY(!passesLuhn(QStringLiteral("7992a398713")));
}

QTEST_GUILESS_MAIN(TestPaymentDetails)
#include "tst_paymentdetails.moc"
