#pragma once

#include "storage/database.h"

namespace coffer {

// Applies the numbered, forward-only migrations of the book's dialect (resources
// :/coffer/storage/migrations/<dialect>/NNNN_name.sql), each in its own transaction,
// and records each in schema_migrations.
class Migrator
{
public:
    explicit Migrator(Database &database)
        : m_database(database)
    { }

    // The highest migration this build knows.
    int latestVersion() const;
    // The book's version; 0 for an empty book. Reads only. Error: StorageError.
    Result<int> currentVersion() const;
    // Brings the book up to latestVersion(). Error: SchemaTooNew when the book was
    // written by a newer Coffer, StorageError when a migration fails (that
    // migration is rolled back; earlier ones stay).
    Status migrate();
    // Brings the book up to `version` only: tests build a book as an older Coffer
    // left it, then migrate it the rest of the way.
    Status migrateTo(int version);

private:
    struct Migration
    {
        int version;
        QString path;
    };
    QList<Migration> migrations() const;
    Status apply(const Migration &migration);
    Status applyScript(const Migration &migration, const QString &script, bool checkForeignKeys);

    Database &m_database;
};

} // namespace coffer
