#pragma once

#include "workspace.h"

#include <QColor>
#include <QWidget>

class QTextBrowser;

namespace coffer::ui {

// Everything the detail pane shows about one invoice, read from the core.
struct InvoiceView
{
    InvoiceDetail detail;
    QList<PaymentAllocation> allocations;
    QHash<qint64, Payment> payments; // the allocated payments by id
    std::optional<Invoice> creditNote; // the credit note that cancelled it
};

// One invoice or credit note in full beside the list: its parties and dates, the
// lines, the tax per rate, the totals with what is paid and outstanding, the payments
// allocated to it and the credit note that cancelled it.
class InvoiceDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit InvoiceDetailView(Workspace &workspace, QWidget *parent = nullptr);
    // Reads the invoice (a number, or a draft's id as text) and shows it; empty: none.
    void showInvoice(const QString &numberOrId);
    QTextBrowser *text() const { return m_text; }
    const std::optional<InvoiceView> &shown() const { return m_shown; }

    // `shade`: the background of the lines' heading row.
    static QString html(const InvoiceView &view, const QDate &today, const QColor &shade);

private:
    Result<InvoiceView> read(const QString &numberOrId) const;

    Workspace &m_workspace;
    QTextBrowser *m_text;
    std::optional<InvoiceView> m_shown;
};

} // namespace coffer::ui
