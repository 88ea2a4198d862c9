#pragma once

#include "ledger/book.h"

namespace coffer::printing {

// Lets the book's invoice service keep each issued invoice and credit note as the PDF
// this library prints, in the merchant's document language. Every front end (the app,
// coffer-cli, tests) calls it once the book is open.
void installInvoicePrinter(Book &book);

} // namespace coffer::printing
