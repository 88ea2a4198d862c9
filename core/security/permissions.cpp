#include "security/permissions.h"

namespace coffer {

namespace {

using enum Permission;

// Each role's permissions; anything not listed is refused.
QList<Permission> grantedTo(Role role)
{
    switch (role) {
    case Role::Owner:
        return {ReadBooks,      ManageWallets,        ManageCategories,
                RecordEntries,  RecordBusinessEvents, ManageInvoices,
                RequestPayouts, ReviewPayouts,        ReadAudit};
    case Role::Bookkeeper:
        return {ReadBooks, RecordEntries, RecordBusinessEvents, ManageInvoices, RequestPayouts};
    case Role::Reviewer: return {ReadBooks, ReviewPayouts, ExecutePayouts};
    case Role::Reconciler: return {ReadBooks, ReconcilePayouts};
    // The admin also reverses and reconciles payouts (shared/DOMAIN.md, invariant 7).
    case Role::Admin: return {ReadBooks, ReconcilePayouts, ManageUsers, ManageSettings, ReadAudit};
    case Role::Payee: return {ReadOwnWallet, RequestOwnPayout};
    case Role::Auditor: return {ReadBooks, ReadAudit};
    }
    return {};
}

} // namespace

QString toCode(Role role)
{
    switch (role) {
    case Role::Owner: return QStringLiteral("owner");
    case Role::Bookkeeper: return QStringLiteral("bookkeeper");
    case Role::Reviewer: return QStringLiteral("reviewer");
    case Role::Reconciler: return QStringLiteral("reconciler");
    case Role::Admin: return QStringLiteral("admin");
    case Role::Payee: return QStringLiteral("payee");
    case Role::Auditor: return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> roleFromText(const QString &text)
{
    for (Role role : allRoles()) {
        if (toCode(role).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QString describe(Permission permission)
{
    switch (permission) {
    case ReadBooks: return QStringLiteral("read the merchant's books");
    case ManageWallets: return QStringLiteral("manage wallets");
    case ManageCategories: return QStringLiteral("manage categories");
    case RecordEntries: return QStringLiteral("record or change entries");
    case RecordBusinessEvents: return QStringLiteral("record business events");
    case ManageInvoices: return QStringLiteral("manage invoices and customer payments");
    case RequestPayouts: return QStringLiteral("request payouts for payees");
    case ReviewPayouts: return QStringLiteral("review or approve payouts");
    case ExecutePayouts: return QStringLiteral("process payouts");
    case ReconcilePayouts: return QStringLiteral("reconcile or reverse payouts");
    case ReadOwnWallet: return QStringLiteral("read a payee's own wallet");
    case RequestOwnPayout: return QStringLiteral("request a payee's own payouts");
    case ManageUsers: return QStringLiteral("manage users and roles");
    case ManageSettings: return QStringLiteral("change settings");
    case ReadAudit: return QStringLiteral("read the audit trail");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Owner, Role::Bookkeeper, Role::Reviewer, Role::Reconciler,
            Role::Admin, Role::Payee,      Role::Auditor};
}

QList<Permission> allPermissions()
{
    return {
        ReadBooks,      ManageWallets,    ManageCategories, RecordEntries,  RecordBusinessEvents,
        ManageInvoices, RequestPayouts,   ReviewPayouts,    ExecutePayouts, ReconcilePayouts,
        ReadOwnWallet,  RequestOwnPayout, ManageUsers,      ManageSettings, ReadAudit};
}

bool allows(Role role, Permission permission)
{
    return grantedTo(role).contains(permission);
}

Status require(Role role, Permission permission)
{
    if (allows(role, permission))
        return success();
    return makeError(ErrorCode::PermissionDenied,
                     QStringLiteral("permission: a user with the role %1 may not %2")
                         .arg(toCode(role), describe(permission)));
}

} // namespace coffer
