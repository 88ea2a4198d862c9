// Users, sign-in and one-time passwords on a real book, SQLite (tst_users) and
// PostgreSQL (tst_users_pg): back-off and locking that survive a restart, rehashing,
// sealed TOTP secrets, replay and drift, and the bad-input matrix.
#include "security/base32.h"
#include "testbook.h"

#include <QTest>

using namespace coffer;
using namespace coffer::test;

class TestUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void wrongNameAndWrongPasswordLookAlike();
    void failuresBackOffThenLockAndSurviveARestart();
    void anAdminUnlocksSooner();
    void aDisabledUserCannotSignIn();
    void signInRehashesWithNewLimitsAndKeepsTheTotpSecret();
    void totpSecretsAreSealedAndCodesNeverReplayed();
    void totpAcceptsOneStepOfDriftNotTwo();
    void passwordsChangeAndReset();
    void badInputIsRefusedAndWritesNothing_data();
    void badInputIsRefusedAndWritesNothing();
    void theLastAdminStays();
    void userChangesAreAudited();
    void usersSeeOnlyTheirMerchants();
    void anAdminChangesOnlyTheirMerchantsUsers();
    void aSignedInUserLosesWhatAnAdminTakesAway();
    void replacingAConfirmedSecretTakesACurrentCode();

private:
    UserService &users() { return m_book->book().users(); }
    SignedIn signIn(const QString &name, const QString &password)
    {
        auto user = users().signIn(name, password);
        if (!user)
            qFatal("signIn: %s", qPrintable(user.error().toString()));
        return *user;
    }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    QString stored(const QString &column, const QString &name)
    {
        auto q = m_book->book().database().run(
            QStringLiteral("SELECT %1 FROM app_user WHERE name = ?").arg(column), {name});
        return q && q->next() ? q->value(0).toString() : QString();
    }
    static QString codeAt(const TotpEnrolment &enrolment, const QDateTime &time)
    {
        return totp(base32Decode(enrolment.base32).value(), time.toSecsSinceEpoch(),
                    enrolment.parameters);
    }

    std::unique_ptr<TestBook> m_book;
    Actor m_admin;
    QDateTime m_now = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
    const QString m_password = QStringLiteral("lan-password");
};

void TestUsers::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_admin = m_book->createMerchant(QStringLiteral("User Café"), QStringLiteral("VND"));
    users().setClock([this] { return m_now; });
    QVERIFY(users().add(m_admin, {QStringLiteral("lan"), m_password, Role::Bookkeeper, {}}));
}

void TestUsers::cleanup()
{
    m_book.reset();
}

void TestUsers::wrongNameAndWrongPasswordLookAlike()
{
    auto wrongPassword = users().signIn(QStringLiteral("lan"), QStringLiteral("not-her-password"));
    auto wrongName = users().signIn(QStringLiteral("nobody"), m_password);
    QCOMPARE(wrongPassword.error().code, ErrorCode::SignInFailed);
    QCOMPARE(wrongName.error().code, ErrorCode::SignInFailed);
    QCOMPARE(wrongName.error().detail, wrongPassword.error().detail);
    // Names ignore case; the failure was counted and a success clears it.
    QCOMPARE(users().find(m_admin, QStringLiteral("lan"))->user.failedSignIns, 1);
    const SignedIn lan = signIn(QStringLiteral("LAN"), m_password);
    QCOMPARE(lan.name, QStringLiteral("lan"));
    QVERIFY(lan.secretKey.isEmpty()); // no sealed secret yet: no key derived
    const User after = users().find(m_admin, QStringLiteral("lan"))->user;
    QCOMPARE(after.failedSignIns, 0);
    QCOMPARE(after.lastSignInAt, m_now);
}

void TestUsers::failuresBackOffThenLockAndSurviveARestart()
{
    const QString wrong = QStringLiteral("wrong-password");
    for (int failure = 1; failure <= UserService::lockAfterFailures; ++failure) {
        auto attempt = users().signIn(QStringLiteral("lan"), wrong);
        QCOMPARE(attempt.error().code,
                 failure < UserService::lockAfterFailures ? ErrorCode::SignInFailed
                                                          : ErrorCode::SignInFailed);
        const int wait = UserService::backoffSeconds(failure);
        if (failure >= UserService::freeAttempts && failure < UserService::lockAfterFailures) {
            // Too soon: refused before the password is even checked, and not counted.
            QVERIFY(wait > 0);
            auto early = users().signIn(QStringLiteral("lan"), m_password);
            QCOMPARE(early.error().code, ErrorCode::SignInThrottled);
            QCOMPARE(users().find(m_admin, QStringLiteral("lan"))->user.failedSignIns, failure);
        }
        advance(wait + 1);
    }
    QCOMPARE(UserService::backoffSeconds(3), 5);
    QCOMPARE(UserService::backoffSeconds(4), 10);
    QCOMPARE(UserService::backoffSeconds(9), 300);
    // Locked: the right password is refused too, here and after a restart.
    QCOMPARE(users().signIn(QStringLiteral("lan"), m_password).error().code, ErrorCode::UserLocked);
    {
        auto reopened = Book::open(m_book->location());
        QVERIFY(reopened.ok());
        (*reopened)->users().setPasswordCost(PasswordCost::minimum());
        (*reopened)->users().setClock([this] { return m_now; });
        auto again = (*reopened)->users().signIn(QStringLiteral("lan"), m_password);
        QCOMPARE(again.error().code, ErrorCode::UserLocked);
        QVERIFY2(again.error().detail.contains(QStringLiteral("10 failed attempts")),
                 qPrintable(again.error().detail));
    }
    // The lock ends by itself.
    advance(qint64(UserService::lockMinutes) * 60);
    QCOMPARE(signIn(QStringLiteral("lan"), m_password).name, QStringLiteral("lan"));
}

void TestUsers::anAdminUnlocksSooner()
{
    for (int failure = 0; failure < UserService::lockAfterFailures; ++failure) {
        QVERIFY(!users().signIn(QStringLiteral("lan"), QStringLiteral("guessing-again")));
        advance(UserService::backoffSeconds(failure + 1) + 1);
    }
    QCOMPARE(users().signIn(QStringLiteral("lan"), m_password).error().code, ErrorCode::UserLocked);
    QVERIFY(users().find(m_admin, QStringLiteral("lan"))->user.isLockedAt(m_now));
    QVERIFY(users().unlock(m_admin, QStringLiteral("lan")));
    QCOMPARE(signIn(QStringLiteral("lan"), m_password).name, QStringLiteral("lan"));
}

void TestUsers::aDisabledUserCannotSignIn()
{
    QVERIFY(users().disable(m_admin, QStringLiteral("lan")));
    // Disabling again is what already is: nothing written, not even an audit record.
    const BookSnapshot disabled = BookSnapshot::take(m_book->book().database());
    QVERIFY(users().disable(m_admin, QStringLiteral("lan")));
    QVERIFY(BookSnapshot::take(m_book->book().database()) == disabled);
    QCOMPARE(users().signIn(QStringLiteral("lan"), m_password).error().code,
             ErrorCode::UserDisabled);
    // A wrong password still says only that the name or password is wrong.
    QCOMPARE(users().signIn(QStringLiteral("lan"), QStringLiteral("wrong-one")).error().code,
             ErrorCode::SignInFailed);
    QVERIFY(users().enable(m_admin, QStringLiteral("lan")));
    QCOMPARE(signIn(QStringLiteral("lan"), m_password).name, QStringLiteral("lan"));
}

void TestUsers::signInRehashesWithNewLimitsAndKeepsTheTotpSecret()
{
    SignedIn lan = signIn(QStringLiteral("lan"), m_password);
    const TotpEnrolment enrolment
        = users().enrolTotp(lan, m_password, QStringLiteral("Coffer")).value();
    const QString oldHash = stored(QStringLiteral("password_hash"), QStringLiteral("lan"));
    const QString oldSealed = stored(QStringLiteral("totp_sealed"), QStringLiteral("lan"));
    QVERIFY(oldHash.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(!oldHash.contains(QStringLiteral("m=65536")));
    // The book's limits rise: the next sign-in hashes again and seals again.
    users().setPasswordCost(PasswordCost::interactive());
    lan = signIn(QStringLiteral("lan"), m_password);
    const QString newHash = stored(QStringLiteral("password_hash"), QStringLiteral("lan"));
    QVERIFY2(newHash.contains(QStringLiteral("m=65536")), qPrintable(newHash));
    QVERIFY(stored(QStringLiteral("totp_sealed"), QStringLiteral("lan")) != oldSealed);
    QVERIFY(users().verifyTotp(lan, codeAt(enrolment, m_now)));
    // Signing in again with the same limits changes nothing.
    signIn(QStringLiteral("lan"), m_password);
    QCOMPARE(stored(QStringLiteral("password_hash"), QStringLiteral("lan")), newHash);
}

void TestUsers::totpSecretsAreSealedAndCodesNeverReplayed()
{
    SignedIn lan = signIn(QStringLiteral("lan"), m_password);
    QCOMPARE(users().verifyTotp(lan, QStringLiteral("123456")).error().code,
             ErrorCode::TotpNotEnrolled);
    // Enrolling asks for the password again.
    QCOMPARE(users()
                 .enrolTotp(lan, QStringLiteral("not-my-password"), QStringLiteral("Coffer"))
                 .error()
                 .code,
             ErrorCode::SignInFailed);
    QVERIFY(lan.secretKey.isEmpty());
    TotpParameters parameters;
    parameters.algorithm = OtpAlgorithm::Sha256;
    parameters.digits = 8;
    const TotpEnrolment enrolment
        = users().enrolTotp(lan, m_password, QStringLiteral("Coffer"), parameters).value();
    QVERIFY2(enrolment.uri.startsWith(QStringLiteral("otpauth://totp/")),
             qPrintable(enrolment.uri));
    QVERIFY(enrolment.uri.contains(QStringLiteral("algorithm=SHA256")));
    QVERIFY(enrolment.uri.contains(QStringLiteral("digits=8")));
    // Not in plain text: neither the bytes nor their base32 are in the row.
    const QByteArray secret = base32Decode(enrolment.base32).value();
    QCOMPARE(secret.size(), 32);
    const QString sealed = stored(QStringLiteral("totp_sealed"), QStringLiteral("lan"));
    QVERIFY(!sealed.isEmpty());
    QVERIFY(!sealed.contains(QString::fromLatin1(secret.toHex())));
    QVERIFY(!sealed.contains(enrolment.base32, Qt::CaseInsensitive));
    QVERIFY(!users().find(m_admin, QStringLiteral("lan"))->user.totpEnrolled);

    const QString code = codeAt(enrolment, m_now);
    QCOMPARE(code.size(), 8);
    QVERIFY(users().verifyTotp(lan, code));
    QVERIFY(users().find(m_admin, QStringLiteral("lan"))->user.totpEnrolled);
    QCOMPARE(users().verifyTotp(lan, code).error().code, ErrorCode::OtpReplayed);
    // Another device's sign-in with a wrong key cannot open the secret.
    SignedIn forged = lan;
    forged.secretKey.fill('x');
    advance(30);
    QCOMPARE(users().verifyTotp(forged, codeAt(enrolment, m_now)).error().code,
             ErrorCode::StorageError);
    QCOMPARE(users().verifyTotp(lan, QStringLiteral("00000000")).error().code,
             ErrorCode::InvalidOtp);
    // The replay and the wrong code both count as failed attempts (a wrong key does not:
    // nothing was guessed); the wrong password at enrolment was cleared by the code.
    QCOMPARE(users().find(m_admin, QStringLiteral("lan"))->user.failedSignIns, 2);
    // A later sign-in derives the key at once, since there is a secret to open.
    QCOMPARE(signIn(QStringLiteral("lan"), m_password).secretKey, lan.secretKey);
}

void TestUsers::totpAcceptsOneStepOfDriftNotTwo()
{
    SignedIn lan = signIn(QStringLiteral("lan"), m_password);
    const TotpEnrolment enrolment
        = users().enrolTotp(lan, m_password, QStringLiteral("Coffer")).value();
    // The phone's clock runs 30 s behind: one step late is accepted.
    QVERIFY(users().verifyTotp(lan, codeAt(enrolment, m_now.addSecs(-30))));
    advance(60);
    // ... and one ahead; two steps either way are not.
    QCOMPARE(users().verifyTotp(lan, codeAt(enrolment, m_now.addSecs(-60))).error().code,
             ErrorCode::InvalidOtp);
    QCOMPARE(users().verifyTotp(lan, codeAt(enrolment, m_now.addSecs(60))).error().code,
             ErrorCode::InvalidOtp);
    QVERIFY(users().verifyTotp(lan, codeAt(enrolment, m_now.addSecs(30))));
    // The current step is now behind the last used one: refused as a replay.
    QCOMPARE(users().verifyTotp(lan, codeAt(enrolment, m_now)).error().code,
             ErrorCode::OtpReplayed);
}

void TestUsers::passwordsChangeAndReset()
{
    SignedIn lan = signIn(QStringLiteral("lan"), m_password);
    const TotpEnrolment enrolment
        = users().enrolTotp(lan, m_password, QStringLiteral("Coffer")).value();
    QVERIFY(users().verifyTotp(lan, codeAt(enrolment, m_now)));
    QCOMPARE(users()
                 .changePassword(lan, QStringLiteral("not-current"), QStringLiteral("new-password"))
                 .error()
                 .code,
             ErrorCode::SignInFailed);
    QCOMPARE(users().changePassword(lan, m_password, QStringLiteral("short")).error().code,
             ErrorCode::WeakPassword);
    QVERIFY(users().changePassword(lan, m_password, QStringLiteral("lan-new-password")));
    QCOMPARE(users().signIn(QStringLiteral("lan"), m_password).error().code,
             ErrorCode::SignInFailed);
    lan = signIn(QStringLiteral("lan"), QStringLiteral("lan-new-password"));
    // The secret moved to the new key: codes still work.
    advance(30);
    QVERIFY(users().verifyTotp(lan, codeAt(enrolment, m_now)));
    // An admin's reset cannot keep a secret sealed with a password it does not know.
    QVERIFY(
        users().resetPassword(m_admin, QStringLiteral("lan"), QStringLiteral("from-the-admin")));
    QVERIFY(!users().find(m_admin, QStringLiteral("lan"))->user.totpEnrolled);
    lan = signIn(QStringLiteral("lan"), QStringLiteral("from-the-admin"));
    QCOMPARE(users().verifyTotp(lan, codeAt(enrolment, m_now)).error().code,
             ErrorCode::TotpNotEnrolled);
}

void TestUsers::badInputIsRefusedAndWritesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("payee");
    QTest::addColumn<ErrorCode>("code");
    const int bookkeeper = int(Role::Bookkeeper);
    const QString good = QStringLiteral("good-password");
    QTest::newRow("empty name") << QString() << good << bookkeeper << QString()
                                << ErrorCode::FieldRequired;
    QTest::newRow("blank name") << QStringLiteral("   ") << good << bookkeeper << QString()
                                << ErrorCode::FieldRequired;
    QTest::newRow("overlong name")
        << QString(65, u'a') << good << bookkeeper << QString() << ErrorCode::FieldTooLong;
    QTest::newRow("control character")
        << QStringLiteral("a\tb") << good << bookkeeper << QString() << ErrorCode::InvalidText;
    QTest::newRow("taken, other case")
        << QStringLiteral("LAN") << good << bookkeeper << QString() << ErrorCode::UserNameTaken;
    QTest::newRow("short password") << QStringLiteral("eve") << QStringLiteral("1234567")
                                    << bookkeeper << QString() << ErrorCode::WeakPassword;
    QTest::newRow("overlong password") << QStringLiteral("eve") << QString(1025, u'p') << bookkeeper
                                       << QString() << ErrorCode::FieldTooLong;
    QTest::newRow("payee without binding") << QStringLiteral("eve") << good << int(Role::Payee)
                                           << QString() << ErrorCode::InvalidArgument;
    QTest::newRow("payee of unknown kind")
        << QStringLiteral("eve") << good << int(Role::Payee) << QStringLiteral("landlord:1")
        << ErrorCode::InvalidArgument;
    QTest::newRow("binding without payee role")
        << QStringLiteral("eve") << good << bookkeeper << QStringLiteral("creator:1")
        << ErrorCode::InvalidArgument;
}

void TestUsers::badInputIsRefusedAndWritesNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(int, role);
    QFETCH(QString, payee);
    QFETCH(ErrorCode, code);
    PayeeBinding binding;
    if (!payee.isEmpty())
        binding = {payee.section(u':', 0, 0), payee.section(u':', 1)};
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    auto added = users().add(m_admin, {name, password, Role(role), binding});
    QVERIFY(!added);
    QCOMPARE(added.error().code, code);
    QVERIFY(BookSnapshot::take(m_book->book().database()) == before);
    QVERIFY(!roleFromText(QStringLiteral("boss")));
    QCOMPARE(*roleFromText(QStringLiteral(" Reviewer ")), Role::Reviewer);
}

void TestUsers::theLastAdminStays()
{
    QCOMPARE(users().setRole(m_admin, TestBook::testerName(), Role::Owner).error().code,
             ErrorCode::LastAdmin);
    QCOMPARE(users().disable(m_admin, TestBook::testerName()).error().code,
             ErrorCode::InvalidArgument);
    QCOMPARE(users().disable(m_admin, QStringLiteral("nobody")).error().code,
             ErrorCode::UserNotFound);
    QVERIFY(users().setRole(m_admin, QStringLiteral("lan"), Role::Admin));
    QVERIFY(users().setRole(m_admin, TestBook::testerName(), Role::Owner));
    const Actor tester = users().actorFor(m_book->tester(), m_admin.merchantId).value();
    QCOMPARE(tester.roles, QList<Role> {Role::Owner});
    QCOMPARE(users().list(tester).error().code, ErrorCode::PermissionDenied);
}

void TestUsers::userChangesAreAudited()
{
    QVERIFY(users().setRole(m_admin, QStringLiteral("lan"), Role::Auditor));
    QVERIFY(users().disable(m_admin, QStringLiteral("lan")));
    AuditFilter filter;
    filter.action = QStringLiteral("user.");
    const QList<AuditRecord> records = m_book->book().audit().list(m_admin, filter).value();
    QStringList actions;
    for (const AuditRecord &r : records)
        actions << r.entry.action;
    QCOMPARE(actions.mid(0, 3),
             (QStringList {QStringLiteral("user.disable"), QStringLiteral("user.role"),
                           QStringLiteral("user.create")}));
    const AuditRecord role = records.at(1);
    QCOMPARE(role.entry.actor, TestBook::testerName());
    QVERIFY2(role.entry.before.contains(QStringLiteral("\"bookkeeper\"")),
             qPrintable(role.entry.before));
    QVERIFY2(role.entry.after.contains(QStringLiteral("\"auditor\"")),
             qPrintable(role.entry.after));
    for (const AuditRecord &r : records) {
        QVERIFY(!r.entry.after.contains(QStringLiteral("argon2")));
        QVERIFY(!r.entry.after.contains(m_password));
    }
    QVERIFY(m_book->book().audit().verify(m_admin)->sound());
}

void TestUsers::usersSeeOnlyTheirMerchants()
{
    const Actor other = m_book->createMerchant(QStringLiteral("Other Café"), QStringLiteral("VND"));
    SignedIn lan = signIn(QStringLiteral("lan"), m_password);
    const QList<Merchant> mine = users().merchantsOf(lan).value();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().name, QStringLiteral("User Café"));
    QCOMPARE(users().actorFor(lan, other.merchantId).error().code, ErrorCode::MerchantNotFound);
    QCOMPARE(users().actorFor(lan, QStringLiteral("Other Café")).error().code,
             ErrorCode::MerchantNotFound);
    QCOMPARE(users().actorFor(lan, QString())->merchantId, m_admin.merchantId);
    // The tester runs both and must say which.
    QCOMPARE(users().actorFor(m_book->tester(), QString()).error().code,
             ErrorCode::MerchantRequired);
}

void TestUsers::anAdminChangesOnlyTheirMerchantsUsers()
{
    // "boss" runs only the other café; "zoe" works for the first one.
    const Actor other = m_book->createMerchant(QStringLiteral("Other Café"), QStringLiteral("VND"));
    QVERIFY(users().add(other, {QStringLiteral("boss"), m_password, Role::Admin, {}}));
    QVERIFY(users().add(m_admin, {QStringLiteral("zoe"), m_password, Role::Bookkeeper, {}}));
    const Actor tester = users().actorFor(m_book->tester(), other.merchantId).value();
    QCOMPARE(users().setRole(tester, QStringLiteral("zoe"), Role::Auditor).error().code,
             ErrorCode::UserNotFound); // zoe has no role there yet: add her there first
    const Actor boss
        = users().actorFor(signIn(QStringLiteral("boss"), m_password), other.merchantId).value();
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    // lan works only for the first café: to boss she does not exist.
    QCOMPARE(users().find(boss, QStringLiteral("lan")).error().code, ErrorCode::UserNotFound);
    QCOMPARE(users()
                 .resetPassword(boss, QStringLiteral("lan"), QStringLiteral("taken-over!"))
                 .error()
                 .code,
             ErrorCode::UserNotFound);
    QCOMPARE(users().disable(boss, QStringLiteral("lan")).error().code, ErrorCode::UserNotFound);
    // The tester works for both cafés: boss runs only one of them.
    QCOMPARE(users().disable(boss, TestBook::testerName()).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(users()
                 .resetPassword(boss, TestBook::testerName(), QStringLiteral("taken-over!"))
                 .error()
                 .code,
             ErrorCode::PermissionDenied);
    QVERIFY(BookSnapshot::take(m_book->book().database()) == before);
    // Roles in boss's own café are boss's to give.
    QVERIFY(users().setRole(boss, TestBook::testerName(), Role::Owner));
    QCOMPARE(signIn(QStringLiteral("lan"), m_password).name, QStringLiteral("lan"));
}

void TestUsers::aSignedInUserLosesWhatAnAdminTakesAway()
{
    // lan signed in as a bookkeeper on one desktop; on another, an admin changes her.
    const Actor lan
        = users().actorFor(signIn(QStringLiteral("lan"), m_password), QString()).value();
    const Wallet cash = m_book->book().wallets().find(lan, QStringLiteral("Cash")).value();
    NewTransaction sale;
    sale.walletId = cash.id;
    sale.amount = money(QStringLiteral("1000"), QStringLiteral("VND"));
    sale.date = QDate(2026, 11, 1);
    QVERIFY(m_book->book().ledger().record(lan, sale));
    QVERIFY(users().setRole(m_admin, QStringLiteral("lan"), Role::Auditor));
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    auto stale = m_book->book().ledger().record(lan, sale);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(stale.error().detail.contains(QStringLiteral("sign in again")),
             qPrintable(stale.error().detail));
    QVERIFY(BookSnapshot::take(m_book->book().database()) == before);
    // Disabled, the same.
    QVERIFY(users().setRole(m_admin, QStringLiteral("lan"), Role::Bookkeeper));
    QVERIFY(m_book->book().ledger().record(lan, sale));
    QVERIFY(users().disable(m_admin, QStringLiteral("lan")));
    QCOMPARE(m_book->book().ledger().record(lan, sale).error().code, ErrorCode::PermissionDenied);
}

void TestUsers::replacingAConfirmedSecretTakesACurrentCode()
{
    SignedIn lan = signIn(QStringLiteral("lan"), m_password);
    const TotpEnrolment first
        = users().enrolTotp(lan, m_password, QStringLiteral("Coffer")).value();
    // Unconfirmed, it may be replaced on the password alone.
    const TotpEnrolment second
        = users().enrolTotp(lan, m_password, QStringLiteral("Coffer")).value();
    QVERIFY(users().verifyTotp(lan, codeAt(second, m_now)));
    advance(30);
    // Confirmed: the password alone does not move it to another phone.
    QCOMPARE(users().enrolTotp(lan, m_password, QStringLiteral("Coffer")).error().code,
             ErrorCode::InvalidOtp);
    QCOMPARE(users()
                 .enrolTotp(lan, m_password, QStringLiteral("Coffer"), {}, codeAt(first, m_now))
                 .error()
                 .code,
             ErrorCode::InvalidOtp);
    TotpParameters slow;
    slow.stepSeconds = 60;
    QCOMPARE(users().enrolTotp(lan, m_password, QStringLiteral("Coffer"), slow).error().code,
             ErrorCode::InvalidArgument);
    const TotpEnrolment third
        = users()
              .enrolTotp(lan, m_password, QStringLiteral("Coffer"), {}, codeAt(second, m_now))
              .value();
    QVERIFY(third.base32 != second.base32);
    QVERIFY(!users().self(lan)->totpEnrolled); // until its own first code
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
