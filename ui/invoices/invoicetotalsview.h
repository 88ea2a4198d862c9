#pragma once

#include "invoices/invoicetypes.h"

#include <QWidget>

#include <array>

class QGridLayout;
class QLabel;

namespace coffer::ui {

// The live totals under the editor's lines: subtotal, one row per tax rate (rate,
// the base it is charged on, the tax) and the total, in the invoice's currency as the
// user's locale writes it; or why they cannot be computed.
class InvoiceTotalsView : public QWidget
{
    Q_OBJECT

public:
    struct BandRow
    {
        QString rate; // "Tax 10 %"
        QString base; // "on 250.00 USD"
        QString tax; // "25.00 USD"
    };

    explicit InvoiceTotalsView(QWidget *parent = nullptr);
    void setAmounts(const Result<InvoiceAmounts> &amounts, const Currency &currency);

    QString subtotalText() const;
    QString totalText() const;
    QList<BandRow> bandRows() const;
    // Why there are no totals (empty when they are shown).
    QString problemText() const;

private:
    using Row = std::array<QLabel *, 3>; // name, base, amount
    Row makeRow(const QString &name);
    void placeRows();

    QGridLayout *m_grid;
    Row m_subtotal;
    Row m_total;
    QList<Row> m_bands; // the first m_bandCount are shown
    int m_bandCount = 0;
    QLabel *m_problem;
};

} // namespace coffer::ui
