#include "users/userrepository.h"

namespace coffer {

namespace {

const QString userColumns = QStringLiteral(
    "id, name, disabled, failed_sign_ins, locked_until, last_sign_in_at, totp_confirmed, "
    "created_by, created_at, password_hash, secret_salt, secret_passes, secret_memory, "
    "last_failed_at, totp_sealed, totp_algorithm, totp_digits, totp_last_step");

StoredUser userFromRow(const QSqlQuery &q)
{
    StoredUser s;
    s.user.id = q.value(0).toLongLong();
    s.user.name = q.value(1).toString();
    s.user.disabled = q.value(2).toBool();
    s.user.failedSignIns = q.value(3).toInt();
    s.user.lockedUntil = timestampFrom(q.value(4));
    s.user.lastSignInAt = timestampFrom(q.value(5));
    s.user.totpEnrolled = q.value(6).toBool();
    s.user.createdBy = q.value(7).toString();
    s.user.createdAt = timestampFrom(q.value(8));
    s.passwordHash = q.value(9).toString();
    s.secretSalt = QByteArray::fromHex(q.value(10).toString().toLatin1());
    s.secretPasses = q.value(11).toULongLong();
    s.secretMemory = q.value(12).toULongLong();
    s.lastFailedAt = timestampFrom(q.value(13));
    s.totpSealed = QByteArray::fromHex(q.value(14).toString().toLatin1());
    s.totpAlgorithm = otpAlgorithmFromText(q.value(15).toString()).value_or(OtpAlgorithm::Sha1);
    s.totpDigits = q.value(16).isNull() ? 6 : q.value(16).toInt();
    s.totpLastStep = q.value(17).toLongLong();
    return s;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariantList mutableValues(const StoredUser &s)
{
    return {s.passwordHash,
            QString::fromLatin1(s.secretSalt.toHex()),
            qint64(s.secretPasses),
            qint64(s.secretMemory),
            s.user.disabled,
            s.user.failedSignIns,
            nullableText(timestampText(s.lastFailedAt)),
            nullableText(timestampText(s.user.lockedUntil)),
            nullableText(timestampText(s.user.lastSignInAt)),
            nullableText(QString::fromLatin1(s.totpSealed.toHex())),
            s.totpSealed.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                   : QVariant(toCode(s.totpAlgorithm)),
            s.totpSealed.isEmpty() ? QVariant(QMetaType::fromType<int>()) : QVariant(s.totpDigits),
            s.user.totpEnrolled,
            s.totpLastStep};
}

} // namespace

QString timestampText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timestampFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

Result<qint64> UserRepository::count() const
{
    auto query = m_database.run(QStringLiteral("SELECT COUNT(*) FROM app_user"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<std::optional<StoredUser>> UserRepository::one(const QString &where, const QVariant &value,
                                                      bool lock) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT %1 FROM app_user WHERE %2 = ?").arg(userColumns, where)
            + (lock ? m_database.forUpdate() : QString()),
        {value});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<StoredUser>();
    return std::optional<StoredUser>(userFromRow(*query));
}

Result<std::optional<StoredUser>> UserRepository::byName(const QString &name, bool lock) const
{
    return one(QStringLiteral("name_key"), nameKey(name), lock);
}

Result<std::optional<StoredUser>> UserRepository::byId(qint64 userId, bool lock) const
{
    return one(QStringLiteral("id"), userId, lock);
}

Result<qint64> UserRepository::insert(const StoredUser &s)
{
    QVariantList values {s.user.name.trimmed(), nameKey(s.user.name),
                         nullableText(s.user.createdBy), timestampText(s.user.createdAt)};
    values << mutableValues(s);
    return m_database.insert(
        QStringLiteral(
            "INSERT INTO app_user (name, name_key, created_by, created_at, password_hash, "
            "secret_salt, secret_passes, secret_memory, disabled, failed_sign_ins, "
            "last_failed_at, locked_until, last_sign_in_at, totp_sealed, totp_algorithm, "
            "totp_digits, totp_confirmed, totp_last_step) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values);
}

Status UserRepository::update(const StoredUser &s)
{
    QVariantList values = mutableValues(s);
    values << s.user.id;
    auto query = m_database.run(
        QStringLiteral("UPDATE app_user SET password_hash = ?, secret_salt = ?, secret_passes = ?, "
                       "secret_memory = ?, disabled = ?, failed_sign_ins = ?, last_failed_at = ?, "
                       "locked_until = ?, last_sign_in_at = ?, totp_sealed = ?, "
                       "totp_algorithm = ?, totp_digits = ?, totp_confirmed = ?, "
                       "totp_last_step = ? WHERE id = ?"),
        values);
    if (!query)
        return query.error();
    return success();
}

Result<QList<MerchantUser>> UserRepository::inMerchant(qint64 merchantId) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT u.%1, r.role, r.payee_owner_type, r.payee_owner_id "
                       "FROM app_user u JOIN user_role r ON r.user_id = u.id "
                       "WHERE r.merchant_id = ? ORDER BY u.name_key, u.id, r.role")
            .arg(QString(userColumns).replace(QStringLiteral(", "), QStringLiteral(", u."))),
        {merchantId});
    if (!query)
        return query.error();
    QList<MerchantUser> users;
    while (query->next()) {
        const StoredUser stored = userFromRow(*query);
        if (users.isEmpty() || users.last().user.id != stored.user.id)
            users.append(MerchantUser {stored.user, {}, {}});
        if (auto role = roleFromText(query->value(18).toString()))
            users.last().roles.append(*role);
        if (!query->value(19).isNull())
            users.last().payee = {query->value(19).toString(), query->value(20).toString()};
    }
    return users;
}

Result<MerchantUser> UserRepository::rolesOf(const User &user, qint64 merchantId) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT role, payee_owner_type, payee_owner_id FROM user_role "
                       "WHERE user_id = ? AND merchant_id = ? ORDER BY role"),
        {user.id, merchantId});
    if (!query)
        return query.error();
    MerchantUser result {user, {}, {}};
    while (query->next()) {
        if (auto role = roleFromText(query->value(0).toString()))
            result.roles.append(*role);
        if (!query->value(1).isNull())
            result.payee = {query->value(1).toString(), query->value(2).toString()};
    }
    return result;
}

Status UserRepository::replaceRoles(qint64 userId, qint64 merchantId, const QList<Role> &roles,
                                    const PayeeBinding &payee)
{
    COFFER_TRY(m_database.run(
        QStringLiteral("DELETE FROM user_role WHERE user_id = ? AND merchant_id = ?"),
        {userId, merchantId}));
    for (Role role : roles) {
        const bool bound = role == Role::Payee;
        COFFER_TRY(m_database.run(
            QStringLiteral("INSERT INTO user_role (user_id, merchant_id, role, payee_owner_type, "
                           "payee_owner_id) VALUES (?, ?, ?, ?, ?)"),
            {userId, merchantId, toCode(role), nullableText(bound ? payee.ownerType : QString()),
             nullableText(bound ? payee.ownerId : QString())}));
    }
    return success();
}

Result<QList<qint64>> UserRepository::merchantsOf(qint64 userId) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT DISTINCT merchant_id FROM user_role WHERE user_id = ? "
                       "ORDER BY merchant_id"),
        {userId});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Result<qint64> UserRepository::activeAdmins(qint64 merchantId) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT COUNT(*) FROM user_role r JOIN app_user u ON u.id = r.user_id "
                       "WHERE r.merchant_id = ? AND r.role = 'admin' AND u.disabled = ?"),
        {merchantId, false});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace coffer
