#pragma once

#include "ledger/types.h"

#include <QAbstractItemModel>

namespace coffer::ui {

// The category tree under two roots, Income and Expense. Fixed categories are
// marked and cannot be dragged; a merchant's own category can be dropped on
// another of its type (or its root) to move it, which the model asks for with
// moveRequested (core decides; the model reloads from the book).
class CategoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Status,
        ColumnCount
    };
    static constexpr int CategoryIdRole = Qt::UserRole;

    explicit CategoryTreeModel(QObject *parent = nullptr);

    void setCategories(const QList<Category> &categories, bool showArchived);
    // The category at `index`, null for the two roots.
    const Category *categoryAt(const QModelIndex &index) const;
    // The root's type at `index` when it is a root.
    std::optional<CategoryType> rootTypeAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 categoryId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // The user dropped a category on a new parent (0: the top level).
    void moveRequested(qint64 categoryId, qint64 parentId);

private:
    // A node: the two roots (category -1 for Income, -2 for Expense) and the
    // categories, with their children's positions in m_nodes.
    struct Node
    {
        qint64 categoryId;
        int parent; // position in m_nodes, -1 for a root
        int row;
        QList<int> children;
    };
    int nodeOf(const QModelIndex &index) const;
    qint64 droppedId(const QMimeData *data) const;
    qint64 targetParentId(const QModelIndex &parent) const;

    QList<Category> m_categories;
    QHash<qint64, int> m_categoryRow; // category id -> position in m_categories
    QList<Node> m_nodes;
};

} // namespace coffer::ui
