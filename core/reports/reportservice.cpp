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

QString registerOrder(bool newest)
{
    return newest ? QStringLiteral("p.transaction_date DESC, p.transaction_id DESC")
                  : QStringLiteral("p.transaction_date ASC, p.transaction_id ASC");
}

} // namespace

Result<QList<CategoryMonthTotal>> ReportService::readTotals(const QString &sql, const Actor &actor,
                                                            int fromMonth, int toMonth) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
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
    COFFER_TRY(actor.require(Permission::ReadBooks));
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
        const qint64 change = balanceChangeOf(t, wallet);
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

Result<qint64> ReportService::registerSize(const Actor &actor, const Wallet &wallet) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    auto query = m_database.run(
        QStringLiteral("SELECT COUNT(*) FROM posting p JOIN wallet w ON w.id = p.wallet_id "
                       "WHERE p.wallet_id = ? AND w.merchant_id = ?"),
        {wallet.id, actor.merchantId});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<qint64> ReportService::registerRowOnOrBefore(const Actor &actor, const Wallet &wallet,
                                                    const QDate &date) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    auto query = m_database.run(
        QStringLiteral("SELECT COUNT(*) FROM posting p JOIN wallet w ON w.id = p.wallet_id "
                       "WHERE p.wallet_id = ? AND w.merchant_id = ? AND p.transaction_date > ?"),
        {wallet.id, actor.merchantId, date.toString(Qt::ISODate)});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<qint64> ReportService::settledAcross(const Actor &actor, const Wallet &wallet, qint64 lines,
                                            bool newest) const
{
    if (lines == 0)
        return qint64(0);
    // The wallet's own posting is the signed change; pending ones do not count yet.
    auto query = m_database.run(
        QStringLiteral("SELECT CAST(COALESCE(SUM(x.amount_minor), 0) AS BIGINT) FROM "
                       "(SELECT p.transaction_id, p.amount_minor FROM posting p "
                       "WHERE p.wallet_id = ? ORDER BY %1 LIMIT ?) x "
                       "JOIN ledger_transaction t ON t.id = x.transaction_id "
                       "WHERE t.merchant_id = ? AND t.status = 'COMPLETED'")
            .arg(registerOrder(newest)),
        {wallet.id, lines, actor.merchantId});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<QList<Transaction>> ReportService::registerSlice(const Actor &actor, const Wallet &wallet,
                                                        qint64 offset, int count, bool newest) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT %1 FROM posting p JOIN ledger_transaction t ON t.id = "
                       "p.transaction_id WHERE p.wallet_id = ? AND t.merchant_id = ? "
                       "ORDER BY %2 LIMIT ? OFFSET ?")
            .arg(transactionColumns, registerOrder(newest)),
        {wallet.id, actor.merchantId, count, offset});
    if (!query)
        return query.error();
    QList<Transaction> transactions;
    while (query->next())
        transactions.append(transactionFromRow(*query));
    return transactions;
}

Result<QList<RegisterLine>> ReportService::registerRows(const Actor &actor, const Wallet &wallet,
                                                        qint64 row, int count,
                                                        std::optional<qint64> size) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    Q_ASSERT(row >= 0 && count > 0);
    auto total = size ? Result<qint64>(*size) : registerSize(actor, wallet);
    if (!total)
        return total.error();
    if (row >= *total)
        return QList<RegisterLine>();
    count = int(qMin<qint64>(count, *total - row));
    const qint64 below = *total - row - count; // older lines than the slice
    const bool fromNewest = row <= below;
    auto slice = registerSlice(actor, wallet, fromNewest ? row : below, count, fromNewest);
    if (!slice)
        return slice.error();
    auto settled = settledAcross(actor, wallet, fromNewest ? row : below, fromNewest);
    if (!settled)
        return settled.error();
    QList<RegisterLine> lines;
    lines.reserve(slice->size());
    if (fromNewest) {
        // Walk back from today's balance, less what the newer lines settled.
        qint64 balance = wallet.currentMinor - *settled;
        for (const Transaction &t : std::as_const(*slice)) {
            const qint64 change = balanceChangeOf(t, wallet);
            lines.append(
                RegisterLine {t, Money(change, wallet.currency), Money(balance, wallet.currency)});
            if (t.status == TransactionStatus::Completed)
                balance -= change;
        }
        return lines;
    }
    // Walk forward from the initial balance plus what the older lines settled.
    qint64 balance = wallet.initialMinor + *settled;
    for (const Transaction &t : std::as_const(*slice)) {
        const qint64 change = balanceChangeOf(t, wallet);
        if (t.status == TransactionStatus::Completed)
            balance += change;
        lines.prepend(
            RegisterLine {t, Money(change, wallet.currency), Money(balance, wallet.currency)});
    }
    return lines;
}

} // namespace coffer
