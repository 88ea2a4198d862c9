#pragma once

#include "ledger/categoryservice.h"
#include "ledger/ledgerservice.h"

namespace coffer {

// created is false when the reference was seen before: the first result is returned.
using EventOutcome = LedgerService::Recorded;

// Events from the rest of a merchant's business. Each is idempotent by its
// reference: a replay returns the first result and writes nothing; a replay with
// a different wallet or amount is an IdempotencyConflict.
class BusinessEvents
{
public:
    BusinessEvents(LedgerService &ledger, CategoryService &categories)
        : m_ledger(ledger)
        , m_categories(categories)
    { }

    // A sale order's successful payment: INCOME in SALE, reference SaleOrder:ID.
    Result<EventOutcome> saleOrderPaid(const Actor &actor, const QString &orderId, qint64 walletId,
                                       const Money &amount, const QDate &date = {});
    // A received purchase order: EXPENSE in PURCHASE, reference PurchaseOrder:ID.
    Result<EventOutcome> purchaseOrderReceived(const Actor &actor, const QString &orderId,
                                               qint64 walletId, const Money &amount,
                                               const QDate &date = {});

private:
    Result<EventOutcome> recordOnce(const Actor &actor, TransactionType type,
                                    const QString &categoryCode, const QString &referenceType,
                                    const QString &orderId, qint64 walletId, const Money &amount,
                                    const QDate &date);

    LedgerService &m_ledger;
    CategoryService &m_categories;
};

} // namespace coffer
