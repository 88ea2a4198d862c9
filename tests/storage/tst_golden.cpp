// Golden scenarios: every tests/golden/*.scenario file is run by this one driver, each
// on a fresh book (SQLite in tst_golden, PostgreSQL in tst_golden_pg), through
// coffer-cli's in-process entry point coffer::cli::run.
//
// A scenario is plain UTF-8 text, one operation or check per line:
//
//   # comment                 a line whose first non-blank character is '#'
//                             (blank lines are ignored too)
//   $ ARGS                    coffer-cli ARGS must succeed: exit 0, nothing on stderr
//   ! CODE ARGS               coffer-cli ARGS must fail: exit 2, nothing on stdout, stderr
//                             starting "error: CODE:", and the book unchanged (BookSnapshot)
//   = WALLET current AMOUNT [pending AMOUNT] [available AMOUNT]
//                             the wallet's balances in `--json balance`, compared as exact
//                             decimal text ("12.50", not "12.5")
//   = total CUR AMOUNT [pending AMOUNT] [available AMOUNT]
//                             the per-currency total (its current balance first) in the
//                             "totals" array of `--json balance`
//   = total CUR absent        the totals hold no line for CUR (all its wallets are excluded
//                             or archived)
//   @ USER                    the commands that follow sign in as USER (until the next '@';
//                             at first "tester", whom `init --admin tester` creates). Every
//                             user has the password "tester-password" (COFFER_PASSWORD, and
//                             COFFER_NEW_PASSWORD for `user add`). Checks ('=') read as
//                             tester.
//
// ARGS and the words after '=' are split as a shell would for double quotes only:
// blanks separate words, "..." groups words (`--name "Main bank"`, `--amount ""`), and
// inside quotes a backslash escapes '"' or '\'. `= total current ...` checks a wallet
// called "total": a wallet check always has `current` as its second word.
//
// After the last line the verifier must find nothing. A failure names the file and the
// line number. tests/golden/README.md says the same for the people who write scenarios.

#include "clidriver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

// Splits `text` into words as described at the top of this file; sets `problem` on an
// unterminated quote.
QStringList splitWords(const QString &text, QString *problem)
{
    QStringList words;
    QString word;
    bool inWord = false;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            const bool escape = c == u'\\' && i + 1 < text.size()
                && (text.at(i + 1) == u'"' || text.at(i + 1) == u'\\');
            if (escape)
                word += text.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                word += c;
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            quoted = c == u'"';
            if (!quoted)
                word += c;
            inWord = true;
        }
    }
    if (quoted)
        *problem = QStringLiteral("unterminated double quote");
    if (inWord)
        words << word;
    return words;
}

// Runs the lines of one scenario against one book and remembers what it did.
class ScenarioRun
{
public:
    explicit ScenarioRun(TestBook &book)
        : m_book(book)
    { }

    // Runs one line; returns what went wrong, empty when the line holds.
    QString runLine(const QString &line);
    int commands() const { return m_commands; }
    int checks() const { return m_checks; }

private:
    QString expectSuccess(const QStringList &arguments);
    QString expectFailure(const QStringList &words);
    QString checkBalance(const QStringList &words);
    static QString compareFields(const QJsonObject &object, const QString &label,
                                 const QStringList &pairs);

    TestBook &m_book;
    QString m_user = TestBook::testerName();
    int m_commands = 0;
    int m_checks = 0;
};

QString ScenarioRun::runLine(const QString &rawLine)
{
    const QString line = rawLine.trimmed();
    if (line.isEmpty() || line.startsWith(u'#'))
        return {};
    const QChar kind = line.at(0);
    if (line.size() > 1 && !line.at(1).isSpace())
        return QStringLiteral("a line starts with '$ ', '! ', '= ', '@ ' or '#'");
    QString problem;
    const QStringList words = splitWords(line.mid(1), &problem);
    if (!problem.isEmpty())
        return problem;
    if (words.isEmpty())
        return QStringLiteral("'%1' needs more words").arg(kind);
    if (kind == u'$')
        return expectSuccess(words);
    if (kind == u'!')
        return expectFailure(words);
    if (kind == u'=')
        return checkBalance(words);
    if (kind == u'@') {
        if (words.size() != 1)
            return QStringLiteral("'@' names one user");
        m_user = words.first();
        return {};
    }
    return QStringLiteral("unknown line kind '%1'").arg(kind);
}

QString ScenarioRun::expectSuccess(const QStringList &arguments)
{
    ++m_commands;
    const CliResult result = runCli(m_book, arguments, m_user);
    if (result.exitCode != 0 || !result.err.isEmpty())
        return QStringLiteral("expected success, got exit %1: %2")
            .arg(result.exitCode)
            .arg(result.err.trimmed());
    return {};
}

QString ScenarioRun::expectFailure(const QStringList &words)
{
    ++m_commands;
    if (words.size() < 2)
        return QStringLiteral("'!' needs an error code and coffer-cli arguments");
    const QString code = words.first();
    const BookSnapshot before = BookSnapshot::take(m_book.book().database());
    const CliResult result = runCli(m_book, words.mid(1), m_user);
    const QString expectedStart = QStringLiteral("error: %1:").arg(code);
    if (result.exitCode != 2 || !result.err.startsWith(expectedStart))
        return QStringLiteral("expected exit 2 and '%1', got exit %2: %3%4")
            .arg(expectedStart)
            .arg(result.exitCode)
            .arg(result.err.trimmed(), result.out.trimmed());
    if (!result.out.isEmpty())
        return QStringLiteral("a failing command printed on stdout: %1").arg(result.out);
    const BookSnapshot after = BookSnapshot::take(m_book.book().database());
    if (!(after == before))
        return QStringLiteral("the refused command changed the book\n  before: %1\n  after:  %2")
            .arg(before.describe(), after.describe());
    return {};
}

QString ScenarioRun::compareFields(const QJsonObject &object, const QString &label,
                                   const QStringList &pairs)
{
    static const QStringList known {QStringLiteral("current"), QStringLiteral("pending"),
                                    QStringLiteral("available")};
    if (pairs.size() % 2 != 0)
        return QStringLiteral("balance words come in pairs: current AMOUNT pending AMOUNT ...");
    for (qsizetype i = 0; i < pairs.size(); i += 2) {
        const QString &field = pairs.at(i);
        if (!known.contains(field))
            return QStringLiteral("'%1' is not current, pending or available").arg(field);
        const QString actual = object.value(field).toString();
        if (actual != pairs.at(i + 1))
            return QStringLiteral("%1 %2: expected %3, got %4")
                .arg(label, field, pairs.at(i + 1), actual);
    }
    return {};
}

QString ScenarioRun::checkBalance(const QStringList &words)
{
    ++m_checks;
    if (words.size() < 3)
        return QStringLiteral("'=' needs WALLET current AMOUNT or total CUR AMOUNT");
    const CliResult result = runCli(m_book, {QStringLiteral("--json"), QStringLiteral("balance")});
    if (result.exitCode != 0)
        return QStringLiteral("--json balance failed: %1").arg(result.err.trimmed());
    const QJsonObject balance = result.json();
    const bool walletCheck = words.at(1) == QStringLiteral("current");
    if (!walletCheck && words.first() != QStringLiteral("total"))
        return QStringLiteral("a wallet check reads '= WALLET current AMOUNT ...'");
    const QString arrayName = walletCheck ? QStringLiteral("wallets") : QStringLiteral("totals");
    const QString key = walletCheck ? QStringLiteral("name") : QStringLiteral("currency");
    const QString wanted = walletCheck ? words.first() : words.at(1);
    for (const QJsonValue &entry : balance.value(arrayName).toArray()) {
        if (entry[key].toString() != wanted)
            continue;
        if (!walletCheck && words.at(2) == QStringLiteral("absent"))
            return QStringLiteral("expected no %1 total, got current %2")
                .arg(wanted, entry[QStringLiteral("current")].toString());
        const QStringList pairs
            = walletCheck ? words.mid(1) : QStringList {QStringLiteral("current")} + words.mid(2);
        return compareFields(entry.toObject(), wanted, pairs);
    }
    if (!walletCheck && words.at(2) == QStringLiteral("absent") && words.size() == 3)
        return {};
    return QStringLiteral("--json balance has no %1 '%2'")
        .arg(walletCheck ? QStringLiteral("wallet") : QStringLiteral("total for"), wanted);
}

QDir goldenDir()
{
    return QDir(QStringLiteral(COFFER_GOLDEN_DIR));
}

QStringList scenarioFiles()
{
    return goldenDir().entryList({QStringLiteral("*.scenario")}, QDir::Files, QDir::Name);
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordsAreSplitLikeAShell_data();
    void wordsAreSplitLikeAShell();
    void folderHoldsScenarios();
    void scenario_data();
    void scenario();
};

void TestGolden::wordsAreSplitLikeAShell_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << QStringLiteral(" tx  add\t--type income ")
                           << QStringList {QStringLiteral("tx"), QStringLiteral("add"),
                                           QStringLiteral("--type"), QStringLiteral("income")}
                           << true;
    QTest::newRow("quoted name") << QStringLiteral("--name \"Main bank\" x")
                                 << QStringList {QStringLiteral("--name"),
                                                 QStringLiteral("Main bank"), QStringLiteral("x")}
                                 << true;
    QTest::newRow("empty word") << QStringLiteral("--amount \"\"")
                                << QStringList {QStringLiteral("--amount"), QString()} << true;
    QTest::newRow("quotes inside a word")
        << QStringLiteral("a\"b c\"d") << QStringList {QStringLiteral("ab cd")} << true;
    QTest::newRow("escapes") << QStringLiteral("\"say \\\"hi\\\" \\\\ \\n\"")
                             << QStringList {QStringLiteral("say \"hi\" \\ \\n")} << true;
    QTest::newRow("unicode") << QStringLiteral("\"Phở 24\"")
                             << QStringList {QStringLiteral("Phở 24")} << true;
    QTest::newRow("unterminated") << QStringLiteral("\"open")
                                  << QStringList {QStringLiteral("open")} << false;
}

void TestGolden::wordsAreSplitLikeAShell()
{
    QFETCH(QString, line);
    QFETCH(QStringList, words);
    QFETCH(bool, ok);
    QString problem;
    QCOMPARE(splitWords(line, &problem), words);
    QCOMPARE(problem.isEmpty(), ok);
}

void TestGolden::folderHoldsScenarios()
{
    QVERIFY2(scenarioFiles().size() >= 8, qPrintable(goldenDir().absolutePath()));
}

void TestGolden::scenario_data()
{
    QTest::addColumn<QString>("fileName");
    for (const QString &name : scenarioFiles())
        QTest::newRow(qPrintable(name)) << name;
}

void TestGolden::scenario()
{
    QFETCH(QString, fileName);
    QFile file(goldenDir().filePath(fileName));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    auto testBook = TestBook::create();
    QVERIFY(testBook);
    ScenarioRun run(*testBook);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString problem = run.runLine(lines.at(i));
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("%1:%2: %3\n    %4")
                                .arg(fileName)
                                .arg(i + 1)
                                .arg(problem, lines.at(i).trimmed())));
    }
    QVERIFY2(run.commands() > 0 && run.checks() > 0,
             qPrintable(fileName + QStringLiteral(": a scenario runs commands and checks them")));
    const QStringList problems = testBook->verify();
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(fileName + QStringLiteral(": the verifier found:\n") + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
