#include "storage/numbers.h"

namespace coffer {

Result<QString> takeNumber(const Database &database, qint64 merchantId, const QString &kind,
                           int year)
{
    auto query = database.run(
        QStringLiteral("INSERT INTO number_sequence (merchant_id, kind, year, last_value) VALUES "
                       "(?, ?, ?, 1) ON CONFLICT (merchant_id, kind, year) DO UPDATE SET "
                       "last_value = number_sequence.last_value + 1 RETURNING last_value"),
        {merchantId, kind, year});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::StorageError,
                         QStringLiteral("the %1 number sequence returned nothing").arg(kind));
    return QStringLiteral("%1-%2-%3")
        .arg(kind)
        .arg(year)
        .arg(query->value(0).toLongLong(), 6, 10, QLatin1Char('0'));
}

} // namespace coffer
