#pragma once

#include "common/result.h"
#include "invoices/invoicetypes.h"
#include "printing/pagerenderer.h"

#include <QTextDocument>

#include <memory>

namespace coffer::printing {

// A payment receipt in the customer's language ("en" or "vi"): who paid, how much,
// when, how and with what reference, the invoices the payment was applied to, and
// the credit left unallocated. `parties` names the merchant and the customer as on
// their invoices (its terms are not used).

// As a text document, for print preview and QPrinter (through paintPages with
// receiptPageDecoration). A language other than "en" and "vi" prints in English.
std::unique_ptr<QTextDocument> receiptDocument(const Payment &payment,
                                               const QList<PaymentAllocation> &allocations,
                                               const InvoiceParties &parties,
                                               const QString &language);
PageDecoration receiptPageDecoration(const Payment &payment, const InvoiceParties &parties,
                                     const QString &language);

// As an A4 PDF. Errors: InvalidArgument (a language other than "en" and "vi"),
// StorageError (the PDF could not be painted).
Result<QByteArray> receiptPdf(const Payment &payment, const QList<PaymentAllocation> &allocations,
                              const InvoiceParties &parties, const QString &language);

} // namespace coffer::printing
