#include "dialogs/entrydialog.h"
#include "dialogs/transferdialog.h"
#include "models/transactionlistmodel.h"
#include "pages/dashboardpage.h"
#include "pages/transactionspage.h"
#include "testbook.h"
#include "tools/historygenerator.h"
#include "windowdriver.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPieSeries>
#include <QUndoStack>

using namespace coffer;
using namespace coffer::test;

// The window's screens driven as a user would, through the real dialogs, on a
// real book (SQLite here; the same core runs the PostgreSQL storage tests).
class TestPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void walletsEntriesAndTransferShowEverywhere();
    void badAmountShowsTheRuleAndWritesNothing();
    void undoAndRedoGoThroughCorrectingEntries();
    void editReplacesTheEntry();
    void undoFollowsAnEntryAcrossCommands();
    void transactionFiltersNarrowTheList();
    void dashboardClickOpensMatchingTransactions();
    void registerGoesToADateAndHandsOverToTheFilters();

private:
    qint64 balance(const QString &wallet)
    {
        return m_book->book().wallets().find(m_actor, wallet)->currentMinor;
    }
    void addEntry(ui::MainWindow &window, const QString &action, const QString &wallet,
                  const QString &amount, const QString &category);
    void generateHistory();
    int thisMonthIndex(const Dashboard &dashboard) const;

    std::unique_ptr<TestBook> m_book;
    Actor m_actor;
    Merchant m_merchant;
};

void TestPages::init()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant(QStringLiteral("Pages Café"), QStringLiteral("VND"));
    m_merchant = m_book->book().wallets().resolveMerchant(QString()).value();
}

void TestPages::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestPages::generateHistory()
{
    GenerateOptions options;
    options.transactions = 1500;
    options.seed = 3;
    QVERIFY(HistoryGenerator(m_book->book()).run(m_actor, options).ok());
}

int TestPages::thisMonthIndex(const Dashboard &dashboard) const
{
    const QDate today = QDate::currentDate();
    for (int i = 0; i < dashboard.months.size(); ++i) {
        if (dashboard.months.at(i).month == today.year() * 100 + today.month())
            return i;
    }
    return -1;
}

void TestPages::addEntry(ui::MainWindow &window, const QString &action, const QString &wallet,
                         const QString &amount, const QString &category)
{
    bool filled = false;
    whenDialogOpens([&](QDialog *dialog) {
        chooseText(fieldOf<QComboBox>(dialog, "wallet"), wallet);
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "amount"), amount);
        chooseText(fieldOf<QComboBox>(dialog, "category"), category);
        filled = okButton(dialog)->isEnabled();
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    menuAction(window, action)->trigger();
    QVERIFY(filled);
}

void TestPages::walletsEntriesAndTransferShowEverywhere()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QVERIFY(showWindow(window, window.dashboardPage()));
    auto *dashboard = window.dashboardPage();
    const int month = thisMonthIndex(dashboard->figures());
    QVERIFY(month >= 0);
    QCOMPARE(dashboard->incomeBars()->at(month), 0.0);
    QCOMPARE(dashboard->balanceLines().size(), 1); // Cash

    // A US dollar wallet through the wallet dialog.
    QVERIFY(showWindow(window, window.walletsPage()));
    whenDialogOpens([](QDialog *dialog) {
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "name"), QStringLiteral("Dollars"));
        auto *currency = fieldOf<QComboBox>(dialog, "currency");
        currency->setCurrentIndex(currency->findData(QStringLiteral("USD")));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    menuAction(window, QStringLiteral("&New wallet…"))->trigger();
    QCOMPARE(window.walletsPage()->walletModel()->rowCount(), 2);

    addEntry(window, QStringLiteral("New &income…"), QStringLiteral("Cash"),
             QStringLiteral("500,000"), QStringLiteral("Sales"));
    addEntry(window, QStringLiteral("New &expense…"), QStringLiteral("Cash"),
             QStringLiteral("120,000"), QStringLiteral("Purchases"));
    // 100,000 VND arrive as 4.00 USD: the dialog takes the received amount.
    QString conversion;
    whenDialogOpens([&](QDialog *dialog) {
        chooseText(fieldOf<QComboBox>(dialog, "from"), QStringLiteral("Cash"));
        chooseText(fieldOf<QComboBox>(dialog, "to"), QStringLiteral("Dollars"));
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "amount"), QStringLiteral("100,000"));
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "received"), QStringLiteral("4.00"));
        conversion = dialog->findChild<QLabel *>(QString(), Qt::FindChildrenRecursively)
            ? qobject_cast<ui::TransferDialog *>(dialog)->conversion()
            : QString();
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    menuAction(window, QStringLiteral("New &transfer…"))->trigger();
    QCOMPARE(conversion, QStringLiteral("4.00 USD arrives, at 0.00004 USD per VND"));

    // Balances in the wallet table.
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(280000));
    QCOMPARE(balance(QStringLiteral("Dollars")), qint64(400));
    auto *wallets = window.walletsPage()->walletModel();
    QStringList shown;
    for (int row = 0; row < wallets->rowCount(); ++row)
        shown << wallets->data(wallets->index(row, ui::WalletModel::Current)).toString();
    QCOMPARE(shown, (QStringList {QStringLiteral("280,000 VND"), QStringLiteral("4.00 USD")}));
    // The register: three entries, the newest balance first.
    QVERIFY(selectWalletNamed(window.walletsPage(), QStringLiteral("Cash")));
    auto *reg = window.walletsPage()->registerModel();
    QCOMPARE(reg->rowCount(), 3);
    QCOMPARE(reg->data(reg->index(0, ui::RegisterModel::Balance)).toString(),
             QStringLiteral("280,000 VND"));
    QCOMPARE(reg->data(reg->index(2, ui::RegisterModel::Balance)).toString(),
             QStringLiteral("500,000 VND"));
    // The dashboard's series followed.
    QVERIFY(showWindow(window, window.dashboardPage()));
    // The bars are drawn in thousands, as the axis says.
    QCOMPARE(dashboard->incomeBars()->at(month), 500.0);
    QCOMPARE(dashboard->expenseBars()->at(month), 120.0);
    QCOMPARE(dashboard->figures().months.at(month).income.minorUnits(), qint64(500000));
    QCOMPARE(dashboard->expenseSlices()->count(), 1);
    QCOMPARE(dashboard->figures().balance.minorUnits(), qint64(280000));
    const QList<QLineSeries *> lines = dashboard->balanceLines();
    QCOMPARE(lines.size(), 1); // Dollars holds USD: not mixed into the VND chart
    QCOMPARE(lines.first()->at(lines.first()->count() - 1).y(), 280.0);
    QVERIFY(dashboard->headline().contains(QStringLiteral("380,000 VND"))); // net result
}

void TestPages::badAmountShowsTheRuleAndWritesNothing()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QVERIFY(showWindow(window, window.walletsPage()));
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    QString problem;
    bool okEnabled = true;
    whenDialogOpens([&](QDialog *dialog) {
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "amount"), QStringLiteral("12.5"));
        problem = qobject_cast<ui::EntryDialog *>(dialog)->problem();
        okEnabled = okButton(dialog)->isEnabled();
        QTest::keyClick(fieldOf<QLineEdit>(dialog, "amount"), Qt::Key_Return);
        dialog->reject();
    });
    menuAction(window, QStringLiteral("New &expense…"))->trigger();
    QCOMPARE(problem, QStringLiteral("VND has no decimals: write a whole amount."));
    QVERIFY(!okEnabled);
    QVERIFY(BookSnapshot::take(m_book->book().database()) == before);
    QCOMPARE(window.workspace().undoStack()->count(), 0);
}

void TestPages::undoAndRedoGoThroughCorrectingEntries()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QVERIFY(showWindow(window, window.walletsPage()));
    addEntry(window, QStringLiteral("New &income…"), QStringLiteral("Cash"),
             QStringLiteral("70,000"), QStringLiteral("Sales"));
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(70000));
    QUndoStack *undo = window.workspace().undoStack();
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Record income of 70,000 VND"));
    undo->undo(); // a settled entry is reversed, not deleted
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(0));
    QCOMPARE(window.walletsPage()->registerModel()->rowCount(), 2);
    undo->redo(); // recorded again as a new entry
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(70000));
    QCOMPARE(window.walletsPage()->registerModel()->rowCount(), 3);

    // Cancelling from the register, then undoing the cancellation.
    const qint64 live = window.walletsPage()->registerModel()->lineAt(0)->transaction.id;
    QVERIFY(selectRegisterEntry(window.walletsPage(), live));
    whenDialogOpens([](QDialog *box) { // "Go ahead?" on a settled entry
        qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    });
    menuAction(window, QStringLiteral("Ca&ncel entry…"))->trigger();
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(0));
    undo->undo();
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(70000));
    undo->redo();
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(0));
}

void TestPages::editReplacesTheEntry()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QVERIFY(showWindow(window, window.walletsPage()));
    addEntry(window, QStringLiteral("New &expense…"), QStringLiteral("Cash"),
             QStringLiteral("30,000"), QStringLiteral("Purchases"));
    const qint64 original = window.walletsPage()->registerModel()->lineAt(0)->transaction.id;
    QVERIFY(selectRegisterEntry(window.walletsPage(), original));
    QString prefilled;
    whenDialogOpens([&](QDialog *dialog) {
        auto *amount = fieldOf<QLineEdit>(dialog, "amount");
        prefilled = amount->text();
        amount->setText(QStringLiteral("35000"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    menuAction(window, QStringLiteral("&Edit entry…"))->trigger();
    QCOMPARE(prefilled, QStringLiteral("30000"));
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(-35000));
    QVERIFY(m_book->book().ledger().get(m_actor, original)->reversedById != 0);
    window.workspace().undoStack()->undo();
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(-30000));
}

void TestPages::undoFollowsAnEntryAcrossCommands()
{
    // Record, then cancel and edit the same entry: each undo and redo must act on the
    // entry that stands for it now, not the one its command first saw.
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QVERIFY(showWindow(window, window.walletsPage()));
    QUndoStack *undo = window.workspace().undoStack();
    addEntry(window, QStringLiteral("New &expense…"), QStringLiteral("Cash"),
             QStringLiteral("10,000"), QStringLiteral("Purchases"));
    QVERIFY(selectRegisterEntry(window.walletsPage(),
                                window.walletsPage()->registerModel()->lineAt(0)->transaction.id));
    whenDialogOpens(
        [](QDialog *box) { qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
    menuAction(window, QStringLiteral("Ca&ncel entry…"))->trigger();
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(0));
    undo->undo(); // the entry again (a copy)
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(-10000));
    undo->undo(); // the copy is cancelled, not the reversed original
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(0));
    QCOMPARE(undo->count(), 2);
    undo->redo();
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(-10000));
    undo->redo();
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(0));
    QCOMPARE(undo->index(), 2);

    // Record, then edit: undo both, redo both.
    addEntry(window, QStringLiteral("New &income…"), QStringLiteral("Cash"),
             QStringLiteral("5,000"), QStringLiteral("Sales"));
    QVERIFY(selectRegisterEntry(window.walletsPage(),
                                window.walletsPage()->registerModel()->lineAt(0)->transaction.id));
    whenDialogOpens([](QDialog *dialog) {
        fieldOf<QLineEdit>(dialog, "amount")->setText(QStringLiteral("7000"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    menuAction(window, QStringLiteral("&Edit entry…"))->trigger();
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(7000));
    undo->undo();
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(5000));
    undo->undo();
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(0));
    undo->redo();
    undo->redo();
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(7000));
    QCOMPARE(undo->count(), 4); // nothing dropped as refused
}

void TestPages::transactionFiltersNarrowTheList()
{
    generateHistory();
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    ui::TransactionsPage *page = window.transactionsPage();
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showWindow(window, page));
    QCOMPARE(page->model()->rowCount(), ui::TransactionListModel::pageSize);
    QVERIFY(page->model()->hasMore());
    chooseText(page->findChild<QComboBox *>(QStringLiteral("type")), QStringLiteral("Expense"));
    chooseText(page->findChild<QComboBox *>(QStringLiteral("status")), QStringLiteral("Pending"));
    page->model()->fetchAll();
    QVERIFY(page->model()->rowCount() > 0);
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        QCOMPARE(page->model()->transactionAt(row)->type, TransactionType::Expense);
        QCOMPARE(page->model()->transactionAt(row)->status, TransactionStatus::Pending);
    }
    // Words search the note; the list waits for the user to pause typing.
    NewTransaction noted;
    noted.type = TransactionType::Expense;
    noted.status = TransactionStatus::Pending;
    noted.walletId = m_book->book().wallets().find(m_actor, QStringLiteral("Cash"))->id;
    noted.amount = money(QStringLiteral("9000"), QStringLiteral("VND"));
    noted.date = QDate::currentDate();
    noted.note = QStringLiteral("Ice for the cold brew");
    QVERIFY(m_book->book().ledger().record(m_actor, noted).ok());
    window.refresh();
    QTest::keyClicks(page->findChild<QLineEdit *>(QStringLiteral("search")),
                     QStringLiteral("cold BREW"));
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->transactionAt(0)->note, noted.note);
    page->clearFilters();
    QCOMPARE(page->model()->rowCount(), ui::TransactionListModel::pageSize);
    // Transfers screen: transfers only.
    QVERIFY(showWindow(window, window.transfersPage()));
    for (int row = 0; row < window.transfersPage()->model()->rowCount(); ++row)
        QCOMPARE(window.transfersPage()->model()->transactionAt(row)->type,
                 TransactionType::Transfer);
}

void TestPages::dashboardClickOpensMatchingTransactions()
{
    generateHistory();
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QVERIFY(showWindow(window, window.dashboardPage()));
    auto *dashboard = window.dashboardPage();
    const int month = thisMonthIndex(dashboard->figures());
    QVERIFY(month > 0);
    // A bar: the completed income of that month.
    Q_EMIT dashboard->incomeBars()->clicked(month - 1);
    QCOMPARE(window.currentPage(), window.transactionsPage());
    auto *list = window.transactionsPage()->model();
    list->fetchAll();
    const QDate start = QDate::currentDate().addMonths(-1);
    qint64 sum = 0;
    for (int row = 0; row < list->rowCount(); ++row) {
        const Transaction *t = list->transactionAt(row);
        QCOMPARE(t->type, TransactionType::Income);
        QCOMPARE(t->date.month(), start.month());
        QCOMPARE(t->status, TransactionStatus::Completed);
        if (t->amount.currency().code() == QStringLiteral("VND"))
            sum += t->amount.minorUnits() * (t->reversesId ? -1 : 1);
    }
    QVERIFY(list->rowCount() > 0);
    // The VND bar counts only wallets in reports: the list shows them all, so the
    // bar is at most the sum of the VND entries.
    QVERIFY(dashboard->figures().months.at(month - 1).income.minorUnits() <= sum);
    // A slice: that category's entries.
    QVERIFY(showWindow(window, window.dashboardPage()));
    QPieSlice *largest = dashboard->expenseSlices()->slices().first();
    Q_EMIT dashboard->expenseSlices()->clicked(largest);
    list->fetchAll();
    const qint64 category = dashboard->figures().expenses.first().categoryId;
    const QList<Category> categories = m_book->book().categories().list(m_actor).value();
    const QList<qint64> subtree = categorySubtree(categories, category);
    QVERIFY(list->rowCount() > 0);
    for (int row = 0; row < list->rowCount(); ++row)
        QVERIFY(subtree.contains(list->transactionAt(row)->categoryId));
}

void TestPages::registerGoesToADateAndHandsOverToTheFilters()
{
    generateHistory();
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    ui::WalletsPage *page = window.walletsPage();
    QVERIFY(showWindow(window, page));
    QVERIFY(selectWalletNamed(page, QStringLiteral("Vietcombank")));
    const QDate date = QDate::currentDate().addYears(-1);
    page->goToDate(date);
    const int row = page->registerView()->currentIndex().row();
    QVERIFY(row > 0);
    QVERIFY(page->registerModel()->lineAt(row)->transaction.date <= date);
    QVERIFY(page->registerModel()->lineAt(row - 1)->transaction.date > date);
    // "Filter entries…": the Transactions screen on this wallet.
    const qint64 bank = page->selectedWallet()->id;
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("&Filter entries…"))
            button->click();
    }
    QCOMPARE(window.currentPage(), window.transactionsPage());
    QCOMPARE(window.transactionsPage()->filter().walletId, bank);
    auto *list = window.transactionsPage()->model();
    QVERIFY(list->rowCount() > 0);
    for (int i = 0; i < list->rowCount(); ++i)
        QVERIFY(list->transactionAt(i)->walletId == bank
                || list->transactionAt(i)->toWalletId == bank);
}

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
