#include "models/registermodel.h"

#include "models/transactionlistmodel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>
#include <QScopeGuard>

namespace coffer::ui {

RegisterModel::RegisterModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RegisterModel::setWallet(const ReportService *reports, const Actor &actor,
                              const Wallet &wallet, const QHash<qint64, QString> &categoryNames,
                              const QHash<qint64, QString> &walletNames)
{
    m_fetching = true; // listeners of the reset must not fetch inside it
    beginResetModel();
    m_reports = reports;
    m_actor = actor;
    m_wallet = wallet;
    m_next = RegisterCursor {};
    m_complete = reports == nullptr;
    m_lines.clear();
    m_categoryNames = categoryNames;
    m_walletNames = walletNames;
    endResetModel();
    m_fetching = false;
    if (canFetchMore({}))
        fetchMore({});
}

void RegisterModel::clear()
{
    setWallet(nullptr, {}, {}, {}, {});
}

const RegisterLine *RegisterModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

bool RegisterModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_fetching;
}

void RegisterModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    auto page = m_reports->registerPage(m_actor, m_wallet, m_next, pageSize);
    if (!page) {
        m_complete = true; // stop asking; the view shows what it has
        Q_EMIT loadFailed(page.error().detail);
        return;
    }
    m_complete = page->complete;
    if (page->lines.isEmpty())
        return;
    m_next = page->next;
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(page->lines.size()) - 1);
    m_lines.append(page->lines);
    endInsertRows();
}

int RegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int RegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RegisterModel::details(const RegisterLine &line) const
{
    const Transaction &t = line.transaction;
    QString text;
    if (t.type == TransactionType::Transfer) {
        const bool incoming = line.change.isPositive() != (t.reversesId != 0);
        text = incoming ? tr("From %1").arg(m_walletNames.value(t.walletId))
                        : tr("To %1").arg(m_walletNames.value(t.toWalletId));
    } else {
        text = m_categoryNames.value(t.categoryId);
    }
    if (t.reversesId != 0)
        text = tr("Reversal of #%1: %2").arg(t.reversesId).arg(text);
    if (!t.note.isEmpty() && t.reversesId == 0)
        text += QStringLiteral(" — ") + t.note.simplified();
    return text;
}

QVariant RegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegisterLine &line = m_lines.at(index.row());
    const Transaction &t = line.transaction;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date: return QLocale().toString(t.date, QLocale::ShortFormat);
        case Type: return TransactionListModel::typeName(t.type);
        case Details: return details(line);
        case Change: return line.change.format(QLocale());
        case Balance:
            return t.status == TransactionStatus::Completed ? line.balanceAfter.format(QLocale())
                                                            : QString();
        case Status: return TransactionListModel::statusName(t);
        default: return {};
        }
    }
    if (role == RawValueRole) {
        if (index.column() == Change)
            return line.change.minorUnits();
        if (index.column() == Balance)
            return line.balanceAfter.minorUnits();
        if (index.column() == Date)
            return t.date;
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Change || index.column() == Balance))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && t.status != TransactionStatus::Completed)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Type: return tr("Type");
    case Details: return tr("Category / counterpart");
    case Change: return tr("Amount");
    case Balance: return tr("Balance");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace coffer::ui
