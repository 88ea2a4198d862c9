#pragma once

// Drives the invoice screens as a user would, for tst_invoicespage.
#include "invoices/invoiceeditor.h"
#include "invoices/invoicelinesmodel.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicespage.h"
#include "windowdriver.h"

#include <QDir>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QTableView>

namespace coffer::test {

// Saves a PNG of `widget` when COFFER_SCREENSHOT_DIR names a folder.
inline void shot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("COFFER_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents(); // the layouts settle as they would on screen
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

// Types `text` into a cell of the lines table as a user would: the cell's editor
// opens, takes the keys, and Return commits it.
inline void typeCell(ui::InvoiceEditor &editor, int row, int column, const QString &text)
{
    QTableView *view = editor.linesView();
    const QModelIndex cell = editor.lines()->index(row, column);
    view->setCurrentIndex(cell);
    if (!view->viewport()->findChild<QLineEdit *>()) // "Add line" opens the first cell
        view->edit(cell);
    auto *field = view->viewport()->findChild<QLineEdit *>();
    QVERIFY2(field, "no cell editor");
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return); // commits once the event loop runs
    QTRY_COMPARE(editor.lines()->data(cell, Qt::EditRole).toString(), text);
    QTRY_VERIFY(!view->viewport()->findChild<QLineEdit *>());
}

inline void typeLine(ui::InvoiceEditor &editor, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        if (!cells.at(column).isNull())
            typeCell(editor, row, column, cells.at(column));
    }
}

// Opens the print preview of the page's current invoice, returns how many pages it
// shows (0: no preview) and closes it.
inline int previewPages(ui::InvoicesPage *page, const QString &shotName)
{
    int pages = 0;
    whenDialogOpens([&pages, shotName](QDialog *dialog) {
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>()) {
            preview->updatePreview();
            pages = preview->pageCount();
            dialog->resize(820, 1000);
            shot(dialog, shotName);
        }
        dialog->reject();
    });
    page->button(QStringLiteral("printPreview"))->click();
    return pages;
}

inline QStringList numbersOf(const QList<Invoice> &invoices)
{
    QStringList numbers;
    for (const Invoice &i : invoices)
        numbers << ui::invoiceKey(i);
    numbers.sort();
    return numbers;
}

} // namespace coffer::test
