#include "books/booksession.h"
#include "language.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace {

int fail(const QString &message)
{
    QMessageBox::critical(nullptr, QObject::tr("Coffer"), message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    coffer::setApplicationIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Coffer desktop bookkeeping"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QObject::tr("Open this book: a SQLite file or postgresql://USER@HOST:PORT/DB (the "
                    "password from PGPASSWORD, the keychain or a prompt)."),
        QStringLiteral("book"));
    const QCommandLineOption merchantOption(
        QStringLiteral("merchant"), QObject::tr("Work for this merchant."), QStringLiteral("name"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QObject::tr("Show Coffer in this language (en, vi)."),
                                            QStringLiteral("code"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QObject::tr("Sign in as this user with the password in COFFER_PASSWORD (no dialog)."),
        QStringLiteral("name"));
    parser.addOption(dbOption);
    parser.addOption(merchantOption);
    parser.addOption(userOption);
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QObject::tr("Look: system, light or dark."),
                                         QStringLiteral("theme"));
    parser.addOption(languageOption);
    parser.addOption(themeOption);
    parser.process(app);
    const QString language
        = parser.isSet(languageOption) ? parser.value(languageOption) : coffer::ui::savedLanguage();
    if (!language.isEmpty() && !coffer::ui::installLanguage(language))
        return fail(
            QObject::tr("Coffer does not speak “%1”; choose one of: %2.")
                .arg(language, coffer::ui::availableLanguages().join(QStringLiteral(", "))));

    const QString theme
        = parser.isSet(themeOption) ? parser.value(themeOption) : coffer::ui::savedTheme();
    if (!coffer::ui::applyTheme(theme))
        return fail(QObject::tr("Coffer has no “%1” look; choose one of: %2.")
                        .arg(theme, coffer::ui::availableThemes().join(QStringLiteral(", "))));

    std::optional<coffer::BookLocation> requested;
    if (parser.isSet(dbOption)) {
        auto parsed = coffer::BookLocation::parse(parser.value(dbOption));
        if (!parsed)
            return fail(parsed.error().detail);
        requested = *parsed;
        requested->password = qEnvironmentVariable("PGPASSWORD");
    }
    coffer::ui::BookSession session;
    if (parser.isSet(userOption))
        session.presetUser(parser.value(userOption), qEnvironmentVariable("COFFER_PASSWORD"));
    session.start(requested, parser.value(merchantOption));
    return app.exec();
}
