#include "books/signindialog.h"

#include "common/textrules.h"
#include "dialogs/formparts.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace coffer::ui {

SignInDialog::SignInDialog(UserService &users, Mode mode, const QString &bookName, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_mode(mode)
{
    const bool first = mode == Mode::FirstAdmin;
    setWindowTitle(first ? tr("Create the book's administrator") : tr("Sign in"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("user"));
    m_name->setMaxLength(UserService::longestName);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    auto *place = new QLabel(bookName, this);
    place->setWordWrap(true);
    form->addRow(tr("Book"), place);
    if (first) {
        auto *intro = new QLabel(tr("This book has no users yet. The first user is its "
                                    "administrator and the owner of its merchants."),
                                 this);
        intro->setWordWrap(true);
        form->addRow(intro);
    }
    form->addRow(tr("&User name"), m_name);
    form->addRow(tr("&Password"), m_password);
    if (first) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat password"), m_repeat);
        connect(m_repeat, &QLineEdit::textChanged, this, &SignInDialog::revalidate);
    }
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    form->addRow(m_hint);
    const DialogFooter footer = layOutCheckedDialog(this, form);
    m_problem = footer.problem;
    m_buttons = footer.buttons;
    m_buttons->button(QDialogButtonBox::Ok)->setText(first ? tr("Create") : tr("Sign in"));
    connect(m_name, &QLineEdit::textChanged, this, &SignInDialog::revalidate);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::revalidate);
    revalidate();
}

void SignInDialog::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void SignInDialog::setUserName(const QString &name)
{
    m_name->setText(name);
    m_password->setFocus();
}

QString SignInDialog::problem() const
{
    return m_problem->text();
}

void SignInDialog::revalidate()
{
    QString problem;
    const bool first = m_mode == Mode::FirstAdmin;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Enter your user name.");
    else if (first && !checkName(QStringLiteral("name"), m_name->text(), UserService::longestName))
        problem = tr("The name holds a control character.");
    else if (m_password->text().isEmpty())
        problem = tr("Enter your password.");
    else if (first)
        problem = newPasswordProblem(m_password->text(), m_repeat->text());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString SignInDialog::reason(const Error &error)
{
    switch (error.code) {
    case ErrorCode::SignInFailed: return tr("The user name or the password is wrong.");
    case ErrorCode::SignInThrottled:
        return tr("Several attempts failed: wait a moment, then try again.");
    case ErrorCode::UserLocked:
        return tr("This user is locked after too many failed attempts. Try again later, or "
                  "ask an administrator to unlock it.");
    case ErrorCode::UserDisabled: return tr("An administrator has disabled this user.");
    case ErrorCode::WeakPassword: return newPasswordProblem(QString(), QString());
    default: return error.detail;
    }
}

void SignInDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_mode == Mode::FirstAdmin
        ? m_users.createFirstAdmin(m_name->text(), m_password->text())
        : m_users.signIn(m_name->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!result) {
        // The reason stays on the dialog; the password is typed again.
        m_password->clear();
        m_password->setFocus();
        m_problem->setText(reason(result.error()));
        return;
    }
    m_signedIn = *result;
    QDialog::accept();
}

} // namespace coffer::ui
