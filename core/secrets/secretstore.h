#pragma once

#include "common/result.h"

#include <QString>

#include <chrono>
#include <optional>

namespace coffer {

// Secrets (database passwords, later other local secrets) kept in the operating
// system's keychain through QtKeychain: the Secret Service (gnome-keyring, KWallet)
// on Linux. There is no plain-text fallback: when no keychain answers, the caller
// gets KeychainUnavailable and asks the user instead. Every call gives up after
// `timeout` (KeychainTimeout), so a keychain that never answers cannot hang the app;
// the event loop keeps running while a call waits.
class SecretStore
{
public:
    explicit SecretStore(std::chrono::milliseconds timeout = std::chrono::seconds(5),
                         const QString &service = QStringLiteral("Coffer"));

    Status write(const QString &key, const QString &secret) const;
    // The secret, or nothing when the keychain holds none under `key`.
    Result<std::optional<QString>> read(const QString &key) const;
    // Removing a key that is not there succeeds.
    Status remove(const QString &key) const;

    // The key of a database password: "postgresql://user@host:port/database".
    static QString databaseKey(const QString &user, const QString &host, int port,
                               const QString &database);

private:
    std::chrono::milliseconds m_timeout;
    QString m_service;
};

} // namespace coffer
