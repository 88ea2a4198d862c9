#include "invoices/invoicelistmodel.h"

#include "invoices/invoicetexts.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace coffer::ui {

QString invoiceKey(const Invoice &invoice)
{
    return invoice.number.isEmpty() ? QString::number(invoice.id) : invoice.number;
}

InvoiceListModel::InvoiceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void InvoiceListModel::setInvoices(const QList<Invoice> &invoices, const QDate &today)
{
    beginResetModel();
    m_invoices = invoices;
    m_today = today;
    endResetModel();
}

const Invoice *InvoiceListModel::invoiceAt(int row) const
{
    return row >= 0 && row < m_invoices.size() ? &m_invoices.at(row) : nullptr;
}

int InvoiceListModel::rowOf(const QString &numberOrId) const
{
    for (int row = 0; row < m_invoices.size(); ++row) {
        if (invoiceKey(m_invoices.at(row)) == numberOrId)
            return row;
    }
    return -1;
}

int InvoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_invoices.size());
}

int InvoiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::displayText(const Invoice &i, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case Number: return InvoiceTexts::label(i);
    case Kind: return InvoiceTexts::kindName(i.kind);
    case Customer: return i.customerName;
    case State: return InvoiceTexts::stateName(i.displayState());
    case Issued: return locale.toString(i.issueDate, QLocale::ShortFormat);
    case Due:
        return i.kind == InvoiceKind::CreditNote ? QString()
                                                 : locale.toString(i.dueDate, QLocale::ShortFormat);
    case Total: return InvoiceTexts::money(i.total);
    case Outstanding: return isOpen(i) ? InvoiceTexts::money(i.outstanding()) : QString();
    case Age: return InvoiceTexts::age(i, m_today);
    case ColumnCount: break;
    }
    return {};
}

QVariant InvoiceListModel::sortValue(const Invoice &i, int column) const
{
    switch (Column(column)) {
    case Number: return i.number.isEmpty() ? QStringLiteral("~%1").arg(i.id, 12) : i.number;
    case Issued: return i.issueDate;
    case Due: return i.dueDate;
    case Total: return i.total.minorUnits();
    case Outstanding: return isOpen(i) ? i.outstanding().minorUnits() : 0;
    case Age: return isOpen(i) ? daysLate(i, m_today) : std::numeric_limits<int>::min();
    case State: return int(i.displayState());
    case Kind:
    case Customer:
    case ColumnCount: break;
    }
    return displayText(i, column);
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    const Invoice *invoice = index.isValid() ? invoiceAt(index.row()) : nullptr;
    if (!invoice)
        return {};
    switch (role) {
    case Qt::DisplayRole: return displayText(*invoice, index.column());
    case SortRole: return sortValue(*invoice, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Outstanding)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole: {
        // Late is red-ish before the overdue run has marked it too.
        const bool late
            = index.column() == Age && isOpen(*invoice) && daysLate(*invoice, m_today) > 0;
        const QColor color = index.column() == State
            ? stateColor(invoice->displayState(), QApplication::palette())
            : late ? stateColor(InvoiceDisplayState::Overdue, QApplication::palette())
                   : QColor();
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::ToolTipRole:
        if (index.column() == Customer)
            return invoice->customerName; // a long name is elided in its column
        return index.column() == Number && !invoice->cancelsNumber.isEmpty()
            ? tr("Cancels %1").arg(invoice->cancelsNumber)
            : QVariant();
    default: return {};
    }
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number: return tr("Number");
    case Kind: return tr("Kind");
    case Customer: return tr("Customer");
    case State: return tr("State");
    case Issued: return tr("Issued");
    case Due: return tr("Due");
    case Total: return tr("Total");
    case Outstanding: return tr("Outstanding");
    case Age: return tr("Age");
    case ColumnCount: break;
    }
    return {};
}

} // namespace coffer::ui
