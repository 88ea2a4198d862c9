#include "models/categorytreemodel.h"

#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QPalette>

namespace coffer::ui {

namespace {

const QString mimeType = QStringLiteral("application/x-coffer-category");
constexpr qint64 incomeRoot = -1;
constexpr qint64 expenseRoot = -2;

} // namespace

CategoryTreeModel::CategoryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void CategoryTreeModel::setCategories(const QList<Category> &categories, bool showArchived)
{
    beginResetModel();
    m_categories.clear();
    m_categoryRow.clear();
    m_nodes = {Node {incomeRoot, -1, 0, {}}, Node {expenseRoot, -1, 1, {}}};
    for (const Category &c : categories) {
        if (c.isActive() || showArchived) {
            m_categoryRow.insert(c.id, int(m_categories.size()));
            m_categories.append(c);
        }
    }
    // Parents before children: walk down from each root.
    QList<int> pending {0, 1};
    while (!pending.isEmpty()) {
        const int parentNode = pending.takeFirst();
        const qint64 parentId = m_nodes.at(parentNode).categoryId;
        for (const Category &c : std::as_const(m_categories)) {
            const bool underRoot = parentId < 0 && c.parentId == 0
                && (c.type == CategoryType::Income) == (parentId == incomeRoot);
            const bool underParent = parentId > 0 && c.parentId == parentId;
            // A child of a hidden (archived) parent shows at the top level.
            const bool orphan = parentId < 0 && c.parentId != 0
                && !m_categoryRow.contains(c.parentId)
                && (c.type == CategoryType::Income) == (parentId == incomeRoot);
            if (!underRoot && !underParent && !orphan)
                continue;
            const int node = int(m_nodes.size());
            m_nodes.append(Node {c.id, parentNode, int(m_nodes[parentNode].children.size()), {}});
            m_nodes[parentNode].children.append(node);
            pending.append(node);
        }
    }
    endResetModel();
}

int CategoryTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

const Category *CategoryTreeModel::categoryAt(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    if (node < 0 || m_nodes.at(node).categoryId < 0)
        return nullptr;
    return &m_categories.at(m_categoryRow.value(m_nodes.at(node).categoryId));
}

std::optional<CategoryType> CategoryTreeModel::rootTypeAt(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    if (node < 0 || m_nodes.at(node).categoryId >= 0)
        return std::nullopt;
    return m_nodes.at(node).categoryId == incomeRoot ? CategoryType::Income : CategoryType::Expense;
}

QModelIndex CategoryTreeModel::indexOf(qint64 categoryId) const
{
    for (int node = 0; node < m_nodes.size(); ++node) {
        if (m_nodes.at(node).categoryId == categoryId)
            return createIndex(m_nodes.at(node).row, 0, quintptr(node));
    }
    return {};
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(row)); // the roots are nodes 0 and 1
    const int parentNode = nodeOf(parent);
    return createIndex(row, column, quintptr(m_nodes.at(parentNode).children.at(row)));
}

QModelIndex CategoryTreeModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    if (node < 0 || m_nodes.at(node).parent < 0)
        return {};
    const int parentNode = m_nodes.at(node).parent;
    return createIndex(m_nodes.at(parentNode).row, 0, quintptr(parentNode));
}

int CategoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_nodes.isEmpty() ? 0 : 2;
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(nodeOf(parent)).children.size());
}

int CategoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CategoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Category *c = categoryAt(index);
    if (!c) {
        const bool income = rootTypeAt(index) == CategoryType::Income;
        if (role == Qt::DisplayRole && index.column() == Name)
            return income ? tr("Income") : tr("Expenses");
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return c->names.text(QLocale().name().left(2));
        case Kind: return c->isFixed ? tr("Fixed") : tr("Own");
        case Status: return c->isActive() ? tr("Active") : tr("Archived");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && c->isFixed)
        return tr("A fixed category (%1): every book has it; it cannot be renamed, moved or "
                  "archived.")
            .arg(c->value);
    if (role == CategoryIdRole)
        return c->id;
    if (role == Qt::ForegroundRole && !c->isActive())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant CategoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Category");
    case Kind: return tr("Kind");
    case Status: return tr("Status");
    default: return {};
    }
}

Qt::ItemFlags CategoryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    const Category *c = categoryAt(index);
    if (c && !c->isFixed && c->isActive())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

Qt::DropActions CategoryTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList CategoryTreeModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *CategoryTreeModel::mimeData(const QModelIndexList &indexes) const
{
    const Category *c = indexes.isEmpty() ? nullptr : categoryAt(indexes.first());
    if (!c)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType, QByteArray::number(c->id));
    return data;
}

qint64 CategoryTreeModel::droppedId(const QMimeData *data) const
{
    return data && data->hasFormat(mimeType) ? data->data(mimeType).toLongLong() : 0;
}

qint64 CategoryTreeModel::targetParentId(const QModelIndex &parent) const
{
    const Category *target = categoryAt(parent);
    return target ? target->id : 0;
}

bool CategoryTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &parent) const
{
    const qint64 id = droppedId(data);
    if (action != Qt::MoveAction || !m_categoryRow.contains(id) || !parent.isValid())
        return false;
    // Only within the same type: core names any other refusal.
    const Category &moved = m_categories.at(m_categoryRow.value(id));
    const Category *target = categoryAt(parent);
    const CategoryType targetType = target ? target->type : *rootTypeAt(parent);
    return targetType == moved.type && (!target || target->id != id);
}

bool CategoryTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                     int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Q_EMIT moveRequested(droppedId(data), targetParentId(parent));
    return false; // the view must not remove the row: the model reloads from the book
}

} // namespace coffer::ui
