#include "clidriver.h"

#include <QJsonArray>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

// coffer-cli fee and payee, on SQLite (tst_payeecli) and PostgreSQL
// (tst_payeecli_pg): the contract's words, JSON shapes, a payee user's view, and
// bad input that names the option and changes nothing.
class TestPayeeCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void creditsFlowThroughTheContract();
    void aPayeeUserSeesOnlyTheirOwnWallet();
    void methodsThroughTheContract();
    void badInputIsRefusedAndChangesNothing_data();
    void badInputIsRefusedAndChangesNothing();

private:
    CliResult cli(const QStringList &arguments, const QString &user = TestBook::testerName())
    {
        return runCli(*m_book, arguments, user);
    }
    void expectOk(const QStringList &arguments, const QString &user = TestBook::testerName())
    {
        const CliResult result = cli(arguments, user);
        QVERIFY2(
            result.exitCode == 0,
            qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + result.err));
    }
    static QStringList words(const QString &line) { return line.split(QLatin1Char(' ')); }

    std::unique_ptr<TestBook> m_book;
};

void TestPayeeCli::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    expectOk(words(QStringLiteral("init --admin tester --merchant Hub --currency USD")));
    expectOk(words(QStringLiteral("payee get-or-create --owner-type creator --owner-id 42 "
                                  "--currency USD")));
}

void TestPayeeCli::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestPayeeCli::creditsFlowThroughTheContract()
{
    CliResult fees = cli(words(QStringLiteral("--json fee set --percent 10 --fixed 0.30")));
    QCOMPARE(fees.exitCode, 0);
    QCOMPARE(fees.json().value(QStringLiteral("policy_version")).toInt(), 2);
    const QJsonObject rule
        = fees.json().value(QStringLiteral("rules")).toArray().first().toObject();
    QCOMPARE(rule.value(QStringLiteral("credit_type")).toString(), QStringLiteral("*"));
    QCOMPARE(rule.value(QStringLiteral("percent")).toString(), QStringLiteral("10"));
    QCOMPARE(rule.value(QStringLiteral("fixed")).toString(), QStringLiteral("0.30"));
    expectOk(words(QStringLiteral("fee set --credit-type tip --percent 0")));
    const CliResult euros
        = cli({QStringLiteral("--json"), QStringLiteral("fee"), QStringLiteral("set"),
               QStringLiteral("--credit-type"), QStringLiteral("bonus"), QStringLiteral("--fixed"),
               QStringLiteral("0.50 EUR")});
    QCOMPARE(euros.exitCode, 0);
    QVERIFY(euros.out.contains(QStringLiteral("\"fixed_currency\": \"EUR\"")));
    const CliResult unknown = cli({QStringLiteral("fee"), QStringLiteral("set"),
                                   QStringLiteral("--fixed"), QStringLiteral("1 ABC")});
    QVERIFY2(unknown.err.startsWith(QStringLiteral("error: UnknownCurrency: --fixed:")),
             qPrintable(unknown.err));
    expectOk(words(QStringLiteral("fee set --instant-percent 2")));
    QVERIFY(cli(words(QStringLiteral("fee show")))
                .out.contains(QStringLiteral("instant payout fee: 2%")));

    // get-or-create again: the same wallet.
    const CliResult again = cli(words(QStringLiteral(
        "--json payee get-or-create --owner-type creator --owner-id 42 --currency USD")));
    QCOMPARE(again.json().value(QStringLiteral("created")).toBool(), false);
    QCOMPARE(again.json().value(QStringLiteral("type")).toString(), QStringLiteral("PAYEE"));

    const CliResult credited = cli(words(QStringLiteral(
        "--json payee credit --owner-id 42 --type earning --amount 100 --idempotency-key ord-1")));
    QCOMPARE(credited.exitCode, 0);
    QCOMPARE(credited.json().value(QStringLiteral("fee")).toString(), QStringLiteral("10.30"));
    QCOMPARE(credited.json().value(QStringLiteral("net")).toString(), QStringLiteral("89.70"));
    QCOMPARE(credited.json().value(QStringLiteral("created")).toBool(), true);
    const CliResult replay = cli(words(QStringLiteral(
        "payee credit --owner-id 42 --type earning --amount 100 --idempotency-key ord-1")));
    QCOMPARE(replay.exitCode, 0);
    QVERIFY2(replay.out.startsWith(QStringLiteral("already credited 42 earning 100.00 USD")),
             qPrintable(replay.out));
    const CliResult tip = cli(words(QStringLiteral(
        "payee credit --owner-id 42 --type tip --amount 5 --available-on 2099-12-01")));
    QCOMPARE(tip.exitCode, 2); // beyond five years
    QVERIFY(tip.err.contains(QStringLiteral("--available-on:")));
    const QString later = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    expectOk(
        words(QStringLiteral("payee credit --owner-id 42 --type tip --amount 5 --available-on ")
              + later));

    const QJsonObject shown = cli(words(QStringLiteral("--json payee show --owner-id 42"))).json();
    QCOMPARE(shown.value(QStringLiteral("owner_type")).toString(), QStringLiteral("creator"));
    const QJsonObject usd = shown.value(QStringLiteral("wallets")).toArray().first().toObject();
    QCOMPARE(usd.value(QStringLiteral("available")).toString(), QStringLiteral("89.70"));
    QCOMPARE(usd.value(QStringLiteral("pending")).toString(), QStringLiteral("5.00"));
    QCOMPARE(usd.value(QStringLiteral("held")).toString(), QStringLiteral("0.00"));
    const QJsonArray history = shown.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("tip"));
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("available_on")).toString(), later);
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("PENDING"));
    QCOMPARE(history.at(1).toObject().value(QStringLiteral("change")).toString(),
             QStringLiteral("-10.30"));
    QCOMPARE(history.at(2).toObject().value(QStringLiteral("balance_after")).toString(),
             QStringLiteral("100.00"));
    const QString text = cli(words(QStringLiteral("payee show --owner-id 42"))).out;
    QVERIFY2(text.contains(QStringLiteral("pending until ") + later), qPrintable(text));
    QVERIFY(cli(words(QStringLiteral("payee list"))).out.contains(QStringLiteral("creator")));
    // The merchant's wallet list keeps to the merchant's wallets.
    QVERIFY(!cli(words(QStringLiteral("wallet list"))).out.contains(QStringLiteral("creator:42")));
}

void TestPayeeCli::aPayeeUserSeesOnlyTheirOwnWallet()
{
    expectOk(words(QStringLiteral("payee get-or-create --owner-type creator --owner-id 43 "
                                  "--currency USD")));
    expectOk(words(QStringLiteral("payee credit --owner-id 43 --type bonus --amount 7")));
    expectOk(words(QStringLiteral("user add --name mai --role payee --payee creator:42")));
    const CliResult own
        = cli(words(QStringLiteral("payee show --owner-id 42")), QStringLiteral("mai"));
    QCOMPARE(own.exitCode, 0);
    const CliResult other
        = cli(words(QStringLiteral("payee show --owner-id 43")), QStringLiteral("mai"));
    QCOMPARE(other.exitCode, 2);
    QCOMPARE(other.err,
             QStringLiteral("error: PayeeNotFound: --owner-id: no payee has the owner "
                            "id '43'\n"));
    const CliResult listed = cli(words(QStringLiteral("--json payee list")), QStringLiteral("mai"));
    QCOMPARE(listed.json().value(QStringLiteral("payees")).toArray().size(), 1);
    const CliResult credit = cli(words(QStringLiteral("payee credit --owner-id 42 --type tip "
                                                      "--amount 1")),
                                 QStringLiteral("mai"));
    QCOMPARE(credit.exitCode, 2);
    QVERIFY2(credit.err.startsWith(QStringLiteral("error: PermissionDenied")),
             qPrintable(credit.err));
}

void TestPayeeCli::methodsThroughTheContract()
{
    const CliResult bank
        = cli({QStringLiteral("--json"), QStringLiteral("method"), QStringLiteral("add"),
               QStringLiteral("--owner-id"), QStringLiteral("42"), QStringLiteral("--kind"),
               QStringLiteral("bank"), QStringLiteral("--details"),
               QStringLiteral("GB82 WEST 1234 5698 7654 32")});
    QCOMPARE(bank.exitCode, 0);
    QCOMPARE(bank.json().value(QStringLiteral("details")).toString(),
             QStringLiteral("IBAN GB ••••5432"));
    QCOMPARE(bank.json().value(QStringLiteral("default")).toBool(), true);
    const qint64 bankId = bank.json().value(QStringLiteral("id")).toInteger();
    const CliResult card
        = cli({QStringLiteral("method"), QStringLiteral("add"), QStringLiteral("--owner-id"),
               QStringLiteral("42"), QStringLiteral("--kind"), QStringLiteral("debit_card"),
               QStringLiteral("--details"), QStringLiteral("4242424242424242"),
               QStringLiteral("--default")});
    QVERIFY2(card.out.contains(QStringLiteral("Visa ••••4242 (USD, default)")),
             qPrintable(card.out));
    QVERIFY(!card.out.contains(QStringLiteral("424242424242")));
    expectOk({QStringLiteral("method"), QStringLiteral("default"), QString::number(bankId)});
    const QJsonArray listed = cli(words(QStringLiteral("--json method list --owner-id 42")))
                                  .json()
                                  .value(QStringLiteral("methods"))
                                  .toArray();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("default")).toBool(), true);
    expectOk({QStringLiteral("method"), QStringLiteral("remove"), QString::number(bankId)});
    const QString text = cli(words(QStringLiteral("method list --owner-id 42"))).out;
    QVERIFY2(text.contains(QStringLiteral("inactive")), qPrintable(text));
    const CliResult missing = cli(words(QStringLiteral("method remove 999")));
    QCOMPARE(missing.err, QStringLiteral("error: PayoutMethodNotFound: ID: 999 does not exist\n"));
    // A payee user adds their own methods, and never another payee's.
    expectOk(words(QStringLiteral("user add --name mai --role payee --payee creator:42")));
    expectOk(words(QStringLiteral("method add --owner-id 42 --kind venmo --details @mai-42")),
             QStringLiteral("mai"));
    const CliResult foreign
        = cli(words(QStringLiteral("method list --owner-id 43")), QStringLiteral("mai"));
    QVERIFY2(foreign.err.startsWith(QStringLiteral("error: PayeeNotFound: --owner-id:")),
             qPrintable(foreign.err));
}

void TestPayeeCli::badInputIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("option");
    auto row = [](const char *name, const char *line, const char *code, const char *option) {
        QTest::newRow(name) << QString::fromUtf8(line) << QString::fromUtf8(code)
                            << QString::fromUtf8(option);
    };
    row("zero", "payee credit --owner-id 42 --type earning --amount 0", "AmountMustBePositive",
        "--amount");
    row("negative", "payee credit --owner-id 42 --type earning --amount -1", "AmountMustBePositive",
        "--amount");
    row("decimals", "payee credit --owner-id 42 --type earning --amount 1.001", "TooManyDecimals",
        "--amount");
    row("words", "payee credit --owner-id 42 --type earning --amount ten", "InvalidAmount",
        "--amount");
    row("type", "payee credit --owner-id 42 --type gift --amount 1", "InvalidArgument", "--type");
    row("owner", "payee credit --owner-id 99 --type earning --amount 1", "PayeeNotFound",
        "--owner-id");
    row("currency", "payee credit --owner-id 42 --type earning --amount 1 --currency EUR",
        "CurrencyMismatch", "--currency");
    row("date", "payee credit --owner-id 42 --type earning --amount 1 --available-on 2026-02-30",
        "InvalidDate", "--available-on");
    const QByteArray longKey = "payee credit --owner-id 42 --type earning --amount 1 "
                               "--idempotency-key "
        + QByteArray(101, 'k');
    row("key", longKey.constData(), "FieldTooLong", "--idempotency-key");
    row("owner type", "payee get-or-create --owner-type friend --owner-id 1 --currency USD",
        "InvalidArgument", "--owner-type");
    row("wallet currency", "payee get-or-create --owner-type creator --owner-id 1 --currency XYZ",
        "UnknownCurrency", "--currency");
    row("taken id", "payee get-or-create --owner-type vendor --owner-id 42 --currency USD",
        "PayeeTypeMismatch", "--owner-id");
    row("percent", "fee set --percent 101", "InvalidAmount", "--percent");
    row("percent decimals", "fee set --percent 1.23456", "InvalidAmount", "--percent");
    row("fixed", "fee set --fixed -1", "AmountMustBePositive", "--fixed");
    row("nothing", "fee set", "InvalidArgument", "fee");
    row("credit type", "fee set --credit-type gift --percent 1", "InvalidArgument",
        "--credit-type");
    row("method kind", "method add --owner-id 42 --kind cheque --details 1234", "InvalidArgument",
        "--kind");
    row("iban", "method add --owner-id 42 --kind bank --details GB82WEST12345698765433",
        "InvalidPaymentDetails", "--details");
    row("email", "method add --owner-id 42 --kind paypal --details nobody", "InvalidPaymentDetails",
        "--details");
    row("card", "method add --owner-id 42 --kind debit_card --details 4242424242424241",
        "InvalidPaymentDetails", "--details");
    row("method owner", "method add --owner-id 77 --kind venmo --details @someone", "PayeeNotFound",
        "--owner-id");
    row("method id", "method default abc", "InvalidArgument", "ID");
    row("instant per type", "fee set --credit-type tip --instant-percent 1", "InvalidArgument",
        "--instant-percent");
}

void TestPayeeCli::badInputIsRefusedAndChangesNothing()
{
    QFETCH(QString, line);
    QFETCH(QString, code);
    QFETCH(QString, option);
    expectRefused(*m_book, line, code, option);
}

QTEST_GUILESS_MAIN(TestPayeeCli)
#include "tst_payeecli.moc"
