#pragma once

#include "invoices/invoicetypes.h"

#include <QAbstractTableModel>

namespace coffer::ui {

// In each model the display role gives formatted text and RawValueRole what sorts
// (a name, an amount in minor units, a date).

// The merchant's customers with their billing settings and balance.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Email,
        Terms,
        Cycle,
        Prices,
        Balance,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;
    void setCustomers(const QList<Customer> &customers);
    const Customer *customerAt(int row) const;
    // The row of the customer called `name` (case-insensitive), or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant text(const Customer &customer, int column) const;
    QList<Customer> m_customers;
};

// One customer's ledger, oldest first, with the balance after each line.
class CustomerLedgerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Kind,
        Description,
        Reference,
        Amount,
        BalanceAfter,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;
    void setLines(const QList<CustomerLedgerLine> &lines);
    const CustomerLedgerLine *lineAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant text(const CustomerLedgerLine &line, int column) const;
    QList<CustomerLedgerLine> m_lines;
};

// A customer's open invoices, oldest first, with what is still owed on each and how
// many days past due it is on `today`.
class OpenInvoiceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Issued,
        Due,
        Total,
        Outstanding,
        DaysLate,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;
    void setInvoices(const QList<Invoice> &invoices, const QDate &today);
    const Invoice *invoiceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant text(const Invoice &invoice, int column) const;
    QList<Invoice> m_invoices;
    QDate m_today;
};

} // namespace coffer::ui
