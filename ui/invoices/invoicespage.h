#pragma once

#include "invoices/invoiceprinting.h"
#include "pages/page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace coffer::ui {

class AgingStrip;
class BillingJobsDialog;
class InvoiceDetailView;
class InvoiceListModel;

// The merchant's invoices and credit notes: filtered by state, customer and number,
// with what is outstanding by age above the list and the selected invoice in full
// beside it; the actions the user's roles allow: write and edit drafts, issue, cancel
// with a credit note, register a payment (through paymentRequested), print, save the
// PDF kept at issue (one, or several to a folder) and run the billing jobs. Several
// invoices may be selected (Ctrl or Shift and click) to save their PDFs or pay them.
class InvoicesPage : public Page
{
    Q_OBJECT

public:
    explicit InvoicesPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override { return tr("Invoices"); }
    void reload() override;
    PrintJob printJob() override;

    QTableView *view() const { return m_view; }
    InvoiceListModel *model() const { return m_model; }
    AgingStrip *aging() const { return m_aging; }
    InvoiceDetailView *detail() const { return m_detail; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *customerFilter() const { return m_customer; }
    QLineEdit *search() const { return m_search; }
    QLabel *count() const { return m_count; }
    QPushButton *button(const QString &objectName) const;

    // Shows only invoices in this state (none: all); reloads.
    void setStateFilter(std::optional<InvoiceDisplayState> state);
    // Shows only this customer's invoices (empty: everyone's); reloads.
    void setCustomerFilter(const QString &customer);
    // The invoices shown, in the order shown.
    QList<Invoice> listed() const;
    const Invoice *currentInvoice() const;
    QList<Invoice> selectedInvoices() const;
    // Makes the invoice (a number, or a draft's id as text) current and selected.
    bool selectInvoice(const QString &numberOrId);
    // Selects these; `current` (one of them) becomes current, else the first found.
    bool selectInvoices(const QStringList &numbersOrIds, const QString &current = {});

    // The actions, as the buttons and their dialogs call them.
    Status issueSelected();
    Status deleteSelectedDraft();
    // Returns the credit note.
    Result<Invoice> cancelSelected(const QString &reason);
    Status saveSelectedPdf(const QString &path);
    Result<SavedPdfs> savePdfsTo(const QString &folder);

public Q_SLOTS:
    void newInvoice();
    void editDraft();
    void issue();
    void deleteDraft();
    void cancelInvoice();
    void printPreview();
    void print();
    void savePdf();
    void savePdfsToFolder();
    void billingJobs();
    // Emits paymentRequested for the selected open invoices (one customer's).
    void requestPayment();

Q_SIGNALS:
    // The user asks to register a payment from `customer` for the invoices
    // `numbers` (open ones, oldest due first in the order selected; may be empty).
    void paymentRequested(const QString &customer, const QStringList &numbers);

private:
    QLayout *buildFilters();
    QLayout *buildActions();
    QLayout *buildOutputs();
    // A button of the page, in `button()`'s list; the caller lays it out.
    QPushButton *addButton(const QString &text, const char *name, void (InvoicesPage::*slot)());
    void loadCustomers();
    void updateSelection();
    void updateButtons();
    // Reloads and makes `key` current (then the list shows every state if needed).
    void reloadShowing(const QString &key);
    QString currentKey() const;
    std::optional<InvoiceDetail> printable();

    InvoiceListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_state;
    QComboBox *m_customer;
    QLineEdit *m_search;
    AgingStrip *m_aging;
    InvoiceDetailView *m_detail;
    QLabel *m_count;
    QList<QPushButton *> m_buttons;
    QStringList m_customerNames;
};

} // namespace coffer::ui
