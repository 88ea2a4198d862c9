#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace coffer {

// What a person does for a merchant (shared/DOMAIN.md, "Who uses it").
enum class Role
{
    Owner, // wallets, income, expenses, transfers, reports, invoices
    Bookkeeper, // enters and corrects entries, customer payments, invoices
    Reviewer, // the payout inbox: approves with a one-time password, records execution
    Reconciler, // resolves mismatches, reverses executed payouts, replaces proofs
    Admin, // users, roles, connections, policies, fees, tax rules
    Payee, // only their own wallet and payouts
    Auditor, // reads everything, the audit trail included; changes nothing
};

// What a service call needs. Every service checks one of these for the acting user
// before it reads or writes anything.
enum class Permission
{
    ReadBooks, // the merchant's wallets, entries, categories and reports
    ManageWallets,
    ManageCategories,
    RecordEntries, // income, expenses, transfers; complete, cancel, correct
    RecordBusinessEvents, // sale-paid, purchase-received
    ManageInvoices, // customers, invoices, customer payments
    RequestPayouts, // request payouts and manage payout methods for any payee (staff)
    ReviewPayouts, // see and approve payout requests
    ExecutePayouts, // process payouts and record their execution
    ReconcilePayouts, // mismatches, reversals, proof replacement
    ReadOwnWallet, // a payee's own wallet and history
    RequestOwnPayout, // a payee's own payout requests and methods
    ManageUsers, // users and their roles
    ManageSettings, // connections, policies, fees, tax rules
    ReadAudit,
};

// Stored and typed codes: "owner", "bookkeeper", "reviewer", "reconciler", "admin",
// "payee", "auditor".
QString toCode(Role role);
std::optional<Role> roleFromText(const QString &text);
// What a permission lets one do, in words ("manage wallets").
QString describe(Permission permission);
QList<Role> allRoles();
QList<Permission> allPermissions();

// The one permission table of Coffer.
bool allows(Role role, Permission permission);
// success(), or PermissionDenied naming the role and what it may not do.
Status require(Role role, Permission permission);

} // namespace coffer
