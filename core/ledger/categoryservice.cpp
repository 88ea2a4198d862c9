#include "ledger/categoryservice.h"

#include "audit/auditlog.h"
#include "audit/recordjson.h"
#include "common/textrules.h"

#include <QUuid>

#include <functional>

namespace coffer {

std::optional<Category> findCategory(const QList<Category> &categories, const QString &text,
                                     std::optional<CategoryType> type)
{
    const QString wanted = text.trimmed();
    auto byCode = [&](const Category &c) {
        return (!c.code.isEmpty() && c.code.compare(wanted, Qt::CaseInsensitive) == 0)
            || (!c.value.isEmpty() && c.value.compare(wanted, Qt::CaseInsensitive) == 0);
    };
    auto byName = [&](const Category &c) {
        return c.name.compare(wanted, Qt::CaseInsensitive) == 0 || c.names.contains(wanted);
    };
    // The wanted type first (by code, then by name), then the other type: "Marketing"
    // finds a merchant's income category before the fixed MARKETING expense.
    std::optional<Category> otherType;
    for (const auto &matches : {std::function<bool(const Category &)>(byCode),
                                std::function<bool(const Category &)>(byName)}) {
        for (const Category &c : categories) {
            if (!matches(c))
                continue;
            if (!type || c.type == *type)
                return c;
            if (!otherType)
                otherType = c;
        }
    }
    if (otherType)
        return otherType;
    return std::nullopt;
}

namespace {

const Category *byId(const QList<Category> &categories, qint64 id)
{
    for (const Category &c : categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

Error notFound(qint64 id)
{
    return makeError(ErrorCode::CategoryNotFound,
                     QStringLiteral("category: %1 does not exist").arg(id));
}

// A parent (0: none) must exist, be active and have the child's type.
Status checkParent(const QList<Category> &categories, qint64 parentId, CategoryType type)
{
    if (parentId == 0)
        return success();
    const Category *parent = byId(categories, parentId);
    if (!parent)
        return makeError(ErrorCode::CategoryNotFound,
                         QStringLiteral("parent: category %1 does not exist").arg(parentId));
    if (parent->type != type)
        return makeError(ErrorCode::CategoryTypeMismatch,
                         QStringLiteral("parent: '%1' is an %2 category; a child must have the "
                                        "same type")
                             .arg(parent->name, toCode(parent->type).toLower()));
    if (!parent->isActive())
        return makeError(ErrorCode::CategoryArchived,
                         QStringLiteral("parent: '%1' is archived").arg(parent->name));
    return success();
}

// No other category of the type may answer to the name or a translation.
Status checkNameFree(const QList<Category> &categories, CategoryType type, const QString &name,
                     const LocalizedText &names, qint64 exceptId)
{
    COFFER_TRY(checkName(QStringLiteral("name"), name, 100));
    QStringList wanted {name.trimmed()};
    for (const QString &translation : names.all()) {
        COFFER_TRY(checkName(QStringLiteral("name"), translation, 100));
        wanted << translation.trimmed();
    }
    for (const Category &c : categories) {
        if (c.type != type || c.id == exceptId)
            continue;
        for (const QString &text : std::as_const(wanted)) {
            if (c.name.compare(text, Qt::CaseInsensitive) == 0 || c.names.contains(text))
                return makeError(ErrorCode::CategoryNameTaken,
                                 QStringLiteral("name: an %1 category named '%2' already exists")
                                     .arg(toCode(type).toLower(), c.name));
        }
    }
    return success();
}

} // namespace

Result<QList<Category>> CategoryService::list(const Actor &actor) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    return m_repository.visibleTo(actor.merchantId);
}

Result<Category> CategoryService::find(const Actor &actor, const QString &text,
                                       std::optional<CategoryType> type) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    return findIn(actor.merchantId, text, type);
}

Result<Category> CategoryService::findIn(qint64 merchantId, const QString &text,
                                         std::optional<CategoryType> type) const
{
    auto categories = m_repository.visibleTo(merchantId);
    if (!categories)
        return categories.error();
    if (auto found = findCategory(*categories, text, type))
        return *found;
    return makeError(
        ErrorCode::CategoryNotFound,
        QStringLiteral("category: no category has the code, value or name '%1'").arg(text));
}

Result<Category> CategoryService::byCode(const QString &code) const
{
    return findIn(0, code, std::nullopt); // fixed categories are global
}

Result<Category> CategoryService::add(const Actor &actor, const NewCategory &request)
{
    COFFER_TRY(actor.require(Permission::ManageCategories));
    COFFER_TRY(checkName(QStringLiteral("name"), request.name, 100));
    for (const QString &translation : request.names.all())
        COFFER_TRY(checkName(QStringLiteral("name"), translation, 100));

    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    COFFER_TRY(m_database.lockScope(actor.merchantId)); // names are checked, then inserted
    auto categories = m_repository.visibleTo(actor.merchantId);
    if (!categories)
        return categories.error();
    COFFER_TRY(checkParent(*categories, request.parentId, request.type));
    COFFER_TRY(checkNameFree(*categories, request.type, request.name, request.names, 0));
    Category category;
    category.merchantId = actor.merchantId;
    category.identifier = QUuid::createUuid().toString(QUuid::WithoutBraces);
    category.type = request.type;
    category.parentId = request.parentId;
    category.name = request.name.trimmed();
    category.names = request.names;
    if (category.names.all().isEmpty())
        category.names.set(QStringLiteral("en"), category.name);
    auto id = m_repository.insert(category, actor.userName);
    if (!id)
        return id.error();
    category.id = *id;
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("category.create"),
                           QStringLiteral("category"), QString::number(category.id), {},
                           categoryJson(category)));
    COFFER_TRY(transaction.commit());
    return category;
}

Result<CategoryService::Change> CategoryService::loadChange(const Actor &actor, qint64 categoryId,
                                                            bool allowFixed) const
{
    COFFER_TRY(m_database.lockScope(actor.merchantId)); // checks, then writes
    auto categories = m_repository.visibleTo(actor.merchantId);
    if (!categories)
        return categories.error();
    const Category *found = byId(*categories, categoryId);
    if (!found)
        return notFound(categoryId);
    if (found->isFixed && !allowFixed)
        return makeError(ErrorCode::FixedCategoryProtected,
                         QStringLiteral("category: '%1' (%2) is a fixed category and cannot be "
                                        "changed, moved or archived")
                             .arg(found->name, found->value));
    return Change {*categories, *found};
}

Status CategoryService::changeOne(const Actor &actor, qint64 categoryId, bool allowFixed,
                                  const QString &action,
                                  const std::function<Status(Change &)> &edit)
{
    COFFER_TRY(actor.require(Permission::ManageCategories));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto change = loadChange(actor, categoryId, allowFixed);
    if (!change)
        return change.error();
    const Category before = change->category;
    COFFER_TRY(edit(*change)); // checks the rule, then changes change->category
    COFFER_TRY(m_repository.update(change->category, actor.userName));
    COFFER_TRY(recordAudit(m_database, actor, action, QStringLiteral("category"),
                           QString::number(categoryId), categoryJson(before),
                           categoryJson(change->category)));
    return transaction.commit();
}

Status CategoryService::rename(const Actor &actor, qint64 categoryId, const QString &name,
                               const LocalizedText &names)
{
    return changeOne(
        actor, categoryId, false, QStringLiteral("category.rename"), [&](Change &change) -> Status {
            Category &category = change.category;
            COFFER_TRY(checkNameFree(change.categories, category.type, name, names, category.id));
            category.name = name.trimmed();
            category.names = names;
            if (!names.all().contains(QStringLiteral("en")))
                category.names.set(QStringLiteral("en"), category.name);
            return success();
        });
}

Status CategoryService::move(const Actor &actor, qint64 categoryId, qint64 parentId)
{
    return changeOne(
        actor, categoryId, false, QStringLiteral("category.move"), [&](Change &change) -> Status {
            Category &category = change.category;
            if (categorySubtree(change.categories, category.id).contains(parentId))
                return makeError(ErrorCode::CategoryCycle,
                                 QStringLiteral("parent: '%1' cannot go under itself or one of its "
                                                "own subcategories")
                                     .arg(category.name));
            COFFER_TRY(checkParent(change.categories, parentId, category.type));
            category.parentId = parentId;
            return success();
        });
}

Status CategoryService::archive(const Actor &actor, qint64 categoryId)
{
    return changeOne(actor, categoryId, false, QStringLiteral("category.archive"),
                     [&](Change &change) -> Status {
                         for (const Category &c : std::as_const(change.categories)) {
                             if (c.parentId == categoryId && c.isActive())
                                 return makeError(
                                     ErrorCode::CategoryHasChildren,
                                     QStringLiteral("category: '%1' has the active subcategory "
                                                    "'%2'; archive or move it first")
                                         .arg(change.category.name, c.name));
                         }
                         change.category.status = RecordStatus::Archived;
                         return success();
                     });
}

Status CategoryService::restore(const Actor &actor, qint64 categoryId)
{
    return changeOne(
        actor, categoryId, true, QStringLiteral("category.restore"), [&](Change &change) -> Status {
            Category &category = change.category;
            if (category.isActive())
                return makeError(
                    ErrorCode::CategoryNotArchived,
                    QStringLiteral("category: '%1' is not archived").arg(category.name));
            COFFER_TRY(checkParent(change.categories, category.parentId, category.type));
            category.status = RecordStatus::Activated;
            return success();
        });
}

QList<qint64> categorySubtree(const QList<Category> &categories, qint64 categoryId)
{
    QList<qint64> subtree {categoryId};
    for (qsizetype next = 0; next < subtree.size(); ++next) {
        for (const Category &c : categories) {
            if (c.parentId == subtree.at(next) && !subtree.contains(c.id))
                subtree.append(c.id);
        }
    }
    return subtree;
}

} // namespace coffer
