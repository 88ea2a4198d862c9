#pragma once

#include "audit/auditlog.h"
#include "invoices/customerservice.h"
#include "invoices/invoiceservice.h"
#include "ledger/businessevents.h"
#include "ledger/categoryservice.h"
#include "ledger/ledgerservice.h"
#include "ledger/walletservice.h"
#include "payees/methodservice.h"
#include "payees/payeeservice.h"
#include "payouts/adjustmentservice.h"
#include "payouts/payoutservice.h"
#include "reports/dashboard.h"
#include "reports/reportservice.h"
#include "storage/database.h"
#include "users/userservice.h"

#include <memory>

namespace coffer {

// An open, migrated book with its services. The one object a front end holds.
class Book
{
public:
    enum class Opening
    {
        CreateIfMissing, // a new SQLite file or an empty database becomes a book
        MustExist, // the book must exist and have a schema; nothing is created
    };
    // Opens the book and brings its schema up to date.
    // Errors: BookNotFound (no such SQLite file), BookNotInitialised (an empty
    // database, when it must exist), ConnectionFailed, SchemaTooNew, StorageError.
    static Result<std::unique_ptr<Book>> open(const BookLocation &location,
                                              Opening opening = Opening::MustExist);

    Database &database() { return *m_database; }
    WalletService &wallets() { return m_wallets; }
    CategoryService &categories() { return m_categories; }
    LedgerService &ledger() { return m_ledger; }
    BusinessEvents &events() { return m_events; }
    ReportService &reports() { return m_reports; }
    DashboardService &dashboard() { return m_dashboard; }
    AuditLog &audit() { return m_audit; }
    UserService &users() { return m_users; }
    PayeeService &payees() { return m_payees; }
    MethodService &methods() { return m_methods; }
    PayoutService &payouts() { return m_payouts; }
    AdjustmentService &adjustments() { return m_adjustments; }
    CustomerService &customers() { return m_customers; }
    InvoiceService &invoices() { return m_invoices; }

private:
    explicit Book(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    WalletService m_wallets;
    CategoryService m_categories;
    LedgerService m_ledger;
    BusinessEvents m_events;
    ReportService m_reports;
    DashboardService m_dashboard;
    AuditLog m_audit;
    UserService m_users;
    PayeeService m_payees;
    MethodService m_methods;
    PayoutService m_payouts;
    AdjustmentService m_adjustments;
    CustomerService m_customers;
    InvoiceService m_invoices;
};

} // namespace coffer
