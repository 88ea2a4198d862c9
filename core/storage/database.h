#pragma once

#include "common/result.h"
#include "storage/booklocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace coffer {

// One open connection to a book. SQLite runs in WAL mode with synchronous=FULL,
// foreign keys on and a busy timeout; writes begin with BEGIN IMMEDIATE so that
// two writers never deadlock on a lock upgrade. PostgreSQL writes lock the rows
// they read (SELECT ... FOR UPDATE, see forUpdate()).
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and for SQLite, creates) the book; does not migrate.
    // Errors: ConnectionFailed.
    static Result<std::unique_ptr<Database>> open(const BookLocation &location);

    Dialect dialect() const { return m_location.dialect; }
    const BookLocation &location() const { return m_location; }
    QSqlDatabase connection() const;

    // Prepares `sql`, binds `values` in order, executes. Error: StorageError.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;
    // Prepares `sql` once for repeated execute() calls. Error: StorageError.
    Result<QSqlQuery> prepare(const QString &sql) const;
    // Binds `values` in order to a prepared query and executes it. Error: StorageError.
    Status execute(QSqlQuery &query, const QVariantList &values) const;

    // Runs an INSERT into a table with an `id` key and returns the new id
    // (RETURNING id on PostgreSQL, the rowid on SQLite). Error: StorageError.
    Result<qint64> insert(const QString &sql, const QVariantList &values) const;
    // Executes a statement without results or parameters. Error: StorageError.
    Status execute(const QString &sql) const;

    // " FOR UPDATE" on PostgreSQL, "" on SQLite (whose BEGIN IMMEDIATE already
    // serialises writers).
    QString forUpdate() const;

    // Refreshes the query planner's statistics after a bulk load, so that the first
    // queries on a freshly loaded PostgreSQL book use their indexes (and, outside a
    // transaction, vacuums it so that index-only scans need no table visits).
    Status refreshStatistics();

    // Write transactions nest: an inner begin joins the outer transaction, an inner
    // commit only closes its level, and an inner rollback marks the whole
    // transaction for rollback, so the outermost commit fails and writes nothing.
    Status beginWrite();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // Serialises writers of one scope (e.g. a merchant's names) on PostgreSQL with a
    // transaction-scoped advisory lock; SQLite's BEGIN IMMEDIATE already does.
    Status lockScope(qint64 scope);
    // Text ordered the same way on both back ends (by code point, not by locale).
    QString orderedText(const QString &column) const;

private:
    explicit Database(BookLocation location, QString connectionName);
    Status configure();

    BookLocation m_location;
    QString m_connectionName;
    int m_depth = 0;
    bool m_rollbackOnly = false;
};

// Rolls back unless commit() succeeded. Services own one around every change;
// repositories never commit.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &database)
        : m_database(database)
    { }
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin();
    Status commit();

private:
    Database &m_database;
    bool m_active = false;
};

Error storageError(const QSqlQuery &query, const QString &what);

} // namespace coffer
