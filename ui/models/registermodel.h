#pragma once

#include "reports/reportservice.h"

#include <QAbstractTableModel>
#include <QHash>

namespace coffer::ui {

// One wallet's register, newest first, with the balance after each entry. Lines
// are fetched a page at a time as the view scrolls (canFetchMore / fetchMore), so a
// wallet with a million entries never loads whole.
class RegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Type,
        Details,
        Change,
        Balance,
        Status,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole;
    static constexpr int pageSize = 200;

    explicit RegisterModel(QObject *parent = nullptr);

    // Shows `wallet` from its newest entry. `categoryNames` and `walletNames` label the
    // Details column. A null `reports` clears the model.
    void setWallet(const ReportService *reports, const Actor &actor, const Wallet &wallet,
                   const QHash<qint64, QString> &categoryNames,
                   const QHash<qint64, QString> &walletNames);
    void clear();
    const RegisterLine *lineAt(int row) const;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QString details(const RegisterLine &line) const;

    const ReportService *m_reports = nullptr;
    Actor m_actor;
    Wallet m_wallet;
    RegisterCursor m_next;
    bool m_complete = true;
    bool m_fetching = false; // a listener of rowsInserted may ask for more
    QList<RegisterLine> m_lines;
    QHash<qint64, QString> m_categoryNames;
    QHash<qint64, QString> m_walletNames;
};

} // namespace coffer::ui
