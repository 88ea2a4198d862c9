#include "printing/bookprinting.h"

#include "printing/invoicedocument.h"

namespace coffer::printing {

void installInvoicePrinter(Book &book)
{
    book.invoices().setRenderer(
        [](const InvoiceDetail &detail) { return invoicePdf(detail, detail.parties.language); });
}

} // namespace coffer::printing
