#pragma once

#include "cli.h"
#include "testbook.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace coffer::test {

struct CliResult
{
    int exitCode = 0;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// Runs coffer-cli in-process against the test book (--db is added).
inline CliResult runCli(const TestBook &book, QStringList arguments)
{
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

} // namespace coffer::test
