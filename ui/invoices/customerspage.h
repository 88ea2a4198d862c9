#pragma once

#include "pages/page.h"

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace coffer::ui {

class CustomerDetailView;
class CustomerTableModel;

// The merchant's customers: a searchable list with each one's terms, billing cycle,
// prices and balance; the selected customer's details, ledger and open invoices
// beside it; and, for those who manage invoices, New customer, Edit customer and
// Register payment. Auditors and other readers see the same without the actions.
class CustomersPage : public Page
{
    Q_OBJECT

public:
    // The ledger shows at most this many of a customer's newest lines.
    static constexpr int ledgerLines = 500;

    explicit CustomersPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override { return tr("Customers"); }
    void reload() override;
    PrintJob printJob() override;

    QTableView *customerView() const { return m_view; }
    // The customers in the order read (the view shows them through a search filter).
    CustomerTableModel *customerModel() const { return m_model; }
    QLineEdit *search() const { return m_search; }
    CustomerDetailView *detail() const { return m_detail; }
    QPushButton *button(const QString &objectName) const;
    const Customer *selectedCustomer() const;
    bool selectCustomer(const QString &name);

public Q_SLOTS:
    void newCustomer();
    void editCustomer();
    void registerPayment();
    void saveReceipt();

public:
    // Writes the receipt of a payment (its id) as PDF; what saveReceipt() does once a
    // file is chosen.
    Status saveReceiptTo(qint64 paymentId, const QString &path) const;

private:
    const CustomerLedgerLine *selectedPaymentLine() const;
    void updateReceiptButton();
    QLayout *actionRow();
    void showSelected();

    CustomerTableModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_search;
    CustomerDetailView *m_detail;
    QList<QPushButton *> m_buttons;
};

} // namespace coffer::ui
