#pragma once

#include "common/result.h"
#include "payees/fieldproblems.h"

#include <QDialog>

#include <functional>

class QLineEdit;

namespace coffer::ui {

// Asks why an issued invoice is cancelled; the credit note that cancels it carries
// the reason. The core's refusal stays on screen and the dialog stays open.
class CancelInvoiceDialog : public QDialog
{
    Q_OBJECT

public:
    // `invoice` names it ("INV-2026-000004 · Acme · 131.99 USD").
    CancelInvoiceDialog(const QString &invoice, QWidget *parent);
    // Cancels with the reason typed; the dialog closes when it returns success.
    void setSubmit(std::function<Status(const QString &reason)> submit)
    {
        m_submit = std::move(submit);
    }
    QLineEdit *reason() const { return m_reason; }
    QString problem() const { return m_problems.text(QStringLiteral("reason")); }
    void accept() override;

private:
    QLineEdit *m_reason;
    FieldProblems m_problems;
    std::function<Status(const QString &)> m_submit;
};

} // namespace coffer::ui
