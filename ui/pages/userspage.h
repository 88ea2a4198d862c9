#pragma once

#include "pages/page.h"

class QPushButton;
class QStandardItemModel;
class QTableView;

namespace coffer::ui {

// The merchant's users (for administrators): their roles, status, one-time
// password and last sign-in; add one, change a role, disable or enable, unlock
// after failed sign-ins, set a new password.
class UsersPage : public Page
{
    Q_OBJECT

public:
    explicit UsersPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override { return tr("Users"); }
    void reload() override;
    PrintJob printJob() override;

    QTableView *view() const { return m_view; }
    const MerchantUser *selectedUser() const;
    void selectUser(const QString &name);

public Q_SLOTS:
    void addUser();
    void changeRole();
    void toggleDisabled();
    void unlockUser();
    void resetPassword();

private:
    enum Column
    {
        Name,
        Roles,
        Payee,
        State,
        OneTimePassword,
        LastSignIn,
        ColumnCount
    };
    void updateButtons();
    void change(Status (UserService::*action)(const Actor &, const QString &));

    QList<MerchantUser> m_users;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_role;
    QPushButton *m_disable;
    QPushButton *m_unlock;
    QPushButton *m_password;
};

} // namespace coffer::ui
