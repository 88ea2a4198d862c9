#include "invoices/customermodels.h"

#include "invoices/customertexts.h"

#include <QPalette>

namespace coffer::ui {

namespace {

QVariant rightAligned()
{
    return QVariant(Qt::AlignRight | Qt::AlignVCenter);
}

// Credit held for a customer, money received and credit notes read in the quieter
// colour of links, so that what is owed stands out.
QVariant creditColour(const Money &amount)
{
    if (!amount.isNegative())
        return {};
    return QPalette().brush(QPalette::Link);
}

} // namespace

void CustomerTableModel::setCustomers(const QList<Customer> &customers)
{
    beginResetModel();
    m_customers = customers;
    endResetModel();
}

const Customer *CustomerTableModel::customerAt(int row) const
{
    return row >= 0 && row < m_customers.size() ? &m_customers.at(row) : nullptr;
}

int CustomerTableModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_customers.size(); ++row) {
        if (m_customers.at(row).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::text(const Customer &c, int column) const
{
    switch (column) {
    case Name: return c.name;
    case Email: return c.email;
    case Terms: return CustomerTexts::terms(c.termsDays);
    case Cycle: return CustomerTexts::cycle(c.cycle);
    case Prices: return CustomerTexts::taxMode(c.taxMode);
    case Balance: return CustomerTexts::balance(c.balance);
    default: return {};
    }
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer &c = m_customers.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return text(c, index.column());
    case RawValueRole:
        if (index.column() == Balance)
            return c.balance.minorUnits();
        if (index.column() == Terms)
            return c.termsDays;
        return text(c, index.column());
    case Qt::TextAlignmentRole: return index.column() == Balance ? rightAligned() : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Balance ? creditColour(c.balance) : QVariant();
    default: return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == Balance)
        return rightAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Email: return tr("E-mail");
    case Terms: return tr("Terms");
    case Cycle: return tr("Cycle");
    case Prices: return tr("Prices");
    case Balance: return tr("Balance");
    default: return {};
    }
}

void CustomerLedgerModel::setLines(const QList<CustomerLedgerLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

const CustomerLedgerLine *CustomerLedgerModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

int CustomerLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CustomerLedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerLedgerModel::text(const CustomerLedgerLine &line, int column) const
{
    switch (column) {
    case Date: return CustomerTexts::date(line.date);
    case Kind: return CustomerTexts::lineKind(line.kind);
    case Description: return line.description;
    case Reference: return CustomerTexts::reference(line);
    case Amount: return CustomerTexts::signedAmount(line.amount);
    case BalanceAfter: return CustomerTexts::balance(line.balanceAfter);
    default: return {};
    }
}

QVariant CustomerLedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerLedgerLine &line = m_lines.at(index.row());
    const bool amount = index.column() == Amount || index.column() == BalanceAfter;
    switch (role) {
    case Qt::DisplayRole: return text(line, index.column());
    case Qt::ToolTipRole: return index.column() == Description ? line.description : QVariant();
    case RawValueRole:
        if (index.column() == Date)
            return line.date;
        if (amount)
            return (index.column() == Amount ? line.amount : line.balanceAfter).minorUnits();
        return text(line, index.column());
    case Qt::TextAlignmentRole: return amount ? rightAligned() : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Amount)
            return creditColour(line.amount);
        return index.column() == BalanceAfter ? creditColour(line.balanceAfter) : QVariant();
    default: return {};
    }
}

QVariant CustomerLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == Amount || section == BalanceAfter))
        return rightAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Kind: return tr("Kind");
    case Description: return tr("Description");
    case Reference: return tr("Reference");
    case Amount: return tr("Amount");
    case BalanceAfter: return tr("Balance");
    default: return {};
    }
}

void OpenInvoiceModel::setInvoices(const QList<Invoice> &invoices, const QDate &today)
{
    beginResetModel();
    m_invoices = invoices;
    m_today = today;
    endResetModel();
}

const Invoice *OpenInvoiceModel::invoiceAt(int row) const
{
    return row >= 0 && row < m_invoices.size() ? &m_invoices.at(row) : nullptr;
}

int OpenInvoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_invoices.size());
}

int OpenInvoiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenInvoiceModel::text(const Invoice &invoice, int column) const
{
    switch (column) {
    case Number: return invoice.number;
    case Issued: return CustomerTexts::date(invoice.issueDate);
    case Due: return CustomerTexts::date(invoice.dueDate);
    case Total: return invoice.total.format();
    case Outstanding: return invoice.outstanding().format();
    case DaysLate: return CustomerTexts::daysLate(invoice.dueDate, m_today);
    default: return {};
    }
}

QVariant OpenInvoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invoice &invoice = m_invoices.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return text(invoice, column);
    case RawValueRole:
        switch (column) {
        case Issued: return invoice.issueDate;
        case Due: return invoice.dueDate;
        case Total: return invoice.total.minorUnits();
        case Outstanding: return invoice.outstanding().minorUnits();
        case DaysLate: return qMax<qint64>(0, invoice.dueDate.daysTo(m_today));
        default: return text(invoice, column);
        }
    case Qt::TextAlignmentRole:
        return column == Total || column == Outstanding || column == DaysLate ? rightAligned()
                                                                              : QVariant();
    default: return {};
    }
}

QVariant OpenInvoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section >= Total)
        return rightAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Invoice");
    case Issued: return tr("Issued");
    case Due: return tr("Due");
    case Total: return tr("Total");
    case Outstanding: return tr("Outstanding");
    case DaysLate: return tr("Days late");
    default: return {};
    }
}

} // namespace coffer::ui
