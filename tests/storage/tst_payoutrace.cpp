#include "testbook.h"

#include "security/base32.h"
#include "security/otp.h"

#include <QTest>

#include <functional>
#include <latch>
#include <thread>

using namespace coffer;
using namespace coffer::test;

// Two desktops on one book at once (tst_payoutrace_pg: two PostgreSQL connections;
// tst_payoutrace: two connections to one SQLite file). Each round starts both
// commands together; exactly one wins, the other gets its typed error, and the
// book verifies afterwards.
class TestPayoutRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void twoApprovalsOfOnePayout();
    void twoRequestsBeyondWhatIsAvailable();
    void cancelRacingProcess();
    void twoReplaysOfOneKey();

private:
    // What one desktop does in a round: sign in on its own connection, wait for the
    // other, then act.
    using Act = std::function<Status(Book &, const Actor &, const SignedIn &)>;
    struct Outcome
    {
        Status first = success();
        Status second = success();
    };
    Outcome race(const QString &firstUser, const Act &first, const QString &secondUser,
                 const Act &second);
    Status runAs(const QString &user, std::latch &start, const Act &act);
    QString codeFor(const QByteArray &secret) const
    {
        return totp(secret, m_now.toSecsSinceEpoch(), TotpParameters {});
    }
    QByteArray enrol(const QString &user);
    Payout requested(const QString &amount, qint64 method);
    static int wins(const Outcome &o) { return int(o.first.ok()) + int(o.second.ok()); }
    static ErrorCode loserCode(const Outcome &o)
    {
        return o.first.ok() ? o.second.error().code : o.first.error().code;
    }

    std::unique_ptr<TestBook> m_book;
    Actor m_owner;
    qint64 m_merchant = 0;
    qint64 m_methodA = 0;
    qint64 m_methodB = 0;
    QByteArray m_ritaSecret;
    QByteArray m_samSecret;
    QDateTime m_now = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
};

void TestPayoutRace::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_owner = m_book->createMerchant(QStringLiteral("Race Hub"), QStringLiteral("USD"));
    m_merchant = m_owner.merchantId;
    Book &book = m_book->book();
    QVERIFY(book.payees()
                .getOrCreate(m_owner, OwnerType::Creator, QStringLiteral("42"),
                             currency(QStringLiteral("USD")))
                .ok());
    m_methodA = book.methods()
                    .add(m_owner,
                         NewPayoutMethod {QStringLiteral("42"),
                                          MethodKind::PayPal,
                                          QStringLiteral("a@example.com"),
                                          {},
                                          false})
                    .value()
                    .id;
    m_methodB = book.methods()
                    .add(m_owner,
                         NewPayoutMethod {QStringLiteral("42"),
                                          MethodKind::Venmo,
                                          QStringLiteral("@lan-42"),
                                          {},
                                          false})
                    .value()
                    .id;
    const Actor admin = m_owner;
    for (const char *name : {"rita", "sam"})
        QVERIFY(
            book.users()
                .add(admin,
                     NewUser {
                         QString::fromLatin1(name), TestBook::testerPassword(), Role::Reviewer, {}})
                .ok());
    m_ritaSecret = enrol(QStringLiteral("rita"));
    m_samSecret = enrol(QStringLiteral("sam"));
}

void TestPayoutRace::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

QByteArray TestPayoutRace::enrol(const QString &user)
{
    Book &book = m_book->book();
    book.users().setClock([this] { return m_now; });
    SignedIn signedIn = book.users().signIn(user, TestBook::testerPassword()).value();
    const TotpEnrolment enrolment
        = book.users()
              .enrolTotp(signedIn, TestBook::testerPassword(), QStringLiteral("Coffer"))
              .value();
    const QByteArray secret = base32Decode(enrolment.base32).value();
    if (!book.users().verifyTotp(signedIn, codeFor(secret)))
        qFatal("enrol: the first code was refused");
    return secret;
}

Payout TestPayoutRace::requested(const QString &amount, qint64 method)
{
    Book &book = m_book->book();
    NewCredit credit;
    credit.ownerId = QStringLiteral("42");
    credit.gross = money(amount, QStringLiteral("USD"));
    book.payees().credit(m_owner, credit).value();
    NewPayout request;
    request.ownerId = QStringLiteral("42");
    request.amount = money(amount, QStringLiteral("USD"));
    request.methodId = method;
    return book.payouts().request(m_owner, request).value();
}

Status TestPayoutRace::runAs(const QString &user, std::latch &start, const Act &act)
{
    // A desktop of its own: a connection opened and used on this thread only.
    auto book = Book::open(m_book->location());
    if (!book) {
        start.count_down();
        return book.error();
    }
    (*book)->users().setPasswordCost(PasswordCost::minimum());
    (*book)->users().setClock([this] { return m_now; });
    auto signedIn = (*book)->users().signIn(user, TestBook::testerPassword());
    auto actor = signedIn ? (*book)->users().actorFor(*signedIn, m_merchant)
                          : Result<Actor>(signedIn.error());
    start.arrive_and_wait();
    if (!actor)
        return actor.error();
    return act(**book, *actor, *signedIn);
}

TestPayoutRace::Outcome TestPayoutRace::race(const QString &firstUser, const Act &first,
                                             const QString &secondUser, const Act &second)
{
    std::latch start(2);
    Outcome outcome;
    std::thread a([&] { outcome.first = runAs(firstUser, start, first); });
    std::thread b([&] { outcome.second = runAs(secondUser, start, second); });
    a.join();
    b.join();
    return outcome;
}

void TestPayoutRace::twoApprovalsOfOnePayout()
{
    for (int round = 0; round < 5; ++round) {
        const Payout p = requested(QStringLiteral("10.00"), m_methodA);
        m_now = m_now.addSecs(30);
        const QString rita = codeFor(m_ritaSecret);
        const QString sam = codeFor(m_samSecret);
        auto approveWith = [&p](const QString &code) {
            return [&p, code](Book &book, const Actor &actor, const SignedIn &user) -> Status {
                auto approved = book.payouts().approve(actor, user, p.number, code);
                return approved ? success() : Status(approved.error());
            };
        };
        const Outcome o = race(QStringLiteral("rita"), approveWith(rita), QStringLiteral("sam"),
                               approveWith(sam));
        QCOMPARE(wins(o), 1);
        QCOMPARE(loserCode(o), ErrorCode::PayoutStateConflict);
        const PayoutDetail detail = m_book->book().payouts().show(m_owner, p.number).value();
        QCOMPARE(detail.approvals.size(), 1);
        QCOMPARE(toCode(detail.payout.state), toCode(PayoutState::Approved));
        QVERIFY(m_book->book().payouts().cancel(m_owner, p.number).ok());
        QCOMPARE(m_book->verify(), QStringList());
    }
}

void TestPayoutRace::twoRequestsBeyondWhatIsAvailable()
{
    // 100 available; every round asks twice for 60 and then cancels what it held.
    NewCredit credit;
    credit.ownerId = QStringLiteral("42");
    credit.gross = money(QStringLiteral("100.00"), QStringLiteral("USD"));
    QVERIFY(m_book->book().payees().credit(m_owner, credit).ok());
    for (int round = 0; round < 5; ++round) {
        auto requestVia = [](qint64 method) {
            return [method](Book &book, const Actor &actor, const SignedIn &) -> Status {
                NewPayout request;
                request.ownerId = QStringLiteral("42");
                request.amount = money(QStringLiteral("60.00"), QStringLiteral("USD"));
                request.methodId = method;
                auto payout = book.payouts().request(actor, request);
                return payout ? success() : Status(payout.error());
            };
        };
        const Outcome o = race(TestBook::testerName(), requestVia(m_methodA),
                               TestBook::testerName(), requestVia(m_methodB));
        QCOMPARE(wins(o), 1);
        QCOMPARE(loserCode(o), ErrorCode::InsufficientFunds);
        const Wallet wallet
            = m_book->book().payees().walletOf(m_owner, QStringLiteral("42"), Currency()).value();
        QCOMPARE(wallet.held(), money(QStringLiteral("60.00"), QStringLiteral("USD")));
        QVERIFY(wallet.available().minorUnits() >= 0);
        // Put the round back: cancel what was held.
        PayoutFilter open;
        open.state = PayoutState::Pending;
        for (const Payout &p : m_book->book().payouts().list(m_owner, open).value())
            QVERIFY(m_book->book().payouts().cancel(m_owner, p.number).ok());
        QCOMPARE(m_book->verify(), QStringList());
    }
}

void TestPayoutRace::cancelRacingProcess()
{
    for (int round = 0; round < 5; ++round) {
        const Payout p = requested(QStringLiteral("10.00"), m_methodA);
        m_now = m_now.addSecs(30);
        Book &book = m_book->book();
        SignedIn rita
            = book.users().signIn(QStringLiteral("rita"), TestBook::testerPassword()).value();
        const Actor ritaActor = book.users().actorFor(rita, m_merchant).value();
        QVERIFY(book.payouts().approve(ritaActor, rita, p.number, codeFor(m_ritaSecret)).ok());
        const Outcome o = race(
            TestBook::testerName(),
            [&p](Book &b, const Actor &actor, const SignedIn &) -> Status {
                auto canceled = b.payouts().cancel(actor, p.number);
                return canceled ? success() : Status(canceled.error());
            },
            QStringLiteral("rita"),
            [&p](Book &b, const Actor &actor, const SignedIn &) -> Status {
                auto processed = b.payouts().process(actor, p.number);
                return processed ? success() : Status(processed.error());
            });
        QCOMPARE(wins(o), 1);
        QCOMPARE(loserCode(o), ErrorCode::PayoutStateConflict);
        const Payout after = book.payouts().show(m_owner, p.number).value().payout;
        // Canceled: nothing held. In transit: the whole amount still held.
        QCOMPARE(after.held.isZero(), after.state == PayoutState::Canceled);
        if (after.state == PayoutState::InTransit)
            QVERIFY(book.payouts()
                        .fail(ritaActor, p.number, QStringLiteral("X"), QStringLiteral("test"))
                        .ok());
        QCOMPARE(m_book->verify(), QStringList());
    }
}

void TestPayoutRace::twoReplaysOfOneKey()
{
    NewCredit credit;
    credit.ownerId = QStringLiteral("42");
    credit.gross = money(QStringLiteral("100.00"), QStringLiteral("USD"));
    QVERIFY(m_book->book().payees().credit(m_owner, credit).ok());
    for (int round = 0; round < 5; ++round) {
        const QString key = QStringLiteral("double-click-%1").arg(round);
        QString numbers[2];
        auto requestOnce = [&key](QString *number) {
            return [&key, number](Book &book, const Actor &actor, const SignedIn &) -> Status {
                NewPayout request;
                request.ownerId = QStringLiteral("42");
                request.amount = money(QStringLiteral("10.00"), QStringLiteral("USD"));
                request.idempotencyKey = key;
                auto payout = book.payouts().request(actor, request);
                if (!payout)
                    return payout.error();
                *number = payout->number;
                return success();
            };
        };
        const Outcome o = race(TestBook::testerName(), requestOnce(&numbers[0]),
                               TestBook::testerName(), requestOnce(&numbers[1]));
        // Both get the one payout: a replay waits for the first and returns it.
        QVERIFY2(o.first.ok(), qPrintable(o.first.ok() ? QString() : o.first.error().toString()));
        QVERIFY2(o.second.ok(),
                 qPrintable(o.second.ok() ? QString() : o.second.error().toString()));
        QCOMPARE(numbers[0], numbers[1]);
        QVERIFY(m_book->book().payouts().cancel(m_owner, numbers[0]).ok());
        QCOMPARE(m_book->verify(), QStringList());
    }
}

QTEST_GUILESS_MAIN(TestPayoutRace)
#include "tst_payoutrace.moc"
