#pragma once

#include "invoices/customerservice.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace coffer::ui {

class CustomerLedgerModel;
class OpenInvoiceModel;

// One customer beside the list: who they are (address, tax id, e-mail), what they
// owe or the credit held for them, their ledger with the balance after each line,
// and their open invoices with what is still owed and how late each is.
class CustomerDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerDetailView(QWidget *parent = nullptr);

    // Shows `account` (nothing: an empty pane); `today` tells how late invoices are.
    // `lineLimit`: the ledger was read up to this many lines (0: whole).
    void show(const std::optional<CustomerAccount> &account, const QDate &today, int lineLimit = 0);

    QLabel *summary() const { return m_summary; }
    QLabel *balance() const { return m_balance; }
    QLabel *credit() const { return m_credit; }
    QTableView *ledgerView() const { return m_ledgerView; }
    CustomerLedgerModel *ledgerModel() const { return m_ledgerModel; }
    QTableView *openInvoiceView() const { return m_openView; }
    OpenInvoiceModel *openInvoiceModel() const { return m_openModel; }
    // The numbers of the open invoices selected in the view, in the order shown.
    QStringList selectedInvoiceNumbers() const;

private:
    QWidget *summaryPanel();
    QString summaryText(const Customer &customer) const;

    QLabel *m_summary;
    QLabel *m_balance;
    QLabel *m_credit;
    QLabel *m_ledgerTitle;
    QLabel *m_openTitle;
    CustomerLedgerModel *m_ledgerModel;
    QTableView *m_ledgerView;
    OpenInvoiceModel *m_openModel;
    QTableView *m_openView;
};

} // namespace coffer::ui
