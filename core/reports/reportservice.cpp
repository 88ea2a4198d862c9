#include "reports/reportservice.h"

namespace coffer {

namespace {

// Sums are cast back to BIGINT: PostgreSQL's SUM(bigint) is NUMERIC, which Qt's
// driver would hand over as a double.

const QString monthlyFromAggregatesSql = QStringLiteral(
    "SELECT pt.category_id, pt.period_month, w.currency, CAST(SUM(pt.amount_minor) AS BIGINT), "
    "CAST(SUM(pt.entry_count) AS BIGINT) FROM period_total pt JOIN wallet w ON w.id = pt.wallet_id "
    "WHERE w.merchant_id = ? AND w.is_excluded = ? AND pt.category_id <> 0 "
    "AND pt.period_month BETWEEN ? AND ? "
    "GROUP BY pt.category_id, pt.period_month, w.currency "
    "ORDER BY pt.period_month, pt.category_id, w.currency");
const QString monthlyByScanSql
    = QStringLiteral("SELECT t.category_id, t.period_month, p.currency, CAST(SUM(p.amount_minor) "
                     "AS BIGINT), COUNT(*) "
                     "FROM posting p JOIN ledger_transaction t ON t.id = p.transaction_id "
                     "JOIN wallet w ON w.id = p.wallet_id "
                     "WHERE w.merchant_id = ? AND w.is_excluded = ? AND t.category_id IS NOT NULL "
                     "AND t.status = 'COMPLETED' AND t.period_month BETWEEN ? AND ? "
                     "GROUP BY t.category_id, t.period_month, p.currency "
                     "ORDER BY t.period_month, t.category_id, p.currency");

} // namespace

Result<QList<CategoryMonthTotal>> ReportService::readTotals(const QString &sql, const Actor &actor,
                                                            int fromMonth, int toMonth) const
{
    auto query = m_database.run(sql, {actor.merchantId, false, fromMonth, toMonth});
    if (!query)
        return query.error();
    QList<CategoryMonthTotal> totals;
    while (query->next()) {
        CategoryMonthTotal total;
        total.categoryId = query->value(0).toLongLong();
        total.month = query->value(1).toInt();
        total.amount = Money(query->value(3).toLongLong(),
                             Currency::fromStoredCode(query->value(2).toString()));
        total.entries = query->value(4).toLongLong();
        if (total.entries != 0)
            totals.append(total);
    }
    return totals;
}

Result<QList<CategoryMonthTotal>> ReportService::categoryMonthly(const Actor &actor, int fromMonth,
                                                                 int toMonth) const
{
    return readTotals(monthlyFromAggregatesSql, actor, fromMonth, toMonth);
}

Result<QList<CategoryMonthTotal>>
ReportService::categoryMonthlyByScan(const Actor &actor, int fromMonth, int toMonth) const
{
    return readTotals(monthlyByScanSql, actor, fromMonth, toMonth);
}

Result<RegisterPage> ReportService::registerPage(const Actor &actor, const Wallet &wallet,
                                                 const RegisterCursor &cursor, int limit) const
{
    Q_ASSERT(limit > 0);
    TransactionFilter filter;
    filter.walletId = wallet.id;
    filter.limit = limit;
    filter.beforeDate = cursor.date;
    filter.beforeId = cursor.transactionId;
    auto transactions = TransactionRepository(m_database).list(actor.merchantId, filter);
    if (!transactions)
        return transactions.error();
    RegisterPage page;
    page.lines.reserve(transactions->size());
    qint64 balance = cursor.transactionId == 0 ? wallet.currentMinor : cursor.balanceMinor;
    for (const Transaction &t : *transactions) {
        const bool arrives = t.type == TransactionType::Income
            || (t.type == TransactionType::Transfer && t.toWalletId == wallet.id);
        const Money &moved = t.type == TransactionType::Transfer && t.toWalletId == wallet.id
            ? t.toAmount.value_or(t.amount)
            : t.amount;
        qint64 change = arrives ? moved.minorUnits() : -moved.minorUnits();
        if (t.reversesId != 0)
            change = -change;
        page.lines.append(
            RegisterLine {t, Money(change, wallet.currency), Money(balance, wallet.currency)});
        if (t.status == TransactionStatus::Completed)
            balance -= change;
    }
    page.complete = page.lines.size() < limit;
    if (!page.lines.isEmpty())
        page.next = RegisterCursor {page.lines.last().transaction.date,
                                    page.lines.last().transaction.id, balance};
    return page;
}

} // namespace coffer
