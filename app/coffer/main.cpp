#include "language.h"
#include "ledger/book.h"
#include "mainwindow.h"
#include "tools/historygenerator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

namespace {

// A new embedded book starts as a demo café with three years of history, so the
// first thing a new user sees is a working book rather than an empty window.
coffer::Status seedDemoBook(coffer::Book &book)
{
    auto merchant = book.wallets().createMerchant(
        QStringLiteral("Coffer Demo Café"),
        coffer::Currency::fromCode(QStringLiteral("VND")).value(), QStringLiteral("demo"));
    if (!merchant)
        return merchant.error();
    coffer::GenerateOptions options;
    options.transactions = 20000;
    options.seed = 2026;
    auto generated = coffer::HistoryGenerator(book).run(
        coffer::Actor {merchant->id, QStringLiteral("demo")}, options);
    if (!generated)
        return generated.error();
    return coffer::success();
}

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
        QObject::tr("Open this book: a SQLite file or postgresql://USER@HOST:PORT/DB."),
        QStringLiteral("book"));
    const QCommandLineOption merchantOption(
        QStringLiteral("merchant"), QObject::tr("Work for this merchant."), QStringLiteral("name"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QObject::tr("Show Coffer in this language (en, vi)."),
                                            QStringLiteral("code"));
    parser.addOption(dbOption);
    parser.addOption(merchantOption);
    parser.addOption(languageOption);
    parser.process(app);
    if (parser.isSet(languageOption) && !coffer::ui::installLanguage(parser.value(languageOption)))
        return fail(QObject::tr("Coffer does not speak “%1”; choose one of: %2.")
                        .arg(parser.value(languageOption),
                             coffer::ui::availableLanguages().join(QStringLiteral(", "))));

    coffer::BookLocation location = coffer::BookLocation::defaultBook();
    if (parser.isSet(dbOption)) {
        auto parsed = coffer::BookLocation::parse(parser.value(dbOption));
        if (!parsed)
            return fail(parsed.error().detail);
        location = *parsed;
        location.password = qEnvironmentVariable("PGPASSWORD");
    }
    const bool newDefaultBook = !parser.isSet(dbOption) && !QFileInfo::exists(location.path);
    auto book = coffer::Book::open(location,
                                   newDefaultBook ? coffer::Book::Opening::CreateIfMissing
                                                  : coffer::Book::Opening::MustExist);
    if (!book)
        return fail(book.error().detail);
    if (newDefaultBook) {
        if (auto seeded = seedDemoBook(**book); !seeded)
            return fail(seeded.error().detail);
    }
    auto merchant = (*book)->wallets().resolveMerchant(parser.value(merchantOption));
    if (!merchant)
        return fail(merchant.error().detail);
    coffer::ui::MainWindow window(**book, *merchant);
    window.show();
    return app.exec();
}
