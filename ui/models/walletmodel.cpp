#include "models/walletmodel.h"

#include <QFont>
#include <QLocale>

namespace coffer::ui {

WalletModel::WalletModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void WalletModel::setWallets(const QList<Wallet> &wallets)
{
    beginResetModel();
    m_wallets = wallets;
    endResetModel();
}

const Wallet *WalletModel::walletAt(int row) const
{
    return row >= 0 && row < m_wallets.size() ? &m_wallets.at(row) : nullptr;
}

int WalletModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_wallets.size());
}

int WalletModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WalletModel::typeName(WalletType type) const
{
    switch (type) {
    case WalletType::Cash: return tr("Cash");
    case WalletType::Bank: return tr("Bank");
    case WalletType::EWallet: return tr("E-wallet");
    case WalletType::CreditCard: return tr("Credit card");
    case WalletType::Payee: return tr("Payee wallet");
    }
    return {};
}

QVariant WalletModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Wallet &w = m_wallets.at(index.row());
    const Money amounts[] = {w.current(), w.available(), w.pending(), w.held()};
    const bool isAmount = index.column() >= Current && index.column() <= Held;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: {
            QString name = w.names.text(QLocale().name().left(2));
            if (w.isDefault)
                name += QStringLiteral("  ★");
            return name;
        }
        case Type: return typeName(w.type);
        case Currency: return w.currency.code();
        default: return amounts[index.column() - Current].format(QLocale());
        }
    case RawValueRole:
        return isAmount ? QVariant(amounts[index.column() - Current].minorUnits()) : QVariant();
    case WalletIdRole: return w.id;
    case Qt::TextAlignmentRole:
        return isAmount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (w.isExcluded)
            return tr("Excluded from reports");
        return w.isDefault ? tr("Default wallet") : QVariant();
    case Qt::FontRole:
        if (w.isExcluded || !w.isActive()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant WalletModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Wallet");
    case Type: return tr("Type");
    case Currency: return tr("Currency");
    case Current: return tr("Current");
    case Available: return tr("Available");
    case Pending: return tr("Pending");
    case Held: return tr("Held");
    default: return {};
    }
}

} // namespace coffer::ui
