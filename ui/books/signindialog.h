#pragma once

#include "users/userservice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace coffer::ui {

// Signing in to a book, or, for a book without users, creating its first admin.
// The core checks the password (and counts failures); the dialog stays open with
// the reason until the user signs in or gives up.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        SignIn,
        FirstAdmin,
    };
    SignInDialog(UserService &users, Mode mode, const QString &bookName, QWidget *parent = nullptr);

    // Shown under the fields (the demo book's sign-in, for one).
    void setHint(const QString &hint);
    void setUserName(const QString &name);
    // Valid after the dialog was accepted.
    const SignedIn &signedIn() const { return m_signedIn; }
    QString problem() const;

    void accept() override;
    // What a refused sign-in tells the user.
    static QString reason(const Error &error);

private:
    void revalidate();

    UserService &m_users;
    Mode m_mode;
    SignedIn m_signedIn;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_hint;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace coffer::ui
