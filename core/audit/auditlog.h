#pragma once

#include "storage/database.h"

#include <QDateTime>

#include <optional>

namespace coffer {

// What a change records: who, for which merchant (0: the whole book), what was done
// to which object, and the object before and after (JSON text, empty when none).
struct AuditEntry
{
    QString actor;
    qint64 merchantId = 0;
    QString action; // "wallet.archive", "transaction.record", ...
    QString objectType;
    QString objectId;
    QString before;
    QString after;
};

struct AuditRecord
{
    qint64 id = 0;
    QDateTime recordedAt; // UTC
    AuditEntry entry;
    QString previousHash;
    QString hash;
};

// What verify() found: the chain is sound, or the first record that breaks it.
struct AuditVerification
{
    qint64 records = 0;
    qint64 firstBrokenId = 0; // 0: sound
    QString problem; // what is wrong at firstBrokenId (or with the head)
    QString headHash; // the newest record's hash, to keep outside the book
    bool sound() const { return problem.isEmpty(); }
};

// The tamper-evident audit trail: records hash-chained with SHA-256 over a
// canonical form of each record and the previous hash. Appends take the head row
// first (a row lock on PostgreSQL, the write lock on SQLite), so desktops sharing a
// book append one at a time and the chain never forks.
class AuditLog
{
public:
    explicit AuditLog(Database &database)
        : m_database(database)
    { }

    // Appends within the caller's write transaction (or its own). Errors:
    // StorageError.
    Result<AuditRecord> append(const AuditEntry &entry);
    // Newest first, `limit` at most, older than `beforeId` when it is not 0; of one
    // merchant, or every record when merchantId is 0.
    Result<QList<AuditRecord>> list(qint64 merchantId, int limit, qint64 beforeId = 0) const;
    // Walks the whole chain. With `expectedHead` (a head hash kept outside the book),
    // a removed tail is found even when the head row was rewritten to match.
    Result<AuditVerification> verify(const std::optional<QString> &expectedHead = {}) const;

    // The hash of a record's canonical form (fields in a fixed order, separated by
    // a unit separator) and the previous hash.
    static QString hashOf(const AuditRecord &record);
    static const QString genesisHash;

private:
    Database &m_database;
};

} // namespace coffer
