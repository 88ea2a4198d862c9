#pragma once

#include "pages/page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace coffer::ui {

// The audit trail (for auditors, owners and administrators): every change with who,
// when, what and the object before and after, newest first; filtered by user,
// kind of change and period; the chain verified on request and its head hash shown
// to keep outside the book; exported as CSV or printed.
class AuditPage : public Page
{
    Q_OBJECT

public:
    explicit AuditPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override { return tr("Audit trail"); }
    void reload() override;
    PrintJob printJob() override;

    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    const QList<AuditRecord> &records() const { return m_records; }
    // The filter's words, as printed and exported.
    QString filterDescription() const;
    // Writes the listed records as CSV (UTF-8, RFC 4180 quoting); false on a
    // write error.
    bool exportCsv(const QString &path) const;
    // Checks the whole chain; the result is shown under the list.
    AuditVerification verifyTrail();
    QString verificationText() const;

public Q_SLOTS:
    void loadOlder();
    void chooseCsvFile();
    void showVerification();
    void saveHeadHash();

private:
    enum Column
    {
        Id,
        When,
        Who,
        Action,
        Object,
        Change,
        ColumnCount
    };
    AuditFilter filter() const;
    void append(const QList<AuditRecord> &records);
    void showDetail();

    QList<AuditRecord> m_records;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLineEdit *m_actor;
    QComboBox *m_action;
    QComboBox *m_period;
    QPushButton *m_older;
    QPlainTextEdit *m_detail;
    QLabel *m_verification;
    AuditVerification m_lastCheck;
};

// A record's change in a line: "created", or the fields that changed ("name: Cash →
// Till; status: ACTIVATED → ARCHIVED").
QString auditChangeSummary(const AuditRecord &record);

} // namespace coffer::ui
