#include "invoices/invoicetotalsview.h"

#include "invoices/invoicetexts.h"

#include <QGridLayout>
#include <QLabel>

namespace coffer::ui {

namespace {

QLabel *rightAligned(QWidget *parent, const QString &name = {})
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setObjectName(name);
    return label;
}

} // namespace

InvoiceTotalsView::InvoiceTotalsView(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_subtotal(rightAligned(this, QStringLiteral("subtotal")))
    , m_total(rightAligned(this, QStringLiteral("total")))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("totals"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnMinimumWidth(3, 130);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_problem->setObjectName(QStringLiteral("totalsProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
}

void InvoiceTotalsView::clearBands()
{
    for (QLabel *label : std::as_const(m_bandLabels))
        delete label;
    m_bandLabels.clear();
    m_bandCount = 0;
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item;
}

void InvoiceTotalsView::setAmounts(const Result<InvoiceAmounts> &amounts, const Currency &currency)
{
    clearBands();
    int row = 0;
    auto *subtotalName = rightAligned(this);
    subtotalName->setText(tr("Subtotal"));
    m_bandLabels << subtotalName;
    m_grid->addWidget(subtotalName, row, 1, 1, 2);
    m_grid->addWidget(m_subtotal, row++, 3);
    if (amounts) {
        m_subtotal->setText(InvoiceTexts::money(Money(amounts->subtotal, currency)));
        for (const TaxBand &band : amounts->bands) {
            QLabel *rate = rightAligned(this);
            QLabel *base = rightAligned(this);
            QLabel *tax = rightAligned(this, QStringLiteral("tax%1").arg(m_bandCount));
            rate->setText(tr("Tax %1 %").arg(percentText(band.rate)));
            base->setText(tr("on %1").arg(InvoiceTexts::money(Money(band.base, currency))));
            tax->setText(InvoiceTexts::money(Money(band.tax, currency)));
            m_grid->addWidget(rate, row, 1);
            m_grid->addWidget(base, row, 2);
            m_grid->addWidget(tax, row++, 3);
            m_bandLabels << rate << base << tax;
            ++m_bandCount;
        }
        m_total->setText(InvoiceTexts::money(Money(amounts->total, currency)));
    } else {
        m_subtotal->setText(QStringLiteral("—"));
        m_total->setText(QStringLiteral("—"));
    }
    auto *totalName = rightAligned(this);
    totalName->setText(tr("Total"));
    totalName->setFont(m_total->font());
    m_bandLabels << totalName;
    m_grid->addWidget(totalName, row, 1, 1, 2);
    m_grid->addWidget(m_total, row++, 3);
    m_problem->setText(amounts ? QString() : amounts.error().detail);
    m_problem->setVisible(!amounts);
    m_grid->addWidget(m_problem, row, 0, 1, 4);
}

QString InvoiceTotalsView::subtotalText() const
{
    return m_subtotal->text();
}

QString InvoiceTotalsView::totalText() const
{
    return m_total->text();
}

QList<InvoiceTotalsView::BandRow> InvoiceTotalsView::bandRows() const
{
    QList<BandRow> rows;
    // m_bandLabels: the subtotal's name, then rate, base, tax per band, then the total's.
    for (int band = 0; band < m_bandCount; ++band) {
        const int at = 1 + band * 3;
        rows.append({m_bandLabels.at(at)->text(), m_bandLabels.at(at + 1)->text(),
                     m_bandLabels.at(at + 2)->text()});
    }
    return rows;
}

QString InvoiceTotalsView::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace coffer::ui
