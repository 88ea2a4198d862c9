#include "storage/database.h"

#include "storage/textfolding.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace coffer {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("coffer-%1").arg(++counter);
}

constexpr int busyTimeoutMs = 10000;

} // namespace

Error storageError(const QSqlQuery &query, const QString &what)
{
    return makeError(ErrorCode::StorageError,
                     QStringLiteral("%1 failed: %2").arg(what, query.lastError().text()));
}

Database::Database(BookLocation location, QString connectionName)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    while (m_depth > 0)
        rollback();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const BookLocation &location)
{
    const QString name = nextConnectionName();
    const bool sqlite = location.dialect == Dialect::SQLite;
    QSqlDatabase db = QSqlDatabase::addDatabase(
        sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    std::unique_ptr<Database> database(new Database(location, name));
    if (!db.isValid())
        return makeError(
            ErrorCode::ConnectionFailed,
            QStringLiteral("the Qt SQL driver for %1 is not installed")
                .arg(sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")));
    if (sqlite) {
        const QFileInfo file(location.path);
        if (!QDir().mkpath(file.absolutePath()))
            return makeError(
                ErrorCode::ConnectionFailed,
                QStringLiteral("cannot create the folder %1").arg(file.absolutePath()));
        db.setDatabaseName(location.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    } else {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=coffer"));
    }
    if (!db.open())
        return makeError(ErrorCode::ConnectionFailed,
                         QStringLiteral("cannot open the book %1: %2")
                             .arg(location.displayName(), db.lastError().text().trimmed()));
    COFFER_TRY(database->configure());
    return database;
}

Status Database::configure()
{
    if (dialect() == Dialect::SQLite) {
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                   "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000",
                                   "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY"}) {
            COFFER_TRY(execute(QString::fromLatin1(pragma)));
        }
        return registerTextFolding(*this);
    }
    COFFER_TRY(execute(QStringLiteral("SET client_min_messages TO WARNING")));
    COFFER_TRY(execute(QStringLiteral("SET TIME ZONE 'UTC'")));
    return success();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values) const
{
    auto query = prepare(sql);
    if (!query)
        return query.error();
    COFFER_TRY(execute(*query, values));
    return query;
}

Result<QSqlQuery> Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return storageError(query, QStringLiteral("preparing \"%1\"").arg(sql.left(80)));
    return query;
}

Status Database::execute(QSqlQuery &query, const QVariantList &values) const
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return storageError(query,
                            QStringLiteral("running \"%1\"").arg(query.lastQuery().left(80)));
    return success();
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &values) const
{
    const bool postgres = dialect() == Dialect::PostgreSQL;
    auto query = run(postgres ? sql + QStringLiteral(" RETURNING id") : sql, values);
    if (!query)
        return query.error();
    if (postgres)
        return query->next() ? query->value(0).toLongLong() : qint64(0);
    return query->lastInsertId().toLongLong();
}

Status Database::execute(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return storageError(query, QStringLiteral("running \"%1\"").arg(sql.left(80)));
    return success();
}

QString Database::forUpdate() const
{
    return dialect() == Dialect::PostgreSQL ? QStringLiteral(" FOR UPDATE") : QString();
}

Status Database::refreshStatistics()
{
    // VACUUM also marks the new pages all-visible, so that counting a register is an
    // index-only scan at once rather than after autovacuum comes by. Outside any
    // transaction only.
    if (dialect() == Dialect::PostgreSQL)
        return execute(m_depth == 0 ? QStringLiteral("VACUUM (ANALYZE)")
                                    : QStringLiteral("ANALYZE"));
    return execute(QStringLiteral("PRAGMA optimize"));
}

Status Database::beginWrite()
{
    if (m_depth > 0) {
        ++m_depth;
        return success();
    }
    COFFER_TRY(execute(dialect() == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                    : QStringLiteral("BEGIN")));
    m_depth = 1;
    m_rollbackOnly = false;
    return success();
}

Status Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth > 1) {
        --m_depth;
        return success();
    }
    if (m_rollbackOnly) {
        rollback();
        return makeError(ErrorCode::StorageError,
                         QStringLiteral("the transaction was rolled back by an inner failure"));
    }
    auto committed = execute(QStringLiteral("COMMIT"));
    if (!committed) {
        rollback();
        return committed.error();
    }
    m_depth = 0;
    return success();
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    if (m_depth > 1) {
        --m_depth;
        m_rollbackOnly = true;
        return;
    }
    QSqlQuery query(connection());
    query.exec(QStringLiteral("ROLLBACK"));
    m_depth = 0;
    m_rollbackOnly = false;
}

Status Database::lockScope(qint64 scope)
{
    if (dialect() != Dialect::PostgreSQL)
        return success();
    Q_ASSERT(inTransaction());
    COFFER_TRY(run(QStringLiteral("SELECT pg_advisory_xact_lock(7426002, ?)"), {int(scope)}));
    return success();
}

QString Database::orderedText(const QString &column) const
{
    return dialect() == Dialect::PostgreSQL ? column + QStringLiteral(" COLLATE \"C\"") : column;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        m_database.rollback();
}

Status WriteTransaction::begin()
{
    COFFER_TRY(m_database.beginWrite());
    m_active = true;
    return success();
}

Status WriteTransaction::commit()
{
    Q_ASSERT(m_active);
    m_active = false;
    return m_database.commit();
}

} // namespace coffer
