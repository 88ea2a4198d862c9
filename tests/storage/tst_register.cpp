#include "testbook.h"

#include <QTest>

using namespace coffer;
using namespace coffer::test;

// The wallet register read in pages: the same lines as one read, running balances
// that chain from the current balance back to the initial one.
class TestRegister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesChainToTheInitialBalance_data();
    void pagesChainToTheInitialBalance();
    void emptyWalletHasOneCompletePage();
    void rowsFromEitherEndMatchThePages();

private:
    QList<RegisterLine> readAll(const Wallet &wallet, int pageSize);

    std::unique_ptr<TestBook> m_book;
    Actor m_actor;
    Wallet m_bank;
};

void TestRegister::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant(QStringLiteral("Register Shop"), QStringLiteral("USD"));
    NewWallet bank;
    bank.name = QStringLiteral("Bank");
    bank.type = WalletType::Bank;
    bank.initialMinor = 100000;
    m_bank = m_book->book().wallets().add(m_actor, bank).value();
    const Wallet cash = m_book->book().wallets().find(m_actor, QStringLiteral("Cash")).value();
    auto &ledger = m_book->book().ledger();
    // Many entries on few dates (ties are ordered by id), in and out, transfers both
    // ways, some pending, one voided and one reversed.
    QList<NewTransaction> batch;
    for (int i = 0; i < 300; ++i) {
        NewTransaction entry;
        entry.date = QDate(2026, 1, 1).addDays(i / 7);
        entry.amount = Money(100 + i, m_bank.currency);
        entry.walletId = m_bank.id;
        switch (i % 5) {
        case 0: entry.type = TransactionType::Income; break;
        case 1: entry.type = TransactionType::Expense; break;
        case 2:
            entry.type = TransactionType::Transfer;
            entry.toWalletId = cash.id;
            break;
        case 3:
            entry.type = TransactionType::Transfer;
            entry.walletId = cash.id;
            entry.toWalletId = m_bank.id;
            break;
        default: entry.type = TransactionType::Income; entry.status = TransactionStatus::Pending;
        }
        batch.append(entry);
    }
    auto ids = ledger.recordBatch(m_actor, batch);
    QVERIFY(ids.ok());
    QVERIFY(ledger.cancel(m_actor, ids->at(4)).ok()); // pending: voided
    QVERIFY(ledger.cancel(m_actor, ids->at(10)).ok()); // completed: reversed by a new entry
    m_bank = m_book->book().wallets().byId(m_actor, m_bank.id).value();
}

void TestRegister::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

QList<RegisterLine> TestRegister::readAll(const Wallet &wallet, int pageSize)
{
    QList<RegisterLine> lines;
    RegisterCursor cursor;
    for (int pages = 0; pages < 1000; ++pages) {
        auto page = m_book->book().reports().registerPage(m_actor, wallet, cursor, pageSize);
        if (!page)
            qFatal("%s", qPrintable(page.error().toString()));
        lines.append(page->lines);
        if (page->complete)
            return lines;
        cursor = page->next;
    }
    qFatal("the register never completed");
}

void TestRegister::pagesChainToTheInitialBalance_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("one line a page") << 1;
    QTest::newRow("7 lines (a page ends inside a day)") << 7;
    QTest::newRow("37 lines") << 37;
    QTest::newRow("all at once") << 10000;
}

void TestRegister::pagesChainToTheInitialBalance()
{
    QFETCH(int, pageSize);
    const QList<RegisterLine> lines = readAll(m_bank, pageSize);
    // All 300 entries touch the bank (income, expense, transfers both ways, pending
    // income; the voided one stays listed), plus the reversal of entry 11.
    QCOMPARE(lines.size(), 301);
    // Every bank entry once, newest first.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const Transaction &newer = lines.at(i - 1).transaction;
        const Transaction &older = lines.at(i).transaction;
        QVERIFY(newer.date > older.date || (newer.date == older.date && newer.id > older.id));
    }
    // Balances chain: the newest line shows the current balance, each completed line
    // moves it, and before the oldest line stands the initial balance.
    qint64 balance = m_bank.currentMinor;
    for (const RegisterLine &line : lines) {
        if (line.transaction.status == TransactionStatus::Completed) {
            QCOMPARE(line.balanceAfter.minorUnits(), balance);
            balance -= line.change.minorUnits();
        }
    }
    QCOMPARE(balance, m_bank.initialMinor);
}

void TestRegister::rowsFromEitherEndMatchThePages()
{
    const QList<RegisterLine> all = readAll(m_bank, 10000);
    auto &reports = m_book->book().reports();
    QCOMPARE(reports.registerSize(m_actor, m_bank).value(), qint64(all.size()));
    // Slices near the top, in the middle, at the bottom and across both halves.
    for (const auto &[row, count] :
         {std::pair {0, 10}, std::pair {3, 1}, std::pair {140, 25}, std::pair {160, 30},
          std::pair {290, 50}, std::pair {300, 1}, std::pair {0, 400}}) {
        const QList<RegisterLine> lines = reports.registerRows(m_actor, m_bank, row, count).value();
        QCOMPARE(lines.size(), qMin<qsizetype>(count, all.size() - row));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const RegisterLine &expected = all.at(row + i);
            QCOMPARE(lines[i].transaction.id, expected.transaction.id);
            QCOMPARE(lines[i].change, expected.change);
            if (expected.transaction.status == TransactionStatus::Completed)
                QCOMPARE(lines[i].balanceAfter, expected.balanceAfter);
        }
    }
    QVERIFY(reports.registerRows(m_actor, m_bank, all.size(), 5).value().isEmpty());
    // Going to a date: the newest line on or before it.
    for (const QDate &date : {all.first().transaction.date, all.at(150).transaction.date,
                              all.last().transaction.date, QDate(2030, 1, 1), QDate(2000, 1, 1)}) {
        const qint64 row = reports.registerRowOnOrBefore(m_actor, m_bank, date).value();
        qint64 expected = 0;
        while (expected < all.size() && all.at(expected).transaction.date > date)
            ++expected;
        QCOMPARE(row, expected);
    }
}

void TestRegister::emptyWalletHasOneCompletePage()
{
    NewWallet spare;
    spare.name = QStringLiteral("Spare");
    spare.type = WalletType::EWallet;
    const Wallet wallet = m_book->book().wallets().add(m_actor, spare).value();
    auto page = m_book->book().reports().registerPage(m_actor, wallet, {}, 50);
    QVERIFY(page.ok());
    QVERIFY(page->lines.isEmpty());
    QVERIFY(page->complete);
}

QTEST_GUILESS_MAIN(TestRegister)
#include "tst_register.moc"
