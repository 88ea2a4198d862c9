#pragma once

#include "security/actor.h"
#include "storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

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

// Which records list() returns, newest first.
struct AuditFilter
{
    QString actor; // exact user name, case-insensitive; empty: anyone
    QString action; // an action ("wallet.archive") or its prefix ("wallet."); empty: any
    QDate from; // UTC dates, inclusive; null: open
    QDate to;
    int limit = 200;
    qint64 beforeId = 0; // keyset paging: records older than this one
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
    // Several records in order, taking the head once (a batch of entries).
    Result<QList<AuditRecord>> appendAll(const QList<AuditEntry> &entries);
    // Reads need ReadAudit. The actor's merchant's records and the book-wide ones
    // about its users (enrolling one-time passwords, being locked), newest first.
    Result<QList<AuditRecord>> list(const Actor &actor, const AuditFilter &filter) const;
    // Walks the whole chain. With `expectedHead` (a head hash kept outside the book),
    // a removed tail is found even when the head row was rewritten to match.
    Result<AuditVerification> verify(const Actor &actor,
                                     const std::optional<QString> &expectedHead = {}) const;

    // Without a permission check: for the core and its tests. merchantId 0: every
    // record.
    Result<QList<AuditRecord>> listAll(qint64 merchantId, const AuditFilter &filter) const;
    Result<AuditVerification> verifyChain(const std::optional<QString> &expectedHead = {}) const;

    // The hash of a record's canonical form (fields in a fixed order, separated by
    // a unit separator) and the previous hash.
    static QString hashOf(const AuditRecord &record);
    static const QString genesisHash;

private:
    Database &m_database;
};

// Within a write transaction: the actor is still an active user with the roles it
// claims (a desktop keeps its sign-in while an admin may change the user's roles on
// another). PermissionDenied otherwise, so the change rolls back.
Status confirmActor(const Database &database, const Actor &actor);
// Appends the record of what `actor` did to an object, in the caller's write
// transaction, so the change and its record are written together or not at all.
// Confirms the actor first (confirmActor).
Status recordAudit(Database &database, const Actor &actor, const QString &action,
                   const QString &objectType, const QString &objectId,
                   const QJsonObject &before = {}, const QJsonObject &after = {});
// The entry recordAudit() appends.
AuditEntry auditEntry(const Actor &actor, const QString &action, const QString &objectType,
                      const QString &objectId, const QJsonObject &before = {},
                      const QJsonObject &after = {});

} // namespace coffer
