#pragma once

#include "workspace.h"

class QPrinter;
class QWidget;

namespace coffer::ui {

// The invoice (a number, or a draft's id as text) as it prints: an issued one with the
// parties frozen at issue, a draft with the letterhead and customer it would be
// issued with now; both with the merchant's current logo (the PDF kept at issue has
// the logo of that day). Errors: the core's.
Result<InvoiceDetail> printableInvoice(Workspace &workspace, const QString &numberOrId);

// Paints the invoice on the printer (print, print preview) in its document language,
// with "Page N of M" and, for a draft, the DRAFT mark on every page.
Status printInvoice(const InvoiceDetail &detail, QPrinter *printer);

// Opens the print preview of the invoice and returns when it is closed.
void previewInvoice(const InvoiceDetail &detail, QWidget *parent);
// Asks for a printer and prints the invoice; false when the user cancelled.
bool printInvoiceWithDialog(const InvoiceDetail &detail, QWidget *parent);

// What saving the kept PDFs of several invoices did.
struct SavedPdfs
{
    QStringList written; // paths, in the order asked
    QStringList skipped; // "Draft 4: a draft has no issued PDF yet", ...
};

// Writes the PDF kept at issue of each issued invoice or credit note among `invoices`
// to `folder` as NUMBER.pdf (replacing a file of that name); drafts are skipped.
// Errors: InvalidArgument (the folder or a file cannot be written), the core's.
Result<SavedPdfs> saveKeptPdfs(Workspace &workspace, const QList<Invoice> &invoices,
                               const QString &folder);
// What was saved and skipped, for the user.
QString savedPdfsText(const SavedPdfs &saved);
// Writes one invoice's kept PDF to `path`. Errors: as above.
Status saveKeptPdf(Workspace &workspace, const QString &number, const QString &path);

} // namespace coffer::ui
