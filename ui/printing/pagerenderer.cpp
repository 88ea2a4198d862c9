#include "printing/pagerenderer.h"

#include "printing/documentparts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace coffer::printing {

namespace {

// The document is laid out in 1/96 inch units whatever the device, as a preview on
// screen shows it, so its pages break at the same lines in the PDF and on any printer;
// the pages are painted with the painter scaled to the device.
constexpr int layoutDpi = 96;
constexpr qreal footerPoints = 7.5;
constexpr qreal watermarkPoints = 96;

qreal pointsToDevice(const QPaintDevice &device, qreal points)
{
    return points * device.logicalDpiY() / 72.0;
}

QFont footerFont(const QTextDocument &document)
{
    QFont font = document.defaultFont();
    font.setPointSizeF(footerPoints);
    return font;
}

// Lays the document out in pages of `pageSize` at layoutDpi for as long as it lives,
// then puts its layout back as it was (for the preview that showed it).
class PagedLayout
{
public:
    PagedLayout(QTextDocument &document, const QSizeF &pageSize)
        : m_document(document)
        , m_formerDevice(document.documentLayout()->paintDevice())
        , m_formerPageSize(document.pageSize())
        , m_reference(1, 1, QImage::Format_ARGB32)
    {
        const int dotsPerMeter = qRound(layoutDpi / 0.0254);
        m_reference.setDotsPerMeterX(dotsPerMeter);
        m_reference.setDotsPerMeterY(dotsPerMeter);
        m_document.documentLayout()->setPaintDevice(&m_reference);
        m_document.setPageSize(pageSize);
    }
    ~PagedLayout()
    {
        m_document.documentLayout()->setPaintDevice(m_formerDevice);
        m_document.setPageSize(m_formerPageSize);
    }
    PagedLayout(const PagedLayout &) = delete;
    PagedLayout &operator=(const PagedLayout &) = delete;

private:
    QTextDocument &m_document;
    QPaintDevice *m_formerDevice;
    QSizeF m_formerPageSize;
    QImage m_reference; // a paint device of layoutDpi
};

void paintWatermark(QPainter &painter, const QRectF &page, const QString &text,
                    const QFont &documentFont)
{
    painter.save();
    QFont font = documentFont;
    font.setPointSizeF(watermarkPoints);
    font.setBold(true);
    painter.setFont(font);
    QColor colour = look::draftRed;
    colour.setAlpha(38);
    painter.setPen(colour);
    painter.translate(page.center());
    painter.rotate(-40);
    const QRectF box(-page.height(), -page.width() / 2, 2 * page.height(), page.width());
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

// One page of the document, from layout units to the device's.
void paintContent(QPainter &painter, QTextDocument &document, int pageIndex)
{
    const QPaintDevice &device = *painter.device();
    const qreal pageHeight = document.pageSize().height();
    painter.save();
    painter.scale(qreal(device.logicalDpiX()) / layoutDpi, qreal(device.logicalDpiY()) / layoutDpi);
    const qreal top = pageIndex * pageHeight;
    painter.translate(0, -top);
    document.drawContents(&painter, QRectF(0, top, document.pageSize().width(), pageHeight));
    painter.restore();
}

// A hairline and, under it, what the document is (left) and the page (right).
void paintFooter(QPainter &painter, const QRectF &band, const PageDecoration &decoration,
                 const QFont &font, int page, int pageCount)
{
    painter.save();
    const QPaintDevice &device = *painter.device();
    const qreal gap = pointsToDevice(device, 5);
    QPen rule(look::rule);
    rule.setWidthF(pointsToDevice(device, 0.5));
    painter.setPen(rule);
    painter.drawLine(QPointF(band.left(), band.top() + gap),
                     QPointF(band.right(), band.top() + gap));
    painter.setFont(font);
    painter.setPen(look::muted);
    const QString pageText = decoration.pageText.arg(page).arg(pageCount);
    const QFontMetricsF metrics(font, painter.device());
    const QRectF text(band.left(), band.top() + 2 * gap, band.width(), metrics.height());
    const qreal leftWidth = text.width() - metrics.horizontalAdvance(pageText) - 4 * gap;
    painter.drawText(QRectF(text.left(), text.top(), leftWidth, text.height()),
                     Qt::AlignLeft | Qt::AlignTop,
                     metrics.elidedText(decoration.footerLeft, Qt::ElideRight, leftWidth));
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, pageText);
    painter.restore();
}

} // namespace

Status paintPages(QTextDocument &document, QPagedPaintDevice &device,
                  const PageDecoration &decoration)
{
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::StorageError,
                         QStringLiteral("printing: cannot paint on the output device"));
    const QFont font = footerFont(document);
    const qreal footerHeight = QFontMetricsF(font, &device).height() + pointsToDevice(device, 14);
    const QRectF body(0, 0, device.width(), device.height());
    const qreal pageHeight = body.height() - footerHeight;
    const PagedLayout layout(document,
                             QSizeF(body.width() * layoutDpi / device.logicalDpiX(),
                                    pageHeight * layoutDpi / device.logicalDpiY()));
    const int pageCount = document.pageCount();
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device.newPage();
        if (!decoration.watermark.isEmpty())
            paintWatermark(painter, body, decoration.watermark, document.defaultFont());
        paintContent(painter, document, page);
        paintFooter(painter, QRectF(0, pageHeight, body.width(), footerHeight), decoration, font,
                    page + 1, pageCount);
    }
    painter.end();
    return success();
}

Result<QByteArray> renderPdf(QTextDocument &document, const QString &title,
                             const PageDecoration &decoration)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 10), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Coffer"));
        COFFER_TRY(paintPages(document, writer, decoration));
    }
    return buffer.data();
}

} // namespace coffer::printing
