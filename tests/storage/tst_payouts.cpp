#include "testbook.h"

#include "security/base32.h"
#include "security/otp.h"

#include <QCryptographicHash>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

template<typename T> QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

ProofFile pngProof()
{
    return {QStringLiteral("receipt.png"),
            QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'x')};
}

} // namespace

// The payout workflow on a real book (SQLite, or PostgreSQL as tst_payouts_pg):
// every allowed move of the state table and forbidden ones with nothing written,
// the hold taken once and released or posted once, maker-checker with the
// approver's one-time password, proofs kept with their SHA-256, idempotency, and
// the verifier's invariants after every step.
class TestPayouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aRequestHoldsTheAmountUnderANumber();
    void aPayoutGoesFromRequestToPaid();
    void anInstantPayoutPaysItsFee();
    void theRequesterNeverApproves();
    void aWrongOrReplayedCodeApprovesNothing();
    void forbiddenMovesChangeNothing();
    void cancelReleasesTheHold();
    void aFailedAttemptIsRetriedOrEnds();
    void aBankReturnReversesThePayment();
    void aDifferentAmountAwaitsReconciliation();
    void executionsAreIdempotentAndReferencesUnique();
    void badProofsAreRefused();
    void requestsAreIdempotent();
    void badRequestsChangeNothing();
    void aPayeeReachesOnlyTheirOwnPayouts();
    void aPolicyChangeVoidsTheApproval();
    void aProofIsReplacedAndTheOldOneKept();
    void theVerifierChecksHolds();

private:
    PayoutService &payouts() { return m_book->book().payouts(); }
    Money usd(const QString &amount) { return money(amount, QStringLiteral("USD")); }
    Result<Payout> request(const QString &amount, qint64 method = 0, bool instant = false,
                           const QString &key = {}, const Actor *as = nullptr)
    {
        NewPayout r;
        r.ownerId = QStringLiteral("42");
        r.amount = usd(amount);
        r.methodId = method;
        r.instant = instant;
        r.idempotencyKey = key;
        return payouts().request(as ? *as : m_owner, r);
    }
    QString nextCode()
    {
        m_now = m_now.addSecs(30); // a fresh step: a used one is never accepted again
        return totp(m_secret, m_now.toSecsSinceEpoch(), TotpParameters {});
    }
    Result<Payout> approve(const QString &number)
    {
        return payouts().approve(m_reviewer, m_reviewerSignIn, number, nextCode());
    }
    Execution execution(const QString &actual, const QString &reference = QStringLiteral("BANK-1"))
    {
        Execution e;
        e.reference = reference;
        e.actual = usd(actual);
        e.proof = pngProof();
        return e;
    }
    // Request, approve and process: a payout in transit.
    Payout inTransit(const QString &amount, qint64 method = 0, bool instant = false)
    {
        auto p = request(amount, method, instant);
        if (!p)
            qFatal("request: %s", why(p).constData());
        auto a = approve(p->number);
        if (!a)
            qFatal("approve: %s", why(a).constData());
        return payouts().process(m_reviewer, p->number).value();
    }
    Wallet payeeWallet()
    {
        return m_book->book().payees().walletOf(m_owner, QStringLiteral("42"), Currency()).value();
    }
    Wallet bank() { return m_book->book().wallets().find(m_owner, QStringLiteral("Bank")).value(); }
    BookSnapshot snapshot() { return BookSnapshot::take(m_book->book().database()); }
    void expectState(const QString &number, PayoutState state)
    {
        QCOMPARE(toCode(payouts().show(m_owner, number)->payout.state), toCode(state));
        QCOMPARE(m_book->verify(), QStringList());
    }

    std::unique_ptr<TestBook> m_book;
    Actor m_owner; // the tester: requests (admin and owner)
    Actor m_reviewer;
    SignedIn m_reviewerSignIn;
    QByteArray m_secret;
    QDateTime m_now = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
    qint64 m_bankMethod = 0;
    qint64 m_paypalMethod = 0;
};

void TestPayouts::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_owner = m_book->createMerchant(QStringLiteral("Creator Hub"), QStringLiteral("USD"));
    Book &book = m_book->book();
    book.users().setClock([this] { return m_now; });
    QVERIFY(book.wallets()
                .add(m_owner,
                     NewWallet {QStringLiteral("Bank"),
                                {},
                                WalletType::Bank,
                                {},
                                1'000'00,
                                {},
                                {},
                                false,
                                false})
                .ok());
    const TestBook::PayeeMethods methods = m_book->setUpPayee(
        m_owner, QStringLiteral("42"), QStringLiteral("100.00"), QStringLiteral("USD"));
    m_bankMethod = methods.bank;
    m_paypalMethod = methods.paypal;
    m_reviewer = m_book->actorWithRole(Role::Reviewer, m_owner.merchantId);
    m_reviewerSignIn
        = book.users().signIn(QStringLiteral("reviewer"), TestBook::testerPassword()).value();
    m_now = m_now.addSecs(30);
    m_secret = m_book->confirmTotp(m_reviewerSignIn, m_now.toSecsSinceEpoch());
}

void TestPayouts::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestPayouts::aRequestHoldsTheAmountUnderANumber()
{
    auto first = request(QStringLiteral("40.00"));
    QVERIFY2(first.ok(), why(first).constData());
    QCOMPARE(first->number, QStringLiteral("JPO-%1-000001").arg(QDate::currentDate().year()));
    QCOMPARE(first->state, PayoutState::Pending);
    QCOMPARE(first->methodId, m_bankMethod); // the default
    QCOMPARE(first->held, usd(QStringLiteral("40.00")));
    Wallet wallet = payeeWallet();
    QCOMPARE(wallet.held(), usd(QStringLiteral("40.00")));
    QCOMPARE(wallet.available(), usd(QStringLiteral("60.00")));
    QCOMPARE(wallet.current(), usd(QStringLiteral("100.00"))); // owed until paid
    auto second = request(QStringLiteral("30.00"), m_paypalMethod);
    QVERIFY(second.ok());
    QVERIFY(second->number.endsWith(QStringLiteral("-000002")));
    // One open payout per wallet and method; never more than available.
    const BookSnapshot before = snapshot();
    QCOMPARE(request(QStringLiteral("1.00")).error().code, ErrorCode::PayoutConflict);
    QCOMPARE(request(QStringLiteral("30.01"), m_paypalMethod).error().code,
             ErrorCode::PayoutConflict);
    QCOMPARE(payouts().cancel(m_owner, second->number).value().state, PayoutState::Canceled);
    const BookSnapshot afterCancel = snapshot();
    auto tooMuch = request(QStringLiteral("60.01"), m_paypalMethod);
    QCOMPARE(tooMuch.error().code, ErrorCode::InsufficientFunds);
    QVERIFY(tooMuch.error().detail.contains(QStringLiteral("60.00 USD available")));
    QCOMPARE(snapshot(), afterCancel);
    QVERIFY(!(before == afterCancel));
    QVERIFY(request(QStringLiteral("60.00"), m_paypalMethod).ok());
    QCOMPARE(payeeWallet().available(), usd(QStringLiteral("0.00")));
    // The timeline and the audit trail have the request.
    const PayoutDetail detail = payouts().show(m_owner, first->number).value();
    QCOMPARE(detail.timeline.size(), 1);
    QVERIFY(!detail.timeline.first().from);
    QCOMPARE(detail.timeline.first().actor, TestBook::testerName());
    QCOMPARE(detail.method.masked, QStringLiteral("IBAN GB ••••5432"));
    AuditFilter filter;
    filter.action = QStringLiteral("payout.request");
    QCOMPARE(m_book->book().audit().list(m_owner, filter)->size(), 3);
}

void TestPayouts::aPayoutGoesFromRequestToPaid()
{
    auto requested = request(QStringLiteral("40.00"));
    const QString number = requested->number;
    auto approved = approve(number);
    QVERIFY2(approved.ok(), why(approved).constData());
    expectState(number, PayoutState::Approved);
    QVERIFY(payouts().process(m_reviewer, number).ok());
    expectState(number, PayoutState::InTransit);
    const qint64 bankBefore = bank().currentMinor;
    auto paid = payouts().execute(m_reviewer, number, execution(QStringLiteral("40.00")));
    QVERIFY2(paid.ok(), why(paid).constData());
    QCOMPARE(paid->state, PayoutState::Paid);
    QCOMPARE(paid->latestReference, QStringLiteral("BANK-1"));
    expectState(number, PayoutState::Paid);
    // The hold is posted: the payee is owed 40 less, the bank has 40 less.
    const Wallet wallet = payeeWallet();
    QCOMPARE(wallet.current(), usd(QStringLiteral("60.00")));
    QCOMPARE(wallet.held(), usd(QStringLiteral("0.00")));
    QCOMPARE(wallet.available(), usd(QStringLiteral("60.00")));
    QCOMPARE(bank().currentMinor, bankBefore - 4000);
    const PayoutDetail detail = payouts().show(m_owner, number).value();
    QCOMPARE(detail.timeline.size(), 4);
    QCOMPARE(detail.approvals.size(), 1);
    QCOMPARE(detail.approvals.first().approver, QStringLiteral("reviewer"));
    QCOMPARE(detail.approvals.first().amount, usd(QStringLiteral("40.00")));
    QCOMPARE(detail.attempts.size(), 1);
    QCOMPARE(detail.attempts.first().outcome, QStringLiteral("paid"));
    QCOMPARE(*detail.attempts.first().actual, usd(QStringLiteral("40.00")));
    QCOMPARE(detail.proofs.size(), 1);
    const QByteArray bytes = pngProof().content;
    QCOMPARE(
        detail.proofs.first().document.sha256,
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(detail.proofs.first().document.mimeType, QStringLiteral("image/png"));
    QCOMPARE(payouts().proofFile(m_owner, number, detail.proofs.first().document.id).value(),
             bytes);
    // The payee's history shows the payout.
    const PayeeStatement statement
        = m_book->book().payees().show(m_owner, QStringLiteral("42")).value();
    QCOMPARE(statement.history.first().kind, QStringLiteral("payout"));
    QCOMPARE(statement.history.first().change, usd(QStringLiteral("-40.00")));
}

void TestPayouts::anInstantPayoutPaysItsFee()
{
    const Payout p = inTransit(QStringLiteral("100.00"), 0, true);
    QCOMPARE(p.fee, usd(QStringLiteral("1.50")));
    QCOMPARE(p.sent(), usd(QStringLiteral("98.50")));
    // The rail sends the amount less the fee; that is the expected amount.
    const qint64 bankBefore = bank().currentMinor;
    QVERIFY(payouts().execute(m_reviewer, p.number, execution(QStringLiteral("98.50"))).ok());
    expectState(p.number, PayoutState::Paid);
    QCOMPARE(payeeWallet().current(), usd(QStringLiteral("0.00")));
    QCOMPARE(bank().currentMinor, bankBefore - 9850);
    const qint64 instantFees
        = m_book->book().categories().byCode(QStringLiteral("INSTANT_PAYOUT_FEES"))->id;
    TransactionFilter filter;
    filter.categoryIds = {instantFees};
    const QList<Transaction> fees = m_book->book().ledger().list(m_owner, filter).value();
    QCOMPARE(fees.size(), 1);
    QCOMPARE(fees.first().amount, usd(QStringLiteral("1.50")));
}

void TestPayouts::theRequesterNeverApproves()
{
    // The owner may review payouts, but not one they requested.
    auto p = request(QStringLiteral("10.00"));
    Book &book = m_book->book();
    SignedIn tester = m_book->tester();
    const TotpEnrolment enrolment
        = book.users()
              .enrolTotp(tester, TestBook::testerPassword(), QStringLiteral("Coffer"))
              .value();
    const QByteArray secret = base32Decode(enrolment.base32).value();
    m_now = m_now.addSecs(30);
    QVERIFY(book.users().verifyTotp(tester, totp(secret, m_now.toSecsSinceEpoch(), {})).ok());
    const BookSnapshot before = snapshot();
    m_now = m_now.addSecs(30);
    auto own
        = payouts().approve(m_owner, tester, p->number, totp(secret, m_now.toSecsSinceEpoch(), {}));
    QCOMPARE(own.error().code, ErrorCode::SeparationOfDuties);
    QCOMPARE(snapshot(), before);
    // A payee's own request is approved by staff, never by a payee.
    const Actor payee
        = m_book->actorWithRole(Role::Payee, m_owner.merchantId,
                                PayeeBinding {QStringLiteral("creator"), QStringLiteral("42")});
    auto theirs = request(QStringLiteral("5.00"), m_paypalMethod, false, {}, &payee);
    QVERIFY2(theirs.ok(), why(theirs).constData());
    QCOMPARE(theirs->requestedBy, QStringLiteral("payee"));
    QCOMPARE(payouts().approve(payee, m_reviewerSignIn, theirs->number, nextCode()).error().code,
             ErrorCode::PermissionDenied);
    QVERIFY(approve(theirs->number).ok());
    // A reviewer who did not ask may approve; an auditor may not.
    const Actor auditor = m_book->actorWithRole(Role::Auditor, m_owner.merchantId);
    QCOMPARE(payouts().approve(auditor, m_reviewerSignIn, p->number, nextCode()).error().code,
             ErrorCode::PermissionDenied);
    QVERIFY(approve(p->number).ok());
}

void TestPayouts::aWrongOrReplayedCodeApprovesNothing()
{
    auto p = request(QStringLiteral("10.00"));
    const BookSnapshot before = snapshot();
    m_now = m_now.addSecs(30);
    const QString good = totp(m_secret, m_now.toSecsSinceEpoch(), {});
    const QString wrong
        = good == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    QCOMPARE(payouts().approve(m_reviewer, m_reviewerSignIn, p->number, wrong).error().code,
             ErrorCode::InvalidOtp);
    QCOMPARE(toCode(payouts().show(m_owner, p->number)->payout.state),
             toCode(PayoutState::Pending));
    QCOMPARE(snapshot(), before);
    QVERIFY(payouts().approve(m_reviewer, m_reviewerSignIn, p->number, good).ok());
    // The same code for another payout: a used step is never accepted again.
    auto other = request(QStringLiteral("5.00"), m_paypalMethod);
    QCOMPARE(payouts().approve(m_reviewer, m_reviewerSignIn, other->number, good).error().code,
             ErrorCode::OtpReplayed);
    expectState(other->number, PayoutState::Pending);
    // A reviewer without a one-time password cannot approve.
    const Actor owner2 = m_book->actorWithRole(Role::Owner, m_owner.merchantId);
    const SignedIn owner2SignIn = m_book->book()
                                      .users()
                                      .signIn(QStringLiteral("owner"), TestBook::testerPassword())
                                      .value();
    QCOMPARE(payouts().approve(owner2, owner2SignIn, other->number, good).error().code,
             ErrorCode::TotpNotEnrolled);
}

void TestPayouts::forbiddenMovesChangeNothing()
{
    auto pending = request(QStringLiteral("10.00"));
    const Payout transit = inTransit(QStringLiteral("20.00"), m_paypalMethod);
    auto check = [&](const QString &what, const Status &outcome) {
        QVERIFY2(!outcome.ok(), qPrintable(what));
        QCOMPARE(outcome.error().code, ErrorCode::PayoutStateConflict);
    };
    const BookSnapshot before = snapshot();
    auto status = [](const auto &r) {
        return r ? success() : Status(r.error());
    };
    check(QStringLiteral("process pending"),
          status(payouts().process(m_reviewer, pending->number)));
    check(
        QStringLiteral("execute pending"),
        status(payouts().execute(m_reviewer, pending->number, execution(QStringLiteral("10.00")))));
    check(QStringLiteral("fail pending"),
          status(payouts().fail(m_reviewer, pending->number, QStringLiteral("X"),
                                QStringLiteral("x"))));
    check(QStringLiteral("approve in transit"), status(approve(transit.number)));
    check(QStringLiteral("cancel in transit"), status(payouts().cancel(m_owner, transit.number)));
    check(QStringLiteral("process in transit"),
          status(payouts().process(m_reviewer, transit.number)));
    QCOMPARE(snapshot(), before);
    QVERIFY(payouts().execute(m_reviewer, transit.number, execution(QStringLiteral("20.00"))).ok());
    const BookSnapshot paid = snapshot();
    check(QStringLiteral("cancel paid"), status(payouts().cancel(m_owner, transit.number)));
    check(QStringLiteral("approve paid"), status(approve(transit.number)));
    check(QStringLiteral("execute paid"),
          status(payouts().execute(m_reviewer, transit.number,
                                   execution(QStringLiteral("20.00"), QStringLiteral("BANK-2")))));
    check(QStringLiteral("retry paid"),
          status(payouts().fail(m_reviewer, transit.number, QStringLiteral("X"),
                                QStringLiteral("x"), true)));
    QVERIFY(payouts().cancel(m_owner, pending->number).ok());
    check(QStringLiteral("approve canceled"), status(approve(pending->number)));
    check(QStringLiteral("cancel canceled"), status(payouts().cancel(m_owner, pending->number)));
    check(QStringLiteral("fail canceled"),
          status(payouts().fail(m_reviewer, pending->number, QStringLiteral("X"),
                                QStringLiteral("x"))));
    QVERIFY(!(snapshot() == paid));
    QCOMPARE(m_book->verify(), QStringList());
    // Who may do what: a reviewer processes, a bookkeeper does not.
    const Actor bookkeeper = m_book->actorWithRole(Role::Bookkeeper, m_owner.merchantId);
    auto another = request(QStringLiteral("1.00"));
    QVERIFY(approve(another->number).ok());
    QCOMPARE(payouts().process(bookkeeper, another->number).error().code,
             ErrorCode::PermissionDenied);
}

void TestPayouts::cancelReleasesTheHold()
{
    auto pending = request(QStringLiteral("10.00"));
    auto approved = request(QStringLiteral("20.00"), m_paypalMethod);
    QVERIFY(approve(approved->number).ok());
    QCOMPARE(payeeWallet().held(), usd(QStringLiteral("30.00")));
    QVERIFY(payouts().cancel(m_owner, pending->number, QStringLiteral("asked by the payee")).ok());
    expectState(pending->number, PayoutState::Canceled);
    QCOMPARE(payeeWallet().held(), usd(QStringLiteral("20.00")));
    QVERIFY(payouts().cancel(m_reviewer, approved->number).ok());
    expectState(approved->number, PayoutState::Canceled);
    QCOMPARE(payeeWallet().held(), usd(QStringLiteral("0.00")));
    QCOMPARE(payeeWallet().available(), usd(QStringLiteral("100.00")));
    const PayoutDetail detail = payouts().show(m_owner, pending->number).value();
    QCOMPARE(detail.timeline.last().note, QStringLiteral("asked by the payee"));
    QVERIFY(!payouts().show(m_owner, approved->number)->approvals.first().voidedAt.isNull());
}

void TestPayouts::aFailedAttemptIsRetriedOrEnds()
{
    const Payout p = inTransit(QStringLiteral("25.00"));
    auto retried = payouts().fail(m_reviewer, p.number, QStringLiteral("R01"),
                                  QStringLiteral("insufficient funds at the bank"), true);
    QVERIFY2(retried.ok(), why(retried).constData());
    expectState(p.number, PayoutState::Approved);
    QCOMPARE(payeeWallet().held(), usd(QStringLiteral("25.00")));
    QVERIFY(payouts().process(m_reviewer, p.number).ok()); // the approval still holds
    auto failed = payouts().fail(m_reviewer, p.number, QStringLiteral("R03"),
                                 QStringLiteral("no such account"));
    QVERIFY(failed.ok());
    expectState(p.number, PayoutState::Failed);
    QCOMPARE(payeeWallet().held(), usd(QStringLiteral("0.00")));
    const PayoutDetail detail = payouts().show(m_owner, p.number).value();
    QCOMPARE(detail.attempts.size(), 2);
    QCOMPARE(detail.attempts.at(0).failureCode, QStringLiteral("R01"));
    QCOMPARE(detail.attempts.at(1).failureMessage, QStringLiteral("no such account"));
    QCOMPARE(detail.attempts.at(1).number, 2);
}

void TestPayouts::aBankReturnReversesThePayment()
{
    const Payout p = inTransit(QStringLiteral("100.00"), 0, true);
    QVERIFY(payouts().execute(m_reviewer, p.number, execution(QStringLiteral("98.50"))).ok());
    const qint64 bankPaid = bank().currentMinor;
    QCOMPARE(payeeWallet().current(), usd(QStringLiteral("0.00")));
    // A reviewer executes but does not undo a payment; a reconciler does.
    QCOMPARE(
        payouts()
            .fail(m_reviewer, p.number, QStringLiteral("R02"), QStringLiteral("account closed"))
            .error()
            .code,
        ErrorCode::PermissionDenied);
    const Actor reconciler = m_book->actorWithRole(Role::Reconciler, m_owner.merchantId);
    auto returned = payouts().fail(reconciler, p.number, QStringLiteral("R02"),
                                   QStringLiteral("account closed"));
    QVERIFY2(returned.ok(), why(returned).constData());
    expectState(p.number, PayoutState::Failed);
    // Owed again in full, the fee included; the bank has the money back.
    QCOMPARE(payeeWallet().current(), usd(QStringLiteral("100.00")));
    QCOMPARE(payeeWallet().available(), usd(QStringLiteral("100.00")));
    QCOMPARE(bank().currentMinor, bankPaid + 9850);
    // The verifier ties the payout to its payment: "paid" with a reversed payment is
    // a difference.
    Database &db = m_book->book().database();
    QVERIFY(db.run(QStringLiteral("UPDATE payout SET state = 'paid' WHERE number = ?"), {p.number})
                .ok());
    QVERIFY2(
        m_book->verify().join(QLatin1Char('\n')).contains(p.number + QStringLiteral(": is paid")),
        qPrintable(m_book->verify().join(QLatin1Char('\n'))));
    QVERIFY(
        db.run(QStringLiteral("UPDATE payout SET state = 'failed' WHERE number = ?"), {p.number})
            .ok());
}

void TestPayouts::aDifferentAmountAwaitsReconciliation()
{
    const Payout p = inTransit(QStringLiteral("40.00"));
    const BookSnapshot before = snapshot();
    auto silent = payouts().execute(m_reviewer, p.number, execution(QStringLiteral("39.00")));
    QCOMPARE(silent.error().code, ErrorCode::FieldRequired);
    QVERIFY(silent.error().detail.startsWith(QStringLiteral("note:")));
    QCOMPARE(snapshot(), before);
    Execution e = execution(QStringLiteral("39.00"));
    e.note = QStringLiteral("the bank kept a 1.00 charge");
    QVERIFY(payouts().execute(m_reviewer, p.number, e).ok());
    expectState(p.number, PayoutState::AwaitingReconciliation);
    QCOMPARE(payeeWallet().held(), usd(QStringLiteral("40.00"))); // not posted yet
    QCOMPARE(payeeWallet().current(), usd(QStringLiteral("100.00")));
    QCOMPARE(payouts().show(m_owner, p.number)->attempts.first().outcome,
             QStringLiteral("mismatch"));
    const Actor reconciler = m_book->actorWithRole(Role::Reconciler, m_owner.merchantId);
    QVERIFY(payouts()
                .fail(reconciler, p.number, QStringLiteral("R04"), QStringLiteral("recalled"))
                .ok());
    expectState(p.number, PayoutState::Failed);
    QCOMPARE(payeeWallet().held(), usd(QStringLiteral("0.00")));
}

void TestPayouts::executionsAreIdempotentAndReferencesUnique()
{
    const Payout p = inTransit(QStringLiteral("40.00"));
    Execution e = execution(QStringLiteral("40.00"));
    e.idempotencyKey = QStringLiteral("exec-1");
    QVERIFY(payouts().execute(m_reviewer, p.number, e).ok());
    const BookSnapshot once = snapshot();
    auto replay = payouts().execute(m_reviewer, p.number, e);
    QVERIFY2(replay.ok(), why(replay).constData());
    QCOMPARE(replay->state, PayoutState::Paid);
    QCOMPARE(snapshot(), once);
    e.actual = usd(QStringLiteral("41.00"));
    QCOMPARE(payouts().execute(m_reviewer, p.number, e).error().code,
             ErrorCode::IdempotencyConflict);
    // Another payout may not reuse the reference.
    const Payout other = inTransit(QStringLiteral("10.00"), m_paypalMethod);
    const BookSnapshot before = snapshot();
    auto duplicate
        = payouts().execute(m_reviewer, other.number, execution(QStringLiteral("10.00")));
    QCOMPARE(duplicate.error().code, ErrorCode::DuplicateReference);
    QCOMPARE(snapshot(), before);
    Execution blank = execution(QStringLiteral("10.00"), QStringLiteral("   "));
    QCOMPARE(payouts().execute(m_reviewer, other.number, blank).error().code,
             ErrorCode::FieldRequired);
    Execution control = execution(QStringLiteral("10.00"), QStringLiteral("A\u0001B"));
    QCOMPARE(payouts().execute(m_reviewer, other.number, control).error().code,
             ErrorCode::InvalidText);
    Execution euros = execution(QStringLiteral("10.00"), QStringLiteral("BANK-9"));
    euros.actual = money(QStringLiteral("10.00"), QStringLiteral("EUR"));
    QCOMPARE(payouts().execute(m_reviewer, other.number, euros).error().code,
             ErrorCode::CurrencyMismatch);
    QCOMPARE(snapshot(), before);
}

void TestPayouts::badProofsAreRefused()
{
    const Payout p = inTransit(QStringLiteral("40.00"));
    const BookSnapshot before = snapshot();
    const QList<ProofFile> bad {
        {QStringLiteral("empty.pdf"), QByteArray()},
        {QStringLiteral("notes.pdf"), QByteArray("just some text, renamed")},
        {QStringLiteral("huge.pdf"),
         QByteArray("%PDF-1.7\n") + QByteArray(ProofFile::maxProofBytes, ' ')},
    };
    for (const ProofFile &proof : bad) {
        Execution e = execution(QStringLiteral("40.00"));
        e.proof = proof;
        auto refused = payouts().execute(m_reviewer, p.number, e);
        QVERIFY2(!refused.ok(), qPrintable(proof.fileName));
        QCOMPARE(refused.error().code, ErrorCode::InvalidProof);
        QVERIFY(refused.error().detail.startsWith(QStringLiteral("proof:")));
    }
    QCOMPARE(snapshot(), before);
    Execution pdf = execution(QStringLiteral("40.00"));
    pdf.proof = {QStringLiteral("/tmp/some/where/slip.pdf"), QByteArray("%PDF-1.4\n%%EOF\n")};
    QVERIFY(payouts().execute(m_reviewer, p.number, pdf).ok());
    const PayoutProof proof = payouts().show(m_owner, p.number)->proofs.first();
    QCOMPARE(proof.document.fileName, QStringLiteral("slip.pdf"));
    QCOMPARE(proof.document.mimeType, QStringLiteral("application/pdf"));
}

void TestPayouts::requestsAreIdempotent()
{
    auto first = request(QStringLiteral("10.00"), 0, false, QStringLiteral("req-1"));
    QVERIFY(first.ok());
    const BookSnapshot once = snapshot();
    auto replay = request(QStringLiteral("10.00"), 0, false, QStringLiteral("req-1"));
    QVERIFY(replay.ok());
    QCOMPARE(replay->number, first->number);
    QCOMPARE(snapshot(), once);
    QCOMPARE(request(QStringLiteral("11.00"), 0, false, QStringLiteral("req-1")).error().code,
             ErrorCode::IdempotencyConflict);
    QCOMPARE(request(QStringLiteral("10.00"), 0, true, QStringLiteral("req-1")).error().code,
             ErrorCode::IdempotencyConflict);
    QCOMPARE(snapshot(), once);
    // Another payee's request with the key learns nothing about the first payout.
    m_book->setUpPayee(m_owner, QStringLiteral("43"), QStringLiteral("20.00"),
                       QStringLiteral("USD"));
    NewPayout other;
    other.ownerId = QStringLiteral("43");
    other.amount = usd(QStringLiteral("10.00"));
    other.idempotencyKey = QStringLiteral("req-1");
    auto foreign = payouts().request(m_owner, other);
    QCOMPARE(foreign.error().code, ErrorCode::IdempotencyConflict);
    QVERIFY(!foreign.error().detail.contains(first->number));
    QVERIFY(!foreign.error().detail.contains(QStringLiteral("42")));
}

void TestPayouts::badRequestsChangeNothing()
{
    const BookSnapshot before = snapshot();
    auto expect = [&](const Result<Payout> &r, ErrorCode code, const QString &field) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().detail.startsWith(field + QLatin1Char(':')),
                 qPrintable(r.error().detail));
    };
    expect(request(QStringLiteral("0")), ErrorCode::AmountMustBePositive, QStringLiteral("amount"));
    expect(request(QStringLiteral("-5.00")), ErrorCode::AmountMustBePositive,
           QStringLiteral("amount"));
    expect(request(QStringLiteral("100.01")), ErrorCode::InsufficientFunds,
           QStringLiteral("amount"));
    expect(request(QStringLiteral("1.00"), 999), ErrorCode::PayoutMethodNotFound,
           QStringLiteral("method"));
    NewPayout euros;
    euros.ownerId = QStringLiteral("42");
    euros.amount = money(QStringLiteral("1.00"), QStringLiteral("EUR"));
    expect(payouts().request(m_owner, euros), ErrorCode::CurrencyMismatch,
           QStringLiteral("amount"));
    NewPayout nobody = euros;
    nobody.ownerId = QStringLiteral("nobody");
    expect(payouts().request(m_owner, nobody), ErrorCode::PayeeNotFound,
           QStringLiteral("owner-id"));
    expect(request(QStringLiteral("1.00"), 0, false, QString(101, QLatin1Char('k'))),
           ErrorCode::FieldTooLong, QStringLiteral("idempotency-key"));
    // A method an open payout pays through stays until that payout ends.
    auto open = request(QStringLiteral("1.00"), m_paypalMethod);
    QCOMPARE(m_book->book().methods().remove(m_owner, m_paypalMethod).error().code,
             ErrorCode::PayoutConflict);
    QVERIFY(payouts().cancel(m_owner, open->number).ok());
    // A removed method, and a method in another currency.
    QVERIFY(m_book->book().methods().remove(m_owner, m_paypalMethod).ok());
    const BookSnapshot removed = snapshot();
    expect(request(QStringLiteral("1.00"), m_paypalMethod), ErrorCode::InvalidArgument,
           QStringLiteral("method"));
    QVERIFY(m_book->book()
                .payees()
                .getOrCreate(m_owner, OwnerType::Creator, QStringLiteral("42"),
                             currency(QStringLiteral("EUR")))
                .ok());
    NewPayoutMethod sepa {QStringLiteral("42"), MethodKind::Bank,
                          QStringLiteral("DE89 3704 0044 0532 0130 00"),
                          currency(QStringLiteral("EUR")), false};
    const qint64 sepaId = m_book->book().methods().add(m_owner, sepa).value().id;
    const BookSnapshot withEuros = snapshot();
    expect(request(QStringLiteral("1.00"), sepaId), ErrorCode::CurrencyMismatch,
           QStringLiteral("method"));
    QCOMPARE(snapshot(), withEuros);
    QVERIFY(!(before == removed));
}

void TestPayouts::aPayeeReachesOnlyTheirOwnPayouts()
{
    Book &book = m_book->book();
    QVERIFY(book.payees()
                .getOrCreate(m_owner, OwnerType::Creator, QStringLiteral("43"),
                             currency(QStringLiteral("USD")))
                .ok());
    NewCredit credit;
    credit.ownerId = QStringLiteral("43");
    credit.gross = usd(QStringLiteral("50.00"));
    QVERIFY(book.payees().credit(m_owner, credit).ok());
    QVERIFY(book.methods()
                .add(m_owner,
                     NewPayoutMethod {QStringLiteral("43"),
                                      MethodKind::Venmo,
                                      QStringLiteral("@other-43"),
                                      {},
                                      false})
                .ok());
    NewPayout theirs;
    theirs.ownerId = QStringLiteral("43");
    theirs.amount = usd(QStringLiteral("5.00"));
    const Payout other = payouts().request(m_owner, theirs).value();
    const Actor payee
        = m_book->actorWithRole(Role::Payee, m_owner.merchantId,
                                PayeeBinding {QStringLiteral("creator"), QStringLiteral("42")});
    auto own = request(QStringLiteral("7.00"), 0, false, {}, &payee);
    QVERIFY(own.ok());
    const BookSnapshot before = snapshot();
    QCOMPARE(payouts().request(payee, theirs).error().code, ErrorCode::PayeeNotFound);
    QCOMPARE(payouts().show(payee, other.number).error().code, ErrorCode::PayoutNotFound);
    QCOMPARE(payouts().cancel(payee, other.number).error().code, ErrorCode::PayoutNotFound);
    QCOMPARE(payouts().show(payee, QStringLiteral("JPO-1999-000001")).error().code,
             ErrorCode::PayoutNotFound);
    QCOMPARE(snapshot(), before);
    const QList<Payout> listed = payouts().list(payee, {}).value();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().number, own->number);
    QCOMPARE(payouts().list(m_owner, {})->size(), 2);
    PayoutFilter pending;
    pending.state = PayoutState::Pending;
    pending.ownerId = QStringLiteral("43");
    QCOMPARE(payouts().list(m_owner, pending)->size(), 1);
    // The payee cancels their own request.
    QVERIFY(payouts().cancel(payee, own->number).ok());
}

void TestPayouts::aPolicyChangeVoidsTheApproval()
{
    auto p = request(QStringLiteral("10.00"));
    QVERIFY(approve(p->number).ok());
    FeeChange change;
    change.instantPartsPerMillion = 20'000;
    QVERIFY(m_book->book().payees().setFees(m_owner, change).ok());
    expectState(p->number, PayoutState::Pending);
    const PayoutDetail detail = payouts().show(m_owner, p->number).value();
    QVERIFY(!detail.approvals.first().voidedAt.isNull());
    QVERIFY(detail.timeline.last().note.contains(QStringLiteral("policy")));
    QCOMPARE(payouts().process(m_reviewer, p->number).error().code, ErrorCode::PayoutStateConflict);
    QVERIFY(approve(p->number).ok());
    QVERIFY(payouts().process(m_reviewer, p->number).ok());
    // An instant payout priced under the old fee policy is not approved under the new.
    auto instant = request(QStringLiteral("5.00"), m_paypalMethod, true);
    change.instantPartsPerMillion = 30'000;
    QVERIFY(m_book->book().payees().setFees(m_owner, change).ok());
    const BookSnapshot before = snapshot();
    auto stale = approve(instant->number);
    QCOMPARE(stale.error().code, ErrorCode::PayoutStateConflict);
    QVERIFY(stale.error().detail.contains(QStringLiteral("request again")));
    QCOMPARE(snapshot(), before);
}

void TestPayouts::aProofIsReplacedAndTheOldOneKept()
{
    const Payout p = inTransit(QStringLiteral("40.00"));
    const Payout waiting = [this] {
        auto r = request(QStringLiteral("5.00"), m_paypalMethod);
        return r.value();
    }();
    QVERIFY(payouts().execute(m_reviewer, p.number, execution(QStringLiteral("40.00"))).ok());
    const Actor reconciler = m_book->actorWithRole(Role::Reconciler, m_owner.merchantId);
    const ProofFile right {QStringLiteral("right.pdf"), QByteArray("%PDF-1.7\nthe right slip\n")};
    const BookSnapshot before = snapshot();
    QCOMPARE(payouts()
                 .replaceProof(m_reviewer, p.number, right, QStringLiteral("wrong slip"))
                 .error()
                 .code,
             ErrorCode::PermissionDenied);
    QCOMPARE(payouts().replaceProof(reconciler, p.number, right, QStringLiteral("  ")).error().code,
             ErrorCode::FieldRequired);
    QCOMPARE(payouts()
                 .replaceProof(reconciler, p.number, {QStringLiteral("x.pdf"), QByteArray("text")},
                               QStringLiteral("wrong slip"))
                 .error()
                 .code,
             ErrorCode::InvalidProof);
    QCOMPARE(payouts()
                 .replaceProof(reconciler, waiting.number, right, QStringLiteral("none yet"))
                 .error()
                 .code,
             ErrorCode::PayoutStateConflict);
    QCOMPARE(snapshot(), before);
    auto replaced
        = payouts().replaceProof(reconciler, p.number, right, QStringLiteral("wrong slip"));
    QVERIFY2(replaced.ok(), why(replaced).constData());
    const PayoutDetail detail = payouts().show(m_owner, p.number).value();
    QCOMPARE(detail.proofs.size(), 2);
    QCOMPARE(detail.proofs.at(0).replacedById, detail.proofs.at(1).id);
    QCOMPARE(detail.proofs.at(1).replacedById, 0);
    QCOMPARE(detail.proofs.at(1).reason, QStringLiteral("wrong slip"));
    QCOMPARE(detail.proofs.at(1).attemptId, detail.proofs.at(0).attemptId);
    // Both files stay readable, byte for byte.
    QCOMPARE(payouts().proofFile(m_owner, p.number, detail.proofs.at(0).document.id).value(),
             pngProof().content);
    QCOMPARE(payouts().proofFile(m_owner, p.number, detail.proofs.at(1).document.id).value(),
             right.content);
    QVERIFY(detail.timeline.last().note.startsWith(QStringLiteral("proof replaced: wrong slip")));
    QCOMPARE(toCode(detail.payout.state), toCode(PayoutState::Paid));
    // The admin may replace a proof too.
    QVERIFY(payouts().replaceProof(m_owner, p.number, pngProof(), QStringLiteral("back")).ok());
    QCOMPARE(payouts().show(m_owner, p.number)->proofs.size(), 3);
}

void TestPayouts::theVerifierChecksHolds()
{
    auto p = request(QStringLiteral("10.00"));
    Database &db = m_book->book().database();
    QVERIFY(db.run(QStringLiteral("UPDATE wallet SET held_balance_minor = 0 WHERE payee_id IS NOT "
                                  "NULL"))
                .ok());
    QStringList problems = m_book->verify();
    QVERIFY2(
        problems.join(QLatin1Char('\n')).contains(QStringLiteral("its open payouts hold 1000")),
        qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(
        db.run(QStringLiteral("UPDATE wallet SET held_balance_minor = 1000 WHERE payee_id IS NOT "
                              "NULL"))
            .ok());
    QVERIFY(db.run(QStringLiteral("UPDATE payout SET state = 'canceled'")).ok());
    problems = m_book->verify();
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(p->number + QStringLiteral(": is canceled")),
             qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(db.run(QStringLiteral("UPDATE payout SET state = 'pending'")).ok());
}

QTEST_GUILESS_MAIN(TestPayouts)
#include "tst_payouts.moc"
