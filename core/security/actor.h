#pragma once

#include "common/result.h"
#include "security/permissions.h"

#include <QList>
#include <QString>

namespace coffer {

// The payee principal a payee user is bound to: "creator:42" is owner type
// "creator" and owner id "42".
struct PayeeBinding
{
    QString ownerType; // customer, affiliate, creator or vendor
    QString ownerId;

    bool isSet() const { return !ownerType.isEmpty(); }
    QString toText() const { return isSet() ? ownerType + QLatin1Char(':') + ownerId : QString(); }
};

// Who is acting, for which merchant, with which roles there. Front ends get an
// Actor only from UserService::actorFor() after a sign-in; every service checks the
// actor's permission before it reads or writes, and scopes what it touches to
// `merchantId` (and, for a payee, to `payee`).
struct Actor
{
    qint64 merchantId = 0;
    QString userName;
    qint64 userId = 0;
    QList<Role> roles; // in this merchant; none: every call is refused
    PayeeBinding payee; // set when `roles` holds Role::Payee

    bool may(Permission permission) const;
    // success(), or PermissionDenied naming the user, their roles and the act.
    Status require(Permission permission) const;
    bool hasRole(Role role) const { return roles.contains(role); }
};

} // namespace coffer
