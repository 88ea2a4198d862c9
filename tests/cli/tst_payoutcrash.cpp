#include "clidriver.h"

#include "security/base32.h"
#include "security/otp.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace coffer;
using namespace coffer::test;

// Crash safety of payouts (issue 5), on SQLite (tst_payoutcrash) and PostgreSQL
// (tst_payoutcrash_pg): coffer-cli runs an operation as a child process with
// COFFER_CRASH_AT naming a crash point inside the operation's transaction
// (common/crashpoint.h), and SIGKILLs itself there. After the book is opened again
// nothing of the operation is left: rows, balances, the payout's state, the number
// sequence, and `verify` and `audit verify` pass. Then the same operation, unarmed,
// does all of it.

namespace {

// A payout operation as coffer-cli runs it, and what it leaves when it runs in full.
struct Operation
{
    QStringList arguments; // after --db and --user
    QString user;
    QString number; // the payout it makes or moves; its output starts with it
    QString stateBefore; // "none" while the payout does not exist
    QString stateAfter;
    QString balancesAfter; // of the payee wallet, as payeeBalances() puts them
    QMap<QString, qint64> growth; // rows it adds, per table
};

// How a coffer-cli child process ended.
struct Child
{
    QProcess::ExitStatus status = QProcess::NormalExit;
    int exitCode = -1; // the signal's number when status is CrashExit
    QString out;
    QString err;
};

// What a killed operation must leave as it was: every table's row count and every
// wallet's balances, the payout tables row by row, the payee's balances and the
// operation's payout as coffer-cli shows them.
struct BookState
{
    BookSnapshot snapshot;
    QStringList payoutRows;
    QString balances;
    QString payout;
};

// The payout tables, row by row (a document without its content).
struct RowQuery
{
    const char *table;
    const char *columns;
    const char *order;
};
const RowQuery payoutRowQueries[] = {
    {"number_sequence", "*", "merchant_id, kind, year"},
    {"payout", "*", "id"},
    {"payout_event", "*", "id"},
    {"payout_approval", "*", "id"},
    {"payout_attempt", "*", "id"},
    {"payout_proof", "*", "id"},
    {"payout_adjustment", "*", "id"},
    {"document", "id, merchant_id, file_name, mime_type, size_bytes, sha256, uploaded_by", "id"},
    {"audit_head", "*", "id"},
};

// Each row as "table: value|value|...".
QStringList rowsOf(const Database &database, const RowQuery &rows)
{
    auto query = database.run(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                  .arg(QLatin1String(rows.columns), QLatin1String(rows.table),
                                       QLatin1String(rows.order)));
    if (!query)
        return {QLatin1String(rows.table) + QStringLiteral(": ") + query.error().toString()};
    QStringList lines;
    while (query->next()) {
        QStringList values;
        for (int i = 0; i < query->record().count(); ++i)
            values << query->value(i).toString();
        lines << QLatin1String(rows.table) + QStringLiteral(": ") + values.join(QLatin1Char('|'));
    }
    return lines;
}

// The lines only in `after` (+) and only in `before` (-).
QString difference(const QStringList &before, const QStringList &after)
{
    QStringList lines;
    for (const QString &line : after) {
        if (!before.contains(line))
            lines << QStringLiteral("+ ") + line;
    }
    for (const QString &line : before) {
        if (!after.contains(line))
            lines << QStringLiteral("- ") + line;
    }
    return QStringLiteral("the payout tables changed:\n") + lines.join(QLatin1Char('\n'));
}

} // namespace

class TestPayoutCrash : public QObject
{
    Q_OBJECT

public:
    // Brings the book to just before an operation and returns the operation.
    using SetUp = Operation (TestPayoutCrash::*)();

private Q_SLOTS:
    void init();
    void cleanup();
    void aKilledOperationLeavesAllOrNothing_data();
    void aKilledOperationLeavesAllOrNothing();

private:
    Operation beforeRequest();
    Operation beforeExecution();
    Operation beforeReversal();

    QString expectOk(const QStringList &arguments, const QString &user = TestBook::testerName());
    Child runChild(const QStringList &arguments, const QString &user,
                   const QString &crashAt = {}) const;
    void expectNothingLeft(const QString &number, const BookState &before);
    void expectSound();
    bool serverRolledBack();
    BookState state(const QString &number);
    QString payoutState(const QString &number);
    QString payeeBalances();
    qint64 rowCount(const QString &table);

    std::unique_ptr<TestBook> m_book;
    QTemporaryDir m_files;
    QString m_pdf;
};

Q_DECLARE_METATYPE(TestPayoutCrash::SetUp)

void TestPayoutCrash::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    QVERIFY(!expectOk({QStringLiteral("init"), QStringLiteral("--admin"), TestBook::testerName(),
                       QStringLiteral("--merchant"), QStringLiteral("Hub"),
                       QStringLiteral("--currency"), QStringLiteral("USD")})
                 .isEmpty());
    for (const char *line :
         {"wallet add --name Bank --type bank --initial 1000",
          "payee get-or-create --owner-type creator --owner-id 42 --currency USD",
          "payee credit --owner-id 42 --type earning --amount 100",
          "method add --owner-id 42 --kind paypal --details lan@example.com"})
        QVERIFY2(!expectOk(QString::fromLatin1(line).split(QLatin1Char(' '))).isEmpty(), line);
    m_pdf = m_files.filePath(QStringLiteral("slip.pdf"));
    QFile pdf(m_pdf);
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    pdf.write("%PDF-1.4\n%%EOF\n");
}

void TestPayoutCrash::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestPayoutCrash::aKilledOperationLeavesAllOrNothing_data()
{
    QTest::addColumn<QString>("point");
    QTest::addColumn<SetUp>("setUp");
    // One row per crash point: its name (as placed in core/payouts) and the set-up
    // of its operation.
    auto row = [](const char *point, SetUp setUp) {
        QTest::newRow(point) << QString::fromLatin1(point) << setUp;
    };
    row("payout.request.numbered", &TestPayoutCrash::beforeRequest);
    row("payout.request.held", &TestPayoutCrash::beforeRequest);
    row("payout.request.audited", &TestPayoutCrash::beforeRequest);
    row("payout.execute.proof", &TestPayoutCrash::beforeExecution);
    row("payout.execute.posted", &TestPayoutCrash::beforeExecution);
    row("payout.execute.moved", &TestPayoutCrash::beforeExecution);
    row("payout.reverse.evidence", &TestPayoutCrash::beforeReversal);
    row("payout.reverse.owed", &TestPayoutCrash::beforeReversal);
    row("payout.reverse.moved", &TestPayoutCrash::beforeReversal);
}

void TestPayoutCrash::aKilledOperationLeavesAllOrNothing()
{
    QFETCH(QString, point);
    QFETCH(SetUp, setUp);
    const Operation operation = (this->*setUp)();
    if (QTest::currentTestFailed())
        return;
    const BookState before = state(operation.number);
    QCOMPARE(before.payout, operation.stateBefore);
    QMap<QString, qint64> countsBefore;
    for (const QString &table : operation.growth.keys())
        countsBefore.insert(table, rowCount(table));

    // Killed inside the transaction: nothing of the operation is left.
    const Child killed = runChild(operation.arguments, operation.user, point);
    QVERIFY2(killed.status == QProcess::CrashExit,
             qPrintable(
                 QStringLiteral("exit %1: %2%3").arg(killed.exitCode).arg(killed.out, killed.err)));
    QCOMPARE(killed.exitCode, SIGKILL);
    QVERIFY(m_book->reopen());
    QVERIFY2(serverRolledBack(), "the server still holds the killed client's transaction");
    expectNothingLeft(operation.number, before);
    if (QTest::currentTestFailed())
        return;
    expectSound();
    if (QTest::currentTestFailed())
        return;

    // Run again without the crash point, the operation does all of it.
    const Child whole = runChild(operation.arguments, operation.user);
    QCOMPARE(whole.status, QProcess::NormalExit);
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    QCOMPARE(whole.out.section(QLatin1Char(' '), 0, 0).trimmed(), operation.number);
    QCOMPARE(payoutState(operation.number), operation.stateAfter);
    QCOMPARE(payeeBalances(), operation.balancesAfter);
    for (auto it = operation.growth.cbegin(); it != operation.growth.cend(); ++it)
        QCOMPARE(rowCount(it.key()) - countsBefore.value(it.key()), it.value());
    expectSound();
}

// The book as the credits left it; the operation requests 40.00 of the 100.00, and
// takes the payout's first number of the year: no killed request used it up.
Operation TestPayoutCrash::beforeRequest()
{
    Operation request;
    request.arguments = QStringList {QStringLiteral("payout"),     QStringLiteral("request"),
                                     QStringLiteral("--owner-id"), QStringLiteral("42"),
                                     QStringLiteral("--amount"),   QStringLiteral("40")};
    request.user = TestBook::testerName();
    request.number = QStringLiteral("JPO-%1-000001").arg(QDate::currentDate().year());
    request.stateBefore = QStringLiteral("none");
    request.stateAfter = QStringLiteral("pending");
    request.balancesAfter = QStringLiteral("available 60.00, pending 0.00, held 40.00");
    request.growth = {{QStringLiteral("number_sequence"), 1},
                      {QStringLiteral("payout"), 1},
                      {QStringLiteral("payout_event"), 1},
                      {QStringLiteral("audit_record"), 1}};
    return request;
}

// A payout of 40.00 requested, approved by the reviewer rita with her one-time code
// and in transit; the operation records it paid with a proof, posting the payment.
Operation TestPayoutCrash::beforeExecution()
{
    const QString rita = QStringLiteral("rita");
    const QString number = expectOk(beforeRequest().arguments).section(QLatin1Char(' '), 0, 0);
    expectOk({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), rita,
              QStringLiteral("--role"), QStringLiteral("reviewer")});
    const CliResult enrolled = runCli(
        *m_book, {QStringLiteral("--json"), QStringLiteral("totp"), QStringLiteral("enroll")},
        rita);
    const QByteArray secret
        = base32Decode(enrolled.json().value(QStringLiteral("secret")).toString()).value();
    // Confirmed with this step's code, approved with the next (one step of drift is
    // accepted, so a step boundary crossed meanwhile does no harm).
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    expectOk({QStringLiteral("totp"), QStringLiteral("verify"), totp(secret, now, {})}, rita);
    qputenv("COFFER_TOTP", totp(secret, now + 30, {}).toUtf8());
    expectOk({QStringLiteral("payout"), QStringLiteral("approve"), number}, rita);
    qunsetenv("COFFER_TOTP");
    expectOk({QStringLiteral("payout"), QStringLiteral("process"), number}, rita);

    Operation execution;
    execution.arguments = QStringList {
        QStringLiteral("payout"),      QStringLiteral("execute"), number,
        QStringLiteral("--reference"), QStringLiteral("PP-123"),  QStringLiteral("--actual-amount"),
        QStringLiteral("40.00"),       QStringLiteral("--proof"), m_pdf};
    execution.user = rita;
    execution.number = number;
    execution.stateBefore = QStringLiteral("in_transit");
    execution.stateAfter = QStringLiteral("paid");
    execution.balancesAfter = QStringLiteral("available 60.00, pending 0.00, held 0.00");
    execution.growth = {{QStringLiteral("ledger_transaction"), 1},
                        {QStringLiteral("payout_proof"), 1},
                        {QStringLiteral("document"), 1},
                        {QStringLiteral("payout_event"), 1}};
    return execution;
}

// The payout of beforeExecution paid; the reconciler tam reverses it with evidence,
// which opens what stays owed to the payee and credits nothing back.
Operation TestPayoutCrash::beforeReversal()
{
    const Operation execution = beforeExecution();
    expectOk(execution.arguments, execution.user);
    expectOk({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
              QStringLiteral("tam"), QStringLiteral("--role"), QStringLiteral("reconciler")});
    Operation reversal;
    reversal.arguments = QStringList {QStringLiteral("payout"),
                                      QStringLiteral("reverse"),
                                      execution.number,
                                      QStringLiteral("--reason"),
                                      QStringLiteral("recalled"),
                                      QStringLiteral("--evidence"),
                                      m_pdf};
    reversal.user = QStringLiteral("tam");
    reversal.number = execution.number;
    reversal.stateBefore = QStringLiteral("paid");
    reversal.stateAfter = QStringLiteral("reversed");
    reversal.balancesAfter = execution.balancesAfter;
    reversal.growth = {{QStringLiteral("payout_adjustment"), 1},
                       {QStringLiteral("document"), 1},
                       {QStringLiteral("payout_event"), 1},
                       {QStringLiteral("ledger_transaction"), 0}};
    return reversal;
}

QString TestPayoutCrash::expectOk(const QStringList &arguments, const QString &user)
{
    const CliResult result = runCli(*m_book, arguments, user);
    if (result.exitCode != 0)
        QTest::qFail(qPrintable(arguments.join(u' ') + QStringLiteral(" -> ") + result.err),
                     __FILE__, __LINE__);
    return result.exitCode == 0 ? result.out.trimmed() : QString();
}

// coffer-cli as its own process on the test book, armed at `crashAt` when given.
Child TestPayoutCrash::runChild(const QStringList &arguments, const QString &user,
                                const QString &crashAt) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("COFFER_PASSWORD"), TestBook::testerPassword());
    environment.remove(QStringLiteral("COFFER_CRASH_AT"));
    if (!crashAt.isEmpty())
        environment.insert(QStringLiteral("COFFER_CRASH_AT"), crashAt);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COFFER_CLI_PATH),
                  QStringList {QStringLiteral("--db"), m_book->location().displayName(),
                               QStringLiteral("--user"), user}
                      + arguments);
    process.closeWriteChannel(); // a prompt would read end of file, not wait
    Child child;
    if (!process.waitForFinished(60000) && process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        child.err = QStringLiteral("coffer-cli did not finish in 60 s");
        return child;
    }
    child.status = process.exitStatus();
    child.exitCode = process.exitCode();
    child.out = QString::fromUtf8(process.readAllStandardOutput());
    child.err = QString::fromUtf8(process.readAllStandardError());
    if (process.error() == QProcess::FailedToStart)
        child.err += process.errorString();
    return child;
}

// The book as `before`: the operation's payout, the payee's balances, the payout
// tables row by row (so the number sequence too), and every table's row count and
// wallet balance (so no ledger entry and no audit record).
void TestPayoutCrash::expectNothingLeft(const QString &number, const BookState &before)
{
    const BookState after = state(number);
    QCOMPARE(after.payout, before.payout);
    QCOMPARE(after.balances, before.balances);
    QVERIFY2(after.payoutRows == before.payoutRows,
             qPrintable(difference(before.payoutRows, after.payoutRows)));
    QCOMPARE(after.snapshot.describe(), before.snapshot.describe());
}

// `verify` (balances re-derived from the entries, payouts against their payments)
// and `audit verify` (the hash chain) both pass.
void TestPayoutCrash::expectSound()
{
    for (const QStringList &command :
         {QStringList {QStringLiteral("verify")},
          QStringList {QStringLiteral("audit"), QStringLiteral("verify")}}) {
        const Child child = runChild(command, TestBook::testerName());
        QCOMPARE(child.status, QProcess::NormalExit);
        QVERIFY2(child.exitCode == 0, qPrintable(child.out + child.err));
    }
}

// PostgreSQL rolls a killed client's transaction back when its backend next reads
// from the dead connection: soon, but not at once. Polls for that, briefly.
bool TestPayoutCrash::serverRolledBack()
{
    if (!TestBook::usesPostgres())
        return true;
    const QDeadlineTimer deadline(10000);
    do {
        auto open = m_book->book().database().run(QStringLiteral(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND xact_start IS NOT NULL"));
        if (open && open->next() && open->value(0).toLongLong() == 0)
            return true;
        QThread::msleep(20);
    } while (!deadline.hasExpired());
    return false;
}

BookState TestPayoutCrash::state(const QString &number)
{
    BookState state;
    state.snapshot = BookSnapshot::take(m_book->book().database());
    for (const RowQuery &rows : payoutRowQueries)
        state.payoutRows << rowsOf(m_book->book().database(), rows);
    state.balances = payeeBalances();
    state.payout = payoutState(number);
    return state;
}

// The payout's state as `payout show` gives it, or "none" when it does not exist.
QString TestPayoutCrash::payoutState(const QString &number)
{
    const CliResult shown = runCli(
        *m_book,
        {QStringLiteral("--json"), QStringLiteral("payout"), QStringLiteral("show"), number});
    if (shown.err.startsWith(QStringLiteral("error: PayoutNotFound:")))
        return QStringLiteral("none");
    if (shown.exitCode != 0)
        return shown.err;
    return shown.json().value(QStringLiteral("state")).toString();
}

// The payee wallet's buckets as `payee show` gives them.
QString TestPayoutCrash::payeeBalances()
{
    const CliResult shown
        = runCli(*m_book,
                 {QStringLiteral("--json"), QStringLiteral("payee"), QStringLiteral("show"),
                  QStringLiteral("--owner-id"), QStringLiteral("42")});
    const QJsonObject wallet
        = shown.json().value(QStringLiteral("wallets")).toArray().first().toObject();
    return QStringLiteral("available %1, pending %2, held %3")
        .arg(wallet.value(QStringLiteral("available")).toString(),
             wallet.value(QStringLiteral("pending")).toString(),
             wallet.value(QStringLiteral("held")).toString());
}

qint64 TestPayoutCrash::rowCount(const QString &table)
{
    auto query
        = m_book->book().database().run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

QTEST_GUILESS_MAIN(TestPayoutCrash)
#include "tst_payoutcrash.moc"
