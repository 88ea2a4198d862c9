#include "pages/categoriespage.h"

#include "dialogs/categorydialog.h"
#include "models/categorytreemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace coffer::ui {

CategoriesPage::CategoriesPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_model(new CategoryTreeModel(this))
    , m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("categories"));
    m_view->setModel(m_model);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CategoryTreeModel::Name, QHeaderView::Stretch);

    m_add = new QPushButton(tr("&New category…"), this);
    m_rename = new QPushButton(tr("Re&name…"), this);
    m_move = new QPushButton(tr("&Move…"), this);
    m_archive = new QPushButton(tr("&Archive"), this);
    m_restore = new QPushButton(tr("Re&store"), this);
    m_showArchived = new QCheckBox(tr("Show archived"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_rename, m_move, m_archive, m_restore})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_showArchived);
    auto *hint
        = new QLabel(tr("Drag one of your own categories onto another to move it. Fixed categories "
                        "belong to every book and stay as they are."),
                     this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);

    connect(m_add, &QPushButton::clicked, this, &CategoriesPage::addCategory);
    connect(m_rename, &QPushButton::clicked, this, &CategoriesPage::renameCategory);
    connect(m_move, &QPushButton::clicked, this, &CategoriesPage::moveCategory);
    connect(m_archive, &QPushButton::clicked, this, &CategoriesPage::archiveCategory);
    connect(m_restore, &QPushButton::clicked, this, &CategoriesPage::restoreCategory);
    connect(m_showArchived, &QCheckBox::toggled, this, &CategoriesPage::reload);
    connect(m_view, &QTreeView::doubleClicked, this, &CategoriesPage::renameCategory);
    // Queued: the drop finishes before the tree reloads under it.
    connect(m_model, &CategoryTreeModel::moveRequested, this, &CategoriesPage::moveTo,
            Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CategoriesPage::updateButtons);
    // Only those who manage categories change them; the others read the trees.
    const bool manages = workspace.may(Permission::ManageCategories);
    for (QPushButton *button : {m_add, m_rename, m_move, m_archive, m_restore})
        button->setVisible(manages);
    hint->setVisible(manages);
    m_view->setDragEnabled(manages);
    m_view->setAcceptDrops(manages);
    if (!manages)
        disconnect(m_view, &QTreeView::doubleClicked, this, &CategoriesPage::renameCategory);
    updateButtons();
}

void CategoriesPage::reload()
{
    const Category *selected = selectedCategory();
    const qint64 selectedId = selected ? selected->id : 0;
    auto categories = workspace().book().categories().list(workspace().actor());
    if (!categories) {
        workspace().showError(this, categories.error());
        return;
    }
    m_model->setCategories(*categories, m_showArchived->isChecked());
    m_view->expandAll();
    m_view->resizeColumnToContents(CategoryTreeModel::Kind);
    m_view->resizeColumnToContents(CategoryTreeModel::Status);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CategoriesPage::updateButtons, Qt::UniqueConnection);
    selectCategory(selectedId);
    updateButtons();
}

PrintJob CategoriesPage::printJob()
{
    return {tr("Categories — %1").arg(workspace().merchant().name),
            m_showArchived->isChecked() ? tr("Active and archived categories")
                                        : tr("Active categories"),
            {{tr("Categories"), m_model}}};
}

const Category *CategoriesPage::selectedCategory() const
{
    return m_model->categoryAt(m_view->currentIndex());
}

void CategoriesPage::selectCategory(qint64 categoryId)
{
    const QModelIndex index = m_model->indexOf(categoryId);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void CategoriesPage::updateButtons()
{
    const Category *c = selectedCategory();
    const bool own = c && !c->isFixed;
    m_rename->setEnabled(own);
    m_move->setEnabled(own && c->isActive());
    m_archive->setEnabled(own && c->isActive());
    m_restore->setEnabled(own && !c->isActive());
}

void CategoriesPage::addCategory()
{
    // The new category starts under the selected one, or in the selected tree.
    Category start;
    if (const Category *c = selectedCategory()) {
        start.type = c->type;
        start.parentId = c->isActive() ? c->id : 0;
    } else if (const auto type = m_model->rootTypeAt(m_view->currentIndex())) {
        start.type = *type;
    }
    CategoryDialog dialog(workspace().book(), workspace().actor(), CategoryDialog::Mode::Add, start,
                          this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    workspace().bookChanged();
    selectCategory(dialog.categoryId());
}

void CategoriesPage::renameCategory()
{
    const Category *c = selectedCategory();
    if (!c || c->isFixed)
        return;
    CategoryDialog dialog(workspace().book(), workspace().actor(), CategoryDialog::Mode::Rename, *c,
                          this);
    if (dialog.exec() == QDialog::Accepted)
        workspace().bookChanged();
}

void CategoriesPage::moveCategory()
{
    const Category *c = selectedCategory();
    if (!c || c->isFixed)
        return;
    CategoryDialog dialog(workspace().book(), workspace().actor(), CategoryDialog::Mode::Move, *c,
                          this);
    if (dialog.exec() == QDialog::Accepted)
        workspace().bookChanged();
}

void CategoriesPage::moveTo(qint64 categoryId, qint64 parentId)
{
    if (auto done = workspace().book().categories().move(workspace().actor(), categoryId, parentId);
        !done)
        workspace().showError(this, done.error());
    workspace().bookChanged();
    selectCategory(categoryId);
}

void CategoriesPage::changeSelected(Status (CategoryService::*change)(const Actor &, qint64))
{
    if (const Category *c = selectedCategory()) {
        const qint64 id = c->id;
        if (auto done = (workspace().book().categories().*change)(workspace().actor(), id); !done)
            workspace().showError(this, done.error());
        workspace().bookChanged();
        selectCategory(id);
    }
}

void CategoriesPage::archiveCategory()
{
    changeSelected(&CategoryService::archive);
}

void CategoriesPage::restoreCategory()
{
    changeSelected(&CategoryService::restore);
}

} // namespace coffer::ui
