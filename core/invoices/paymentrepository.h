#pragma once

#include "invoices/invoicetypes.h"
#include "storage/database.h"

namespace coffer {

// SQL for customer payments and their allocations to invoices. Returns domain
// values; never commits.
class PaymentRepository
{
public:
    explicit PaymentRepository(const Database &database)
        : m_database(database)
    { }

    Result<qint64> insert(qint64 merchantId, const Payment &payment);
    Status setEntry(qint64 paymentId, qint64 entryId);
    Status setUnallocated(qint64 paymentId, qint64 unallocatedMinor);
    Result<std::optional<Payment>> byId(qint64 merchantId, qint64 paymentId) const;
    // Newest first; customerId 0: every customer.
    Result<QList<Payment>> list(qint64 merchantId, qint64 customerId, int limit = 0) const;
    // A customer's payments with something not yet allocated, oldest first.
    Result<QList<Payment>> withCredit(qint64 customerId) const;

    Status allocate(const PaymentAllocation &allocation, const QString &createdBy);
    Result<QList<PaymentAllocation>> ofPayment(qint64 paymentId) const;
    Result<QList<PaymentAllocation>> ofInvoice(qint64 invoiceId) const;
    // Takes back every allocation to the invoice (cancelled): returns them.
    Result<QList<PaymentAllocation>> release(qint64 invoiceId);

private:
    Result<QList<Payment>> read(const QString &where, const QVariantList &values) const;
    Result<QList<PaymentAllocation>> allocations(const QString &where, qint64 id) const;

    const Database &m_database;
};

} // namespace coffer
