#pragma once

#include "ledger/book.h"
#include "secrets/secretstore.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace coffer::ui {

class MainWindow;
class WelcomeWindow;

// The application's book: opens, creates and closes books (SQLite files and
// PostgreSQL databases), remembers them, and shows either the main window of the
// open book and merchant or the welcome page.
class BookSession : public QObject
{
    Q_OBJECT

public:
    explicit BookSession(QObject *parent = nullptr);
    ~BookSession() override;

    // Opens `requested` (or, with nothing asked, the book opened last; else the
    // welcome page). Returns false when the requested book could not be opened (the
    // welcome page is then showing).
    bool start(const std::optional<BookLocation> &requested, const QString &merchantName = {});

    Book *book() const { return m_book.get(); }
    MainWindow *window() const;
    WelcomeWindow *welcome() const;
    const SecretStore &secrets() const { return m_secrets; }

    // Opens an existing book. A PostgreSQL book without a password asks the
    // keychain, then the user; an empty PostgreSQL database may become a book.
    bool open(BookLocation location, const QString &merchantName = {});
    // A new SQLite book at `path` with a first merchant (asked for).
    bool createAt(const QString &path);

public Q_SLOTS:
    void newBook();
    void openBookFile();
    void connectToServer();
    void openDemo();
    void openRecent(const QString &locationText);
    void switchMerchant(qint64 merchantId);
    void closeBook();
    // The same book and merchant in a new window (after a change of language).
    void reopenWindow();

private:
    QWidget *dialogParent() const;
    void showError(const QString &message) const;
    // Shows the main window for `merchant` of `book`, which becomes the open book.
    void showBook(std::unique_ptr<Book> book, const Merchant &merchant);
    void showWelcome();
    void dropWindows();
    std::optional<Merchant> chooseMerchant(Book &book, const QString &merchantName);
    std::optional<Merchant> askFirstMerchant(Book &book, const QString &where);
    void fillPassword(BookLocation &location) const;
    // Opens an existing book; a PostgreSQL server that refuses asks the user for
    // the connection again (until they give up).
    Result<std::unique_ptr<Book>> openExisting(BookLocation &location);

    SecretStore m_secrets;
    std::unique_ptr<Book> m_book;
    QPointer<MainWindow> m_window;
    QPointer<WelcomeWindow> m_welcome;
};

} // namespace coffer::ui
