#pragma once

#include "ledger/types.h"

#include <QJsonObject>

namespace coffer {

// Stable machine-readable shapes of the book's records, shared by the audit trail
// (its before/after) and coffer-cli --json: amounts are exact decimal strings next
// to their currency code; ids are numbers; enums use their stored codes.
QJsonObject namesJson(const LocalizedText &names);
QJsonObject merchantJson(const Merchant &merchant);
QJsonObject walletJson(const Wallet &wallet);
QJsonObject categoryJson(const Category &category);
// Wallets and categories by id (the CLI shows names instead).
QJsonObject transactionJson(const Transaction &transaction);

// Compact JSON text for an audit record; empty for an empty object.
QString auditText(const QJsonObject &object);

} // namespace coffer
