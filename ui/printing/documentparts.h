#pragma once

#include "invoices/invoicetypes.h"

#include <QColor>
#include <QTextCharFormat>
#include <QTextCursor>

#include <memory>

class QTextDocument;
class QTextTable;

namespace coffer::printing {

class DocumentLocale;

// The building blocks every printed document shares (invoice, credit note, receipt,
// reminder letter), so that they look like one family: the same fonts, colours,
// tables and merchant heading.

namespace look {
inline constexpr qreal bodyPoints = 9;
inline constexpr qreal tablePoints = 8.5;
inline constexpr qreal smallPoints = 8;
inline constexpr qreal merchantPoints = 16;
inline constexpr qreal titlePoints = 20;
inline const QColor ink = QColor(0x22, 0x22, 0x22);
inline const QColor muted = QColor(0x5f, 0x66, 0x70);
inline const QColor accent = QColor(0x1f, 0x3a, 0x5f);
inline const QColor rule = QColor(0xc8, 0xcd, 0xd4);
inline const QColor headerShade = QColor(0xe9, 0xed, 0xf2);
inline const QColor draftRed = QColor(0xc0, 0x1c, 0x28);
} // namespace look

// An empty document with the family's font and the title as its metadata.
std::unique_ptr<QTextDocument> newPrintDocument(const QString &title);

QTextCharFormat textFormat(qreal points = look::bodyPoints, bool bold = false,
                           const QColor &color = look::ink);

// Appends a paragraph at the cursor (a new block unless the cursor's block is empty).
void appendParagraph(QTextCursor &cursor, const QString &text, const QTextCharFormat &format,
                     Qt::Alignment alignment = Qt::AlignLeft, qreal spaceBeforePoints = 0);
// One paragraph per non-empty line of `lines`.
void appendLines(QTextCursor &cursor, const QStringList &lines, const QTextCharFormat &format,
                 Qt::Alignment alignment = Qt::AlignLeft);

// Moves the cursor to the block after a table (or any frame).
void moveAfter(QTextCursor &cursor, const QTextFrame *frame);
// Leaves room above a table.
void spaceBefore(QTextTable *table, qreal points);

// A column of a ruled table: its heading, share of the width and alignment.
struct Column
{
    QString title;
    qreal widthPercent = 0; // 0: what the other columns leave (one column should)
    Qt::Alignment alignment = Qt::AlignLeft;
};

// A ruled table: a shaded heading row, repeated at the top of every page, then
// `bodyRows` empty rows with light rules between them. `widthPercent` of the page.
QTextTable *insertRuledTable(QTextCursor &cursor, const QList<Column> &columns, int bodyRows,
                             qreal widthPercent = 100, Qt::Alignment alignment = Qt::AlignLeft);
// Writes a cell of a ruled table, aligned as its column is.
void setRuledCell(QTextTable *table, const QList<Column> &columns, int row, int column,
                  const QString &text,
                  const QTextCharFormat &format = textFormat(look::tablePoints));

// A table without borders that places blocks side by side (widths as for Column).
QTextTable *insertLayoutTable(QTextCursor &cursor, const QList<qreal> &widthsPercent,
                              qreal widthPercent = 100, Qt::Alignment alignment = Qt::AlignLeft);
QTextCursor cellCursor(QTextTable *table, int row, int column);

// Label and value pairs as a borderless two-column table (labels muted, values
// right-aligned when `valuesRight`).
struct Field
{
    enum Emphasis
    {
        Plain,
        Strong, // bold (a number)
        Total // bold and larger, with a rule above
    };
    QString label;
    QString value;
    Emphasis emphasis = Plain;
};
QTextTable *insertFieldTable(QTextCursor &cursor, const QList<Field> &fields,
                             const QList<qreal> &widthsPercent, qreal widthPercent,
                             Qt::Alignment alignment, bool valuesRight);

// The merchant's name, address and tax id, with the logo (when there is one) at the
// top right.
void insertMerchantHeading(QTextCursor &cursor, const InvoiceParties &parties,
                           const DocumentLocale &locale);
// The customer's name, address, tax id and e-mail under `heading` (none when empty).
void appendCustomerBlock(QTextCursor &cursor, const QString &heading, const InvoiceParties &parties,
                         const DocumentLocale &locale, qreal spaceBeforePoints = 0);

} // namespace coffer::printing
