#pragma once

#include "common/result.h"
#include "invoices/invoicetypes.h"
#include "printing/pagerenderer.h"

#include <QTextDocument>

#include <memory>

namespace coffer::printing {

// Invoices and credit notes on paper, in the document's own language ("en" or "vi":
// the book's or the customer's, not the app's). The heading names the merchant (logo
// at the top right), the document, its number, dates and terms, and the customer;
// then the lines (their heading row repeated on every page), the tax per rate, the
// totals and the note. A draft (no number yet) is marked DRAFT on every page.
//
// Amounts are in the invoice's currency as `Money::format` writes them in the
// language's locale (English: United States; Vietnamese: Vietnam).

// The invoice as a text document, for print preview and QPrinter (through
// paintPages with invoicePageDecoration, which adds "Page N of M"). A language other
// than "en" and "vi" prints in English.
std::unique_ptr<QTextDocument> invoiceDocument(const InvoiceDetail &detail,
                                               const QString &language);
// The footer and, for a draft, the watermark of the invoice's pages.
PageDecoration invoicePageDecoration(const InvoiceDetail &detail, const QString &language);

// The invoice as an A4 PDF. Errors: InvalidArgument (a language other than "en" and
// "vi"), StorageError (the PDF could not be painted).
Result<QByteArray> invoicePdf(const InvoiceDetail &detail, const QString &language);

} // namespace coffer::printing
