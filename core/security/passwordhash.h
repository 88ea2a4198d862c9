#pragma once

#include "common/result.h"

#include <QString>

namespace coffer {

// How hard a password hash is to compute: Argon2id's passes over memory and the
// memory it takes. The hash string records them with its salt, so a hash made with
// older limits still verifies and can be upgraded at the next sign-in.
struct PasswordCost
{
    unsigned long long passes;
    size_t memoryBytes;

    // libsodium's "interactive" limits (2 passes, 64 MiB): a fraction of a second.
    static PasswordCost interactive();
    // The smallest limits libsodium allows: for tests only, never for real books.
    static PasswordCost minimum();
};

// Argon2id password hashes through libsodium's crypto_pwhash_str: the encoded
// string ("$argon2id$v=19$m=...,t=...,p=1$salt$hash") holds the parameters and a
// random salt; verification compares in constant time.
class PasswordHasher
{
public:
    explicit PasswordHasher(PasswordCost cost = PasswordCost::interactive());

    // Errors: FieldRequired (empty password), FieldTooLong (over 1,024 characters),
    // StorageError (out of memory for the hash).
    Result<QString> hash(const QString &password) const;
    // True when `password` matches `encoded`; false for a wrong password or a string
    // that is not an Argon2id hash.
    bool verify(const QString &password, const QString &encoded) const;
    // True when `encoded` was made with other limits than this hasher's.
    bool needsRehash(const QString &encoded) const;

private:
    PasswordCost m_cost;
};

} // namespace coffer
