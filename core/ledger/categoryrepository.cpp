#include "ledger/categoryrepository.h"

#include "ledger/walletrepository.h"

namespace coffer {

namespace {

const QString categoryColumns = QStringLiteral(
    "id, merchant_id, identifier, code, value, type, parent_id, status, is_fixed, name, "
    "name_i18n, description_i18n");
const QString insertSql = QStringLiteral(
    "INSERT INTO category (merchant_id, identifier, type, parent_id, status, is_fixed, name, "
    "name_i18n, description_i18n, created_by, modified_by, created_at, modified_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString updateSql
    = QStringLiteral("UPDATE category SET parent_id = ?, status = ?, name = ?, name_i18n = ?, "
                     "description_i18n = ?, modified_by = ?, modified_at = ? WHERE id = ? "
                     "AND merchant_id = ?");

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(id);
}

Result<QList<Category>> readCategories(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<Category> categories;
    while (query->next()) {
        Category c;
        c.id = query->value(0).toLongLong();
        c.merchantId = query->value(1).toLongLong();
        c.identifier = query->value(2).toString();
        c.code = query->value(3).toString();
        c.value = query->value(4).toString();
        c.type = categoryTypeFromText(query->value(5).toString()).value_or(CategoryType::Income);
        c.parentId = query->value(6).toLongLong();
        c.status
            = recordStatusFromText(query->value(7).toString()).value_or(RecordStatus::Activated);
        c.isFixed = query->value(8).toBool();
        c.name = query->value(9).toString();
        c.names = LocalizedText::fromJson(query->value(10).toString());
        c.descriptions = LocalizedText::fromJson(query->value(11).toString());
        categories.append(c);
    }
    return categories;
}

} // namespace

Result<QList<Category>> CategoryRepository::visibleTo(qint64 merchantId) const
{
    return readCategories(m_database.run(
        QStringLiteral("SELECT %1 FROM category WHERE (merchant_id IS NULL OR merchant_id = ?) "
                       "AND deleted_at IS NULL ORDER BY is_fixed DESC, type, %2, %3, id")
            .arg(categoryColumns, m_database.orderedText(QStringLiteral("value")),
                 m_database.orderedText(QStringLiteral("name"))),
        {merchantId}));
}

Result<QList<Category>> CategoryRepository::all() const
{
    return readCategories(m_database.run(
        QStringLiteral("SELECT %1 FROM category WHERE deleted_at IS NULL ORDER BY id")
            .arg(categoryColumns)));
}

Result<qint64> CategoryRepository::insert(const Category &c, const QString &createdBy)
{
    const QDateTime now = nowUtc();
    return m_database.insert(insertSql,
                             {nullableId(c.merchantId), c.identifier, toCode(c.type),
                              nullableId(c.parentId), toCode(c.status), c.isFixed, c.name,
                              c.names.toJson(), c.descriptions.toJson(), createdBy, createdBy, now,
                              now});
}

Status CategoryRepository::update(const Category &c, const QString &modifiedBy)
{
    COFFER_TRY(m_database.run(updateSql,
                              {nullableId(c.parentId), toCode(c.status), c.name, c.names.toJson(),
                               c.descriptions.toJson(), modifiedBy, nowUtc(), c.id, c.merchantId}));
    return success();
}

} // namespace coffer
