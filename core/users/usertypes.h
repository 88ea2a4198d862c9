#pragma once

#include "security/actor.h"
#include "security/otp.h"

#include <QByteArray>
#include <QDateTime>

namespace coffer {

// A user of the book, as others may see it: never the password hash or secrets.
struct User
{
    qint64 id = 0;
    QString name;
    bool disabled = false;
    int failedSignIns = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
    QDateTime lastSignInAt;
    bool totpEnrolled = false; // a confirmed one-time password secret
    QString createdBy;
    QDateTime createdAt;

    bool isLockedAt(const QDateTime &now) const
    {
        return lockedUntil.isValid() && lockedUntil > now;
    }
};

// A user with their roles in one merchant.
struct MerchantUser
{
    User user;
    QList<Role> roles;
    PayeeBinding payee;
};

struct NewUser
{
    QString name;
    QString password;
    Role role = Role::Bookkeeper;
    PayeeBinding payee; // required for Role::Payee, refused otherwise
};

// A signed-in user for the length of a session: who they are, and the key derived
// from their password that opens their sealed secrets (empty while they have none).
// Kept in memory only.
struct SignedIn
{
    qint64 userId = 0;
    QString name;
    QByteArray secretKey;
};

// What enrolment shows the user once: the secret as base32 (to type) and as an
// otpauth:// URI (for a QR code). It is stored sealed and must be confirmed by a
// first code (UserService::verifyTotp) before it counts.
struct TotpEnrolment
{
    QString base32;
    QString uri;
    TotpParameters parameters;
};

} // namespace coffer
