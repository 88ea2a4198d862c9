#include "security/passwordhash.h"

#include <sodium.h>

namespace coffer {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

constexpr qsizetype longestPassword = 1024;

} // namespace

PasswordCost PasswordCost::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordCost PasswordCost::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(PasswordCost cost)
    : m_cost(cost)
{
    Q_ASSERT(sodiumReady());
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    if (password.isEmpty())
        return makeError(ErrorCode::FieldRequired, QStringLiteral("password: must not be empty"));
    if (password.size() > longestPassword)
        return makeError(ErrorCode::FieldTooLong,
                         QStringLiteral("password: at most %1 characters").arg(longestPassword));
    const QByteArray utf8 = password.toUtf8();
    char encoded[crypto_pwhash_STRBYTES];
    if (!sodiumReady()
        || crypto_pwhash_str(encoded, utf8.constData(), quint64(utf8.size()), m_cost.passes,
                             m_cost.memoryBytes)
            != 0)
        return makeError(ErrorCode::StorageError,
                         QStringLiteral("password: not enough memory to hash it"));
    return QString::fromLatin1(encoded);
}

bool PasswordHasher::verify(const QString &password, const QString &encoded) const
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = encoded.toLatin1();
    if (!sodiumReady() || stored.size() >= crypto_pwhash_STRBYTES || password.isEmpty())
        return false;
    char buffer[crypto_pwhash_STRBYTES] = {};
    std::copy(stored.cbegin(), stored.cend(), buffer);
    return crypto_pwhash_str_verify(buffer, utf8.constData(), quint64(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &encoded) const
{
    const QByteArray stored = encoded.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return true;
    char buffer[crypto_pwhash_STRBYTES] = {};
    std::copy(stored.cbegin(), stored.cend(), buffer);
    // 1: other limits; -1: not an Argon2id string of this library. Both: hash again.
    return crypto_pwhash_str_needs_rehash(buffer, m_cost.passes, m_cost.memoryBytes) != 0;
}

} // namespace coffer
