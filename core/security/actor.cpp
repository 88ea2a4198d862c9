#include "security/actor.h"

namespace coffer {

bool Actor::may(Permission permission) const
{
    for (Role role : roles) {
        if (allows(role, permission))
            return true;
    }
    return false;
}

Status Actor::require(Permission permission) const
{
    if (may(permission))
        return success();
    QStringList codes;
    for (Role role : roles)
        codes << toCode(role);
    const QString who = userName.isEmpty() ? QStringLiteral("this user") : userName;
    if (codes.isEmpty())
        return makeError(ErrorCode::PermissionDenied,
                         QStringLiteral("permission: %1 has no role in this merchant and may "
                                        "not %2")
                             .arg(who, describe(permission)));
    return makeError(ErrorCode::PermissionDenied,
                     QStringLiteral("permission: %1 (%2) may not %3")
                         .arg(who, codes.join(QStringLiteral(", ")), describe(permission)));
}

} // namespace coffer
