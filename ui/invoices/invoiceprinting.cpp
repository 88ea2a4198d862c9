#include "invoices/invoiceprinting.h"

#include "invoices/invoicetexts.h"
#include "printing/invoicedocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>

namespace coffer::ui {

namespace {

// What a draft would print about the merchant and the customer if issued now.
Status fillDraftParties(Workspace &workspace, InvoiceDetail &detail)
{
    auto customer
        = workspace.book().customers().find(workspace.actor(), detail.invoice.customerName);
    if (!customer)
        return customer.error();
    InvoiceParties &p = detail.parties;
    p.merchantName = workspace.merchant().name;
    p.customerName = customer->name;
    p.customerAddress = customer->address;
    p.customerTaxId = customer->taxId;
    p.customerEmail = customer->email;
    p.termsDays = customer->termsDays;
    return success();
}

void setUpPrinter(QPrinter &printer, const InvoiceDetail &detail)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    printer.setDocName(InvoiceTexts::label(detail.invoice));
}

} // namespace

Result<InvoiceDetail> printableInvoice(Workspace &workspace, const QString &numberOrId)
{
    auto detail = workspace.book().invoices().show(workspace.actor(), numberOrId);
    if (!detail)
        return detail.error();
    auto letterhead = workspace.book().invoices().letterhead(workspace.actor());
    if (!letterhead)
        return letterhead.error();
    if (detail->invoice.state == InvoiceState::Draft) {
        COFFER_TRY(fillDraftParties(workspace, *detail));
        InvoiceParties &p = detail->parties;
        p.merchantAddress = letterhead->address;
        p.merchantTaxId = letterhead->taxId;
        p.merchantEmail = letterhead->email;
        p.language = letterhead->language;
    }
    detail->parties.merchantLogo = letterhead->logo;
    return detail;
}

Status printInvoice(const InvoiceDetail &detail, QPrinter *printer)
{
    const QString language = detail.parties.language;
    const std::unique_ptr<QTextDocument> document = printing::invoiceDocument(detail, language);
    return printing::paintPages(*document, *printer,
                                printing::invoicePageDecoration(detail, language));
}

void previewInvoice(const InvoiceDetail &detail, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, detail);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("invoicePreview"));
    preview.setWindowTitle(
        InvoiceTexts::tr("Print preview — %1").arg(InvoiceTexts::label(detail.invoice)));
    // The preview paints into its own pages, which cannot fail as a file can.
    QObject::connect(
        &preview, &QPrintPreviewDialog::paintRequested, &preview,
        [&detail](QPrinter *target) { static_cast<void>(printInvoice(detail, target)); });
    preview.resize(900, 1000);
    preview.exec();
}

bool printInvoiceWithDialog(const InvoiceDetail &detail, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, detail);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("invoicePrintDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return printInvoice(detail, &printer).ok();
}

Status saveKeptPdf(Workspace &workspace, const QString &number, const QString &path)
{
    auto pdf = workspace.book().invoices().pdf(workspace.actor(), number);
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return makeError(
            ErrorCode::InvalidArgument,
            InvoiceTexts::tr("file: %1 could not be written").arg(QDir::toNativeSeparators(path)));
    return success();
}

Result<SavedPdfs> saveKeptPdfs(Workspace &workspace, const QList<Invoice> &invoices,
                               const QString &folder)
{
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return makeError(
            ErrorCode::InvalidArgument,
            InvoiceTexts::tr("folder: %1 could not be made").arg(QDir::toNativeSeparators(folder)));
    SavedPdfs saved;
    const QDir dir(folder);
    for (const Invoice &invoice : invoices) {
        if (invoice.number.isEmpty()) {
            saved.skipped << InvoiceTexts::tr("%1: a draft has no issued PDF yet")
                                 .arg(InvoiceTexts::label(invoice));
            continue;
        }
        const QString path = dir.filePath(invoice.number + QStringLiteral(".pdf"));
        COFFER_TRY(saveKeptPdf(workspace, invoice.number, path));
        saved.written << path;
    }
    return saved;
}

QString savedPdfsText(const SavedPdfs &saved)
{
    QStringList names;
    for (const QString &path : saved.written)
        names << QFileInfo(path).fileName();
    QString text = saved.written.isEmpty() ? InvoiceTexts::tr("No PDF was saved.")
        : saved.written.size() == 1
        ? InvoiceTexts::tr("1 PDF saved to %1:")
              .arg(QDir::toNativeSeparators(QFileInfo(saved.written.first()).absolutePath()))
        : InvoiceTexts::tr("%1 PDFs saved to %2:")
              .arg(saved.written.size())
              .arg(QDir::toNativeSeparators(QFileInfo(saved.written.first()).absolutePath()));
    if (!names.isEmpty())
        text += QLatin1Char('\n') + names.join(QLatin1Char('\n'));
    if (!saved.skipped.isEmpty())
        text += QStringLiteral("\n\n") + InvoiceTexts::tr("Skipped:") + QLatin1Char('\n')
            + saved.skipped.join(QLatin1Char('\n'));
    return text;
}

} // namespace coffer::ui
