#include "testbook.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace coffer;
using namespace coffer::test;

// The storage layer's promises: schema versions, SQLite settings, and two
// connections writing to one book at once without losing an update.
class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void bookFromNewerVersionIsRefused();
    void reopeningMigratesNothingTwice();
    void sqliteRunsWithWalAndFullSync();
    void concurrentWritersLoseNothing();
    void concurrentEventReplaysRecordOnce();

private:
    std::unique_ptr<TestBook> m_book;
    Actor m_actor;
};

void TestStorage::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant();
}

void TestStorage::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestStorage::bookFromNewerVersionIsRefused()
{
    Database &database = m_book->book().database();
    QVERIFY(database
                .run(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) "
                                    "VALUES (?, ?)"),
                     {999, QStringLiteral("2099-01-01T00:00:00Z")})
                .ok());
    auto newer = Book::open(m_book->location());
    QVERIFY(!newer.ok());
    QCOMPARE(newer.error().code, ErrorCode::SchemaTooNew);
    QVERIFY2(newer.error().detail.contains(QStringLiteral("schema version 999")),
             qPrintable(newer.error().detail));
    QVERIFY(database.run(QStringLiteral("DELETE FROM schema_migrations WHERE version = ?"), {999})
                .ok());
    QVERIFY(Book::open(m_book->location()).ok());
}

void TestStorage::reopeningMigratesNothingTwice()
{
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    for (int i = 0; i < 3; ++i)
        QVERIFY(Book::open(m_book->location()).ok());
    QCOMPARE(BookSnapshot::take(m_book->book().database()), before);
    auto versions = m_book->book().database().run(
        QStringLiteral("SELECT COUNT(*), MAX(version) FROM schema_migrations"));
    QVERIFY(versions.ok() && versions->next());
    QCOMPARE(versions->value(0).toInt(), versions->value(1).toInt());
}

void TestStorage::sqliteRunsWithWalAndFullSync()
{
    if (TestBook::usesPostgres()) {
        QSKIP("SQLite pragmas: this row runs on the SQLite variant of the test");
    }
    const Database &database = m_book->book().database();
    auto pragma = [&](const char *name) {
        auto query = database.run(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
        return query && query->next() ? query->value(0).toString() : QString();
    };
    QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma("synchronous"), QStringLiteral("2")); // FULL
    QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma("busy_timeout"), QStringLiteral("10000"));
}

void TestStorage::concurrentWritersLoseNothing()
{
    const Wallet cash = m_book->book().wallets().find(m_actor, QStringLiteral("Cash")).value();
    constexpr int writers = 2;
    constexpr int entriesEach = 150;
    std::atomic<int> failures {0};
    QStringList errors;
    std::mutex errorsMutex;
    auto write = [&](int writer) {
        // Each thread has its own connection, as two desktops would.
        auto book = Book::open(m_book->location());
        if (!book) {
            ++failures;
            return;
        }
        for (int i = 0; i < entriesEach; ++i) {
            NewTransaction income;
            income.type = TransactionType::Income;
            income.walletId = cash.id;
            income.amount = Money(1000 + writer, cash.currency);
            auto recorded = (*book)->ledger().record(m_actor, income);
            if (!recorded) {
                ++failures;
                std::lock_guard lock(errorsMutex);
                errors << recorded.error().toString();
            }
        }
    };
    std::vector<std::thread> threads;
    for (int writer = 0; writer < writers; ++writer)
        threads.emplace_back(write, writer);
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY2(failures == 0, qPrintable(errors.join(QLatin1Char('\n'))));
    const Wallet after = m_book->book().wallets().byId(m_actor, cash.id).value();
    QCOMPARE(after.currentMinor, qint64(entriesEach) * (1000 + 1001));
}

void TestStorage::concurrentEventReplaysRecordOnce()
{
    // Two desktops receive the same "sale order paid" event at once: one records it,
    // the other gets the first result back; neither fails.
    const Wallet cash = m_book->book().wallets().find(m_actor, QStringLiteral("Cash")).value();
    constexpr int rounds = 20;
    std::atomic<int> created {0};
    std::atomic<int> failures {0};
    QStringList errors;
    std::mutex errorsMutex;
    auto replay = [&] {
        auto book = Book::open(m_book->location());
        if (!book) {
            ++failures;
            return;
        }
        for (int round = 0; round < rounds; ++round) {
            auto outcome = (*book)->events().saleOrderPaid(
                m_actor, QStringLiteral("SO-%1").arg(round), cash.id, Money(5000, cash.currency));
            if (!outcome) {
                ++failures;
                std::lock_guard lock(errorsMutex);
                errors << outcome.error().toString();
            } else if (outcome->created) {
                ++created;
            }
        }
    };
    std::thread first(replay);
    std::thread second(replay);
    first.join();
    second.join();
    QVERIFY2(failures == 0, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(created.load(), rounds);
    QCOMPARE(m_book->book().wallets().byId(m_actor, cash.id)->currentMinor, qint64(rounds) * 5000);
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
