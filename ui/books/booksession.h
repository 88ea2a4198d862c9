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
    // A new SQLite book at `path` with a first merchant and its admin (asked for).
    bool createAt(const QString &path);
    // The next sign-in uses `name` and `password` without asking (coffer --user NAME
    // with COFFER_PASSWORD); once only.
    void presetUser(const QString &name, const QString &password);
    const SignedIn &user() const { return m_user; }

public Q_SLOTS:
    void newBook();
    void openBookFile();
    void connectToServer();
    void openDemo();
    void openRecent(const QString &locationText);
    void switchMerchant(qint64 merchantId);
    void closeBook();
    // Signs the user out and asks who signs in next (the welcome page if nobody).
    void signOut();
    // The same book and merchant in a new window (after a change of language).
    void reopenWindow();

private:
    QWidget *dialogParent() const;
    void showError(const QString &message) const;
    // Shows the main window of `user` for `merchant` of `book`, which becomes the
    // open book. False (and nothing changes) when the user may not work there.
    bool showBook(std::unique_ptr<Book> &book, const SignedIn &user, const Merchant &merchant);
    void showWelcome();
    void dropWindows();
    // Signs a user in to `book`: the preset user, the demo user in the demo book,
    // or the sign-in dialog (which creates the first admin of a book without users).
    std::optional<SignedIn> signInTo(Book &book);
    std::optional<Merchant> chooseMerchant(Book &book, const SignedIn &user,
                                           const QString &merchantName);
    // The first merchant of a book without one; for a book without users, with its
    // admin, who is signed in.
    std::optional<std::pair<SignedIn, Merchant>> askFirstMerchant(Book &book, const QString &where);
    // Signs in (or asks for the first merchant) and shows the book.
    bool enter(std::unique_ptr<Book> &book, const QString &merchantName);
    void fillPassword(BookLocation &location) const;
    // Opens an existing book; a PostgreSQL server that refuses asks the user for
    // the connection again (until they give up).
    Result<std::unique_ptr<Book>> openExisting(BookLocation &location);

    SecretStore m_secrets;
    std::unique_ptr<Book> m_book;
    SignedIn m_user;
    QString m_presetName;
    QString m_presetPassword;
    QPointer<MainWindow> m_window;
    QPointer<WelcomeWindow> m_welcome;
};

} // namespace coffer::ui
