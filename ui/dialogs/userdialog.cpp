#include "dialogs/userdialog.h"

#include "common/textrules.h"
#include "dialogs/formparts.h"
#include "rolenames.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace coffer::ui {

namespace {

QLineEdit *passwordField(const char *name, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QString::fromLatin1(name));
    field->setEchoMode(QLineEdit::Password);
    return field;
}

} // namespace

UserDialog::UserDialog(UserService &users, const Actor &actor, Mode mode, const MerchantUser &user,
                       QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_actor(actor)
    , m_mode(mode)
    , m_user(user)
{
    auto *form = new QFormLayout;
    if (mode == Mode::Add) {
        setWindowTitle(tr("New user"));
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("name"));
        m_name->setMaxLength(UserService::longestName + 1);
        form->addRow(tr("&Name"), m_name);
    } else {
        setWindowTitle(mode == Mode::Role ? tr("Role of %1").arg(user.user.name)
                                          : tr("New password for %1").arg(user.user.name));
        form->addRow(tr("User"), new QLabel(user.user.name, this));
    }
    if (mode != Mode::Password) {
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("role"));
        for (Role role : allRoles())
            m_role->addItem(roleName(role), int(role));
        if (!user.roles.isEmpty())
            m_role->setCurrentIndex(m_role->findData(int(user.roles.first())));
        else
            m_role->setCurrentIndex(m_role->findData(int(Role::Bookkeeper)));
        m_payeeType = new QComboBox(this);
        m_payeeType->setObjectName(QStringLiteral("payeeType"));
        m_payeeType->addItem(tr("Creator"), QStringLiteral("creator"));
        m_payeeType->addItem(tr("Affiliate"), QStringLiteral("affiliate"));
        m_payeeType->addItem(tr("Vendor"), QStringLiteral("vendor"));
        m_payeeType->addItem(tr("Customer"), QStringLiteral("customer"));
        m_payeeId = new QLineEdit(user.payee.ownerId, this);
        m_payeeId->setObjectName(QStringLiteral("payeeId"));
        if (user.payee.isSet())
            m_payeeType->setCurrentIndex(m_payeeType->findData(user.payee.ownerType));
        form->addRow(tr("&Role"), m_role);
        form->addRow(tr("Payee &kind"), m_payeeType);
        form->addRow(tr("Payee &id"), m_payeeId);
        connect(m_role, &QComboBox::currentIndexChanged, this, &UserDialog::revalidate);
        connect(m_payeeId, &QLineEdit::textChanged, this, &UserDialog::revalidate);
    }
    if (mode != Mode::Role) {
        m_password = passwordField("password", this);
        m_repeat = passwordField("repeat", this);
        form->addRow(tr("&Password"), m_password);
        form->addRow(tr("R&epeat password"), m_repeat);
        connect(m_password, &QLineEdit::textChanged, this, &UserDialog::revalidate);
        connect(m_repeat, &QLineEdit::textChanged, this, &UserDialog::revalidate);
    }
    if (mode == Mode::Password) {
        auto *note = new QLabel(tr("Their one-time password was sealed with the old password: "
                                   "they set it up again after signing in."),
                                this);
        note->setWordWrap(true);
        form->addRow(note);
    }
    if (m_name)
        connect(m_name, &QLineEdit::textChanged, this, &UserDialog::revalidate);
    const DialogFooter footer = layOutCheckedDialog(this, form);
    m_problem = footer.problem;
    m_buttons = footer.buttons;
    revalidate();
}

QString UserDialog::problem() const
{
    return m_problem->text();
}

std::optional<Role> UserDialog::chosenRole() const
{
    if (!m_role)
        return std::nullopt;
    return Role(m_role->currentData().toInt());
}

PayeeBinding UserDialog::payee() const
{
    if (chosenRole() != Role::Payee)
        return {};
    return {m_payeeType->currentData().toString(), m_payeeId->text().trimmed()};
}

void UserDialog::revalidate()
{
    const bool payeeRole = chosenRole() == Role::Payee;
    if (m_payeeType) {
        m_payeeType->setEnabled(payeeRole);
        m_payeeId->setEnabled(payeeRole);
    }
    QString problem;
    if (m_name && m_name->text().trimmed().isEmpty())
        problem = tr("Enter the user's name.");
    else if (m_name && !checkName(QStringLiteral("name"), m_name->text(), UserService::longestName))
        problem = tr("A name has at most %n characters and no control characters.", nullptr,
                     UserService::longestName);
    else if (payeeRole && m_payeeId->text().trimmed().isEmpty())
        problem = tr("A payee user is bound to one payee: enter the payee's id.");
    else if (m_password)
        problem = newPasswordProblem(m_password->text(), m_repeat->text());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void UserDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status done = success();
    switch (m_mode) {
    case Mode::Add: {
        auto added = m_users.add(
            m_actor, NewUser {m_name->text(), m_password->text(), *chosenRole(), payee()});
        if (!added)
            done = added.error();
        break;
    }
    case Mode::Role:
        done = m_users.setRole(m_actor, m_user.user.name, *chosenRole(), payee());
        break;
    case Mode::Password:
        done = m_users.resetPassword(m_actor, m_user.user.name, m_password->text());
        break;
    }
    QApplication::restoreOverrideCursor();
    if (!done) {
        m_problem->setText(done.error().detail);
        return;
    }
    QDialog::accept();
}

} // namespace coffer::ui
