#pragma once

#include "ledger/ledgerservice.h"

#include <QAbstractTableModel>
#include <QHash>

namespace coffer::ui {

// Entries matching a filter, newest first, across wallets. Like the register,
// rows arrive a page at a time as the view scrolls (keyset paging in core), so a
// filter over a million entries shows its first rows at once.
class TransactionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Date,
        Type,
        Wallet,
        Category,
        Amount,
        Status,
        Note,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole;
    static constexpr int pageSize = 200;

    explicit TransactionListModel(QObject *parent = nullptr);

    // Shows what `filter` selects (its limit and keyset are the model's). A null
    // `ledger` clears the model.
    void setFilter(const LedgerService *ledger, const Actor &actor, const TransactionFilter &filter,
                   const QHash<qint64, QString> &walletNames,
                   const QHash<qint64, QString> &categoryNames);
    const Transaction *transactionAt(int row) const;
    // Older rows remain to be fetched.
    bool hasMore() const { return !m_complete; }
    // Every row fetched, for printing the whole list.
    void fetchAll();

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString typeName(TransactionType type);
    static QString statusName(const Transaction &transaction);

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QString walletText(const Transaction &t) const;
    QString amountText(const Transaction &t) const;

    const LedgerService *m_ledger = nullptr;
    Actor m_actor;
    TransactionFilter m_filter;
    bool m_complete = true;
    bool m_fetching = false; // a listener of rowsInserted may ask for more
    QList<Transaction> m_rows;
    QHash<qint64, QString> m_walletNames;
    QHash<qint64, QString> m_categoryNames;
};

} // namespace coffer::ui
