#include "models/registermodel.h"

#include "models/transactionlistmodel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>
#include <limits>

namespace coffer::ui {

RegisterModel::RegisterModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RegisterModel::setWallet(const ReportService *reports, const Actor &actor,
                              const Wallet &wallet, const QHash<qint64, QString> &categoryNames,
                              const QHash<qint64, QString> &walletNames)
{
    beginResetModel();
    m_reports = reports;
    m_actor = actor;
    m_wallet = wallet;
    m_pages.clear();
    m_pageOrder.clear();
    m_pagesRead = 0;
    m_rows = 0;
    m_categoryNames = categoryNames;
    m_walletNames = walletNames;
    if (reports) {
        auto size = reports->registerSize(actor, wallet);
        if (size)
            m_rows = int(qMin<qint64>(*size, std::numeric_limits<int>::max()));
        else
            QMetaObject::invokeMethod(
                this, [this, message = size.error().detail] { Q_EMIT loadFailed(message); },
                Qt::QueuedConnection);
    }
    endResetModel();
}

void RegisterModel::clear()
{
    setWallet(nullptr, {}, {}, {}, {});
}

const QList<RegisterLine> *RegisterModel::pageOf(int row) const
{
    if (!m_reports || row < 0 || row >= m_rows)
        return nullptr;
    const int page = row / pageSize;
    if (auto kept = m_pages.find(page); kept != m_pages.end()) {
        m_pageOrder.removeOne(page);
        m_pageOrder.append(page);
        return &kept.value();
    }
    auto lines
        = m_reports->registerRows(m_actor, m_wallet, qint64(page) * pageSize, pageSize, m_rows);
    if (!lines) {
        // Said once, after this paint: the view shows empty cells meanwhile.
        auto *self = const_cast<RegisterModel *>(this);
        QMetaObject::invokeMethod(
            self, [self, message = lines.error().detail] { Q_EMIT self->loadFailed(message); },
            Qt::QueuedConnection);
    }
    // A failed page is kept empty (so that each paint does not ask again) until the
    // cache lets it go; then it is read again.
    ++m_pagesRead;
    if (m_pageOrder.size() >= cachedPages)
        m_pages.remove(m_pageOrder.takeFirst());
    m_pageOrder.append(page);
    auto kept = m_pages.insert(page, lines ? *lines : QList<RegisterLine> {});
    return lines ? &kept.value() : nullptr;
}

const RegisterLine *RegisterModel::lineAt(int row) const
{
    const QList<RegisterLine> *page = pageOf(row);
    const int offset = row % pageSize;
    return page && offset < page->size() ? &page->at(offset) : nullptr;
}

int RegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
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
    const RegisterLine *shown = lineAt(index.row());
    if (!shown)
        return {};
    const RegisterLine &line = *shown;
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
