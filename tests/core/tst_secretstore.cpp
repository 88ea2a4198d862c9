#include "secrets/secretstore.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUuid>

using namespace coffer;

// The OS keychain through QtKeychain: the real Secret Service (gnome-keyring in a
// private D-Bus session, started by tests/with-keyring.sh). Run a second time with
// COFFER_TEST_NO_KEYCHAIN=1 and a session bus address that leads nowhere: every
// call must then fail with a named error, quickly, and never fall back to a file.
class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadRemove();
    void missingKeyIsNothing();
    void overwriteKeepsTheLatest();
    void noKeychainIsANamedError();

private:
    static bool withoutKeychain() { return qEnvironmentVariableIsSet("COFFER_TEST_NO_KEYCHAIN"); }
    static QString uniqueKey()
    {
        return QStringLiteral("coffer-test/%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    }
};

void TestSecretStore::initTestCase()
{
    if (!withoutKeychain() && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no D-Bus session: run the tests through tests/run-tests.sh (tests/with-keyring.sh)");
}

void TestSecretStore::writeReadRemove()
{
    if (withoutKeychain())
        return; // the no-keychain run checks the refusals only
    const SecretStore store;
    const QString key = SecretStore::databaseKey(
        QStringLiteral("coffer"), QStringLiteral("db.example"), 5432, QStringLiteral("shop"));
    QCOMPARE(key, QStringLiteral("postgresql://coffer@db.example:5432/shop"));
    QVERIFY(store.write(key, QStringLiteral("pässwörd with spaces")).ok());
    QCOMPARE(store.read(key).value(),
             std::optional<QString>(QStringLiteral("pässwörd with spaces")));
    QVERIFY(store.remove(key).ok());
    QCOMPARE(store.read(key).value(), std::optional<QString>());
    QVERIFY(store.remove(key).ok()); // already gone
}

void TestSecretStore::missingKeyIsNothing()
{
    if (withoutKeychain())
        return;
    QCOMPARE(SecretStore().read(uniqueKey()).value(), std::optional<QString>());
}

void TestSecretStore::overwriteKeepsTheLatest()
{
    if (withoutKeychain())
        return;
    const SecretStore store;
    const QString key = uniqueKey();
    QVERIFY(store.write(key, QStringLiteral("first")).ok());
    QVERIFY(store.write(key, QStringLiteral("second")).ok());
    QCOMPARE(store.read(key).value(), std::optional<QString>(QStringLiteral("second")));
    QVERIFY(store.remove(key).ok());
}

void TestSecretStore::noKeychainIsANamedError()
{
    if (!withoutKeychain())
        return; // the keychain is there in this run
    const SecretStore store(std::chrono::seconds(3));
    QElapsedTimer clock;
    clock.start();
    const auto written = store.write(uniqueKey(), QStringLiteral("secret"));
    QVERIFY(!written);
    QVERIFY2(written.error().code == ErrorCode::KeychainUnavailable
                 || written.error().code == ErrorCode::KeychainTimeout,
             qPrintable(written.error().toString()));
    const auto read = store.read(uniqueKey());
    QVERIFY(!read);
    QVERIFY(clock.elapsed() < 8000); // each call is bounded by the timeout
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
