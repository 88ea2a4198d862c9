#pragma once

#include "users/userservice.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace coffer::ui {

// Adds a user to the merchant (name, role, payee for a payee, password typed
// twice), changes a user's role, or sets a new password for them. Checks as the
// user types; OK asks core, and a refusal (a taken name, the last admin) stays in
// the dialog with nothing written.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Add,
        Role,
        Password
    };
    // `user` is the one to change (Role, Password); ignored for Add.
    UserDialog(UserService &users, const Actor &actor, Mode mode, const MerchantUser &user,
               QWidget *parent = nullptr);

    QString problem() const;
    void accept() override;

private:
    void revalidate();
    std::optional<Role> chosenRole() const;
    PayeeBinding payee() const;

    UserService &m_users;
    Actor m_actor;
    Mode m_mode;
    MerchantUser m_user;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_payeeType = nullptr;
    QLineEdit *m_payeeId = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace coffer::ui
