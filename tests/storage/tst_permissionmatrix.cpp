// Every role against every service command, on SQLite (tst_permissionmatrix) and
// PostgreSQL (tst_permissionmatrix_pg): a command runs when the role's permissions
// allow it and is refused with PermissionDenied otherwise, writing nothing; to a
// payee the merchant's wallets do not exist at all.
#include "security/base32.h"
#include "security/otp.h"
#include "testbook.h"
#include "tools/historygenerator.h"

#include <QTest>

#include <algorithm>
#include <functional>

using namespace coffer;
using namespace coffer::test;

namespace {

// What the commands work on: made by the tester (admin and owner) before each run.
struct Fixture
{
    Wallet cash;
    Wallet bank;
    Wallet spare;
    qint64 ownCategory = 0; // an expense category of the merchant's own
    qint64 leafCategory = 0; // another one, archived and restored
    qint64 parentCategory = 0;
    QList<qint64> pending; // pending entries to complete or cancel
    QList<qint64> completed; // completed entries to cancel or correct
    qint64 method = 0; // payee 7's payout methods
    qint64 spareMethod = 0;
    QString approved; // a payout of payee 7, approved by a reviewer of the fixture
};

using Command = std::function<Status(Book &, const Actor &, const Fixture &)>;

struct Case
{
    QString name;
    QList<Permission> needs; // all of them
    Command run;
    bool walletRead = false; // a payee gets "not found" or nothing, never PermissionDenied
    QList<Permission> orElse = {}; // another set that allows it (a payee's own wallet)
};

Status done(const auto &result)
{
    if (!result)
        return result.error();
    return success();
}

NewTransaction income(const Fixture &f, const QString &amount = QStringLiteral("1000"))
{
    NewTransaction t;
    t.type = TransactionType::Income;
    t.walletId = f.cash.id;
    t.amount = money(amount, QStringLiteral("VND"));
    t.date = QDate(2026, 10, 1);
    return t;
}

QList<Case> everyCommand()
{
    using enum Permission;
    const Currency vnd = currency(QStringLiteral("VND"));
    return {
        // Wallets
        {"wallets.list",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &) { return done(b.wallets().list(a)); },
         true},
        {"wallets.find",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.wallets().find(a, QStringLiteral("Bank")));
         },
         true},
        {"wallets.byId",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(b.wallets().byId(a, f.bank.id));
         },
         true},
        {"wallets.add",
         {ManageWallets},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.wallets().add(
                 a,
                 NewWallet {
                     QStringLiteral("Extra"), {}, WalletType::Bank, {}, 0, {}, {}, false, false}));
         }},
        {"wallets.update",
         {ManageWallets},
         [](Book &b, const Actor &a, const Fixture &f) {
             Wallet w = f.bank;
             w.bankName = QStringLiteral("ACB");
             return done(b.wallets().update(a, w));
         }},
        {"wallets.archive",
         {ManageWallets},
         [](Book &b, const Actor &a, const Fixture &f) {
             return b.wallets().archive(a, f.spare.id);
         }},
        {"wallets.restore",
         {ManageWallets},
         [](Book &b, const Actor &a, const Fixture &f) {
             return b.wallets().restore(a, f.spare.id);
         }},
        {"wallets.setDefault",
         {ManageWallets},
         [](Book &b, const Actor &a, const Fixture &f) {
             return b.wallets().setDefault(a, f.bank.id);
         }},
        // Categories
        {"categories.list",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.categories().list(a));
         }},
        {"categories.find",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.categories().find(a, QStringLiteral("SALE")));
         }},
        {"categories.add",
         {ManageCategories},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.categories().add(
                 a, NewCategory {QStringLiteral("Tips"), {}, CategoryType::Income, 0}));
         }},
        {"categories.rename",
         {ManageCategories},
         [](Book &b, const Actor &a, const Fixture &f) {
             return b.categories().rename(a, f.ownCategory, QStringLiteral("Beans"));
         }},
        {"categories.move",
         {ManageCategories},
         [](Book &b, const Actor &a, const Fixture &f) {
             return b.categories().move(a, f.ownCategory, f.parentCategory);
         }},
        {"categories.archive",
         {ManageCategories},
         [](Book &b, const Actor &a, const Fixture &f) {
             return b.categories().archive(a, f.leafCategory);
         }},
        {"categories.restore",
         {ManageCategories},
         [](Book &b, const Actor &a, const Fixture &f) {
             return b.categories().restore(a, f.leafCategory);
         }},
        // The ledger
        {"ledger.record",
         {RecordEntries},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(b.ledger().record(a, income(f)));
         }},
        {"ledger.recordOnce",
         {RecordEntries},
         [](Book &b, const Actor &a, const Fixture &f) {
             NewTransaction t = income(f);
             t.referenceType = QStringLiteral("Order");
             t.referenceId = QStringLiteral("9");
             return done(b.ledger().recordOnce(a, t));
         }},
        {"ledger.recordBatch",
         {RecordEntries},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(b.ledger().recordBatch(a, {income(f), income(f, QStringLiteral("2000"))}));
         }},
        {"ledger.complete",
         {RecordEntries},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(b.ledger().complete(a, f.pending.at(0)));
         }},
        {"ledger.cancel",
         {RecordEntries},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(b.ledger().cancel(a, f.pending.at(1)));
         }},
        {"ledger.cancelMany",
         {RecordEntries},
         [](Book &b, const Actor &a, const Fixture &f) {
             return b.ledger().cancelMany(a, {f.completed.at(0)});
         }},
        {"ledger.correct",
         {RecordEntries},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(
                 b.ledger().correct(a, f.completed.at(1), income(f, QStringLiteral("777"))));
         }},
        {"ledger.get",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(b.ledger().get(a, f.completed.at(2)));
         }},
        {"ledger.list",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.ledger().list(a, TransactionFilter {}));
         }},
        {"ledger.findByReference",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.ledger().findByReference(a, TransactionType::Income,
                                                    QStringLiteral("Order"), QStringLiteral("1")));
         }},
        // Business events
        {"events.saleOrderPaid",
         {RecordBusinessEvents},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(
                 b.events().saleOrderPaid(a, QStringLiteral("S-1"), f.cash.id,
                                          money(QStringLiteral("5000"), QStringLiteral("VND"))));
         }},
        {"events.purchaseOrderReceived",
         {RecordBusinessEvents},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(b.events().purchaseOrderReceived(
                 a, QStringLiteral("P-1"), f.cash.id,
                 money(QStringLiteral("4000"), QStringLiteral("VND"))));
         }},
        // Reports
        {"reports.categoryMonthly",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.reports().categoryMonthly(a, 202601, 202612));
         }},
        {"reports.registerPage",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(b.reports().registerPage(a, f.cash, RegisterCursor {}, 10));
         }},
        {"reports.registerSize",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(b.reports().registerSize(a, f.cash));
         }},
        {"reports.registerRows",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(b.reports().registerRows(a, f.cash, 0, 10));
         }},
        {"reports.registerRowOnOrBefore",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(b.reports().registerRowOnOrBefore(a, f.cash, QDate(2026, 10, 1)));
         }},
        {"dashboard.build",
         {ReadBooks},
         [vnd](Book &b, const Actor &a, const Fixture &) {
             return done(b.dashboard().build(a, DashboardRequest {vnd, 202601, 202612, 7}));
         }},
        {"history.generate",
         {RecordEntries, ManageWallets, ManageCategories},
         [](Book &b, const Actor &a, const Fixture &) {
             GenerateOptions o;
             o.transactions = 20;
             return done(HistoryGenerator(b).run(a, o));
         }},
        // The audit trail
        {"audit.list",
         {ReadAudit},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.audit().list(a, AuditFilter {}));
         }},
        {"audit.verify",
         {ReadAudit},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.audit().verify(a));
         }},
        // Users
        {"users.list",
         {ManageUsers},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.users().list(a));
         }},
        {"users.find",
         {ManageUsers},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.users().find(a, TestBook::testerName()));
         }},
        {"users.add",
         {ManageUsers},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.users().add(a,
                                       NewUser {QStringLiteral("newcomer"),
                                                TestBook::testerPassword(),
                                                Role::Bookkeeper,
                                                {}}));
         }},
        {"users.setRole",
         {ManageUsers},
         [](Book &b, const Actor &a, const Fixture &) {
             return b.users().setRole(a, QStringLiteral("helper"), Role::Auditor);
         }},
        {"users.disable",
         {ManageUsers},
         [](Book &b, const Actor &a, const Fixture &) {
             return b.users().disable(a, QStringLiteral("helper"));
         }},
        {"users.enable",
         {ManageUsers},
         [](Book &b, const Actor &a, const Fixture &) {
             return b.users().enable(a, QStringLiteral("helper"));
         }},
        {"users.unlock",
         {ManageUsers},
         [](Book &b, const Actor &a, const Fixture &) {
             return b.users().unlock(a, QStringLiteral("helper"));
         }},
        {"users.resetPassword",
         {ManageUsers},
         [](Book &b, const Actor &a, const Fixture &) {
             return b.users().resetPassword(a, QStringLiteral("helper"),
                                            QStringLiteral("helper-password-2"));
         }},
        // Payees: staff read any payee; a payee reads the one bound to them ("7").
        {"payees.getOrCreate",
         {RecordEntries},
         [vnd](Book &b, const Actor &a, const Fixture &) {
             return done(b.payees().getOrCreate(a, OwnerType::Vendor, QStringLiteral("v1"), vnd));
         }},
        {"payees.credit",
         {RecordEntries},
         [](Book &b, const Actor &a, const Fixture &) {
             NewCredit credit;
             credit.ownerId = QStringLiteral("7");
             credit.gross = money(QStringLiteral("1000"), QStringLiteral("VND"));
             return done(b.payees().credit(a, credit));
         }},
        {"payees.show",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.payees().show(a, QStringLiteral("7")));
         },
         false,
         {ReadOwnWallet}},
        {"payees.find",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.payees().find(a, QStringLiteral("7")));
         },
         false,
         {ReadOwnWallet}},
        {"payees.list",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &) { return done(b.payees().list(a)); },
         false,
         {ReadOwnWallet}},
        {"payees.walletOf",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.payees().walletOf(a, QStringLiteral("7"), Currency()));
         },
         false,
         {ReadOwnWallet}},
        {"payees.fees",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &) { return done(b.payees().fees(a)); },
         false,
         {ReadOwnWallet}},
        {"methods.add",
         {RequestPayouts},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.methods().add(a,
                                         NewPayoutMethod {QStringLiteral("7"),
                                                          MethodKind::PayPal,
                                                          QStringLiteral("new@example.com"),
                                                          {},
                                                          false}));
         },
         false,
         {RequestOwnPayout}},
        {"methods.list",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.methods().list(a, QStringLiteral("7")));
         },
         false,
         {ReadOwnWallet}},
        {"methods.get",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(b.methods().get(a, f.method));
         },
         false,
         {ReadOwnWallet}},
        {"methods.setDefault",
         {RequestPayouts},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(b.methods().setDefault(a, f.spareMethod));
         },
         false,
         {RequestOwnPayout}},
        {"methods.remove",
         {RequestPayouts},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(b.methods().remove(a, f.method));
         },
         false,
         {RequestOwnPayout}},
        {"payouts.request",
         {RequestPayouts},
         [](Book &b, const Actor &a, const Fixture &f) {
             NewPayout request;
             request.ownerId = QStringLiteral("7");
             request.amount = money(QStringLiteral("1000"), QStringLiteral("VND"));
             request.methodId = f.spareMethod;
             return done(b.payouts().request(a, request));
         },
         false,
         {RequestOwnPayout}},
        {"payouts.list",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &) { return done(b.payouts().list(a, {})); },
         false,
         {ReadOwnWallet}},
        {"payouts.show",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(b.payouts().show(a, f.approved));
         },
         false,
         {ReadOwnWallet}},
        {"payouts.process",
         {ExecutePayouts},
         [](Book &b, const Actor &a, const Fixture &f) {
             return done(b.payouts().process(a, f.approved));
         }},
        {"payouts.execute",
         {ExecutePayouts},
         [](Book &b, const Actor &a, const Fixture &f) {
             Execution e;
             e.reference = QStringLiteral("M-1");
             e.actual = money(QStringLiteral("2000"), QStringLiteral("VND"));
             e.proof = {QStringLiteral("slip.pdf"), QByteArray("%PDF-1.4\n")};
             return done(b.payouts().execute(a, f.approved, e));
         }},
        {"payees.setFees",
         {ManageSettings},
         [](Book &b, const Actor &a, const Fixture &) {
             FeeChange change;
             change.partsPerMillion = 50'000;
             return done(b.payees().setFees(a, change));
         }},
        {"adjustments.add",
         {ReconcilePayouts},
         [](Book &b, const Actor &a, const Fixture &) {
             NewAdjustment adjustment;
             adjustment.ownerId = QStringLiteral("7");
             adjustment.adjustmentClass = AdjustmentClass::CarryForwardCredit;
             adjustment.mode = AdjustmentMode::Auto;
             adjustment.amount = money(QStringLiteral("1000"), QStringLiteral("VND"));
             return done(b.adjustments().add(a, adjustment));
         }},
        {"adjustments.list",
         {ReadBooks},
         [](Book &b, const Actor &a, const Fixture &) {
             return done(b.adjustments().list(a, QStringLiteral("7")));
         },
         false,
         {ReadOwnWallet}},
        {"adjustments.setPolicy",
         {ManageSettings},
         [](Book &b, const Actor &a, const Fixture &) {
             PolicyChange change;
             change.adjustmentClass = AdjustmentClass::InvoiceFee;
             change.mode = AdjustmentMode::Auto;
             change.program = OwnerType::Affiliate;
             return done(b.adjustments().setPolicy(a, change));
         }},
    };
}

} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRoleAgainstEveryCommand_data();
    void everyRoleAgainstEveryCommand();
    void anActorWithoutRolesIsRefusedEverything();

private:
    Fixture prepare(TestBook &book, const Actor &admin);
};

Fixture TestPermissionMatrix::prepare(TestBook &testBook, const Actor &admin)
{
    Book &book = testBook.book();
    Fixture f;
    f.cash = book.wallets().find(admin, QStringLiteral("Cash")).value();
    f.bank = book.wallets()
                 .add(admin,
                      NewWallet {QStringLiteral("Bank"),
                                 {},
                                 WalletType::Bank,
                                 {},
                                 500000,
                                 {},
                                 {},
                                 false,
                                 false})
                 .value();
    f.spare
        = book.wallets()
              .add(admin,
                   NewWallet {
                       QStringLiteral("Spare"), {}, WalletType::Cash, {}, 0, {}, {}, false, false})
              .value();
    const qint64 purchase = book.categories().find(admin, QStringLiteral("PURCHASE")).value().id;
    f.parentCategory
        = book.categories()
              .add(admin,
                   NewCategory {QStringLiteral("Supplies"), {}, CategoryType::Expense, purchase})
              .value()
              .id;
    f.ownCategory
        = book.categories()
              .add(admin, NewCategory {QStringLiteral("Coffee"), {}, CategoryType::Expense, 0})
              .value()
              .id;
    f.leafCategory
        = book.categories()
              .add(admin, NewCategory {QStringLiteral("Milk"), {}, CategoryType::Expense, 0})
              .value()
              .id;
    for (int i = 0; i < 2; ++i) {
        NewTransaction t = income(f, QStringLiteral("300"));
        t.status = TransactionStatus::Pending;
        f.pending.append(book.ledger().record(admin, t).value().id);
    }
    for (int i = 0; i < 3; ++i)
        f.completed.append(
            book.ledger().record(admin, income(f, QStringLiteral("100"))).value().id);
    NewTransaction referenced = income(f);
    referenced.referenceType = QStringLiteral("Order");
    referenced.referenceId = QStringLiteral("1");
    book.ledger().record(admin, referenced).value();
    book.payees()
        .getOrCreate(admin, OwnerType::Creator, QStringLiteral("7"),
                     currency(QStringLiteral("VND")))
        .value();
    f.method = book.methods()
                   .add(admin,
                        NewPayoutMethod {QStringLiteral("7"),
                                         MethodKind::Bank,
                                         QStringLiteral("0123456789"),
                                         {},
                                         false})
                   .value()
                   .id;
    f.spareMethod = book.methods()
                        .add(admin,
                             NewPayoutMethod {QStringLiteral("7"),
                                              MethodKind::Venmo,
                                              QStringLiteral("@seven-7"),
                                              {},
                                              false})
                        .value()
                        .id;
    NewCredit credit;
    credit.ownerId = QStringLiteral("7");
    credit.gross = money(QStringLiteral("100000"), QStringLiteral("VND"));
    book.payees().credit(admin, credit).value();
    NewPayout payout;
    payout.ownerId = QStringLiteral("7");
    payout.amount = money(QStringLiteral("2000"), QStringLiteral("VND"));
    // Its own method, so that removing f.method is not held up by this open payout.
    payout.methodId = book.methods()
                          .add(admin,
                               NewPayoutMethod {QStringLiteral("7"),
                                                MethodKind::CashApp,
                                                QStringLiteral("$seven"),
                                                {},
                                                false})
                          .value()
                          .id;
    f.approved = book.payouts().request(admin, payout).value().number;
    book.users()
        .add(admin,
             NewUser {QStringLiteral("checker"), TestBook::testerPassword(), Role::Reviewer, {}})
        .value();
    SignedIn checker
        = book.users().signIn(QStringLiteral("checker"), TestBook::testerPassword()).value();
    const QByteArray secret
        = base32Decode(book.users()
                           .enrolTotp(checker, TestBook::testerPassword(), QStringLiteral("Coffer"))
                           .value()
                           .base32)
              .value();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    book.users().verifyTotp(checker, totp(secret, now, {})).value();
    const Actor checkerActor = book.users().actorFor(checker, admin.merchantId).value();
    book.payouts().approve(checkerActor, checker, f.approved, totp(secret, now + 30, {})).value();
    book.users()
        .add(admin,
             NewUser {QStringLiteral("helper"), TestBook::testerPassword(), Role::Bookkeeper, {}})
        .value();
    return f;
}

void TestPermissionMatrix::everyRoleAgainstEveryCommand_data()
{
    QTest::addColumn<int>("role");
    for (Role role : allRoles())
        QTest::newRow(qPrintable(toCode(role))) << int(role);
}

void TestPermissionMatrix::everyRoleAgainstEveryCommand()
{
    QFETCH(int, role);
    const Role tested = Role(role);
    auto testBook = TestBook::create();
    QVERIFY(testBook);
    const Actor admin
        = testBook->createMerchant(QStringLiteral("Matrix Café"), QStringLiteral("VND"));
    const Fixture fixture = prepare(*testBook, admin);
    const Actor actor = testBook->actorWithRole(
        tested, admin.merchantId,
        tested == Role::Payee ? PayeeBinding {QStringLiteral("creator"), QStringLiteral("7")}
                              : PayeeBinding {});
    QCOMPARE(actor.roles, QList<Role> {tested});
    int allowed = 0;
    int refused = 0;
    for (const Case &c : everyCommand()) {
        const BookSnapshot before = BookSnapshot::take(testBook->book().database());
        const Status outcome = c.run(testBook->book(), actor, fixture);
        const QString where = toCode(tested) + QStringLiteral(" ") + c.name;
        auto describe = [&outcome, &where] {
            return where + QStringLiteral(": ")
                + (outcome.ok() ? QStringLiteral("allowed") : outcome.error().toString());
        };
        auto allowsAll = [tested](const QList<Permission> &needs) {
            return std::all_of(needs.cbegin(), needs.cend(),
                               [tested](Permission p) { return allows(tested, p); });
        };
        const bool permitted = allowsAll(c.needs) || (!c.orElse.isEmpty() && allowsAll(c.orElse));
        if (permitted) {
            QVERIFY2(outcome.ok(), qPrintable(describe()));
            ++allowed;
            continue;
        }
        ++refused;
        const BookSnapshot after = BookSnapshot::take(testBook->book().database());
        QVERIFY2(after == before,
                 qPrintable(where + QStringLiteral(" wrote: ") + after.describe()));
        if (c.walletRead && allows(tested, Permission::ReadOwnWallet)) {
            // A payee: the merchant's wallets are not theirs, so they do not exist.
            if (c.name == QStringLiteral("wallets.list"))
                QVERIFY2(outcome.ok() && testBook->book().wallets().list(actor)->isEmpty(),
                         qPrintable(describe()));
            else
                QVERIFY2(!outcome.ok() && outcome.error().code == ErrorCode::WalletNotFound,
                         qPrintable(describe()));
            continue;
        }
        QVERIFY2(!outcome.ok() && outcome.error().code == ErrorCode::PermissionDenied,
                 qPrintable(describe()));
        QVERIFY2(outcome.error().detail.contains(toCode(tested)), qPrintable(describe()));
    }
    QCOMPARE(allowed + refused, int(everyCommand().size()));
    QCOMPARE(testBook->verify(), QStringList());
}

void TestPermissionMatrix::anActorWithoutRolesIsRefusedEverything()
{
    auto testBook = TestBook::create();
    QVERIFY(testBook);
    const Actor admin
        = testBook->createMerchant(QStringLiteral("Matrix Café"), QStringLiteral("VND"));
    const Fixture fixture = prepare(*testBook, admin);
    Actor nobody = admin;
    nobody.roles.clear();
    for (const Case &c : everyCommand()) {
        const BookSnapshot before = BookSnapshot::take(testBook->book().database());
        const Status outcome = c.run(testBook->book(), nobody, fixture);
        QVERIFY2(!outcome.ok() && outcome.error().code == ErrorCode::PermissionDenied,
                 qPrintable(c.name));
        QVERIFY(BookSnapshot::take(testBook->book().database()) == before);
    }
}

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "tst_permissionmatrix.moc"
