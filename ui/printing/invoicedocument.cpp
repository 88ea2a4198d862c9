#include "printing/invoicedocument.h"

#include "printing/documentparts.h"
#include "printing/printformat.h"

#include <QTextTable>

namespace coffer::printing {

namespace {

bool isDraft(const Invoice &invoice)
{
    return invoice.number.isEmpty();
}

QString kindTitle(const Invoice &invoice, const PrintLabels &labels)
{
    return invoice.kind == InvoiceKind::CreditNote ? labels.creditNoteTitle : labels.invoiceTitle;
}

// "Invoice INV-2026-000001", "Credit note (DRAFT)".
QString documentTitle(const Invoice &invoice, const PrintLabels &labels)
{
    const QString kind = kindTitle(invoice, labels);
    return isDraft(invoice) ? QStringLiteral("%1 (%2)").arg(kind, labels.draft)
                            : QStringLiteral("%1 %2").arg(kind, invoice.number);
}

Money money(qint64 minorUnits, const Invoice &invoice)
{
    return Money(minorUnits, invoice.currency);
}

void appendTitle(QTextCursor &cursor, const Invoice &invoice, const DocumentLocale &locale)
{
    const PrintLabels &labels = locale.labels();
    appendParagraph(cursor, kindTitle(invoice, labels),
                    textFormat(look::titlePoints, true, look::accent), Qt::AlignLeft, 20);
    if (isDraft(invoice))
        cursor.insertText(QStringLiteral("   ") + labels.draft,
                          textFormat(look::titlePoints, true, look::draftRed));
    if (!invoice.cancelsNumber.isEmpty())
        appendParagraph(cursor, labels.cancels.arg(invoice.cancelsNumber),
                        textFormat(look::bodyPoints + 1, true, look::muted));
}

QList<Field> headingFields(const InvoiceDetail &detail, const DocumentLocale &locale)
{
    const Invoice &invoice = detail.invoice;
    const PrintLabels &labels = locale.labels();
    QList<Field> fields;
    fields.append({labels.number, isDraft(invoice) ? labels.draft : invoice.number, Field::Strong});
    if (invoice.issueDate.isValid())
        fields.append({labels.issueDate, locale.date(invoice.issueDate)});
    if (invoice.kind == InvoiceKind::CreditNote)
        return fields; // nothing is due on a credit note
    const QDate due = effectiveDueDate(invoice, detail.parties.termsDays);
    if (due.isValid())
        fields.append({labels.dueDate, locale.date(due)});
    fields.append({labels.paymentTerms, locale.paymentTerms(detail.parties.termsDays)});
    return fields;
}

// The customer on the left, the invoice's number, dates and terms on the right.
void insertParties(QTextCursor &cursor, const InvoiceDetail &detail, const DocumentLocale &locale)
{
    QTextTable *parties = insertLayoutTable(cursor, {52, 48});
    spaceBefore(parties, 12);
    QTextCursor left = cellCursor(parties, 0, 0);
    appendCustomerBlock(left, locale.labels().billTo, detail.parties, locale);
    QTextCursor right = cellCursor(parties, 0, 1);
    insertFieldTable(right, headingFields(detail, locale), {45, 55}, 100, Qt::AlignRight, true);
    moveAfter(cursor, parties);
}

bool anyDiscount(const QList<InvoiceLine> &lines)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [](const InvoiceLine &line) { return line.discount != 0; });
}

// The discount column only when a line has a discount: room for the descriptions.
QList<Column> lineColumns(const InvoiceDetail &detail, const PrintLabels &labels)
{
    const bool inclusive = detail.invoice.taxMode == TaxMode::Inclusive;
    const bool discounts = anyDiscount(detail.lines);
    QList<Column> columns {
        {labels.lineNumber, 5, Qt::AlignRight},
        {labels.description, 0, Qt::AlignLeft},
        {labels.quantity, 10, Qt::AlignRight},
        {labels.unitPrice, 15, Qt::AlignRight},
    };
    if (discounts)
        columns.append({labels.discount, 12, Qt::AlignRight});
    columns.append({labels.taxRate, 12, Qt::AlignRight});
    columns.append({inclusive ? labels.amountWithTax : labels.amount, inclusive ? 21.0 : 18.0,
                    Qt::AlignRight});
    return columns;
}

QStringList lineCells(const InvoiceLine &line, const InvoiceDetail &detail, bool discounts,
                      const DocumentLocale &locale)
{
    const bool inclusive = detail.invoice.taxMode == TaxMode::Inclusive;
    QStringList cells {QString::number(line.position), line.description,
                       locale.quantity(line.quantity), locale.money(line.unitPrice)};
    if (discounts)
        cells.append(line.discount != 0 ? locale.percent(line.discount) : QString());
    cells.append(locale.percent(line.taxRate));
    cells.append(locale.money(inclusive ? line.gross : line.net));
    return cells;
}

void insertLines(QTextCursor &cursor, const InvoiceDetail &detail, const DocumentLocale &locale)
{
    const QList<Column> columns = lineColumns(detail, locale.labels());
    const bool discounts = anyDiscount(detail.lines);
    QTextTable *table = insertRuledTable(cursor, columns, int(detail.lines.size()));
    spaceBefore(table, 16);
    for (int row = 0; row < detail.lines.size(); ++row) {
        const QStringList cells = lineCells(detail.lines[row], detail, discounts, locale);
        for (int column = 0; column < cells.size(); ++column)
            setRuledCell(table, columns, row + 1, column, cells[column]);
    }
    moveAfter(cursor, table);
    if (detail.invoice.taxMode == TaxMode::Inclusive)
        appendParagraph(cursor, locale.labels().pricesIncludeTax,
                        textFormat(look::smallPoints, false, look::muted), Qt::AlignLeft, 3);
}

void insertTaxSummary(QTextCursor &cursor, const InvoiceDetail &detail,
                      const DocumentLocale &locale)
{
    const PrintLabels &labels = locale.labels();
    appendParagraph(cursor, labels.taxSummary, textFormat(look::smallPoints, true, look::muted));
    const QList<Column> columns {
        {labels.rate, 0, Qt::AlignRight},
        {labels.taxBase, 40, Qt::AlignRight},
        {labels.tax, 36, Qt::AlignRight},
    };
    QTextTable *table = insertRuledTable(cursor, columns, int(detail.bands.size()));
    for (int row = 0; row < detail.bands.size(); ++row) {
        const TaxBand &band = detail.bands[row];
        setRuledCell(table, columns, row + 1, 0, locale.percent(band.rate));
        setRuledCell(table, columns, row + 1, 1, locale.money(money(band.base, detail.invoice)));
        setRuledCell(table, columns, row + 1, 2, locale.money(money(band.tax, detail.invoice)));
    }
}

QList<Field> totalFields(const Invoice &invoice, const DocumentLocale &locale)
{
    const PrintLabels &labels = locale.labels();
    QList<Field> fields {
        {labels.subtotal, locale.money(invoice.subtotal)},
        {labels.taxTotal, locale.money(invoice.tax)},
        {labels.total, locale.money(invoice.total), Field::Total},
    };
    if (invoice.paid.isPositive()) {
        fields.append({labels.paid, locale.money(invoice.paid)});
        fields.append({labels.amountDue, locale.money(invoice.outstanding()), Field::Total});
    }
    return fields;
}

// The tax per rate on the left, the totals on the right.
void insertTotals(QTextCursor &cursor, const InvoiceDetail &detail, const DocumentLocale &locale)
{
    QTextTable *totals = insertLayoutTable(cursor, {50, 8, 42});
    spaceBefore(totals, 14);
    if (!detail.bands.isEmpty()) {
        QTextCursor left = cellCursor(totals, 0, 0);
        insertTaxSummary(left, detail, locale);
    }
    QTextCursor right = cellCursor(totals, 0, 2);
    insertFieldTable(right, totalFields(detail.invoice, locale), {48, 52}, 100, Qt::AlignRight,
                     true);
    moveAfter(cursor, totals);
}

void appendNote(QTextCursor &cursor, const QString &note, const DocumentLocale &locale)
{
    if (note.trimmed().isEmpty())
        return;
    appendParagraph(cursor, locale.labels().note, textFormat(look::smallPoints, true, look::muted),
                    Qt::AlignLeft, 16);
    appendLines(cursor, note.split(QLatin1Char('\n')), textFormat());
}

} // namespace

std::unique_ptr<QTextDocument> invoiceDocument(const InvoiceDetail &detail, const QString &language)
{
    const DocumentLocale locale(language);
    auto document = newPrintDocument(documentTitle(detail.invoice, locale.labels()));
    QTextCursor cursor(document.get());
    insertMerchantHeading(cursor, detail.parties, locale);
    appendTitle(cursor, detail.invoice, locale);
    insertParties(cursor, detail, locale);
    insertLines(cursor, detail, locale);
    insertTotals(cursor, detail, locale);
    appendNote(cursor, detail.invoice.note, locale);
    return document;
}

PageDecoration invoicePageDecoration(const InvoiceDetail &detail, const QString &language)
{
    const PrintLabels &labels = labelsFor(language);
    const QString title = documentTitle(detail.invoice, labels);
    return PageDecoration {
        .footerLeft = detail.parties.merchantName + QStringLiteral(" · ") + title,
        .pageText = labels.page,
        .watermark = isDraft(detail.invoice) ? labels.draft : QString(),
    };
}

Result<QByteArray> invoicePdf(const InvoiceDetail &detail, const QString &language)
{
    COFFER_TRY(checkPrintLanguage(language));
    const std::unique_ptr<QTextDocument> document = invoiceDocument(detail, language);
    return renderPdf(*document, documentTitle(detail.invoice, labelsFor(language)),
                     invoicePageDecoration(detail, language));
}

} // namespace coffer::printing
