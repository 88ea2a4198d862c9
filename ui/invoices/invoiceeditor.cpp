#include "invoices/invoiceeditor.h"

#include "invoices/invoicelinesmodel.h"
#include "invoices/invoicetexts.h"
#include "invoices/invoicetotalsview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

QPushButton *makeButton(const QString &text, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setAutoDefault(false);
    return button;
}

QTableView *makeLinesView(InvoiceLinesModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QStringLiteral("lines"));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    view->setTabKeyNavigation(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(InvoiceLinesModel::Description, QHeaderView::Stretch);
    const int digits = view->fontMetrics().horizontalAdvance(QStringLiteral("0000000000"));
    for (int column = InvoiceLinesModel::Quantity; column < InvoiceLinesModel::ColumnCount;
         ++column) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, digits);
    }
    header->resizeSection(InvoiceLinesModel::UnitPrice, digits * 5 / 4);
    header->resizeSection(InvoiceLinesModel::Amount, digits * 3 / 2);
    return view;
}

// Asks the day up to which uninvoiced entries are billed.
std::optional<QDate> askThrough(const QDate &today, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("throughDialog"));
    dialog.setWindowTitle(InvoiceEditor::tr("Add uninvoiced entries"));
    auto *through = new QDateEdit(today, &dialog);
    through->setObjectName(QStringLiteral("through"));
    through->setCalendarPopup(true);
    auto *text = new QLabel(InvoiceEditor::tr("Bill the customer's ledger entries that no "
                                              "invoice holds yet, dated up to:"),
                            &dialog);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(through);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return through->date();
}

} // namespace

InvoiceEditor::InvoiceEditor(Workspace &workspace, QWidget *parent)
    : InvoiceEditor(workspace, std::nullopt, parent)
{ }

InvoiceEditor::InvoiceEditor(Workspace &workspace, const InvoiceDetail &draft, QWidget *parent)
    : InvoiceEditor(workspace, std::optional<InvoiceDetail>(draft), parent)
{ }

InvoiceEditor::InvoiceEditor(Workspace &workspace, std::optional<InvoiceDetail> draft,
                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_hasDue(new QCheckBox(tr("D&ue on"), this))
    , m_due(new QDateEdit(this))
    , m_terms(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_lines(new InvoiceLinesModel(this))
    , m_view(makeLinesView(m_lines, this))
    , m_totals(new InvoiceTotalsView(this))
    , m_hint(FieldProblems::makeLabel(this))
    , m_status(new QLabel(this))
    , m_problems(FieldProblems::makeLabel(this))
{
    setObjectName(QStringLiteral("invoiceEditor"));
    const bool newInvoice = !draft;
    setWindowTitle(newInvoice ? tr("New invoice")
                              : tr("Edit draft %1").arg(InvoiceTexts::label(draft->invoice)));
    if (draft) {
        m_draftId = draft->invoice.id;
        m_saved = draft->invoice;
    }
    m_hint->setObjectName(QStringLiteral("linesHint"));
    m_problems.general()->setObjectName(QStringLiteral("problem"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildHeader(newInvoice));
    layout->addWidget(m_view, 1);
    layout->addLayout(buildButtons());
    layout->addWidget(m_hint);
    layout->addWidget(m_totals);
    layout->addWidget(m_problems.general());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    for (QPushButton *b : {button(QStringLiteral("saveDraft")), button(QStringLiteral("issue"))})
        buttons->addButton(b, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lines, &InvoiceLinesModel::amountsChanged, this, [this] {
        m_totals->setAmounts(m_lines->amounts(), m_lines->currency());
        updateHint();
    });

    loadCustomers();
    if (draft) {
        m_note->setPlainText(draft->invoice.note);
        m_hasDue->setChecked(draft->invoice.dueDate.isValid());
        if (draft->invoice.dueDate.isValid())
            m_due->setDate(draft->invoice.dueDate);
    }
    customerChanged();
    if (draft)
        m_lines->setLines(draft->lines);
    if (m_lines->rowCount() == 0)
        m_lines->appendRow();
    resize(900, 620);
}

QLayout *InvoiceEditor::buildHeader(bool newInvoice)
{
    auto *form = new QFormLayout;
    if (newInvoice) {
        m_customer = new QComboBox(this);
        m_customer->setObjectName(QStringLiteral("customer"));
        m_customer->setMinimumContentsLength(28);
        form->addRow(tr("&Customer"), m_customer);
        connect(m_customer, &QComboBox::currentIndexChanged, this, &InvoiceEditor::customerChanged);
    } else {
        m_customerName = new QLabel(m_saved.customerName, this);
        m_customerName->setObjectName(QStringLiteral("customerName"));
        form->addRow(tr("Customer"), m_customerName);
    }
    form->addRow(QString(), m_problems.addField(QStringLiteral("customer"), this));
    m_hasDue->setObjectName(QStringLiteral("hasDueDate"));
    m_due->setObjectName(QStringLiteral("dueDate"));
    m_due->setCalendarPopup(true);
    m_due->setEnabled(false);
    m_terms->setObjectName(QStringLiteral("terms"));
    m_terms->setForegroundRole(QPalette::PlaceholderText);
    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due);
    due->addWidget(m_terms, 1);
    form->addRow(tr("Due"), due);
    form->addRow(QString(), m_problems.addField(QStringLiteral("due"), this));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Printed under the totals"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("&Note"), m_note);
    form->addRow(QString(), m_problems.addField(QStringLiteral("note"), this));
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    return form;
}

QLayout *InvoiceEditor::buildButtons()
{
    auto *row = new QHBoxLayout;
    const struct
    {
        QString text;
        const char *name;
        void (InvoiceEditor::*slot)();
    } lineActions[] = {
        {tr("&Add line"), "addLine", &InvoiceEditor::addLine},
        {tr("&Remove line"), "removeLine", &InvoiceEditor::removeLine},
        {tr("Add &uninvoiced entries…"), "addUninvoiced", &InvoiceEditor::addUninvoicedEntries},
    };
    for (const auto &action : lineActions) {
        QPushButton *b = makeButton(action.text, action.name, this);
        connect(b, &QPushButton::clicked, this, action.slot);
        row->addWidget(b);
        m_buttons << b;
    }
    m_status->setObjectName(QStringLiteral("linesStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(m_status, 1);
    QPushButton *save = makeButton(tr("&Save draft"), "saveDraft", this);
    QPushButton *issue = makeButton(tr("Save and &issue"), "issue", this);
    connect(save, &QPushButton::clicked, this, [this] { static_cast<void>(saveDraft()); });
    connect(issue, &QPushButton::clicked, this, [this] { static_cast<void>(saveAndIssue()); });
    m_buttons << save << issue;
    return row;
}

QPushButton *InvoiceEditor::button(const QString &objectName) const
{
    for (QPushButton *b : m_buttons) {
        if (b->objectName() == objectName)
            return b;
    }
    return nullptr;
}

void InvoiceEditor::loadCustomers()
{
    auto customers = m_workspace.book().customers().list(m_workspace.actor());
    if (!customers) {
        m_problems.show(customers.error());
        return;
    }
    m_customers = *customers;
    if (!m_customer)
        return;
    QSignalBlocker quiet(m_customer);
    for (const Customer &c : std::as_const(m_customers))
        m_customer->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.currency.code()), c.name);
}

std::optional<Customer> InvoiceEditor::currentCustomer() const
{
    const QString name = m_customer ? m_customer->currentData().toString() : m_saved.customerName;
    for (const Customer &c : m_customers) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

void InvoiceEditor::customerChanged()
{
    const std::optional<Customer> customer = currentCustomer();
    if (!customer)
        return;
    const QDate today = m_workspace.book().invoices().today();
    if (!m_hasDue->isChecked())
        m_due->setDate(today.addDays(customer->termsDays));
    m_terms->setText(
        tr("else %1 days after issue (the customer's terms)").arg(customer->termsDays));
    // A draft keeps the terms it was made with; a new one takes the customer's.
    const bool draft = m_draftId != 0;
    m_lines->setTerms(customer->currency, draft ? m_saved.taxMode : customer->taxMode,
                      draft ? m_saved.taxRounding : customer->taxRounding, customer->itemTaxRate);
}

void InvoiceEditor::updateHint()
{
    const QString problem = m_lines->firstProblem();
    m_hint->setText(
        problem.isEmpty()
            ? QString()
            : tr("%1 — the totals leave that line out until it is fixed.").arg(problem));
    m_hint->setVisible(!problem.isEmpty());
}

void InvoiceEditor::addLine()
{
    const int row = m_lines->appendRow();
    const QModelIndex cell = m_lines->index(row, InvoiceLinesModel::Description);
    m_view->setCurrentIndex(cell);
    m_view->edit(cell);
}

void InvoiceEditor::removeLine()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_lines->removeLine(current.row());
}

void InvoiceEditor::addUninvoicedEntries()
{
    if (const auto through = askThrough(m_workspace.book().invoices().today(), this))
        static_cast<void>(addUninvoiced(*through)); // shown in the dialog
}

Result<int> InvoiceEditor::addUninvoiced(const QDate &through)
{
    if (const Status saved = shown(persist()); !saved)
        return saved.error();
    auto added
        = m_workspace.book().invoices().addUninvoiced(m_workspace.actor(), m_draftId, through);
    if (!added) {
        m_problems.show(added.error());
        return added.error();
    }
    reloadLines();
    m_workspace.bookChanged();
    m_status->setText(*added == 0 ? tr("No uninvoiced entries up to %1.")
                                        .arg(QLocale().toString(through, QLocale::ShortFormat))
                          : *added == 1 ? tr("1 entry added.")
                                        : tr("%1 entries added.").arg(*added));
    return added;
}

QString InvoiceEditor::status() const
{
    return m_status->text();
}

Status InvoiceEditor::shown(const Status &status)
{
    if (!status)
        m_problems.show(status.error());
    return status;
}

Status InvoiceEditor::persist()
{
    m_problems.clear();
    if (const QString problem = m_lines->firstProblem(); !problem.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 (fix the marked cell first; nothing was saved)").arg(problem));
    COFFER_TRY(writeDraft());
    COFFER_TRY(syncLines());
    reloadLines();
    return success();
}

Status InvoiceEditor::writeDraft()
{
    InvoiceService &invoices = m_workspace.book().invoices();
    const QDate due = m_hasDue->isChecked() ? m_due->date() : QDate();
    const QString note = m_note->toPlainText();
    if (m_draftId != 0) {
        auto updated = invoices.updateDraft(m_workspace.actor(), m_draftId, due, note);
        if (!updated)
            return updated.error();
        m_saved = *updated;
        return success();
    }
    const std::optional<Customer> customer = currentCustomer();
    if (!customer)
        return makeError(ErrorCode::FieldRequired, tr("customer: choose whom to bill"));
    auto created
        = invoices.createDraft(m_workspace.actor(), NewInvoice {customer->name, due, note, {}});
    if (!created)
        return created.error();
    m_draftId = created->id;
    m_saved = *created;
    m_customer->setEnabled(false); // a draft's customer is fixed
    m_workspace.bookChanged();
    return success();
}

Status InvoiceEditor::syncLines()
{
    InvoiceService &invoices = m_workspace.book().invoices();
    auto stored = invoices.show(m_workspace.actor(), QString::number(m_draftId));
    if (!stored)
        return stored.error();
    QSet<int> kept;
    for (const InvoiceLinesModel::Row &row : m_lines->rows()) {
        if (!row.changed && row.position != 0)
            kept.insert(row.position);
    }
    // Lines removed or changed in the table go; changed ones are added again below.
    for (auto line = stored->lines.crbegin(); line != stored->lines.crend(); ++line) {
        if (!kept.contains(line->position))
            COFFER_TRY(invoices.removeLine(m_workspace.actor(), m_draftId, line->position));
    }
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const InvoiceLinesModel::Row &r = m_lines->rows().at(row);
        if (m_lines->isBlank(row) || (!r.changed && r.position != 0))
            continue;
        auto added = invoices.addLine(m_workspace.actor(), m_draftId, m_lines->newLine(row));
        if (!added) {
            m_lines->markProblem(row, InvoiceLinesModel::columnNamed(added.error().detail),
                                 added.error().detail);
            return makeError(added.error().code,
                             tr("line %1: %2").arg(row + 1).arg(added.error().detail));
        }
        m_lines->setStored(row, added->lines.last().position);
    }
    return success();
}

void InvoiceEditor::reloadLines()
{
    auto stored
        = m_workspace.book().invoices().show(m_workspace.actor(), QString::number(m_draftId));
    if (stored)
        m_lines->setLines(stored->lines);
}

Status InvoiceEditor::saveDraft()
{
    const Status saved = shown(persist());
    m_workspace.bookChanged();
    if (saved)
        accept();
    return saved;
}

Status InvoiceEditor::saveAndIssue()
{
    if (const Status saved = shown(persist()); !saved) {
        m_workspace.bookChanged();
        return saved;
    }
    auto issued = m_workspace.book().invoices().issue(m_workspace.actor(), m_draftId);
    m_workspace.bookChanged();
    if (!issued)
        return shown(issued.error());
    m_saved = *issued;
    accept();
    return success();
}

} // namespace coffer::ui
