#pragma once

#include "invoices/customerrepository.h"
#include "invoices/invoicerepository.h"
#include "invoices/paymentrepository.h"
#include "security/actor.h"

#include <QJsonObject>

namespace coffer {

// A customer with their ledger and what is open on it.
struct CustomerAccount
{
    Customer customer;
    QList<CustomerLedgerLine> lines; // oldest first (the newest `limit` of them)
    QList<Invoice> openInvoices; // oldest first
    Money credit; // payments not yet allocated to an invoice
};

// A customer-ledger figure that does not follow from the lines before it.
struct BalanceDrift
{
    QString customer;
    qint64 lineId = 0; // 0: the customer's current balance
    QString what; // "balance_after", "balance", "invoice INV-...: paid", ...
    Money recorded;
    Money derived;
};

// Customers (ManageInvoices to add or change, ReadBooks to read) and the checks of
// their accounts.
class CustomerService
{
public:
    explicit CustomerService(Database &database)
        : m_database(database)
        , m_customers(database)
        , m_invoices(database)
        , m_payments(database)
    { }

    // Errors: FieldRequired/FieldTooLong/InvalidText (name, email, tax id, address),
    // InvalidArgument (email shape, terms outside 0..365), UnknownCurrency,
    // InvalidRate, CustomerNameTaken.
    Result<Customer> add(const Actor &actor, const NewCustomer &request);
    // New details and billing settings for the customer called `name` (the currency
    // stays: the ledger is kept in it). Errors: those of add, CustomerNotFound,
    // CurrencyMismatch (another currency asked).
    Result<Customer> update(const Actor &actor, const QString &name, const NewCustomer &request);
    Result<QList<Customer>> list(const Actor &actor) const;
    // By name, case-insensitively. Error: CustomerNotFound.
    Result<Customer> find(const Actor &actor, const QString &name) const;
    Result<CustomerAccount> account(const Actor &actor, const QString &name,
                                    int lineLimit = 0) const;

    // Re-derives every customer's balance from their ledger, line by line, and each
    // invoice's paid amount and each payment's unallocated rest from the
    // allocations; reports what differs. Reads only.
    Result<QList<BalanceDrift>> reconcile(const Actor &actor) const;

private:
    // The checked, trimmed fields of a request (currency resolved).
    Result<Customer> checked(const Actor &actor, const NewCustomer &request) const;
    Result<QList<BalanceDrift>> driftOf(const Customer &customer) const;

    Database &m_database;
    CustomerRepository m_customers;
    InvoiceRepository m_invoices;
    PaymentRepository m_payments;
};

Error customerNotFound(const QString &name);
// A customer with their billing settings and balance, as JSON (audit, coffer-cli).
QJsonObject customerJson(const Customer &customer);

} // namespace coffer
