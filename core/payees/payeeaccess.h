#pragma once

#include "payees/payeetypes.h"

namespace coffer {

// Who may reach a payee's wallet, methods and payouts: staff with the permission
// for any payee of the merchant, and a payee user for the payee bound to them.
enum class PayeeAccess
{
    Read, // ReadBooks, or ReadOwnWallet for one's own payee
    Manage, // RequestPayouts, or RequestOwnPayout for one's own payee
};

bool isOwnPayee(const Actor &actor, const Payee &payee);
// success(); PermissionDenied when the actor holds neither permission; `hidden`
// (a "not found") when the payee is not the payee user's own.
Status reachPayee(const Actor &actor, const Payee &payee, PayeeAccess access, const Error &hidden);
// PermissionDenied unless the actor holds one of the two permissions of `access`.
Status requireEither(const Actor &actor, PayeeAccess access);

} // namespace coffer
