#include "dialogs/walletdialog.h"
#include "models/walletmodel.h"
#include "testbook.h"
#include "windowdriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

// The wallet dialog, driven like a user would: typing, choosing, pressing OK.
class TestWalletDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsAWallet();
    void badAmountsAreNamedAndWriteNothing_data();
    void badAmountsAreNamedAndWriteNothing();
    void takenNameKeepsTheDialogOpen();
    void editsDescriptiveFieldsOnly();
    void windowArchivesAndRestores();

private:
    struct Form
    {
        QLineEdit *name, *vietnamese, *initial;
        QComboBox *type, *currency;
        QCheckBox *excluded;
        QPushButton *ok;
    };
    static Form formOf(ui::WalletDialog &dialog);
    static void type(QLineEdit *edit, const QString &text);

    std::unique_ptr<TestBook> m_book;
    Actor m_actor;
    Merchant m_merchant;
};

void TestWalletDialog::init()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant(QStringLiteral("Dialog Shop"), QStringLiteral("VND"));
    m_merchant = m_book->book().wallets().resolveMerchant(QString()).value();
}

void TestWalletDialog::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

TestWalletDialog::Form TestWalletDialog::formOf(ui::WalletDialog &dialog)
{
    const auto edits = dialog.findChildren<QLineEdit *>();
    const auto combos = dialog.findChildren<QComboBox *>();
    const auto boxes = dialog.findChildren<QCheckBox *>();
    // Children come in the order the form creates them.
    return Form {edits.at(0),
                 edits.at(1),
                 edits.at(2),
                 combos.at(0),
                 combos.at(1),
                 boxes.at(1),
                 dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)};
}

void TestWalletDialog::type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    // QTest types ASCII keys only; other text arrives as an input method inserts it.
    bool ascii = true;
    for (QChar c : text)
        ascii &= c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

void TestWalletDialog::createsAWallet()
{
    ui::WalletDialog dialog(m_book->book().wallets(), m_actor, m_merchant, nullptr);
    Form form = formOf(dialog);
    QVERIFY(!form.ok->isEnabled()); // no name yet
    QCOMPARE(dialog.problem(), QStringLiteral("Give the wallet a name."));
    type(form.name, QStringLiteral("Dollar float"));
    type(form.vietnamese, QStringLiteral("Quỹ đô la"));
    form.type->setCurrentIndex(form.type->findData(int(WalletType::Bank)));
    form.currency->setCurrentIndex(form.currency->findData(QStringLiteral("USD")));
    type(form.initial, QStringLiteral("1,234.56"));
    form.excluded->setChecked(true);
    QVERIFY2(form.ok->isEnabled(), qPrintable(dialog.problem()));
    QTest::mouseClick(form.ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Wallet saved
        = m_book->book().wallets().find(m_actor, QStringLiteral("Quỹ đô la")).value();
    QCOMPARE(saved.id, dialog.wallet().id);
    QCOMPARE(saved.currency.code(), QStringLiteral("USD"));
    QCOMPARE(saved.initialMinor, qint64(123456));
    QCOMPARE(saved.currentMinor, qint64(123456));
    QCOMPARE(saved.type, WalletType::Bank);
    QVERIFY(saved.isExcluded);
}

void TestWalletDialog::badAmountsAreNamedAndWriteNothing_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("problem");
    QTest::newRow("three decimals in USD") << "USD"
                                           << "12.345"
                                           << "USD allows at most 2 decimal places.";
    QTest::newRow("decimals in VND") << "VND"
                                     << "12.5"
                                     << "VND has no decimals: write a whole amount.";
    QTest::newRow("not a number") << "USD"
                                  << "twelve"
                                  << "The starting balance is not an amount.";
    QTest::newRow("too large") << "VND"
                               << "99999999999999999999"
                               << "The starting balance is too large.";
    QTest::newRow("cash below zero") << "VND"
                                     << "-5"
                                     << "Cash and e-wallets cannot start below zero.";
}

void TestWalletDialog::badAmountsAreNamedAndWriteNothing()
{
    QFETCH(QString, currency);
    QFETCH(QString, amount);
    QFETCH(QString, problem);
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    ui::WalletDialog dialog(m_book->book().wallets(), m_actor, m_merchant, nullptr);
    Form form = formOf(dialog);
    type(form.name, QStringLiteral("Till"));
    form.currency->setCurrentIndex(form.currency->findData(currency));
    type(form.initial, amount);
    QCOMPARE(dialog.problem(), problem);
    QVERIFY(!form.ok->isEnabled());
    const QString shots = qEnvironmentVariable("COFFER_SCREENSHOT_DIR");
    if (!shots.isEmpty() && currency == QStringLiteral("USD")
        && amount == QStringLiteral("12.345")) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/wallet-dialog-error.png")));
    }
    dialog.accept(); // even forced, nothing is written
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(BookSnapshot::take(m_book->book().database()), before);
}

void TestWalletDialog::takenNameKeepsTheDialogOpen()
{
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    ui::WalletDialog dialog(m_book->book().wallets(), m_actor, m_merchant, nullptr);
    Form form = formOf(dialog);
    type(form.name, QStringLiteral("cash"));
    QVERIFY(form.ok->isEnabled());
    QTest::mouseClick(form.ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.problem(), QStringLiteral("Another wallet is already called “cash”."));
    QCOMPARE(BookSnapshot::take(m_book->book().database()), before);
}

void TestWalletDialog::editsDescriptiveFieldsOnly()
{
    const Wallet cash = m_book->book().wallets().find(m_actor, QStringLiteral("Cash")).value();
    ui::WalletDialog dialog(m_book->book().wallets(), m_actor, m_merchant, &cash);
    Form form = formOf(dialog);
    QVERIFY(!form.currency->isEnabled());
    QVERIFY(!form.initial->isEnabled());
    QCOMPARE(form.vietnamese->text(), QStringLiteral("Tiền mặt"));
    type(form.name, QStringLiteral("Front till"));
    QTest::mouseClick(form.ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Wallet renamed = m_book->book().wallets().byId(m_actor, cash.id).value();
    QCOMPARE(renamed.name, QStringLiteral("Front till"));
    QVERIFY(renamed.isDefault);
    QCOMPARE(renamed.currentMinor, cash.currentMinor);
}

void TestWalletDialog::windowArchivesAndRestores()
{
    NewWallet spare;
    spare.name = QStringLiteral("Spare");
    spare.type = WalletType::EWallet;
    const qint64 spareId = m_book->book().wallets().add(m_actor, spare)->id;
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QVERIFY(showWindow(window, window.walletsPage()));
    auto action = [&](const QString &text) {
        return menuAction(window, text);
    };
    QVERIFY(selectWalletNamed(window.walletsPage(), QStringLiteral("Spare")));
    QCOMPARE(window.walletsPage()->selectedWallet()->id, spareId);
    QVERIFY(action(QStringLiteral("&Archive"))->isEnabled());
    QVERIFY(!action(QStringLiteral("&Restore"))->isEnabled());
    action(QStringLiteral("&Archive"))->trigger();
    QVERIFY(!m_book->book().wallets().byId(m_actor, spareId)->isActive());
    QCOMPARE(window.walletsPage()->selectedWallet()->id, spareId);
    QVERIFY(action(QStringLiteral("&Restore"))->isEnabled());
    action(QStringLiteral("&Restore"))->trigger();
    QVERIFY(m_book->book().wallets().byId(m_actor, spareId)->isActive());
    action(QStringLiteral("Make &default"))->trigger();
    QVERIFY(m_book->book().wallets().byId(m_actor, spareId)->isDefault);
    QVERIFY(!action(QStringLiteral("&Archive"))->isEnabled()); // the default stays active
}

QTEST_MAIN(TestWalletDialog)
#include "tst_walletdialog.moc"
