#pragma once

#include "security/passwordhash.h"

#include <QByteArray>

#include <optional>

namespace coffer {

// Sealing small secrets (a user's TOTP seed) with a key derived from the user's
// password: Argon2id (libsodium crypto_pwhash) over the password and a salt of its
// own, then XSalsa20-Poly1305 (crypto_secretbox). The book keeps only the salt, the
// limits and the sealed bytes, so a copy of the book reveals no secret without
// the password; a sealed secret that was altered does not open.
namespace secretbox {

// A new random salt for deriveKey().
QByteArray newSalt();
// The 32-byte key for `password`; empty when the limits cannot be met (memory).
QByteArray deriveKey(const QString &password, const QByteArray &salt, PasswordCost cost);
// Nonce followed by the authenticated ciphertext.
QByteArray seal(const QByteArray &plain, const QByteArray &key);
// The plain bytes, or nothing when the key is wrong or the bytes were altered.
std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &key);

} // namespace secretbox

} // namespace coffer
