#include "security/passwordhash.h"

#include <QTest>

using namespace coffer;

// Argon2id password hashes through libsodium.
class TestPasswordHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashVerifiesOnlyItsPassword();
    void everyHashHasItsOwnSalt();
    void theHashRecordsItsCost();
    void otherLimitsAskForARehash();
    void badPasswordsAreRefused();
    void notAHashNeverVerifies();
};

void TestPasswordHash::hashVerifiesOnlyItsPassword()
{
    const PasswordHasher hasher(PasswordCost::minimum());
    for (const QString &password : {QStringLiteral("correct horse battery staple"),
                                    QStringLiteral("Mật khẩu rất bí mật ☕"), QStringLiteral("x")}) {
        const QString encoded = hasher.hash(password).value();
        QVERIFY(encoded.startsWith(QStringLiteral("$argon2id$v=19$")));
        if (password.size() > 8) // a short one may turn up in the base64 by chance
            QVERIFY(!encoded.contains(password));
        QVERIFY(hasher.verify(password, encoded));
        QVERIFY(!hasher.verify(password + QLatin1Char(' '), encoded));
        QVERIFY(!hasher.verify(
            password.toUpper() == password ? password.toLower() : password.toUpper(), encoded));
    }
}

void TestPasswordHash::everyHashHasItsOwnSalt()
{
    const PasswordHasher hasher(PasswordCost::minimum());
    const QString first = hasher.hash(QStringLiteral("same")).value();
    const QString second = hasher.hash(QStringLiteral("same")).value();
    QVERIFY(first != second);
    QVERIFY(hasher.verify(QStringLiteral("same"), first));
    QVERIFY(hasher.verify(QStringLiteral("same"), second));
}

void TestPasswordHash::theHashRecordsItsCost()
{
    // The real limits: 64 MiB and 2 passes, recorded in the string.
    const QString encoded = PasswordHasher().hash(QStringLiteral("sign me in")).value();
    QVERIFY2(encoded.contains(QStringLiteral("$m=65536,t=2,p=1$")), qPrintable(encoded));
    // Verifying reads the limits from the string, whatever the hasher's own.
    QVERIFY(PasswordHasher(PasswordCost::minimum()).verify(QStringLiteral("sign me in"), encoded));
}

void TestPasswordHash::otherLimitsAskForARehash()
{
    const QString cheap
        = PasswordHasher(PasswordCost::minimum()).hash(QStringLiteral("pw")).value();
    QVERIFY(!PasswordHasher(PasswordCost::minimum()).needsRehash(cheap));
    QVERIFY(PasswordHasher().needsRehash(cheap));
    QVERIFY(PasswordHasher().needsRehash(QStringLiteral("plain text")));
}

void TestPasswordHash::badPasswordsAreRefused()
{
    const PasswordHasher hasher(PasswordCost::minimum());
    auto empty = hasher.hash(QString());
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::FieldRequired);
    auto tooLong = hasher.hash(QString(1025, u'a'));
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().code, ErrorCode::FieldTooLong);
    QVERIFY(hasher.hash(QString(1024, u'a')).ok());
}

void TestPasswordHash::notAHashNeverVerifies()
{
    const PasswordHasher hasher(PasswordCost::minimum());
    for (const QString &stored :
         {QString(), QStringLiteral("password"),
          QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$broken"), QString(400, u'$')})
        QVERIFY2(!hasher.verify(QStringLiteral("password"), stored), qPrintable(stored));
    QVERIFY(!hasher.verify(QString(), hasher.hash(QStringLiteral("x")).value()));
}

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
