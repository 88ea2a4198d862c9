#include "books/booksession.h"

#include "books/connectiondialog.h"
#include "books/newbookdialog.h"
#include "books/recentbooks.h"
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

QString userName()
{
    return qEnvironmentVariable("USER", QStringLiteral("coffer"));
}

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

void BookSession::showBook(std::unique_ptr<Book> book, const Merchant &merchant)
{
    RecentBooks::remember(book->database().location(), merchant.id);
    dropWindows();
    m_book = std::move(book);
    m_window = new MainWindow(*m_book, merchant);
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
    connect(m_window, &MainWindow::lookChanged, this, &BookSession::reopenWindow,
            Qt::QueuedConnection);
    m_window->show();
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
    const auto merchant = chooseMerchant(**book, merchantName);
    if (!merchant)
        return false;
    showBook(std::move(*book), *merchant);
    return true;
}

std::optional<Merchant> BookSession::chooseMerchant(Book &book, const QString &merchantName)
{
    if (!merchantName.isEmpty()) {
        auto named = book.wallets().resolveMerchant(merchantName);
        if (!named) {
            showError(named.error().detail);
            return std::nullopt;
        }
        return *named;
    }
    const auto merchants = book.wallets().merchants().value_or({});
    if (merchants.isEmpty())
        return askFirstMerchant(book, book.database().location().displayName());
    const qint64 last = RecentBooks::lastMerchant(book.database().location());
    for (const Merchant &m : merchants) {
        if (m.id == last)
            return m;
    }
    return merchants.first();
}

std::optional<Merchant> BookSession::askFirstMerchant(Book &book, const QString &where)
{
    NewBookDialog dialog(where, dialogParent());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    auto merchant
        = book.wallets().createMerchant(dialog.merchantName(), dialog.currency(), userName());
    if (!merchant) {
        showError(merchant.error().detail);
        return std::nullopt;
    }
    return *merchant;
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
    const auto merchant = askFirstMerchant(**book, location.path);
    if (!merchant) {
        book->reset();
        QFile::remove(location.path); // nothing in it yet: leave no half-made book behind
        return false;
    }
    showBook(std::move(*book), *merchant);
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
    Result<Merchant> merchant
        = book ? Result<Merchant>(Merchant {}) : Result<Merchant>(book.error());
    if (book) {
        // Gone before showBook() replaces the window it belongs to.
        QProgressDialog wait(tr("Writing three years of café history…"), QString(), 0, 0,
                             dialogParent());
        wait.setWindowModality(Qt::WindowModal);
        wait.show();
        QApplication::processEvents();
        merchant = seedDemoBook(**book, userName());
    }
    if (!merchant) {
        showError(tr("Coffer could not make the demo book: %1").arg(merchant.error().detail));
        return;
    }
    showBook(std::move(*book), *merchant);
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
    for (const Merchant &m : m_book->wallets().merchants().value_or({})) {
        if (m.id == merchantId) {
            // The same book: hand it to a new window for that merchant.
            std::unique_ptr<Book> book = std::move(m_book);
            showBook(std::move(book), m);
            return;
        }
    }
}

void BookSession::closeBook()
{
    showWelcome();
}

} // namespace coffer::ui
