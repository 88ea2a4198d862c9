#include "invoices/invoicelinesmodel.h"

#include "invoices/invoiceservice.h"
#include "invoices/invoicetexts.h"

#include <QColor>
#include <QLocale>
#include <QRegularExpression>

namespace coffer::ui {

namespace {

// The field names the core's refusals start with, by column.
const std::array<QString, InvoiceLinesModel::InputCount> fieldNames {
    QStringLiteral("description"), QStringLiteral("quantity"), QStringLiteral("unit price"),
    QStringLiteral("discount"), QStringLiteral("tax rate")};

QString percentCell(qint64 partsPerMillion)
{
    return partsPerMillion == 0 ? QString() : percentText(partsPerMillion);
}

} // namespace

InvoiceLinesModel::InvoiceLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void InvoiceLinesModel::setTerms(const Currency &currency, TaxMode mode, TaxRounding rounding,
                                 qint64 defaultTaxRate)
{
    m_currency = currency;
    m_mode = mode;
    m_rounding = rounding;
    m_defaultTaxRate = defaultTaxRate;
    reparse();
}

void InvoiceLinesModel::setLines(const QList<InvoiceLine> &lines)
{
    beginResetModel();
    m_rows.clear();
    for (const InvoiceLine &line : lines) {
        Row row;
        // The price as the user's locale writes it, without grouping or currency.
        QString price = line.unitPrice.format(QLocale());
        price.chop(line.unitPrice.currency().code().size() + 1);
        price.remove(QLocale().groupSeparator());
        row.cells = {line.description, quantityText(line.quantity), price,
                     percentCell(line.discount), percentText(line.taxRate)};
        row.position = line.position;
        m_rows.append(row);
    }
    endResetModel();
    reparse();
}

int InvoiceLinesModel::appendRow()
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row added;
    added.cells[Quantity] = QStringLiteral("1");
    added.cells[TaxRate] = percentText(m_defaultTaxRate);
    added.changed = true;
    m_rows.append(added);
    endInsertRows();
    recompute();
    return row;
}

void InvoiceLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    recompute();
}

bool InvoiceLinesModel::setCell(int row, int column, const QString &text)
{
    return setData(index(row, column), text, Qt::EditRole);
}

bool InvoiceLinesModel::isBlank(int row) const
{
    const Row &r = m_rows.at(row);
    return r.cells[Description].trimmed().isEmpty() && r.cells[UnitPrice].trimmed().isEmpty();
}

QString InvoiceLinesModel::parseProblem(const Row &row, int column) const
{
    const QString text = row.cells[column].trimmed();
    switch (Column(column)) {
    case Description: return text.isEmpty() ? tr("description: required") : QString();
    case Quantity: {
        auto quantity = parseQuantity(text);
        return quantity ? QString() : quantity.error().detail;
    }
    case UnitPrice: {
        auto price = Money::parse(text, m_currency, QLocale());
        if (price)
            return {};
        // Money names its field "amount"; here it is the unit price.
        QString detail = price.error().detail;
        if (detail.startsWith(QLatin1String("amount:")))
            detail.replace(0, 6, fieldNames[UnitPrice]);
        return detail;
    }
    case Discount:
    case TaxRate: {
        if (text.isEmpty())
            return {}; // no discount; the customer's rate
        auto rate = parseRate(text, fieldNames[column]);
        return rate ? QString() : rate.error().detail;
    }
    case Amount:
    case ColumnCount: break;
    }
    return {};
}

bool InvoiceLinesModel::parses(const Row &row) const
{
    return std::all_of(row.problems.cbegin(), row.problems.cend(),
                       [](const QString &problem) { return problem.isEmpty(); });
}

InvoiceLine InvoiceLinesModel::lineOf(const Row &row) const
{
    InvoiceLine line;
    line.description = row.cells[Description].simplified();
    line.quantity = parseQuantity(row.cells[Quantity].trimmed()).value_or(0);
    line.unitPrice = Money::parse(row.cells[UnitPrice].trimmed(), m_currency, QLocale())
                         .value_or(Money::zero(m_currency));
    const QString discount = row.cells[Discount].trimmed();
    line.discount = discount.isEmpty() ? 0 : parseRate(discount, fieldNames[Discount]).value_or(0);
    const QString tax = row.cells[TaxRate].trimmed();
    line.taxRate
        = tax.isEmpty() ? m_defaultTaxRate : parseRate(tax, fieldNames[TaxRate]).value_or(0);
    return line;
}

NewInvoiceLine InvoiceLinesModel::newLine(int row) const
{
    const InvoiceLine line = lineOf(m_rows.at(row));
    NewInvoiceLine request;
    request.description = line.description;
    request.quantity = line.quantity;
    request.unitPrice = line.unitPrice;
    request.discount = line.discount;
    if (!m_rows.at(row).cells[TaxRate].trimmed().isEmpty())
        request.taxRate = line.taxRate;
    return request;
}

void InvoiceLinesModel::setStored(int row, int position)
{
    m_rows[row].position = position;
    m_rows[row].changed = false;
}

void InvoiceLinesModel::reparse()
{
    for (Row &row : m_rows) {
        for (int column = 0; column < InputCount; ++column)
            row.problems[column] = parseProblem(row, column);
    }
    recompute();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void InvoiceLinesModel::recompute()
{
    QList<InvoiceLine> lines;
    m_computedRows.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isBlank(row) || !parses(m_rows.at(row)))
            continue;
        lines.append(lineOf(m_rows.at(row)));
        m_computedRows.append(row);
    }
    m_amounts = InvoiceService::amountsOf(lines, m_mode, m_rounding);
    if (!m_amounts) {
        // "line N: FIELD: RULE" (N counts the lines computed): mark that cell.
        static const QRegularExpression shape(QStringLiteral("^line (\\d+): (.*)$"));
        const auto match = shape.match(m_amounts.error().detail);
        const int n = match.hasMatch() ? match.captured(1).toInt() - 1 : -1;
        const int column = columnNamed(match.captured(2));
        if (n >= 0 && n < m_computedRows.size() && column >= 0)
            m_rows[m_computedRows.at(n)].problems[column] = match.captured(2);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Amount), index(int(m_rows.size()) - 1, Amount));
    Q_EMIT amountsChanged();
}

QString InvoiceLinesModel::firstProblem() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isBlank(row))
            continue;
        for (const QString &problem : m_rows.at(row).problems) {
            if (!problem.isEmpty())
                return tr("line %1: %2").arg(row + 1).arg(problem);
        }
    }
    return {};
}

void InvoiceLinesModel::markProblem(int row, int column, const QString &text)
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= InputCount)
        return;
    m_rows[row].problems[column] = text;
    Q_EMIT dataChanged(index(row, column), index(row, column));
}

int InvoiceLinesModel::columnNamed(const QString &detail)
{
    const QString field = detail.section(QLatin1Char(':'), 0, 0).trimmed();
    if (field == QLatin1String("price"))
        return UnitPrice;
    for (int column = 0; column < InputCount; ++column) {
        if (field == fieldNames[column])
            return column;
    }
    return -1;
}

int InvoiceLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const bool marked
        = column < InputCount && !row.problems[column].isEmpty() && !isBlank(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column < InputCount)
            return row.cells[column];
        if (const qsizetype at = m_computedRows.indexOf(index.row()); at >= 0 && m_amounts) {
            const LineAmounts &line = m_amounts->lines.at(at);
            return InvoiceTexts::money(
                Money(m_mode == TaxMode::Inclusive ? line.gross : line.net, m_currency));
        }
        return QString();
    case Qt::TextAlignmentRole:
        return column == Description ? QVariant()
                                     : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::BackgroundRole: return marked ? QVariant(QColor(0xf4, 0xc7, 0xc3)) : QVariant();
    case Qt::ForegroundRole: return marked ? QVariant(QColor(0x8c, 0x1d, 0x18)) : QVariant();
    case Qt::ToolTipRole:
        if (marked)
            return row.problems[column];
        if (column == TaxRate && row.cells[TaxRate].trimmed().isEmpty())
            return tr("Empty: the customer's rate, %1 %").arg(percentText(m_defaultTaxRate));
        return {};
    default: return {};
    }
}

bool InvoiceLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() >= InputCount
        || index.row() >= m_rows.size())
        return false;
    Row &row = m_rows[index.row()];
    const QString text = value.toString();
    if (row.cells[index.column()] == text && row.problems[index.column()].isEmpty())
        return true;
    row.cells[index.column()] = text;
    row.changed = true;
    // The edit clears a refusal of the core too: the cell is parsed afresh.
    for (int column = 0; column < InputCount; ++column)
        row.problems[column] = parseProblem(row, column);
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), InputCount - 1));
    recompute();
    return true;
}

Qt::ItemFlags InvoiceLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() < InputCount ? flags | Qt::ItemIsEditable : flags;
}

QVariant InvoiceLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case Description: return tr("Description");
    case Quantity: return tr("Quantity");
    case UnitPrice: return tr("Unit price");
    case Discount: return tr("Discount %");
    case TaxRate: return tr("Tax %");
    case Amount: return m_mode == TaxMode::Inclusive ? tr("Amount incl. tax") : tr("Amount");
    case ColumnCount: break;
    }
    return {};
}

} // namespace coffer::ui
