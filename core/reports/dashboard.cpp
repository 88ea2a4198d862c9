#include "reports/dashboard.h"

#include "ledger/categoryrepository.h"
#include "ledger/walletrepository.h"

#include <QHash>

#include <algorithm>

namespace coffer {

namespace {

// Net completed movement per (wallet, month) from `fromMonth` on, future months too:
// a month's closing balance is today's balance less everything after it.
const QString walletMonthsSql
    = QStringLiteral("SELECT pt.wallet_id, pt.period_month, CAST(SUM(pt.amount_minor) AS BIGINT) "
                     "FROM period_total pt JOIN wallet w ON w.id = pt.wallet_id "
                     "WHERE w.merchant_id = ? AND w.is_excluded = ? AND w.payee_id IS NULL AND "
                     "w.currency = ? AND pt.period_month >= ? "
                     "GROUP BY pt.wallet_id, pt.period_month");

bool validMonth(int month)
{
    return month >= 100001 && month <= 999912 && month % 100 >= 1 && month % 100 <= 12;
}

Status addChecked(qint64 &total, qint64 amount)
{
    if (__builtin_add_overflow(total, amount, &total))
        return makeError(ErrorCode::AmountOverflow,
                         QStringLiteral("dashboard: a total does not fit in 64 bits"));
    return success();
}

bool includedIn(const Wallet &wallet, const Currency &currency)
{
    return !wallet.isExcluded && wallet.currency == currency;
}

} // namespace

QList<int> DashboardService::monthsBetween(int fromMonth, int toMonth)
{
    QList<int> months;
    for (int month = fromMonth; month <= toMonth;
         month = month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1)
        months.append(month);
    return months;
}

Result<Dashboard> DashboardService::build(const Actor &actor, const DashboardRequest &request) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    if (!validMonth(request.fromMonth) || !validMonth(request.toMonth)
        || request.fromMonth > request.toMonth)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("months: %1 to %2 is not a range of yyyymm months")
                             .arg(request.fromMonth)
                             .arg(request.toMonth));
    auto wallets = WalletRepository(m_database).forMerchant(actor.merchantId);
    if (!wallets)
        return wallets.error();
    Dashboard dashboard;
    dashboard.currency = request.currency;
    qint64 balance = 0;
    for (const Wallet &wallet : *wallets) {
        if (wallet.isExcluded)
            continue;
        if (!dashboard.currencies.contains(wallet.currency))
            dashboard.currencies.append(wallet.currency);
        if (includedIn(wallet, request.currency) && wallet.isActive())
            COFFER_TRY(addChecked(balance, wallet.currentMinor));
    }
    dashboard.balance = Money(balance, request.currency);
    COFFER_TRY(addFlows(actor, request, dashboard));
    COFFER_TRY(addBalances(actor, request, *wallets, dashboard));
    return dashboard;
}

Status DashboardService::addFlows(const Actor &actor, const DashboardRequest &request,
                                  Dashboard &dashboard) const
{
    auto totals = m_reports.categoryMonthly(actor, request.fromMonth, request.toMonth);
    if (!totals)
        return totals.error();
    auto categories = CategoryRepository(m_database).visibleTo(actor.merchantId);
    if (!categories)
        return categories.error();
    QHash<qint64, CategoryType> types;
    QHash<qint64, qint64> parents;
    for (const Category &category : *categories) {
        types.insert(category.id, category.type);
        parents.insert(category.id, category.parentId);
    }
    // Spending is shown per top-level category, its subcategories included.
    auto rootOf = [&parents](qint64 id) {
        for (int depth = 0; parents.value(id) != 0 && depth < 64; ++depth)
            id = parents.value(id);
        return id;
    };

    const QList<int> months = monthsBetween(request.fromMonth, request.toMonth);
    QList<qint64> income(months.size(), 0);
    QList<qint64> expense(months.size(), 0);
    QHash<qint64, CategoryShare> spent;
    for (const CategoryMonthTotal &total : *totals) {
        if (total.amount.currency() != request.currency)
            continue;
        const qsizetype slot = months.indexOf(total.month);
        Q_ASSERT(slot >= 0);
        // Postings into a wallet are positive: income adds, spending subtracts.
        if (types.value(total.categoryId, CategoryType::Expense) == CategoryType::Income) {
            COFFER_TRY(addChecked(income[slot], total.amount.minorUnits()));
            continue;
        }
        COFFER_TRY(addChecked(expense[slot], -total.amount.minorUnits()));
        const qint64 root = rootOf(total.categoryId);
        CategoryShare &share = spent[root];
        share.categoryId = root;
        qint64 amount = share.amount.minorUnits();
        COFFER_TRY(addChecked(amount, -total.amount.minorUnits()));
        share.amount = Money(amount, request.currency);
        share.entries += total.entries;
    }
    qint64 incomeTotal = 0;
    qint64 expenseTotal = 0;
    for (qsizetype i = 0; i < months.size(); ++i) {
        dashboard.months.append(MonthFlow {months[i], Money(income[i], request.currency),
                                           Money(expense[i], request.currency)});
        COFFER_TRY(addChecked(incomeTotal, income[i]));
        COFFER_TRY(addChecked(expenseTotal, expense[i]));
    }
    dashboard.income = Money(incomeTotal, request.currency);
    dashboard.expense = Money(expenseTotal, request.currency);
    qint64 net = incomeTotal;
    if (__builtin_sub_overflow(incomeTotal, expenseTotal, &net))
        return makeError(ErrorCode::AmountOverflow,
                         QStringLiteral("dashboard: the net result does not fit in 64 bits"));
    dashboard.net = Money(net, request.currency);

    // Largest first (ties by category id, so the order is stable); refunds that
    // outweigh spending leave a category with nothing to show.
    QList<CategoryShare> shares;
    for (const CategoryShare &share : std::as_const(spent)) {
        if (share.amount.isPositive())
            shares.append(share);
    }
    std::sort(shares.begin(), shares.end(), [](const CategoryShare &a, const CategoryShare &b) {
        if (a.amount.minorUnits() != b.amount.minorUnits())
            return a.amount.minorUnits() > b.amount.minorUnits();
        return a.categoryId < b.categoryId;
    });
    if (shares.size() > request.topCategories + 1) {
        CategoryShare other {0, Money::zero(request.currency), 0};
        qint64 amount = 0;
        for (qsizetype i = request.topCategories; i < shares.size(); ++i) {
            COFFER_TRY(addChecked(amount, shares[i].amount.minorUnits()));
            other.entries += shares[i].entries;
        }
        other.amount = Money(amount, request.currency);
        shares.resize(request.topCategories);
        shares.append(other);
    }
    dashboard.expenses = shares;
    return success();
}

Status DashboardService::addBalances(const Actor &actor, const DashboardRequest &request,
                                     const QList<Wallet> &wallets, Dashboard &dashboard) const
{
    auto query = m_database.run(
        walletMonthsSql, {actor.merchantId, false, request.currency.code(), request.fromMonth});
    if (!query)
        return query.error();
    QHash<qint64, QMap<int, qint64>> moved; // wallet -> month -> net
    while (query->next())
        moved[query->value(0).toLongLong()].insert(query->value(1).toInt(),
                                                   query->value(2).toLongLong());
    const QList<int> months = monthsBetween(request.fromMonth, request.toMonth);
    for (const Wallet &wallet : wallets) {
        if (!includedIn(wallet, request.currency) || !wallet.isActive())
            continue;
        const QMap<int, qint64> byMonth = moved.value(wallet.id);
        // Walk back from today's balance: every month after the last one shown first.
        qint64 balance = wallet.currentMinor;
        for (auto it = byMonth.upperBound(request.toMonth); it != byMonth.end(); ++it)
            COFFER_TRY(addChecked(balance, -it.value()));
        WalletSeries series {wallet.id, {}};
        series.points.resize(months.size());
        for (qsizetype i = months.size() - 1; i >= 0; --i) {
            series.points[i] = BalancePoint {months[i], Money(balance, request.currency)};
            COFFER_TRY(addChecked(balance, -byMonth.value(months[i])));
        }
        dashboard.balances.append(series);
    }
    return success();
}

} // namespace coffer
