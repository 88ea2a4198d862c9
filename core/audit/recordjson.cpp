#include "audit/recordjson.h"

#include <QJsonDocument>

namespace coffer {

namespace {

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue optionalId(qint64 id)
{
    return id == 0 ? QJsonValue() : QJsonValue(id);
}

} // namespace

QJsonObject namesJson(const LocalizedText &names)
{
    QJsonObject object;
    for (auto it = names.all().cbegin(); it != names.all().cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject merchantJson(const Merchant &merchant)
{
    return QJsonObject {
        {QStringLiteral("id"), merchant.id},
        {QStringLiteral("name"), merchant.name},
        {QStringLiteral("currency"), merchant.defaultCurrency.code()},
    };
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
        {QStringLiteral("payee_id"), w.payeeId != 0 ? QJsonValue(w.payeeId) : QJsonValue()},
    };
}

QJsonObject categoryJson(const Category &c)
{
    return QJsonObject {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("identifier"), c.identifier},
        {QStringLiteral("code"), optionalText(c.code)},
        {QStringLiteral("value"), optionalText(c.value)},
        {QStringLiteral("type"), toCode(c.type)},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("names"), namesJson(c.names)},
        {QStringLiteral("parent_id"), optionalId(c.parentId)},
        {QStringLiteral("fixed"), c.isFixed},
        {QStringLiteral("scope"),
         c.merchantId == 0 ? QStringLiteral("global") : QStringLiteral("merchant")},
        {QStringLiteral("status"), toCode(c.status)},
    };
}

QJsonObject transactionJson(const Transaction &t)
{
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
        {QStringLiteral("wallet_id"), t.walletId},
        {QStringLiteral("to_wallet_id"), optionalId(t.toWalletId)},
        {QStringLiteral("category_id"), optionalId(t.categoryId)},
        {QStringLiteral("reference"),
         t.referenceId.isEmpty() ? QJsonValue()
                                 : QJsonValue(t.referenceType + QLatin1Char(':') + t.referenceId)},
        {QStringLiteral("reverses"), optionalId(t.reversesId)},
        {QStringLiteral("note"), optionalText(t.note)},
    };
}

QString auditText(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace coffer
