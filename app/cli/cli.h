#pragma once

#include <QStringList>
#include <QTextStream>

namespace coffer::cli {

// Runs one coffer-cli command line (without the program name). Output goes to
// `out`, "error: <Code>: <message>" lines to `err`; returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

QString usage();

} // namespace coffer::cli
