#pragma once

#include "invoices/invoiceservice.h"
#include "payees/fieldproblems.h"
#include "workspace.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace coffer::ui {

class AllocationModel;

// Money received from a customer: who paid, how much (in the customer's currency,
// typed in the user's locale), how and with what reference, on which day, whether
// it is recorded as a sale in one of the merchant's wallets too, and which open
// invoices it is for. As the amount or the ticked invoices change, the table
// previews where the money would go (InvoiceService::planAllocation) and what would
// be kept as credit. OK registers the payment; a refusal shows under the field it
// names and the dialog stays open.
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    // `customer` is preselected (the first customer when empty or unknown), and the
    // open invoices in `invoiceNumbers` are ticked and listed first, in that order.
    PaymentDialog(Workspace &workspace, const QString &customer, const QStringList &invoiceNumbers,
                  QWidget *parent = nullptr);
    void accept() override;

    // The form as a payment request. Errors: the amount's parse errors, CustomerNotFound
    // (no customer to choose).
    Result<NewPayment> request() const;
    // The payment as registered, once OK succeeded.
    const std::optional<RegisteredPayment> &registered() const { return m_registered; }
    QString problem(const QString &field = {}) const { return m_problems.text(field); }

    QComboBox *customer() const { return m_customer; }
    QLineEdit *amount() const { return m_amount; }
    QComboBox *method() const { return m_method; }
    QLineEdit *reference() const { return m_reference; }
    QDateEdit *date() const { return m_date; }
    QComboBox *wallet() const { return m_wallet; }
    QTableView *allocationView() const { return m_allocationView; }
    AllocationModel *allocations() const { return m_allocations; }
    // "Kept as credit: 5.00 USD" (or the preview's problem).
    QLabel *keptAsCredit() const { return m_keptAsCredit; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createFields();
    QLayout *form();
    void loadCustomers(const QString &preselected);
    // Currency, wallets and open invoices of the chosen customer.
    void loadCustomer(const QStringList &checked);
    void fillWallets(const Currency &currency);
    void prefillAmount();
    void updatePreview();
    // The method as stored: the code of a listed one, else the text typed.
    QString methodValue() const;

    Workspace &m_workspace;
    QList<Customer> m_customers;
    Currency m_currency;
    QComboBox *m_customer = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_currencyCode = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_reference = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_wallet = nullptr;
    AllocationModel *m_allocations = nullptr;
    QTableView *m_allocationView = nullptr;
    QLabel *m_keptAsCredit = nullptr;
    FieldProblems m_problems;
    std::optional<RegisteredPayment> m_registered;
};

} // namespace coffer::ui
