// The screens of issue 4 through real windows, on SQLite (tst_accesspages) and
// PostgreSQL (tst_accesspages_pg): the Users page and its dialog, the Audit trail
// (filters, CSV, PDF, verification against tampering) and one-time password
// enrolment with a QR code read back by zbarimg.
#include "dialogs/totpdialog.h"
#include "dialogs/userdialog.h"
#include "pages/auditpage.h"
#include "pages/categoriespage.h"
#include "pages/dashboardpage.h"
#include "pages/userspage.h"
#include "printing/listprinter.h"
#include "security/base32.h"
#include "testbook.h"
#include "windowdriver.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUrlQuery>

using namespace coffer;
using namespace coffer::test;

class TestAccessPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void adminsManageUsersThroughThePage();
    void theUserDialogNamesTheRule();
    void otherRolesSeeNeitherUsersNorWhatTheyMayNotDo();
    void auditTrailListsFiltersAndExports();
    void auditTrailFindsTampering();
    void oneTimePasswordEnrolmentShowsAReadableQrCode();

private:
    QPushButton *button(QWidget *page, const QString &text)
    {
        for (QPushButton *b : page->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }
    static QStringList column(const QAbstractItemModel *model, int column)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data().toString();
        return values;
    }

    std::unique_ptr<TestBook> m_book;
    Actor m_actor;
    Merchant m_merchant;
    QTemporaryDir m_folder;
};

void TestAccessPages::init()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant(QStringLiteral("Access Café"), QStringLiteral("VND"));
    m_merchant = m_book->book().wallets().resolveMerchant(QString()).value();
}

void TestAccessPages::cleanup()
{
    m_book.reset();
}

void TestAccessPages::adminsManageUsersThroughThePage()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    ui::UsersPage *page = window.usersPage();
    QVERIFY(page);
    QVERIFY(showWindow(window, page));
    QCOMPARE(column(page->view()->model(), 0), QStringList {TestBook::testerName()});
    // New user: a reviewer.
    whenDialogOpens([](QDialog *dialog) {
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "name"), QStringLiteral("minh"));
        chooseText(fieldOf<QComboBox>(dialog, "role"), QStringLiteral("Finance reviewer"));
        QVERIFY(!fieldOf<QLineEdit>(dialog, "payeeId")->isEnabled());
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "password"), QStringLiteral("minh-password"));
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "repeat"), QStringLiteral("minh-password"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(button(page, QStringLiteral("&New user…")), Qt::LeftButton);
    QCOMPARE(column(page->view()->model(), 0),
             (QStringList {QStringLiteral("minh"), TestBook::testerName()}));
    page->selectUser(QStringLiteral("minh"));
    QCOMPARE(page->selectedUser()->roles, QList<Role> {Role::Reviewer});
    // A new role: payee of creator 42.
    whenDialogOpens([](QDialog *dialog) {
        chooseText(fieldOf<QComboBox>(dialog, "role"), QStringLiteral("Payee"));
        QVERIFY(!okButton(dialog)->isEnabled()); // a payee needs their payee
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "payeeId"), QStringLiteral("42"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(button(page, QStringLiteral("Change &role…")), Qt::LeftButton);
    page->selectUser(QStringLiteral("minh"));
    QCOMPARE(page->selectedUser()->roles, QList<Role> {Role::Payee});
    QCOMPARE(page->selectedUser()->payee.toText(), QStringLiteral("creator:42"));
    // Disable, enable; failed sign-ins show and unlock clears them.
    QTest::mouseClick(button(page, QStringLiteral("&Disable")), Qt::LeftButton);
    page->selectUser(QStringLiteral("minh"));
    QVERIFY(page->selectedUser()->user.disabled);
    QCOMPARE(page->view()->model()->index(0, 3).data().toString(), QStringLiteral("Disabled"));
    QTest::mouseClick(button(page, QStringLiteral("&Enable")), Qt::LeftButton);
    page->selectUser(QStringLiteral("minh"));
    QVERIFY(!page->selectedUser()->user.disabled);
    QVERIFY(!m_book->book().users().signIn(QStringLiteral("minh"), QStringLiteral("guess-1234")));
    page->reload();
    page->selectUser(QStringLiteral("minh"));
    QCOMPARE(page->view()->model()->index(0, 3).data().toString(),
             QStringLiteral("Active (failed sign-ins: 1)"));
    QTest::mouseClick(button(page, QStringLiteral("&Unlock")), Qt::LeftButton);
    page->selectUser(QStringLiteral("minh"));
    QCOMPARE(page->selectedUser()->user.failedSignIns, 0);
    // The admin cannot disable themselves: the button says so by being off.
    page->selectUser(TestBook::testerName());
    QVERIFY(!button(page, QStringLiteral("&Disable"))->isEnabled());
}

void TestAccessPages::theUserDialogNamesTheRule()
{
    ui::UserDialog dialog(m_book->book().users(), m_actor, ui::UserDialog::Mode::Add, {});
    QCOMPARE(dialog.problem(), QStringLiteral("Enter the user's name."));
    fieldOf<QLineEdit>(&dialog, "name")->setText(QStringLiteral("TESTER"));
    fieldOf<QLineEdit>(&dialog, "password")->setText(QStringLiteral("short"));
    QCOMPARE(dialog.problem(), QStringLiteral("A password has at least 8 characters."));
    fieldOf<QLineEdit>(&dialog, "password")->setText(QStringLiteral("long-enough"));
    fieldOf<QLineEdit>(&dialog, "repeat")->setText(QStringLiteral("long-enougj"));
    QCOMPARE(dialog.problem(), QStringLiteral("The two passwords differ."));
    fieldOf<QLineEdit>(&dialog, "repeat")->setText(QStringLiteral("long-enough"));
    QVERIFY(dialog.problem().isEmpty());
    // The core refuses the taken name; the dialog stays with the reason, nothing written.
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    dialog.accept();
    QVERIFY2(dialog.problem().contains(QStringLiteral("exists")), qPrintable(dialog.problem()));
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(BookSnapshot::take(m_book->book().database()) == before);
}

void TestAccessPages::otherRolesSeeNeitherUsersNorWhatTheyMayNotDo()
{
    const Actor auditor = m_book->actorWithRole(Role::Auditor, m_actor.merchantId);
    const SignedIn user = m_book->book()
                              .users()
                              .signIn(QStringLiteral("auditor"), TestBook::testerPassword())
                              .value();
    ui::MainWindow window(m_book->book(), m_merchant, auditor, user);
    QVERIFY(!window.usersPage());
    QVERIFY(window.auditPage()); // an auditor reads the trail
    QVERIFY(showWindow(window, window.dashboardPage()));
    for (const QString &text : {QStringLiteral("New &income…"), QStringLiteral("&New wallet…")})
        QVERIFY2(!menuAction(window, text)->isVisible(), qPrintable(text));
    // The category trees are for reading: no buttons, no dragging.
    QVERIFY(button(window.categoriesPage(), QStringLiteral("&New category…"))->isHidden());
    QVERIFY(!window.categoriesPage()->view()->dragEnabled());
    const Actor bookkeeper = m_book->actorWithRole(Role::Bookkeeper, m_actor.merchantId);
    const SignedIn lan = m_book->book()
                             .users()
                             .signIn(QStringLiteral("bookkeeper"), TestBook::testerPassword())
                             .value();
    ui::MainWindow entries(m_book->book(), m_merchant, bookkeeper, lan);
    QVERIFY(!entries.usersPage());
    QVERIFY(!entries.auditPage());
    QVERIFY(showWindow(entries, entries.dashboardPage()));
    QVERIFY(menuAction(entries, QStringLiteral("New &income…"))->isVisible());
    QVERIFY(!menuAction(entries, QStringLiteral("&New wallet…"))->isVisible());
}

void TestAccessPages::auditTrailListsFiltersAndExports()
{
    Book &book = m_book->book();
    const Wallet cash = book.wallets().find(m_actor, QStringLiteral("Cash")).value();
    NewWallet bank {
        QStringLiteral("Bank, \"main\""), {}, WalletType::Bank, {}, 0, {}, {}, false, false};
    const Wallet added = book.wallets().add(m_actor, bank).value();
    // Cash is the default already: asking again changes and records nothing.
    QVERIFY(book.wallets().setDefault(m_actor, cash.id));
    QVERIFY(book.wallets().setDefault(m_actor, added.id));
    ui::MainWindow window(book, m_merchant, m_actor, m_book->tester());
    ui::AuditPage *page = window.auditPage();
    QVERIFY(showWindow(window, page));
    const QStringList actions = column(page->model(), 3);
    QCOMPARE(actions.first(), QStringLiteral("wallet.default"));
    QVERIFY(actions.contains(QStringLiteral("merchant.create")));
    QCOMPARE(column(page->model(), 2).first(), TestBook::testerName());
    // The change line names the fields that changed.
    // The bank became the default, so Cash stopped being it: both are recorded.
    QCOMPARE(column(page->model(), 5).at(0), QStringLiteral("default: false → true"));
    QCOMPARE(column(page->model(), 4).at(1), QStringLiteral("wallet %1").arg(cash.id));
    QCOMPARE(column(page->model(), 5).at(1), QStringLiteral("default: true → false"));
    QVERIFY2(column(page->model(), 5).at(2).startsWith(QStringLiteral("created: Bank")),
             qPrintable(column(page->model(), 5).at(2)));
    // Only wallet changes.
    chooseText(page->findChild<QComboBox *>(QStringLiteral("action")), QStringLiteral("Wallets"));
    for (const QString &action : column(page->model(), 3))
        QVERIFY2(action.startsWith(QStringLiteral("wallet.")), qPrintable(action));
    // Cash with the merchant, Bank, Cash no longer the default, Bank the default.
    QCOMPARE(page->model()->rowCount(), 4);
    // CSV with RFC 4180 quoting, every listed record.
    const QString csv = m_folder.filePath(QStringLiteral("audit.csv"));
    QVERIFY(page->exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.first().startsWith(QStringLiteral("id,recorded_at_utc,merchant_id,user,action")));
    // JSON escapes the quote (\"), and CSV doubles every quote.
    const QString quotedName = QString::fromUtf8(R"(""name"":""Bank, \""main\"""")");
    QVERIFY2(lines.at(3).contains(quotedName), qPrintable(lines.at(3)));
    // Printed: the filter and the rows.
    const QString pdf = m_folder.filePath(QStringLiteral("audit.pdf"));
    QVERIFY(ui::ListPrinter(page->printJob()).exportPdf(pdf));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Audit trail — Access Café")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("wallet.default")));
    QVERIFY(!text.contains(QStringLiteral("merchant.create")));
}

void TestAccessPages::auditTrailFindsTampering()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    ui::AuditPage *page = window.auditPage();
    QVERIFY(showWindow(window, page));
    const AuditVerification sound = page->verifyTrail();
    QVERIFY(sound.sound());
    QVERIFY2(page->verificationText().contains(sound.headHash),
             qPrintable(page->verificationText()));
    QVERIFY(m_book->book()
                .database()
                .run(QStringLiteral("UPDATE audit_record SET actor = 'someone' WHERE id = 2"))
                .ok());
    const AuditVerification broken = page->verifyTrail();
    QCOMPARE(broken.firstBrokenId, qint64(2));
    QVERIFY2(page->verificationText().startsWith(QStringLiteral("The trail is broken at record 2")),
             qPrintable(page->verificationText()));
}

void TestAccessPages::oneTimePasswordEnrolmentShowsAReadableQrCode()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QVERIFY(showWindow(window, window.dashboardPage()));
    QString uri;
    QString typedSecret;
    QString wrongPassword;
    const QString qrFile = m_folder.filePath(QStringLiteral("qr.png"));
    whenDialogOpens([&](QDialog *dialog) {
        auto *enrol = qobject_cast<ui::TotpDialog *>(dialog);
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "password"), QStringLiteral("not-mine!"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        wrongPassword = enrol->problem();
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "password"), TestBook::testerPassword());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        uri = enrol->uri();
        typedSecret = fieldOf<QLabel>(dialog, "secret")->text();
        QVERIFY(fieldOf<QLabel>(dialog, "qr")->pixmap().save(qrFile));
        // The code the phone would show now.
        const QByteArray secret = base32Decode(enrol->secret()).value();
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "code"),
                         totp(secret, QDateTime::currentSecsSinceEpoch(), TotpParameters {}));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    menuAction(window, QStringLiteral("Set up a &one-time password…"))->trigger();
    QCOMPARE(wrongPassword, QStringLiteral("That is not your password."));
    QVERIFY(m_book->book().users().self(window.workspace().user())->totpEnrolled);
    QCOMPARE(typedSecret.remove(QLatin1Char(' ')),
             QUrlQuery(QUrl(uri).query()).queryItemValue(QStringLiteral("secret")));
    // What a phone reads from the code on the screen.
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"),
               {QStringLiteral("--quiet"), QStringLiteral("--raw"), qrFile});
    QVERIFY(zbar.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), uri);
}

QTEST_MAIN(TestAccessPages)
#include "tst_accesspages.moc"
