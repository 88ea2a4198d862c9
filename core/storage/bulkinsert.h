#pragma once

#include "storage/database.h"

#include <QString>

struct sqlite3_stmt;

namespace coffer {

// Inserts many rows of one shape, fast, inside the caller's write transaction.
// Values are added in column order, then endRow(); finish() writes what is left.
//
// On SQLite it steps one reused statement through the C API on the same
// connection: QSqlQuery formats a placeholder name for every bound value, which
// measured at 45% of a bulk load. On PostgreSQL it sends multi-row INSERTs, which
// save round trips.
class BulkInsert
{
public:
    // `head`: "INSERT INTO t (a, b) VALUES "; `tail`: e.g. an ON CONFLICT clause.
    BulkInsert(const Database &database, QString head, int columns, QString tail = {});
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    void add(qint64 value);
    void add(const QString &value); // an empty string is stored as NULL
    void addNull();
    void addId(qint64 id) { id == 0 ? addNull() : add(id); }
    Status endRow();
    Status finish();

private:
    Status prepareSqlite();
    Status flushRows();
    Status sqliteError(const QString &what) const;

    const Database &m_database;
    QString m_head;
    QString m_tail;
    int m_columns;
    int m_column = 0;
    // SQLite
    sqlite3_stmt *m_statement = nullptr;
    // PostgreSQL
    QVariantList m_values;
    qsizetype m_rows = 0;
    std::optional<QSqlQuery> m_fullChunk;
};

} // namespace coffer
