#include "rolenames.h"

#include <QCoreApplication>

namespace coffer::ui {

QString roleName(Role role)
{
    switch (role) {
    case Role::Owner: return QCoreApplication::translate("Roles", "Owner");
    case Role::Bookkeeper: return QCoreApplication::translate("Roles", "Bookkeeper");
    case Role::Reviewer: return QCoreApplication::translate("Roles", "Finance reviewer");
    case Role::Reconciler: return QCoreApplication::translate("Roles", "Reconciliation approver");
    case Role::Admin: return QCoreApplication::translate("Roles", "Administrator");
    case Role::Payee: return QCoreApplication::translate("Roles", "Payee");
    case Role::Auditor: return QCoreApplication::translate("Roles", "Auditor");
    }
    return toCode(role);
}

} // namespace coffer::ui
