#include "security/secretbox.h"

#include <sodium.h>

namespace coffer::secretbox {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

QByteArray newSalt()
{
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    if (sodiumReady())
        randombytes_buf(salt.data(), size_t(salt.size()));
    return salt;
}

QByteArray deriveKey(const QString &password, const QByteArray &salt, PasswordCost cost)
{
    if (!sodiumReady() || salt.size() != crypto_pwhash_SALTBYTES)
        return {};
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(bytes(key), quint64(key.size()), utf8.constData(), quint64(utf8.size()),
                      bytes(salt), cost.passes, cost.memoryBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return key;
}

QByteArray seal(const QByteArray &plain, const QByteArray &key)
{
    Q_ASSERT(key.size() == crypto_secretbox_KEYBYTES);
    QByteArray sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(),
                      Qt::Uninitialized);
    if (!sodiumReady())
        return {};
    randombytes_buf(sealed.data(), crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(bytes(sealed) + crypto_secretbox_NONCEBYTES, bytes(plain),
                          quint64(plain.size()), bytes(sealed), bytes(key));
    return sealed;
}

std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &key)
{
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (!sodiumReady() || key.size() != crypto_secretbox_KEYBYTES || sealed.size() < overhead)
        return std::nullopt;
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(bytes(plain), bytes(sealed) + crypto_secretbox_NONCEBYTES,
                                   quint64(sealed.size() - crypto_secretbox_NONCEBYTES),
                                   bytes(sealed), bytes(key))
        != 0)
        return std::nullopt;
    return plain;
}

} // namespace coffer::secretbox
