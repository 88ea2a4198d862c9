#pragma once

#include "invoices/invoicetypes.h"

#include <QAbstractTableModel>
#include <QDate>

namespace coffer::ui {

// The invoices and credit notes of the list, newest first as the core gives them.
// The display role gives formatted text; SortRole gives the raw value (dates, minor
// units, days late) for sorting.
class InvoiceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Kind,
        Customer,
        State,
        Issued,
        Due,
        Total,
        Outstanding,
        Age,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit InvoiceListModel(QObject *parent = nullptr);

    // `today` is the business day the ages are counted to.
    void setInvoices(const QList<Invoice> &invoices, const QDate &today);
    const QList<Invoice> &invoices() const { return m_invoices; }
    const Invoice *invoiceAt(int row) const;
    // The row of the invoice with this number (or draft id as text), or -1.
    int rowOf(const QString &numberOrId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const Invoice &invoice, int column) const;
    QVariant sortValue(const Invoice &invoice, int column) const;

    QList<Invoice> m_invoices;
    QDate m_today;
};

// An invoice's key for finding it again: its number, or a draft's id as text.
QString invoiceKey(const Invoice &invoice);

} // namespace coffer::ui
