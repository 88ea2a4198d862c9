#pragma once

#include "ledger/types.h"
#include "storage/database.h"

namespace coffer {

class CategoryRepository
{
public:
    explicit CategoryRepository(const Database &database)
        : m_database(database)
    { }

    // Global categories plus the merchant's own (not soft-deleted), fixed first.
    Result<QList<Category>> visibleTo(qint64 merchantId) const;
    Result<QList<Category>> all() const; // for verify
    Result<qint64> insert(const Category &category, const QString &createdBy);
    Status update(const Category &category, const QString &modifiedBy);

private:
    const Database &m_database;
};

} // namespace coffer
