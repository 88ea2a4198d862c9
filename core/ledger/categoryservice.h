#pragma once

#include "ledger/categoryrepository.h"

#include <functional>

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

    // Reads need ReadBooks; changes need ManageCategories and write an audit record
    // with the category before and after.
    Result<QList<Category>> list(const Actor &actor) const;
    // By code ("SALE"), value ("000_SALE") or name in any language, case-insensitive.
    // With `type`, a category of that type wins over one of the other type with the
    // same name. Error: CategoryNotFound.
    Result<Category> find(const Actor &actor, const QString &text,
                          std::optional<CategoryType> type = std::nullopt) const;
    // A global fixed category by code, for the core's own postings (no actor).
    Result<Category> byCode(const QString &code) const;

    // Errors: FieldRequired/FieldTooLong/InvalidText (name), CategoryNotFound (parent),
    // CategoryTypeMismatch (parent of the other type), CategoryArchived (parent),
    // CategoryNameTaken.
    Result<Category> add(const Actor &actor, const NewCategory &category);
    // A merchant's own category gets a new name (and translations). Errors:
    // CategoryNotFound, FixedCategoryProtected, FieldRequired/FieldTooLong/
    // InvalidText, CategoryNameTaken.
    Status rename(const Actor &actor, qint64 categoryId, const QString &name,
                  const LocalizedText &names = {});
    // Puts a merchant's own category under another parent of the same type (0: top
    // level). Errors: CategoryNotFound, FixedCategoryProtected, CategoryTypeMismatch,
    // CategoryArchived (the new parent), CategoryCycle (itself or one of its own
    // subcategories).
    Status move(const Actor &actor, qint64 categoryId, qint64 parentId);
    // An archived category takes no new entries; its history stays. Errors:
    // CategoryNotFound, FixedCategoryProtected, CategoryHasChildren (archive the
    // active subcategories first).
    Status archive(const Actor &actor, qint64 categoryId);
    // Errors: CategoryNotFound, CategoryNotArchived, CategoryArchived (its parent).
    Status restore(const Actor &actor, qint64 categoryId);

private:
    // The merchant's categories in a write transaction and the one to change, which
    // must not be fixed.
    struct Change
    {
        QList<Category> categories;
        Category category;
    };
    Result<Change> loadChange(const Actor &actor, qint64 categoryId, bool allowFixed) const;
    Result<Category> findIn(qint64 merchantId, const QString &text,
                            std::optional<CategoryType> type) const;
    // One category changed in one write transaction: loaded (and locked), checked and
    // changed by `edit`, saved and audited as `action`. Nothing is written when
    // `edit` refuses.
    Status changeOne(const Actor &actor, qint64 categoryId, bool allowFixed, const QString &action,
                     const std::function<Status(Change &)> &edit);
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
