#include "ledger/businessevents.h"

#include "common/textrules.h"

namespace coffer {

Result<EventOutcome> BusinessEvents::saleOrderPaid(const Actor &actor, const QString &orderId,
                                                   qint64 walletId, const Money &amount,
                                                   const QDate &date)
{
    return recordOnce(actor, TransactionType::Income, QStringLiteral("SALE"),
                      QStringLiteral("SaleOrder"), orderId, walletId, amount, date);
}

Result<EventOutcome> BusinessEvents::purchaseOrderReceived(const Actor &actor,
                                                           const QString &orderId, qint64 walletId,
                                                           const Money &amount, const QDate &date)
{
    return recordOnce(actor, TransactionType::Expense, QStringLiteral("PURCHASE"),
                      QStringLiteral("PurchaseOrder"), orderId, walletId, amount, date);
}

Result<EventOutcome> BusinessEvents::recordOnce(const Actor &actor, TransactionType type,
                                                const QString &categoryCode,
                                                const QString &referenceType,
                                                const QString &orderId, qint64 walletId,
                                                const Money &amount, const QDate &date)
{
    COFFER_TRY(actor.require(Permission::RecordBusinessEvents));
    COFFER_TRY(checkName(QStringLiteral("reference"), orderId, 100));
    auto category = m_categories.byCode(categoryCode);
    if (!category)
        return category.error();
    NewTransaction request;
    request.type = type;
    request.walletId = walletId;
    request.categoryId = category->id;
    request.amount = amount;
    request.date = date;
    request.referenceType = referenceType;
    request.referenceId = orderId.trimmed();
    return m_ledger.recordOnce(actor, request);
}

} // namespace coffer
