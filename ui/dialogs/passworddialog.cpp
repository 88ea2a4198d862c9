#include "dialogs/passworddialog.h"

#include "books/signindialog.h"
#include "dialogs/formparts.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace coffer::ui {

PasswordDialog::PasswordDialog(UserService &users, SignedIn &user, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_user(user)
    , m_current(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
{
    setWindowTitle(tr("Change your password"));
    auto *form = new QFormLayout;
    const QList<std::pair<QLineEdit *, QString>> fields {{m_current, QStringLiteral("current")},
                                                         {m_password, QStringLiteral("password")},
                                                         {m_repeat, QStringLiteral("repeat")}};
    for (const auto &[field, name] : fields) {
        field->setObjectName(name);
        field->setEchoMode(QLineEdit::Password);
        connect(field, &QLineEdit::textChanged, this, &PasswordDialog::revalidate);
    }
    form->addRow(tr("&Current password"), m_current);
    form->addRow(tr("&New password"), m_password);
    form->addRow(tr("&Repeat new password"), m_repeat);
    const DialogFooter footer = layOutCheckedDialog(this, form);
    m_problem = footer.problem;
    m_buttons = footer.buttons;
    revalidate();
}

QString PasswordDialog::problem() const
{
    return m_problem->text();
}

void PasswordDialog::revalidate()
{
    QString problem;
    if (m_current->text().isEmpty())
        problem = tr("Enter your current password.");
    else
        problem = newPasswordProblem(m_password->text(), m_repeat->text());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void PasswordDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status changed = m_users.changePassword(m_user, m_current->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!changed) {
        m_current->clear();
        m_problem->setText(changed.error().code == ErrorCode::SignInFailed
                               ? tr("The current password is wrong.")
                               : SignInDialog::reason(changed.error()));
        return;
    }
    QDialog::accept();
}

} // namespace coffer::ui
