#include "testbook.h"

#include "security/base32.h"
#include "security/otp.h"
#include "storage/migrator.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace coffer::test {

namespace {

// Runs one statement on the server's maintenance database.
bool runAdmin(const BookLocation &server, const QString &sql, QString *error)
{
    const QString name = QStringLiteral("coffer-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setDatabaseName(server.database);
        db.setPassword(qEnvironmentVariable("PGPASSWORD"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool TestBook::usesPostgres()
{
    return qEnvironmentVariable("COFFER_TEST_BACKEND") == QStringLiteral("postgres");
}

std::unique_ptr<TestBook> TestBook::create()
{
    auto testBook = withLocation();
    if (!testBook || !testBook->openBook())
        return nullptr;
    return testBook;
}

std::unique_ptr<TestBook> TestBook::createAtVersion(int version)
{
    auto testBook = withLocation();
    if (!testBook)
        return nullptr;
    auto database = Database::open(testBook->m_location);
    if (!database) {
        qCritical("cannot open the test database: %s", qPrintable(database.error().toString()));
        return nullptr;
    }
    if (auto migrated = Migrator(**database).migrateTo(version); !migrated) {
        qCritical("cannot migrate to %d: %s", version, qPrintable(migrated.error().toString()));
        return nullptr;
    }
    testBook->m_oldDatabase = std::move(*database);
    return testBook;
}

bool TestBook::upgrade()
{
    m_oldDatabase.reset();
    return openBook();
}

std::unique_ptr<TestBook> TestBook::withLocation()
{
    std::unique_ptr<TestBook> testBook(new TestBook);
    if (usesPostgres()) {
        testBook->m_adminUrl = qEnvironmentVariable("COFFER_TEST_PG_URL");
        if (testBook->m_adminUrl.isEmpty()) {
            qCritical("COFFER_TEST_BACKEND=postgres but COFFER_TEST_PG_URL is not set: run "
                      "tests/run-tests.sh, which starts a PostgreSQL server");
            return nullptr;
        }
        const BookLocation server = BookLocation::parse(testBook->m_adminUrl).value();
        const QString database = QStringLiteral("coffer_test_%1_%2")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(QRandomGenerator::global()->generate());
        QString error;
        if (!runAdmin(server, QStringLiteral("CREATE DATABASE %1").arg(database), &error)) {
            qCritical("cannot create the test database: %s", qPrintable(error));
            return nullptr;
        }
        testBook->m_location = server;
        testBook->m_location.database = database;
    } else {
        testBook->m_location
            = BookLocation::sqlite(testBook->m_dir.filePath(QStringLiteral("test.coffer")));
    }
    return testBook;
}

bool TestBook::openBook()
{
    auto book = Book::open(m_location, Book::Opening::CreateIfMissing);
    if (!book) {
        qCritical("cannot open the test book: %s", qPrintable(book.error().toString()));
        return false;
    }
    m_book = std::move(*book);
    // Argon2id at its smallest: tests sign in often, and the limits are not under test.
    m_book->users().setPasswordCost(PasswordCost::minimum());
    return true;
}

bool TestBook::reopen()
{
    m_book.reset();
    return openBook();
}

TestBook::~TestBook()
{
    m_book.reset();
    m_oldDatabase.reset();
    if (!m_adminUrl.isEmpty()) {
        QString error;
        BookLocation server = BookLocation::parse(m_adminUrl).value();
        runAdmin(server, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_location.database),
                 &error);
    }
}

Actor TestBook::createMerchant(const QString &name, const QString &code)
{
    Merchant merchant;
    auto tester = m_book->users().initialise(testerName(), testerPassword(), name, currency(code),
                                             merchant);
    if (!tester)
        qFatal("createMerchant: %s", qPrintable(tester.error().toString()));
    auto actor = m_book->users().actorFor(*tester, merchant.id);
    if (!actor)
        qFatal("createMerchant: %s", qPrintable(actor.error().toString()));
    return *actor;
}

SignedIn TestBook::tester()
{
    auto tester = m_book->users().signIn(testerName(), testerPassword());
    if (!tester)
        qFatal("tester: %s", qPrintable(tester.error().toString()));
    return *tester;
}

Actor TestBook::actorWithRole(Role role, qint64 merchantId, const PayeeBinding &payee)
{
    UserService &users = m_book->users();
    const Actor admin = users.actorFor(tester(), merchantId).value();
    const QString name = toCode(role);
    if (!users.find(admin, name))
        users.add(admin, NewUser {name, testerPassword(), role, payee}).value();
    else
        users.setRole(admin, name, role, payee).value();
    const SignedIn user = users.signIn(name, testerPassword()).value();
    return users.actorFor(user, merchantId).value();
}

QByteArray TestBook::confirmTotp(SignedIn &user, qint64 unixTime)
{
    UserService &users = m_book->users();
    const TotpEnrolment enrolment
        = users.enrolTotp(user, testerPassword(), QStringLiteral("Coffer")).value();
    const QByteArray secret = base32Decode(enrolment.base32).value();
    if (auto confirmed = users.verifyTotp(user, totp(secret, unixTime, enrolment.parameters));
        !confirmed)
        qFatal("confirmTotp: %s", qPrintable(confirmed.error().toString()));
    return secret;
}

TestBook::PayeeMethods TestBook::setUpPayee(const Actor &owner, const QString &ownerId,
                                            const QString &gross, const QString &code)
{
    m_book->payees().getOrCreate(owner, OwnerType::Creator, ownerId, currency(code)).value();
    NewCredit credit;
    credit.ownerId = ownerId;
    credit.gross = money(gross, code);
    m_book->payees().credit(owner, credit).value();
    PayeeMethods methods;
    methods.bank = m_book->methods()
                       .add(owner,
                            NewPayoutMethod {ownerId,
                                             MethodKind::Bank,
                                             QStringLiteral("GB82 WEST 1234 5698 7654 32"),
                                             {},
                                             false})
                       .value()
                       .id;
    methods.paypal
        = m_book->methods()
              .add(owner,
                   NewPayoutMethod {
                       ownerId, MethodKind::PayPal, QStringLiteral("lan@example.com"), {}, false})
              .value()
              .id;
    return methods;
}

QStringList TestBook::verify()
{
    auto problems = Verifier(m_book->database()).run();
    if (!problems)
        return {problems.error().toString()};
    return *problems;
}

BookSnapshot BookSnapshot::take(const Database &database)
{
    BookSnapshot snapshot;
    for (const char *table :
         {"merchant",     "wallet",          "category",          "ledger_transaction",
          "posting",      "period_total",    "audit_record",      "payee",
          "payee_fee",    "payout_setting",  "payout_method",     "payout",
          "payout_event", "payout_approval", "payout_attempt",    "document",
          "payout_proof", "number_sequence", "payout_adjustment", "adjustment_policy",
          "customer",     "customer_ledger_line", "invoice",     "invoice_line",
          "invoice_source", "payment",       "payment_allocation"}) {
        auto query
            = database.run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        snapshot.counts.insert(QLatin1String(table),
                               query && query->next() ? query->value(0).toLongLong() : -1);
    }
    auto wallets = database.run(QStringLiteral(
        "SELECT id, name, status, is_default, current_balance_minor, pending_balance_minor, "
        "held_balance_minor FROM wallet ORDER BY id"));
    while (wallets && wallets->next()) {
        QStringList row;
        for (int i = 1; i <= 6; ++i)
            row << wallets->value(i).toString();
        snapshot.wallets.insert(wallets->value(0).toLongLong(), row.join(QLatin1Char('|')));
    }
    auto totals = database.run(
        QStringLiteral("SELECT COALESCE(CAST(SUM(amount_minor) AS BIGINT), 0), "
                       "COALESCE(CAST(SUM(entry_count) AS BIGINT), 0) FROM period_total"));
    if (totals && totals->next())
        snapshot.counts.insert(QStringLiteral("period_total.sum"),
                               totals->value(0).toLongLong() + totals->value(1).toLongLong());
    // Adjustments open (not on a payout), and the sequences' last numbers.
    auto open = database.run(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM payout_adjustment WHERE payout_id IS NULL), "
        "(SELECT COALESCE(CAST(SUM(last_value) AS BIGINT), 0) FROM number_sequence)"));
    if (open && open->next()) {
        snapshot.counts.insert(QStringLiteral("payout_adjustment.open"),
                               open->value(0).toLongLong());
        snapshot.counts.insert(QStringLiteral("number_sequence.sum"), open->value(1).toLongLong());
    }
    // What invoices and customers stand at: states, amounts paid, balances.
    auto accounts = database.run(QStringLiteral(
        "SELECT (SELECT COALESCE(CAST(SUM(balance_minor) AS BIGINT), 0) FROM customer), "
        "(SELECT COALESCE(CAST(SUM(paid_minor) AS BIGINT), 0) FROM invoice), "
        "(SELECT COUNT(*) FROM invoice WHERE state <> 'draft'), "
        "(SELECT COUNT(*) FROM invoice WHERE state IN ('paid', 'overdue', 'cancelled')), "
        "(SELECT COALESCE(CAST(SUM(unallocated_minor) AS BIGINT), 0) FROM payment)"));
    if (accounts && accounts->next()) {
        snapshot.counts.insert(QStringLiteral("customer.balance"), accounts->value(0).toLongLong());
        snapshot.counts.insert(QStringLiteral("invoice.paid"), accounts->value(1).toLongLong());
        snapshot.counts.insert(QStringLiteral("invoice.numbered"), accounts->value(2).toLongLong());
        snapshot.counts.insert(QStringLiteral("invoice.settled"), accounts->value(3).toLongLong());
        snapshot.counts.insert(QStringLiteral("payment.unallocated"),
                               accounts->value(4).toLongLong());
    }
    return snapshot;
}

QString BookSnapshot::describe() const
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    for (auto it = wallets.cbegin(); it != wallets.cend(); ++it)
        parts << QStringLiteral("wallet%1[%2]").arg(it.key()).arg(it.value());
    return parts.join(QLatin1Char(' '));
}

Currency currency(const QString &code)
{
    return Currency::fromCode(code).value();
}

Money money(const QString &amount, const QString &code)
{
    auto parsed = Money::parse(amount, currency(code));
    if (!parsed)
        qFatal("money(%s): %s", qPrintable(amount), qPrintable(parsed.error().toString()));
    return *parsed;
}

} // namespace coffer::test
