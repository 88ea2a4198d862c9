#pragma once

#include "storage/database.h"

namespace coffer {

// Document numbers "KIND-YYYY-NNNNNN" (JPO payouts, INV invoices, CRN credit notes),
// sequential and gapless per merchant, kind and year.
//
// Takes the next value within the caller's write transaction: the sequence row stays
// locked until that transaction ends, so a number is used exactly once even with
// several desktops on one PostgreSQL book, and a rolled-back transaction leaves no gap.
Result<QString> takeNumber(const Database &database, qint64 merchantId, const QString &kind,
                           int year);

} // namespace coffer
