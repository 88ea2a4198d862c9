#pragma once

#include "payees/fieldproblems.h"
#include "workspace.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace coffer::ui {

class InvoiceLinesModel;
class InvoiceTotalsView;

// Writes a new invoice or edits a draft: the customer (new only), an optional due
// date, a note and the lines, with live totals as the core computes them. Saving
// calls the core step by step (createDraft or updateDraft, then removeLine/addLine to
// match the table), each step checked there; a refusal shows at the field or line it
// names and the dialog stays open. "Save and issue" issues the draft after saving.
class InvoiceEditor : public QDialog
{
    Q_OBJECT

public:
    // A new invoice.
    InvoiceEditor(Workspace &workspace, QWidget *parent);
    // The draft shown by `draft`.
    InvoiceEditor(Workspace &workspace, const InvoiceDetail &draft, QWidget *parent);

    QComboBox *customer() const { return m_customer; }
    QCheckBox *hasDueDate() const { return m_hasDue; }
    QDateEdit *dueDate() const { return m_due; }
    QPlainTextEdit *note() const { return m_note; }
    QTableView *linesView() const { return m_view; }
    InvoiceLinesModel *lines() const { return m_lines; }
    InvoiceTotalsView *totals() const { return m_totals; }
    QPushButton *button(const QString &objectName) const;
    // What is shown for `field` ("customer", "due", "note"; empty: the general one).
    QString problem(const QString &field = {}) const { return m_problems.text(field); }
    // What the last "Add uninvoiced entries" did.
    QString status() const;
    // The draft being edited (0: none stored yet), and the invoice as last saved.
    qint64 draftId() const { return m_draftId; }
    const Invoice &saved() const { return m_saved; }

public Q_SLOTS:
    void addLine();
    void removeLine();
    // Asks up to which day, then adds the customer's uninvoiced entries.
    void addUninvoicedEntries();
    // As the buttons do: on success the dialog is accepted.
    Status saveDraft();
    Status saveAndIssue();

public:
    // Saves the draft, then adds the customer's uninvoiced ledger entries dated up to
    // `through` to it and shows them; returns how many were added.
    Result<int> addUninvoiced(const QDate &through);

private:
    InvoiceEditor(Workspace &workspace, std::optional<InvoiceDetail> draft, QWidget *parent);
    QLayout *buildHeader(bool newInvoice);
    QLayout *buildButtons();
    void loadCustomers();
    void customerChanged();
    void updateHint();
    std::optional<Customer> currentCustomer() const;
    // Makes the stored draft match the dialog; refusals are shown.
    Status persist();
    Status writeDraft();
    Status syncLines();
    void reloadLines();
    Status shown(const Status &status);

    Workspace &m_workspace;
    qint64 m_draftId = 0;
    Invoice m_saved;
    QList<Customer> m_customers;
    QComboBox *m_customer = nullptr;
    QLabel *m_customerName = nullptr;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QLabel *m_terms;
    QPlainTextEdit *m_note;
    InvoiceLinesModel *m_lines;
    QTableView *m_view;
    InvoiceTotalsView *m_totals;
    QLabel *m_hint;
    QLabel *m_status;
    FieldProblems m_problems;
    QList<QPushButton *> m_buttons;
};

} // namespace coffer::ui
