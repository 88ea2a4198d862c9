#include "payees/payeehistorymodel.h"

#include "payouts/payoutdialogs.h"

#include <QHash>
#include <QLocale>

namespace coffer::ui {

namespace {

const QString reversalPrefix = QStringLiteral("reversal of ");

// The fee entries the core records beside a credit or a payout (and their reversals).
bool isFeeKind(const QString &kind)
{
    const QString base = kind.startsWith(reversalPrefix) ? kind.mid(reversalPrefix.size()) : kind;
    return base == QStringLiteral("platform_fee") || base == QStringLiteral("instant_fee");
}

// Entries recorded together under one reference belong to one row; a reversal
// has rows of its own.
QString groupKey(const PayeeHistoryLine &line)
{
    const Transaction &entry = line.entry;
    if (entry.referenceId.isEmpty())
        return {};
    return QStringLiteral("%1|%2|%3|%4")
        .arg(entry.referenceType, entry.referenceId, line.change.currency().code())
        .arg(entry.reversesId != 0);
}

struct Group
{
    PayeeHistoryRow row;
    Currency currency;
    qint64 mainMinor = 0;
    qint64 feeMinor = 0;
    bool hasMain = false;
};

void describe(PayeeHistoryRow &row, const PayeeHistoryLine &line)
{
    row.date = line.entry.date;
    row.kind = line.kind;
    row.status = line.entry.status;
    row.availableOn = line.availableOn;
    row.note = line.entry.referenceType == QStringLiteral("Payout") ? line.entry.referenceId
                                                                    : line.entry.note.simplified();
}

void add(Group &group, const PayeeHistoryLine &line)
{
    group.currency = line.change.currency();
    group.row.entryIds.append(line.entry.id);
    if (!group.row.balanceAfter && line.balanceAfter)
        group.row.balanceAfter = line.balanceAfter; // the newest entry's balance
    if (isFeeKind(line.kind)) {
        group.feeMinor += line.change.minorUnits();
        if (!group.hasMain)
            describe(group.row, line); // until the main entry names the row
        return;
    }
    group.mainMinor += line.change.minorUnits();
    group.hasMain = true;
    describe(group.row, line);
}

// A fee against the main entry (a credit, +) was taken from it: gross is the
// credit, net what is owed. A fee with it (a payout, -) went with it: gross is all
// that left the wallet, net what was sent. A fee on its own is all gross.
PayeeHistoryRow finish(Group group)
{
    qint64 gross = group.mainMinor;
    qint64 net = group.mainMinor + group.feeMinor;
    qint64 fee = qAbs(group.feeMinor);
    if (!group.hasMain) {
        gross = net = group.feeMinor;
        fee = 0;
    } else if ((group.feeMinor < 0) == (group.mainMinor < 0)) {
        gross = group.mainMinor + group.feeMinor;
        net = group.mainMinor;
    }
    group.row.gross = Money(gross, group.currency);
    group.row.fee = Money(fee, group.currency);
    group.row.net = Money(net, group.currency);
    return group.row;
}

} // namespace

QList<PayeeHistoryRow> groupPayeeHistory(const QList<PayeeHistoryLine> &lines)
{
    QList<Group> groups;
    QHash<QString, qsizetype> byKey;
    for (const PayeeHistoryLine &line : lines) {
        const QString key = groupKey(line);
        qsizetype index = byKey.value(key, -1);
        if (key.isEmpty() || index < 0) {
            index = groups.size();
            groups.append(Group {});
            if (!key.isEmpty())
                byKey.insert(key, index);
        }
        add(groups[index], line);
    }
    QList<PayeeHistoryRow> rows;
    rows.reserve(groups.size());
    for (const Group &group : std::as_const(groups))
        rows.append(finish(group));
    return rows;
}

QString payeeHistoryKindText(const QString &kind)
{
    if (kind.startsWith(reversalPrefix))
        return PayeeHistoryModel::tr("Reversal: %1")
            .arg(payeeHistoryKindText(kind.mid(reversalPrefix.size())));
    static const QHash<QString, const char *> names {
        {QStringLiteral("earning"), QT_TRANSLATE_NOOP("coffer::ui::PayeeHistoryModel", "Earning")},
        {QStringLiteral("tip"), QT_TRANSLATE_NOOP("coffer::ui::PayeeHistoryModel", "Tip")},
        {QStringLiteral("bonus"), QT_TRANSLATE_NOOP("coffer::ui::PayeeHistoryModel", "Bonus")},
        {QStringLiteral("commission"),
         QT_TRANSLATE_NOOP("coffer::ui::PayeeHistoryModel", "Commission")},
        {QStringLiteral("referral"),
         QT_TRANSLATE_NOOP("coffer::ui::PayeeHistoryModel", "Referral")},
        {QStringLiteral("refund"), QT_TRANSLATE_NOOP("coffer::ui::PayeeHistoryModel", "Refund")},
        {QStringLiteral("adjustment"),
         QT_TRANSLATE_NOOP("coffer::ui::PayeeHistoryModel", "Adjustment")},
        {QStringLiteral("payout"), QT_TRANSLATE_NOOP("coffer::ui::PayeeHistoryModel", "Payout")},
        {QStringLiteral("platform_fee"),
         QT_TRANSLATE_NOOP("coffer::ui::PayeeHistoryModel", "Platform fee")},
        {QStringLiteral("instant_fee"),
         QT_TRANSLATE_NOOP("coffer::ui::PayeeHistoryModel", "Instant payout fee")},
        {QStringLiteral("entry"), QT_TRANSLATE_NOOP("coffer::ui::PayeeHistoryModel", "Entry")},
    };
    const char *name = names.value(kind);
    return name ? PayeeHistoryModel::tr(name) : kind;
}

void PayeeHistoryModel::setLines(const QList<PayeeHistoryLine> &lines)
{
    beginResetModel();
    m_rows = groupPayeeHistory(lines);
    endResetModel();
}

const PayeeHistoryRow *PayeeHistoryModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PayeeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PayeeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PayeeHistoryModel::text(const PayeeHistoryRow &row, int column) const
{
    switch (Column(column)) {
    case Date: return QLocale().toString(row.date, QLocale::ShortFormat);
    case Kind: return payeeHistoryKindText(row.kind);
    case Gross: return moneyText(row.gross);
    case Fee: return row.fee.isZero() ? QString() : moneyText(row.fee);
    case Net: return moneyText(row.net);
    case Balance: return row.balanceAfter ? moneyText(*row.balanceAfter) : QString();
    case Status:
        if (row.status == TransactionStatus::Cancelled)
            return tr("Cancelled");
        if (row.status == TransactionStatus::Pending)
            return row.availableOn.isValid()
                ? tr("Pending until %1")
                      .arg(QLocale().toString(row.availableOn, QLocale::ShortFormat))
                : tr("Pending");
        return tr("Completed");
    case Note: return row.note;
    case ColumnCount: break;
    }
    return {};
}

QVariant PayeeHistoryModel::rawValue(const PayeeHistoryRow &row, int column) const
{
    switch (Column(column)) {
    case Date: return row.date;
    case Gross: return row.gross.minorUnits();
    case Fee: return row.fee.minorUnits();
    case Net: return row.net.minorUnits();
    case Balance: return row.balanceAfter ? QVariant(row.balanceAfter->minorUnits()) : QVariant();
    default: return text(row, column);
    }
}

QVariant PayeeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const PayeeHistoryRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return text(row, index.column());
    case RawValueRole: return rawValue(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= Gross && index.column() <= Balance)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant PayeeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date: return tr("Date");
    case Kind: return tr("Kind");
    case Gross: return tr("Gross");
    case Fee: return tr("Fee");
    case Net: return tr("Net");
    case Balance: return tr("Balance");
    case Status: return tr("Status");
    case Note: return tr("Note");
    case ColumnCount: break;
    }
    return {};
}

} // namespace coffer::ui
