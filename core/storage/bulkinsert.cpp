#include "storage/bulkinsert.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace coffer {

namespace {

constexpr int postgresParametersPerStatement = 2000;

QString rowPlaceholders(int columns, qsizetype rows)
{
    const QString row
        = QStringLiteral("(?") + QStringLiteral(", ?").repeated(columns - 1) + QLatin1Char(')');
    return QStringList(rows, row).join(QStringLiteral(", "));
}

} // namespace

BulkInsert::BulkInsert(const Database &database, QString head, int columns, QString tail)
    : m_database(database)
    , m_head(std::move(head))
    , m_tail(std::move(tail))
    , m_columns(columns)
{
    Q_ASSERT(columns > 0);
}

BulkInsert::~BulkInsert()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Status BulkInsert::sqliteError(const QString &what) const
{
    sqlite3 *handle = m_statement ? sqlite3_db_handle(m_statement) : nullptr;
    return makeError(ErrorCode::StorageError,
                     QStringLiteral("%1 failed: %2")
                         .arg(what,
                              handle ? QString::fromUtf8(sqlite3_errmsg(handle))
                                     : QStringLiteral("no SQLite connection")));
}

Status BulkInsert::prepareSqlite()
{
    const QVariant handle = m_database.connection().driver()->handle();
    sqlite3 *connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.data())
        : nullptr;
    if (!connection)
        return makeError(
            ErrorCode::StorageError,
            QStringLiteral("bulk insert: the SQLite driver gave no connection handle"));
    const QByteArray sql = (m_head + rowPlaceholders(m_columns, 1) + m_tail).toUtf8();
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &m_statement, nullptr)
        != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
        m_statement = nullptr;
        return makeError(
            ErrorCode::StorageError,
            QStringLiteral("preparing \"%1\" failed: %2").arg(m_head.left(60), message));
    }
    return success();
}

void BulkInsert::add(qint64 value)
{
    if (m_database.dialect() == Dialect::PostgreSQL) {
        m_values.append(value);
    } else if (m_statement || prepareSqlite()) {
        sqlite3_bind_int64(m_statement, m_column + 1, value);
    }
    ++m_column;
}

void BulkInsert::add(const QString &value)
{
    if (value.isEmpty()) {
        addNull();
        return;
    }
    if (m_database.dialect() == Dialect::PostgreSQL) {
        m_values.append(value);
    } else if (m_statement || prepareSqlite()) {
        sqlite3_bind_text16(m_statement, m_column + 1, value.utf16(),
                            int(value.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    }
    ++m_column;
}

void BulkInsert::addNull()
{
    if (m_database.dialect() == Dialect::PostgreSQL) {
        m_values.append(QVariant(QMetaType::fromType<QString>()));
    } else if (m_statement || prepareSqlite()) {
        sqlite3_bind_null(m_statement, m_column + 1);
    }
    ++m_column;
}

Status BulkInsert::endRow()
{
    Q_ASSERT_X(m_column == m_columns, "BulkInsert", "a row must give every column");
    m_column = 0;
    if (m_database.dialect() == Dialect::PostgreSQL) {
        ++m_rows;
        if (m_rows * m_columns >= postgresParametersPerStatement)
            return flushRows();
        return success();
    }
    if (!m_statement)
        COFFER_TRY(prepareSqlite());
    const int stepped = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (stepped != SQLITE_DONE)
        return sqliteError(QStringLiteral("inserting into \"%1\"").arg(m_head.left(60)));
    return success();
}

Status BulkInsert::flushRows()
{
    if (m_rows == 0)
        return success();
    const QString sql = m_head + rowPlaceholders(m_columns, m_rows) + m_tail;
    const bool full = m_rows * m_columns >= postgresParametersPerStatement;
    if (full && !m_fullChunk) {
        auto prepared = m_database.prepare(sql);
        if (!prepared)
            return prepared.error();
        m_fullChunk = std::move(*prepared);
    }
    Status done = success();
    if (full) {
        done = m_database.execute(*m_fullChunk, m_values);
    } else if (auto ran = m_database.run(sql, m_values); !ran) {
        done = ran.error();
    }
    m_values.clear();
    m_rows = 0;
    return done;
}

Status BulkInsert::finish()
{
    Q_ASSERT_X(m_column == 0, "BulkInsert", "finish() after a complete row");
    if (m_database.dialect() == Dialect::PostgreSQL)
        return flushRows();
    return success();
}

} // namespace coffer
