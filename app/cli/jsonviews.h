#pragma once

#include "audit/recordjson.h"
#include "ledger/types.h"
#include "session.h"

#include <QJsonObject>

namespace coffer::cli {

// Stable machine-readable shapes: amounts are exact decimal strings next to their
// currency code; ids are numbers; enums use their stored codes.
// Wallets and categories come from core (audit/recordjson.h); a transaction here
// names its wallets and category rather than giving their ids.
QJsonObject transactionJson(const Session &session, const Transaction &transaction);

} // namespace coffer::cli
