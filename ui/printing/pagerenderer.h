#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace coffer::printing {

// What is drawn around a document on every page.
struct PageDecoration
{
    QString footerLeft; // what the document is: "Acme Ltd · Invoice INV-2026-000001"
    QString pageText; // "Page %1 of %2": %1 the page, %2 the page count
    QString watermark; // across every page when not empty (a draft)
};

// Lays `document` out on the pages of `device` (its page size and margins, less a
// footer band) and paints it page by page, with the footer "Page N of M" on every
// page. Works for a QPdfWriter and for a QPrinter (print and print preview). The
// document's layout is bound to the device while painting and restored after.
// Error: StorageError when the device cannot be painted on (an unwritable file).
Status paintPages(QTextDocument &document, QPagedPaintDevice &device,
                  const PageDecoration &decoration);

// `document` as an A4 PDF (300 dpi, 18 mm side margins) with `title` and the
// creator "Coffer" in its metadata. Error: StorageError (see paintPages).
Result<QByteArray> renderPdf(QTextDocument &document, const QString &title,
                             const PageDecoration &decoration);

} // namespace coffer::printing
