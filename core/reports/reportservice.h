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
    // The newest `limit` lines of a wallet's register with running balances.
    Result<QList<RegisterLine>> registerFirstPage(const Actor &actor, const Wallet &wallet,
                                                  int limit) const;

private:
    Result<QList<CategoryMonthTotal>> readTotals(const QString &sql, const Actor &actor,
                                                 int fromMonth, int toMonth) const;
    const Database &m_database;
};

} // namespace coffer
