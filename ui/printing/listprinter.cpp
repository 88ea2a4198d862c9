#include "printing/listprinter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace coffer::ui {

namespace {

// Rows of `model` under `parent`, depth first, with their depth (for trees).
void collectRows(const QAbstractItemModel &model, const QModelIndex &parent, int depth,
                 QList<std::pair<QModelIndex, int>> &rows, int limit)
{
    for (int row = 0; row < model.rowCount(parent) && rows.size() < limit; ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        rows.append({index, depth});
        if (model.hasChildren(index))
            collectRows(model, index, depth + 1, rows, limit);
    }
}

QString alignment(const QVariant &value)
{
    return value.isValid() && (value.toInt() & Qt::AlignRight) ? QStringLiteral(" align=right")
                                                               : QString();
}

} // namespace

ListPrinter::ListPrinter(PrintJob job)
    : m_job(std::move(job))
{ }

QString ListPrinter::sectionHtml(const PrintSection &section) const
{
    const QAbstractItemModel &model = *section.model;
    QString html = QStringLiteral("<h3>%1</h3>").arg(section.title.toHtmlEscaped());
    html += QStringLiteral("<table width=100% cellspacing=0 cellpadding=3 border=1 "
                           "style='border-collapse:collapse; border-color:#999'><thead><tr>");
    for (int column = 0; column < model.columnCount(); ++column)
        html += QStringLiteral("<th bgcolor=#e8e8e8 align=left>%1</th>")
                    .arg(model.headerData(column, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr></thead><tbody>");
    QList<std::pair<QModelIndex, int>> rows;
    collectRows(model, {}, 0, rows, rowLimit + 1);
    const bool cut = rows.size() > rowLimit;
    if (cut)
        rows.resize(rowLimit);
    for (const auto &[first, depth] : std::as_const(rows)) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex cell = first.siblingAtColumn(column);
            QString text = model.data(cell).toString().toHtmlEscaped();
            if (column == 0 && depth > 0)
                text = QString(depth * 4, u' ')
                           .replace(QStringLiteral(" "), QStringLiteral("&nbsp;"))
                    + text;
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(alignment(model.data(cell, Qt::TextAlignmentRole)), text);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table>");
    if (cut)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(QCoreApplication::translate(
                             "coffer::ui::ListPrinter",
                             "Only the first %1 rows are printed; narrow the filter to print "
                             "the rest.")
                             .arg(QLocale().toString(rowLimit)));
    return html;
}

QTextDocument *ListPrinter::buildDocument() const
{
    QString html = QStringLiteral("<html><body style='font-size:9pt'><h2>%1</h2><p>%2<br>%3</p>")
                       .arg(m_job.title.toHtmlEscaped(), m_job.subtitle.toHtmlEscaped(),
                            QCoreApplication::translate("coffer::ui::ListPrinter", "Printed %1")
                                .arg(QLocale().toString(QDateTime::currentDateTime(),
                                                        QLocale::ShortFormat)));
    for (const PrintSection &section : m_job.sections) {
        if (section.model)
            html += sectionHtml(section);
    }
    html += QStringLiteral("</body></html>");
    auto *document = new QTextDocument;
    document->setHtml(html);
    return document;
}

void ListPrinter::print(QPrinter *printer) const
{
    std::unique_ptr<QTextDocument> document(buildDocument());
    document->print(printer);
}

bool ListPrinter::exportPdf(const QString &path) const
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return false;
    probe.close();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_job.title);
    print(&printer);
    return QFile(path).size() > 0;
}

} // namespace coffer::ui
