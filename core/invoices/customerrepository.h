#pragma once

#include "invoices/invoicetypes.h"
#include "storage/database.h"

namespace coffer {

// SQL for customers and their ledgers. Returns domain values; never commits.
class CustomerRepository
{
public:
    explicit CustomerRepository(const Database &database)
        : m_database(database)
    { }

    // The key a name is unique under: trimmed and case-folded ("ACME " == "acme").
    static QString nameKey(const QString &name);

    Result<qint64> insert(const Customer &customer, const QString &createdBy);
    Status update(const Customer &customer); // details and billing settings
    // `lock`: the row stays locked until the caller's transaction ends (PostgreSQL;
    // SQLite's writers are serialised already), so balance_after values follow one
    // another.
    Result<std::optional<Customer>> byName(qint64 merchantId, const QString &name,
                                           bool lock = false) const;
    Result<std::optional<Customer>> byId(qint64 merchantId, qint64 customerId,
                                         bool lock = false) const;
    Result<QList<Customer>> list(qint64 merchantId) const;
    Result<QList<Customer>> all() const; // every merchant: for reconcile

    // Appends a line to a locked customer's ledger with balance_after = balance +
    // amount and writes the new balance, all in the caller's transaction. Returns the
    // line as written.
    Result<CustomerLedgerLine> appendLine(Customer &customer, CustomerLedgerLine line);
    Result<QList<CustomerLedgerLine>> lines(const Customer &customer, int limit = 0) const;

private:
    Result<QList<Customer>> read(const QString &where, const QVariantList &values,
                                 bool lock = false) const;

    const Database &m_database;
};

} // namespace coffer
