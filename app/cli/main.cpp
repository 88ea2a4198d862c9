#include "cli.h"
#include "storage/booklocation.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

// Invoices and reminders are printed to PDF, which needs fonts and so a
// QGuiApplication; without a display it runs on the offscreen platform. A scheduler
// or a root shell may have no XDG runtime folder, which Qt would warn about on every
// run: a private one in the temporary folder stands in.
void prepareHeadlessGui()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString runtime
        = QDir::temp().filePath(QStringLiteral("coffer-runtime-%1").arg(::getuid()));
    if (QDir().mkpath(runtime)
        && QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    prepareHeadlessGui();
    QGuiApplication app(argc, argv);
    coffer::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return coffer::cli::run(app.arguments().mid(1), out, err);
}
