#include "invoices/cancelinvoicedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

CancelInvoiceDialog::CancelInvoiceDialog(const QString &invoice, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_problems(FieldProblems::makeLabel(this))
{
    setObjectName(QStringLiteral("cancelInvoiceDialog"));
    setWindowTitle(tr("Cancel with a credit note"));
    auto *text = new QLabel(tr("%1 will be cancelled by a credit note of its own number for "
                               "its whole total. What was paid on it becomes the customer's "
                               "credit. An issued invoice is never changed or deleted.")
                                .arg(invoice),
                            this);
    text->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Printed on the credit note"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(QString(), m_problems.addField(QStringLiteral("reason"), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue credit note"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_problems.general());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CancelInvoiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

void CancelInvoiceDialog::accept()
{
    m_problems.clear();
    if (m_submit) {
        const Status cancelled = m_submit(m_reason->text());
        if (!cancelled) {
            m_problems.show(cancelled.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace coffer::ui
