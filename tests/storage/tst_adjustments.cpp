#include "testbook.h"

#include "security/otp.h"

#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

template<typename T> QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

ProofFile pdfEvidence()
{
    return {QStringLiteral("statement.pdf"), QByteArray("%PDF-1.4\n% evidence\n")};
}

} // namespace

// Payout adjustments on a real book (SQLite, or PostgreSQL as tst_adjustments_pg):
// durable obligations applied oldest first by policy, chosen by hand, or through an
// exception approved by a second person; mismatches resolved into carry-forwards,
// reversals that record what is owed instead of re-crediting the wallet, and the
// verifier's checks after every step.
class TestAdjustments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void autoDeductionsApplyOldestFirstWhileSomethingIsSent();
    void aPaidPayoutPostsItsAdjustments();
    void manualAdjustmentsNeedChoosingAndEvidence();
    void badSelectionsChangeNothing();
    void anExceptionNeedsASecondPerson();
    void policyComesFromTheProgramThenThePayee();
    void aPolicyChangeVoidsApprovals();
    void aResolvedMismatchOpensACarryForward();
    void aReversalRecordsWhatIsOwed();
    void aBankReturnReopensTheAdjustments();
    void aBankReturnWithdrawsAResolution();
    void aPayeeSeesOnlyTheirOwn();
    void theVerifierCatchesAStrayAdjustment();

private:
    PayoutService &payouts() { return m_book->book().payouts(); }
    AdjustmentService &adjustments() { return m_book->book().adjustments(); }
    Money usd(const QString &amount) { return money(amount, QStringLiteral("USD")); }
    Result<Adjustment> add(AdjustmentClass c, const QString &amount, AdjustmentMode mode,
                           bool withEvidence = false, const QString &owner = QStringLiteral("42"))
    {
        NewAdjustment a;
        a.ownerId = owner;
        a.adjustmentClass = c;
        a.mode = mode;
        a.amount = usd(amount);
        a.note = QStringLiteral("INV-2026-000017");
        if (withEvidence)
            a.evidence = pdfEvidence();
        return adjustments().add(m_reconciler, a);
    }
    Result<Payout> request(const QString &amount, const QList<qint64> &chosen = {})
    {
        NewPayout r;
        r.ownerId = QStringLiteral("42");
        r.amount = usd(amount);
        r.adjustmentIds = chosen;
        return payouts().request(m_owner, r);
    }
    Result<Payout> approve(const QString &number)
    {
        m_now = m_now.addSecs(30);
        return payouts().approve(m_reviewer, m_reviewerSignIn, number,
                                 totp(m_secret, m_now.toSecsSinceEpoch(), TotpParameters {}));
    }
    Payout executed(const QString &amount, const QString &actual, const QList<qint64> &chosen = {})
    {
        auto p = request(amount, chosen);
        if (!p)
            qFatal("request: %s", why(p).constData());
        if (p->state == PayoutState::AwaitingExceptionApproval)
            p = payouts().approveException(m_reconciler, p->number);
        auto a = approve(p->number);
        if (!a)
            qFatal("approve: %s", why(a).constData());
        if (!payouts().process(m_reviewer, p->number))
            qFatal("process");
        Execution e;
        e.reference = QStringLiteral("BANK-%1").arg(++m_references);
        e.actual = usd(actual);
        e.proof = pdfEvidence();
        e.note = QStringLiteral("the bank says so");
        auto done = payouts().execute(m_reviewer, p->number, e);
        if (!done)
            qFatal("execute: %s", why(done).constData());
        return *done;
    }
    Adjustment adjustment(qint64 id)
    {
        const QList<Adjustment> all = adjustments().list(m_owner, {}).value();
        for (const Adjustment &a : all) {
            if (a.id == id)
                return a;
        }
        return {};
    }
    Wallet payeeWallet()
    {
        return m_book->book().payees().walletOf(m_owner, QStringLiteral("42"), Currency()).value();
    }
    Wallet bank() { return m_book->book().wallets().find(m_owner, QStringLiteral("Bank")).value(); }
    BookSnapshot snapshot() { return BookSnapshot::take(m_book->book().database()); }

    std::unique_ptr<TestBook> m_book;
    Actor m_owner; // admin and owner: requests and sets policy
    Actor m_reviewer;
    Actor m_reconciler;
    SignedIn m_reviewerSignIn;
    QByteArray m_secret;
    QDateTime m_now = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
    int m_references = 0;
};

void TestAdjustments::init()
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
    m_book->setUpPayee(m_owner, QStringLiteral("42"), QStringLiteral("500.00"),
                       QStringLiteral("USD"));
    m_book->setUpPayee(m_owner, QStringLiteral("77"), QStringLiteral("50.00"),
                       QStringLiteral("USD"));
    m_reviewer = m_book->actorWithRole(Role::Reviewer, m_owner.merchantId);
    m_reconciler = m_book->actorWithRole(Role::Reconciler, m_owner.merchantId);
    m_reviewerSignIn
        = book.users().signIn(QStringLiteral("reviewer"), TestBook::testerPassword()).value();
    m_now = m_now.addSecs(30);
    m_secret = m_book->confirmTotp(m_reviewerSignIn, m_now.toSecsSinceEpoch());
}

void TestAdjustments::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestAdjustments::autoDeductionsApplyOldestFirstWhileSomethingIsSent()
{
    const qint64 older
        = add(AdjustmentClass::CarryForwardDeduction, QStringLiteral("30.00"), AdjustmentMode::Auto)
              ->id;
    const qint64 younger
        = add(AdjustmentClass::CarryForwardDeduction, QStringLiteral("80.00"), AdjustmentMode::Auto)
              ->id;
    const qint64 credit
        = add(AdjustmentClass::CarryForwardCredit, QStringLiteral("5.00"), AdjustmentMode::Auto)
              ->id;
    // 30 + 80 would take all of 100: the younger one waits for a later payout. A
    // quote says so first and writes nothing.
    NewPayout asked;
    asked.ownerId = QStringLiteral("42");
    asked.amount = usd(QStringLiteral("100.00"));
    const BookSnapshot beforeQuote = snapshot();
    auto quote = payouts().quote(m_owner, asked);
    QVERIFY2(quote.ok(), why(quote).constData());
    QCOMPARE(quote->deductions, usd(QStringLiteral("30.00")));
    QCOMPARE(quote->credits, usd(QStringLiteral("5.00")));
    QCOMPARE(quote->sent, usd(QStringLiteral("75.00")));
    QCOMPARE(snapshot(), beforeQuote);
    auto payout = request(QStringLiteral("100.00"));
    QVERIFY2(payout.ok(), why(payout).constData());
    QCOMPARE(payout->state, PayoutState::Pending);
    QCOMPARE(payout->deductions, usd(QStringLiteral("30.00")));
    QCOMPARE(payout->credits, usd(QStringLiteral("5.00")));
    QCOMPARE(payout->sent(), usd(QStringLiteral("75.00")));
    QCOMPARE(payout->held, usd(QStringLiteral("100.00"))); // what leaves the wallet
    QCOMPARE(adjustment(older).status(), QStringLiteral("reserved"));
    QCOMPARE(adjustment(older).appliedTo, payout->number);
    QCOMPARE(adjustment(younger).status(), QStringLiteral("open"));
    QCOMPARE(adjustment(credit).status(), QStringLiteral("reserved"));
    QCOMPARE(payouts().show(m_owner, payout->number)->adjustments.size(), 2);
    QCOMPARE(m_book->verify(), QStringList());
    // Canceled: every adjustment it carried is owed again.
    QVERIFY(payouts().cancel(m_owner, payout->number).ok());
    QCOMPARE(adjustment(older).status(), QStringLiteral("open"));
    QCOMPARE(adjustment(credit).status(), QStringLiteral("open"));
    QCOMPARE(m_book->verify(), QStringList());
    // A bigger payout takes both, oldest first.
    auto bigger = request(QStringLiteral("200.00"));
    QVERIFY(bigger.ok());
    QCOMPARE(bigger->deductions, usd(QStringLiteral("110.00")));
    QCOMPARE(bigger->sent(), usd(QStringLiteral("95.00")));
}

void TestAdjustments::aPaidPayoutPostsItsAdjustments()
{
    QVERIFY(
        add(AdjustmentClass::CarryForwardDeduction, QStringLiteral("30.00"), AdjustmentMode::Auto)
            .ok());
    QVERIFY(add(AdjustmentClass::CarryForwardCredit, QStringLiteral("5.00"), AdjustmentMode::Auto)
                .ok());
    const qint64 bankBefore = bank().current().minorUnits();
    const Payout paid = executed(QStringLiteral("100.00"), QStringLiteral("75.00"));
    QCOMPARE(paid.state, PayoutState::Paid);
    // The bank sent 75; the payee is owed 100 less; the 30 recovered is income and
    // the 5 credit an expense.
    QCOMPARE(bank().current().minorUnits(), bankBefore - 75'00);
    QCOMPARE(payeeWallet().current(), usd(QStringLiteral("400.00")));
    QCOMPARE(payeeWallet().held(), usd(QStringLiteral("0.00")));
    const QList<Adjustment> all = adjustments().list(m_owner, QStringLiteral("42")).value();
    for (const Adjustment &a : all)
        QCOMPARE(a.status(), QStringLiteral("settled"));
    QCOMPARE(m_book->verify(), QStringList());
}

void TestAdjustments::manualAdjustmentsNeedChoosingAndEvidence()
{
    const Actor bookkeeper = m_book->actorWithRole(Role::Bookkeeper, m_owner.merchantId);
    const BookSnapshot before = snapshot();
    auto noEvidence
        = add(AdjustmentClass::ManualRecovery, QStringLiteral("15.00"), AdjustmentMode::Manual);
    QCOMPARE(noEvidence.error().code, ErrorCode::FieldRequired);
    QVERIFY(noEvidence.error().detail.startsWith(QStringLiteral("evidence:")));
    QCOMPARE(
        add(AdjustmentClass::ManualRecovery, QStringLiteral("15.00"), AdjustmentMode::Auto, true)
            .error()
            .code,
        ErrorCode::InvalidArgument); // manual only
    NewAdjustment noInvoice;
    noInvoice.ownerId = QStringLiteral("42");
    noInvoice.adjustmentClass = AdjustmentClass::InvoiceFee;
    noInvoice.mode = AdjustmentMode::Manual;
    noInvoice.amount = usd(QStringLiteral("2.00"));
    QCOMPARE(adjustments().add(m_reconciler, noInvoice).error().code, ErrorCode::FieldRequired);
    NewAdjustment wrongFile = noInvoice;
    wrongFile.note = QStringLiteral("INV-1");
    wrongFile.evidence = ProofFile {QStringLiteral("x.pdf"), QByteArray("MZ not a pdf")};
    QCOMPARE(adjustments().add(m_reconciler, wrongFile).error().code, ErrorCode::InvalidProof);
    // Staff who request payouts do not create obligations.
    QCOMPARE(adjustments().add(bookkeeper, noInvoice).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(snapshot(), before);

    auto recovery = add(AdjustmentClass::ManualRecovery, QStringLiteral("15.00"),
                        AdjustmentMode::Manual, true);
    QVERIFY2(recovery.ok(), why(recovery).constData());
    QVERIFY(recovery->evidenceDocumentId != 0);
    QCOMPARE(adjustments().evidenceFile(m_owner, recovery->id).value(), pdfEvidence().content);
    // Not taken by itself ...
    auto plain = request(QStringLiteral("50.00"));
    QCOMPARE(plain->deductions, usd(QStringLiteral("0.00")));
    QVERIFY(payouts().cancel(m_owner, plain->number).ok());
    // ... but when chosen, within policy: no exception.
    auto chosen = request(QStringLiteral("50.00"), {recovery->id});
    QVERIFY2(chosen.ok(), why(chosen).constData());
    QCOMPARE(chosen->state, PayoutState::Pending);
    QCOMPARE(chosen->deductions, usd(QStringLiteral("15.00")));
    QVERIFY(payouts().cancel(m_owner, chosen->number).ok());
    // A key replays the request only with the same adjustments named.
    NewPayout keyed;
    keyed.ownerId = QStringLiteral("42");
    keyed.amount = usd(QStringLiteral("50.00"));
    keyed.adjustmentIds = {recovery->id};
    keyed.idempotencyKey = QStringLiteral("req-7");
    auto first = payouts().request(m_owner, keyed);
    QVERIFY2(first.ok(), why(first).constData());
    QCOMPARE(payouts().request(m_owner, keyed).value().number, first->number);
    keyed.adjustmentIds.clear();
    QCOMPARE(payouts().request(m_owner, keyed).error().code, ErrorCode::IdempotencyConflict);
}

void TestAdjustments::badSelectionsChangeNothing()
{
    const qint64 own = add(AdjustmentClass::ManualRecovery, QStringLiteral("15.00"),
                           AdjustmentMode::Manual, true)
                           ->id;
    const qint64 others = add(AdjustmentClass::ManualRecovery, QStringLiteral("5.00"),
                              AdjustmentMode::Manual, true, QStringLiteral("77"))
                              ->id;
    const qint64 big
        = add(AdjustmentClass::InvoiceFee, QStringLiteral("60.00"), AdjustmentMode::Manual)->id;
    auto first = request(QStringLiteral("40.00"), {own});
    QVERIFY(first.ok());
    const BookSnapshot before = snapshot();
    NewPayout again;
    again.ownerId = QStringLiteral("42");
    again.amount = usd(QStringLiteral("40.00"));
    again.methodId = m_book->book().methods().list(m_owner, QStringLiteral("42")).value().last().id;
    again.adjustmentIds = {own};
    QCOMPARE(payouts().request(m_owner, again).error().code, ErrorCode::AdjustmentNotOpen);
    again.adjustmentIds = {others};
    auto foreign = payouts().request(m_owner, again);
    QCOMPARE(foreign.error().code, ErrorCode::AdjustmentNotFound);
    again.adjustmentIds = {999};
    QCOMPARE(payouts().request(m_owner, again).error().code, ErrorCode::AdjustmentNotFound);
    again.adjustmentIds = {big}; // 60 of 40: nothing would be sent
    QCOMPARE(payouts().request(m_owner, again).error().code, ErrorCode::InsufficientFunds);
    QCOMPARE(snapshot(), before);
    QCOMPARE(adjustment(big).status(), QStringLiteral("open"));
}

void TestAdjustments::anExceptionNeedsASecondPerson()
{
    const qint64 goodwill = add(AdjustmentClass::CarryForwardCredit, QStringLiteral("5.00"),
                                AdjustmentMode::Exception)
                                ->id;
    // Not taken by itself; chosen, it needs an exception approval.
    auto payout = request(QStringLiteral("50.00"), {goodwill});
    QVERIFY2(payout.ok(), why(payout).constData());
    QCOMPARE(payout->state, PayoutState::AwaitingExceptionApproval);
    const QString number = payout->number;
    const Actor bookkeeper = m_book->actorWithRole(Role::Bookkeeper, m_owner.merchantId);
    const BookSnapshot before = snapshot();
    QCOMPARE(approve(number).error().code, ErrorCode::PayoutStateConflict);
    QCOMPARE(payouts().process(m_reviewer, number).error().code, ErrorCode::PayoutStateConflict);
    // The requester (an admin, who may reconcile) never approves their own exception.
    QCOMPARE(payouts().approveException(m_owner, number).error().code,
             ErrorCode::SeparationOfDuties);
    QCOMPARE(payouts().approveException(bookkeeper, number).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(snapshot(), before);
    // The reviewer approves the exception, and so may not approve the payout too.
    auto excepted = payouts().approveException(m_reviewer, number);
    QVERIFY2(excepted.ok(), why(excepted).constData());
    QCOMPARE(excepted->state, PayoutState::Pending);
    QCOMPARE(approve(number).error().code, ErrorCode::SeparationOfDuties);
    QCOMPARE(payouts().approveException(m_reviewer, number).error().code,
             ErrorCode::PayoutStateConflict);
    const PayoutDetail detail = payouts().show(m_owner, number).value();
    QCOMPARE(detail.approvals.size(), 1);
    QCOMPARE(detail.approvals.first().kind, QStringLiteral("exception"));
    QCOMPARE(detail.timeline.last().to, PayoutState::Pending);
    // A policy change voids payout approvals, never an exception's: its approver
    // stays its approver, and still may not approve the payout.
    FeeChange fee;
    fee.instantPartsPerMillion = 20'000;
    QVERIFY(m_book->book().payees().setFees(m_owner, fee).ok());
    QVERIFY(payouts().show(m_owner, number)->approvals.first().voidedAt.isNull());
    QCOMPARE(approve(number).error().code, ErrorCode::SeparationOfDuties);
    // Setting a rule that is already so writes nothing.
    PolicyChange same;
    same.adjustmentClass = AdjustmentClass::CarryForwardCredit;
    same.mode = AdjustmentMode::Auto;
    same.program = OwnerType::Creator;
    QVERIFY(adjustments().setPolicy(m_owner, same).ok());
    const BookSnapshot once = snapshot();
    QVERIFY(adjustments().setPolicy(m_owner, same).ok());
    QCOMPARE(snapshot(), once);
    QCOMPARE(m_book->verify(), QStringList());
}

void TestAdjustments::policyComesFromTheProgramThenThePayee()
{
    // An invoice fee is manual by default; the payee's own rule makes it auto ...
    PolicyChange forPayee;
    forPayee.adjustmentClass = AdjustmentClass::InvoiceFee;
    forPayee.mode = AdjustmentMode::Auto;
    forPayee.ownerId = QStringLiteral("42");
    QVERIFY(adjustments().setPolicy(m_owner, forPayee).ok());
    auto rules = adjustments().policy(m_owner, QStringLiteral("42")).value();
    QCOMPARE(modeFor(rules, AdjustmentClass::InvoiceFee), AdjustmentMode::Auto);
    QCOMPARE(rules.at(2).source, QStringLiteral("payee"));
    // ... until the program (payee 42 is a creator) says otherwise.
    PolicyChange forProgram = forPayee;
    forProgram.ownerId.clear();
    forProgram.program = OwnerType::Creator;
    forProgram.mode = AdjustmentMode::Exception;
    QVERIFY(adjustments().setPolicy(m_owner, forProgram).ok());
    rules = adjustments().policy(m_owner, QStringLiteral("42")).value();
    QCOMPARE(modeFor(rules, AdjustmentClass::InvoiceFee), AdjustmentMode::Exception);
    QCOMPARE(rules.at(2).source, QStringLiteral("program"));
    // An auto fee against an exception policy is not taken by itself; chosen, it
    // is an exception.
    const qint64 fee
        = add(AdjustmentClass::InvoiceFee, QStringLiteral("3.00"), AdjustmentMode::Auto)->id;
    auto plain = request(QStringLiteral("20.00"));
    QCOMPARE(plain->deductions, usd(QStringLiteral("0.00")));
    QVERIFY(payouts().cancel(m_owner, plain->number).ok());
    auto chosen = request(QStringLiteral("20.00"), {fee});
    QCOMPARE(chosen->state, PayoutState::AwaitingExceptionApproval);
    // Only settings people set policy, and a manual recovery is never auto.
    QCOMPARE(adjustments().setPolicy(m_reconciler, forPayee).error().code,
             ErrorCode::PermissionDenied);
    PolicyChange autoRecovery = forPayee;
    autoRecovery.adjustmentClass = AdjustmentClass::ManualRecovery;
    QCOMPARE(adjustments().setPolicy(m_owner, autoRecovery).error().code,
             ErrorCode::InvalidArgument);
}

void TestAdjustments::aPolicyChangeVoidsApprovals()
{
    auto payout = request(QStringLiteral("20.00"));
    QVERIFY(approve(payout->number).ok());
    PolicyChange change;
    change.adjustmentClass = AdjustmentClass::CarryForwardCredit;
    change.mode = AdjustmentMode::Manual;
    change.program = OwnerType::Affiliate;
    QVERIFY(adjustments().setPolicy(m_owner, change).ok());
    const PayoutDetail detail = payouts().show(m_owner, payout->number).value();
    QCOMPARE(detail.payout.state, PayoutState::Pending);
    QVERIFY(!detail.approvals.first().voidedAt.isNull());
    QVERIFY(detail.approvals.first().voidReason.contains(QStringLiteral("adjustment policy")));
}

void TestAdjustments::aResolvedMismatchOpensACarryForward()
{
    const qint64 bankBefore = bank().current().minorUnits();
    // Overpaid by 5: the bank sent 45 of 40; the payee owes 5 back.
    Payout over = executed(QStringLiteral("40.00"), QStringLiteral("45.00"));
    QCOMPARE(over.state, PayoutState::AwaitingReconciliation);
    QCOMPARE(payouts().resolve(m_reviewer, over.number, QStringLiteral("x")).error().code,
             ErrorCode::PermissionDenied);
    const BookSnapshot before = snapshot();
    QCOMPARE(payouts().resolve(m_reconciler, over.number, QStringLiteral(" ")).error().code,
             ErrorCode::FieldRequired);
    QCOMPARE(payouts()
                 .resolve(m_reconciler, over.number, QStringLiteral("too much"),
                          usd(QStringLiteral("5.01")))
                 .error()
                 .code,
             ErrorCode::InvalidAmount);
    QCOMPARE(snapshot(), before);
    auto resolved = payouts().resolve(m_reconciler, over.number, QStringLiteral("bank error"));
    QVERIFY2(resolved.ok(), why(resolved).constData());
    QCOMPARE(resolved->state, PayoutState::Paid);
    QCOMPARE(bank().current().minorUnits(), bankBefore - 45'00);
    QCOMPARE(payeeWallet().current(), usd(QStringLiteral("460.00")));
    const QList<Adjustment> opened = payouts().show(m_owner, over.number)->adjustments;
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().adjustmentClass, AdjustmentClass::CarryForwardDeduction);
    QCOMPARE(opened.first().amount, usd(QStringLiteral("5.00")));
    QCOMPARE(opened.first().mode, AdjustmentMode::Auto);
    QCOMPARE(opened.first().sourcePayout, over.number);
    QCOMPARE(m_book->verify(), QStringList());
    // The next payout recovers it by itself.
    auto next = request(QStringLiteral("20.00"));
    QCOMPARE(next->deductions, usd(QStringLiteral("5.00")));
    QVERIFY(payouts().cancel(m_owner, next->number).ok());

    // Underpaid by 4, with only 1 owed on (3 written off): a credit of 1.
    Payout under = executed(QStringLiteral("30.00"), QStringLiteral("21.00"));
    auto underResolved = payouts().resolve(m_reconciler, under.number, QStringLiteral("fee split"),
                                           usd(QStringLiteral("1.00")));
    QVERIFY2(underResolved.ok(), why(underResolved).constData());
    const QList<Adjustment> credit = payouts().show(m_owner, under.number)->adjustments;
    // The 5 deduction was applied to this payout, and the new credit opened by it.
    QCOMPARE(credit.size(), 2);
    QCOMPARE(credit.last().adjustmentClass, AdjustmentClass::CarryForwardCredit);
    QCOMPARE(credit.last().amount, usd(QStringLiteral("1.00")));
    QCOMPARE(bank().current().minorUnits(), bankBefore - 45'00 - 21'00);
    // Zero writes the difference off: no obligation.
    Payout third = executed(QStringLiteral("10.00"), QStringLiteral("9.00"));
    QVERIFY(payouts()
                .resolve(m_reconciler, third.number, QStringLiteral("rounding"),
                         usd(QStringLiteral("0")))
                .ok());
    const QList<Adjustment> ofThird = payouts().show(m_owner, third.number)->adjustments;
    for (const Adjustment &a : ofThird)
        QVERIFY(a.sourcePayout != third.number); // only the credit of 1 it applied
}

void TestAdjustments::aReversalRecordsWhatIsOwed()
{
    Payout paid = executed(QStringLiteral("40.00"), QStringLiteral("40.00"));
    QCOMPARE(paid.state, PayoutState::Paid);
    const Wallet before = payeeWallet();
    const BookSnapshot untouched = snapshot();
    QCOMPARE(payouts()
                 .reverse(m_reviewer, paid.number, QStringLiteral("wrong account"), pdfEvidence())
                 .error()
                 .code,
             ErrorCode::PermissionDenied);
    QCOMPARE(payouts()
                 .reverse(m_reconciler, paid.number, QStringLiteral("wrong account"),
                          ProofFile {QStringLiteral("e.pdf"), {}})
                 .error()
                 .code,
             ErrorCode::InvalidProof);
    QCOMPARE(payouts().reverse(m_reconciler, paid.number, {}, pdfEvidence()).error().code,
             ErrorCode::FieldRequired);
    auto pending = request(QStringLiteral("10.00"));
    const BookSnapshot withPending = snapshot();
    QCOMPARE(payouts()
                 .reverse(m_reconciler, pending->number, QStringLiteral("x"), pdfEvidence())
                 .error()
                 .code,
             ErrorCode::PayoutStateConflict);
    QCOMPARE(snapshot(), withPending);
    QVERIFY(payouts().cancel(m_owner, pending->number).ok());
    Q_UNUSED(untouched);

    auto reversed = payouts().reverse(m_reconciler, paid.number,
                                      QStringLiteral("paid to the wrong account"), pdfEvidence());
    QVERIFY2(reversed.ok(), why(reversed).constData());
    QCOMPARE(reversed->state, PayoutState::Reversed);
    // No wallet liquidity is invented: the payee wallet is as it was ...
    QCOMPARE(payeeWallet().current(), before.current());
    QCOMPARE(payeeWallet().available(), before.available());
    // ... and the 40 sent stays owed as a credit that needs an exception to pay.
    const QList<Adjustment> owed = payouts().show(m_owner, paid.number)->adjustments;
    QCOMPARE(owed.size(), 1);
    QCOMPARE(owed.first().adjustmentClass, AdjustmentClass::CarryForwardCredit);
    QCOMPARE(owed.first().mode, AdjustmentMode::Exception);
    QCOMPARE(owed.first().amount, usd(QStringLiteral("40.00")));
    QVERIFY(owed.first().evidenceDocumentId != 0);
    QCOMPARE(payouts()
                 .reverse(m_reconciler, paid.number, QStringLiteral("again"), pdfEvidence())
                 .error()
                 .code,
             ErrorCode::PayoutStateConflict);
    // A mismatch reversed: the actual amount is posted, and what was to be sent is
    // owed.
    const qint64 bankBefore = bank().current().minorUnits();
    Payout mismatch = executed(QStringLiteral("20.00"), QStringLiteral("18.00"));
    QVERIFY(payouts()
                .reverse(m_reconciler, mismatch.number, QStringLiteral("recalled"), pdfEvidence())
                .ok());
    QCOMPARE(bank().current().minorUnits(), bankBefore - 18'00);
    QCOMPARE(payouts().show(m_owner, mismatch.number)->adjustments.first().amount,
             usd(QStringLiteral("20.00")));
    QCOMPARE(m_book->verify(), QStringList());
}

void TestAdjustments::aBankReturnReopensTheAdjustments()
{
    const qint64 deduction
        = add(AdjustmentClass::CarryForwardDeduction, QStringLiteral("10.00"), AdjustmentMode::Auto)
              ->id;
    const qint64 bankBefore = bank().current().minorUnits();
    Payout paid = executed(QStringLiteral("50.00"), QStringLiteral("40.00"));
    QCOMPARE(paid.state, PayoutState::Paid);
    auto returned = payouts().fail(m_reconciler, paid.number, QStringLiteral("R01"),
                                   QStringLiteral("account closed"));
    QVERIFY2(returned.ok(), why(returned).constData());
    QCOMPARE(bank().current().minorUnits(), bankBefore);
    QCOMPARE(payeeWallet().current(), usd(QStringLiteral("500.00")));
    QCOMPARE(adjustment(deduction).status(), QStringLiteral("open"));
    QCOMPARE(m_book->verify(), QStringList());
}

void TestAdjustments::aBankReturnWithdrawsAResolution()
{
    const qint64 bankBefore = bank().current().minorUnits();
    Payout over = executed(QStringLiteral("40.00"), QStringLiteral("45.00"));
    QVERIFY(payouts().resolve(m_reconciler, over.number, QStringLiteral("bank error")).ok());
    // A later payout carries the deduction the resolution opened: no return yet.
    auto next = request(QStringLiteral("20.00"));
    QCOMPARE(next->deductions, usd(QStringLiteral("5.00")));
    const BookSnapshot before = snapshot();
    QCOMPARE(payouts()
                 .fail(m_reconciler, over.number, QStringLiteral("R01"), QStringLiteral("closed"))
                 .error()
                 .code,
             ErrorCode::PayoutStateConflict);
    QCOMPARE(snapshot(), before);
    QVERIFY(payouts().cancel(m_owner, next->number).ok());
    // Returned: the whole payment comes back and the deduction was never owed.
    auto returned = payouts().fail(m_reconciler, over.number, QStringLiteral("R01"),
                                   QStringLiteral("account closed"));
    QVERIFY2(returned.ok(), why(returned).constData());
    QCOMPARE(bank().current().minorUnits(), bankBefore);
    QCOMPARE(payeeWallet().current(), usd(QStringLiteral("500.00")));
    QVERIFY(adjustments().list(m_owner, QStringLiteral("42"))->isEmpty());
    QCOMPARE(m_book->verify(), QStringList());
}

void TestAdjustments::aPayeeSeesOnlyTheirOwn()
{
    const qint64 own
        = add(AdjustmentClass::CarryForwardDeduction, QStringLiteral("1.00"), AdjustmentMode::Auto)
              ->id;
    const qint64 others = add(AdjustmentClass::ManualRecovery, QStringLiteral("5.00"),
                              AdjustmentMode::Manual, true, QStringLiteral("77"))
                              ->id;
    const Actor payee
        = m_book->actorWithRole(Role::Payee, m_owner.merchantId,
                                PayeeBinding {QStringLiteral("creator"), QStringLiteral("42")});
    auto listed = adjustments().list(payee, {});
    QVERIFY2(listed.ok(), why(listed).constData());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().id, own);
    QCOMPARE(adjustments().list(payee, QStringLiteral("77")).error().code,
             ErrorCode::PayeeNotFound);
    QCOMPARE(adjustments().evidenceFile(payee, others).error().code, ErrorCode::AdjustmentNotFound);
    NewAdjustment a;
    a.ownerId = QStringLiteral("42");
    a.amount = usd(QStringLiteral("1.00"));
    a.adjustmentClass = AdjustmentClass::CarryForwardCredit;
    QCOMPARE(adjustments().add(payee, a).error().code, ErrorCode::PermissionDenied);
}

void TestAdjustments::theVerifierCatchesAStrayAdjustment()
{
    const qint64 id
        = add(AdjustmentClass::CarryForwardDeduction, QStringLiteral("1.00"), AdjustmentMode::Auto)
              ->id;
    auto payout = request(QStringLiteral("20.00"));
    QVERIFY(payouts().cancel(m_owner, payout->number).ok());
    QCOMPARE(m_book->verify(), QStringList());
    // Put back on the canceled payout behind the services' back.
    QVERIFY(m_book->book()
                .database()
                .run(QStringLiteral("UPDATE payout_adjustment SET payout_id = ? WHERE id = ?"),
                     {payouts().show(m_owner, payout->number)->payout.id, id})
                .ok());
    const QStringList problems = m_book->verify();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("adjustments do not add up")),
             qPrintable(problems.first()));
    QVERIFY(m_book->book()
                .database()
                .run(QStringLiteral("UPDATE payout_adjustment SET payout_id = NULL"), {})
                .ok());
    QCOMPARE(m_book->verify(), QStringList());
    // A paid payout whose recorded attempt says the bank sent another amount than
    // its entries took from the bank.
    // (The 1.00 deduction above is open again and comes with it: 29.00 expected.)
    Payout paid = executed(QStringLiteral("30.00"), QStringLiteral("28.00"));
    QCOMPARE(paid.state, PayoutState::AwaitingReconciliation);
    QVERIFY(payouts().resolve(m_reconciler, paid.number, QStringLiteral("fee")).ok());
    QCOMPARE(m_book->verify(), QStringList());
    QVERIFY(
        m_book->book()
            .database()
            .run(QStringLiteral("UPDATE payout_attempt SET actual_minor = actual_minor + 1"), {})
            .ok());
    const QStringList sent = m_book->verify();
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first().contains(QStringLiteral("entries do not move")),
             qPrintable(sent.first()));
    QVERIFY(
        m_book->book()
            .database()
            .run(QStringLiteral("UPDATE payout_attempt SET actual_minor = actual_minor - 1"), {})
            .ok());
}

QTEST_GUILESS_MAIN(TestAdjustments)
#include "tst_adjustments.moc"
