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
    void registerFetchesLazily();

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
    ui::MainWindow window(m_book->book(), m_merchant);
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
    ui::MainWindow window(m_book->book(), m_merchant);
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
    ui::MainWindow window(m_book->book(), m_merchant);
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
    ui::MainWindow window(m_book->book(), m_merchant);
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

void TestMainWindow::registerFetchesLazily()
{
    ui::RegisterModel model;
    const Wallet bank
        = m_book->book().wallets().find(m_actor, QStringLiteral("Vietcombank")).value();
    TransactionFilter all;
    all.walletId = bank.id;
    all.limit = 0;
    const qsizetype entries = m_book->book().ledger().list(m_actor, all)->size();
    QVERIFY(entries > ui::RegisterModel::pageSize);
    model.setWallet(&m_book->book().reports(), m_actor, bank, {}, {});
    QCOMPARE(model.rowCount(), ui::RegisterModel::pageSize); // one page, not the wallet
    int fetches = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++fetches;
    }
    QCOMPARE(model.rowCount(), int(entries));
    QCOMPARE(fetches, int(entries / ui::RegisterModel::pageSize));
    // The same walk with the model tester watching every insertion.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWallet(&m_book->book().reports(), m_actor, bank, {}, {});
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), int(entries));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
