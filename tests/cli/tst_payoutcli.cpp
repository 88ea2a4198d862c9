#include "clidriver.h"

#include "security/base32.h"
#include "security/otp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

// coffer-cli payout, on SQLite (tst_payoutcli) and PostgreSQL (tst_payoutcli_pg):
// a payout from request to paid with the approver's code from COFFER_TOTP and a
// proof file, the JSON of payout show, and bad input that names the option and
// changes nothing.
class TestPayoutCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aPayoutRunsFromRequestToPaid();
    void failuresRetriesAndCancels();
    void aPayeeRequestsTheirOwnPayout();
    void executionInputIsChecked();
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
    // The reviewer's code `steps` steps from now. Set-up confirms with the current
    // step and each test approves once with the next, which stays acceptable (one
    // step of drift) even when the clock crosses a step boundary meanwhile.
    QString code(int steps) const
    {
        return totp(m_secret, QDateTime::currentSecsSinceEpoch() + 30 * steps, TotpParameters {});
    }
    CliResult approve(const QString &number, int steps)
    {
        qputenv("COFFER_TOTP", code(steps).toUtf8());
        const CliResult result = cli({QStringLiteral("payout"), QStringLiteral("approve"), number},
                                     QStringLiteral("rita"));
        qunsetenv("COFFER_TOTP");
        return result;
    }

    std::unique_ptr<TestBook> m_book;
    QTemporaryDir m_files;
    QString m_pdf;
    QByteArray m_secret;
};

void TestPayoutCli::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    QVERIFY(!expectOk(words(QStringLiteral("init --admin tester --merchant Hub --currency USD")))
                 .isEmpty());
    for (const char *line :
         {"wallet add --name Bank --type bank --initial 1000",
          "payee get-or-create --owner-type creator --owner-id 42 --currency USD",
          "payee credit --owner-id 42 --type earning --amount 100",
          "method add --owner-id 42 --kind paypal --details lan@example.com",
          "user add --name rita --role reviewer"})
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

void TestPayoutCli::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestPayoutCli::aPayoutRunsFromRequestToPaid()
{
    const QString number
        = expectOk(words(QStringLiteral("payout request --owner-id 42 --amount 40")));
    QCOMPARE(number, QStringLiteral("JPO-%1-000001").arg(QDate::currentDate().year()));
    // The requester may not approve; the reviewer does, with a code.
    const CliResult own = cli({QStringLiteral("payout"), QStringLiteral("approve"), number});
    QCOMPARE(own.exitCode, 2);
    const CliResult approved = approve(number, 1);
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    QVERIFY(approved.out.contains(QStringLiteral("approved")));
    QVERIFY(!expectOk({QStringLiteral("payout"), QStringLiteral("process"), number},
                      QStringLiteral("rita"))
                 .isEmpty());
    const QString executed = expectOk({QStringLiteral("payout"), QStringLiteral("execute"), number,
                                       QStringLiteral("--reference"), QStringLiteral("PP-123"),
                                       QStringLiteral("--actual-amount"), QStringLiteral("40.00"),
                                       QStringLiteral("--proof"), m_pdf},
                                      QStringLiteral("rita"));
    QVERIFY2(executed.endsWith(QStringLiteral("paid")), qPrintable(executed));
    const QJsonObject shown
        = cli({QStringLiteral("--json"), QStringLiteral("payout"), QStringLiteral("show"), number})
              .json();
    QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("paid"));
    QCOMPARE(shown.value(QStringLiteral("reference")).toString(), QStringLiteral("PP-123"));
    QCOMPARE(shown.value(QStringLiteral("timeline")).toArray().size(), 4);
    const QJsonObject proof = shown.value(QStringLiteral("proofs")).toArray().first().toObject();
    QCOMPARE(proof.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(QByteArray("%PDF-1.4\n%%EOF\n"),
                                                          QCryptographicHash::Sha256)
                                     .toHex()));
    QCOMPARE(shown.value(QStringLiteral("attempts"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("outcome")),
             QStringLiteral("paid"));
    // The proof comes back out of the book byte for byte.
    const QString copy = m_files.filePath(QStringLiteral("copy.pdf"));
    QVERIFY(!expectOk({QStringLiteral("payout"), QStringLiteral("show"), number,
                       QStringLiteral("--save-proof"),
                       QString::number(proof.value(QStringLiteral("document_id")).toInteger()),
                       QStringLiteral("--out"), copy})
                 .isEmpty());
    QFile saved(copy);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("%PDF-1.4\n%%EOF\n"));
    // A reconciler replaces the proof; the first file stays.
    QVERIFY(!expectOk(words(QStringLiteral("user add --name rob --role reconciler"))).isEmpty());
    const QString png = m_files.filePath(QStringLiteral("slip.png"));
    QFile image(png);
    QVERIFY(image.open(QIODevice::WriteOnly));
    image.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(16, 'p'));
    image.close();
    const QString replaced = expectOk({QStringLiteral("payout"), QStringLiteral("replace-proof"),
                                       number, QStringLiteral("--proof"), png,
                                       QStringLiteral("--reason"), QStringLiteral("wrong file")},
                                      QStringLiteral("rob"));
    QVERIFY2(replaced.contains(QStringLiteral("proof replaced by document 2 (slip.png")),
             qPrintable(replaced));
    const QJsonArray proofs
        = cli({QStringLiteral("--json"), QStringLiteral("payout"), QStringLiteral("show"), number})
              .json()
              .value(QStringLiteral("proofs"))
              .toArray();
    QCOMPARE(proofs.size(), 2);
    QCOMPARE(proofs.at(0).toObject().value(QStringLiteral("current")).toBool(), false);
    QCOMPARE(proofs.at(1).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("wrong file"));
    const QString text = expectOk({QStringLiteral("payout"), QStringLiteral("show"), number});
    QVERIFY2(text.contains(QStringLiteral("pending -> approved  by rita")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("sha256 ")));
    const QJsonArray paid = cli(words(QStringLiteral("--json payout list --state paid")))
                                .json()
                                .value(QStringLiteral("payouts"))
                                .toArray();
    QCOMPARE(paid.size(), 1);
    QVERIFY(cli(words(QStringLiteral("payee show --owner-id 42")))
                .out.contains(QStringLiteral("60.00")));
}

void TestPayoutCli::failuresRetriesAndCancels()
{
    const QString first
        = expectOk(words(QStringLiteral("payout request --owner-id 42 --amount 10")));
    QVERIFY(approve(first, 1).exitCode == 0);
    QVERIFY(!expectOk({QStringLiteral("payout"), QStringLiteral("process"), first},
                      QStringLiteral("rita"))
                 .isEmpty());
    const QString retried
        = expectOk({QStringLiteral("payout"), QStringLiteral("fail"), first,
                    QStringLiteral("--code"), QStringLiteral("R01"), QStringLiteral("--message"),
                    QStringLiteral("bank busy"), QStringLiteral("--retry")},
                   QStringLiteral("rita"));
    QVERIFY2(retried.endsWith(QStringLiteral("approved")), qPrintable(retried));
    const QString canceled = expectOk({QStringLiteral("payout"), QStringLiteral("cancel"), first,
                                       QStringLiteral("--reason"), QStringLiteral("asked twice")});
    QVERIFY2(canceled.endsWith(QStringLiteral("canceled")), qPrintable(canceled));
    const QJsonObject shown
        = cli({QStringLiteral("--json"), QStringLiteral("payout"), QStringLiteral("show"), first})
              .json();
    QCOMPARE(shown.value(QStringLiteral("held")).toString(), QStringLiteral("0.00"));
    QCOMPARE(shown.value(QStringLiteral("attempts"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("failure_code")),
             QStringLiteral("R01"));
}

void TestPayoutCli::aPayeeRequestsTheirOwnPayout()
{
    QVERIFY(!expectOk(words(QStringLiteral("user add --name mai --role payee --payee creator:42")))
                 .isEmpty());
    const QString number
        = expectOk(words(QStringLiteral("payout request --owner-id 42 --amount 5 --instant")),
                   QStringLiteral("mai"));
    QVERIFY(number.startsWith(QStringLiteral("JPO-")));
    const QJsonObject shown
        = cli({QStringLiteral("--json"), QStringLiteral("payout"), QStringLiteral("show"), number},
              QStringLiteral("mai"))
              .json();
    QCOMPARE(shown.value(QStringLiteral("fee")).toString(), QStringLiteral("0.08")); // 1.5% of 5
    QCOMPARE(shown.value(QStringLiteral("requested_by")).toString(), QStringLiteral("mai"));
    const CliResult approve
        = cli({QStringLiteral("payout"), QStringLiteral("approve"), number}, QStringLiteral("mai"));
    QVERIFY2(approve.err.startsWith(QStringLiteral("error: PermissionDenied")),
             qPrintable(approve.err));
}

void TestPayoutCli::executionInputIsChecked()
{
    const QString number
        = expectOk(words(QStringLiteral("payout request --owner-id 42 --amount 40")));
    QVERIFY(approve(number, 1).exitCode == 0);
    QVERIFY(!expectOk({QStringLiteral("payout"), QStringLiteral("process"), number},
                      QStringLiteral("rita"))
                 .isEmpty());
    const QString text = m_files.filePath(QStringLiteral("notes.pdf"));
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a pdf at all");
    notes.close();
    const QString empty = m_files.filePath(QStringLiteral("empty.png"));
    QFile(empty).open(QIODevice::WriteOnly);
    struct Case
    {
        QStringList options;
        QString expected;
    };
    const QList<Case> cases {
        {{QStringLiteral("--reference"), QStringLiteral("R1"), QStringLiteral("--actual-amount"),
          QStringLiteral("40"), QStringLiteral("--proof"),
          m_files.filePath(QStringLiteral("no.pdf"))},
         QStringLiteral("error: InvalidProof: --proof: cannot read")},
        {{QStringLiteral("--reference"), QStringLiteral("R1"), QStringLiteral("--actual-amount"),
          QStringLiteral("40"), QStringLiteral("--proof"), text},
         QStringLiteral("error: InvalidProof: --proof: 'notes.pdf' is not a PDF, PNG or JPEG")},
        {{QStringLiteral("--reference"), QStringLiteral("R1"), QStringLiteral("--actual-amount"),
          QStringLiteral("40"), QStringLiteral("--proof"), empty},
         QStringLiteral("error: InvalidProof: --proof: the file is empty")},
        {{QStringLiteral("--reference"), QStringLiteral(" "), QStringLiteral("--actual-amount"),
          QStringLiteral("40"), QStringLiteral("--proof"), m_pdf},
         QStringLiteral("error: FieldRequired: --reference:")},
        {{QStringLiteral("--reference"), QStringLiteral("R1"), QStringLiteral("--actual-amount"),
          QStringLiteral("0"), QStringLiteral("--proof"), m_pdf},
         QStringLiteral("error: AmountMustBePositive: --actual-amount:")},
        {{QStringLiteral("--reference"), QStringLiteral("R1"), QStringLiteral("--actual-amount"),
          QStringLiteral("39"), QStringLiteral("--proof"), m_pdf},
         QStringLiteral("error: FieldRequired: --note:")},
        {{QStringLiteral("--reference"), QStringLiteral("R1"), QStringLiteral("--actual-amount"),
          QStringLiteral("40"), QStringLiteral("--proof"), m_pdf, QStringLiteral("--wallet"),
          QStringLiteral("Nowhere")},
         QStringLiteral("error: WalletNotFound: --wallet:")},
    };
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    for (const Case &c : cases) {
        const CliResult result = cli(
            QStringList {QStringLiteral("payout"), QStringLiteral("execute"), number} + c.options,
            QStringLiteral("rita"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith(c.expected), qPrintable(result.err));
        QCOMPARE(BookSnapshot::take(m_book->book().database()), before);
    }
}

void TestPayoutCli::badInputIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("option");
    auto row = [](const char *name, const char *line, const char *code, const char *option) {
        QTest::newRow(name) << QString::fromUtf8(line) << QString::fromUtf8(code)
                            << QString::fromUtf8(option);
    };
    row("zero", "payout request --owner-id 42 --amount 0", "AmountMustBePositive", "--amount");
    row("negative", "payout request --owner-id 42 --amount -3", "AmountMustBePositive", "--amount");
    row("decimals", "payout request --owner-id 42 --amount 1.001", "TooManyDecimals", "--amount");
    row("over available", "payout request --owner-id 42 --amount 100.01", "InsufficientFunds",
        "--amount");
    row("owner", "payout request --owner-id 77 --amount 1", "PayeeNotFound", "--owner-id");
    row("method", "payout request --owner-id 42 --amount 1 --method 99", "PayoutMethodNotFound",
        "--method");
    row("method word", "payout request --owner-id 42 --amount 1 --method one", "InvalidArgument",
        "--method");
    row("adjustment", "payout request --owner-id 42 --amount 1 --adjustment 1",
        "AdjustmentNotFound", "--adjustment");
    row("adjustment word", "payout request --owner-id 42 --amount 1 --adjustment one",
        "InvalidArgument", "--adjustment");
    row("number", "payout show JPO-2026-999999", "PayoutNotFound", "payout");
    row("state", "payout list --state lost", "InvalidArgument", "--state");
    row("reason", "payout cancel JPO-2026-999999 --reason \x01", "InvalidText", "--reason");
}

void TestPayoutCli::badInputIsRefusedAndChangesNothing()
{
    QFETCH(QString, line);
    QFETCH(QString, code);
    QFETCH(QString, option);
    expectRefused(*m_book, line, code, option);
}

QTEST_GUILESS_MAIN(TestPayoutCli)
#include "tst_payoutcli.moc"
