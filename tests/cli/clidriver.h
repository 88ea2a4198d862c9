#pragma once

#include "cli.h"
#include "testbook.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace coffer::test {

struct CliResult
{
    int exitCode = 0;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// Runs coffer-cli in-process against the test book (--db is added). Every command
// but init and bench signs in: as `user` (--user is added unless given), with the
// test users' password in COFFER_PASSWORD; new users get it too (COFFER_NEW_PASSWORD).
inline CliResult runCli(const TestBook &book, QStringList arguments,
                        const QString &user = TestBook::testerName())
{
    qputenv("COFFER_PASSWORD", TestBook::testerPassword().toUtf8());
    qputenv("COFFER_NEW_PASSWORD", TestBook::testerPassword().toUtf8());
    // The first word that is not a global option (nor its value) is the command.
    qsizetype command = 0;
    while (command < arguments.size() && arguments.at(command).startsWith(QStringLiteral("--")))
        command += arguments.at(command) == QStringLiteral("--json") ? 1 : 2;
    const QString name = arguments.value(command);
    const bool signsIn = name != QStringLiteral("init") && name != QStringLiteral("bench");
    if (signsIn && !user.isEmpty() && !arguments.contains(QStringLiteral("--user")))
        arguments = QStringList {QStringLiteral("--user"), user} + arguments;
    arguments.prepend(book.location().displayName());
    arguments.prepend(QStringLiteral("--db"));
    CliResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

// A command line (words split at spaces) that must be refused: exit status 2, the
// error line naming `code` and `option`, and the book unchanged.
inline void expectRefused(TestBook &book, const QString &line, const QString &code,
                          const QString &option, const QString &user = TestBook::testerName())
{
    const BookSnapshot before = BookSnapshot::take(book.book().database());
    const CliResult result = runCli(book, line.split(QLatin1Char(' '), Qt::SkipEmptyParts), user);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(QStringLiteral("error: %1: %2:").arg(code, option)),
             qPrintable(result.err));
    QCOMPARE(BookSnapshot::take(book.book().database()), before);
}

} // namespace coffer::test
