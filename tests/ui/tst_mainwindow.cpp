#include "models/registermodel.h"
#include "models/walletmodel.h"
#include "testbook.h"
#include "tools/historygenerator.h"
#include "windowdriver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

// The desktop window on a real SQLite book, driven on the offscreen platform.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelsPassTheModelTester();
    void showsWalletsBalancesAndTotals();
    void registerFollowsTheSelectedWallet();
    void refreshShowsNewEntries();
    void registerReadsOnlyWhatIsShown();

private:
    std::unique_ptr<TestBook> m_book;
    Actor m_actor;
    Merchant m_merchant;
};

void TestMainWindow::init()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant(QStringLiteral("Window Café"), QStringLiteral("VND"));
    GenerateOptions options;
    options.transactions = 2000;
    options.seed = 7;
    options.until = QDate(2026, 10, 31);
    QVERIFY(HistoryGenerator(m_book->book()).run(m_actor, options).ok());
    m_merchant = m_book->book().wallets().resolveMerchant(QString()).value();
}

void TestMainWindow::cleanup()
{
    m_book.reset();
}

void TestMainWindow::modelsPassTheModelTester()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QAbstractItemModelTester walletTester(window.walletsPage()->walletModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester registerTester(window.walletsPage()->registerModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showWindow(window, window.walletsPage()));
    window.refresh();
    QVERIFY(window.walletsPage()->registerModel()->rowCount() > 0);
}

void TestMainWindow::showsWalletsBalancesAndTotals()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QVERIFY(showWindow(window, window.walletsPage()));
    auto *model = window.walletsPage()->walletModel();
    const auto wallets = m_book->book().wallets().list(m_actor).value();
    QCOMPARE(model->rowCount(), wallets.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        const Wallet *w = model->walletAt(row);
        QCOMPARE(model->data(model->index(row, ui::WalletModel::Current)).toString(),
                 w->current().format(QLocale()));
        QCOMPARE(
            model->data(model->index(row, ui::WalletModel::Current), ui::WalletModel::RawValueRole)
                .toLongLong(),
            w->currentMinor);
    }
    QVERIFY(model->data(model->index(0, ui::WalletModel::Name))
                .toString()
                .contains(QStringLiteral("★")));
    const auto labels = window.findChildren<QLabel *>();
    const bool totalsShown = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
        return label->text().startsWith(QStringLiteral("Total across wallets"))
            && label->text().contains(QStringLiteral("VND"));
    });
    QVERIFY(totalsShown);
    const QString shots = qEnvironmentVariable("COFFER_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("main-window-test.png"))));
    }
}

void TestMainWindow::registerFollowsTheSelectedWallet()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QVERIFY(showWindow(window, window.walletsPage()));
    QVERIFY(selectWalletNamed(window.walletsPage(), QStringLiteral("Vietcombank")));
    const Wallet bank = *window.walletsPage()->selectedWallet();
    QCOMPARE(bank.name, QStringLiteral("Vietcombank"));
    auto *reg = window.walletsPage()->registerModel();
    QVERIFY(reg->rowCount() > 0);
    // The newest completed line's balance is the wallet's current balance.
    for (int row = 0; row < reg->rowCount(); ++row) {
        if (reg->data(reg->index(row, ui::RegisterModel::Balance)).toString().isEmpty())
            continue;
        QCOMPARE(
            reg->data(reg->index(row, ui::RegisterModel::Balance), ui::RegisterModel::RawValueRole)
                .toLongLong(),
            bank.currentMinor);
        break;
    }
}

void TestMainWindow::refreshShowsNewEntries()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QVERIFY(showWindow(window, window.walletsPage()));
    const Wallet cash = m_book->book().wallets().find(m_actor, QStringLiteral("Cash")).value();
    NewTransaction income;
    income.type = TransactionType::Income;
    income.walletId = cash.id;
    income.amount = money(QStringLiteral("123000"), QStringLiteral("VND"));
    QVERIFY(m_book->book().ledger().record(m_actor, income).ok());
    window.refresh();
    auto *model = window.walletsPage()->walletModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->walletAt(row)->id == cash.id)
            QCOMPARE(model->walletAt(row)->currentMinor, cash.currentMinor + 123000);
    }
}

void TestMainWindow::registerReadsOnlyWhatIsShown()
{
    const Wallet bank
        = m_book->book().wallets().find(m_actor, QStringLiteral("Vietcombank")).value();
    TransactionFilter all;
    all.walletId = bank.id;
    all.limit = 0;
    const QList<Transaction> entries = m_book->book().ledger().list(m_actor, all).value();
    QVERIFY(entries.size() > 2 * ui::RegisterModel::pageSize);
    ui::RegisterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWallet(&m_book->book().reports(), m_actor, bank, {}, {});
    const int rows = model.rowCount();
    QCOMPARE(rows, int(entries.size())); // every line is there to scroll to
    const int readByTester = model.pagesRead();
    // The oldest line is one page read away, not the whole register.
    const RegisterLine *oldest = model.lineAt(rows - 1);
    QVERIFY(oldest);
    QCOMPARE(oldest->transaction.id, entries.last().id);
    QVERIFY(model.pagesRead() <= readByTester + 1);
    // Balances agree across a page boundary read from the two ends.
    const int boundary = ui::RegisterModel::pageSize;
    const RegisterLine newer = *model.lineAt(boundary - 1);
    const RegisterLine older = *model.lineAt(boundary);
    QCOMPARE(newer.transaction.id, entries.at(boundary - 1).id);
    if (newer.transaction.status == TransactionStatus::Completed)
        QCOMPARE(newer.balanceAfter.minorUnits(),
                 older.balanceAfter.minorUnits() + newer.change.minorUnits());
    // Reading every line keeps only a few pages.
    for (int row = 0; row < rows; ++row)
        QVERIFY(model.lineAt(row));
    QCOMPARE(model.lineAt(0)->balanceAfter.minorUnits(), bank.currentMinor);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.lineAt(0));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
