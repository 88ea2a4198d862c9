#pragma once

#include "pages/page.h"

class QCheckBox;
class QPushButton;
class QTreeView;

namespace coffer::ui {

class CategoryTreeModel;

// The income and expense category trees: fixed categories marked and protected;
// the merchant's own added, renamed, moved (by dragging or a dialog), archived
// and restored.
class CategoriesPage : public Page
{
    Q_OBJECT

public:
    explicit CategoriesPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override { return tr("Categories"); }
    void reload() override;
    PrintJob printJob() override;

    CategoryTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    const Category *selectedCategory() const;
    void selectCategory(qint64 categoryId);

public Q_SLOTS:
    void addCategory();
    void renameCategory();
    void moveCategory();
    void archiveCategory();
    void restoreCategory();
    // Moves as a drop asks; core refuses what the tree may not do.
    void moveTo(qint64 categoryId, qint64 parentId);

private:
    void updateButtons();
    void changeSelected(Status (CategoryService::*change)(const Actor &, qint64));

    CategoryTreeModel *m_model;
    QTreeView *m_view;
    QCheckBox *m_showArchived;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_move;
    QPushButton *m_archive;
    QPushButton *m_restore;
};

} // namespace coffer::ui
