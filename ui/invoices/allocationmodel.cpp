#include "invoices/allocationmodel.h"

#include "invoices/customertexts.h"

#include <QFont>

namespace coffer::ui {

void AllocationModel::setInvoices(const QList<Invoice> &invoices, const QStringList &checked)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &number : checked) {
        for (const Invoice &invoice : invoices) {
            if (invoice.number.compare(number, Qt::CaseInsensitive) == 0)
                m_rows.append({invoice, true, std::nullopt});
        }
    }
    for (const Invoice &invoice : invoices) {
        const bool named = std::any_of(m_rows.cbegin(), m_rows.cend(), [&invoice](const Row &r) {
            return r.invoice.id == invoice.id;
        });
        if (!named)
            m_rows.append({invoice, false, std::nullopt});
    }
    endResetModel();
}

QStringList AllocationModel::checkedNumbers() const
{
    QStringList numbers;
    for (const Row &row : m_rows) {
        if (row.checked)
            numbers << row.invoice.number;
    }
    return numbers;
}

void AllocationModel::setChecked(const QString &number, bool checked)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).invoice.number == number)
            setData(index(row, Number), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
}

void AllocationModel::setPlan(const QList<PaymentAllocation> &plan)
{
    for (Row &row : m_rows) {
        row.planned.reset();
        for (const PaymentAllocation &a : plan) {
            if (a.invoiceId == row.invoice.id)
                row.planned = a.amount;
        }
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Allocated), index(int(m_rows.size()) - 1, Allocated));
}

const Invoice *AllocationModel::invoiceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).invoice : nullptr;
}

std::optional<Money> AllocationModel::plannedAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).planned : std::nullopt;
}

int AllocationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AllocationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationModel::text(const Row &row, int column) const
{
    switch (column) {
    case Number: return row.invoice.number;
    case Issued: return CustomerTexts::date(row.invoice.issueDate);
    case Due: return CustomerTexts::date(row.invoice.dueDate);
    case Outstanding: return row.invoice.outstanding().format();
    case Allocated: return row.planned ? row.planned->format() : QString();
    default: return {};
    }
}

QVariant AllocationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return text(row, column);
    case Qt::CheckStateRole:
        return column == Number ? QVariant(row.checked ? Qt::Checked : Qt::Unchecked) : QVariant();
    case RawValueRole:
        if (column == Outstanding)
            return row.invoice.outstanding().minorUnits();
        if (column == Allocated)
            return row.planned ? QVariant(row.planned->minorUnits()) : QVariant();
        return text(row, column);
    case Qt::TextAlignmentRole:
        return column >= Outstanding ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (column == Allocated && row.planned) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default: return {};
    }
}

bool AllocationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != Number || role != Qt::CheckStateRole)
        return false;
    const bool checked = Qt::CheckState(value.toInt()) == Qt::Checked;
    Row &row = m_rows[index.row()];
    if (row.checked == checked)
        return true;
    row.checked = checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags AllocationModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Number)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant AllocationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section >= Outstanding)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Invoice");
    case Issued: return tr("Issued");
    case Due: return tr("Due");
    case Outstanding: return tr("Outstanding");
    case Allocated: return tr("This payment");
    default: return {};
    }
}

} // namespace coffer::ui
