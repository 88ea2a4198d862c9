#include "security/permissions.h"

#include <QTest>

using namespace coffer;

// The permission table against the people of shared/DOMAIN.md ("Who uses it"),
// written out here role by role: a change to the table must change this test.
class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRoleAndPermission_data();
    void everyRoleAndPermission();
    void refusalsNameTheRoleAndTheAct();
    void roleCodesRoundTrip();
};

void TestPermissions::everyRoleAndPermission_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    using P = Permission;
    const QHash<Role, QList<Permission>> expected {
        {Role::Owner,
         {P::ReadBooks, P::ManageWallets, P::ManageCategories, P::RecordEntries,
          P::RecordBusinessEvents, P::ManageInvoices, P::RequestPayouts, P::ReviewPayouts,
          P::ReadAudit}},
        {Role::Bookkeeper,
         {P::ReadBooks, P::RecordEntries, P::RecordBusinessEvents, P::ManageInvoices,
          P::RequestPayouts}},
        {Role::Reviewer, {P::ReadBooks, P::ReviewPayouts, P::ExecutePayouts}},
        {Role::Reconciler, {P::ReadBooks, P::ReconcilePayouts}},
        {Role::Admin,
         {P::ReadBooks, P::ReconcilePayouts, P::ManageUsers, P::ManageSettings, P::ReadAudit}},
        {Role::Payee, {P::ReadOwnWallet, P::RequestOwnPayout}},
        {Role::Auditor, {P::ReadBooks, P::ReadAudit}},
    };
    QCOMPARE(allRoles().size(), 7);
    QCOMPARE(allPermissions().size(), 15);
    for (Role role : allRoles()) {
        for (Permission permission : allPermissions())
            QTest::addRow("%s may %s", qPrintable(toCode(role)), qPrintable(describe(permission)))
                << role << permission << expected.value(role).contains(permission);
    }
}

void TestPermissions::everyRoleAndPermission()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    QCOMPARE(allows(role, permission), allowed);
    QCOMPARE(require(role, permission).ok(), allowed);
}

void TestPermissions::refusalsNameTheRoleAndTheAct()
{
    const Status refused = require(Role::Bookkeeper, Permission::ManageUsers);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(refused.error().detail,
             QStringLiteral("permission: a user with the role bookkeeper may not manage users "
                            "and roles"));
    // Auditors and payees never change the books.
    for (Permission change : {Permission::ManageWallets, Permission::RecordEntries,
                              Permission::ManageCategories, Permission::ManageInvoices}) {
        QVERIFY(!allows(Role::Auditor, change));
        QVERIFY(!allows(Role::Payee, change));
    }
    QVERIFY(!allows(Role::Payee, Permission::ReadBooks)); // only their own wallet
}

void TestPermissions::roleCodesRoundTrip()
{
    for (Role role : allRoles())
        QCOMPARE(roleFromText(toCode(role).toUpper()), std::optional<Role>(role));
    QCOMPARE(roleFromText(QStringLiteral("superuser")), std::optional<Role>());
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
