#include "dialogs/entrydialog.h"
#include "dialogs/transferdialog.h"
#include "models/registermodel.h"
#include "testbook.h"
#include "windowdriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

// The income/expense and transfer dialogs and the register's actions, driven offscreen.
class TestEntryDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recordsAnIncomeInTheChosenCategory();
    void badAmountsAreNamedAndWriteNothing_data();
    void badAmountsAreNamedAndWriteNothing();
    void crossCurrencyTransferShowsTheOtherAmount();
    void transferRulesAreNamed();
    void pendingEntryIsCompletedAndCancelledFromTheRegister();

private:
    static QPushButton *okOf(QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    template<typename Field> static Field *field(QDialog &dialog, const char *name)
    {
        auto *found = dialog.findChild<Field *>(QString::fromLatin1(name));
        Q_ASSERT_X(found, "field", name);
        return found;
    }
    static void selectByText(QComboBox *box, const QString &text)
    {
        box->setCurrentIndex(box->findText(text, Qt::MatchContains));
        QVERIFY2(box->currentIndex() >= 0, qPrintable(text));
    }
    qint64 balance(const QString &wallet)
    {
        return m_book->book().wallets().find(m_actor, wallet)->currentMinor;
    }

    std::unique_ptr<TestBook> m_book;
    Actor m_actor;
    Merchant m_merchant;
};

void TestEntryDialogs::init()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant(QStringLiteral("Entry Café"), QStringLiteral("VND"));
    m_merchant = m_book->book().wallets().resolveMerchant(QString()).value();
    NewWallet dollars;
    dollars.name = QStringLiteral("Dollars");
    dollars.type = WalletType::Bank;
    dollars.currency = currency(QStringLiteral("USD"));
    dollars.initialMinor = 50000;
    QVERIFY(m_book->book().wallets().add(m_actor, dollars).ok());
}

void TestEntryDialogs::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestEntryDialogs::recordsAnIncomeInTheChosenCategory()
{
    ui::EntryDialog dialog(m_book->book(), m_actor, TransactionType::Income);
    selectByText(field<QComboBox>(dialog, "wallet"), QStringLiteral("Cash (VND)"));
    QVERIFY(!okOf(dialog)->isEnabled());
    QCOMPARE(dialog.problem(), QStringLiteral("Enter an amount."));
    QTest::keyClicks(field<QLineEdit>(dialog, "amount"), QStringLiteral("150,000"));
    selectByText(field<QComboBox>(dialog, "category"), QStringLiteral("Sales"));
    QVERIFY2(okOf(dialog)->isEnabled(), qPrintable(dialog.problem()));
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(150000));
    QCOMPARE(dialog.recorded().categoryId,
             m_book->book().categories().find(m_actor, QStringLiteral("SALE"))->id);
}

void TestEntryDialogs::badAmountsAreNamedAndWriteNothing_data()
{
    QTest::addColumn<QString>("wallet");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("problem");
    QTest::newRow("decimals in VND") << "Cash (VND)"
                                     << "12.5"
                                     << "VND has no decimals: write a whole amount.";
    QTest::newRow("three decimals in USD") << "Dollars (USD)"
                                           << "1.234"
                                           << "USD allows at most 2 decimal places.";
    QTest::newRow("zero") << "Cash (VND)"
                          << "0"
                          << "The amount must be greater than zero.";
    QTest::newRow("negative") << "Cash (VND)"
                              << "-3"
                              << "The amount must be greater than zero.";
    QTest::newRow("text") << "Cash (VND)"
                          << "abc"
                          << "“abc” is not an amount.";
    QTest::newRow("too large") << "Cash (VND)"
                               << "99999999999999999999"
                               << "The amount is too large.";
}

void TestEntryDialogs::badAmountsAreNamedAndWriteNothing()
{
    QFETCH(QString, wallet);
    QFETCH(QString, amount);
    QFETCH(QString, problem);
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    ui::EntryDialog dialog(m_book->book(), m_actor, TransactionType::Expense);
    selectByText(field<QComboBox>(dialog, "wallet"), wallet);
    QTest::keyClicks(field<QLineEdit>(dialog, "amount"), amount);
    QCOMPARE(dialog.problem(), problem);
    QVERIFY(!okOf(dialog)->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(BookSnapshot::take(m_book->book().database()), before);
}

void TestEntryDialogs::crossCurrencyTransferShowsTheOtherAmount()
{
    ui::TransferDialog dialog(m_book->book(), m_actor);
    selectByText(field<QComboBox>(dialog, "from"), QStringLiteral("Dollars (USD)"));
    selectByText(field<QComboBox>(dialog, "to"), QStringLiteral("Cash (VND)"));
    QTest::keyClicks(field<QLineEdit>(dialog, "amount"), QStringLiteral("100.50"));
    QCOMPARE(dialog.problem(),
             QStringLiteral("USD and VND differ: enter the rate or the amount received."));
    QTest::keyClicks(field<QLineEdit>(dialog, "rate"), QStringLiteral("25400.5"));
    QCOMPARE(dialog.conversion(), QStringLiteral("2,552,750 VND arrives, at 25400.5 VND per USD"));
    if (const QString shots = qEnvironmentVariable("COFFER_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/transfer-dialog-rate.png")));
    }
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(balance(QStringLiteral("Dollars")), qint64(50000 - 10050));
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(2552750));
    QCOMPARE(dialog.recorded().toAmount->minorUnits(), qint64(2552750));
}

void TestEntryDialogs::transferRulesAreNamed()
{
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    ui::TransferDialog dialog(m_book->book(), m_actor);
    auto *rate = field<QLineEdit>(dialog, "rate");
    auto *received = field<QLineEdit>(dialog, "received");
    selectByText(field<QComboBox>(dialog, "from"), QStringLiteral("Cash (VND)"));
    selectByText(field<QComboBox>(dialog, "to"), QStringLiteral("Cash (VND)"));
    QTest::keyClicks(field<QLineEdit>(dialog, "amount"), QStringLiteral("1000"));
    QCOMPARE(dialog.problem(), QStringLiteral("Choose two different wallets."));
    selectByText(field<QComboBox>(dialog, "to"), QStringLiteral("Dollars (USD)"));
    QTest::keyClicks(rate, QStringLiteral("0.00004"));
    QTest::keyClicks(received, QStringLiteral("0.04"));
    QCOMPARE(dialog.problem(), QStringLiteral("Enter the rate or the amount received, not both."));
    received->clear();
    rate->clear();
    QTest::keyClicks(rate, QStringLiteral("0.000001"));
    QCOMPARE(dialog.problem(), QStringLiteral("At this rate nothing would arrive in USD."));
    QVERIFY(!okOf(dialog)->isEnabled());
    QCOMPARE(BookSnapshot::take(m_book->book().database()), before);
}

void TestEntryDialogs::pendingEntryIsCompletedAndCancelledFromTheRegister()
{
    NewTransaction pending;
    pending.type = TransactionType::Expense;
    pending.walletId = m_book->book().wallets().find(m_actor, QStringLiteral("Cash"))->id;
    pending.amount = money(QStringLiteral("7000"), QStringLiteral("VND"));
    pending.status = TransactionStatus::Pending;
    const qint64 first = m_book->book().ledger().record(m_actor, pending)->id;
    const qint64 second = m_book->book().ledger().record(m_actor, pending)->id;
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QVERIFY(showWindow(window, window.walletsPage()));
    QVERIFY(selectWalletNamed(window.walletsPage(), QStringLiteral("Cash")));
    auto action = [&](const QString &text) {
        return menuAction(window, text);
    };
    auto selectEntry = [&](qint64 id) {
        QVERIFY(selectRegisterEntry(window.walletsPage(), id));
    };
    selectEntry(first);
    QVERIFY(action(QStringLiteral("Mark &completed"))->isEnabled());
    action(QStringLiteral("Mark &completed"))->trigger();
    QCOMPARE(m_book->book().ledger().get(m_actor, first)->status, TransactionStatus::Completed);
    QCOMPARE(balance(QStringLiteral("Cash")), qint64(-7000));
    selectEntry(second);
    action(QStringLiteral("Ca&ncel entry…"))->trigger(); // pending: voided without asking
    QCOMPARE(m_book->book().ledger().get(m_actor, second)->status, TransactionStatus::Cancelled);
    selectEntry(second);
    QVERIFY(!action(QStringLiteral("Ca&ncel entry…"))->isEnabled());
    QVERIFY(!action(QStringLiteral("Mark &completed"))->isEnabled());
}

QTEST_MAIN(TestEntryDialogs)
#include "tst_entrydialogs.moc"
