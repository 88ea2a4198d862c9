#include "clidriver.h"

#include "security/base32.h"
#include "security/otp.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

// coffer-cli adjustment and the payout commands that use adjustments, on SQLite
// (tst_adjustmentcli) and PostgreSQL (tst_adjustmentcli_pg), in the contract's
// words: adjustment add/list, payout request --adjustment, approve-exception,
// resolve and reverse; bad input names the option and changes nothing.
class TestAdjustmentCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void adjustmentsRunThroughAPayout();
    void aMismatchIsResolvedAndAPaymentReversed();
    void badInputIsRefusedAndChangesNothing_data();
    void badInputIsRefusedAndChangesNothing();

private:
    CliResult cli(const QStringList &arguments, const QString &user = TestBook::testerName())
    {
        return runCli(*m_book, arguments, user);
    }
    QString expectOk(const QStringList &arguments, const QString &user = TestBook::testerName())
    {
        const CliResult result = cli(arguments, user);
        if (result.exitCode != 0)
            qWarning("%s -> %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     qPrintable(result.err));
        return result.exitCode == 0 ? result.out.trimmed() : QString();
    }
    static QStringList words(const QString &line) { return line.split(QLatin1Char(' ')); }
    QString code(int steps) const
    {
        return totp(m_secret, QDateTime::currentSecsSinceEpoch() + 30 * steps, TotpParameters {});
    }
    // Approved by rita with her next code, processed, and executed for `actual`.
    QString executed(const QString &number, const QString &actual, const QString &reference)
    {
        qputenv("COFFER_TOTP", code(1).toUtf8());
        const QString approved = expectOk(
            {QStringLiteral("payout"), QStringLiteral("approve"), number}, QStringLiteral("rita"));
        qunsetenv("COFFER_TOTP");
        if (approved.isEmpty())
            return {};
        expectOk({QStringLiteral("payout"), QStringLiteral("process"), number},
                 QStringLiteral("rita"));
        return expectOk({QStringLiteral("payout"), QStringLiteral("execute"), number,
                         QStringLiteral("--reference"), reference,
                         QStringLiteral("--actual-amount"), actual, QStringLiteral("--proof"),
                         m_pdf, QStringLiteral("--note"), QStringLiteral("as the bank says")},
                        QStringLiteral("rita"));
    }

    std::unique_ptr<TestBook> m_book;
    QTemporaryDir m_files;
    QString m_pdf;
    QByteArray m_secret;
};

void TestAdjustmentCli::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    QVERIFY(!expectOk(words(QStringLiteral("init --admin tester --merchant Hub --currency USD")))
                 .isEmpty());
    for (const char *line :
         {"wallet add --name Bank --type bank --initial 1000",
          "payee get-or-create --owner-type creator --owner-id 42 --currency USD",
          "payee credit --owner-id 42 --type earning --amount 200",
          "method add --owner-id 42 --kind paypal --details lan@example.com",
          "user add --name rita --role reviewer", "user add --name tam --role reconciler",
          "user add --name bao --role bookkeeper"})
        QVERIFY2(!expectOk(words(QString::fromLatin1(line))).isEmpty(), line);
    const CliResult enrolled
        = cli(words(QStringLiteral("--json totp enroll")), QStringLiteral("rita"));
    m_secret = base32Decode(enrolled.json().value(QStringLiteral("secret")).toString()).value();
    QVERIFY(!expectOk({QStringLiteral("totp"), QStringLiteral("verify"), code(0)},
                      QStringLiteral("rita"))
                 .isEmpty());
    m_pdf = m_files.filePath(QStringLiteral("slip.pdf"));
    QFile pdf(m_pdf);
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    pdf.write("%PDF-1.4\n%%EOF\n");
}

void TestAdjustmentCli::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestAdjustmentCli::adjustmentsRunThroughAPayout()
{
    const QString tam = QStringLiteral("tam");
    QCOMPARE(expectOk(words(QStringLiteral("adjustment add --owner-id 42 --class "
                                           "carry_forward_deduction --amount 20 --mode auto "
                                           "--note May")),
                      tam),
             QStringLiteral("adjustment 1: carry_forward_deduction 20.00 USD owed by 42, auto"));
    QVERIFY(!expectOk({QStringLiteral("adjustment"), QStringLiteral("add"),
                       QStringLiteral("--owner-id"), QStringLiteral("42"),
                       QStringLiteral("--class"), QStringLiteral("manual_recovery"),
                       QStringLiteral("--amount"), QStringLiteral("15"), QStringLiteral("--mode"),
                       QStringLiteral("manual"), QStringLiteral("--evidence"), m_pdf},
                      tam)
                 .isEmpty());
    QVERIFY(!expectOk(words(QStringLiteral("adjustment add --owner-id 42 --class "
                                           "carry_forward_credit --amount 5 --mode exception "
                                           "--note goodwill")),
                      tam)
                 .isEmpty());
    const QJsonArray listed = cli(words(QStringLiteral("--json adjustment list --owner-id 42")))
                                  .json()
                                  .value(QStringLiteral("adjustments"))
                                  .toArray();
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("open"));
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("direction")).toString(),
             QStringLiteral("owed_to_payee"));

    // The auto deduction comes by itself; the two named need an exception approval.
    const QString number
        = expectOk(words(QStringLiteral("payout request --owner-id 42 --amount 100 --adjustment 2 "
                                        "--adjustment 3")),
                   QStringLiteral("bao"));
    QVERIFY(number.startsWith(QStringLiteral("JPO-")));
    QJsonObject shown
        = cli({QStringLiteral("--json"), QStringLiteral("payout"), QStringLiteral("show"), number})
              .json();
    QCOMPARE(shown.value(QStringLiteral("state")).toString(),
             QStringLiteral("awaiting_exception_approval"));
    QCOMPARE(shown.value(QStringLiteral("sent")).toString(), QStringLiteral("70.00"));
    QCOMPARE(shown.value(QStringLiteral("adjustments")).toArray().size(), 3);
    const QString text = expectOk({QStringLiteral("payout"), QStringLiteral("show"), number});
    QVERIFY2(text.contains(QStringLiteral("#3 carry_forward_credit exception +5.00 USD  applied")),
             qPrintable(text));
    // The requester never approves its exception; the reconciler does.
    QCOMPARE(cli({QStringLiteral("payout"), QStringLiteral("approve-exception"), number},
                 QStringLiteral("bao"))
                 .exitCode,
             2);
    QVERIFY(expectOk({QStringLiteral("payout"), QStringLiteral("approve-exception"), number}, tam)
                .endsWith(QStringLiteral("pending")));
    const QString paid = executed(number, QStringLiteral("70.00"), QStringLiteral("PP-1"));
    QVERIFY2(paid.endsWith(QStringLiteral("paid")), qPrintable(paid));
    const QJsonArray after = cli(words(QStringLiteral("--json adjustment list")))
                                 .json()
                                 .value(QStringLiteral("adjustments"))
                                 .toArray();
    for (const QJsonValue &a : after)
        QCOMPARE(a.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("settled"));
}

void TestAdjustmentCli::aMismatchIsResolvedAndAPaymentReversed()
{
    const QString number
        = expectOk(words(QStringLiteral("payout request --owner-id 42 --amount 50")));
    const QString mismatch = executed(number, QStringLiteral("45.00"), QStringLiteral("PP-2"));
    QVERIFY2(mismatch.endsWith(QStringLiteral("awaiting_reconciliation")), qPrintable(mismatch));
    // Not the reviewer's to resolve.
    QCOMPARE(cli({QStringLiteral("payout"), QStringLiteral("resolve"), number,
                  QStringLiteral("--note"), QStringLiteral("x")},
                 QStringLiteral("rita"))
                 .exitCode,
             2);
    QVERIFY(expectOk({QStringLiteral("payout"), QStringLiteral("resolve"), number,
                      QStringLiteral("--note"), QStringLiteral("the bank kept 5"),
                      QStringLiteral("--adjustment-amount"), QStringLiteral("5")},
                     QStringLiteral("tam"))
                .endsWith(QStringLiteral("paid")));
    const QJsonArray owed = cli(words(QStringLiteral("--json adjustment list --owner-id 42")))
                                .json()
                                .value(QStringLiteral("adjustments"))
                                .toArray();
    QCOMPARE(owed.size(), 1);
    QCOMPARE(owed.at(0).toObject().value(QStringLiteral("class")).toString(),
             QStringLiteral("carry_forward_credit"));
    QCOMPARE(owed.at(0).toObject().value(QStringLiteral("source_payout")).toString(), number);

    QVERIFY(expectOk({QStringLiteral("payout"), QStringLiteral("reverse"), number,
                      QStringLiteral("--reason"), QStringLiteral("wrong beneficiary"),
                      QStringLiteral("--evidence"), m_pdf},
                     QStringLiteral("tam"))
                .endsWith(QStringLiteral("reversed")));
    const QJsonObject shown
        = cli({QStringLiteral("--json"), QStringLiteral("payout"), QStringLiteral("show"), number})
              .json();
    QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("reversed"));
    const QJsonArray adjustments = shown.value(QStringLiteral("adjustments")).toArray();
    QCOMPARE(adjustments.size(), 2);
    QCOMPARE(adjustments.at(1).toObject().value(QStringLiteral("mode")).toString(),
             QStringLiteral("exception"));
    // What the payout was to send stays owed, whatever the bank sent.
    QCOMPARE(adjustments.at(1).toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("50.00"));
    // The wallet was not credited back: 200 less the 50 paid out.
    const QString payee = expectOk(words(QStringLiteral("payee show --owner-id 42")));
    QVERIFY2(payee.contains(QStringLiteral("150.00")), qPrintable(payee));
}

void TestAdjustmentCli::badInputIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("user");
    auto row = [](const char *name, const char *line, const char *code, const char *option,
                  const char *user = "tam") {
        QTest::newRow(name) << QString::fromUtf8(line) << QString::fromUtf8(code)
                            << QString::fromUtf8(option) << QString::fromUtf8(user);
    };
    row("class", "adjustment add --owner-id 42 --class fine --amount 1 --mode auto",
        "InvalidArgument", "--class");
    row("mode", "adjustment add --owner-id 42 --class invoice_fee --amount 1 --mode later",
        "InvalidArgument", "--mode");
    row("zero", "adjustment add --owner-id 42 --class carry_forward_credit --amount 0 --mode auto",
        "AmountMustBePositive", "--amount");
    row("decimals",
        "adjustment add --owner-id 42 --class carry_forward_credit --amount 1.001 --mode auto",
        "TooManyDecimals", "--amount");
    row("no evidence",
        "adjustment add --owner-id 42 --class manual_recovery --amount 1 --mode manual",
        "FieldRequired", "--evidence");
    row("auto recovery",
        "adjustment add --owner-id 42 --class manual_recovery --amount 1 --mode auto",
        "InvalidArgument", "--mode");
    row("no invoice", "adjustment add --owner-id 42 --class invoice_fee --amount 1 --mode manual",
        "FieldRequired", "--note");
    row("owner", "adjustment add --owner-id 77 --class invoice_fee --amount 1 --mode manual",
        "PayeeNotFound", "--owner-id");
    row("note",
        "adjustment add --owner-id 42 --class invoice_fee --amount 1 --mode manual "
        "--note \x01",
        "InvalidText", "--note");
    row("bookkeeper",
        "adjustment add --owner-id 42 --class carry_forward_credit --amount 1 --mode "
        "auto",
        "PermissionDenied", "permission", "bao");
    row("resolve", "payout resolve JPO-2026-999999 --note x", "PayoutNotFound", "payout");
    row("reverse evidence", "payout reverse JPO-2026-999999 --reason x --evidence /nonexistent",
        "InvalidProof", "--evidence");
    row("exception", "payout approve-exception JPO-2026-999999", "PayoutNotFound", "payout");
}

void TestAdjustmentCli::badInputIsRefusedAndChangesNothing()
{
    QFETCH(QString, line);
    QFETCH(QString, code);
    QFETCH(QString, option);
    QFETCH(QString, user);
    expectRefused(*m_book, line, code, option, user);
}

QTEST_GUILESS_MAIN(TestAdjustmentCli)
#include "tst_adjustmentcli.moc"
