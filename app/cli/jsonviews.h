#pragma once

#include "ledger/types.h"
#include "session.h"

#include <QJsonObject>

namespace coffer::cli {

// Stable machine-readable shapes: amounts are exact decimal strings next to their
// currency code; ids are numbers; enums use their stored codes.
QJsonObject walletJson(const Wallet &wallet);
QJsonObject categoryJson(const Category &category);
QJsonObject transactionJson(const Session &session, const Transaction &transaction);
QJsonObject namesJson(const LocalizedText &names);

} // namespace coffer::cli
