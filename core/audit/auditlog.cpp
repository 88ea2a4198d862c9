#include "audit/auditlog.h"

#include "audit/recordjson.h"

#include <QCryptographicHash>

namespace coffer {

namespace {

const QString recordColumns
    = QStringLiteral("id, recorded_at, merchant_id, actor, action, object_type, object_id, "
                     "before_json, after_json, previous_hash, record_hash");

AuditRecord recordFromRow(const QSqlQuery &q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.recordedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    r.recordedAt.setTimeSpec(Qt::UTC);
    r.entry.merchantId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    r.entry.actor = q.value(3).toString();
    r.entry.action = q.value(4).toString();
    r.entry.objectType = q.value(5).toString();
    r.entry.objectId = q.value(6).toString();
    r.entry.before = q.value(7).toString();
    r.entry.after = q.value(8).toString();
    r.previousHash = q.value(9).toString();
    r.hash = q.value(10).toString();
    return r;
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

} // namespace

const QString AuditLog::genesisHash = QString(64, u'0');

QString AuditLog::hashOf(const AuditRecord &record)
{
    // The unit separator cannot appear in the fields: Coffer's text rules refuse
    // control characters in names, notes and references.
    const QChar separator(0x1f);
    const QStringList fields {QString::number(record.id),
                              record.recordedAt.toUTC().toString(Qt::ISODateWithMs),
                              QString::number(record.entry.merchantId),
                              record.entry.actor,
                              record.entry.action,
                              record.entry.objectType,
                              record.entry.objectId,
                              record.entry.before,
                              record.entry.after,
                              record.previousHash};
    return QString::fromLatin1(
        QCryptographicHash::hash(fields.join(separator).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

Result<AuditRecord> AuditLog::append(const AuditEntry &entry)
{
    auto appended = appendAll({entry});
    if (!appended)
        return appended.error();
    return appended->first();
}

Result<QList<AuditRecord>> AuditLog::appendAll(const QList<AuditEntry> &entries)
{
    Q_ASSERT(!entries.isEmpty());
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    // The head row first: on PostgreSQL its lock makes appends wait for each other.
    auto head
        = m_database.run(QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1")
                         + m_database.forUpdate());
    if (!head)
        return head.error();
    if (!head->next())
        return makeError(ErrorCode::StorageError, QStringLiteral("audit: the head row is missing"));
    qint64 lastId = head->value(0).toLongLong();
    QString lastHash = head->value(1).toString();
    head->finish();
    auto insert = m_database.prepare(
        QStringLiteral("INSERT INTO audit_record (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(recordColumns));
    if (!insert)
        return insert.error();
    // QDateTime keeps milliseconds, as the stored text does: the hash can be redone.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<AuditRecord> records;
    records.reserve(entries.size());
    for (const AuditEntry &entry : entries) {
        AuditRecord record;
        record.id = ++lastId;
        record.previousHash = lastHash;
        record.recordedAt = now;
        record.entry = entry;
        record.hash = hashOf(record);
        lastHash = record.hash;
        COFFER_TRY(m_database.execute(*insert,
                                      {record.id, record.recordedAt.toString(Qt::ISODateWithMs),
                                       nullableId(entry.merchantId), entry.actor, entry.action,
                                       entry.objectType, entry.objectId, entry.before, entry.after,
                                       record.previousHash, record.hash}));
        records.append(record);
    }
    COFFER_TRY(m_database.run(
        QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1"),
        {lastId, lastHash}));
    COFFER_TRY(transaction.commit());
    return records;
}

Result<QList<AuditRecord>> AuditLog::list(const Actor &actor, const AuditFilter &filter) const
{
    COFFER_TRY(actor.require(Permission::ReadAudit));
    return listAll(actor.merchantId, filter);
}

Result<AuditVerification> AuditLog::verify(const Actor &actor,
                                           const std::optional<QString> &expectedHead) const
{
    COFFER_TRY(actor.require(Permission::ReadAudit));
    return verifyChain(expectedHead);
}

Result<QList<AuditRecord>> AuditLog::listAll(qint64 merchantId, const AuditFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (merchantId != 0) {
        // The merchant's records, and the book-wide ones about its own users.
        conditions << QStringLiteral(
            "(merchant_id = ? OR (merchant_id IS NULL AND object_type = 'user' AND object_id IN "
            "(SELECT CAST(user_id AS TEXT) FROM user_role WHERE merchant_id = ?)))");
        values << merchantId << merchantId;
    }
    if (filter.beforeId != 0) {
        conditions << QStringLiteral("id < ?");
        values << filter.beforeId;
    }
    if (!filter.actor.trimmed().isEmpty()) {
        conditions << QStringLiteral("LOWER(actor) = LOWER(?)");
        values << filter.actor.trimmed();
    }
    if (!filter.action.trimmed().isEmpty()) {
        conditions << QStringLiteral("(action = ? OR SUBSTR(action, 1, ?) = ?)");
        const QString action = filter.action.trimmed();
        values << action << action.size() << action;
    }
    // recorded_at is ISO text in UTC: it sorts and compares as it reads.
    if (filter.from.isValid()) {
        conditions << QStringLiteral("recorded_at >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("recorded_at < ?");
        values << filter.to.addDays(1).toString(Qt::ISODate);
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit_record").arg(recordColumns);
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(qMax(1, filter.limit));
    auto query = m_database.run(sql, values);
    if (!query)
        return query.error();
    QList<AuditRecord> records;
    while (query->next())
        records.append(recordFromRow(*query));
    return records;
}

Result<AuditVerification> AuditLog::verifyChain(const std::optional<QString> &expectedHead) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT %1 FROM audit_record ORDER BY id").arg(recordColumns));
    if (!query)
        return query.error();
    AuditVerification result;
    QString previous = genesisHash;
    qint64 expectedId = 1;
    auto broken = [&result](qint64 id, const QString &problem) {
        result.firstBrokenId = id;
        result.problem = problem;
    };
    while (query->next()) {
        const AuditRecord record = recordFromRow(*query);
        ++result.records;
        if (record.id != expectedId) {
            const QString missing = record.id - 1 == expectedId
                ? QStringLiteral("record %1 is missing").arg(expectedId)
                : QStringLiteral("records %1 to %2 are missing").arg(expectedId).arg(record.id - 1);
            broken(record.id,
                   QStringLiteral("record %1 follows record %2: %3")
                       .arg(record.id)
                       .arg(expectedId - 1)
                       .arg(missing));
            return result;
        }
        if (record.previousHash != previous) {
            broken(record.id,
                   QStringLiteral("record %1 does not continue the chain (its "
                                  "previous hash is not record %2's hash)")
                       .arg(record.id)
                       .arg(record.id - 1));
            return result;
        }
        if (hashOf(record) != record.hash) {
            broken(record.id,
                   QStringLiteral("record %1 was changed after it was written (its "
                                  "hash does not match its fields)")
                       .arg(record.id));
            return result;
        }
        previous = record.hash;
        ++expectedId;
    }
    result.headHash = previous;
    auto head
        = m_database.run(QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    if (!head->next()) {
        broken(expectedId, QStringLiteral("the trail's head row is missing: it was removed"));
        return result;
    }
    if (head->value(0).toLongLong() != expectedId - 1 || head->value(1).toString() != previous) {
        broken(expectedId,
               QStringLiteral("the trail ends at record %1 but its head names record "
                              "%2: records after %1 were removed")
                   .arg(expectedId - 1)
                   .arg(head->value(0).toLongLong()));
        return result;
    }
    if (expectedHead && *expectedHead != previous) {
        broken(expectedId,
               QStringLiteral("the trail's head hash %1 is not the kept head hash "
                              "%2: records were removed or rewritten")
                   .arg(previous.left(16), expectedHead->left(16)));
    }
    return result;
}

AuditEntry auditEntry(const Actor &actor, const QString &action, const QString &objectType,
                      const QString &objectId, const QJsonObject &before, const QJsonObject &after)
{
    AuditEntry entry;
    entry.actor = actor.userName;
    entry.merchantId = actor.merchantId;
    entry.action = action;
    entry.objectType = objectType;
    entry.objectId = objectId;
    entry.before = auditText(before);
    entry.after = auditText(after);
    return entry;
}

Status confirmActor(const Database &database, const Actor &actor)
{
    Q_ASSERT(database.inTransaction());
    auto user = database.run(QStringLiteral("SELECT disabled FROM app_user WHERE id = ?"),
                             {actor.userId});
    if (!user)
        return user.error();
    const QString again = QStringLiteral("; sign in again");
    if (!user->next() || user->value(0).toBool())
        return makeError(ErrorCode::PermissionDenied,
                         QStringLiteral("permission: %1 is no longer an active user%2")
                             .arg(actor.userName, again));
    if (actor.merchantId == 0)
        return success();
    auto roles = database.run(
        QStringLiteral("SELECT role FROM user_role WHERE user_id = ? AND merchant_id = ?"),
        {actor.userId, actor.merchantId});
    if (!roles)
        return roles.error();
    QList<Role> held;
    while (roles->next()) {
        if (auto role = roleFromText(roles->value(0).toString()))
            held.append(*role);
    }
    for (Role role : actor.roles) {
        if (!held.contains(role))
            return makeError(ErrorCode::PermissionDenied,
                             QStringLiteral("permission: %1 is no longer %2 of this merchant%3")
                                 .arg(actor.userName, toCode(role), again));
    }
    return success();
}

Status recordAudit(Database &database, const Actor &actor, const QString &action,
                   const QString &objectType, const QString &objectId, const QJsonObject &before,
                   const QJsonObject &after)
{
    Q_ASSERT(database.inTransaction());
    COFFER_TRY(confirmActor(database, actor));
    auto appended
        = AuditLog(database).append(auditEntry(actor, action, objectType, objectId, before, after));
    if (!appended)
        return appended.error();
    return success();
}

} // namespace coffer
