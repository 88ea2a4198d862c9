#pragma once

#include "payees/payeetypes.h"

#include <QAbstractTableModel>

namespace coffer::ui {

// One line of a payee's history as the payee reads it: a credit with the platform
// fee taken from it, or a payout with its instant fee, is one line (the core
// records each as two entries under one reference).
struct PayeeHistoryRow
{
    QDate date;
    QString kind; // the code of the main entry: "earning", "payout", "reversal of tip" ...
    Money gross; // signed: + owed more, - owed less
    Money fee; // never negative: the fee taken
    Money net; // signed: gross less the fee
    std::optional<Money> balanceAfter; // completed lines only
    TransactionStatus status = TransactionStatus::Completed;
    QDate availableOn; // a pending credit's day
    QString note; // the payout's number, or the credit's note
    QList<qint64> entryIds;
};

// A payee's history lines (newest first) as one row per credit or payout.
QList<PayeeHistoryRow> groupPayeeHistory(const QList<PayeeHistoryLine> &lines);
// "Earning", "Platform fee", "Reversal: Payout" ... for a history kind code.
QString payeeHistoryKindText(const QString &kind);

// The rows of groupPayeeHistory(): date, kind, gross, fee, net, balance, status,
// note. The display role gives formatted text; RawValueRole gives minor units and
// dates for sorting.
class PayeeHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Kind,
        Gross,
        Fee,
        Net,
        Balance,
        Status,
        Note,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setLines(const QList<PayeeHistoryLine> &lines);
    const PayeeHistoryRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const PayeeHistoryRow &row, int column) const;
    QVariant rawValue(const PayeeHistoryRow &row, int column) const;

    QList<PayeeHistoryRow> m_rows;
};

} // namespace coffer::ui
