#include "cli.h"
#include "storage/booklocation.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    coffer::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return coffer::cli::run(app.arguments().mid(1), out, err);
}
