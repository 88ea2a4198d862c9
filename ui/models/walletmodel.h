#pragma once

#include "ledger/types.h"

#include <QAbstractTableModel>

namespace coffer::ui {

// Wallets with their balances, formatted per locale and currency. Qt::UserRole
// gives the raw minor units of amount columns for sorting.
class WalletModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Type,
        Currency,
        Current,
        Available,
        Pending,
        Held,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole;
    static constexpr int WalletIdRole = Qt::UserRole + 1;

    explicit WalletModel(QObject *parent = nullptr);

    void setWallets(const QList<Wallet> &wallets);
    const Wallet *walletAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString typeName(WalletType type) const;
    QList<Wallet> m_wallets;
};

} // namespace coffer::ui
