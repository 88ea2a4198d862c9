#include "storage/migrator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace coffer {

namespace {

const QString createVersionTable
    = QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                     "applied_at TEXT NOT NULL)");
const QString selectVersion
    = QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
const QString insertVersion
    = QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)");
const QString versionTableExistsSqlite = QStringLiteral(
    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
const QString versionTableExistsPostgres
    = QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() "
                     "AND tablename = 'schema_migrations'");
// The first line of a SQLite migration that rebuilds a table (see apply()).
const QString rebuildsTablesMarker = QStringLiteral("-- coffer: rebuilds tables");
// Serialises migrations of desktops that open one PostgreSQL book at once.
const QString lockPostgres = QStringLiteral("SELECT pg_advisory_xact_lock(7426001)");

QString dialectFolder(Dialect dialect)
{
    return dialect == Dialect::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgres");
}

// Statements end with ';' at the end of a line; migration files keep to that.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QStringLiteral("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace

QList<Migrator::Migration> Migrator::migrations() const
{
    const QString folder
        = QStringLiteral(":/coffer/storage/migrations/") + dialectFolder(m_database.dialect());
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QList<Migration> found;
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        Q_ASSERT_X(match.hasMatch(), "Migrator", "migration files are named NNNN_name.sql");
        if (match.hasMatch())
            found.append({match.captured(1).toInt(), folder + QLatin1Char('/') + file});
    }
    for (qsizetype i = 0; i < found.size(); ++i)
        Q_ASSERT_X(found.at(i).version == i + 1, "Migrator", "migrations are numbered 1, 2, 3 ...");
    return found;
}

int Migrator::latestVersion() const
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> Migrator::currentVersion() const
{
    auto exists
        = m_database.run(m_database.dialect() == Dialect::SQLite ? versionTableExistsSqlite
                                                                 : versionTableExistsPostgres);
    if (!exists)
        return exists.error();
    if (!exists->next() || exists->value(0).toInt() == 0)
        return 0;
    exists->finish();
    auto query = m_database.run(selectVersion);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Status Migrator::migrate()
{
    return migrateTo(latestVersion());
}

Status Migrator::migrateTo(int version)
{
    auto current = currentVersion();
    if (!current)
        return current.error();
    const int latest = latestVersion();
    if (*current > latest)
        return makeError(ErrorCode::SchemaTooNew,
                         QStringLiteral("the book %1 has schema version %2, but this Coffer knows "
                                        "only up to version %3; install a newer Coffer to open it")
                             .arg(m_database.location().displayName())
                             .arg(*current)
                             .arg(latest));
    for (const Migration &migration : migrations()) {
        if (migration.version > *current && migration.version <= version)
            COFFER_TRY(apply(migration));
    }
    return success();
}

Status Migrator::apply(const Migration &migration)
{
    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageError,
                         QStringLiteral("cannot read migration %1").arg(migration.path));
    const QString script = QString::fromUtf8(file.readAll());
    // SQLite changes a table's CHECK only by rebuilding the table; its documented
    // procedure turns foreign keys off around the transaction and checks them all
    // before the commit (https://sqlite.org/lang_altertable.html, "other changes").
    if (m_database.dialect() == Dialect::SQLite && script.startsWith(rebuildsTablesMarker)) {
        COFFER_TRY(m_database.execute(QStringLiteral("PRAGMA foreign_keys=OFF")));
        const Status applied = applyScript(migration, script, true);
        const Status restored = m_database.execute(QStringLiteral("PRAGMA foreign_keys=ON"));
        return applied ? restored : applied;
    }
    return applyScript(migration, script, false);
}

Status Migrator::applyScript(const Migration &migration, const QString &script,
                             bool checkForeignKeys)
{
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    if (m_database.dialect() == Dialect::PostgreSQL)
        COFFER_TRY(m_database.execute(lockPostgres));
    COFFER_TRY(m_database.execute(createVersionTable));
    // Another desktop may have applied it while this one waited for the lock.
    auto query = m_database.run(selectVersion);
    if (!query)
        return query.error();
    if (query->next() && query->value(0).toInt() >= migration.version)
        return transaction.commit();
    query->finish();
    for (const QString &statement : splitStatements(script))
        COFFER_TRY(m_database.execute(statement));
    if (checkForeignKeys) {
        auto violations = m_database.run(QStringLiteral("PRAGMA foreign_key_check"));
        if (!violations)
            return violations.error();
        if (violations->next())
            return makeError(ErrorCode::StorageError,
                             QStringLiteral("migration %1 would break a reference: table %2, "
                                            "row %3 names a missing %4")
                                 .arg(migration.version)
                                 .arg(violations->value(0).toString())
                                 .arg(violations->value(1).toLongLong())
                                 .arg(violations->value(2).toString()));
    }
    COFFER_TRY(m_database.run(
        insertVersion,
        {migration.version, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}));
    return transaction.commit();
}

} // namespace coffer
