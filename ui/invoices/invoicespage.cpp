#include "invoices/invoicespage.h"

#include "invoices/agingstrip.h"
#include "invoices/billingjobsdialog.h"
#include "invoices/cancelinvoicedialog.h"
#include "invoices/invoicedetailview.h"
#include "invoices/invoiceeditor.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicetexts.h"
#include "pages/pageparts.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

constexpr int listLimit = 5000;

// A draft's stored totals are zero until it is issued; the list shows what its lines
// come to now, as the core computes them.
void withDraftTotals(Workspace &workspace, QList<Invoice> &invoices)
{
    for (Invoice &invoice : invoices) {
        if (invoice.state != InvoiceState::Draft)
            continue;
        auto detail
            = workspace.book().invoices().show(workspace.actor(), QString::number(invoice.id));
        if (detail) {
            invoice.subtotal = detail->invoice.subtotal;
            invoice.tax = detail->invoice.tax;
            invoice.total = detail->invoice.total;
        }
    }
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

InvoicesPage::InvoicesPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_model(new InvoiceListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(makeTable(m_proxy, this))
    , m_state(new QComboBox(this))
    , m_customer(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_aging(new AgingStrip(this))
    , m_detail(new InvoiceDetailView(workspace, this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InvoiceListModel::SortRole);
    m_proxy->setFilterKeyColumn(InvoiceListModel::Number);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("invoices"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the core's order: newest first
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(InvoiceListModel::Customer,
                                                     QHeaderView::Stretch);
    m_count->setObjectName(QStringLiteral("count"));

    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(buildOutputs());
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(detailPane);
    // The list has nine columns; the detail reads well at about 400 pixels.
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 2);
    split->setSizes({960, 400});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildFilters());
    layout->addWidget(m_aging);
    layout->addLayout(buildActions());
    layout->addWidget(split, 1);
    layout->addWidget(m_count);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InvoicesPage::updateSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InvoicesPage::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (button(QStringLiteral("editDraft"))->isEnabled())
            editDraft();
    });
    updateSelection();
}

QLayout *InvoicesPage::buildFilters()
{
    m_state->setObjectName(QStringLiteral("state"));
    m_state->addItem(tr("All"), -1);
    for (InvoiceDisplayState s :
         {InvoiceDisplayState::Draft, InvoiceDisplayState::Issued, InvoiceDisplayState::PartlyPaid,
          InvoiceDisplayState::Paid, InvoiceDisplayState::Overdue, InvoiceDisplayState::Cancelled})
        m_state->addItem(InvoiceTexts::stateName(s), int(s));
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setMinimumContentsLength(18);
    m_customer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Number"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(200);
    auto *row = new QHBoxLayout;
    const std::pair<QString, QWidget *> fields[]
        = {{tr("&State"), m_state}, {tr("C&ustomer"), m_customer}, {tr("Fin&d"), m_search}};
    for (const auto &[text, field] : fields) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
        row->addSpacing(8);
    }
    row->addStretch(1);
    connect(m_state, &QComboBox::currentIndexChanged, this, &InvoicesPage::reload);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &InvoicesPage::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateSelection();
    });
    return row;
}

QPushButton *InvoicesPage::addButton(const QString &text, const char *name,
                                     void (InvoicesPage::*slot)())
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(QString::fromLatin1(name));
    connect(b, &QPushButton::clicked, this, slot);
    m_buttons.append(b);
    return b;
}

QLayout *InvoicesPage::buildActions()
{
    auto *row = new QHBoxLayout;
    // Mnemonics avoid the menu bar's letters (F, E, V, W, T, P, A, H): the printing
    // buttons have none rather than a clash.
    row->addWidget(addButton(tr("&New invoice…"), "newInvoice", &InvoicesPage::newInvoice));
    row->addWidget(addButton(tr("Edit d&raft…"), "editDraft", &InvoicesPage::editDraft));
    row->addWidget(addButton(tr("De&lete draft"), "deleteDraft", &InvoicesPage::deleteDraft));
    row->addWidget(addButton(tr("&Issue"), "issue", &InvoicesPage::issue));
    row->addWidget(
        addButton(tr("&Cancel with credit note…"), "cancel", &InvoicesPage::cancelInvoice));
    row->addWidget(
        addButton(tr("Register pa&yment…"), "registerPayment", &InvoicesPage::requestPayment));
    row->addStretch(1);
    row->addWidget(addButton(tr("&Billing jobs…"), "billingJobs", &InvoicesPage::billingJobs));
    return row;
}

// Two by two under the detail, so that the pane may be narrow.
QLayout *InvoicesPage::buildOutputs()
{
    auto *grid = new QGridLayout;
    grid->addWidget(addButton(tr("Print preview…"), "printPreview", &InvoicesPage::printPreview),
                    0, 0);
    grid->addWidget(addButton(tr("Print…"), "print", &InvoicesPage::print), 0, 1);
    grid->addWidget(addButton(tr("Save as PDF…"), "savePdf", &InvoicesPage::savePdf), 1, 0);
    grid->addWidget(
        addButton(tr("Save PDFs to f&older…"), "savePdfs", &InvoicesPage::savePdfsToFolder), 1, 1);
    return grid;
}

QPushButton *InvoicesPage::button(const QString &objectName) const
{
    for (QPushButton *b : m_buttons) {
        if (b->objectName() == objectName)
            return b;
    }
    return nullptr;
}

void InvoicesPage::loadCustomers()
{
    auto customers = workspace().book().customers().list(workspace().actor());
    if (!customers)
        return;
    QStringList names;
    for (const Customer &c : std::as_const(*customers))
        names << c.name;
    if (names == m_customerNames)
        return;
    m_customerNames = names;
    const QString kept = m_customer->currentData().toString();
    QSignalBlocker quiet(m_customer);
    m_customer->clear();
    m_customer->addItem(tr("All customers"), QString());
    for (const Customer &c : std::as_const(*customers))
        m_customer->addItem(c.name, c.name);
    m_customer->setCurrentIndex(qMax(0, m_customer->findData(kept)));
}

void InvoicesPage::reload()
{
    const QStringList keep = [this] {
        QStringList keys;
        for (const Invoice &i : selectedInvoices())
            keys << invoiceKey(i);
        return keys;
    }();
    const QString current = currentKey();
    loadCustomers();
    InvoiceFilter filter;
    filter.limit = listLimit;
    if (const QString name = m_customer->currentData().toString(); !name.isEmpty()) {
        auto customer = workspace().book().customers().find(workspace().actor(), name);
        filter.customerId = customer ? customer->id : -1;
    }
    InvoiceService &invoices = workspace().book().invoices();
    auto all = invoices.list(workspace().actor(), filter);
    if (!all) {
        workspace().showError(this, all.error());
        return;
    }
    const QDate today = invoices.today();
    m_aging->setAging(agingOf(*all, today));
    QList<Invoice> shown = *all;
    if (const int state = m_state->currentData().toInt(); state >= 0) {
        filter.state = InvoiceDisplayState(state);
        auto filtered = invoices.list(workspace().actor(), filter);
        if (!filtered) {
            workspace().showError(this, filtered.error());
            return;
        }
        shown = *filtered;
    }
    withDraftTotals(workspace(), shown);
    m_model->setInvoices(shown, today);
    fitColumnsToContents(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(InvoiceListModel::Customer,
                                                     QHeaderView::Stretch);
    // The selection stays; with none, the first invoice is shown beside the list.
    if (!selectInvoices(keep, current) && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateSelection();
}

void InvoicesPage::setStateFilter(std::optional<InvoiceDisplayState> state)
{
    const int index = m_state->findData(state ? int(*state) : -1);
    if (index == m_state->currentIndex())
        reload();
    else
        m_state->setCurrentIndex(index);
}

void InvoicesPage::setCustomerFilter(const QString &customer)
{
    loadCustomers();
    const int index = qMax(0, m_customer->findData(customer));
    if (index == m_customer->currentIndex())
        reload();
    else
        m_customer->setCurrentIndex(index);
}

QList<Invoice> InvoicesPage::listed() const
{
    QList<Invoice> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown << *m_model->invoiceAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return shown;
}

const Invoice *InvoicesPage::currentInvoice() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->invoiceAt(m_proxy->mapToSource(current).row()) : nullptr;
}

QString InvoicesPage::currentKey() const
{
    const Invoice *invoice = currentInvoice();
    return invoice ? invoiceKey(*invoice) : QString();
}

QList<Invoice> InvoicesPage::selectedInvoices() const
{
    QList<Invoice> chosen;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        if (const Invoice *i = m_model->invoiceAt(m_proxy->mapToSource(row).row()))
            chosen << *i;
    }
    return chosen;
}

bool InvoicesPage::selectInvoice(const QString &numberOrId)
{
    return selectInvoices({numberOrId});
}

bool InvoicesPage::selectInvoices(const QStringList &numbersOrIds, const QString &current)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QString &key : numbersOrIds) {
        const int row = m_model->rowOf(key);
        const QModelIndex index
            = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue;
        selection.select(index, index.siblingAtColumn(InvoiceListModel::ColumnCount - 1));
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return false;
    if (const int row = m_model->rowOf(current); row >= 0 && numbersOrIds.contains(current))
        first = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    updateSelection();
    return true;
}

void InvoicesPage::updateSelection()
{
    m_detail->showInvoice(currentKey());
    updateButtons();
    m_count->setText(m_proxy->rowCount() == 1 ? tr("1 invoice shown")
                                              : tr("%1 invoices shown").arg(m_proxy->rowCount()));
    Q_EMIT selectionChanged();
}

void InvoicesPage::updateButtons()
{
    const Invoice *i = currentInvoice();
    const bool manage = workspace().may(Permission::ManageInvoices);
    const bool draft = i && i->state == InvoiceState::Draft;
    const bool cancellable
        = i && i->kind == InvoiceKind::Invoice && !draft && i->state != InvoiceState::Cancelled;
    const QList<Invoice> chosen = selectedInvoices();
    const bool anyIssued = std::any_of(chosen.cbegin(), chosen.cend(),
                                       [](const Invoice &c) { return !c.number.isEmpty(); });
    const bool payable = !chosen.isEmpty()
        && std::all_of(chosen.cbegin(), chosen.cend(), [&chosen](const Invoice &c) {
               return isOpen(c) && c.customerId == chosen.first().customerId;
           });
    const QMap<QString, bool> enabled {
        {QStringLiteral("newInvoice"), true},    {QStringLiteral("editDraft"), draft},
        {QStringLiteral("deleteDraft"), draft},  {QStringLiteral("issue"), draft},
        {QStringLiteral("cancel"), cancellable}, {QStringLiteral("registerPayment"), payable},
        {QStringLiteral("billingJobs"), true},   {QStringLiteral("printPreview"), i != nullptr},
        {QStringLiteral("print"), i != nullptr}, {QStringLiteral("savePdf"), i && !draft},
        {QStringLiteral("savePdfs"), anyIssued},
    };
    // What changes the books is not offered to those who only read them.
    const QStringList changes {QStringLiteral("newInvoice"),  QStringLiteral("editDraft"),
                               QStringLiteral("deleteDraft"), QStringLiteral("issue"),
                               QStringLiteral("cancel"),      QStringLiteral("registerPayment")};
    for (QPushButton *b : std::as_const(m_buttons)) {
        b->setEnabled(enabled.value(b->objectName()));
        b->setVisible(manage || !changes.contains(b->objectName()));
    }
    button(QStringLiteral("savePdf"))
        ->setToolTip(draft ? tr("A draft has no legal PDF until it is issued; preview it instead.")
                           : tr("Saves the PDF kept when the invoice was issued."));
}

void InvoicesPage::reloadShowing(const QString &key)
{
    reload();
    if (!selectInvoice(key)) {
        setStateFilter(std::nullopt);
        selectInvoice(key);
    }
}

Status InvoicesPage::issueSelected()
{
    const Invoice *i = currentInvoice();
    if (!i || i->state != InvoiceState::Draft)
        return makeError(ErrorCode::InvalidArgument, tr("invoice: select a draft first"));
    auto issued = workspace().book().invoices().issue(workspace().actor(), i->id);
    if (!issued)
        return issued.error();
    workspace().bookChanged();
    reloadShowing(issued->number);
    return success();
}

Status InvoicesPage::deleteSelectedDraft()
{
    const Invoice *i = currentInvoice();
    if (!i || i->state != InvoiceState::Draft)
        return makeError(ErrorCode::InvalidArgument, tr("invoice: select a draft first"));
    COFFER_TRY(workspace().book().invoices().deleteDraft(workspace().actor(), i->id));
    workspace().bookChanged();
    reload();
    return success();
}

Result<Invoice> InvoicesPage::cancelSelected(const QString &reason)
{
    const Invoice *i = currentInvoice();
    if (!i || i->number.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("invoice: select an issued invoice first"));
    const QString number = i->number;
    auto note = workspace().book().invoices().cancel(workspace().actor(), number, reason);
    if (!note)
        return note.error();
    workspace().bookChanged();
    reloadShowing(number);
    return note;
}

Status InvoicesPage::saveSelectedPdf(const QString &path)
{
    const Invoice *i = currentInvoice();
    if (!i || i->number.isEmpty())
        return makeError(ErrorCode::InvoiceStateConflict,
                         tr("invoice: a draft has no legal PDF until it is issued"));
    return saveKeptPdf(workspace(), i->number, path);
}

Result<SavedPdfs> InvoicesPage::savePdfsTo(const QString &folder)
{
    return saveKeptPdfs(workspace(), selectedInvoices(), folder);
}

void InvoicesPage::newInvoice()
{
    InvoiceEditor editor(workspace(), this);
    if (editor.exec() == QDialog::Accepted)
        reloadShowing(invoiceKey(editor.saved()));
}

void InvoicesPage::editDraft()
{
    const Invoice *i = currentInvoice();
    if (!i || i->state != InvoiceState::Draft)
        return;
    auto draft = workspace().book().invoices().show(workspace().actor(), invoiceKey(*i));
    if (!draft) {
        workspace().showError(this, draft.error());
        return;
    }
    InvoiceEditor editor(workspace(), *draft, this);
    if (editor.exec() == QDialog::Accepted)
        reloadShowing(invoiceKey(editor.saved()));
}

void InvoicesPage::issue()
{
    if (const Status done = issueSelected(); !done)
        workspace().showError(this, done.error());
}

void InvoicesPage::deleteDraft()
{
    const Invoice *i = currentInvoice();
    if (!i
        || QMessageBox::question(this, tr("Delete draft"),
                                 tr("Delete %1 for %2? A draft has no number yet; nothing "
                                    "else changes.")
                                     .arg(InvoiceTexts::label(*i), i->customerName))
            != QMessageBox::Yes)
        return;
    if (const Status done = deleteSelectedDraft(); !done)
        workspace().showError(this, done.error());
}

void InvoicesPage::cancelInvoice()
{
    const Invoice *i = currentInvoice();
    if (!i)
        return;
    CancelInvoiceDialog dialog(QStringLiteral("%1 · %2 · %3")
                                   .arg(i->number, i->customerName, InvoiceTexts::money(i->total)),
                               this);
    dialog.setSubmit([this](const QString &reason) -> Status {
        auto note = cancelSelected(reason);
        if (!note)
            return note.error();
        return success();
    });
    dialog.exec();
}

std::optional<InvoiceDetail> InvoicesPage::printable()
{
    const QString key = currentKey();
    if (key.isEmpty())
        return std::nullopt;
    auto detail = printableInvoice(workspace(), key);
    if (!detail) {
        workspace().showError(this, detail.error());
        return std::nullopt;
    }
    return *detail;
}

void InvoicesPage::printPreview()
{
    if (const auto detail = printable())
        previewInvoice(*detail, this);
}

void InvoicesPage::print()
{
    if (const auto detail = printable())
        printInvoiceWithDialog(*detail, this);
}

void InvoicesPage::savePdf()
{
    const Invoice *i = currentInvoice();
    if (!i || i->number.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save invoice as PDF"),
        QDir(documentsFolder()).filePath(i->number + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status saved = saveSelectedPdf(path); !saved)
        workspace().showError(this, saved.error());
}

void InvoicesPage::savePdfsToFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Save PDFs to folder"), documentsFolder());
    if (folder.isEmpty())
        return;
    auto saved = savePdfsTo(folder);
    if (!saved) {
        workspace().showError(this, saved.error());
        return;
    }
    QMessageBox::information(this, tr("Save PDFs to folder"), savedPdfsText(*saved));
}

void InvoicesPage::billingJobs()
{
    BillingJobsDialog dialog(workspace(), this);
    dialog.exec();
}

void InvoicesPage::requestPayment()
{
    const QList<Invoice> chosen = selectedInvoices();
    if (chosen.isEmpty())
        return;
    QList<Invoice> open;
    for (const Invoice &i : chosen) {
        if (isOpen(i))
            open << i;
    }
    std::stable_sort(open.begin(), open.end(),
                     [](const Invoice &a, const Invoice &b) { return a.dueDate < b.dueDate; });
    QStringList numbers;
    for (const Invoice &i : std::as_const(open))
        numbers << i.number;
    Q_EMIT paymentRequested(chosen.first().customerName, numbers);
}

PrintJob InvoicesPage::printJob()
{
    return {
        tr("Invoices"),
        tr("%1 · %2 · %3")
            .arg(workspace().merchant().name, m_state->currentText(), m_customer->currentText()),
        {{tr("Invoices"), m_proxy}}};
}

} // namespace coffer::ui
