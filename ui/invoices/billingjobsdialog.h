#pragma once

#include "workspace.h"

#include <QDialog>

class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace coffer::ui {

// The billing jobs, run by hand: the monthly invoices of a month (with progress, then
// what each customer got), the overdue reminders as of a day (letters and e-mail
// drafts written to a folder) and the reconciliation of the customers' balances. Each
// job is the core's and may be run again: a second monthly run or overdue run creates
// nothing new. Those who only read the books see the reconciliation only.
class BillingJobsDialog : public QDialog
{
    Q_OBJECT

public:
    BillingJobsDialog(Workspace &workspace, QWidget *parent);

    // "~/Documents/Coffer reminders".
    static QString defaultReminderFolder();

    QGroupBox *section(const QString &objectName) const;
    QPushButton *button(const QString &objectName) const;
    QDateEdit *month() const { return m_month; }
    QProgressBar *progress() const { return m_progress; }
    QListWidget *outcomes() const { return m_outcomes; }
    QLabel *monthlySummary() const { return m_monthlySummary; }
    QDateEdit *asOf() const { return m_asOf; }
    QLineEdit *folder() const { return m_folder; }
    QListWidget *files() const { return m_files; }
    QLabel *overdueSummary() const { return m_overdueSummary; }
    QListWidget *drift() const { return m_drift; }
    QLabel *reconcileSummary() const { return m_reconcileSummary; }

public Q_SLOTS:
    // As the Run buttons do; a refusal is shown in the section's summary.
    Status runMonthly();
    Status runOverdue();
    Status runReconcile();
    void chooseFolder();
    void openFolder();

private:
    QGroupBox *buildMonthly();
    QGroupBox *buildOverdue();
    QGroupBox *buildReconcile();
    QPushButton *makeButton(const QString &text, const char *name);
    void showOutcomes(const QList<BillingOutcome> &outcomes, const QString &month);
    void showReminders(const QList<OverdueNotice> &notices, const QStringList &files);

    Workspace &m_workspace;
    QDateEdit *m_month = nullptr;
    QProgressBar *m_progress = nullptr;
    QListWidget *m_outcomes = nullptr;
    QLabel *m_monthlySummary = nullptr;
    QDateEdit *m_asOf = nullptr;
    QLineEdit *m_folder = nullptr;
    QListWidget *m_files = nullptr;
    QLabel *m_overdueSummary = nullptr;
    QListWidget *m_drift = nullptr;
    QLabel *m_reconcileSummary = nullptr;
    QList<QPushButton *> m_buttons;
};

} // namespace coffer::ui
