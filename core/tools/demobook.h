#pragma once

#include "ledger/book.h"

namespace coffer {

// The demo book's sign-in, shown on the sign-in dialog of the demo book: it holds
// made-up data only.
struct DemoCredentials
{
    static QString userName() { return QStringLiteral("demo"); }
    static QString password() { return QStringLiteral("coffer-demo"); }
};

// Fills an empty book with the demo café: its admin and owner "demo", a few staff
// users, a VND merchant with wallets in two currencies and three years of generated
// history (20,000 entries). What a new user explores before using their own book.
// Returns the signed-in demo user.
Result<SignedIn> seedDemoBook(Book &book);

// Where the demo book lives: demo.coffer beside the default book.
BookLocation demoBookLocation();

} // namespace coffer
