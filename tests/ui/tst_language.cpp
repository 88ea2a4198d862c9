#include "dialogs/walletdialog.h"
#include "language.h"
#include "models/walletmodel.h"
#include "testbook.h"
#include "windowdriver.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

// Coffer in Vietnamese: translated menus, headers and buttons, and amounts in the
// Vietnamese locale.
class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unknownLanguageIsRefused();
    void windowSpeaksVietnamese();
    void dialogButtonsAreTranslated();

private:
    std::unique_ptr<TestBook> m_book;
    Actor m_actor;
    Merchant m_merchant;
};

void TestLanguage::init()
{
    QVERIFY(ui::installLanguage(QStringLiteral("vi")));
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant(QStringLiteral("Quán Phở 24"), QStringLiteral("VND"));
    m_merchant = m_book->book().wallets().resolveMerchant(QString()).value();
    NewTransaction sale;
    sale.type = TransactionType::Income;
    sale.walletId = m_book->book().wallets().find(m_actor, QStringLiteral("Cash"))->id;
    sale.amount = money(QStringLiteral("2500000"), QStringLiteral("VND"));
    sale.categoryId = m_book->book().categories().find(m_actor, QStringLiteral("SALE"))->id;
    QVERIFY(m_book->book().ledger().record(m_actor, sale).ok());
}

void TestLanguage::cleanup()
{
    m_book.reset();
    QVERIFY(ui::installLanguage(QStringLiteral("en")));
}

void TestLanguage::unknownLanguageIsRefused()
{
    QVERIFY(!ui::installLanguage(QStringLiteral("xx")));
    QCOMPARE(QLocale().name(), QStringLiteral("vi_VN")); // unchanged
}

void TestLanguage::windowSpeaksVietnamese()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    window.resize(900, 420);
    QVERIFY(showWindow(window, window.walletsPage()));
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus,
             (QStringList {QStringLiteral("&Tệp"), QStringLiteral("&Sửa"), QStringLiteral("&Xem"),
                           QStringLiteral("&Ví"), QStringLiteral("&Giao dịch"),
                           QStringLiteral("Tài &khoản"), QStringLiteral("Trợ giú&p")}));
    auto *wallets = window.walletsPage()->walletModel();
    QCOMPARE(wallets->headerData(ui::WalletModel::Current, Qt::Horizontal).toString(),
             QStringLiteral("Hiện tại"));
    QCOMPARE(wallets->data(wallets->index(0, ui::WalletModel::Name)).toString(),
             QStringLiteral("Tiền mặt  ★"));
    QCOMPARE(wallets->data(wallets->index(0, ui::WalletModel::Current)).toString(),
             QStringLiteral("2.500.000 VND"));
    const auto labels = window.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
        return label->text() == QStringLiteral("<b>Tiền mặt</b> — giao dịch mới nhất ở trên");
    }));
    if (const QString shots = qEnvironmentVariable("COFFER_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QVERIFY(window.grab().save(shots + QStringLiteral("/main-window-vi-test.png")));
    }
}

void TestLanguage::dialogButtonsAreTranslated()
{
    ui::WalletDialog dialog(m_book->book().wallets(), m_actor, m_merchant, nullptr);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("Đồng ý"));
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
    QCOMPARE(dialog.problem(), QStringLiteral("Hãy đặt tên cho ví."));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
