#include "storage/bulkinsert.h"

#include <QSqlDriver>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace coffer {

namespace {

constexpr int postgresParametersPerStatement = 2000;
constexpr qsizetype copyBufferBytes = 1 << 20;

QString rowPlaceholders(qsizetype columns, qsizetype rows)
{
    const QString row
        = QStringLiteral("(?") + QStringLiteral(", ?").repeated(columns - 1) + QLatin1Char(')');
    return QStringList(rows, row).join(QStringLiteral(", "));
}

// The native handle behind Qt's connection, when the driver is the expected one.
// QSQLite names it "sqlite3*"; QPSQL "pg_conn*" in Qt 6.4 ("PGconn*" in its docs).
template<typename Handle>
Handle *nativeHandle(const Database &database, std::initializer_list<const char *> typeNames)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid())
        return nullptr;
    for (const char *typeName : typeNames) {
        if (qstrcmp(handle.typeName(), typeName) == 0)
            return *static_cast<Handle *const *>(handle.data());
    }
    return nullptr;
}

PGconn *postgresHandle(const Database &database)
{
    return nativeHandle<PGconn>(database, {"pg_conn*", "PGconn*"});
}

// COPY's text format: backslash escapes for the characters it uses as syntax.
void appendCopyText(QByteArray &buffer, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '\\': buffer.append("\\\\"); break;
        case '\t': buffer.append("\\t"); break;
        case '\n': buffer.append("\\n"); break;
        case '\r': buffer.append("\\r"); break;
        default: buffer.append(c);
        }
    }
}

} // namespace

BulkInsert::BulkInsert(const Database &database, QString table, QStringList columns,
                       QString onConflict)
    : m_database(database)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_onConflict(std::move(onConflict))
    , m_mode(database.dialect() == Dialect::SQLite ? Mode::SqliteStatement
                 : m_onConflict.isEmpty()          ? Mode::PostgresCopy
                                                   : Mode::PostgresInsert)
{
    Q_ASSERT(!m_columns.isEmpty());
}

BulkInsert::~BulkInsert()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    if (m_copyStarted) { // abandoned mid-way: end the COPY so the connection stays usable
        if (PGconn *connection = postgresHandle(m_database)) {
            PQputCopyEnd(connection, "abandoned");
            while (PGresult *result = PQgetResult(connection))
                PQclear(result);
        }
    }
}

QString BulkInsert::insertHead() const
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES ")
        .arg(m_table, m_columns.join(QStringLiteral(", ")));
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
    sqlite3 *connection = nativeHandle<sqlite3>(m_database, {"sqlite3*"});
    if (!connection)
        return makeError(
            ErrorCode::StorageError,
            QStringLiteral("bulk insert: the SQLite driver gave no connection handle"));
    const QByteArray sql
        = (insertHead() + rowPlaceholders(m_columns.size(), 1) + m_onConflict).toUtf8();
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &m_statement, nullptr)
        != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
        m_statement = nullptr;
        return makeError(
            ErrorCode::StorageError,
            QStringLiteral("preparing an insert into %1 failed: %2").arg(m_table, message));
    }
    return success();
}

bool BulkInsert::prepareSqliteOnce()
{
    if (!m_deferredError)
        return false; // already failed for this row: keep the first error
    m_deferredError = prepareSqlite();
    return m_deferredError.ok();
}

void BulkInsert::separateField()
{
    if (m_column > 0)
        m_copyBuffer.append('\t');
}

void BulkInsert::add(qint64 value)
{
    switch (m_mode) {
    case Mode::SqliteStatement:
        if (m_statement || prepareSqliteOnce())
            sqlite3_bind_int64(m_statement, m_column + 1, value);
        break;
    case Mode::PostgresCopy:
        separateField();
        m_copyBuffer.append(QByteArray::number(value));
        break;
    case Mode::PostgresInsert: m_values.append(value); break;
    }
    ++m_column;
}

void BulkInsert::add(const QString &value)
{
    if (value.isEmpty()) {
        addNull();
        return;
    }
    switch (m_mode) {
    case Mode::SqliteStatement:
        if (m_statement || prepareSqliteOnce())
            sqlite3_bind_text16(m_statement, m_column + 1, value.utf16(),
                                int(value.size() * qsizetype(sizeof(char16_t))), SQLITE_TRANSIENT);
        break;
    case Mode::PostgresCopy:
        separateField();
        appendCopyText(m_copyBuffer, value);
        break;
    case Mode::PostgresInsert: m_values.append(value); break;
    }
    ++m_column;
}

void BulkInsert::addNull()
{
    switch (m_mode) {
    case Mode::SqliteStatement:
        if (m_statement || prepareSqliteOnce())
            sqlite3_bind_null(m_statement, m_column + 1);
        break;
    case Mode::PostgresCopy:
        separateField();
        m_copyBuffer.append("\\N");
        break;
    case Mode::PostgresInsert: m_values.append(QVariant(QMetaType::fromType<QString>())); break;
    }
    ++m_column;
}

Status BulkInsert::endRow()
{
    Q_ASSERT_X(m_column == m_columns.size(), "BulkInsert", "a row must give every column");
    m_column = 0;
    COFFER_TRY(m_deferredError);
    switch (m_mode) {
    case Mode::SqliteStatement: {
        const int stepped = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (stepped != SQLITE_DONE)
            return sqliteError(QStringLiteral("inserting into %1").arg(m_table));
        return success();
    }
    case Mode::PostgresCopy:
        m_copyBuffer.append('\n');
        return m_copyBuffer.size() >= copyBufferBytes ? sendCopyBuffer() : success();
    case Mode::PostgresInsert:
        ++m_rows;
        return m_rows * m_columns.size() >= postgresParametersPerStatement ? flushInsertRows()
                                                                           : success();
    }
    return success();
}

Status BulkInsert::sendCopyBuffer()
{
    if (m_copyBuffer.isEmpty())
        return success();
    PGconn *connection = postgresHandle(m_database);
    if (!connection)
        return makeError(
            ErrorCode::StorageError,
            QStringLiteral("bulk insert: the PostgreSQL driver gave no connection handle"));
    if (!m_copyStarted) {
        const QByteArray copy = QStringLiteral("COPY %1 (%2) FROM STDIN")
                                    .arg(m_table, m_columns.join(QStringLiteral(", ")))
                                    .toUtf8();
        PGresult *result = PQexec(connection, copy.constData());
        const bool started = PQresultStatus(result) == PGRES_COPY_IN;
        PQclear(result);
        if (!started)
            return makeError(
                ErrorCode::StorageError,
                QStringLiteral("starting COPY into %1 failed: %2")
                    .arg(m_table, QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
        m_copyStarted = true;
    }
    if (PQputCopyData(connection, m_copyBuffer.constData(), int(m_copyBuffer.size())) != 1)
        return makeError(
            ErrorCode::StorageError,
            QStringLiteral("COPY into %1 failed: %2")
                .arg(m_table, QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
    m_copyBuffer.clear();
    return success();
}

Status BulkInsert::flushInsertRows()
{
    if (m_rows == 0)
        return success();
    const QString sql = insertHead() + rowPlaceholders(m_columns.size(), m_rows) + m_onConflict;
    const bool full = m_rows * m_columns.size() >= postgresParametersPerStatement;
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
    if (m_mode == Mode::PostgresInsert)
        return flushInsertRows();
    if (m_mode != Mode::PostgresCopy)
        return success();
    COFFER_TRY(sendCopyBuffer());
    if (!m_copyStarted)
        return success();
    PGconn *connection = postgresHandle(m_database);
    m_copyStarted = false;
    QString failure;
    if (PQputCopyEnd(connection, nullptr) != 1)
        failure = QString::fromUtf8(PQerrorMessage(connection));
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && failure.isEmpty())
            failure = QString::fromUtf8(PQresultErrorMessage(result));
        PQclear(result);
    }
    if (!failure.isEmpty())
        return makeError(ErrorCode::StorageError,
                         QStringLiteral("COPY into %1 failed: %2").arg(m_table, failure.trimmed()));
    return success();
}

} // namespace coffer
