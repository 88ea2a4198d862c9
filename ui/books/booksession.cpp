#include "books/booksession.h"

#include "books/connectiondialog.h"
#include "books/newbookdialog.h"
#include "books/recentbooks.h"
#include "books/signindialog.h"
#include "books/welcomewindow.h"
#include "mainwindow.h"
#include "tools/demobook.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

namespace coffer::ui {

namespace {

QString bookFilter()
{
    return BookSession::tr("Coffer books (*.coffer);;All files (*)");
}

} // namespace

BookSession::BookSession(QObject *parent)
    : QObject(parent)
{ }

BookSession::~BookSession()
{
    dropWindows(); // the window refers to the book: it goes first
}

MainWindow *BookSession::window() const
{
    return m_window;
}

WelcomeWindow *BookSession::welcome() const
{
    return m_welcome;
}

bool BookSession::start(const std::optional<BookLocation> &requested, const QString &merchantName)
{
    if (requested) {
        if (open(*requested, merchantName))
            return true;
        showWelcome();
        return false;
    }
    const auto last = RecentBooks::last();
    if (last && (last->dialect == Dialect::PostgreSQL || QFileInfo::exists(last->path))
        && open(*last))
        return true;
    showWelcome();
    return true;
}

QWidget *BookSession::dialogParent() const
{
    if (m_window)
        return m_window;
    return m_welcome;
}

void BookSession::showError(const QString &message) const
{
    QMessageBox::warning(dialogParent(), tr("Coffer"), message);
}

void BookSession::dropWindows()
{
    if (m_window)
        m_window->saveLayout();
    delete m_window.data();
    delete m_welcome.data();
}

bool BookSession::showBook(std::unique_ptr<Book> &book, const SignedIn &user,
                           const Merchant &merchant)
{
    auto actor = book->users().actorFor(user, merchant.id);
    if (!actor) {
        showError(actor.error().detail);
        return false;
    }
    // Staff read the books; a payee bound to a payee reads only their own wallet.
    const bool ownWallet = actor->may(Permission::ReadOwnWallet) && actor->payee.isSet();
    if (!actor->may(Permission::ReadBooks) && !ownWallet) {
        showError(tr("%1 has nothing to see in %2: an administrator can give them a role there.")
                      .arg(user.name, merchant.name));
        return false;
    }
    RecentBooks::remember(book->database().location(), merchant.id);
    RecentBooks::rememberUser(book->database().location(), user.name);
    dropWindows();
    m_book = std::move(book);
    m_user = user;
    m_window = new MainWindow(*m_book, merchant, *actor, user);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: a book change replaces the window that asked for it.
    connect(m_window, &MainWindow::newBookRequested, this, &BookSession::newBook,
            Qt::QueuedConnection);
    connect(m_window, &MainWindow::openBookRequested, this, &BookSession::openBookFile,
            Qt::QueuedConnection);
    connect(m_window, &MainWindow::connectRequested, this, &BookSession::connectToServer,
            Qt::QueuedConnection);
    connect(m_window, &MainWindow::demoRequested, this, &BookSession::openDemo,
            Qt::QueuedConnection);
    connect(m_window, &MainWindow::recentRequested, this, &BookSession::openRecent,
            Qt::QueuedConnection);
    connect(m_window, &MainWindow::merchantRequested, this, &BookSession::switchMerchant,
            Qt::QueuedConnection);
    connect(m_window, &MainWindow::closeBookRequested, this, &BookSession::closeBook,
            Qt::QueuedConnection);
    connect(m_window, &MainWindow::signOutRequested, this, &BookSession::signOut,
            Qt::QueuedConnection);
    connect(m_window, &MainWindow::lookChanged, this, &BookSession::reopenWindow,
            Qt::QueuedConnection);
    m_window->show();
    return true;
}

void BookSession::showWelcome()
{
    dropWindows();
    m_book.reset();
    m_welcome = new WelcomeWindow(RecentBooks::list());
    m_welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_welcome, &WelcomeWindow::createRequested, this, &BookSession::newBook,
            Qt::QueuedConnection);
    connect(m_welcome, &WelcomeWindow::openRequested, this, &BookSession::openBookFile,
            Qt::QueuedConnection);
    connect(m_welcome, &WelcomeWindow::connectRequested, this, &BookSession::connectToServer,
            Qt::QueuedConnection);
    connect(m_welcome, &WelcomeWindow::demoRequested, this, &BookSession::openDemo,
            Qt::QueuedConnection);
    connect(m_welcome, &WelcomeWindow::recentRequested, this, &BookSession::openRecent,
            Qt::QueuedConnection);
    m_welcome->show();
}

void BookSession::fillPassword(BookLocation &location) const
{
    if (location.dialect != Dialect::PostgreSQL || !location.password.isEmpty())
        return;
    // The keychain, when the user asked it to keep this password; a server that
    // needs none (trust, peer) connects without.
    if (auto stored = m_secrets.read(location.displayName()); stored && stored->has_value())
        location.password = **stored;
}

Result<std::unique_ptr<Book>> BookSession::openExisting(BookLocation &location)
{
    fillPassword(location);
    for (;;) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto book = Book::open(location, Book::Opening::MustExist);
        QApplication::restoreOverrideCursor();
        if (book || location.dialect != Dialect::PostgreSQL
            || book.error().code != ErrorCode::ConnectionFailed)
            return book;
        // Wrong or missing password, or the server moved: ask, with the reason.
        ConnectionDialog dialog(location, m_secrets, dialogParent());
        dialog.showFailure(book.error().detail);
        if (dialog.exec() != QDialog::Accepted)
            return book;
        location = dialog.location();
    }
}

bool BookSession::open(BookLocation location, const QString &merchantName)
{
    if (location.dialect == Dialect::SQLite)
        location.path = QFileInfo(location.path).absoluteFilePath();
    auto book = openExisting(location);
    if (!book && book.error().code == ErrorCode::BookNotInitialised) {
        // An empty PostgreSQL database: it may become a shared book.
        const auto answer = QMessageBox::question(
            dialogParent(), tr("New shared book"),
            tr("%1 holds no Coffer book yet. Create one there?").arg(location.displayName()));
        if (answer != QMessageBox::Yes)
            return false;
        book = Book::open(location, Book::Opening::CreateIfMissing);
    }
    if (!book) {
        if (book.error().code == ErrorCode::BookNotFound)
            RecentBooks::forget(location.displayName());
        showError(
            tr("Coffer could not open %1: %2").arg(location.displayName(), book.error().detail));
        return false;
    }
    return enter(*book, merchantName);
}

bool BookSession::enter(std::unique_ptr<Book> &book, const QString &merchantName)
{
    if (book->wallets().merchants().value_or({}).isEmpty()) {
        const auto first = askFirstMerchant(*book, book->database().location().displayName());
        return first && showBook(book, first->first, first->second);
    }
    const auto user = signInTo(*book);
    if (!user)
        return false;
    const auto merchant = chooseMerchant(*book, *user, merchantName);
    return merchant && showBook(book, *user, *merchant);
}

void BookSession::presetUser(const QString &name, const QString &password)
{
    m_presetName = name;
    m_presetPassword = password;
}

std::optional<SignedIn> BookSession::signInTo(Book &book)
{
    UserService &users = book.users();
    const bool hasUsers = users.hasUsers().value_or(false);
    const BookLocation &location = book.database().location();
    const bool demo = location.dialect == Dialect::SQLite
        && location.path == QFileInfo(demoBookLocation().path).absoluteFilePath();
    const QString presetName = std::exchange(m_presetName, QString());
    const QString presetPassword = std::exchange(m_presetPassword, QString());
    if (hasUsers && !presetName.isEmpty()) {
        auto user = users.signIn(presetName, presetPassword);
        if (user)
            return *user;
        showError(SignInDialog::reason(user.error()));
    } else if (hasUsers && demo) {
        // Made-up data with a published password: no need to type it.
        if (auto user = users.signIn(DemoCredentials::userName(), DemoCredentials::password()))
            return *user;
    }
    SignInDialog dialog(users,
                        hasUsers ? SignInDialog::Mode::SignIn : SignInDialog::Mode::FirstAdmin,
                        location.displayName(), dialogParent());
    const QString last = RecentBooks::lastUser(location);
    if (!presetName.isEmpty() || !last.isEmpty())
        dialog.setUserName(presetName.isEmpty() ? last : presetName);
    if (demo)
        dialog.setHint(tr("The demo book's users sign in with the password %1.")
                           .arg(DemoCredentials::password()));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.signedIn();
}

std::optional<Merchant> BookSession::chooseMerchant(Book &book, const SignedIn &user,
                                                    const QString &merchantName)
{
    if (!merchantName.isEmpty()) {
        auto actor = book.users().actorFor(user, merchantName);
        if (!actor) {
            showError(actor.error().detail);
            return std::nullopt;
        }
    }
    const auto merchants = book.users().merchantsOf(user).value_or({});
    if (merchants.isEmpty()) {
        showError(tr("%1 has no role in any merchant of this book. An administrator can give "
                     "them one.")
                      .arg(user.name));
        return std::nullopt;
    }
    const qint64 last = RecentBooks::lastMerchant(book.database().location());
    for (const Merchant &m : merchants) {
        if (m.name.compare(merchantName.trimmed(), Qt::CaseInsensitive) == 0)
            return m;
    }
    for (const Merchant &m : merchants) {
        if (m.id == last)
            return m;
    }
    return merchants.first();
}

std::optional<std::pair<SignedIn, Merchant>> BookSession::askFirstMerchant(Book &book,
                                                                           const QString &where)
{
    UserService &users = book.users();
    const bool hasUsers = users.hasUsers().value_or(false);
    std::optional<SignedIn> user;
    if (hasUsers && !(user = signInTo(book)))
        return std::nullopt;
    NewBookDialog dialog(where, !hasUsers, dialogParent());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Merchant merchant;
    Result<SignedIn> signedIn = user
        ? Result<SignedIn>(*user)
        : users.initialise(dialog.adminName(), dialog.password(), dialog.merchantName(),
                           dialog.currency(), merchant);
    if (signedIn && user) {
        auto created = users.createMerchant(*user, dialog.merchantName(), dialog.currency());
        if (created)
            merchant = *created;
        else
            signedIn = created.error();
    }
    QApplication::restoreOverrideCursor();
    if (!signedIn) {
        showError(signedIn.error().detail);
        return std::nullopt;
    }
    return std::pair {*signedIn, merchant};
}

bool BookSession::createAt(const QString &path)
{
    const BookLocation location = BookLocation::sqlite(QFileInfo(path).absoluteFilePath());
    if (QFileInfo::exists(location.path)) {
        showError(tr("%1 exists already: open it, or choose a new name.").arg(location.path));
        return false;
    }
    auto book = Book::open(location, Book::Opening::CreateIfMissing);
    if (!book) {
        showError(tr("Coffer could not create %1: %2").arg(location.path, book.error().detail));
        return false;
    }
    const auto first = askFirstMerchant(**book, location.path);
    if (!first || !showBook(*book, first->first, first->second)) {
        book->reset();
        QFile::remove(location.path); // nothing in it yet: leave no half-made book behind
        return false;
    }
    return true;
}

void BookSession::newBook()
{
    const QString suggested
        = QFileInfo(BookLocation::defaultBook().path).dir().filePath(QStringLiteral("book.coffer"));
    QDir().mkpath(QFileInfo(suggested).path());
    QString path
        = QFileDialog::getSaveFileName(dialogParent(), tr("New book"), suggested, bookFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".coffer");
    createAt(path);
}

void BookSession::openBookFile()
{
    const QString path = QFileDialog::getOpenFileName(
        dialogParent(), tr("Open book"), QFileInfo(BookLocation::defaultBook().path).path(),
        bookFilter());
    if (!path.isEmpty())
        open(BookLocation::sqlite(path));
}

void BookSession::connectToServer()
{
    // The dialog is a child of the window that open() replaces: it must be gone first.
    BookLocation location;
    {
        ConnectionDialog dialog(BookLocation {}, m_secrets, dialogParent());
        if (dialog.exec() != QDialog::Accepted)
            return;
        location = dialog.location();
    }
    open(location);
}

void BookSession::openDemo()
{
    const BookLocation demo = demoBookLocation();
    if (QFileInfo::exists(demo.path)) {
        open(demo);
        return;
    }
    QDir().mkpath(QFileInfo(demo.path).path());
    auto book = Book::open(demo, Book::Opening::CreateIfMissing);
    Result<SignedIn> user = book ? Result<SignedIn>(SignedIn {}) : Result<SignedIn>(book.error());
    if (book) {
        // Gone before showBook() replaces the window it belongs to.
        QProgressDialog wait(tr("Writing three years of café history…"), QString(), 0, 0,
                             dialogParent());
        wait.setWindowModality(Qt::WindowModal);
        wait.show();
        QApplication::processEvents();
        user = seedDemoBook(**book);
    }
    if (!user) {
        if (book)
            book->reset();
        QFile::remove(demo.path); // half made: made again next time
        showError(tr("Coffer could not make the demo book: %1").arg(user.error().detail));
        return;
    }
    if (const auto merchant = chooseMerchant(**book, *user, QString()))
        showBook(*book, *user, *merchant);
}

void BookSession::openRecent(const QString &locationText)
{
    auto location = BookLocation::parse(locationText);
    if (!location) {
        RecentBooks::forget(locationText);
        showError(location.error().detail);
        return;
    }
    open(*location);
}

void BookSession::reopenWindow()
{
    if (m_window)
        switchMerchant(m_window->workspace().merchant().id);
}

void BookSession::switchMerchant(qint64 merchantId)
{
    if (!m_book)
        return;
    for (const Merchant &m : m_book->users().merchantsOf(m_user).value_or({})) {
        if (m.id == merchantId) {
            // The same book: hand it to a new window for that merchant.
            std::unique_ptr<Book> book = std::move(m_book);
            if (!showBook(book, m_user, m))
                m_book = std::move(book);
            return;
        }
    }
}

void BookSession::signOut()
{
    if (!m_book)
        return;
    dropWindows();
    m_user = {};
    std::unique_ptr<Book> book = std::move(m_book);
    if (!enter(book, QString()))
        showWelcome();
}

void BookSession::closeBook()
{
    showWelcome();
}

} // namespace coffer::ui
