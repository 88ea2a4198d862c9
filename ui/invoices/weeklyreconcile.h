#pragma once

#include "workspace.h"

#include <QDate>

namespace coffer::ui {

// The app's weekly reconcile job (002: "reconcileBalances, weekly"): when a book
// opens and seven days have passed since this desktop last checked the merchant's
// customer balances, they are re-derived from their ledgers (CustomerService::
// reconcile, which changes nothing). The date of the last check is kept per book and
// merchant in the user's settings.
class WeeklyReconcile
{
public:
    static constexpr int intervalDays = 7;

    // Whether a check is due on `today` for the workspace's book and merchant.
    static bool isDue(const Workspace &workspace, const QDate &today);
    // Runs the check and records `today` as its date. Errors: those of reconcile
    // (nothing is recorded then, so the next opening tries again).
    static Result<QList<BalanceDrift>> run(Workspace &workspace, const QDate &today);
    // "Customer balances reconciled: …" or the drifts, for the user.
    static QString summary(const QList<BalanceDrift> &drifts);

private:
    static QString settingsKey(const Workspace &workspace);
};

} // namespace coffer::ui
