#include "clidriver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

// How coffer-cli finds, creates and refuses books, and its edges: only `init`
// creates a book; a failed command leaves no trace, not even a folder.
class TestCliBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void missingBookIsNotCreated();
    void emptyDatabaseIsNotInitialised();
    void badInitNameCreatesNothing();
    void unreachableServerIsAConnectionFailure();
    void severalMerchantsNeedOne();
    void failedGenerateLeavesNoTrace();
    void categoryNamesResolveByType();
    void archiveAndRestoreWallet();
    void jsonFlagAndValues();
    void verifyFindsAmountsThatDifferFromPostings();

private:
    CliResult cli(const QStringList &arguments) { return runCli(*m_book, arguments); }
    static CliResult cliOn(const QString &db, const QStringList &arguments);

    std::unique_ptr<TestBook> m_book;
};

CliResult TestCliBook::cliOn(const QString &db, const QStringList &arguments)
{
    CliResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = cli::run(QStringList {QStringLiteral("--db"), db} + arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

void TestCliBook::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("tester"),
                  QStringLiteral("--merchant"), QStringLiteral("Shop")})
                 .exitCode,
             0);
}

void TestCliBook::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestCliBook::missingBookIsNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo/shop.coffer"));
    for (const QStringList &command :
         {QStringList {QStringLiteral("balance")}, QStringList {QStringLiteral("verify")},
          QStringList {QStringLiteral("wallet"), QStringLiteral("list")}}) {
        const CliResult result = cliOn(path, command);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(
            result.err.startsWith(QStringLiteral("error: BookNotFound: book: there is no book at")),
            qPrintable(result.err));
    }
    QVERIFY(!QDir(dir.filePath(QStringLiteral("typo"))).exists());
    QCOMPARE(cliOn(path,
                   {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("tester"),
                    QStringLiteral("--merchant"), QStringLiteral("New")})
                 .exitCode,
             0);
    QVERIFY(QFile::exists(path));
}

void TestCliBook::emptyDatabaseIsNotInitialised()
{
    // An empty SQLite file is what an empty PostgreSQL database is: no book yet.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.coffer"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const CliResult result = cliOn(path, {QStringLiteral("wallet"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(QStringLiteral("error: BookNotInitialised: book: ")),
             qPrintable(result.err));
    // No schema was written (SQLite itself may have written its file header).
    auto database = Database::open(BookLocation::sqlite(path));
    QVERIFY(database.ok());
    auto tables = (*database)->run(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
    QVERIFY(tables.ok() && tables->next());
    QCOMPARE(tables->value(0).toInt(), 0);
}

void TestCliBook::badInitNameCreatesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/shop.coffer"));
    const CliResult result
        = cliOn(path,
                {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("tester"),
                 QStringLiteral("--merchant"), QString()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(
                 QStringLiteral("error: FieldRequired: --merchant: must not be empty")),
             qPrintable(result.err));
    QVERIFY(!QDir(dir.filePath(QStringLiteral("new"))).exists());
}

void TestCliBook::unreachableServerIsAConnectionFailure()
{
    const CliResult result = cliOn(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"),
                                   {QStringLiteral("wallet"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(QStringLiteral("error: ConnectionFailed: cannot open the book "
                                                  "postgresql://nobody@127.0.0.1:1/none")),
             qPrintable(result.err));
    const CliResult noValue = cliOn(QStringLiteral("--json"), {QStringLiteral("verify")});
    QCOMPARE(noValue.exitCode, 2);
    QVERIFY2(noValue.err.startsWith(QStringLiteral("error: MissingOption: --db: needs a value")),
             qPrintable(noValue.err));
}

void TestCliBook::severalMerchantsNeedOne()
{
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("tester"),
                  QStringLiteral("--merchant"), QStringLiteral("Second")})
                 .exitCode,
             0);
    const CliResult ambiguous = cli({QStringLiteral("wallet"), QStringLiteral("list")});
    QCOMPARE(ambiguous.exitCode, 2);
    QVERIFY2(ambiguous.err.startsWith(
                 QStringLiteral("error: MerchantRequired: --merchant: tester works for several "
                                "merchants (Shop, Second)")),
             qPrintable(ambiguous.err));
    QCOMPARE(cli({QStringLiteral("--merchant"), QStringLiteral("second"), QStringLiteral("wallet"),
                  QStringLiteral("list")})
                 .exitCode,
             0);
}

void TestCliBook::failedGenerateLeavesNoTrace()
{
    // generate needs an active "MoMo"; an archived one stops it before anything stays.
    QCOMPARE(cli({QStringLiteral("wallet"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("MoMo"), QStringLiteral("--type"), QStringLiteral("ewallet")})
                 .exitCode,
             0);
    QCOMPARE(
        cli({QStringLiteral("wallet"), QStringLiteral("archive"), QStringLiteral("MoMo")}).exitCode,
        0);
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    const CliResult result = cli(
        {QStringLiteral("generate"), QStringLiteral("--transactions"), QStringLiteral("100")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("'MoMo', which is archived")),
             qPrintable(result.err));
    QCOMPARE(BookSnapshot::take(m_book->book().database()), before);
}

void TestCliBook::categoryNamesResolveByType()
{
    // "Marketing" is the fixed expense category; an income one of the same name is fine.
    QCOMPARE(cli({QStringLiteral("category"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("Marketing"), QStringLiteral("--type"), QStringLiteral("income")})
                 .exitCode,
             0);
    for (const char *type : {"income", "expense"}) {
        const CliResult result
            = cli({QStringLiteral("--json"), QStringLiteral("tx"), QStringLiteral("add"),
                   QStringLiteral("--type"), QString::fromLatin1(type), QStringLiteral("--wallet"),
                   QStringLiteral("Cash"), QStringLiteral("--amount"), QStringLiteral("1000"),
                   QStringLiteral("--category"), QStringLiteral("marketing")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.json().value(QStringLiteral("type")).toString(),
                 QString::fromLatin1(type).toUpper());
    }
}

void TestCliBook::archiveAndRestoreWallet()
{
    QCOMPARE(cli({QStringLiteral("wallet"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("Till"), QStringLiteral("--type"), QStringLiteral("cash")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("tx"), QStringLiteral("add"), QStringLiteral("--type"),
                  QStringLiteral("expense"), QStringLiteral("--wallet"), QStringLiteral("Till"),
                  QStringLiteral("--amount"), QStringLiteral("10"), QStringLiteral("--status"),
                  QStringLiteral("pending")})
                 .exitCode,
             0);
    const CliResult refused
        = cli({QStringLiteral("wallet"), QStringLiteral("archive"), QStringLiteral("Till")});
    QVERIFY2(refused.err.startsWith(QStringLiteral(
                 "error: WalletHasPendingEntries: NAME: 'Till' has 1 pending entries")),
             qPrintable(refused.err));
    QCOMPARE(cli({QStringLiteral("tx"), QStringLiteral("cancel"), QStringLiteral("1")}).exitCode,
             0);
    QCOMPARE(
        cli({QStringLiteral("wallet"), QStringLiteral("archive"), QStringLiteral("Till")}).exitCode,
        0);
    const CliResult again
        = cli({QStringLiteral("wallet"), QStringLiteral("archive"), QStringLiteral("Till")});
    QCOMPARE(again.exitCode, 0); // archiving an archived wallet changes nothing and is fine
    QCOMPARE(
        cli({QStringLiteral("wallet"), QStringLiteral("restore"), QStringLiteral("Till")}).exitCode,
        0);
    const CliResult restoredTwice
        = cli({QStringLiteral("wallet"), QStringLiteral("restore"), QStringLiteral("Till")});
    QVERIFY2(restoredTwice.err.startsWith(
                 QStringLiteral("error: WalletNotArchived: NAME: 'Till' is not archived")),
             qPrintable(restoredTwice.err));
}

void TestCliBook::jsonFlagAndValues()
{
    // --json after the command is the flag; right after an option that takes a value,
    // it is that value.
    const CliResult flag
        = cli({QStringLiteral("wallet"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY(flag.json().contains(QStringLiteral("wallets")));
    const CliResult middle
        = cli({QStringLiteral("tx"), QStringLiteral("add"), QStringLiteral("--json"),
               QStringLiteral("--type"), QStringLiteral("income"), QStringLiteral("--wallet"),
               QStringLiteral("Cash"), QStringLiteral("--amount"), QStringLiteral("5"),
               QStringLiteral("--note"), QStringLiteral("--json")});
    QVERIFY2(middle.exitCode == 0, qPrintable(middle.err));
    QCOMPARE(middle.json().value(QStringLiteral("note")).toString(), QStringLiteral("--json"));
}

void TestCliBook::verifyFindsAmountsThatDifferFromPostings()
{
    QCOMPARE(cli({QStringLiteral("tx"), QStringLiteral("add"), QStringLiteral("--type"),
                  QStringLiteral("income"), QStringLiteral("--wallet"), QStringLiteral("Cash"),
                  QStringLiteral("--amount"), QStringLiteral("700")})
                 .exitCode,
             0);
    Database &database = m_book->book().database();
    QVERIFY(database.execute(QStringLiteral("UPDATE ledger_transaction SET amount_minor = 701")));
    const CliResult result = cli({QStringLiteral("verify")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(
                 QStringLiteral("transaction 1: its amounts differ from what its postings move")),
             qPrintable(result.out));
    QVERIFY(database.execute(QStringLiteral("UPDATE ledger_transaction SET amount_minor = 700")));
    QVERIFY(database.execute(
        QStringLiteral("UPDATE wallet SET held_balance_minor = 5 WHERE name = 'Cash'")));
    const CliResult held = cli({QStringLiteral("verify")});
    QCOMPARE(held.exitCode, 1);
    QVERIFY2(held.out.contains(QStringLiteral("holds 5 minor units, but its open payouts hold 0")),
             qPrintable(held.out));
    QVERIFY(database.execute(QStringLiteral("UPDATE wallet SET held_balance_minor = 0")));
    // A code this build does not know still loads, and verify names it.
    QVERIFY(
        database.execute(QStringLiteral("UPDATE wallet SET currency = 'XYZ' WHERE name = 'Cash'")));
    QCOMPARE(cli({QStringLiteral("wallet"), QStringLiteral("list")}).exitCode, 0);
    const CliResult unknown = cli({QStringLiteral("verify")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.out.contains(QStringLiteral("1 wallets: use currency 'XYZ'")),
             qPrintable(unknown.out));
    QVERIFY(
        database.execute(QStringLiteral("UPDATE wallet SET currency = 'VND' WHERE name = 'Cash'")));
}

QTEST_GUILESS_MAIN(TestCliBook)
#include "tst_clibook.moc"
