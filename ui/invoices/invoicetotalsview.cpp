#include "invoices/invoicetotalsview.h"

#include "invoices/invoicetexts.h"

#include <QGridLayout>
#include <QLabel>

namespace coffer::ui {

InvoiceTotalsView::InvoiceTotalsView(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_subtotal(makeRow(tr("Subtotal")))
    , m_total(makeRow(tr("Total")))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("totals"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnMinimumWidth(3, fontMetrics().horizontalAdvance(QStringLiteral("0")) * 18);
    m_subtotal[2]->setObjectName(QStringLiteral("subtotal"));
    m_total[2]->setObjectName(QStringLiteral("total"));
    for (QLabel *label : m_total) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
    m_problem->setObjectName(QStringLiteral("totalsProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    placeRows();
}

InvoiceTotalsView::Row InvoiceTotalsView::makeRow(const QString &name)
{
    Row row;
    for (QLabel *&label : row) {
        label = new QLabel(this);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    row[0]->setText(name);
    return row;
}

// Subtotal, the bands shown, total, then the problem; the labels are kept and moved,
// so that the totals never flicker while the user types.
void InvoiceTotalsView::placeRows()
{
    int at = 0;
    auto place = [this, &at](const Row &row, bool shown) {
        for (int column = 0; column < 3; ++column) {
            m_grid->addWidget(row[column], at, column + 1);
            row[column]->setVisible(shown);
        }
        at += shown ? 1 : 0;
    };
    place(m_subtotal, true);
    for (int band = 0; band < m_bands.size(); ++band)
        place(m_bands.at(band), band < m_bandCount);
    place(m_total, true);
    m_grid->addWidget(m_problem, at, 0, 1, 4);
}

void InvoiceTotalsView::setAmounts(const Result<InvoiceAmounts> &amounts, const Currency &currency)
{
    auto text = [&currency](qint64 minorUnits) {
        return InvoiceTexts::money(Money(minorUnits, currency));
    };
    const QList<TaxBand> bands = amounts ? amounts->bands : QList<TaxBand> {};
    while (m_bands.size() < bands.size())
        m_bands.append(makeRow({}));
    m_bandCount = int(bands.size());
    for (int band = 0; band < m_bandCount; ++band) {
        const Row &row = m_bands.at(band);
        row[0]->setText(tr("Tax %1 %").arg(percentText(bands.at(band).rate)));
        row[1]->setText(tr("on %1").arg(text(bands.at(band).base)));
        row[2]->setText(text(bands.at(band).tax));
    }
    m_subtotal[2]->setText(amounts ? text(amounts->subtotal) : QStringLiteral("—"));
    m_total[2]->setText(amounts ? text(amounts->total) : QStringLiteral("—"));
    m_problem->setText(amounts ? QString() : amounts.error().detail);
    m_problem->setVisible(!amounts);
    placeRows();
}

QString InvoiceTotalsView::subtotalText() const
{
    return m_subtotal[2]->text();
}

QString InvoiceTotalsView::totalText() const
{
    return m_total[2]->text();
}

QList<InvoiceTotalsView::BandRow> InvoiceTotalsView::bandRows() const
{
    QList<BandRow> rows;
    for (int band = 0; band < m_bandCount; ++band) {
        const Row &row = m_bands.at(band);
        rows.append({row[0]->text(), row[1]->text(), row[2]->text()});
    }
    return rows;
}

QString InvoiceTotalsView::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace coffer::ui
