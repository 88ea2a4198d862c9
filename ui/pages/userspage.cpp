#include "pages/userspage.h"

#include "dialogs/userdialog.h"
#include "pages/pageparts.h"
#include "rolenames.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

QString statusText(const User &user)
{
    if (user.disabled)
        return UsersPage::tr("Disabled");
    if (user.isLockedAt(QDateTime::currentDateTimeUtc()))
        return UsersPage::tr("Locked until %1")
            .arg(QLocale().toString(user.lockedUntil.toLocalTime(), QLocale::ShortFormat));
    if (user.failedSignIns > 0)
        return UsersPage::tr("Active (failed sign-ins: %1)").arg(user.failedSignIns);
    return UsersPage::tr("Active");
}

} // namespace

UsersPage::UsersPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(makeTable(m_model, this))
{
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Roles"), tr("Payee"), tr("Status"),
                                        tr("One-time password"), tr("Last sign-in")});
    m_view->setObjectName(QStringLiteral("users"));
    m_view->horizontalHeader()->setSectionResizeMode(Roles, QHeaderView::Stretch);
    m_add = new QPushButton(tr("&New user…"), this);
    m_role = new QPushButton(tr("Change &role…"), this);
    m_disable = new QPushButton(tr("&Disable"), this);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_password = new QPushButton(tr("Set &password…"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_role, m_disable, m_unlock, m_password})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_role, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(m_unlock, &QPushButton::clicked, this, &UsersPage::unlockUser);
    connect(m_password, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_view, &QTableView::doubleClicked, this, &UsersPage::changeRole);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UsersPage::updateButtons);
    updateButtons();
}

void UsersPage::reload()
{
    const MerchantUser *selected = selectedUser();
    const QString selectedName = selected ? selected->user.name : QString();
    auto users = workspace().book().users().list(workspace().actor());
    if (!users) {
        workspace().showError(this, users.error());
        return;
    }
    m_users = *users;
    m_model->removeRows(0, m_model->rowCount());
    for (const MerchantUser &u : std::as_const(m_users)) {
        QStringList roles;
        for (Role role : u.roles)
            roles << roleName(role);
        QList<QStandardItem *> row;
        row << new QStandardItem(u.user.name) << new QStandardItem(roles.join(QStringLiteral(", ")))
            << new QStandardItem(u.payee.toText()) << new QStandardItem(statusText(u.user))
            << new QStandardItem(u.user.totpEnrolled ? tr("Set up") : tr("Not set up"))
            << new QStandardItem(u.user.lastSignInAt.isValid() ? QLocale().toString(
                                     u.user.lastSignInAt.toLocalTime(), QLocale::ShortFormat)
                                                               : tr("Never"));
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    selectUser(selectedName);
    updateButtons();
}

PrintJob UsersPage::printJob()
{
    return {tr("Users — %1").arg(workspace().merchant().name),
            workspace().book().database().location().displayName(),
            {{tr("Users"), m_model}}};
}

const MerchantUser *UsersPage::selectedUser() const
{
    const int row = m_view->currentIndex().row();
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

void UsersPage::selectUser(const QString &name)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).user.name.compare(name, Qt::CaseInsensitive) == 0)
            m_view->setCurrentIndex(m_model->index(row, Name));
    }
}

void UsersPage::updateButtons()
{
    const MerchantUser *u = selectedUser();
    const bool self = u && u->user.id == workspace().actor().userId;
    m_role->setEnabled(u);
    m_disable->setEnabled(u && !self);
    m_disable->setText(u && u->user.disabled ? tr("&Enable") : tr("&Disable"));
    m_unlock->setEnabled(u && u->user.failedSignIns > 0);
    m_password->setEnabled(u && !self);
}

void UsersPage::addUser()
{
    UserDialog dialog(workspace().book().users(), workspace().actor(), UserDialog::Mode::Add, {},
                      this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    workspace().bookChanged();
}

void UsersPage::changeRole()
{
    if (const MerchantUser *u = selectedUser()) {
        UserDialog dialog(workspace().book().users(), workspace().actor(), UserDialog::Mode::Role,
                          *u, this);
        if (dialog.exec() == QDialog::Accepted)
            workspace().bookChanged();
    }
}

void UsersPage::resetPassword()
{
    if (const MerchantUser *u = selectedUser()) {
        UserDialog dialog(workspace().book().users(), workspace().actor(),
                          UserDialog::Mode::Password, *u, this);
        if (dialog.exec() == QDialog::Accepted)
            workspace().bookChanged();
    }
}

void UsersPage::change(Status (UserService::*action)(const Actor &, const QString &))
{
    if (const MerchantUser *u = selectedUser()) {
        const QString name = u->user.name;
        if (auto done = (workspace().book().users().*action)(workspace().actor(), name); !done)
            workspace().showError(this, done.error());
        workspace().bookChanged();
        selectUser(name);
    }
}

void UsersPage::toggleDisabled()
{
    const MerchantUser *u = selectedUser();
    change(u && u->user.disabled ? &UserService::enable : &UserService::disable);
}

void UsersPage::unlockUser()
{
    change(&UserService::unlock);
}

} // namespace coffer::ui
