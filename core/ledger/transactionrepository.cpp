#include "ledger/transactionrepository.h"

#include "ledger/walletrepository.h"
#include "storage/bulkinsert.h"

#include <QSqlRecord>

namespace coffer {

const QString transactionColumns = QStringLiteral(
    "t.id, t.merchant_id, t.type, t.status, t.amount_minor, t.currency, t.to_amount_minor, "
    "t.to_currency, t.exchange_rate_micros, t.transaction_date, t.wallet_id, t.to_wallet_id, "
    "t.category_id, t.reference_type, t.reference_id, t.reverses_id, t.note, t.metadata, "
    "t.created_by, t.modified_by, t.created_at, "
    "(SELECT r.id FROM ledger_transaction r WHERE r.reverses_id = t.id)");

namespace {

const QStringList transactionRowColumns {QStringLiteral("id"),
                                         QStringLiteral("merchant_id"),
                                         QStringLiteral("type"),
                                         QStringLiteral("status"),
                                         QStringLiteral("amount_minor"),
                                         QStringLiteral("currency"),
                                         QStringLiteral("to_amount_minor"),
                                         QStringLiteral("to_currency"),
                                         QStringLiteral("exchange_rate_micros"),
                                         QStringLiteral("transaction_date"),
                                         QStringLiteral("period_month"),
                                         QStringLiteral("wallet_id"),
                                         QStringLiteral("to_wallet_id"),
                                         QStringLiteral("category_id"),
                                         QStringLiteral("reference_type"),
                                         QStringLiteral("reference_id"),
                                         QStringLiteral("reverses_id"),
                                         QStringLiteral("note"),
                                         QStringLiteral("metadata"),
                                         QStringLiteral("created_by"),
                                         QStringLiteral("modified_by"),
                                         QStringLiteral("created_at"),
                                         QStringLiteral("modified_at")};
const QStringList postingRowColumns {
    QStringLiteral("transaction_id"),   QStringLiteral("line_no"),
    QStringLiteral("wallet_id"),        QStringLiteral("category_id"),
    QStringLiteral("clearing_account"), QStringLiteral("currency"),
    QStringLiteral("amount_minor"),     QStringLiteral("transaction_date")};
const QStringList periodRowColumns {QStringLiteral("wallet_id"), QStringLiteral("category_id"),
                                    QStringLiteral("period_month"), QStringLiteral("amount_minor"),
                                    QStringLiteral("entry_count")};
const QString periodUpsert
    = QStringLiteral(" ON CONFLICT (wallet_id, category_id, period_month) DO UPDATE SET "
                     "amount_minor = period_total.amount_minor + excluded.amount_minor, "
                     "entry_count = period_total.entry_count + excluded.entry_count");
const QString setStatusSql
    = QStringLiteral("UPDATE ledger_transaction SET status = ?, modified_by = ?, modified_at = ? "
                     "WHERE id = ? AND merchant_id = ?");
const QString selectPostingsSql = QStringLiteral(
    "SELECT p.wallet_id, p.category_id, p.clearing_account, p.currency, p.amount_minor "
    "FROM posting p JOIN ledger_transaction t ON t.id = p.transaction_id "
    "WHERE p.transaction_id = ? AND t.merchant_id = ? ORDER BY p.line_no");

// ISO text binds the same on both dialects (TEXT on SQLite, DATE/TIMESTAMPTZ on
// PostgreSQL) and is much cheaper than letting the driver format QDate per row.
QString isoDate(const QDate &date)
{
    thread_local QDate lastDate;
    thread_local QString lastText;
    if (date != lastDate) {
        lastDate = date;
        lastText = date.toString(Qt::ISODate);
    }
    return lastText;
}

// The filter's conditions on the entry itself (category, type, status, words).
void addContentConditions(const TransactionFilter &filter, Dialect dialect, QStringList &conditions,
                          QVariantList &values)
{
    if (!filter.categoryIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : filter.categoryIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        conditions << QStringLiteral("t.category_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.type) {
        conditions << QStringLiteral("t.type = ?");
        values << toCode(*filter.type);
    }
    if (filter.status) {
        conditions << QStringLiteral("t.status = ?");
        values << toCode(*filter.status);
    }
    // Case is ignored in every script: ILIKE on PostgreSQL; on SQLite, whose LIKE folds
    // ASCII only, a word with other letters compares folded text (coffer_fold,
    // storage/textfolding.h), which costs about 0.4 us an entry, so ASCII words keep
    // the plain LIKE. The words are escaped so that "%" and "_" match themselves. No
    // COALESCE: a missing note is no match either way, and PostgreSQL's trigram
    // indexes (migration 0004) only answer the bare columns.
    const bool postgres = dialect == Dialect::PostgreSQL;
    const QStringList words = filter.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        const bool fold = !postgres
            && std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() > 0x7f; });
        word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString pattern
            = QLatin1Char('%') + (fold ? word.toCaseFolded() : word) + QLatin1Char('%');
        if (postgres)
            conditions << QStringLiteral(
                "(t.note ILIKE ? ESCAPE '\\' OR t.reference_id ILIKE ? ESCAPE '\\')");
        else if (fold)
            conditions << QStringLiteral("(coffer_fold(t.note) LIKE ? ESCAPE '\\' OR "
                                         "coffer_fold(t.reference_id) LIKE ? ESCAPE '\\')");
        else
            conditions << QStringLiteral(
                "(t.note LIKE ? ESCAPE '\\' OR t.reference_id LIKE ? ESCAPE '\\')");
        values << pattern << pattern;
    }
}

} // namespace

Transaction transactionFromRow(const QSqlQuery &q, int c)
{
    Transaction t;
    t.id = q.value(c + 0).toLongLong();
    t.merchantId = q.value(c + 1).toLongLong();
    t.type = transactionTypeFromText(q.value(c + 2).toString()).value_or(TransactionType::Income);
    t.status = transactionStatusFromText(q.value(c + 3).toString())
                   .value_or(TransactionStatus::Completed);
    const Currency currency = Currency::fromStoredCode(q.value(c + 5).toString());
    t.amount = Money(q.value(c + 4).toLongLong(), currency);
    if (!q.value(c + 6).isNull())
        t.toAmount = Money(q.value(c + 6).toLongLong(),
                           Currency::fromStoredCode(q.value(c + 7).toString()));
    if (!q.value(c + 8).isNull())
        t.rate = ExchangeRate::fromMicros(q.value(c + 8).toLongLong());
    t.date = q.value(c + 9).toDate();
    t.walletId = q.value(c + 10).toLongLong();
    t.toWalletId = q.value(c + 11).toLongLong();
    t.categoryId = q.value(c + 12).toLongLong();
    t.referenceType = q.value(c + 13).toString();
    t.referenceId = q.value(c + 14).toString();
    t.reversesId = q.value(c + 15).toLongLong();
    t.note = q.value(c + 16).toString();
    t.metadata = q.value(c + 17).toString();
    t.createdBy = q.value(c + 18).toString();
    t.modifiedBy = q.value(c + 19).toString();
    t.createdAt = q.value(c + 20).toDateTime();
    t.reversedById = q.value(c + 21).toLongLong();
    return t;
}

Result<QList<qint64>> TransactionRepository::reserveIds(qsizetype count)
{
    QList<qint64> ids;
    ids.reserve(count);
    if (m_database.dialect() == Dialect::PostgreSQL) {
        auto query = m_database.run(
            QStringLiteral("SELECT nextval(pg_get_serial_sequence('ledger_transaction', 'id')) "
                           "FROM generate_series(1, ?)"),
            {qlonglong(count)});
        if (!query)
            return query.error();
        while (query->next())
            ids.append(query->value(0).toLongLong());
        return ids;
    }
    // SQLite: the write transaction began IMMEDIATE, so no other writer can take these.
    auto query
        = m_database.run(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ledger_transaction"));
    if (!query)
        return query.error();
    const qint64 last = query->next() ? query->value(0).toLongLong() : 0;
    for (qsizetype i = 1; i <= count; ++i)
        ids.append(last + i);
    return ids;
}

Status TransactionRepository::insert(QList<PlannedTransaction> &planned, const QString &actor)
{
    if (planned.isEmpty())
        return success();
    auto ids = reserveIds(planned.size());
    if (!ids)
        return ids.error();
    for (qsizetype i = 0; i < planned.size(); ++i)
        planned[i].record.id = ids->at(i);
    COFFER_TRY(insertTransactionRows(planned, actor));
    return insertPostingRows(planned);
}

Status TransactionRepository::insertTransactionRows(const QList<PlannedTransaction> &planned,
                                                    const QString &actor)
{
    const QString now = nowUtc().toString(Qt::ISODateWithMs);
    BulkInsert rows(m_database, QStringLiteral("ledger_transaction"), transactionRowColumns);
    for (const PlannedTransaction &p : planned) {
        const Transaction &t = p.record;
        rows.add(t.id);
        rows.add(t.merchantId);
        rows.add(toCode(t.type));
        rows.add(toCode(t.status));
        rows.add(t.amount.minorUnits());
        rows.add(t.amount.currency().code());
        t.toAmount ? rows.add(t.toAmount->minorUnits()) : rows.addNull();
        t.toAmount ? rows.add(t.toAmount->currency().code()) : rows.addNull();
        t.rate.isValid() ? rows.add(t.rate.micros()) : rows.addNull();
        rows.add(isoDate(t.date));
        rows.add(qint64(periodMonth(t.date)));
        rows.add(t.walletId);
        rows.addId(t.toWalletId);
        rows.addId(t.categoryId);
        rows.add(t.referenceType);
        rows.add(t.referenceId);
        rows.addId(t.reversesId);
        rows.add(t.note);
        rows.add(t.metadata);
        rows.add(actor);
        rows.add(actor);
        rows.add(now);
        rows.add(now);
        COFFER_TRY(rows.endRow());
    }
    return rows.finish();
}

Status TransactionRepository::insertPostingRows(const QList<PlannedTransaction> &planned)
{
    BulkInsert rows(m_database, QStringLiteral("posting"), postingRowColumns);
    for (const PlannedTransaction &p : planned) {
        for (qsizetype line = 0; line < p.postings.size(); ++line) {
            const Posting &posting = p.postings.at(line);
            rows.add(p.record.id);
            rows.add(qint64(line + 1));
            rows.addId(posting.walletId);
            rows.addId(posting.categoryId);
            rows.add(posting.clearingAccount);
            rows.add(posting.amount.currency().code());
            rows.add(posting.amount.minorUnits());
            rows.add(isoDate(p.record.date));
            COFFER_TRY(rows.endRow());
        }
    }
    return rows.finish();
}

Status TransactionRepository::addToPeriodTotals(const QHash<PeriodKey, PeriodDelta> &deltas)
{
    BulkInsert rows(m_database, QStringLiteral("period_total"), periodRowColumns, periodUpsert);
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        rows.add(it.key().walletId);
        rows.add(it.key().categoryId);
        rows.add(qint64(it.key().month));
        rows.add(it.value().amountMinor);
        rows.add(it.value().entries);
        COFFER_TRY(rows.endRow());
    }
    return rows.finish();
}

Status TransactionRepository::setStatus(qint64 merchantId, qint64 transactionId,
                                        TransactionStatus status, const QString &actor)
{
    COFFER_TRY(
        m_database.run(setStatusSql, {toCode(status), actor, nowUtc(), transactionId, merchantId}));
    return success();
}

Result<std::optional<Transaction>>
TransactionRepository::byId(qint64 merchantId, qint64 transactionId, bool lock) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT %1 FROM ledger_transaction t WHERE t.id = ? AND t.merchant_id = ?%2")
            .arg(transactionColumns, lock ? m_database.forUpdate() : QString()),
        {transactionId, merchantId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Transaction>();
    return std::optional<Transaction>(transactionFromRow(*query));
}

Result<QList<qint64>> TransactionRepository::idsInForce(qint64 merchantId,
                                                        const QString &referenceType,
                                                        const QString &referenceId) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT t.id FROM ledger_transaction t WHERE t.merchant_id = ? AND "
                       "t.reference_type = ? AND (t.reference_id = ? OR t.reference_id LIKE ?) "
                       "AND t.reverses_id IS NULL AND "
                       "NOT EXISTS (SELECT 1 FROM ledger_transaction r WHERE r.reverses_id = t.id) "
                       "ORDER BY t.id"),
        {merchantId, referenceType, referenceId, referenceId + QStringLiteral("/%")});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Result<std::optional<Transaction>>
TransactionRepository::byReference(qint64 merchantId, TransactionType type,
                                   const QString &referenceType, const QString &referenceId) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT %1 FROM ledger_transaction t WHERE t.merchant_id = ? AND t.type = ? "
                       "AND t.reference_type = ? AND t.reference_id = ? AND t.reverses_id IS NULL")
            .arg(transactionColumns),
        {merchantId, toCode(type), referenceType, referenceId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Transaction>();
    return std::optional<Transaction>(transactionFromRow(*query));
}

Result<QList<Posting>> TransactionRepository::postings(qint64 merchantId,
                                                       qint64 transactionId) const
{
    auto query = m_database.run(selectPostingsSql, {transactionId, merchantId});
    if (!query)
        return query.error();
    QList<Posting> postings;
    while (query->next()) {
        Posting p;
        p.walletId = query->value(0).toLongLong();
        p.categoryId = query->value(1).toLongLong();
        p.clearingAccount = query->value(2).toString();
        p.amount = Money(query->value(4).toLongLong(),
                         Currency::fromStoredCode(query->value(3).toString()));
        postings.append(p);
    }
    return postings;
}

Result<qint64> TransactionRepository::pendingEntries(qint64 merchantId, qint64 walletId) const
{
    auto query = m_database.run(QStringLiteral("SELECT COUNT(*) FROM ledger_transaction "
                                               "WHERE merchant_id = ? AND status = 'PENDING' "
                                               "AND (wallet_id = ? OR to_wallet_id = ?)"),
                                {merchantId, walletId, walletId});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<QList<Transaction>> TransactionRepository::list(qint64 merchantId,
                                                       const TransactionFilter &filter) const
{
    QString sql;
    QVariantList values;
    QStringList conditions;
    if (filter.walletId != 0) {
        // The wallet register index: postings by (wallet, date, transaction).
        sql = QStringLiteral("SELECT %1 FROM posting p JOIN ledger_transaction t ON t.id = "
                             "p.transaction_id")
                  .arg(transactionColumns);
        conditions << QStringLiteral("p.wallet_id = ?") << QStringLiteral("t.merchant_id = ?");
        values << filter.walletId << merchantId;
    } else {
        sql = QStringLiteral("SELECT %1 FROM ledger_transaction t").arg(transactionColumns);
        // Words are matched row by row. Walking the date index newest first then costs a
        // table lookup per entry when few match (SQLite measured 350 ms on a million
        // entries); '+' keeps SQLite off the index, so it scans the table in order and
        // keeps the newest matches (190 ms). See docs/PERFORMANCE.md.
        const bool scan
            = !filter.text.trimmed().isEmpty() && m_database.dialect() == Dialect::SQLite;
        conditions << (scan ? QStringLiteral("+t.merchant_id = ?")
                            : QStringLiteral("t.merchant_id = ?"));
        values << merchantId;
    }
    const QString dateColumn = filter.walletId != 0 ? QStringLiteral("p.transaction_date")
                                                    : QStringLiteral("t.transaction_date");
    if (filter.from.isValid()) {
        conditions << dateColumn + QStringLiteral(" >= ?");
        values << filter.from;
    }
    if (filter.to.isValid()) {
        conditions << dateColumn + QStringLiteral(" <= ?");
        values << filter.to;
    }
    addContentConditions(filter, m_database.dialect(), conditions, values);
    if (filter.beforeId != 0) {
        // A row-value comparison both dialects answer from the (date, id) index.
        const QString idColumn
            = filter.walletId != 0 ? QStringLiteral("p.transaction_id") : QStringLiteral("t.id");
        conditions << QStringLiteral("(%1, %2) < (?, ?)").arg(dateColumn, idColumn);
        values << isoDate(filter.beforeDate) << filter.beforeId;
    }
    sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += filter.walletId != 0
        ? QStringLiteral(" ORDER BY p.transaction_date DESC, p.transaction_id DESC")
        : QStringLiteral(" ORDER BY t.transaction_date DESC, t.id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    auto query = m_database.run(sql, values);
    if (!query)
        return query.error();
    QList<Transaction> transactions;
    while (query->next())
        transactions.append(transactionFromRow(*query));
    return transactions;
}

} // namespace coffer
