#pragma once

#include "users/userservice.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace coffer::ui {

// Sets up the signed-in user's one-time password: their password again, then a new
// secret shown as a QR code and as base32 text for an authenticator app, then a
// first code from the app to confirm it. Until confirmed, it does not count.
class TotpDialog : public QDialog
{
    Q_OBJECT

public:
    TotpDialog(UserService &users, SignedIn &user, QWidget *parent = nullptr);

    QString problem() const;
    // After the first step: the secret as the user types it, and the URI in the QR.
    QString secret() const { return m_enrolment.base32; }
    QString uri() const { return m_enrolment.uri; }
    bool enrolled() const { return !m_enrolment.uri.isEmpty(); }

    // First OK: creates the secret and shows it; second OK: checks the code.
    void accept() override;

private:
    void revalidate();
    void showSecret();

    UserService &m_users;
    SignedIn &m_user;
    TotpEnrolment m_enrolment;
    QLineEdit *m_password;
    QLineEdit *m_currentCode = nullptr; // when a confirmed secret is replaced
    QComboBox *m_algorithm;
    QComboBox *m_digits;
    QLabel *m_qr;
    QLabel *m_secret;
    QLineEdit *m_code;
    QWidget *m_secretPart;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Base32 in groups of four ("JBSW Y3DP ..."), as it is easiest to type.
QString groupedSecret(const QString &base32);

} // namespace coffer::ui
