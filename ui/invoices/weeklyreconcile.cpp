#include "invoices/weeklyreconcile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSettings>

namespace coffer::ui {

QString WeeklyReconcile::settingsKey(const Workspace &workspace)
{
    // The book's address may hold characters QSettings keys cannot: a hash of it.
    const QByteArray book = workspace.book().database().location().displayName().toUtf8();
    return QStringLiteral("reconcile/%1-%2/last")
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(book, QCryptographicHash::Sha1).toHex().left(16)))
        .arg(workspace.merchant().id);
}

bool WeeklyReconcile::isDue(const Workspace &workspace, const QDate &today)
{
    if (!workspace.may(Permission::ReadBooks))
        return false;
    const QDate last = QSettings().value(settingsKey(workspace)).toDate();
    return !last.isValid() || last.daysTo(today) >= intervalDays || last > today;
}

Result<QList<BalanceDrift>> WeeklyReconcile::run(Workspace &workspace, const QDate &today)
{
    auto drifts = workspace.book().customers().reconcile(workspace.actor());
    if (!drifts)
        return drifts.error();
    QSettings().setValue(settingsKey(workspace), today);
    return drifts;
}

QString WeeklyReconcile::summary(const QList<BalanceDrift> &drifts)
{
    if (drifts.isEmpty())
        return QCoreApplication::translate("coffer::ui::WeeklyReconcile",
                                           "Customer balances reconciled: every balance follows "
                                           "from its ledger.");
    QStringList lines;
    for (const BalanceDrift &d : drifts)
        lines << QCoreApplication::translate("coffer::ui::WeeklyReconcile",
                                             "%1: %2 is %3, the ledger gives %4")
                     .arg(d.customer, d.what, d.recorded.format(), d.derived.format());
    return QCoreApplication::translate("coffer::ui::WeeklyReconcile",
                                       "The weekly reconcile found customer balances that do "
                                       "not follow from their ledgers:\n%1")
        .arg(lines.join(QLatin1Char('\n')));
}

} // namespace coffer::ui
