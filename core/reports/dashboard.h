#pragma once

#include "reports/reportservice.h"

namespace coffer {

// What the dashboard asks for: one currency (wallets in other currencies are not
// mixed in) and a range of months, yyyymm inclusive.
struct DashboardRequest
{
    Currency currency;
    int fromMonth = 0;
    int toMonth = 0;
    // Spending is summed per top-level category (subcategories included).
    // Expense categories beyond the largest `topCategories` are summed into one
    // "other" share (categoryId 0).
    int topCategories = 7;
};

struct MonthFlow
{
    int month = 0; // yyyymm
    Money income; // >= 0 unless refunds exceed income
    Money expense; // >= 0: money spent
};

struct CategoryShare
{
    qint64 categoryId = 0; // 0: the other categories together
    Money amount; // spent in the range, >= 0
    qint64 entries = 0;
};

struct BalancePoint
{
    int month = 0; // yyyymm
    Money balance; // at the end of the month
};

struct WalletSeries
{
    qint64 walletId = 0;
    QList<BalancePoint> points; // one per month of the range
};

// The figures behind the dashboard, all from the maintained aggregates (never a
// scan of the postings), so their cost does not grow with the book. Wallets
// excluded from reports stay out of every figure.
struct Dashboard
{
    Currency currency;
    QList<Currency> currencies; // the currencies of the included wallets
    QList<MonthFlow> months; // every month of the range, empty months too
    QList<CategoryShare> expenses; // largest first, "other" last
    QList<WalletSeries> balances; // active included wallets of the currency
    Money income; // over the range
    Money expense;
    Money net; // income - expense
    Money balance; // today's total of the included wallets of the currency
};

class DashboardService
{
public:
    explicit DashboardService(const Database &database)
        : m_database(database)
        , m_reports(database)
    { }

    // Errors: InvalidArgument (a month range that is not yyyymm, from <= to),
    // AmountOverflow (a total beyond 64 bits), StorageError.
    Result<Dashboard> build(const Actor &actor, const DashboardRequest &request) const;

    // The months from `from` to `to` inclusive, yyyymm.
    static QList<int> monthsBetween(int fromMonth, int toMonth);

private:
    Status addFlows(const Actor &actor, const DashboardRequest &request,
                    Dashboard &dashboard) const;
    Status addBalances(const Actor &actor, const DashboardRequest &request,
                       const QList<Wallet> &wallets, Dashboard &dashboard) const;

    const Database &m_database;
    ReportService m_reports;
};

} // namespace coffer
