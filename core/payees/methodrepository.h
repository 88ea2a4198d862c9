#pragma once

#include "payees/payeetypes.h"
#include "storage/database.h"

namespace coffer {

// SQL for payout methods. Returns domain values; never commits.
class MethodRepository
{
public:
    explicit MethodRepository(const Database &database)
        : m_database(database)
    { }

    Result<qint64> insert(const PayoutMethod &method);
    // A payee's methods, active first, then oldest first.
    Result<QList<PayoutMethod>> ofPayee(qint64 merchantId, qint64 payeeId, bool lock = false) const;
    Result<std::optional<PayoutMethod>> byId(qint64 merchantId, qint64 methodId,
                                             bool lock = false) const;
    Status setDefault(qint64 merchantId, qint64 payeeId, qint64 methodId, const QString &userName);
    Status deactivate(qint64 merchantId, qint64 methodId, const QString &userName);

private:
    const Database &m_database;
};

} // namespace coffer
