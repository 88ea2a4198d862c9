#pragma once

#include "ledger/book.h"

namespace coffer {

// Fills an empty book with the demo café: a VND merchant with wallets in two
// currencies and three years of generated history (20,000 entries), in one
// database transaction. What a new user explores before using their own book.
Result<Merchant> seedDemoBook(Book &book, const QString &userName);

// Where the demo book lives: demo.coffer beside the default book.
BookLocation demoBookLocation();

} // namespace coffer
