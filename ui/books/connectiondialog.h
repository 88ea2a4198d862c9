#pragma once

#include "secrets/secretstore.h"
#include "storage/booklocation.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace coffer::ui {

// Where a shared PostgreSQL book lives: host, port, database, user and password,
// with a button that tries the connection. The password is kept in the OS
// keychain only when the user ticks the box (and removed when they untick it);
// it never goes to a settings file.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // `start` fills the fields (a recent server); its password is looked up in the
    // keychain.
    explicit ConnectionDialog(const BookLocation &start, const SecretStore &secrets,
                              QWidget *parent = nullptr);

    // The location with its password.
    BookLocation location() const;
    QString problem() const;
    QString testResult() const;
    // Shows why the last attempt failed.
    void showFailure(const QString &reason);

public Q_SLOTS:
    void testConnection();
    void accept() override;

private:
    void revalidate();
    void loadPassword();

    const SecretStore &m_secrets;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_result;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace coffer::ui
