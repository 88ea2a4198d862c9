#include "invoices/customerdetailview.h"

#include "invoices/customermodels.h"
#include "invoices/customertexts.h"
#include "pages/pageparts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A table whose columns fit their contents; the `stretch` column, if any, takes the
// room left.
void sizeColumns(QTableView *view, int stretch = -1)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (stretch >= 0)
        header->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

QWidget *titled(QLabel *title, QTableView *view, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(view, 1);
    return box;
}

} // namespace

CustomerDetailView::CustomerDetailView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_credit(new QLabel(this))
    , m_ledgerTitle(heading(tr("Ledger"), this))
    , m_openTitle(heading(tr("Open invoices"), this))
    , m_ledgerModel(new CustomerLedgerModel(this))
    , m_ledgerView(makeTable(m_ledgerModel, this))
    , m_openModel(new OpenInvoiceModel(this))
    , m_openView(makeTable(m_openModel, this))
{
    m_ledgerView->setObjectName(QStringLiteral("ledger"));
    sizeColumns(m_ledgerView, CustomerLedgerModel::Description);
    m_openView->setObjectName(QStringLiteral("openInvoices"));
    m_openView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_openView->setToolTip(tr("Select invoices to register a payment for them."));
    // Short rows of figures: each column as wide as it needs, read from the left.
    sizeColumns(m_openView);
    auto *tables = new QSplitter(Qt::Vertical, this);
    tables->addWidget(titled(m_ledgerTitle, m_ledgerView, tables));
    tables->addWidget(titled(m_openTitle, m_openView, tables));
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    tables->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summaryPanel());
    layout->addWidget(tables, 1);
}

QWidget *CustomerDetailView::summaryPanel()
{
    auto *panel = new QWidget(this);
    panel->setFixedWidth(250);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_balance->setObjectName(QStringLiteral("balance"));
    QFont big = m_balance->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_balance->setFont(big);
    m_balance->setWordWrap(true);
    m_credit->setObjectName(QStringLiteral("credit"));
    m_credit->setWordWrap(true);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_balance);
    layout->addWidget(m_credit);
    layout->addStretch(1);
    return panel;
}

QString CustomerDetailView::summaryText(const Customer &c) const
{
    QStringList parts {QStringLiteral("<b>%1</b>").arg(c.name.toHtmlEscaped())};
    if (!c.address.isEmpty())
        parts << c.address.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (!c.taxId.isEmpty())
        parts << tr("Tax ID: %1").arg(c.taxId.toHtmlEscaped());
    if (!c.email.isEmpty())
        parts << c.email.toHtmlEscaped();
    QStringList billing {CustomerTexts::terms(c.termsDays)};
    if (c.cycle == BillingCycle::Monthly)
        billing << tr("Billed monthly");
    billing << tr("Prices %1").arg(CustomerTexts::taxMode(c.taxMode).toLower());
    billing << tr("Tax rounded %1").arg(CustomerTexts::taxRounding(c.taxRounding).toLower());
    if (c.itemTaxRate > 0)
        billing << tr("Tax rate %1 %").arg(percentText(c.itemTaxRate));
    for (QString &line : billing)
        line = line.toHtmlEscaped();
    return parts.join(QStringLiteral("<br>")) + QStringLiteral("<p>")
        + billing.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

void CustomerDetailView::show(const std::optional<CustomerAccount> &account, const QDate &today,
                              int lineLimit)
{
    if (!account) {
        m_summary->setText(tr("No customer selected."));
        m_balance->clear();
        m_credit->clear();
        m_ledgerModel->setLines({});
        m_openModel->setInvoices({}, today);
        m_ledgerTitle->setText(tr("Ledger"));
        m_openTitle->setText(tr("Open invoices"));
        return;
    }
    const Customer &c = account->customer;
    m_summary->setText(summaryText(c));
    m_balance->setText(c.balance.isNegative() ? CustomerTexts::balance(c.balance)
                                              : tr("Owes %1").arg(c.balance.format()));
    m_credit->setText(tr("Unallocated credit: %1").arg(account->credit.format()));
    m_ledgerModel->setLines(account->lines);
    m_openModel->setInvoices(account->openInvoices, today);
    m_ledgerTitle->setText(lineLimit > 0 && account->lines.size() >= lineLimit
                               ? tr("Ledger (the newest %1 lines)").arg(lineLimit)
                               : tr("Ledger"));
    m_openTitle->setText(account->openInvoices.isEmpty()
                             ? tr("Open invoices: none")
                             : tr("Open invoices (%1)").arg(account->openInvoices.size()));
    m_ledgerView->scrollToBottom();
}

QStringList CustomerDetailView::selectedInvoiceNumbers() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_openView->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList numbers;
    for (int row : std::as_const(rows)) {
        if (const Invoice *invoice = m_openModel->invoiceAt(row))
            numbers << invoice->number;
    }
    return numbers;
}

} // namespace coffer::ui
