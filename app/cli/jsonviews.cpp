#include "jsonviews.h"

namespace coffer::cli {

QJsonObject namesJson(const LocalizedText &names)
{
    QJsonObject object;
    for (auto it = names.all().cbegin(); it != names.all().cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject walletJson(const Wallet &w)
{
    return QJsonObject {
        {QStringLiteral("id"), w.id},
        {QStringLiteral("name"), w.name},
        {QStringLiteral("names"), namesJson(w.names)},
        {QStringLiteral("type"), toCode(w.type)},
        {QStringLiteral("status"), toCode(w.status)},
        {QStringLiteral("currency"), w.currency.code()},
        {QStringLiteral("initial"), w.initial().toDecimalString()},
        {QStringLiteral("current"), w.current().toDecimalString()},
        {QStringLiteral("available"), w.available().toDecimalString()},
        {QStringLiteral("pending"), w.pending().toDecimalString()},
        {QStringLiteral("held"), w.held().toDecimalString()},
        {QStringLiteral("default"), w.isDefault},
        {QStringLiteral("excluded"), w.isExcluded},
        {QStringLiteral("account_number"), w.accountNumber},
        {QStringLiteral("bank_name"), w.bankName},
    };
}

QJsonObject categoryJson(const Category &c)
{
    return QJsonObject {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("identifier"), c.identifier},
        {QStringLiteral("code"), c.code.isEmpty() ? QJsonValue() : QJsonValue(c.code)},
        {QStringLiteral("value"), c.value.isEmpty() ? QJsonValue() : QJsonValue(c.value)},
        {QStringLiteral("type"), toCode(c.type)},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("names"), namesJson(c.names)},
        {QStringLiteral("parent_id"), c.parentId == 0 ? QJsonValue() : QJsonValue(c.parentId)},
        {QStringLiteral("fixed"), c.isFixed},
        {QStringLiteral("scope"),
         c.merchantId == 0 ? QStringLiteral("global") : QStringLiteral("merchant")},
        {QStringLiteral("status"), toCode(c.status)},
    };
}

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
