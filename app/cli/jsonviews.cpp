#include "jsonviews.h"

namespace coffer::cli {

QJsonObject transactionJson(const Session &session, const Transaction &t)
{
    auto optionalText = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    auto optionalId = [](qint64 id) {
        return id == 0 ? QJsonValue() : QJsonValue(id);
    };
    return QJsonObject {
        {QStringLiteral("id"), t.id},
        {QStringLiteral("type"), toCode(t.type)},
        {QStringLiteral("status"), toCode(t.status)},
        {QStringLiteral("date"), t.date.toString(Qt::ISODate)},
        {QStringLiteral("amount"), t.amount.toDecimalString()},
        {QStringLiteral("currency"), t.amount.currency().code()},
        {QStringLiteral("to_amount"),
         t.toAmount ? QJsonValue(t.toAmount->toDecimalString()) : QJsonValue()},
        {QStringLiteral("to_currency"),
         t.toAmount ? QJsonValue(t.toAmount->currency().code()) : QJsonValue()},
        {QStringLiteral("rate"),
         t.rate.isValid() ? QJsonValue(t.rate.toDecimalString()) : QJsonValue()},
        {QStringLiteral("wallet"), session.walletName(t.walletId)},
        {QStringLiteral("to_wallet"), optionalText(session.walletName(t.toWalletId))},
        {QStringLiteral("category"), optionalText(session.categoryName(t.categoryId))},
        {QStringLiteral("reference"),
         t.referenceId.isEmpty() ? QJsonValue()
                                 : QJsonValue(t.referenceType + QLatin1Char(':') + t.referenceId)},
        {QStringLiteral("reverses"), optionalId(t.reversesId)},
        {QStringLiteral("reversed_by"), optionalId(t.reversedById)},
        {QStringLiteral("note"), optionalText(t.note)},
    };
}

} // namespace coffer::cli
