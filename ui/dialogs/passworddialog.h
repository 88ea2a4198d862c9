#pragma once

#include "users/userservice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace coffer::ui {

// The signed-in user changes their own password: the current one, the new one
// twice. Their one-time password secret moves to the new password's key.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(UserService &users, SignedIn &user, QWidget *parent = nullptr);

    QString problem() const;
    void accept() override;

private:
    void revalidate();

    UserService &m_users;
    SignedIn &m_user;
    QLineEdit *m_current;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace coffer::ui
