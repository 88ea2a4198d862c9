#pragma once

#include "ledger/transactionrepository.h"
#include "ledger/types.h"
#include "storage/database.h"

namespace coffer {

// Income or expense of one category in one month and currency, from wallets that
// are not excluded from reports. amount > 0: money in (income); < 0: money out.
struct CategoryMonthTotal
{
    qint64 categoryId = 0;
    int month = 0; // yyyymm
    Money amount;
    qint64 entries = 0;
};

// One line of a wallet register: the entry, its effect on this wallet and the
// wallet's current balance after it (completed entries only move the balance).
struct RegisterLine
{
    Transaction transaction;
    Money change;
    Money balanceAfter;
};

// Where a register page continues: after the entry (date, transactionId), with
// `balanceMinor` the wallet's balance just before that entry. The default cursor
// starts at the newest entry with the wallet's current balance.
struct RegisterCursor
{
    QDate date;
    qint64 transactionId = 0;
    qint64 balanceMinor = 0;
};

struct RegisterPage
{
    QList<RegisterLine> lines; // newest first
    RegisterCursor next;
    bool complete = false; // no older entries remain
};

class ReportService
{
public:
    explicit ReportService(const Database &database)
        : m_database(database)
    { }

    // Read from the maintained monthly aggregates: independent of book size.
    Result<QList<CategoryMonthTotal>> categoryMonthly(const Actor &actor, int fromMonth,
                                                      int toMonth) const;
    // The same figures derived by scanning every posting; for verification and for
    // measuring what the aggregates save.
    Result<QList<CategoryMonthTotal>> categoryMonthlyByScan(const Actor &actor, int fromMonth,
                                                            int toMonth) const;
    // Up to `limit` register lines after `cursor`, newest first, with running
    // balances walked back from the maintained current balance: one index range per
    // page, however large the book.
    Result<RegisterPage> registerPage(const Actor &actor, const Wallet &wallet,
                                      const RegisterCursor &cursor, int limit) const;

    // How many lines the wallet's register has (every entry that moves money in or
    // out of it, whatever its status).
    Result<qint64> registerSize(const Actor &actor, const Wallet &wallet) const;
    // Up to `count` register lines from position `row` (0: the newest), newest first,
    // with running balances. Read from whichever end of the register is nearer, so
    // that the newest and the oldest lines cost the same however long the register;
    // the balance is walked from today's balance or from the initial one.
    // The position of the newest register line dated `date` or earlier (0: the
    // newest line): how many lines are dated after it. One index range count.
    Result<qint64> registerRowOnOrBefore(const Actor &actor, const Wallet &wallet,
                                         const QDate &date) const;
    // `size` is registerSize() when the caller knows it already.
    Result<QList<RegisterLine>> registerRows(const Actor &actor, const Wallet &wallet, qint64 row,
                                             int count, std::optional<qint64> size = {}) const;

private:
    // The completed money that the `lines` newest (or oldest) register lines moved.
    Result<qint64> settledAcross(const Actor &actor, const Wallet &wallet, qint64 lines,
                                 bool newest) const;
    Result<QList<Transaction>> registerSlice(const Actor &actor, const Wallet &wallet,
                                             qint64 offset, int count, bool newest) const;
    Result<QList<CategoryMonthTotal>> readTotals(const QString &sql, const Actor &actor,
                                                 int fromMonth, int toMonth) const;
    const Database &m_database;
};

} // namespace coffer
