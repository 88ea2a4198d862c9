#include "models/transactionlistmodel.h"

#include <QLocale>
#include <QPalette>
#include <QScopeGuard>

namespace coffer::ui {

TransactionListModel::TransactionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TransactionListModel::setFilter(const LedgerService *ledger, const Actor &actor,
                                     const TransactionFilter &filter,
                                     const QHash<qint64, QString> &walletNames,
                                     const QHash<qint64, QString> &categoryNames)
{
    m_fetching = true; // listeners of the reset must not fetch inside it
    beginResetModel();
    m_ledger = ledger;
    m_actor = actor;
    m_filter = filter;
    m_filter.limit = pageSize;
    m_filter.beforeDate = {};
    m_filter.beforeId = 0;
    m_complete = ledger == nullptr;
    m_rows.clear();
    m_walletNames = walletNames;
    m_categoryNames = categoryNames;
    endResetModel();
    m_fetching = false;
    if (canFetchMore({}))
        fetchMore({});
}

const Transaction *TransactionListModel::transactionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void TransactionListModel::fetchAll()
{
    while (canFetchMore({}))
        fetchMore({});
}

bool TransactionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_fetching;
}

void TransactionListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    auto page = m_ledger->list(m_actor, m_filter);
    if (!page) {
        m_complete = true; // stop asking; the view shows what it has
        Q_EMIT loadFailed(page.error().detail);
        return;
    }
    m_complete = page->size() < pageSize;
    if (page->isEmpty())
        return;
    m_filter.beforeDate = page->last().date;
    m_filter.beforeId = page->last().id;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
}

int TransactionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransactionListModel::typeName(TransactionType type)
{
    switch (type) {
    case TransactionType::Income: return tr("Income");
    case TransactionType::Expense: return tr("Expense");
    case TransactionType::Transfer: return tr("Transfer");
    }
    return {};
}

QString TransactionListModel::statusName(const Transaction &t)
{
    if (t.reversesId != 0)
        return tr("Reversal of #%1").arg(t.reversesId);
    if (t.reversedById != 0)
        return tr("Reversed by #%1").arg(t.reversedById);
    switch (t.status) {
    case TransactionStatus::Pending: return tr("Pending");
    case TransactionStatus::Completed: return tr("Completed");
    case TransactionStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString TransactionListModel::walletText(const Transaction &t) const
{
    if (t.type != TransactionType::Transfer)
        return m_walletNames.value(t.walletId);
    return tr("%1 → %2").arg(m_walletNames.value(t.walletId), m_walletNames.value(t.toWalletId));
}

QString TransactionListModel::amountText(const Transaction &t) const
{
    const QString sent = t.amount.format(QLocale());
    if (t.toAmount && !(t.toAmount->currency() == t.amount.currency()))
        return tr("%1 → %2").arg(sent, t.toAmount->format(QLocale()));
    return sent;
}

QVariant TransactionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Transaction &t = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return QLocale().toString(t.id);
        case Date: return QLocale().toString(t.date, QLocale::ShortFormat);
        case Type: return typeName(t.type);
        case Wallet: return walletText(t);
        case Category: return m_categoryNames.value(t.categoryId);
        case Amount: return amountText(t);
        case Status: return statusName(t);
        case Note:
            return t.referenceId.isEmpty()
                ? t.note.simplified()
                : QStringLiteral("%1 [%2:%3]")
                      .arg(t.note.simplified(), t.referenceType, t.referenceId);
        default: return {};
        }
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case Id: return t.id;
        case Date: return t.date;
        case Amount: return t.amount.minorUnits();
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Id))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole
        && (t.status != TransactionStatus::Completed || t.reversedById != 0))
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant TransactionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("No.");
    case Date: return tr("Date");
    case Type: return tr("Type");
    case Wallet: return tr("Wallet");
    case Category: return tr("Category");
    case Amount: return tr("Amount");
    case Status: return tr("Status");
    case Note: return tr("Note / reference");
    default: return {};
    }
}

} // namespace coffer::ui
