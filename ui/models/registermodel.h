#pragma once

#include "reports/reportservice.h"

#include <QAbstractTableModel>
#include <QHash>

namespace coffer::ui {

// One wallet's register, newest first, with the balance after each entry. The
// model knows how many lines there are and reads the pages the view shows (from
// whichever end of the register is nearer), keeping a few of them: a wallet with
// a million entries never loads whole, and its oldest line is as quick to reach as
// its newest.
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
    static constexpr int cachedPages = 40;

    explicit RegisterModel(QObject *parent = nullptr);

    // Shows `wallet` from its newest entry. `categoryNames` and `walletNames` label the
    // Details column. A null `reports` clears the model.
    void setWallet(const ReportService *reports, const Actor &actor, const Wallet &wallet,
                   const QHash<qint64, QString> &categoryNames,
                   const QHash<qint64, QString> &walletNames);
    void clear();
    const RegisterLine *lineAt(int row) const;

    // How many pages were read from the book since the wallet was set.
    int pagesRead() const { return m_pagesRead; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QString details(const RegisterLine &line) const;
    // The page holding `row`, read when it is not kept; null when reading failed.
    const QList<RegisterLine> *pageOf(int row) const;

    const ReportService *m_reports = nullptr;
    Actor m_actor;
    Wallet m_wallet;
    int m_rows = 0;
    mutable QHash<int, QList<RegisterLine>> m_pages;
    mutable QList<int> m_pageOrder; // least recently read first
    mutable int m_pagesRead = 0;
    QHash<qint64, QString> m_categoryNames;
    QHash<qint64, QString> m_walletNames;
};

} // namespace coffer::ui
