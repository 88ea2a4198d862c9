#include "books/booksession.h"
#include "books/connectiondialog.h"
#include "books/newbookdialog.h"
#include "books/recentbooks.h"
#include "books/signindialog.h"
#include "books/welcomewindow.h"
#include "testbook.h"
#include "tools/demobook.h"
#include "windowdriver.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace coffer;
using namespace coffer::test;

// Opening, creating, switching and closing books as a user does: the welcome
// page, a new book with its first merchant, the book and merchant of last time,
// the merchant switcher, and the PostgreSQL connection dialog with the keychain.
// Runs on SQLite and on the PostgreSQL server of tests/run-tests.sh.
class TestBookSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void welcomePageWhenNoBookWasOpened();
    void newBookAsksForItsFirstMerchant();
    void reopensTheBookAndMerchantOfLastTime();
    void closingShowsTheWelcomePageWithRecentBooks();
    void connectionDialogKeepsThePasswordOnlyWhenAsked();
    void connectionTestReportsWhatItFound();
    void connectingReplacesTheWindowThatAsked();
    void demoBookOpensFromTheWelcomePage();
    void signInAsksUntilThePasswordIsRight();
    void signingOutAsksWhoIsNext();
    void aBookWithoutUsersGetsItsFirstAdmin();

private:
    static void signInAsTester(ui::BookSession &session)
    {
        session.presetUser(TestBook::testerName(), TestBook::testerPassword());
    }

    std::unique_ptr<TestBook> m_book;
};

void TestBookSession::init()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QSettings().clear();
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_book->createMerchant(QStringLiteral("First Shop"), QStringLiteral("VND"));
    m_book->createMerchant(QStringLiteral("Second Shop"), QStringLiteral("USD"));
}

void TestBookSession::welcomePageWhenNoBookWasOpened()
{
    ui::BookSession session;
    QVERIFY(session.start(std::nullopt));
    QVERIFY(session.welcome());
    QVERIFY(!session.window());
    QVERIFY(!session.book());
    QStringList choices;
    for (auto *button : session.welcome()->findChildren<QCommandLinkButton *>())
        choices << button->text();
    QCOMPARE(choices,
             (QStringList {QStringLiteral("Create a book"), QStringLiteral("Open a book"),
                           QStringLiteral("Connect to a server"),
                           QStringLiteral("Explore a demo book")}));
}

void TestBookSession::newBookAsksForItsFirstMerchant()
{
    if (TestBook::usesPostgres())
        QSKIP("a new book file is SQLite's; the PostgreSQL run opens a shared book instead");
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("shop.coffer"));
    ui::BookSession session;
    session.start(std::nullopt);
    // Cancelling the merchant leaves no half-made file behind.
    whenDialogOpens([](QDialog *dialog) { dialog->reject(); });
    QVERIFY(!session.createAt(path));
    QVERIFY(!QFileInfo::exists(path));
    QString mismatch;
    whenDialogOpens([&mismatch](QDialog *dialog) {
        QVERIFY(!okButton(dialog)->isEnabled()); // a merchant needs a name
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "merchant"), QStringLiteral("Lan's Coffee"));
        auto *currency = fieldOf<QComboBox>(dialog, "currency");
        currency->setCurrentIndex(currency->findData(QStringLiteral("VND")));
        // ... and its first user, the administrator, a password typed twice alike.
        fieldOf<QLineEdit>(dialog, "admin")->setText(QStringLiteral("lan"));
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "password"), QStringLiteral("short"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "password"), QStringLiteral("-but-now-long"));
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "repeat"), QStringLiteral("short-but"));
        mismatch = qobject_cast<ui::NewBookDialog *>(dialog)->problem();
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "repeat"), QStringLiteral("-now-long"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QVERIFY(session.createAt(path));
    QCOMPARE(mismatch, QStringLiteral("The two passwords differ."));
    QCOMPARE(session.user().name, QStringLiteral("lan"));
    QCOMPARE(session.window()->workspace().actor().roles, (QList<Role> {Role::Admin, Role::Owner}));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(session.window());
    QVERIFY(!session.welcome());
    QCOMPARE(session.window()->workspace().merchant().name, QStringLiteral("Lan's Coffee"));
    QCOMPARE(session.window()->workspace().merchant().defaultCurrency.code(),
             QStringLiteral("VND"));
    QCOMPARE(ui::RecentBooks::list().first(), QFileInfo(path).absoluteFilePath());
    // A second book at the same place is refused, and said so.
    QString said;
    whenDialogOpens([&](QDialog *box) {
        said = qobject_cast<QMessageBox *>(box)->text();
        box->reject();
    });
    QVERIFY(!session.createAt(path));
    QVERIFY2(said.contains(QStringLiteral("exists already")), qPrintable(said));
}

void TestBookSession::reopensTheBookAndMerchantOfLastTime()
{
    const BookLocation location = m_book->location();
    {
        ui::BookSession session;
        signInAsTester(session);
        QVERIFY(session.start(location));
        QCOMPARE(session.window()->workspace().merchant().name, QStringLiteral("First Shop"));
        // The switcher lists both merchants and opens the other in a new window.
        QMenu *menu = session.window()->findChild<QMenu *>(QStringLiteral("merchantMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 2);
        menu->actions().at(1)->trigger();
        QTRY_COMPARE(session.window()->workspace().merchant().name, QStringLiteral("Second Shop"));
    }
    ui::BookSession next;
    signInAsTester(next);
    QVERIFY(next.start(std::nullopt)); // nothing asked: the book of last time
    QVERIFY(next.window());
    QCOMPARE(next.book()->database().location().displayName(),
             location.dialect == Dialect::SQLite ? QFileInfo(location.path).absoluteFilePath()
                                                 : location.displayName());
    QCOMPARE(next.window()->workspace().merchant().name, QStringLiteral("Second Shop"));
}

void TestBookSession::closingShowsTheWelcomePageWithRecentBooks()
{
    ui::BookSession session;
    signInAsTester(session);
    QVERIFY(session.start(m_book->location(), QStringLiteral("Second Shop")));
    Q_EMIT session.window()->closeBookRequested();
    QTRY_VERIFY(session.welcome());
    QVERIFY(!session.book());
    auto *recent = session.welcome()->findChild<QListWidget *>(QStringLiteral("recent"));
    QVERIFY(recent);
    QCOMPARE(recent->count(), 1);
    // A book that is gone is named and forgotten.
    if (!TestBook::usesPostgres()) {
        whenDialogOpens([](QDialog *box) { box->reject(); });
        QVERIFY(!session.open(BookLocation::sqlite(QStringLiteral("/nonexistent/x.coffer"))));
    }
}

void TestBookSession::connectionDialogKeepsThePasswordOnlyWhenAsked()
{
    BookLocation server;
    server.dialect = Dialect::PostgreSQL;
    server.host = QStringLiteral("db.example");
    server.port = 6543;
    server.database = QStringLiteral("shop");
    server.user = QStringLiteral("lan");
    const SecretStore secrets;
    QVERIFY(secrets.remove(server.displayName()).ok());
    {
        ui::ConnectionDialog dialog(server, secrets);
        QCOMPARE(fieldOf<QLineEdit>(&dialog, "host")->text(), QStringLiteral("db.example"));
        QCOMPARE(fieldOf<QSpinBox>(&dialog, "port")->value(), 6543);
        fieldOf<QLineEdit>(&dialog, "password")->setText(QStringLiteral("s3cret"));
        fieldOf<QCheckBox>(&dialog, "remember")->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.location().password, QStringLiteral("s3cret"));
    }
    QCOMPARE(secrets.read(server.displayName()).value(),
             std::optional<QString>(QStringLiteral("s3cret")));
    {
        ui::ConnectionDialog dialog(server, secrets); // the keychain fills it in
        QCOMPARE(fieldOf<QLineEdit>(&dialog, "password")->text(), QStringLiteral("s3cret"));
        QVERIFY(fieldOf<QCheckBox>(&dialog, "remember")->isChecked());
        fieldOf<QCheckBox>(&dialog, "remember")->setChecked(false); // forget it
        dialog.accept();
    }
    QCOMPARE(secrets.read(server.displayName()).value(), std::optional<QString>());
    // Never in a settings file.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("s3cret")),
                 qPrintable(key));
}

void TestBookSession::connectionTestReportsWhatItFound()
{
    const SecretStore secrets;
    BookLocation target = m_book->location();
    if (!TestBook::usesPostgres()) {
        // Nothing listens on port 1: the dialog names the failure.
        target = BookLocation {};
        target.dialect = Dialect::PostgreSQL;
        target.host = QStringLiteral("127.0.0.1");
        target.port = 1;
        target.database = QStringLiteral("shop");
        target.user = QStringLiteral("lan");
    }
    ui::ConnectionDialog dialog(target, secrets);
    fieldOf<QLineEdit>(&dialog, "password")->setText(target.password);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("test")), Qt::LeftButton);
    if (TestBook::usesPostgres())
        QCOMPARE(dialog.testResult(),
                 QStringLiteral("Connected: a Coffer book with 2 merchant(s)."));
    else
        QVERIFY2(dialog.testResult().startsWith(QStringLiteral("Could not connect:")),
                 qPrintable(dialog.testResult()));
}

void TestBookSession::connectingReplacesTheWindowThatAsked()
{
    if (!TestBook::usesPostgres())
        QSKIP("needs the PostgreSQL server; the PostgreSQL run of this test connects to it");
    ui::BookSession session;
    signInAsTester(session);
    QVERIFY(session.start(m_book->location(), QStringLiteral("First Shop")));
    const BookLocation server = m_book->location();
    signInAsTester(session); // the same book again, once connected
    // The dialog belongs to the window that the connection replaces.
    whenDialogOpens([server](QDialog *dialog) {
        fieldOf<QLineEdit>(dialog, "host")->setText(server.host);
        fieldOf<QSpinBox>(dialog, "port")->setValue(server.port);
        fieldOf<QLineEdit>(dialog, "database")->setText(server.database);
        fieldOf<QLineEdit>(dialog, "user")->setText(server.user);
        fieldOf<QLineEdit>(dialog, "password")->setText(server.password);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    session.connectToServer();
    QVERIFY(session.window());
    QCOMPARE(session.book()->database().location().displayName(), server.displayName());
}

void TestBookSession::demoBookOpensFromTheWelcomePage()
{
    if (TestBook::usesPostgres())
        QSKIP("the demo book is a SQLite file; the SQLite run of this test opens it");
    QStandardPaths::setTestModeEnabled(true); // the demo goes to ~/.qttest, not the user's
    QFile::remove(demoBookLocation().path);
    ui::BookSession session;
    session.start(std::nullopt);
    QVERIFY(session.welcome());
    session.openDemo(); // its progress dialog belongs to the welcome page it replaces
    QVERIFY(session.window());
    QCOMPARE(session.window()->workspace().merchant().name, QStringLiteral("Coffer Demo Café"));
    // Made-up data with a published password: the demo user is signed in at once.
    QCOMPARE(session.user().name, DemoCredentials::userName());
    const auto staff = session.book()->users().list(session.window()->workspace().actor());
    QVERIFY(staff.ok());
    QCOMPARE(staff->size(), 5);
    QVERIFY(QFile::remove(demoBookLocation().path));
}

void TestBookSession::signInAsksUntilThePasswordIsRight()
{
    ui::BookSession session;
    QString refused;
    QString offered;
    whenDialogOpens([&](QDialog *dialog) {
        // The user of last time is offered; a wrong password keeps the dialog open.
        offered = fieldOf<QLineEdit>(dialog, "user")->text();
        fieldOf<QLineEdit>(dialog, "user")->setText(TestBook::testerName());
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "password"), QStringLiteral("wrong-guess"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        refused = qobject_cast<ui::SignInDialog *>(dialog)->problem();
        QVERIFY(fieldOf<QLineEdit>(dialog, "password")->text().isEmpty());
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "password"), TestBook::testerPassword());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QVERIFY(session.start(m_book->location()));
    QCOMPARE(refused, QStringLiteral("The user name or the password is wrong."));
    QCOMPARE(session.user().name, TestBook::testerName());
    QVERIFY(session.window());
    // The failure was counted, and the success cleared it.
    const Actor admin = session.window()->workspace().actor();
    QCOMPARE(session.book()->users().find(admin, TestBook::testerName())->user.failedSignIns, 0);
}

void TestBookSession::signingOutAsksWhoIsNext()
{
    const Actor admin
        = m_book->book().users().actorFor(m_book->tester(), QStringLiteral("First Shop")).value();
    m_book->book()
        .users()
        .add(admin, NewUser {QStringLiteral("lan"), TestBook::testerPassword(), Role::Auditor, {}})
        .value();
    ui::BookSession session;
    signInAsTester(session);
    QVERIFY(session.start(m_book->location(), QStringLiteral("First Shop")));
    QVERIFY(session.window()->workspace().may(Permission::ManageWallets));
    // An auditor signs in next: what they may not do is not offered.
    whenDialogOpens([](QDialog *dialog) {
        fieldOf<QLineEdit>(dialog, "user")->setText(QStringLiteral("lan"));
        fieldOf<QLineEdit>(dialog, "password")->setText(TestBook::testerPassword());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    Q_EMIT session.window()->signOutRequested();
    QTRY_COMPARE(session.user().name, QStringLiteral("lan"));
    QTRY_VERIFY(session.window());
    ui::MainWindow *window = session.window();
    QVERIFY(!window->workspace().may(Permission::RecordEntries));
    QAction *newWallet = menuAction(*window, QStringLiteral("&New wallet…"));
    QVERIFY(newWallet && !newWallet->isVisible());
    // Nobody signs in: the welcome page.
    whenDialogOpens([](QDialog *dialog) { dialog->reject(); });
    Q_EMIT session.window()->signOutRequested();
    QTRY_VERIFY(session.welcome());
    QVERIFY(!session.window());
}

void TestBookSession::aBookWithoutUsersGetsItsFirstAdmin()
{
    if (TestBook::usesPostgres())
        QSKIP("a book file from before users is SQLite's; the PostgreSQL run covers the rest");
    // A book from before users: merchants, no users (as migration 0006 leaves it).
    QTemporaryDir folder;
    const BookLocation old = BookLocation::sqlite(folder.filePath(QStringLiteral("old.coffer")));
    {
        auto book = Book::open(old, Book::Opening::CreateIfMissing);
        QVERIFY(book.ok());
        Merchant merchant;
        QVERIFY((*book)->users().initialise(
            QStringLiteral("x"), QStringLiteral("xxxxxxxx"), QStringLiteral("Old Shop"),
            Currency::fromCode(QStringLiteral("VND")).value(), merchant));
        QVERIFY((*book)->database().run(QStringLiteral("DELETE FROM user_role")).ok());
        QVERIFY((*book)->database().run(QStringLiteral("DELETE FROM app_user")).ok());
    }
    ui::BookSession session;
    whenDialogOpens([](QDialog *dialog) {
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Create the book's administrator"));
        fieldOf<QLineEdit>(dialog, "user")->setText(QStringLiteral("minh"));
        fieldOf<QLineEdit>(dialog, "password")->setText(QStringLiteral("minh-password"));
        fieldOf<QLineEdit>(dialog, "repeat")->setText(QStringLiteral("minh-password"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QVERIFY(session.start(old));
    QCOMPARE(session.user().name, QStringLiteral("minh"));
    QCOMPARE(session.window()->workspace().merchant().name, QStringLiteral("Old Shop"));
    QVERIFY(session.window()->workspace().may(Permission::ManageUsers));
}

QTEST_MAIN(TestBookSession)
#include "tst_booksession.moc"
