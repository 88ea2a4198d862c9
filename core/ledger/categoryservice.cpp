#include "ledger/categoryservice.h"

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

Result<QList<Category>> CategoryService::list(const Actor &actor) const
{
    return m_repository.visibleTo(actor.merchantId);
}

Result<Category> CategoryService::find(const Actor &actor, const QString &text,
                                       std::optional<CategoryType> type) const
{
    auto categories = m_repository.visibleTo(actor.merchantId);
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
    return find(Actor {}, code);
}

Result<Category> CategoryService::add(const Actor &actor, const NewCategory &request)
{
    COFFER_TRY(checkName(QStringLiteral("name"), request.name, 100));
    for (const QString &translation : request.names.all())
        COFFER_TRY(checkName(QStringLiteral("name"), translation, 100));

    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    COFFER_TRY(m_database.lockScope(actor.merchantId)); // names are checked, then inserted
    auto categories = m_repository.visibleTo(actor.merchantId);
    if (!categories)
        return categories.error();
    if (request.parentId != 0) {
        auto parent = std::find_if(categories->cbegin(), categories->cend(),
                                   [&](const Category &c) { return c.id == request.parentId; });
        if (parent == categories->cend())
            return makeError(
                ErrorCode::CategoryNotFound,
                QStringLiteral("parent: category %1 does not exist").arg(request.parentId));
        if (parent->type != request.type)
            return makeError(ErrorCode::CategoryTypeMismatch,
                             QStringLiteral("parent: '%1' is an %2 category; a child must have the "
                                            "same type")
                                 .arg(parent->name, toCode(parent->type).toLower()));
        if (!parent->isActive())
            return makeError(ErrorCode::CategoryArchived,
                             QStringLiteral("parent: '%1' is archived").arg(parent->name));
    }
    for (const Category &c : *categories) {
        if (c.type == request.type
            && (c.name.compare(request.name.trimmed(), Qt::CaseInsensitive) == 0
                || c.names.contains(request.name.trimmed())))
            return makeError(ErrorCode::CategoryNameTaken,
                             QStringLiteral("name: an %1 category named '%2' already exists")
                                 .arg(toCode(request.type).toLower(), c.name));
    }
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
    COFFER_TRY(transaction.commit());
    return category;
}

Status CategoryService::archive(const Actor &actor, qint64 categoryId)
{
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto categories = m_repository.visibleTo(actor.merchantId);
    if (!categories)
        return categories.error();
    auto found = std::find_if(categories->begin(), categories->end(),
                              [&](const Category &c) { return c.id == categoryId; });
    if (found == categories->end())
        return makeError(ErrorCode::CategoryNotFound,
                         QStringLiteral("category: %1 does not exist").arg(categoryId));
    if (found->isFixed)
        return makeError(ErrorCode::FixedCategoryProtected,
                         QStringLiteral("category: '%1' (%2) is a fixed category and cannot be "
                                        "archived or deleted")
                             .arg(found->name, found->value));
    found->status = RecordStatus::Archived;
    COFFER_TRY(m_repository.update(*found, actor.userName));
    return transaction.commit();
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
