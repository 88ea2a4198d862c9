// coffer-guibench: how quickly the desktop window answers on a big book. Opens the
// book, the window on the dashboard, the largest wallet's register, jumps to its
// end, applies filters on the Transactions screen, and reports each step and the
// peak resident memory. A benchmark, not a test: it asserts nothing.
//   QT_QPA_PLATFORM=offscreen coffer-guibench --db BOOK [--rounds N]
#include "ledger/book.h"
#include "mainwindow.h"
#include "models/registermodel.h"
#include "models/transactionlistmodel.h"
#include "models/walletmodel.h"
#include "pages/dashboardpage.h"
#include "pages/transactionspage.h"
#include "pages/walletspage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

namespace {

QTextStream out(stdout);

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Lets the window lay out and paint what changed.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

void report(const QString &step, const QList<double> &samples)
{
    QList<double> sorted = samples;
    std::sort(sorted.begin(), sorted.end());
    out << QStringLiteral("%1  median %2 ms  (min %3, max %4, %5 rounds)\n")
               .arg(step, -44)
               .arg(sorted.at(sorted.size() / 2), 0, 'f', 1)
               .arg(sorted.first(), 0, 'f', 1)
               .arg(sorted.last(), 0, 'f', 1)
               .arg(samples.size());
    out.flush();
}

long peakResidentMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch; // the first round's start includes creating the app
    sinceLaunch.start();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("The book."), QStringLiteral("book")});
    parser.addOption({QStringLiteral("user"),
                      QStringLiteral("Sign in as this user (password in COFFER_PASSWORD)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Repetitions (default 5)."),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    auto location = coffer::BookLocation::parse(parser.value(QStringLiteral("db")));
    if (!location) {
        out << location.error().toString() << '\n';
        return 2;
    }
    location->password = qEnvironmentVariable("PGPASSWORD");
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));

    QList<double> start, wallets, registerOpen, registerEnd, filters[3];
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        // Start: open the book, build the window, show the dashboard with its charts.
        auto book = coffer::Book::open(*location, coffer::Book::Opening::MustExist);
        if (!book) {
            out << book.error().toString() << '\n';
            return 1;
        }
        // Signing in (Argon2id, by design a fraction of a second) is left out of the
        // figure: it measures the screens.
        QElapsedTimer signInTimer;
        signInTimer.start();
        auto user = (*book)->users().signIn(parser.value(QStringLiteral("user")),
                                            qEnvironmentVariable("COFFER_PASSWORD"));
        if (!user) {
            out << user.error().toString() << '\n';
            return 1;
        }
        auto actor = (*book)->users().actorFor(*user, QString());
        if (!actor) {
            out << actor.error().toString() << '\n';
            return 1;
        }
        const qint64 signInNs = signInTimer.nsecsElapsed();
        coffer::Merchant merchant;
        for (const coffer::Merchant &m : (*book)->wallets().merchants().value())
            merchant = m.id == actor->merchantId ? m : merchant;
        coffer::ui::MainWindow window(**book, merchant, *actor, *user);
        window.resize(1280, 800);
        window.show();
        window.showPage(window.dashboardPage());
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        settle();
        start << elapsedMs(timer) - double(signInNs) / 1e6;
        if (round == 0)
            out << QStringLiteral("launch to interactive dashboard (first round): %1 ms\n")
                       .arg(elapsedMs(sinceLaunch), 0, 'f', 1);

        // The Wallets screen, then the register of the wallet with the most lines.
        coffer::ui::WalletsPage *page = window.walletsPage();
        timer.restart();
        window.showPage(page);
        settle();
        wallets << elapsedMs(timer);
        int biggest = 0;
        qint64 lines = -1;
        for (int row = 0; row < page->walletModel()->rowCount(); ++row) {
            const auto size = (*book)->reports().registerSize(window.workspace().actor(),
                                                              *page->walletModel()->walletAt(row));
            if (size.value_or(0) > lines) {
                lines = size.value_or(0);
                biggest = row;
            }
        }
        page->walletView()->selectRow(biggest == 0 ? 1 : 0); // start elsewhere
        settle();
        timer.restart();
        page->walletView()->selectRow(biggest);
        settle();
        registerOpen << elapsedMs(timer);
        timer.restart();
        page->registerView()->scrollToBottom();
        settle();
        registerEnd << elapsedMs(timer);
        if (round == 0)
            out << QStringLiteral("register of %1: %2 lines\n")
                       .arg(page->selectedWallet()->name)
                       .arg(page->registerModel()->rowCount());

        // Filters on the Transactions screen: a type, a rare status, and words.
        coffer::ui::TransactionsPage *list = window.transactionsPage();
        window.showPage(list);
        settle();
        auto *type = list->findChild<QComboBox *>(QStringLiteral("type"));
        auto *status = list->findChild<QComboBox *>(QStringLiteral("status"));
        auto *search = list->findChild<QLineEdit *>(QStringLiteral("search"));
        timer.restart();
        type->setCurrentIndex(type->findText(QStringLiteral("Expense")));
        settle();
        filters[0] << elapsedMs(timer);
        timer.restart();
        status->setCurrentIndex(status->findText(QStringLiteral("Cancelled")));
        settle();
        filters[1] << elapsedMs(timer);
        list->clearFilters();
        settle();
        search->setText(QStringLiteral("invoice 4711"));
        timer.restart();
        list->showFilter(list->filter()); // what the pause in typing triggers
        settle();
        filters[2] << elapsedMs(timer);
        window.close();
    }
    report(QStringLiteral("start to interactive dashboard"), start);
    report(QStringLiteral("open the Wallets screen"), wallets);
    report(QStringLiteral("open the largest register"), registerOpen);
    report(QStringLiteral("jump to the register's end"), registerEnd);
    report(QStringLiteral("filter: type Expense"), filters[0]);
    report(QStringLiteral("filter: status Cancelled"), filters[1]);
    report(QStringLiteral("filter: words in notes (none match)"), filters[2]);
    out << QStringLiteral("peak resident memory: %1 MiB\n").arg(peakResidentMiB());
    return 0;
}
