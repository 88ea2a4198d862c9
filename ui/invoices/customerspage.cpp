#include "invoices/customerspage.h"

#include "invoices/customerdetailview.h"
#include "invoices/customerdialog.h"
#include "invoices/customermodels.h"
#include "invoices/paymentdialog.h"
#include "pages/pageparts.h"
#include "printing/receiptdocument.h"

#include <QAbstractProxyModel>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

CustomersPage::CustomersPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_model(new CustomerTableModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_view(nullptr)
    , m_search(new QLineEdit(this))
    , m_detail(new CustomerDetailView(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1); // any column: name, e-mail, terms ...
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(CustomerTableModel::RawValueRole);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = makeTable(m_filter, this);
    m_view->setObjectName(QStringLiteral("customers"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CustomerTableModel::Name, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CustomerTableModel::Email,
                                                     QHeaderView::Stretch);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search customers"));
    m_search->setClearButtonEnabled(true);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actionRow());
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPage::showSelected);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (this->workspace().may(Permission::ManageInvoices))
            editCustomer();
    });
    showSelected();
    connect(m_detail->ledgerView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CustomersPage::updateReceiptButton);
}

QLayout *CustomersPage::actionRow()
{
    struct Action
    {
        const char *name;
        QString text;
        void (CustomersPage::*slot)();
    };
    const QList<Action> actions {
        {"newCustomer", tr("&New customer…"), &CustomersPage::newCustomer},
        {"editCustomer", tr("E&dit customer…"), &CustomersPage::editCustomer},
        {"registerPayment", tr("Register pa&yment…"), &CustomersPage::registerPayment},
        {"saveReceipt", tr("Save &receipt…"), &CustomersPage::saveReceipt},
    };
    auto *row = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search"), this);
    searchLabel->setBuddy(m_search);
    row->addWidget(searchLabel);
    row->addWidget(m_search, 1);
    row->addSpacing(12);
    // Those who only read the books are not offered what they may not do.
    const bool manages = workspace().may(Permission::ManageInvoices);
    for (const Action &a : actions) {
        auto *button = new QPushButton(a.text, this);
        button->setObjectName(QString::fromLatin1(a.name));
        // A receipt is read from the books: readers save it too.
        button->setVisible(manages || QLatin1String(a.name) == QLatin1String("saveReceipt"));
        connect(button, &QPushButton::clicked, this, a.slot);
        row->addWidget(button);
        m_buttons.append(button);
    }
    row->addStretch(2);
    return row;
}

QPushButton *CustomersPage::button(const QString &objectName) const
{
    for (QPushButton *b : m_buttons) {
        if (b->objectName() == objectName)
            return b;
    }
    return nullptr;
}

void CustomersPage::reload()
{
    const Customer *selected = selectedCustomer();
    const QString keep = selected ? selected->name : QString();
    auto customers = workspace().book().customers().list(workspace().actor());
    if (!customers) {
        workspace().showError(this, customers.error());
        return;
    }
    m_model->setCustomers(*customers);
    // The selection stays; with none, the first customer is shown.
    if ((keep.isEmpty() || !selectCustomer(keep)) && m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    showSelected();
}

const Customer *CustomersPage::selectedCustomer() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->customerAt(m_filter->mapToSource(current).row());
}

bool CustomersPage::selectCustomer(const QString &name)
{
    const int row = m_model->rowOf(name);
    const QModelIndex shown = m_filter->mapFromSource(m_model->index(row, 0));
    if (row < 0 || !shown.isValid())
        return false;
    m_view->setCurrentIndex(shown);
    m_view->scrollTo(shown);
    return true;
}

void CustomersPage::showSelected()
{
    const Customer *c = selectedCustomer();
    for (const char *name : {"editCustomer", "registerPayment"})
        button(QString::fromLatin1(name))->setEnabled(c != nullptr);
    if (!c) {
        m_detail->show(std::nullopt, workspace().book().invoices().today());
        return;
    }
    auto account
        = workspace().book().customers().account(workspace().actor(), c->name, ledgerLines);
    if (!account)
        workspace().showError(this, account.error());
    m_detail->show(account ? std::optional<CustomerAccount>(*account) : std::nullopt,
                   workspace().book().invoices().today(), ledgerLines);
    updateReceiptButton();
}

const CustomerLedgerLine *CustomersPage::selectedPaymentLine() const
{
    const QModelIndex current = m_detail->ledgerView()->currentIndex();
    if (!current.isValid())
        return nullptr;
    const QModelIndex source = m_detail->ledgerView()->model() != m_detail->ledgerModel()
        ? qobject_cast<const QAbstractProxyModel *>(m_detail->ledgerView()->model())
              ->mapToSource(current)
        : current;
    const CustomerLedgerLine *line = m_detail->ledgerModel()->lineAt(source.row());
    return line && line->kind == CustomerLineKind::Payment ? line : nullptr;
}

void CustomersPage::updateReceiptButton()
{
    QPushButton *receipt = button(QStringLiteral("saveReceipt"));
    receipt->setEnabled(selectedPaymentLine() != nullptr);
    receipt->setToolTip(receipt->isEnabled()
                            ? tr("Saves the receipt of the selected payment as PDF.")
                            : tr("Select a payment in the ledger to save its receipt."));
}

Status CustomersPage::saveReceiptTo(qint64 paymentId, const QString &path) const
{
    auto receipt = workspace().book().invoices().receipt(workspace().actor(), paymentId);
    if (!receipt)
        return receipt.error();
    auto pdf = printing::receiptPdf(receipt->payment, receipt->allocations, receipt->parties,
                                    receipt->parties.language);
    if (!pdf)
        return pdf.error();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size())
        return makeError(ErrorCode::InvalidArgument,
                         tr("file: %1 cannot be written: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return success();
}

void CustomersPage::saveReceipt()
{
    const CustomerLedgerLine *line = selectedPaymentLine();
    if (!line)
        return;
    const qint64 paymentId = line->referenceId.toLongLong();
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("Receipt %1.pdf").arg(paymentId));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save receipt as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status saved = saveReceiptTo(paymentId, path);
    if (!saved)
        workspace().showError(this, saved.error());
}

void CustomersPage::newCustomer()
{
    CustomerDialog dialog(workspace(), std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted && dialog.saved())
        selectCustomer(dialog.saved()->name);
}

void CustomersPage::editCustomer()
{
    const Customer *c = selectedCustomer();
    if (!c)
        return;
    CustomerDialog dialog(workspace(), *c, this);
    if (dialog.exec() == QDialog::Accepted && dialog.saved())
        selectCustomer(dialog.saved()->name);
}

void CustomersPage::registerPayment()
{
    const Customer *c = selectedCustomer();
    PaymentDialog dialog(workspace(), c ? c->name : QString(), m_detail->selectedInvoiceNumbers(),
                         this);
    dialog.exec();
}

PrintJob CustomersPage::printJob()
{
    PrintJob job {
        tr("Customers — %1").arg(workspace().merchant().name), {}, {{tr("Customers"), m_filter}}};
    if (const Customer *c = selectedCustomer()) {
        job.sections.append({tr("Ledger of %1").arg(c->name), m_detail->ledgerModel()});
        job.sections.append({tr("Open invoices of %1").arg(c->name), m_detail->openInvoiceModel()});
    }
    return job;
}

} // namespace coffer::ui
