#include "ledger/verifier.h"

#include "money/currency.h"

namespace coffer {

namespace {

const QString unbalancedSql = QStringLiteral(
    "SELECT transaction_id, currency, CAST(SUM(amount_minor) AS BIGINT) FROM posting "
    "GROUP BY transaction_id, currency HAVING CAST(SUM(amount_minor) AS BIGINT) <> 0 ORDER BY "
    "transaction_id");
const QString withoutPostingsSql
    = QStringLiteral("SELECT t.id FROM ledger_transaction t WHERE NOT EXISTS "
                     "(SELECT 1 FROM posting p WHERE p.transaction_id = t.id) ORDER BY t.id");
// A payee wallet is a liability: its balances are its postings negated.
const QString walletDriftSql = QStringLiteral(
    "SELECT w.id, w.name, w.initial_balance_minor, w.current_balance_minor, "
    "w.pending_balance_minor, w.completed, w.pending FROM (SELECT w.*, "
    "(CASE WHEN w.type = 'PAYEE' THEN -1 ELSE 1 END) * COALESCE(d.completed, 0) AS completed, "
    "(CASE WHEN w.type = 'PAYEE' THEN -1 ELSE 1 END) * COALESCE(d.pending, 0) AS pending "
    "FROM wallet w LEFT JOIN (SELECT p.wallet_id, "
    "CAST(SUM(CASE WHEN t.status = 'COMPLETED' THEN p.amount_minor ELSE 0 END) AS BIGINT) AS "
    "completed, "
    "CAST(SUM(CASE WHEN t.status = 'PENDING' THEN p.amount_minor ELSE 0 END) AS BIGINT) AS pending "
    "FROM posting p JOIN ledger_transaction t ON t.id = p.transaction_id "
    "WHERE p.wallet_id IS NOT NULL GROUP BY p.wallet_id) d ON d.wallet_id = w.id) w "
    "WHERE w.current_balance_minor <> w.initial_balance_minor + w.completed "
    "OR w.pending_balance_minor <> w.pending ORDER BY w.id");
// Invariant 3: a payee wallet never owes less than it holds for payouts; and it
// belongs to its payee's merchant.
const QString payeeWalletSql = QStringLiteral(
    "SELECT w.id, w.name, w.current_balance_minor, w.held_balance_minor, "
    "COALESCE(p.merchant_id, 0) <> w.merchant_id FROM wallet w "
    "LEFT JOIN payee p ON p.id = w.payee_id WHERE w.type = 'PAYEE' AND "
    "(w.current_balance_minor - w.held_balance_minor < 0 OR w.held_balance_minor < 0 "
    "OR p.id IS NULL OR p.merchant_id <> w.merchant_id) ORDER BY w.id");
const QString postingCurrencySql
    = QStringLiteral("SELECT p.transaction_id, p.line_no, p.currency, w.currency FROM posting p "
                     "JOIN wallet w ON w.id = p.wallet_id WHERE p.currency <> w.currency "
                     "ORDER BY p.transaction_id");
// Full outer join done portably: derived rows missing or different, then stored rows
// with nothing behind them.
const QString derivedPeriodsSql
    = QStringLiteral("SELECT p.wallet_id AS wallet_id, COALESCE(t.category_id, 0) AS category_id, "
                     "t.period_month AS period_month, CAST(SUM(p.amount_minor) AS BIGINT) AS "
                     "amount_minor, COUNT(*) AS entries "
                     "FROM posting p JOIN ledger_transaction t ON t.id = p.transaction_id "
                     "WHERE p.wallet_id IS NOT NULL AND t.status = 'COMPLETED' "
                     "GROUP BY p.wallet_id, COALESCE(t.category_id, 0), t.period_month");
const QString periodDriftSql
    = QStringLiteral(
          "SELECT d.wallet_id, d.category_id, d.period_month, d.amount_minor, d.entries, "
          "s.amount_minor, s.entry_count FROM (%1) d LEFT JOIN period_total s "
          "ON s.wallet_id = d.wallet_id AND s.category_id = d.category_id "
          "AND s.period_month = d.period_month "
          "WHERE s.amount_minor IS NULL OR s.amount_minor <> d.amount_minor "
          "OR s.entry_count <> d.entries")
          .arg(derivedPeriodsSql);
const QString periodOrphanSql
    = QStringLiteral(
          "SELECT s.wallet_id, s.category_id, s.period_month, s.amount_minor FROM period_total s "
          "LEFT JOIN (%1) d ON s.wallet_id = d.wallet_id AND s.category_id = d.category_id "
          "AND s.period_month = d.period_month "
          "WHERE d.wallet_id IS NULL AND (s.amount_minor <> 0 OR s.entry_count <> 0)")
          .arg(derivedPeriodsSql);
const QString badReversalSql = QStringLiteral(
    "SELECT r.id, r.reverses_id, o.id, o.status, r.status, o.reverses_id FROM ledger_transaction r "
    "LEFT JOIN ledger_transaction o ON o.id = r.reverses_id AND o.merchant_id = r.merchant_id "
    "WHERE r.reverses_id IS NOT NULL AND (o.id IS NULL OR o.status <> 'COMPLETED' "
    "OR r.status <> 'COMPLETED' OR o.reverses_id IS NOT NULL) ORDER BY r.id");
const QString reversalResidueSql = QStringLiteral(
    "SELECT r.id, COALESCE(p.wallet_id, 0), COALESCE(p.category_id, 0), "
    "COALESCE(p.clearing_account, ''), p.currency, CAST(SUM(p.amount_minor) AS BIGINT) "
    "FROM ledger_transaction r JOIN posting p ON p.transaction_id IN (r.id, r.reverses_id) "
    "WHERE r.reverses_id IS NOT NULL GROUP BY r.id, COALESCE(p.wallet_id, 0), "
    "COALESCE(p.category_id, 0), COALESCE(p.clearing_account, ''), p.currency "
    "HAVING CAST(SUM(p.amount_minor) AS BIGINT) <> 0 ORDER BY r.id");
const QString badShapeSql = QStringLiteral(
    "SELECT t.id, t.type FROM ledger_transaction t LEFT JOIN category c ON c.id = t.category_id "
    "WHERE (t.type = 'TRANSFER' AND (t.to_wallet_id IS NULL OR t.to_wallet_id = t.wallet_id "
    "OR t.category_id IS NOT NULL OR (t.to_currency IS NOT NULL AND t.to_currency <> t.currency "
    "AND t.exchange_rate_micros IS NULL))) "
    "OR (t.type <> 'TRANSFER' AND (t.to_wallet_id IS NOT NULL OR c.id IS NULL OR c.type <> "
    "t.type)) "
    "ORDER BY t.id");
const QString defaultWalletSql = QStringLiteral(
    "SELECT m.id, m.name, COUNT(w.id) FROM merchant m LEFT JOIN wallet w ON w.merchant_id = m.id "
    "AND w.is_default = ? AND w.status = 'ACTIVATED' AND w.deleted_at IS NULL "
    "GROUP BY m.id, m.name HAVING COUNT(w.id) <> 1 ORDER BY m.id");
const QString fixedCategoriesSql = QStringLiteral(
    "SELECT COUNT(*) FROM category WHERE is_fixed = ? AND status = 'ACTIVATED' "
    "AND deleted_at IS NULL AND merchant_id IS NULL AND code IN ('SALE', 'OTHER_INCOME', "
    "'REFUND_INCOME', 'PURCHASE', 'OTHER_EXPENSE', 'REFUND_EXPENSE', 'OPERATING', 'SALARY', "
    "'RENT_UTILITIES', 'MARKETING', 'SHIPPING', 'MAINTENANCE', 'COLLECT_INTEREST', "
    "'PAY_INTEREST', 'PLATFORM_FEES', 'INSTANT_PAYOUT_FEES', 'PAYEE_EARNINGS', "
    "'PAYOUT_RECOVERIES', 'PAYOUT_ADJUSTMENTS')");
constexpr int fixedCategoryCount = 19;
// The row's amounts must be what its wallet postings move: the source wallet gets
// +amount (income) or -amount, the destination +to_amount; reversals the opposite.
const QString amountMismatchSql = QStringLiteral(
    "SELECT t.id FROM ledger_transaction t "
    "LEFT JOIN posting s ON s.transaction_id = t.id AND s.wallet_id = t.wallet_id "
    "LEFT JOIN posting d ON d.transaction_id = t.id AND d.wallet_id = t.to_wallet_id "
    "WHERE s.transaction_id IS NULL OR s.currency <> t.currency "
    "OR s.amount_minor <> (CASE WHEN t.reverses_id IS NULL THEN 1 ELSE -1 END) "
    "* (CASE WHEN t.type = 'INCOME' THEN t.amount_minor ELSE -t.amount_minor END) "
    "OR (t.type = 'TRANSFER' AND (d.transaction_id IS NULL "
    "OR d.amount_minor <> (CASE WHEN t.reverses_id IS NULL THEN 1 ELSE -1 END) "
    "* COALESCE(t.to_amount_minor, t.amount_minor))) ORDER BY t.id");
// Postings only on the accounts the transaction names.
const QString strayPostingSql = QStringLiteral(
    "SELECT p.transaction_id, p.line_no FROM posting p "
    "JOIN ledger_transaction t ON t.id = p.transaction_id "
    "WHERE (p.wallet_id IS NOT NULL AND p.wallet_id <> t.wallet_id "
    "AND (t.to_wallet_id IS NULL OR p.wallet_id <> t.to_wallet_id)) "
    "OR (p.category_id IS NOT NULL AND (t.category_id IS NULL OR p.category_id <> t.category_id)) "
    "ORDER BY p.transaction_id, p.line_no");
// Every wallet and category of an entry belongs to the entry's merchant (or is global).
const QString crossMerchantSql = QStringLiteral(
    "SELECT t.id FROM ledger_transaction t JOIN wallet w ON w.id = t.wallet_id "
    "LEFT JOIN wallet tw ON tw.id = t.to_wallet_id LEFT JOIN category c ON c.id = t.category_id "
    "WHERE w.merchant_id <> t.merchant_id OR tw.merchant_id <> t.merchant_id "
    "OR (c.merchant_id IS NOT NULL AND c.merchant_id <> t.merchant_id) ORDER BY t.id");
// Invariant 4: a wallet holds exactly what its open payouts hold; an open payout
// holds its whole amount, an ended one nothing, and a paid one names its payment.
const QString heldWithoutPayoutsSql = QStringLiteral(
    "SELECT w.id, w.name, w.held_balance_minor, COALESCE(h.held, 0) FROM wallet w LEFT JOIN "
    "(SELECT wallet_id, CAST(SUM(held_minor) AS BIGINT) AS held FROM payout GROUP BY wallet_id) h "
    "ON h.wallet_id = w.id WHERE w.held_balance_minor <> COALESCE(h.held, 0) ORDER BY w.id");
const QString payoutHoldSql = QStringLiteral(
    "SELECT number, state, held_minor, amount_minor FROM payout WHERE "
    "(state IN ('pending', 'awaiting_exception_approval', 'approved', 'in_transit', "
    "'awaiting_reconciliation') AND held_minor <> amount_minor) OR (state IN ('paid', 'failed', "
    "'canceled', 'reversed') AND held_minor <> 0) OR (state = 'paid' AND paid_entry_id IS NULL) "
    "ORDER BY id");
// A payout's payment entry: from a merchant wallet to the payout's payee wallet,
// the amount less the fee and deductions; reversed exactly when the payout failed
// after paying.
const QString payoutPaymentSql = QStringLiteral(
    "SELECT p.number, p.state FROM payout p LEFT JOIN ledger_transaction t "
    "ON t.id = p.paid_entry_id LEFT JOIN ledger_transaction r ON r.reverses_id = t.id "
    "WHERE p.paid_entry_id IS NOT NULL AND (t.id IS NULL OR t.to_wallet_id <> p.wallet_id "
    "OR t.amount_minor <> p.amount_minor - p.fee_minor - p.deductions_minor "
    "OR (p.state = 'paid' AND r.id IS NOT NULL) "
    "OR (p.state = 'failed' AND r.id IS NULL)) ORDER BY p.id");
// A payout's adjustments: those applied to a payout in force add up to its
// deductions and credits, on its own wallet; a canceled or failed one carries none.
const QString payoutAdjustmentsSql = QStringLiteral(
    "SELECT p.number, p.state FROM payout p LEFT JOIN (SELECT a.payout_id, "
    "SUM(CASE WHEN a.class = 'carry_forward_credit' THEN 0 ELSE a.amount_minor END) AS d, "
    "SUM(CASE WHEN a.class = 'carry_forward_credit' THEN a.amount_minor ELSE 0 END) AS c, "
    "COUNT(*) AS n, SUM(CASE WHEN a.wallet_id <> q.wallet_id THEN 1 ELSE 0 END) AS stray "
    "FROM payout_adjustment a JOIN payout q ON q.id = a.payout_id GROUP BY a.payout_id) j "
    "ON j.payout_id = p.id WHERE (p.state IN ('canceled', 'failed') AND j.n IS NOT NULL) "
    "OR (p.state NOT IN ('canceled', 'failed') AND (COALESCE(j.d, 0) <> p.deductions_minor "
    "OR COALESCE(j.c, 0) <> p.credits_minor)) OR COALESCE(j.stray, 0) <> 0 ORDER BY p.id");
// What a payout moved: on its payee wallet, the whole amount once it is paid or
// reversed (the payment, the instant fee and the deductions); on merchant wallets,
// what the bank actually sent (with credits and any difference); nothing before,
// and nothing once a bank return reversed it all (entries in force only: neither
// reversals nor reversed).
const QString payoutEntriesSql = QStringLiteral(
    "SELECT number, state FROM (SELECT p.id, p.number, p.state, p.amount_minor, "
    "COALESCE(SUM(CASE WHEN po.wallet_id = p.wallet_id THEN po.amount_minor ELSE 0 END), 0) "
    "AS payee_side, "
    "COALESCE(SUM(CASE WHEN po.wallet_id <> p.wallet_id THEN po.amount_minor ELSE 0 END), 0) "
    "AS bank_side, (SELECT a.actual_minor FROM payout_attempt a WHERE a.payout_id = p.id AND "
    "a.outcome IN ('paid', 'mismatch') ORDER BY a.attempt_no DESC LIMIT 1) AS actual "
    "FROM payout p LEFT JOIN ledger_transaction t ON t.merchant_id = p.merchant_id AND "
    "t.reference_type = 'Payout' AND (t.reference_id = p.number OR t.reference_id LIKE "
    "p.number || '/%') AND t.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM "
    "ledger_transaction r WHERE r.reverses_id = t.id) "
    "LEFT JOIN posting po ON po.transaction_id = t.id "
    "GROUP BY p.id, p.number, p.state, p.amount_minor) x WHERE (state IN ('paid', 'reversed') "
    "AND (payee_side <> amount_minor OR bank_side <> -COALESCE(actual, 0))) OR (state NOT IN "
    "('paid', 'reversed') AND (payee_side <> 0 OR bank_side <> 0)) ORDER BY id");
const QString countsSql = QStringLiteral(
    "SELECT (SELECT COUNT(*) FROM ledger_transaction), (SELECT COUNT(*) FROM wallet)");

} // namespace

Status Verifier::collect(const QString &sql, QStringList &problems,
                         const std::function<QString(const QSqlQuery &)> &describe) const
{
    auto query = m_database.run(sql);
    if (!query)
        return query.error();
    while (query->next())
        problems.append(describe(*query));
    return success();
}

Result<QStringList> Verifier::run() const
{
    QStringList problems;
    COFFER_TRY(checkBalancedPostings(problems));
    COFFER_TRY(checkWalletBalances(problems));
    COFFER_TRY(checkPeriodTotals(problems));
    COFFER_TRY(checkReversals(problems));
    COFFER_TRY(checkShapes(problems));
    COFFER_TRY(checkAmountsAndAccounts(problems));
    COFFER_TRY(checkCurrencyCodes(problems));
    COFFER_TRY(checkDefaultsAndFixed(problems));
    return problems;
}

Status Verifier::checkBalancedPostings(QStringList &problems) const
{
    COFFER_TRY(collect(unbalancedSql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("transaction %1: postings in %2 sum to %3 minor units, not 0")
            .arg(q.value(0).toLongLong())
            .arg(q.value(1).toString())
            .arg(q.value(2).toLongLong());
    }));
    return collect(withoutPostingsSql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("transaction %1: has no postings").arg(q.value(0).toLongLong());
    });
}

Status Verifier::checkWalletBalances(QStringList &problems) const
{
    COFFER_TRY(collect(walletDriftSql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("wallet %1 '%2': stored current %3 and pending %4, but initial %5 + "
                              "postings give current %6 and pending %7 (minor units)")
            .arg(q.value(0).toLongLong())
            .arg(q.value(1).toString())
            .arg(q.value(3).toLongLong())
            .arg(q.value(4).toLongLong())
            .arg(q.value(2).toLongLong())
            .arg(q.value(2).toLongLong() + q.value(5).toLongLong())
            .arg(q.value(6).toLongLong());
    }));
    COFFER_TRY(collect(payeeWalletSql, problems, [](const QSqlQuery &q) {
        if (q.value(4).toBool())
            return QStringLiteral("wallet %1 '%2': a payee wallet whose payee is missing or "
                                  "belongs to another merchant")
                .arg(q.value(0).toLongLong())
                .arg(q.value(1).toString());
        return QStringLiteral("wallet %1 '%2': owes %3 but holds %4 for payouts (minor units); "
                              "available would be below zero")
            .arg(q.value(0).toLongLong())
            .arg(q.value(1).toString())
            .arg(q.value(2).toLongLong())
            .arg(q.value(3).toLongLong());
    }));
    return collect(postingCurrencySql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("transaction %1 line %2: posting in %3 on a %4 wallet")
            .arg(q.value(0).toLongLong())
            .arg(q.value(1).toLongLong())
            .arg(q.value(2).toString(), q.value(3).toString());
    });
}

Status Verifier::checkPeriodTotals(QStringList &problems) const
{
    COFFER_TRY(collect(periodDriftSql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("monthly total wallet %1 category %2 month %3: stored %4 (%5 "
                              "entries), postings give %6 (%7 entries)")
            .arg(q.value(0).toLongLong())
            .arg(q.value(1).toLongLong())
            .arg(q.value(2).toLongLong())
            .arg(q.value(5).isNull() ? QStringLiteral("nothing") : q.value(5).toString())
            .arg(q.value(6).toLongLong())
            .arg(q.value(3).toLongLong())
            .arg(q.value(4).toLongLong());
    }));
    return collect(periodOrphanSql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("monthly total wallet %1 category %2 month %3: stored %4 with no "
                              "completed postings behind it")
            .arg(q.value(0).toLongLong())
            .arg(q.value(1).toLongLong())
            .arg(q.value(2).toLongLong())
            .arg(q.value(3).toLongLong());
    });
}

Status Verifier::checkReversals(QStringList &problems) const
{
    COFFER_TRY(collect(badReversalSql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("transaction %1: reverses %2, which %3")
            .arg(q.value(0).toLongLong())
            .arg(q.value(1).toLongLong())
            .arg(q.value(2).isNull() ? QStringLiteral("does not exist in its merchant")
                     : !q.value(5).isNull()
                     ? QStringLiteral("is itself a reversal")
                     : QStringLiteral("is %1 (reversal is %2)")
                           .arg(q.value(3).toString(), q.value(4).toString()));
    }));
    return collect(reversalResidueSql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("transaction %1: does not exactly undo the entry it reverses "
                              "(%2 %3 left on one account)")
            .arg(q.value(0).toLongLong())
            .arg(q.value(5).toLongLong())
            .arg(q.value(4).toString());
    });
}

Status Verifier::checkShapes(QStringList &problems) const
{
    return collect(badShapeSql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("transaction %1: a malformed %2 (wallets, category or rate)")
            .arg(q.value(0).toLongLong())
            .arg(q.value(1).toString().toLower());
    });
}

Status Verifier::checkAmountsAndAccounts(QStringList &problems) const
{
    COFFER_TRY(collect(amountMismatchSql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("transaction %1: its amounts differ from what its postings move")
            .arg(q.value(0).toLongLong());
    }));
    COFFER_TRY(collect(strayPostingSql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("transaction %1 line %2: posts to an account the transaction does "
                              "not name")
            .arg(q.value(0).toLongLong())
            .arg(q.value(1).toLongLong());
    }));
    COFFER_TRY(collect(crossMerchantSql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("transaction %1: uses a wallet or category of another merchant")
            .arg(q.value(0).toLongLong());
    }));
    COFFER_TRY(collect(heldWithoutPayoutsSql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("wallet %1 '%2': holds %3 minor units, but its open payouts hold %4")
            .arg(q.value(0).toLongLong())
            .arg(q.value(1).toString())
            .arg(q.value(2).toLongLong())
            .arg(q.value(3).toLongLong());
    }));
    COFFER_TRY(collect(payoutEntriesSql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("payout %1: is %2, but its entries do not move its amount from "
                              "the payee wallet and what was sent from the bank")
            .arg(q.value(0).toString(), q.value(1).toString());
    }));
    COFFER_TRY(collect(payoutAdjustmentsSql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("payout %1: is %2, but its adjustments do not add up to its "
                              "deductions and credits")
            .arg(q.value(0).toString(), q.value(1).toString());
    }));
    COFFER_TRY(collect(payoutPaymentSql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("payout %1: is %2, but its payment entry does not agree (missing, "
                              "another wallet or amount, or reversed when it should not be, or "
                              "the other way round)")
            .arg(q.value(0).toString(), q.value(1).toString());
    }));
    return collect(payoutHoldSql, problems, [](const QSqlQuery &q) {
        return QStringLiteral("payout %1: is %2 and holds %3 of its %4 minor units")
            .arg(q.value(0).toString(), q.value(1).toString())
            .arg(q.value(2).toLongLong())
            .arg(q.value(3).toLongLong());
    });
}

Status Verifier::checkCurrencyCodes(QStringList &problems) const
{
    // Each code once, with how many rows use it; the table of codes lives in C++.
    auto query = m_database.run(QStringLiteral(
        "SELECT 'wallets', currency, COUNT(*) FROM wallet GROUP BY currency UNION ALL "
        "SELECT 'transactions', currency, COUNT(*) FROM ledger_transaction GROUP BY currency "
        "UNION ALL SELECT 'transactions', to_currency, COUNT(*) FROM ledger_transaction "
        "WHERE to_currency IS NOT NULL GROUP BY to_currency"));
    if (!query)
        return query.error();
    while (query->next()) {
        const QString code = query->value(1).toString();
        if (!Currency::fromCode(code))
            problems.append(QStringLiteral("%1 %2: use currency '%3', which is not an ISO 4217 "
                                           "currency with minor units")
                                .arg(query->value(2).toLongLong())
                                .arg(query->value(0).toString(), code));
    }
    return success();
}

Result<Verifier::Counts> Verifier::counts() const
{
    auto query = m_database.run(countsSql);
    if (!query)
        return query.error();
    Counts counts;
    if (query->next()) {
        counts.transactions = query->value(0).toLongLong();
        counts.wallets = query->value(1).toLongLong();
    }
    return counts;
}

Status Verifier::checkDefaultsAndFixed(QStringList &problems) const
{
    auto defaults = m_database.run(defaultWalletSql, {true});
    if (!defaults)
        return defaults.error();
    while (defaults->next())
        problems.append(QStringLiteral("merchant %1 '%2': has %3 active default wallets, not 1")
                            .arg(defaults->value(0).toLongLong())
                            .arg(defaults->value(1).toString())
                            .arg(defaults->value(2).toLongLong()));
    auto fixed = m_database.run(fixedCategoriesSql, {true});
    if (!fixed)
        return fixed.error();
    const int present = fixed->next() ? fixed->value(0).toInt() : 0;
    if (present != fixedCategoryCount)
        problems.append(QStringLiteral("categories: %1 of the %2 fixed categories are present and "
                                       "active")
                            .arg(present)
                            .arg(fixedCategoryCount));
    return success();
}

} // namespace coffer
