#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QPrinter;
class QTextDocument;

namespace coffer::ui {

// One printed list: a heading and the model's rows (a tree prints indented).
struct PrintSection
{
    QString title;
    const QAbstractItemModel *model = nullptr;
};

// What a screen prints: a document title, a line saying what is shown (the
// filter, the book), and its lists.
struct PrintJob
{
    QString title;
    QString subtitle;
    QList<PrintSection> sections;
};

// Lays lists out as paged tables (headers repeated on every page, amounts right
// aligned as on screen) for a printer, the print preview or a PDF file.
class ListPrinter
{
public:
    // Rows beyond this are not printed; the document says how many were left out.
    static constexpr int rowLimit = 20000;

    explicit ListPrinter(PrintJob job);

    // The whole job as a text document (for tests and the printer).
    QTextDocument *buildDocument() const;
    void print(QPrinter *printer) const;
    // Writes a PDF; false when the file cannot be written.
    bool exportPdf(const QString &path) const;

private:
    QString sectionHtml(const PrintSection &section) const;
    PrintJob m_job;
};

} // namespace coffer::ui
