#pragma once

#include "ledger/postingplan.h"
#include "storage/database.h"

#include <QHash>

#include <optional>

namespace coffer {

struct TransactionFilter
{
    qint64 walletId = 0; // 0: every wallet
    QDate from; // inclusive; null: open
    QDate to; // inclusive; null: open
    QList<qint64> categoryIds; // empty: any category (transfers included)
    std::optional<TransactionType> type;
    std::optional<TransactionStatus> status;
    // Case-insensitive words that must all appear in the note or the reference.
    QString text;
    int limit = 100; // newest first; 0: no limit
    // Keyset paging: only entries older than (beforeDate, beforeId) in the newest-first
    // order; beforeId 0: from the newest.
    QDate beforeDate;
    qint64 beforeId = 0;
};

// Key of the maintained monthly aggregate.
struct PeriodKey
{
    qint64 walletId;
    qint64 categoryId; // 0: transfers
    int month; // yyyymm
    friend bool operator==(const PeriodKey &a, const PeriodKey &b)
    {
        return a.walletId == b.walletId && a.categoryId == b.categoryId && a.month == b.month;
    }
};
inline size_t qHash(const PeriodKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.walletId, key.categoryId, key.month);
}
struct PeriodDelta
{
    qint64 amountMinor = 0;
    qint64 entries = 0;
};

// SQL for transactions, their postings and the period aggregates. Writes in
// multi-row statements so that one command and a million-row import share one path.
class TransactionRepository
{
public:
    explicit TransactionRepository(const Database &database)
        : m_database(database)
    { }

    // Inserts the transactions and their postings; fills in record.id.
    Status insert(QList<PlannedTransaction> &planned, const QString &actor);
    Status addToPeriodTotals(const QHash<PeriodKey, PeriodDelta> &deltas);
    Status setStatus(qint64 merchantId, qint64 transactionId, TransactionStatus status,
                     const QString &actor);

    Result<std::optional<Transaction>> byId(qint64 merchantId, qint64 transactionId,
                                            bool lock = false) const;
    Result<std::optional<Transaction>> byReference(qint64 merchantId, TransactionType type,
                                                   const QString &referenceType,
                                                   const QString &referenceId) const;
    // The entries under a reference (and its parts, "ID/part") that are in force:
    // neither reversals nor reversed.
    Result<QList<qint64>> idsInForce(qint64 merchantId, const QString &referenceType,
                                     const QString &referenceId) const;
    Result<QList<Posting>> postings(qint64 merchantId, qint64 transactionId) const;
    // How many pending entries move money in or out of the wallet.
    Result<qint64> pendingEntries(qint64 merchantId, qint64 walletId) const;
    Result<QList<Transaction>> list(qint64 merchantId, const TransactionFilter &filter) const;

private:
    Result<QList<qint64>> reserveIds(qsizetype count);
    Status insertTransactionRows(const QList<PlannedTransaction> &planned, const QString &actor);
    Status insertPostingRows(const QList<PlannedTransaction> &planned);

    const Database &m_database;
};

// The column list every transaction query selects, and its row reader.
extern const QString transactionColumns;
Transaction transactionFromRow(const QSqlQuery &query, int firstColumn = 0);

} // namespace coffer
