#pragma once

#include "reports/reportservice.h"

#include <QAbstractTableModel>
#include <QHash>

namespace coffer::ui {

// The newest entries of one wallet with the balance after each.
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

    explicit RegisterModel(QObject *parent = nullptr);

    // `categoryNames` and `walletNames` label the Details column.
    void setLines(const QList<RegisterLine> &lines, const QHash<qint64, QString> &categoryNames,
                  const QHash<qint64, QString> &walletNames);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString details(const RegisterLine &line) const;
    QString statusName(const Transaction &transaction) const;

    QList<RegisterLine> m_lines;
    QHash<qint64, QString> m_categoryNames;
    QHash<qint64, QString> m_walletNames;
};

} // namespace coffer::ui
