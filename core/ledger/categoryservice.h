#pragma once

#include "ledger/categoryrepository.h"

namespace coffer {

struct NewCategory
{
    QString name;
    LocalizedText names; // optional translations; `name` is used for "en" when absent
    CategoryType type = CategoryType::Expense;
    qint64 parentId = 0;
};

// The category tree: the fixed categories of every book plus each merchant's own.
class CategoryService
{
public:
    explicit CategoryService(Database &database)
        : m_database(database)
        , m_repository(database)
    { }

    Result<QList<Category>> list(const Actor &actor) const;
    // By code ("SALE"), value ("000_SALE") or name in any language, case-insensitive.
    // With `type`, a category of that type wins over one of the other type with the
    // same name. Error: CategoryNotFound.
    Result<Category> find(const Actor &actor, const QString &text,
                          std::optional<CategoryType> type = std::nullopt) const;
    Result<Category> byCode(const QString &code) const;

    // Errors: FieldRequired/FieldTooLong/InvalidText (name), CategoryNotFound (parent),
    // CategoryTypeMismatch (parent of the other type), CategoryArchived (parent),
    // CategoryNameTaken.
    Result<Category> add(const Actor &actor, const NewCategory &category);
    // Errors: CategoryNotFound, FixedCategoryProtected.
    Status archive(const Actor &actor, qint64 categoryId);

private:
    Database &m_database;
    CategoryRepository m_repository;
};

// The category and every category below it, at any depth: what a filter on a
// parent category selects.
QList<qint64> categorySubtree(const QList<Category> &categories, qint64 categoryId);

// Pure lookup over an already loaded list; shared by the services.
std::optional<Category> findCategory(const QList<Category> &categories, const QString &text,
                                     std::optional<CategoryType> type = std::nullopt);

} // namespace coffer
