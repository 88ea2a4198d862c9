#include "printing/receiptdocument.h"

#include "printing/documentparts.h"
#include "printing/printformat.h"

#include <QTextTable>

namespace coffer::printing {

namespace {

// "Payment receipt 42" (the payment's id is the receipt's number).
QString receiptTitle(const Payment &payment, const PrintLabels &labels)
{
    return payment.id > 0 ? QStringLiteral("%1 %2").arg(labels.receiptTitle).arg(payment.id)
                          : labels.receiptTitle;
}

QList<Field> paymentFields(const Payment &payment, const DocumentLocale &locale)
{
    const PrintLabels &labels = locale.labels();
    QList<Field> fields;
    if (payment.id > 0)
        fields.append({labels.receiptNumber, QString::number(payment.id), Field::Strong});
    fields.append({labels.paymentDate, locale.date(payment.date)});
    if (!payment.method.isEmpty())
        fields.append({labels.paymentMethod, payment.method});
    if (!payment.reference.isEmpty())
        fields.append({labels.paymentReference, payment.reference});
    return fields;
}

// Who paid on the left; the receipt's number, date, method and reference on the right.
void insertPayer(QTextCursor &cursor, const Payment &payment, const InvoiceParties &parties,
                 const DocumentLocale &locale)
{
    QTextTable *table = insertLayoutTable(cursor, {52, 48});
    spaceBefore(table, 12);
    QTextCursor left = cellCursor(table, 0, 0);
    InvoiceParties payer = parties;
    if (payer.customerName.isEmpty())
        payer.customerName = payment.customerName;
    appendCustomerBlock(left, locale.labels().receivedFrom, payer, locale);
    QTextCursor right = cellCursor(table, 0, 1);
    insertFieldTable(right, paymentFields(payment, locale), {45, 55}, 100, Qt::AlignRight, true);
    moveAfter(cursor, table);
}

void appendAmount(QTextCursor &cursor, const Payment &payment, const DocumentLocale &locale)
{
    appendParagraph(cursor, locale.labels().amountReceived,
                    textFormat(look::smallPoints, true, look::muted), Qt::AlignLeft, 18);
    appendParagraph(cursor, locale.money(payment.amount),
                    textFormat(look::titlePoints, true, look::accent));
}

void insertAllocations(QTextCursor &cursor, const QList<PaymentAllocation> &allocations,
                       const DocumentLocale &locale)
{
    if (allocations.isEmpty())
        return;
    const PrintLabels &labels = locale.labels();
    appendParagraph(cursor, labels.allocations, textFormat(look::smallPoints, true, look::muted),
                    Qt::AlignLeft, 16);
    const QList<Column> columns {
        {labels.invoice, 0, Qt::AlignLeft},
        {labels.amountApplied, 45, Qt::AlignRight},
    };
    QTextTable *table = insertRuledTable(cursor, columns, int(allocations.size()), 60);
    for (int row = 0; row < allocations.size(); ++row) {
        setRuledCell(table, columns, row + 1, 0, allocations[row].invoiceNumber);
        setRuledCell(table, columns, row + 1, 1, locale.money(allocations[row].amount));
    }
    moveAfter(cursor, table);
}

void appendUnallocated(QTextCursor &cursor, const Payment &payment, const DocumentLocale &locale)
{
    if (!payment.unallocated.isPositive())
        return;
    const PrintLabels &labels = locale.labels();
    QTextTable *table = insertFieldTable(
        cursor, {{labels.unallocated, locale.money(payment.unallocated), Field::Total}}, {55, 45},
        60, Qt::AlignLeft, true);
    spaceBefore(table, 10);
    moveAfter(cursor, table);
    appendParagraph(cursor, labels.unallocatedExplained,
                    textFormat(look::smallPoints, false, look::muted), Qt::AlignLeft, 3);
}

} // namespace

std::unique_ptr<QTextDocument> receiptDocument(const Payment &payment,
                                               const QList<PaymentAllocation> &allocations,
                                               const InvoiceParties &parties,
                                               const QString &language)
{
    const DocumentLocale locale(language);
    auto document = newPrintDocument(receiptTitle(payment, locale.labels()));
    QTextCursor cursor(document.get());
    insertMerchantHeading(cursor, parties, locale);
    appendParagraph(cursor, locale.labels().receiptTitle,
                    textFormat(look::titlePoints, true, look::accent), Qt::AlignLeft, 18);
    insertPayer(cursor, payment, parties, locale);
    appendAmount(cursor, payment, locale);
    insertAllocations(cursor, allocations, locale);
    appendUnallocated(cursor, payment, locale);
    appendParagraph(cursor, locale.labels().receiptThanks, textFormat(), Qt::AlignLeft, 18);
    return document;
}

PageDecoration receiptPageDecoration(const Payment &payment, const InvoiceParties &parties,
                                     const QString &language)
{
    const PrintLabels &labels = labelsFor(language);
    return PageDecoration {
        .footerLeft = parties.merchantName + QStringLiteral(" · ") + receiptTitle(payment, labels),
        .pageText = labels.page,
        .watermark = {},
    };
}

Result<QByteArray> receiptPdf(const Payment &payment, const QList<PaymentAllocation> &allocations,
                              const InvoiceParties &parties, const QString &language)
{
    COFFER_TRY(checkPrintLanguage(language));
    const std::unique_ptr<QTextDocument> document
        = receiptDocument(payment, allocations, parties, language);
    return renderPdf(*document, receiptTitle(payment, labelsFor(language)),
                     receiptPageDecoration(payment, parties, language));
}

} // namespace coffer::printing
