#include "clidriver.h"

#include "security/base32.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

// Every coffer-cli command of the contract, on SQLite (tst_cli) and PostgreSQL
// (tst_cli_pg), with the bad-input matrix: the named error and an unchanged book.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyCommandWorks();
    void jsonListingsAreStable();
    void badInputIsRefusedAndChangesNothing_data();
    void badInputIsRefusedAndChangesNothing();
    void sqlMetacharactersAreStoredVerbatim();
    void verifyReportsDriftWithExitOne();
    void auditVerifyNamesTheFirstBrokenRecord();
    void oneTimePasswordsEnrolAndVerify();
    void signInFailuresAreNamed();
    void generateIsDeterministicForASeed();
    void realExecutableReportsErrorsOnStderr();

private:
    CliResult cli(const QStringList &arguments) { return runCli(*m_book, arguments); }
    void expectOk(const QStringList &arguments);

    std::unique_ptr<TestBook> m_book;
};

void TestCli::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    expectOk({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("tester"),
              QStringLiteral("--merchant"), QStringLiteral("Phở 24"), QStringLiteral("--currency"),
              QStringLiteral("VND")});
    expectOk({QStringLiteral("wallet"), QStringLiteral("add"), QStringLiteral("--name"),
              QStringLiteral("Bank"), QStringLiteral("--type"), QStringLiteral("bank"),
              QStringLiteral("--initial"), QStringLiteral("1000000")});
    expectOk({QStringLiteral("wallet"), QStringLiteral("add"), QStringLiteral("--name"),
              QStringLiteral("Dollars"), QStringLiteral("--type"), QStringLiteral("bank"),
              QStringLiteral("--currency"), QStringLiteral("USD"), QStringLiteral("--initial"),
              QStringLiteral("250.00")});
    expectOk({QStringLiteral("wallet"), QStringLiteral("add"), QStringLiteral("--name"),
              QStringLiteral("Old till"), QStringLiteral("--type"), QStringLiteral("cash")});
    expectOk({QStringLiteral("wallet"), QStringLiteral("archive"), QStringLiteral("Old till")});
}

void TestCli::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestCli::expectOk(const QStringList &arguments)
{
    const CliResult result = cli(arguments);
    QVERIFY2(result.exitCode == 0,
             qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + result.err));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
}

void TestCli::everyCommandWorks()
{
    const QString W = QStringLiteral("--wallet");
    expectOk({QStringLiteral("wallet"), QStringLiteral("list")});
    expectOk({QStringLiteral("category"), QStringLiteral("list")});
    expectOk({QStringLiteral("category"), QStringLiteral("add"), QStringLiteral("--name"),
              QStringLiteral("Cà phê hạt"), QStringLiteral("--type"), QStringLiteral("expense"),
              QStringLiteral("--parent"), QStringLiteral("PURCHASE")});
    const CliResult sale
        = cli({QStringLiteral("--json"), QStringLiteral("tx"), QStringLiteral("add"),
               QStringLiteral("--type"), QStringLiteral("income"), W, QStringLiteral("Bank"),
               QStringLiteral("--amount"), QStringLiteral("500000"), QStringLiteral("--category"),
               QStringLiteral("000_SALE"), QStringLiteral("--date"), QStringLiteral("2026-05-01"),
               QStringLiteral("--reference"), QStringLiteral("SaleOrder:SO-1"),
               QStringLiteral("--note"), QStringLiteral("Lunch")});
    QCOMPARE(sale.exitCode, 0);
    const QString saleId = QString::number(sale.json().value(QStringLiteral("id")).toInteger());
    QCOMPARE(sale.json().value(QStringLiteral("reference")).toString(),
             QStringLiteral("SaleOrder:SO-1"));
    expectOk({QStringLiteral("tx"), QStringLiteral("add"), QStringLiteral("--type"),
              QStringLiteral("expense"), W, QStringLiteral("Bank"), QStringLiteral("--amount"),
              QStringLiteral("120000"), QStringLiteral("--category"),
              QStringLiteral("Cà phê hạt")});
    expectOk({QStringLiteral("tx"), QStringLiteral("add"), QStringLiteral("--type"),
              QStringLiteral("expense"), W, QStringLiteral("Bank"), QStringLiteral("--amount"),
              QStringLiteral("80000"), QStringLiteral("--category"),
              QStringLiteral("Thuê mặt bằng và tiện ích"), QStringLiteral("--status"),
              QStringLiteral("pending")});
    expectOk({QStringLiteral("transfer"), QStringLiteral("--from"), QStringLiteral("Dollars"),
              QStringLiteral("--to"), QStringLiteral("Bank"), QStringLiteral("--amount"),
              QStringLiteral("10.00"), QStringLiteral("--rate"), QStringLiteral("25400")});
    expectOk({QStringLiteral("transfer"), QStringLiteral("--from"), QStringLiteral("Bank"),
              QStringLiteral("--to"), QStringLiteral("Dollars"), QStringLiteral("--amount"),
              QStringLiteral("254000"), QStringLiteral("--to-amount"), QStringLiteral("9.90"),
              QStringLiteral("--date"), QStringLiteral("2026-06-01")});
    expectOk({QStringLiteral("transfer"), QStringLiteral("--from"), QStringLiteral("Bank"),
              QStringLiteral("--to"), QStringLiteral("Cash"), QStringLiteral("--amount"),
              QStringLiteral("100000")});
    expectOk({QStringLiteral("event"), QStringLiteral("sale-paid"), QStringLiteral("--reference"),
              QStringLiteral("SO-2"), W, QStringLiteral("Cash"), QStringLiteral("--amount"),
              QStringLiteral("45000")});
    expectOk({QStringLiteral("event"), QStringLiteral("purchase-received"),
              QStringLiteral("--reference"), QStringLiteral("PO-1"), W, QStringLiteral("Cash"),
              QStringLiteral("--amount"), QStringLiteral("15000")});
    expectOk({QStringLiteral("tx"), QStringLiteral("list"), W, QStringLiteral("Bank"),
              QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
              QStringLiteral("2099-12-31"), QStringLiteral("--limit"), QStringLiteral("5")});
    expectOk({QStringLiteral("tx"), QStringLiteral("cancel"), saleId});
    expectOk({QStringLiteral("balance")});
    expectOk({QStringLiteral("balance"), W, QStringLiteral("Dollars")});
    expectOk({QStringLiteral("verify")});

    const QJsonObject balance = cli({QStringLiteral("--json"), QStringLiteral("balance")}).json();
    QMap<QString, QString> current;
    for (const QJsonValue &w : balance.value(QStringLiteral("wallets")).toArray())
        current.insert(w[QStringLiteral("name")].toString(),
                       w[QStringLiteral("current")].toString());
    // 1,000,000 + 500,000 - 120,000 + 254,000 - 254,000 - 100,000 - 500,000 (reversal)
    QCOMPARE(current.value(QStringLiteral("Bank")), QStringLiteral("780000"));
    QCOMPARE(current.value(QStringLiteral("Dollars")), QStringLiteral("249.90"));
    QCOMPARE(current.value(QStringLiteral("Cash")), QStringLiteral("130000"));
    const QJsonArray totals = balance.value(QStringLiteral("totals")).toArray();
    QCOMPARE(totals.size(), 2); // USD and VND; the archived till adds nothing
    const QJsonObject bank
        = cli({QStringLiteral("--json"), QStringLiteral("balance"), W, QStringLiteral("Bank")})
              .json()
              .value(QStringLiteral("wallets"))
              .toArray()
              .first()
              .toObject();
    QCOMPARE(bank.value(QStringLiteral("pending")).toString(), QStringLiteral("-80000"));
}

void TestCli::jsonListingsAreStable()
{
    expectOk({QStringLiteral("tx"), QStringLiteral("add"), QStringLiteral("--type"),
              QStringLiteral("income"), QStringLiteral("--wallet"), QStringLiteral("Dollars"),
              QStringLiteral("--amount"), QStringLiteral("0.10"), QStringLiteral("--date"),
              QStringLiteral("2026-02-03")});
    const QJsonObject list
        = cli({QStringLiteral("--json"), QStringLiteral("tx"), QStringLiteral("list")}).json();
    const QJsonObject tx = list.value(QStringLiteral("transactions")).toArray().first().toObject();
    QCOMPARE(tx.value(QStringLiteral("amount")).toString(), QStringLiteral("0.10"));
    QCOMPARE(tx.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(tx.value(QStringLiteral("date")).toString(), QStringLiteral("2026-02-03"));
    QCOMPARE(tx.value(QStringLiteral("type")).toString(), QStringLiteral("INCOME"));
    QCOMPARE(tx.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(tx.value(QStringLiteral("category")).toString(), QStringLiteral("OTHER_INCOME"));
    QCOMPARE(tx.value(QStringLiteral("wallet")).toString(), QStringLiteral("Dollars"));
    QVERIFY(tx.contains(QStringLiteral("to_amount"))
            && tx.value(QStringLiteral("to_amount")).isNull());

    const QJsonArray wallets
        = cli({QStringLiteral("wallet"), QStringLiteral("list"), QStringLiteral("--json")})
              .json()
              .value(QStringLiteral("wallets"))
              .toArray();
    QCOMPARE(wallets.size(), 4);
    const QStringList keys {
        QStringLiteral("account_number"), QStringLiteral("available"), QStringLiteral("bank_name"),
        QStringLiteral("currency"),       QStringLiteral("current"),   QStringLiteral("default"),
        QStringLiteral("excluded"),       QStringLiteral("held"),      QStringLiteral("id"),
        QStringLiteral("initial"),        QStringLiteral("name"),      QStringLiteral("names"),
        QStringLiteral("payee_id"),       QStringLiteral("pending"),   QStringLiteral("status"),
        QStringLiteral("type")};
    QCOMPARE(wallets.first().toObject().keys(), keys);
    const QJsonArray categories
        = cli({QStringLiteral("--json"), QStringLiteral("category"), QStringLiteral("list")})
              .json()
              .value(QStringLiteral("categories"))
              .toArray();
    QCOMPARE(categories.size(), 19); // the fixed categories
    const QJsonObject verify = cli({QStringLiteral("--json"), QStringLiteral("verify")}).json();
    QCOMPARE(verify.value(QStringLiteral("ok")).toBool(), true);
}

void TestCli::badInputIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QString tx = QStringLiteral("tx"), add = QStringLiteral("add");
    const QString type = QStringLiteral("--type"), wallet = QStringLiteral("--wallet"),
                  amount = QStringLiteral("--amount");
    auto income = [&](const QString &value) {
        return QStringList {
            tx, add, type, QStringLiteral("income"), wallet, QStringLiteral("Bank"), amount, value};
    };
    auto incomeWith = [&](const QString &option, const QString &value) {
        return QStringList {tx,     add,
                            type,   QStringLiteral("income"),
                            wallet, QStringLiteral("Bank"),
                            amount, QStringLiteral("1000"),
                            option, value};
    };
    auto transfer = [&](const QString &from, const QString &to, const QStringList &extra) {
        return QStringList {QStringLiteral("transfer"),
                            QStringLiteral("--from"),
                            from,
                            QStringLiteral("--to"),
                            to,
                            amount,
                            QStringLiteral("10")}
        + extra;
    };
    auto addWallet = [&](const QStringList &extra) {
        return QStringList {QStringLiteral("wallet"), add} + extra;
    };
    QTest::newRow("empty amount") << income(QString()) << "InvalidAmount"
                                  << "--amount";
    QTest::newRow("text amount") << income(QStringLiteral("ten")) << "InvalidAmount"
                                 << "--amount";
    QTest::newRow("too many decimals") << income(QStringLiteral("12.5")) << "TooManyDecimals"
                                       << "--amount";
    QTest::newRow("negative amount") << income(QStringLiteral("-5")) << "AmountMustBePositive"
                                     << "--amount";
    QTest::newRow("zero amount") << income(QStringLiteral("0")) << "AmountMustBePositive"
                                 << "--amount";
    QTest::newRow("overflow amount")
        << income(QStringLiteral("9223372036854775808")) << "AmountOverflow"
        << "--amount";
    QTest::newRow("balance overflow")
        << income(QStringLiteral("9223372036854775807")) << "AmountOverflow"
        << "--amount";
    QTest::newRow("unknown wallet") << QStringList {tx,     add,
                                                    type,   QStringLiteral("income"),
                                                    wallet, QStringLiteral("Nope"),
                                                    amount, QStringLiteral("1")}
                                    << "WalletNotFound"
                                    << "--wallet";
    QTest::newRow("archived wallet") << QStringList {tx,     add,
                                                     type,   QStringLiteral("income"),
                                                     wallet, QStringLiteral("Old till"),
                                                     amount, QStringLiteral("1")}
                                     << "WalletArchived"
                                     << "--wallet";
    QTest::newRow("SQL in wallet name")
        << QStringList {tx,     add,
                        type,   QStringLiteral("income"),
                        wallet, QStringLiteral("Bank'; DROP TABLE wallet; --"),
                        amount, QStringLiteral("1")}
        << "WalletNotFound"
        << "--wallet";
    QTest::newRow("unknown category")
        << incomeWith(QStringLiteral("--category"), QStringLiteral("NOPE")) << "CategoryNotFound"
        << "--category";
    QTest::newRow("category of other type")
        << incomeWith(QStringLiteral("--category"), QStringLiteral("PURCHASE"))
        << "CategoryTypeMismatch"
        << "--category";
    QTest::newRow("impossible date")
        << incomeWith(QStringLiteral("--date"), QStringLiteral("2026-02-30")) << "InvalidDate"
        << "--date";
    QTest::newRow("month 13") << incomeWith(QStringLiteral("--date"), QStringLiteral("2026-13-01"))
                              << "InvalidDate"
                              << "--date";
    QTest::newRow("malformed date")
        << incomeWith(QStringLiteral("--date"), QStringLiteral("21/11/2026")) << "InvalidDate"
        << "--date";
    QTest::newRow("empty date") << incomeWith(QStringLiteral("--date"), QString()) << "InvalidDate"
                                << "--date";
    QTest::newRow("control character in note")
        << incomeWith(QStringLiteral("--note"), QStringLiteral("a\u0007b")) << "InvalidText"
        << "--note";
    QTest::newRow("overlong note")
        << incomeWith(QStringLiteral("--note"), QString(2001, u'x')) << "FieldTooLong"
        << "--note";
    QTest::newRow("reference without colon")
        << incomeWith(QStringLiteral("--reference"), QStringLiteral("SO1")) << "InvalidReference"
        << "--reference";
    QTest::newRow("reference type shape")
        << incomeWith(QStringLiteral("--reference"), QStringLiteral("1x:5")) << "InvalidReference"
        << "--reference";
    QTest::newRow("status cancelled")
        << incomeWith(QStringLiteral("--status"), QStringLiteral("cancelled")) << "InvalidArgument"
        << "--status";
    QTest::newRow("tx type transfer") << QStringList {tx,     add,
                                                      type,   QStringLiteral("transfer"),
                                                      wallet, QStringLiteral("Bank"),
                                                      amount, QStringLiteral("1")}
                                      << "InvalidArgument"
                                      << "--type";
    QTest::newRow("missing amount")
        << QStringList {tx, add, type, QStringLiteral("income"), wallet, QStringLiteral("Bank")}
        << "MissingOption"
        << "--amount";
    QTest::newRow("unknown option")
        << incomeWith(QStringLiteral("--colour"), QStringLiteral("red")) << "UnknownOption"
        << "--colour";
    QTest::newRow("transfer to itself")
        << transfer(QStringLiteral("Bank"), QStringLiteral("Bank"), {}) << "TransferToSameWallet"
        << "--to";
    QTest::newRow("currency mismatch without rate")
        << transfer(QStringLiteral("Dollars"), QStringLiteral("Bank"), {}) << "CurrencyMismatch"
        << "--rate";
    QTest::newRow("zero rate") << transfer(QStringLiteral("Dollars"), QStringLiteral("Bank"),
                                           {QStringLiteral("--rate"), QStringLiteral("0")})
                               << "InvalidRate"
                               << "--rate";
    QTest::newRow("rate with 7 decimals")
        << transfer(QStringLiteral("Dollars"), QStringLiteral("Bank"),
                    {QStringLiteral("--rate"), QStringLiteral("1.1234567")})
        << "InvalidRate"
        << "--rate";
    QTest::newRow("rate and to-amount")
        << transfer(QStringLiteral("Dollars"), QStringLiteral("Bank"),
                    {QStringLiteral("--rate"), QStringLiteral("2"), QStringLiteral("--to-amount"),
                     QStringLiteral("20")})
        << "InvalidArgument"
        << "--rate";
    QTest::newRow("to-amount decimals")
        << transfer(QStringLiteral("Dollars"), QStringLiteral("Bank"),
                    {QStringLiteral("--to-amount"), QStringLiteral("20.5")})
        << "TooManyDecimals"
        << "--to-amount";
    QTest::newRow("transfer from archived")
        << transfer(QStringLiteral("Old till"), QStringLiteral("Bank"), {}) << "WalletArchived"
        << "--from";
    QTest::newRow("transfer to unknown")
        << transfer(QStringLiteral("Bank"), QStringLiteral("Nope"), {}) << "WalletNotFound"
        << "--to";
    QTest::newRow("wallet name empty")
        << addWallet({QStringLiteral("--name"), QString(), type, QStringLiteral("cash")})
        << "FieldRequired"
        << "--name";
    QTest::newRow("wallet name control") << addWallet(
        {QStringLiteral("--name"), QStringLiteral("A\nB"), type, QStringLiteral("cash")})
                                         << "InvalidText"
                                         << "--name";
    QTest::newRow("wallet name too long")
        << addWallet({QStringLiteral("--name"), QString(101, u'n'), type, QStringLiteral("cash")})
        << "FieldTooLong"
        << "--name";
    QTest::newRow("wallet name taken") << addWallet(
        {QStringLiteral("--name"), QStringLiteral("bank"), type, QStringLiteral("cash")})
                                       << "WalletNameTaken"
                                       << "--name";
    QTest::newRow("wallet type unknown") << addWallet(
        {QStringLiteral("--name"), QStringLiteral("Gold"), type, QStringLiteral("gold")})
                                         << "InvalidArgument"
                                         << "--type";
    QTest::newRow("wallet currency unknown")
        << addWallet({QStringLiteral("--name"), QStringLiteral("X"), type, QStringLiteral("bank"),
                      QStringLiteral("--currency"), QStringLiteral("XYZ")})
        << "UnknownCurrency"
        << "--currency";
    QTest::newRow("wallet initial decimals")
        << addWallet({QStringLiteral("--name"), QStringLiteral("X"), type, QStringLiteral("bank"),
                      QStringLiteral("--initial"), QStringLiteral("1.5")})
        << "TooManyDecimals"
        << "--initial";
    QTest::newRow("cash initial negative")
        << addWallet({QStringLiteral("--name"), QStringLiteral("X"), type, QStringLiteral("cash"),
                      QStringLiteral("--initial"), QStringLiteral("-1")})
        << "AmountMustBePositive"
        << "--initial";
    QTest::newRow("archive default wallet")
        << QStringList {QStringLiteral("wallet"), QStringLiteral("archive"), QStringLiteral("Cash")}
        << "DefaultWalletCannotBeArchived"
        << "NAME";
    QTest::newRow("category name empty")
        << QStringList {QStringLiteral("category"), add,  QStringLiteral("--name"),
                        QStringLiteral(" "),        type, QStringLiteral("income")}
        << "FieldRequired"
        << "--name";
    QTest::newRow("category type unknown")
        << QStringList {QStringLiteral("category"), add,  QStringLiteral("--name"),
                        QStringLiteral("X"),        type, QStringLiteral("asset")}
        << "InvalidArgument"
        << "--type";
    QTest::newRow("category parent unknown") << QStringList {QStringLiteral("category"),
                                                             add,
                                                             QStringLiteral("--name"),
                                                             QStringLiteral("X"),
                                                             type,
                                                             QStringLiteral("income"),
                                                             QStringLiteral("--parent"),
                                                             QStringLiteral("NOPE")}
                                             << "CategoryNotFound"
                                             << "--parent";
    QTest::newRow("category name taken")
        << QStringList {QStringLiteral("category"), add,  QStringLiteral("--name"),
                        QStringLiteral("sales"),    type, QStringLiteral("income")}
        << "CategoryNameTaken"
        << "--name";
    QTest::newRow("cancel unknown")
        << QStringList {tx, QStringLiteral("cancel"), QStringLiteral("999999")}
        << "TransactionNotFound"
        << "transaction";
    QTest::newRow("cancel non-number")
        << QStringList {tx, QStringLiteral("cancel"), QStringLiteral("1; DROP TABLE posting")}
        << "InvalidArgument"
        << "ID";
    QTest::newRow("list limit zero")
        << QStringList {tx, QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")}
        << "InvalidArgument"
        << "--limit";
    QTest::newRow("list bad from")
        << QStringList {tx, QStringLiteral("list"), QStringLiteral("--from"),
                        QStringLiteral("yesterday")}
        << "InvalidDate"
        << "--from";
    QTest::newRow("init existing merchant")
        << QStringList {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("tester"),
                        QStringLiteral("--merchant"), QStringLiteral("phở 24")}
        << "MerchantAlreadyExists"
        << "--merchant";
    QTest::newRow("unknown merchant")
        << QStringList {QStringLiteral("--merchant"), QStringLiteral("Nope"),
                        QStringLiteral("wallet"), QStringLiteral("list")}
        << "MerchantNotFound"
        << "--merchant";
    QTest::newRow("generate zero")
        << QStringList {QStringLiteral("generate"), QStringLiteral("--transactions"),
                        QStringLiteral("0")}
        << "InvalidArgument"
        << "--transactions";
    QTest::newRow("unknown command") << QStringList {QStringLiteral("explode")} << "InvalidArgument"
                                     << "'explode'";
}

void TestCli::badInputIsRefusedAndChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    const CliResult result = cli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    const QString expectedStart = QStringLiteral("error: %1: %2").arg(code, field);
    QVERIFY2(result.err.startsWith(expectedStart), qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1); // one line
    const BookSnapshot after = BookSnapshot::take(m_book->book().database());
    QVERIFY2(after == before,
             qPrintable(before.describe() + QStringLiteral("\n") + after.describe()));
}

void TestCli::sqlMetacharactersAreStoredVerbatim()
{
    const QString name = QStringLiteral("O'Brien\"; DROP TABLE wallet; --%_");
    expectOk({QStringLiteral("wallet"), QStringLiteral("add"), QStringLiteral("--name"), name,
              QStringLiteral("--type"), QStringLiteral("ewallet")});
    expectOk({QStringLiteral("tx"), QStringLiteral("add"), QStringLiteral("--type"),
              QStringLiteral("income"), QStringLiteral("--wallet"), name,
              QStringLiteral("--amount"), QStringLiteral("7"), QStringLiteral("--note"),
              QStringLiteral("' OR 1=1 --")});
    const QJsonArray wallets
        = cli({QStringLiteral("--json"), QStringLiteral("wallet"), QStringLiteral("list")})
              .json()
              .value(QStringLiteral("wallets"))
              .toArray();
    QCOMPARE(wallets.size(), 5);
    bool found = false;
    for (const QJsonValue &w : wallets)
        found |= w[QStringLiteral("name")].toString() == name
            && w[QStringLiteral("current")].toString() == QStringLiteral("7");
    QVERIFY(found);
}

void TestCli::verifyReportsDriftWithExitOne()
{
    QVERIFY(m_book->book().database().execute(
        QStringLiteral("UPDATE wallet SET current_balance_minor = current_balance_minor + 1 WHERE "
                       "name = 'Bank'")));
    const CliResult result = cli({QStringLiteral("verify")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("'Bank': stored current 1000001")),
             qPrintable(result.out));
    QVERIFY(m_book->book().database().execute(
        QStringLiteral("UPDATE wallet SET current_balance_minor = current_balance_minor - 1 WHERE "
                       "name = 'Bank'")));
}

void TestCli::generateIsDeterministicForASeed()
{
    const QStringList generate {QStringLiteral("generate"),  QStringLiteral("--transactions"),
                                QStringLiteral("3000"),      QStringLiteral("--seed"),
                                QStringLiteral("42"),        QStringLiteral("--until"),
                                QStringLiteral("2026-10-31")};
    expectOk(generate);
    const QString first = cli({QStringLiteral("--json"), QStringLiteral("balance")}).out;
    auto other = TestBook::create();
    QVERIFY(other);
    QCOMPARE(runCli(*other,
                    {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("tester"),
                     QStringLiteral("--merchant"), QStringLiteral("Phở 24")})
                 .exitCode,
             0);
    for (const char *spec :
         {"Bank:bank:VND:1000000", "Dollars:bank:USD:250.00", "Old till:cash:VND:0"}) {
        const QStringList parts = QString::fromUtf8(spec).split(QLatin1Char(':'));
        QCOMPARE(runCli(*other,
                        {QStringLiteral("wallet"), QStringLiteral("add"), QStringLiteral("--name"),
                         parts[0], QStringLiteral("--type"), parts[1], QStringLiteral("--currency"),
                         parts[2], QStringLiteral("--initial"), parts[3]})
                     .exitCode,
                 0);
    }
    QCOMPARE(
        runCli(*other,
               {QStringLiteral("wallet"), QStringLiteral("archive"), QStringLiteral("Old till")})
            .exitCode,
        0);
    QCOMPARE(runCli(*other, generate).exitCode, 0);
    QCOMPARE(runCli(*other, {QStringLiteral("--json"), QStringLiteral("balance")}).out, first);
    const QJsonObject verify
        = runCli(*other, {QStringLiteral("--json"), QStringLiteral("verify")}).json();
    QCOMPARE(verify.value(QStringLiteral("transactions")).toInt(), 3000);
    QCOMPARE(other->verify(), QStringList());
}

void TestCli::realExecutableReportsErrorsOnStderr()
{
    QProcess process;
    process.start(QStringLiteral(COFFER_CLI_PATH),
                  {QStringLiteral("--db"), m_book->location().displayName(),
                   QStringLiteral("--user"), TestBook::testerName(), QStringLiteral("tx"),
                   QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("income"),
                   QStringLiteral("--wallet"), QStringLiteral("Dollars"),
                   QStringLiteral("--amount"), QStringLiteral("1.234")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()),
             QStringLiteral("error: TooManyDecimals: --amount: '1.234' has 3 decimals but USD "
                            "allows at most 2\n"));
    QVERIFY(process.readAllStandardOutput().isEmpty());

    // Without --user nothing but init runs.
    process.start(
        QStringLiteral(COFFER_CLI_PATH),
        {QStringLiteral("--db"), m_book->location().displayName(), QStringLiteral("balance")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAllStandardError())
                .startsWith(QStringLiteral("error: MissingOption: --user: ")));
}

void TestCli::auditVerifyNamesTheFirstBrokenRecord()
{
    const CliResult sound
        = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(sound.exitCode, 0);
    const QString head = sound.json().value(QStringLiteral("head")).toString();
    const int records = sound.json().value(QStringLiteral("records")).toInt();
    QVERIFY(records >= 6); // the tester, the merchant, its wallets, the archive
    const CliResult listed = cli({QStringLiteral("audit"), QStringLiteral("list"),
                                  QStringLiteral("--action"), QStringLiteral("wallet.archive")});
    QVERIFY2(listed.out.contains(QStringLiteral("wallet.archive")), qPrintable(listed.out));
    auto tamper = [this](const QString &sql) {
        QVERIFY2(m_book->book().database().run(sql).ok(), qPrintable(sql));
    };
    auto verify = [this](const QStringList &extra = {}) {
        return cli(QStringList {QStringLiteral("audit"), QStringLiteral("verify")} + extra);
    };
    // The last record removed, head and all: only the kept head hash tells.
    tamper(QStringLiteral("DELETE FROM audit_record WHERE id = %1").arg(records));
    tamper(QStringLiteral("UPDATE audit_head SET last_id = %1, last_hash = (SELECT record_hash "
                          "FROM audit_record WHERE id = %1) WHERE id = 1")
               .arg(records - 1));
    QCOMPARE(verify().exitCode, 0);
    const CliResult tail = verify({QStringLiteral("--head"), head});
    QCOMPARE(tail.exitCode, 1);
    QVERIFY2(tail.out.startsWith(QStringLiteral("broken at record %1:").arg(records)),
             qPrintable(tail.out));
    // A middle record removed.
    tamper(QStringLiteral("DELETE FROM audit_record WHERE id = 3"));
    const CliResult middle = verify();
    QCOMPARE(middle.exitCode, 1);
    QVERIFY2(middle.out.startsWith(QStringLiteral("broken at record 4: record 4 follows record 2")),
             qPrintable(middle.out));
    // An earlier record edited: named first.
    tamper(QStringLiteral("UPDATE audit_record SET after_json = '{}' WHERE id = 2"));
    const CliResult edited = verify();
    QCOMPARE(edited.exitCode, 1);
    QVERIFY2(edited.out.startsWith(QStringLiteral("broken at record 2: record 2 was changed")),
             qPrintable(edited.out));
    QVERIFY(edited.err.isEmpty());
    // A kept head hash is 64 hexadecimal digits.
    const CliResult badHead = verify({QStringLiteral("--head"), QStringLiteral("zzz")});
    QCOMPARE(badHead.exitCode, 2);
    QVERIFY2(badHead.err.startsWith(QStringLiteral("error: InvalidArgument: --head: ")),
             qPrintable(badHead.err));
}

void TestCli::oneTimePasswordsEnrolAndVerify()
{
    const CliResult enrolled
        = cli({QStringLiteral("--json"), QStringLiteral("totp"), QStringLiteral("enroll"),
               QStringLiteral("--algorithm"), QStringLiteral("SHA256"), QStringLiteral("--digits"),
               QStringLiteral("8")});
    QCOMPARE(enrolled.exitCode, 0);
    const QString uri = enrolled.json().value(QStringLiteral("uri")).toString();
    QVERIFY2(uri.startsWith(QStringLiteral("otpauth://totp/Coffer:tester?")), qPrintable(uri));
    const QByteArray secret
        = base32Decode(enrolled.json().value(QStringLiteral("secret")).toString()).value();
    TotpParameters parameters;
    parameters.algorithm = OtpAlgorithm::Sha256;
    parameters.digits = 8;
    const QString code = totp(secret, QDateTime::currentSecsSinceEpoch(), parameters);
    const CliResult verified = cli({QStringLiteral("totp"), QStringLiteral("verify"), code});
    QCOMPARE(verified.exitCode, 0);
    QCOMPARE(verified.out, QStringLiteral("code accepted for tester\n"));
    const CliResult replayed = cli({QStringLiteral("totp"), QStringLiteral("verify"), code});
    QCOMPARE(replayed.exitCode, 2);
    QVERIFY2(replayed.err.startsWith(QStringLiteral("error: OtpReplayed: ")),
             qPrintable(replayed.err));
    // Confirmed now: enrolling again takes a current code (COFFER_TOTP); none is there.
    qunsetenv("COFFER_TOTP");
    const CliResult again = cli({QStringLiteral("totp"), QStringLiteral("enroll")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.startsWith(QStringLiteral("error: MissingOption: COFFER_TOTP: is not set")),
             qPrintable(again.err));
    const CliResult digits = cli({QStringLiteral("totp"), QStringLiteral("enroll"),
                                  QStringLiteral("--digits"), QStringLiteral("7")});
    QCOMPARE(digits.exitCode, 2);
}

void TestCli::signInFailuresAreNamed()
{
    qputenv("COFFER_PASSWORD", "not-the-password");
    const QStringList args {QStringLiteral("--db"), m_book->location().displayName(),
                            QStringLiteral("--user"), TestBook::testerName(),
                            QStringLiteral("balance")};
    CliResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = cli::run(args, out, err);
    err.flush();
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err,
             QStringLiteral("error: SignInFailed: sign-in: the name or the password is wrong\n"));
    const CliResult nobody = runCli(*m_book, {QStringLiteral("balance")}, QStringLiteral("nobody"));
    QVERIFY(nobody.err.startsWith(QStringLiteral("error: SignInFailed: ")));
    const CliResult eve
        = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("eve"), QStringLiteral("--role"), QStringLiteral("owner")});
    QCOMPARE(eve.exitCode, 0); // COFFER_NEW_PASSWORD is the test users' password
    qputenv("COFFER_NEW_PASSWORD", "short");
    QStringList add {QStringLiteral("--db"),   m_book->location().displayName(),
                     QStringLiteral("--user"), TestBook::testerName(),
                     QStringLiteral("user"),   QStringLiteral("add"),
                     QStringLiteral("--name"), QStringLiteral("zed"),
                     QStringLiteral("--role"), QStringLiteral("owner")};
    qputenv("COFFER_PASSWORD", TestBook::testerPassword().toUtf8());
    CliResult refused;
    QTextStream refusedOut(&refused.out);
    QTextStream refusedErr(&refused.err);
    refused.exitCode = cli::run(add, refusedOut, refusedErr);
    refusedErr.flush();
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.startsWith(QStringLiteral("error: WeakPassword: ")),
             qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
