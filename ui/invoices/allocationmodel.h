#pragma once

#include "invoices/invoicetypes.h"

#include <QAbstractTableModel>

namespace coffer::ui {

// The open invoices a payment may go to, one per row: the user ticks those the
// payment is for, and the Allocated column previews where the amount would go (the
// plan of InvoiceService::planAllocation).
class AllocationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number, // checkable
        Issued,
        Due,
        Outstanding,
        Allocated,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;
    // The invoices named in `checked` come first, ticked, in that order; then the
    // others as given (oldest first).
    void setInvoices(const QList<Invoice> &invoices, const QStringList &checked);
    // The ticked invoices' numbers in the order shown.
    QStringList checkedNumbers() const;
    void setChecked(const QString &number, bool checked);
    // What each invoice would receive; empty clears the preview.
    void setPlan(const QList<PaymentAllocation> &plan);
    const Invoice *invoiceAt(int row) const;
    // The planned amount for the invoice on `row`, if any.
    std::optional<Money> plannedAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The user ticked or cleared an invoice.
    void checkedChanged();

private:
    struct Row
    {
        Invoice invoice;
        bool checked = false;
        std::optional<Money> planned;
    };
    QVariant text(const Row &row, int column) const;
    QList<Row> m_rows;
};

} // namespace coffer::ui
