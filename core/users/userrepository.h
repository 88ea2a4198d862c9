#pragma once

#include "storage/database.h"
#include "users/usertypes.h"

namespace coffer {

// A user row with what only the core may see: the password hash, the salt and
// limits of the secret key, and the sealed TOTP secret.
struct StoredUser
{
    User user;
    QString passwordHash;
    QByteArray secretSalt;
    quint64 secretPasses = 0;
    quint64 secretMemory = 0;
    QDateTime lastFailedAt;
    QByteArray totpSealed; // empty: none
    OtpAlgorithm totpAlgorithm = OtpAlgorithm::Sha1;
    int totpDigits = 6;
    qint64 totpLastStep = 0;
};

// SQL for users and their roles. Returns domain values; never commits.
class UserRepository
{
public:
    explicit UserRepository(const Database &database)
        : m_database(database)
    { }

    Result<qint64> count() const;
    // By name, case-insensitive; `lock` takes the row lock on PostgreSQL.
    Result<std::optional<StoredUser>> byName(const QString &name, bool lock = false) const;
    Result<std::optional<StoredUser>> byId(qint64 userId, bool lock = false) const;
    Result<qint64> insert(const StoredUser &user);
    // Saves everything but the name and creation.
    Status update(const StoredUser &user);

    // Users with a role in the merchant, by name.
    Result<QList<MerchantUser>> inMerchant(qint64 merchantId) const;
    Result<MerchantUser> rolesOf(const User &user, qint64 merchantId) const;
    Status replaceRoles(qint64 userId, qint64 merchantId, const QList<Role> &roles,
                        const PayeeBinding &payee);
    // Merchants where the user has any role.
    Result<QList<qint64>> merchantsOf(qint64 userId) const;
    // Active (not disabled) users with the admin role in the merchant.
    Result<qint64> activeAdmins(qint64 merchantId) const;

    static QString nameKey(const QString &name) { return name.trimmed().toCaseFolded(); }

private:
    Result<std::optional<StoredUser>> one(const QString &where, const QVariant &value,
                                          bool lock) const;
    const Database &m_database;
};

QString timestampText(const QDateTime &time);
QDateTime timestampFrom(const QVariant &value);

} // namespace coffer
