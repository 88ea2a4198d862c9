#include "payees/payeeaccess.h"

namespace coffer {

namespace {

Permission staffPermission(PayeeAccess access)
{
    return access == PayeeAccess::Read ? Permission::ReadBooks : Permission::RequestPayouts;
}

Permission ownPermission(PayeeAccess access)
{
    return access == PayeeAccess::Read ? Permission::ReadOwnWallet : Permission::RequestOwnPayout;
}

} // namespace

bool isOwnPayee(const Actor &actor, const Payee &payee)
{
    return actor.payee.ownerType == toCode(payee.ownerType) && actor.payee.ownerId == payee.ownerId;
}

Status requireEither(const Actor &actor, PayeeAccess access)
{
    if (actor.may(staffPermission(access)) || actor.may(ownPermission(access)))
        return success();
    return actor.require(staffPermission(access));
}

Status reachPayee(const Actor &actor, const Payee &payee, PayeeAccess access, const Error &hidden)
{
    COFFER_TRY(requireEither(actor, access));
    if (actor.may(staffPermission(access)))
        return success();
    if (isOwnPayee(actor, payee))
        return success();
    return hidden;
}

} // namespace coffer
