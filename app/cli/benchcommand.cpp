// coffer-cli bench: builds fresh books of the given sizes and measures the load
// rate and the queries that must stay fast as books grow. A benchmark, not a test:
// it prints figures for docs/PERFORMANCE.md and asserts nothing.
#include "ledger/verifier.h"
#include "output.h"
#include "reports/reportservice.h"
#include "session.h"
#include "tools/historygenerator.h"

#include <QElapsedTimer>
#include <QSysInfo>
#include <QTemporaryDir>

#include <algorithm>

namespace coffer::cli {

namespace {

struct Figures
{
    qint64 transactions = 0;
    double loadSeconds = 0;
    double registerMs = 0;
    double balancesMs = 0;
    double reportMs = 0;
    double reportScanMs = 0;
    double recordMs = 0; // one entry as a person records it: its own transaction and audit
    double verifySeconds = 0;
};

// Median wall time of `runs` calls, in milliseconds (timing only, never money).
template<typename Work> double medianMs(int runs, Work work)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

Result<Figures> measure(Book &book, qint64 transactions, quint64 seed, QTextStream &err)
{
    Figures figures;
    figures.transactions = transactions;
    // The bench book's own admin: a fresh book, so the first user is made here.
    Merchant merchant;
    auto bench = book.users().initialise(
        QStringLiteral("bench"), QStringLiteral("bench-password"), QStringLiteral("Bench Coffee"),
        Currency::fromCode(QStringLiteral("VND")).value(), merchant);
    if (!bench)
        return bench.error();
    auto signedInActor = book.users().actorFor(*bench, merchant.id);
    if (!signedInActor)
        return signedInActor.error();
    const Actor actor = *signedInActor;
    GenerateOptions options;
    options.transactions = transactions;
    options.seed = seed;
    options.until = QDate(2026, 10, 31);
    QElapsedTimer timer;
    timer.start();
    auto summary = HistoryGenerator(book).run(actor, options, [&](qint64 done) {
        if (done % 100000 == 0)
            err << "  " << done << " transactions\r" << Qt::flush;
    });
    if (!summary)
        return summary.error();
    figures.loadSeconds = double(timer.elapsed()) / 1000.0;
    err << '\n';

    auto bank = book.wallets().find(actor, QStringLiteral("Vietcombank"));
    if (!bank)
        return bank.error();
    ReportService reports(book.database());
    const int fromMonth = periodMonth(summary->from);
    const int toMonth = periodMonth(summary->until);
    figures.registerMs
        = medianMs(21, [&] { (void)reports.registerPage(actor, *bank, RegisterCursor {}, 50); });
    figures.balancesMs = medianMs(51, [&] { (void)book.wallets().list(actor); });
    figures.reportMs
        = medianMs(21, [&] { (void)reports.categoryMonthly(actor, fromMonth, toMonth); });
    figures.reportScanMs
        = medianMs(3, [&] { (void)reports.categoryMonthlyByScan(actor, fromMonth, toMonth); });
    NewTransaction entry;
    entry.type = TransactionType::Income;
    entry.walletId = bank->id;
    entry.amount = Money(125'000, bank->currency);
    entry.date = summary->until;
    figures.recordMs = medianMs(51, [&] { (void)book.ledger().record(actor, entry); });
    timer.restart();
    auto problems = Verifier(book.database()).run();
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return makeError(
            ErrorCode::StorageError,
            QStringLiteral("bench: the generated book does not verify: %1").arg(problems->first()));
    figures.verifySeconds = double(timer.elapsed()) / 1000.0;
    return figures;
}

QString quotedIdentifier(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

// A fresh database per size on the server the user named with --db.
Result<BookLocation> freshPostgresBook(Database &server, qint64 transactions)
{
    BookLocation location = server.location();
    location.database = QStringLiteral("%1_bench_%2").arg(location.database).arg(transactions);
    COFFER_TRY(server.execute(
        QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quotedIdentifier(location.database))));
    COFFER_TRY(server.execute(
        QStringLiteral("CREATE DATABASE %1").arg(quotedIdentifier(location.database))));
    return location;
}

} // namespace

Status runBench(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("bench"), words,
        {{QStringLiteral("--transactions"), QStringLiteral("--seed")}, {}, {}});
    if (!args)
        return args.error();
    QList<qint64> sizes;
    const QString sizeText = args->value(QStringLiteral("--transactions"));
    for (const QString &part : (sizeText.isEmpty() ? QStringLiteral("100000,1000000") : sizeText)
                                   .split(QLatin1Char(','))) {
        auto size = parsePositiveNumber(QStringLiteral("--transactions"), part.trimmed());
        if (!size)
            return size.error();
        sizes.append(*size);
    }
    bool seedOk = true;
    const quint64 seed = args->has(QStringLiteral("--seed"))
        ? args->value(QStringLiteral("--seed")).toULongLong(&seedOk)
        : 1;
    if (!seedOk)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("--seed: '%1' must be a whole number")
                             .arg(args->value(QStringLiteral("--seed"))));
    const bool postgres = session.dbText.startsWith(QStringLiteral("postgres"));
    // On a server, --db names a database to connect to (no book needed there): each
    // size gets a database of its own, dropped afterwards.
    std::unique_ptr<Database> server;
    if (postgres) {
        auto location = BookLocation::parse(session.dbText);
        if (!location)
            return location.error();
        location->password = qEnvironmentVariable("PGPASSWORD");
        auto opened = Database::open(*location);
        if (!opened)
            return opened.error();
        server = std::move(*opened);
    }

    TextTable table({QStringLiteral("back end"), QStringLiteral("transactions"),
                     QStringLiteral("load s"), QStringLiteral("load tx/s"),
                     QStringLiteral("register page ms"), QStringLiteral("balances ms"),
                     QStringLiteral("category report ms"), QStringLiteral("same by scan ms"),
                     QStringLiteral("record ms"), QStringLiteral("verify s")},
                    {1, 2, 3, 4, 5, 6, 7, 8, 9});
    for (qint64 size : sizes) {
        QTemporaryDir dir;
        BookLocation location = BookLocation::sqlite(dir.filePath(QStringLiteral("bench.coffer")));
        if (postgres) {
            auto fresh = freshPostgresBook(*server, size);
            if (!fresh)
                return fresh.error();
            location = *fresh;
        }
        session.err << "bench: " << size << " transactions on " << location.displayName() << '\n';
        Result<Figures> figures = makeError(ErrorCode::StorageError, QString());
        {
            auto book = Book::open(location, Book::Opening::CreateIfMissing);
            if (!book)
                return book.error();
            figures = measure(**book, size, seed, session.err);
        }
        if (postgres)
            COFFER_TRY(server->execute(QStringLiteral("DROP DATABASE IF EXISTS %1")
                                           .arg(quotedIdentifier(location.database))));
        if (!figures)
            return figures.error();
        const Figures &f = *figures;
        table.addRow({postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"),
                      QString::number(f.transactions), QString::number(f.loadSeconds, 'f', 1),
                      QString::number(qint64(double(f.transactions) / f.loadSeconds)),
                      QString::number(f.registerMs, 'f', 2), QString::number(f.balancesMs, 'f', 2),
                      QString::number(f.reportMs, 'f', 2), QString::number(f.reportScanMs, 'f', 0),
                      QString::number(f.recordMs, 'f', 2),
                      QString::number(f.verifySeconds, 'f', 1)});
    }
    session.out << "machine: " << QSysInfo::prettyProductName() << ", "
                << QSysInfo::currentCpuArchitecture() << '\n';
    table.print(session.out);
    return success();
}

} // namespace coffer::cli
