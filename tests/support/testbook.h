#pragma once

#include "ledger/book.h"
#include "ledger/verifier.h"

#include <QMap>
#include <QTemporaryDir>

#include <memory>

namespace coffer::test {

// A fresh, empty book for one test: a SQLite file in a temporary folder, or, when
// COFFER_TEST_BACKEND=postgres, a new database on the PostgreSQL server named by
// COFFER_TEST_PG_URL (started by tests/run-tests.sh), dropped afterwards.
class TestBook
{
public:
    ~TestBook();
    // Fails the calling test (returns null) when the back end cannot be reached.
    static std::unique_ptr<TestBook> create();
    // A book as Coffer left it at schema `version`, open as a bare database; then
    // upgrade() migrates it the rest of the way and opens it as a book.
    static std::unique_ptr<TestBook> createAtVersion(int version);
    Database &oldDatabase() { return *m_oldDatabase; }
    bool upgrade();
    static bool usesPostgres();

    Book &book() { return *m_book; }
    // Closes the book and opens it again, as the next run after a crash would.
    bool reopen();
    const BookLocation &location() const { return m_location; }
    // A merchant with its default Cash wallet; returns the actor for it: the user
    // "tester", the book's first admin and the merchant's admin and owner.
    Actor createMerchant(const QString &name = QStringLiteral("Test Shop"),
                         const QString &currency = QStringLiteral("VND"));
    static QString testerName() { return QStringLiteral("tester"); }
    static QString testerPassword() { return QStringLiteral("tester-password"); }
    // The tester, signed in.
    SignedIn tester();
    // A user named after `role` (made by the tester when new) with that one role in
    // the merchant, signed in, as an actor.
    Actor actorWithRole(Role role, qint64 merchantId, const PayeeBinding &payee = {});
    // Sets up and confirms a one-time password for `user` with the code of
    // `unixTime` (the user service's clock must agree); returns the secret.
    QByteArray confirmTotp(SignedIn &user, qint64 unixTime);
    // Payee `ownerId` with a wallet in `code` credited `gross` (no fee), and two
    // payout methods: a bank account (the default) and PayPal.
    struct PayeeMethods
    {
        qint64 bank = 0;
        qint64 paypal = 0;
    };
    PayeeMethods setUpPayee(const Actor &owner, const QString &ownerId, const QString &gross,
                            const QString &code);
    // The verifier's findings (empty when sound).
    QStringList verify();

private:
    TestBook() = default;
    static std::unique_ptr<TestBook> withLocation();
    bool openBook();

    QTemporaryDir m_dir;
    BookLocation m_location;
    QString m_adminUrl;
    std::unique_ptr<Database> m_oldDatabase;
    std::unique_ptr<Book> m_book;
};

// Everything that a rejected command must leave untouched: row counts of every
// table and every wallet's balances.
struct BookSnapshot
{
    QMap<QString, qint64> counts;
    QMap<qint64, QString> wallets;
    static BookSnapshot take(const Database &database);
    bool operator==(const BookSnapshot &other) const
    {
        return counts == other.counts && wallets == other.wallets;
    }
    QString describe() const;
};

Currency currency(const QString &code);
Money money(const QString &amount, const QString &code);

} // namespace coffer::test
