#include "printing/documentparts.h"

#include "printing/printformat.h"

#include <QImage>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace coffer::printing {

namespace {

// The logo is at most 60 mm wide and 20 mm high (in the document's 1/96 inch pixels).
constexpr qreal logoMaxWidth = 227;
constexpr qreal logoMaxHeight = 76;

// A width of 0 makes a column take what the others leave. Qt keeps a percentage
// column at least as wide as its widest unbreakable text, and when that overflows a
// table whose percentages add up to 100 it breaks amounts anywhere ("12.500.000 VN|D"):
// one variable column absorbs the difference instead.
QList<QTextLength> columnWidths(const QList<qreal> &widthsPercent)
{
    QList<QTextLength> lengths;
    for (qreal width : widthsPercent)
        lengths.append(width > 0 ? QTextLength(QTextLength::PercentageLength, width)
                                 : QTextLength(QTextLength::VariableLength, 0));
    return lengths;
}

// Qt gives the first block after a table no top margin (the margin is between two
// blocks), so the space goes under the table instead.
void spaceAfterFrameBefore(QTextCursor &cursor, qreal pixels)
{
    if (cursor.position() == 0)
        return;
    QTextFrame *frame = cursor.document()->frameAt(cursor.position() - 1);
    if (frame == cursor.currentFrame() || frame->lastPosition() + 1 != cursor.position())
        return;
    QTextFrameFormat format = frame->frameFormat();
    format.setBottomMargin(qMax(format.bottomMargin(), pixels));
    frame->setFrameFormat(format);
}

QTextTableFormat baseTableFormat(const QList<qreal> &widthsPercent, qreal widthPercent,
                                 Qt::Alignment alignment)
{
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, widthPercent));
    format.setColumnWidthConstraints(columnWidths(widthsPercent));
    format.setAlignment(alignment);
    format.setCellSpacing(0);
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setMargin(0);
    return format;
}

// Only a rule under the cell: tables read as rows, without a cage of lines.
QTextTableCellFormat ruledCellFormat(bool heading)
{
    QTextTableCellFormat format;
    format.setLeftBorder(0);
    format.setRightBorder(0);
    format.setTopBorder(heading ? 0.75 : 0);
    format.setTopBorderBrush(look::muted);
    format.setBottomBorder(heading ? 0.75 : 0.5);
    format.setBottomBorderBrush(heading ? look::muted : look::rule);
    format.setLeftBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setRightBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setTopBorderStyle(heading ? QTextFrameFormat::BorderStyle_Solid
                                     : QTextFrameFormat::BorderStyle_None);
    format.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setTopPadding(3);
    format.setBottomPadding(3);
    format.setLeftPadding(4);
    format.setRightPadding(4);
    if (heading)
        format.setBackground(look::headerShade);
    return format;
}

QTextTableCellFormat fieldCellFormat(int column, bool total)
{
    QTextTableCellFormat cell;
    cell.setTopPadding(total ? 4 : 1.5);
    cell.setBottomPadding(1.5);
    cell.setLeftPadding(column == 0 ? 0 : 6);
    cell.setRightPadding(0);
    cell.setTopBorder(total ? 0.75 : 0);
    cell.setTopBorderBrush(look::muted);
    cell.setTopBorderStyle(total ? QTextFrameFormat::BorderStyle_Solid
                                 : QTextFrameFormat::BorderStyle_None);
    return cell;
}

void setCellText(QTextTable *table, int row, int column, const QString &text,
                 const QTextCharFormat &format, Qt::Alignment alignment)
{
    QTextCursor cursor = cellCursor(table, row, column);
    QTextBlockFormat block;
    block.setAlignment(alignment);
    cursor.setBlockFormat(block);
    cursor.insertText(text, format);
}

QTextImageFormat logoFormat(QTextDocument &document, const QByteArray &data)
{
    const QImage logo = QImage::fromData(data);
    if (logo.isNull())
        return {};
    const QUrl name(QStringLiteral("coffer-print://merchant-logo"));
    document.addResource(QTextDocument::ImageResource, name, logo);
    const qreal scale = qMin(logoMaxWidth / logo.width(), logoMaxHeight / logo.height());
    QTextImageFormat format;
    format.setName(name.toString());
    format.setWidth(logo.width() * scale);
    format.setHeight(logo.height() * scale);
    return format;
}

} // namespace

std::unique_ptr<QTextDocument> newPrintDocument(const QString &title)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font;
    // DejaVu Sans covers Vietnamese fully (packaging/install-deps.sh installs it).
    font.setFamilies(
        {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(look::bodyPoints);
    document->setDefaultFont(font);
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    document->setDocumentMargin(0);
    // Positions from the fonts' outlines, not hinted to a screen's pixels: for paper.
    document->setUseDesignMetrics(true);
    return document;
}

QTextCharFormat textFormat(qreal points, bool bold, const QColor &color)
{
    QTextCharFormat format;
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(color);
    return format;
}

void appendParagraph(QTextCursor &cursor, const QString &text, const QTextCharFormat &format,
                     Qt::Alignment alignment, qreal spaceBeforePoints)
{
    // Block margins are in the document's pixels (1/96 inch).
    const qreal spaceBefore = spaceBeforePoints * 96 / 72;
    if (!cursor.block().text().isEmpty())
        cursor.insertBlock();
    else
        spaceAfterFrameBefore(cursor, spaceBefore);
    QTextBlockFormat block;
    block.setAlignment(alignment);
    block.setTopMargin(spaceBefore);
    cursor.setBlockFormat(block);
    cursor.setBlockCharFormat(format);
    cursor.insertText(text, format);
}

void appendLines(QTextCursor &cursor, const QStringList &lines, const QTextCharFormat &format,
                 Qt::Alignment alignment)
{
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            appendParagraph(cursor, line.trimmed(), format, alignment);
    }
}

void moveAfter(QTextCursor &cursor, const QTextFrame *frame)
{
    cursor.setPosition(frame->lastPosition() + 1);
}

void spaceBefore(QTextTable *table, qreal points)
{
    QTextTableFormat format = table->format();
    format.setTopMargin(points * 96 / 72);
    table->setFormat(format);
}

QTextTable *insertRuledTable(QTextCursor &cursor, const QList<Column> &columns, int bodyRows,
                             qreal widthPercent, Qt::Alignment alignment)
{
    QList<qreal> widths;
    for (const Column &column : columns)
        widths.append(column.widthPercent);
    QTextTableFormat format = baseTableFormat(widths, widthPercent, alignment);
    format.setBorderCollapse(true);
    format.setHeaderRowCount(1);
    QTextTable *table = cursor.insertTable(1 + bodyRows, int(columns.size()), format);
    for (int row = 0; row <= bodyRows; ++row) {
        for (int column = 0; column < columns.size(); ++column)
            table->cellAt(row, column).setFormat(ruledCellFormat(row == 0));
    }
    const QTextCharFormat heading = textFormat(look::tablePoints, true, look::ink);
    for (int column = 0; column < columns.size(); ++column)
        setCellText(table, 0, column, columns[column].title, heading, columns[column].alignment);
    return table;
}

void setRuledCell(QTextTable *table, const QList<Column> &columns, int row, int column,
                  const QString &text, const QTextCharFormat &format)
{
    setCellText(table, row, column, text, format, columns[column].alignment);
}

QTextTable *insertLayoutTable(QTextCursor &cursor, const QList<qreal> &widthsPercent,
                              qreal widthPercent, Qt::Alignment alignment)
{
    QTextTableFormat format = baseTableFormat(widthsPercent, widthPercent, alignment);
    format.setCellPadding(0);
    return cursor.insertTable(1, int(widthsPercent.size()), format);
}

QTextCursor cellCursor(QTextTable *table, int row, int column)
{
    return table->cellAt(row, column).firstCursorPosition();
}

QTextTable *insertFieldTable(QTextCursor &cursor, const QList<Field> &fields,
                             const QList<qreal> &widthsPercent, qreal widthPercent,
                             Qt::Alignment alignment, bool valuesRight)
{
    Q_ASSERT(widthsPercent.size() == 2);
    QTextTableFormat format = baseTableFormat(widthsPercent, widthPercent, alignment);
    format.setBorderCollapse(true);
    QTextTable *table = cursor.insertTable(int(fields.size()), 2, format);
    const Qt::Alignment valueAlignment = valuesRight ? Qt::AlignRight : Qt::AlignLeft;
    for (int row = 0; row < fields.size(); ++row) {
        const Field &field = fields[row];
        const bool total = field.emphasis == Field::Total;
        const bool bold = field.emphasis != Field::Plain;
        for (int column = 0; column < 2; ++column)
            table->cellAt(row, column).setFormat(fieldCellFormat(column, total));
        const qreal points = total ? look::bodyPoints + 1 : look::bodyPoints;
        setCellText(table, row, 0, field.label,
                    textFormat(points, bold, bold ? look::ink : look::muted), Qt::AlignLeft);
        setCellText(table, row, 1, field.value, textFormat(points, bold), valueAlignment);
    }
    return table;
}

void insertMerchantHeading(QTextCursor &cursor, const InvoiceParties &parties,
                           const DocumentLocale &locale)
{
    QTextTable *heading = insertLayoutTable(cursor, {65, 35});
    QTextCursor left = cellCursor(heading, 0, 0);
    appendParagraph(left, parties.merchantName,
                    textFormat(look::merchantPoints, true, look::accent));
    appendLines(left, parties.merchantAddress.split(QLatin1Char('\n')), textFormat());
    if (!parties.merchantTaxId.isEmpty())
        appendParagraph(left, locale.labels().taxId + QStringLiteral(": ") + parties.merchantTaxId,
                        textFormat(look::bodyPoints, false, look::muted));
    const QTextImageFormat logo = logoFormat(*cursor.document(), parties.merchantLogo);
    if (!logo.name().isEmpty()) {
        QTextCursor right = cellCursor(heading, 0, 1);
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignRight);
        right.setBlockFormat(block);
        right.insertImage(logo);
    }
    moveAfter(cursor, heading);
}

void appendCustomerBlock(QTextCursor &cursor, const QString &heading, const InvoiceParties &parties,
                         const DocumentLocale &locale, qreal spaceBeforePoints)
{
    if (!heading.isEmpty())
        appendParagraph(cursor, heading, textFormat(look::smallPoints, true, look::muted),
                        Qt::AlignLeft, spaceBeforePoints);
    appendParagraph(cursor, parties.customerName, textFormat(look::bodyPoints + 1, true),
                    Qt::AlignLeft, heading.isEmpty() ? spaceBeforePoints : 0);
    appendLines(cursor, parties.customerAddress.split(QLatin1Char('\n')), textFormat());
    if (!parties.customerTaxId.isEmpty())
        appendParagraph(cursor,
                        locale.labels().taxId + QStringLiteral(": ") + parties.customerTaxId,
                        textFormat());
    if (!parties.customerEmail.isEmpty())
        appendParagraph(cursor, parties.customerEmail, textFormat());
}

} // namespace coffer::printing
