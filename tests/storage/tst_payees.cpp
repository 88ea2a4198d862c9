#include "testbook.h"

#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

// A failed result's error, for a failing check's message; evaluated either way.
template<typename T> QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

} // namespace

// Payee wallets, credits and platform fees on a real book (SQLite, or PostgreSQL
// as tst_payees_pg): the liability sign, fees taken before the credit, pending
// credits, idempotency, tenancy and bad input that changes nothing.
class TestPayees : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void getOrCreateIsIdempotent();
    void getOrCreateRefusesBadOwners();
    void aCreditOwesTheNetAndPostsTheFee();
    void feeRulesRoundHalfUpPerCurrency();
    void aTypeRuleOverridesTheGeneralRule();
    void aLaterCreditIsPendingUntilItsDay();
    void anIdempotencyKeyReplaysTheFirstCredit();
    void badCreditsChangeNothing();
    void aPayeeSeesOnlyTheirOwnWallet();
    void theLedgerLeavesPayeeWalletsAlone();
    void feeSettingsNeedAnAdminAndBumpThePolicy();
    void theVerifierChecksPayeeWallets();
    void aVersion6BookMigratesWithItsWallets();

private:
    PayeeService &payees() { return m_book->book().payees(); }
    Wallet open(const QString &ownerId, const QString &code = QStringLiteral("USD"))
    {
        return payees()
            .getOrCreate(m_actor, OwnerType::Creator, ownerId, currency(code))
            .value()
            .wallet;
    }
    Result<Credit> credit(const QString &ownerId, const QString &gross, const QString &code,
                          CreditType type = CreditType::Earning, const QString &key = {})
    {
        NewCredit request;
        request.ownerId = ownerId;
        request.type = type;
        request.gross = money(gross, code);
        request.idempotencyKey = key;
        return payees().credit(m_actor, request);
    }
    PayeeBalance balance(const QString &ownerId, int index = 0)
    {
        return payees().show(m_actor, ownerId).value().balances.value(index);
    }
    void setFee(std::optional<CreditType> type, const QString &percent,
                std::optional<Money> fixed = std::nullopt)
    {
        FeeChange change;
        change.creditType = type;
        change.partsPerMillion = parsePercent(QStringLiteral("percent"), percent).value();
        change.fixed = fixed;
        QVERIFY(payees().setFees(m_actor, change).ok());
    }
    BookSnapshot snapshot() { return BookSnapshot::take(m_book->book().database()); }

    std::unique_ptr<TestBook> m_book;
    Actor m_actor; // the tester: admin and owner
};

void TestPayees::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant(QStringLiteral("Creator Hub"), QStringLiteral("USD"));
}

void TestPayees::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestPayees::getOrCreateIsIdempotent()
{
    auto first = payees().getOrCreate(m_actor, OwnerType::Creator, QStringLiteral(" 42 "),
                                      currency(QStringLiteral("USD")));
    QVERIFY2(first.ok(), why(first).constData());
    QVERIFY(first->created);
    QCOMPARE(first->payee.ownerId, QStringLiteral("42"));
    QCOMPARE(first->wallet.type, WalletType::Payee);
    QCOMPARE(first->wallet.payeeId, first->payee.id);
    QCOMPARE(first->wallet.current(), money(QStringLiteral("0"), QStringLiteral("USD")));
    auto again = payees().getOrCreate(m_actor, OwnerType::Creator, QStringLiteral("42"),
                                      currency(QStringLiteral("USD")));
    QVERIFY(again.ok());
    QVERIFY(!again->created);
    QCOMPARE(again->wallet.id, first->wallet.id);
    // Another currency is another wallet of the same payee.
    auto euros = payees().getOrCreate(m_actor, OwnerType::Creator, QStringLiteral("42"),
                                      currency(QStringLiteral("EUR")));
    QVERIFY(euros->created);
    QCOMPARE(euros->payee.id, first->payee.id);
    QVERIFY(euros->wallet.id != first->wallet.id);
    // Payee wallets are not among the merchant's wallets.
    const QList<Wallet> merchantWallets = m_book->book().wallets().list(m_actor).value();
    QCOMPARE(merchantWallets.size(), 1);
    QCOMPARE(merchantWallets.first().type, WalletType::Cash);
    // The owner id is one payee: the same id as a vendor is refused, nothing written.
    const BookSnapshot before = snapshot();
    auto vendor = payees().getOrCreate(m_actor, OwnerType::Vendor, QStringLiteral("42"),
                                       currency(QStringLiteral("USD")));
    QCOMPARE(vendor.error().code, ErrorCode::PayeeTypeMismatch);
    QVERIFY(vendor.error().detail.contains(QStringLiteral("creator")));
    QCOMPARE(snapshot(), before);
    // Each new payee and wallet has its audit record.
    AuditFilter filter;
    filter.action = QStringLiteral("payee.");
    QCOMPARE(m_book->book().audit().list(m_actor, filter)->size(), 1);
}

void TestPayees::getOrCreateRefusesBadOwners()
{
    const BookSnapshot before = snapshot();
    const Currency usd = currency(QStringLiteral("USD"));
    const QList<std::pair<QString, ErrorCode>> cases {
        {QString(), ErrorCode::FieldRequired},
        {QStringLiteral("   "), ErrorCode::FieldRequired},
        {QString(65, QLatin1Char('x')), ErrorCode::FieldTooLong},
        {QStringLiteral("a\tb"), ErrorCode::InvalidText},
        {QStringLiteral("a\nb"), ErrorCode::InvalidText},
    };
    for (const auto &[ownerId, code] : cases) {
        auto opened = payees().getOrCreate(m_actor, OwnerType::Creator, ownerId, usd);
        QVERIFY2(!opened.ok(), qPrintable(ownerId));
        QCOMPARE(opened.error().code, code);
        QVERIFY(opened.error().detail.startsWith(QStringLiteral("owner-id:")));
    }
    QCOMPARE(payees()
                 .getOrCreate(m_actor, OwnerType::Creator, QStringLiteral("1"), Currency())
                 .error()
                 .code,
             ErrorCode::UnknownCurrency);
    // SQL in an id is only text.
    QVERIFY(payees()
                .getOrCreate(m_actor, OwnerType::Affiliate,
                             QStringLiteral("x'); DROP TABLE payee;--"), usd)
                .ok());
    QCOMPARE(snapshot().counts.value(QStringLiteral("payee")),
             before.counts.value(QStringLiteral("payee")) + 1);
    // Staff who only read may not open wallets.
    const Actor auditor = m_book->actorWithRole(Role::Auditor, m_actor.merchantId);
    QCOMPARE(
        payees().getOrCreate(auditor, OwnerType::Creator, QStringLiteral("9"), usd).error().code,
        ErrorCode::PermissionDenied);
}

void TestPayees::aCreditOwesTheNetAndPostsTheFee()
{
    setFee(std::nullopt, QStringLiteral("10"),
           money(QStringLiteral("0.30"), QStringLiteral("USD")));
    const Wallet wallet = open(QStringLiteral("42"));
    auto recorded = credit(QStringLiteral("42"), QStringLiteral("100.00"), QStringLiteral("USD"));
    QVERIFY2(recorded.ok(), why(recorded).constData());
    QCOMPARE(recorded->split.fee, money(QStringLiteral("10.30"), QStringLiteral("USD")));
    QCOMPARE(recorded->split.net, money(QStringLiteral("89.70"), QStringLiteral("USD")));
    QVERIFY(!recorded->pending);
    const PayeeBalance b = balance(QStringLiteral("42"));
    QCOMPARE(b.wallet.id, wallet.id);
    QCOMPARE(b.available, money(QStringLiteral("89.70"), QStringLiteral("USD")));
    QCOMPARE(b.pending, money(QStringLiteral("0"), QStringLiteral("USD")));
    QCOMPARE(b.held, money(QStringLiteral("0"), QStringLiteral("USD")));
    // The payee wallet is a liability: its postings are the balance negated, and the
    // categories carry the expense and the fee income.
    LedgerService &ledger = m_book->book().ledger();
    const Transaction owed = ledger.get(m_actor, recorded->entryId).value();
    QCOMPARE(owed.type, TransactionType::Expense);
    QCOMPARE(owed.amount, money(QStringLiteral("100.00"), QStringLiteral("USD")));
    QCOMPARE(owed.categoryId,
             m_book->book().categories().byCode(QStringLiteral("PAYEE_EARNINGS"))->id);
    const Transaction fee = ledger.get(m_actor, recorded->feeEntryId).value();
    QCOMPARE(fee.type, TransactionType::Income);
    QCOMPARE(fee.amount, money(QStringLiteral("10.30"), QStringLiteral("USD")));
    QCOMPARE(fee.categoryId,
             m_book->book().categories().byCode(QStringLiteral("PLATFORM_FEES"))->id);
    QCOMPARE(fee.referenceId, owed.referenceId);
    // The payee's history: the earning, then the fee, with balances after each.
    const PayeeStatement statement = payees().show(m_actor, QStringLiteral("42")).value();
    QCOMPARE(statement.history.size(), 2);
    QCOMPARE(statement.history.at(0).kind, QStringLiteral("platform_fee"));
    QCOMPARE(statement.history.at(0).change,
             money(QStringLiteral("-10.30"), QStringLiteral("USD")));
    QCOMPARE(*statement.history.at(0).balanceAfter,
             money(QStringLiteral("89.70"), QStringLiteral("USD")));
    QCOMPARE(statement.history.at(1).kind, QStringLiteral("earning"));
    QCOMPARE(statement.history.at(1).change,
             money(QStringLiteral("100.00"), QStringLiteral("USD")));
    QCOMPARE(*statement.history.at(1).balanceAfter,
             money(QStringLiteral("100.00"), QStringLiteral("USD")));
    // The merchant's category report keeps the earnings expense and the fee income.
    QCOMPARE(m_book->verify(), QStringList());
}

void TestPayees::feeRulesRoundHalfUpPerCurrency()
{
    struct Case
    {
        QString percent;
        QString gross;
        QString code;
        QString fee;
    };
    // Half-up at the currency's minor unit: 5% of 0.10 is 0.005 -> 0.01; 2.5% of
    // 0.10 is 0.0025 -> 0.00; JPY has no minor unit, KWD three.
    const QList<Case> cases {
        {QStringLiteral("5"), QStringLiteral("0.10"), QStringLiteral("USD"),
         QStringLiteral("0.01")},
        {QStringLiteral("2.5"), QStringLiteral("0.10"), QStringLiteral("USD"),
         QStringLiteral("0.00")},
        {QStringLiteral("2.9"), QStringLiteral("10.01"), QStringLiteral("USD"),
         QStringLiteral("0.29")},
        {QStringLiteral("1.5"), QStringLiteral("333"), QStringLiteral("JPY"), QStringLiteral("5")},
        {QStringLiteral("1.5"), QStringLiteral("1.001"), QStringLiteral("KWD"),
         QStringLiteral("0.015")},
        {QStringLiteral("0.0001"), QStringLiteral("5000"), QStringLiteral("USD"),
         QStringLiteral("0.01")},
    };
    int n = 0;
    for (const Case &c : cases) {
        setFee(std::nullopt, c.percent);
        const QString owner = QStringLiteral("r%1").arg(++n);
        open(owner, c.code);
        auto recorded = credit(owner, c.gross, c.code);
        QVERIFY2(recorded.ok(), why(recorded).constData());
        QCOMPARE(recorded->split.fee, money(c.fee, c.code));
        QCOMPARE(recorded->feeEntryId != 0, recorded->split.fee.isPositive());
        QCOMPARE(balance(owner).available,
                 money(c.gross, c.code).minus(money(c.fee, c.code)).value());
    }
}

void TestPayees::aTypeRuleOverridesTheGeneralRule()
{
    setFee(std::nullopt, QStringLiteral("20"),
           money(QStringLiteral("1.00"), QStringLiteral("USD")));
    setFee(CreditType::Tip, QStringLiteral("0"));
    open(QStringLiteral("42"));
    open(QStringLiteral("42"), QStringLiteral("EUR"));
    QCOMPARE(credit(QStringLiteral("42"), QStringLiteral("10.00"), QStringLiteral("USD"),
                    CreditType::Tip)
                 ->split.fee,
             money(QStringLiteral("0"), QStringLiteral("USD")));
    QCOMPARE(credit(QStringLiteral("42"), QStringLiteral("10.00"), QStringLiteral("USD"),
                    CreditType::Bonus)
                 ->split.fee,
             money(QStringLiteral("3.00"), QStringLiteral("USD")));
    // The fixed part is in USD: a EUR credit pays only the share.
    QCOMPARE(credit(QStringLiteral("42"), QStringLiteral("10.00"), QStringLiteral("EUR"),
                    CreditType::Bonus)
                 ->split.fee,
             money(QStringLiteral("2.00"), QStringLiteral("EUR")));
    // A fee that leaves nothing to credit is refused.
    const BookSnapshot before = snapshot();
    auto nothing = credit(QStringLiteral("42"), QStringLiteral("1.25"), QStringLiteral("USD"),
                          CreditType::Bonus);
    QCOMPARE(nothing.error().code, ErrorCode::AmountMustBePositive);
    QCOMPARE(snapshot(), before);
}

void TestPayees::aLaterCreditIsPendingUntilItsDay()
{
    const QDate day(2026, 11, 21);
    payees().setToday(day);
    setFee(std::nullopt, QStringLiteral("10"));
    open(QStringLiteral("42"));
    NewCredit request;
    request.ownerId = QStringLiteral("42");
    request.gross = money(QStringLiteral("50.00"), QStringLiteral("USD"));
    request.availableOn = day.addDays(3);
    auto later = payees().credit(m_actor, request);
    QVERIFY2(later.ok(), why(later).constData());
    QVERIFY(later->pending);
    QCOMPARE(later->availableOn, day.addDays(3));
    PayeeBalance b = balance(QStringLiteral("42"));
    QCOMPARE(b.available, money(QStringLiteral("0"), QStringLiteral("USD")));
    QCOMPARE(b.pending, money(QStringLiteral("45.00"), QStringLiteral("USD")));
    const PayeeStatement statement = payees().show(m_actor, QStringLiteral("42")).value();
    QVERIFY(statement.history.first().pending);
    QCOMPARE(statement.history.first().availableOn, day.addDays(3));
    QVERIFY(!statement.history.first().balanceAfter);

    // The day before, still pending; on the day, a read counts it as available.
    payees().setToday(day.addDays(2));
    QCOMPARE(balance(QStringLiteral("42")).available,
             money(QStringLiteral("0"), QStringLiteral("USD")));
    payees().setToday(day.addDays(3));
    b = balance(QStringLiteral("42"));
    QCOMPARE(b.available, money(QStringLiteral("45.00"), QStringLiteral("USD")));
    QCOMPARE(b.pending, money(QStringLiteral("0"), QStringLiteral("USD")));
    QCOMPARE(b.wallet.pendingMinor, 4500); // not written by a read
    // The next write settles it: both entries complete, the buckets are stored.
    QVERIFY(credit(QStringLiteral("42"), QStringLiteral("10.00"), QStringLiteral("USD")).ok());
    b = balance(QStringLiteral("42"));
    QCOMPARE(b.wallet.pendingMinor, 0);
    QCOMPARE(b.wallet.currentMinor, 5400);
    QCOMPARE(b.available, money(QStringLiteral("54.00"), QStringLiteral("USD")));
    const Transaction settled = m_book->book().ledger().get(m_actor, later->entryId).value();
    QCOMPARE(settled.status, TransactionStatus::Completed);
    QCOMPARE(m_book->book().ledger().get(m_actor, later->feeEntryId)->status,
             TransactionStatus::Completed);
}

void TestPayees::anIdempotencyKeyReplaysTheFirstCredit()
{
    setFee(std::nullopt, QStringLiteral("10"));
    open(QStringLiteral("42"));
    auto first = credit(QStringLiteral("42"), QStringLiteral("20.00"), QStringLiteral("USD"),
                        CreditType::Commission, QStringLiteral("order-7"));
    QVERIFY(first.ok());
    QVERIFY(first->created);
    const BookSnapshot before = snapshot();
    auto replay = credit(QStringLiteral("42"), QStringLiteral("20.00"), QStringLiteral("USD"),
                         CreditType::Commission, QStringLiteral("order-7"));
    QVERIFY2(replay.ok(), why(replay).constData());
    QVERIFY(!replay->created);
    QCOMPARE(replay->entryId, first->entryId);
    QCOMPARE(replay->feeEntryId, first->feeEntryId);
    QCOMPARE(replay->split.net, first->split.net);
    QCOMPARE(snapshot(), before);
    // The same key with other content is an error, and writes nothing.
    for (const auto &[gross, type] : {std::pair(QStringLiteral("21.00"), CreditType::Commission),
                                      std::pair(QStringLiteral("20.00"), CreditType::Bonus)}) {
        auto conflict = credit(QStringLiteral("42"), gross, QStringLiteral("USD"), type,
                               QStringLiteral("order-7"));
        QCOMPARE(conflict.error().code, ErrorCode::IdempotencyConflict);
        QVERIFY(conflict.error().detail.startsWith(QStringLiteral("idempotency-key:")));
    }
    QCOMPARE(snapshot(), before);
    QCOMPARE(balance(QStringLiteral("42")).available,
             money(QStringLiteral("18.00"), QStringLiteral("USD")));
}

void TestPayees::badCreditsChangeNothing()
{
    open(QStringLiteral("42"));
    open(QStringLiteral("7"));
    open(QStringLiteral("7"), QStringLiteral("EUR"));
    const BookSnapshot before = snapshot();
    auto expect = [&](const NewCredit &request, ErrorCode code, const QString &field) {
        auto result = payees().credit(m_actor, request);
        QVERIFY2(!result.ok(), qPrintable(request.ownerId));
        QCOMPARE(result.error().code, code);
        QVERIFY2(result.error().detail.startsWith(field + QLatin1Char(':')),
                 qPrintable(result.error().detail));
        QCOMPARE(snapshot(), before);
    };
    NewCredit good;
    good.ownerId = QStringLiteral("42");
    good.gross = money(QStringLiteral("10.00"), QStringLiteral("USD"));
    NewCredit r = good;
    r.gross = money(QStringLiteral("0"), QStringLiteral("USD"));
    expect(r, ErrorCode::AmountMustBePositive, QStringLiteral("amount"));
    r.gross = money(QStringLiteral("-1.00"), QStringLiteral("USD"));
    expect(r, ErrorCode::AmountMustBePositive, QStringLiteral("amount"));
    r = good;
    r.gross = money(QStringLiteral("10.00"), QStringLiteral("EUR"));
    expect(r, ErrorCode::CurrencyMismatch, QStringLiteral("currency"));
    r = good;
    r.ownerId = QStringLiteral("nobody");
    expect(r, ErrorCode::PayeeNotFound, QStringLiteral("owner-id"));
    r = good;
    r.ownerId = QStringLiteral("7");
    r.gross = Money();
    expect(r, ErrorCode::CurrencyRequired, QStringLiteral("currency"));
    r = good;
    r.availableOn = QDate::currentDate().addYears(6);
    expect(r, ErrorCode::InvalidDate, QStringLiteral("available-on"));
    r = good;
    r.idempotencyKey = QString(101, QLatin1Char('k'));
    expect(r, ErrorCode::FieldTooLong, QStringLiteral("idempotency-key"));
    r = good;
    r.idempotencyKey = QStringLiteral("a\u0007b");
    expect(r, ErrorCode::InvalidText, QStringLiteral("idempotency-key"));
    r = good;
    r.note = QStringLiteral("bell \u0007");
    expect(r, ErrorCode::InvalidText, QStringLiteral("note"));
    // Quotes and SQL in a note are kept as text.
    r = good;
    r.note = QStringLiteral("Robert'); DROP TABLE ledger_transaction;--");
    auto stored = payees().credit(m_actor, r);
    QVERIFY(stored.ok());
    QCOMPARE(m_book->book().ledger().get(m_actor, stored->entryId)->note, r.note);
}

void TestPayees::aPayeeSeesOnlyTheirOwnWallet()
{
    open(QStringLiteral("42"));
    open(QStringLiteral("43"));
    QVERIFY(credit(QStringLiteral("43"), QStringLiteral("5.00"), QStringLiteral("USD")).ok());
    const Actor payee
        = m_book->actorWithRole(Role::Payee, m_actor.merchantId,
                                PayeeBinding {QStringLiteral("creator"), QStringLiteral("42")});
    auto own = payees().show(payee, QStringLiteral("42"));
    QVERIFY2(own.ok(), why(own).constData());
    QCOMPARE(own->balances.size(), 1);
    // Another payee's wallet does not exist for them: the same error as a missing one.
    auto other = payees().show(payee, QStringLiteral("43"));
    QCOMPARE(other.error().code, ErrorCode::PayeeNotFound);
    QString missing = payees().show(payee, QStringLiteral("44")).error().detail;
    QCOMPARE(other.error().detail, missing.replace(QStringLiteral("44"), QStringLiteral("43")));
    QCOMPARE(payees().walletOf(payee, QStringLiteral("43"), Currency()).error().code,
             ErrorCode::PayeeNotFound);
    const QList<Payee> listed = payees().list(payee).value();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().ownerId, QStringLiteral("42"));
    QCOMPARE(payees().list(m_actor)->size(), 2);
    // A payee credits nobody, themselves included; the merchant's wallets stay hidden.
    NewCredit request;
    request.ownerId = QStringLiteral("42");
    request.gross = money(QStringLiteral("1.00"), QStringLiteral("USD"));
    QCOMPARE(payees().credit(payee, request).error().code, ErrorCode::PermissionDenied);
    QVERIFY(m_book->book().wallets().list(payee)->isEmpty());
    // A bookkeeper credits; an auditor reads.
    const Actor bookkeeper = m_book->actorWithRole(Role::Bookkeeper, m_actor.merchantId);
    QVERIFY(payees().credit(bookkeeper, request).ok());
    const Actor auditor = m_book->actorWithRole(Role::Auditor, m_actor.merchantId);
    QCOMPARE(payees().show(auditor, QStringLiteral("42"))->balances.first().available,
             money(QStringLiteral("1.00"), QStringLiteral("USD")));
    QCOMPARE(payees().credit(auditor, request).error().code, ErrorCode::PermissionDenied);
}

void TestPayees::theLedgerLeavesPayeeWalletsAlone()
{
    const Wallet wallet = open(QStringLiteral("42"));
    auto recorded = credit(QStringLiteral("42"), QStringLiteral("30.00"), QStringLiteral("USD"));
    QVERIFY(recorded.ok());
    const BookSnapshot before = snapshot();
    LedgerService &ledger = m_book->book().ledger();
    // Cancelling or correcting a credit through the ledger is refused: a mistake is
    // put right by an adjustment, never by rewriting what the payee was owed.
    auto cancelled = ledger.cancel(m_actor, recorded->entryId);
    QCOMPARE(cancelled.error().code, ErrorCode::TransactionNotCancellable);
    QVERIFY(cancelled.error().detail.contains(QStringLiteral("payee")));
    NewTransaction entry;
    entry.type = TransactionType::Income;
    entry.walletId = wallet.id;
    entry.amount = money(QStringLiteral("1.00"), QStringLiteral("USD"));
    QCOMPARE(ledger.record(m_actor, entry).error().code, ErrorCode::WalletNotFound);
    QCOMPARE(ledger.correct(m_actor, recorded->entryId, entry).error().code,
             ErrorCode::TransactionNotCancellable);
    // A payee wallet is not added by hand.
    NewWallet manual;
    manual.name = QStringLiteral("Sneaky");
    manual.type = WalletType::Payee;
    QCOMPARE(m_book->book().wallets().add(m_actor, manual).error().code,
             ErrorCode::InvalidArgument);
    QCOMPARE(m_book->book().wallets().byId(m_actor, wallet.id).error().code,
             ErrorCode::WalletNotFound);
    QCOMPARE(snapshot(), before);
}

void TestPayees::feeSettingsNeedAnAdminAndBumpThePolicy()
{
    const FeeSettings start = payees().fees(m_actor).value();
    QVERIFY(start.rules.isEmpty());
    QCOMPARE(start.instantPartsPerMillion, 15'000);
    QCOMPARE(start.policyVersion, 1);
    const Actor owner = m_book->actorWithRole(Role::Owner, m_actor.merchantId);
    FeeChange change;
    change.partsPerMillion = 25'000;
    const BookSnapshot before = snapshot();
    QCOMPARE(payees().setFees(owner, change).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(snapshot(), before);
    auto set = payees().setFees(m_actor, change);
    QVERIFY(set.ok());
    QCOMPARE(set->policyVersion, 2);
    QCOMPARE(set->rules.size(), 1);
    QCOMPARE(set->rules.first().partsPerMillion, 25'000);
    // The same again changes nothing and writes nothing.
    const BookSnapshot same = snapshot();
    QCOMPARE(payees().setFees(m_actor, change)->policyVersion, 2);
    QCOMPARE(snapshot(), same);
    // A fixed part joins the rule; zero removes it; the instant fee is the merchant's.
    change = {};
    change.fixed = money(QStringLiteral("0.30"), QStringLiteral("USD"));
    QCOMPARE(payees().setFees(m_actor, change)->rules.first().fixed,
             money(QStringLiteral("0.30"), QStringLiteral("USD")));
    change.fixed = money(QStringLiteral("0"), QStringLiteral("USD"));
    QVERIFY(!payees().setFees(m_actor, change)->rules.first().fixed);
    change = {};
    change.instantPartsPerMillion = 20'000;
    QCOMPARE(payees().setFees(m_actor, change)->instantPartsPerMillion, 20'000);
    change.creditType = CreditType::Tip;
    QCOMPARE(payees().setFees(m_actor, change).error().code, ErrorCode::InvalidArgument);
    // Bad input, nothing written.
    const BookSnapshot later = snapshot();
    QCOMPARE(payees().setFees(m_actor, FeeChange {}).error().code, ErrorCode::InvalidArgument);
    change = {};
    change.partsPerMillion = 1'000'001;
    QCOMPARE(payees().setFees(m_actor, change).error().code, ErrorCode::InvalidAmount);
    change = {};
    change.fixed = money(QStringLiteral("-0.01"), QStringLiteral("USD"));
    QCOMPARE(payees().setFees(m_actor, change).error().code, ErrorCode::AmountMustBePositive);
    QCOMPARE(snapshot(), later);
    QCOMPARE(parsePercent(QStringLiteral("percent"), QStringLiteral("100.0001")).error().code,
             ErrorCode::InvalidAmount);
    QCOMPARE(parsePercent(QStringLiteral("percent"), QStringLiteral("1.23456")).error().code,
             ErrorCode::InvalidAmount);
    // Each change is in the audit trail with before and after.
    AuditFilter filter;
    filter.action = QStringLiteral("fee.set");
    QCOMPARE(m_book->book().audit().list(m_actor, filter)->size(), 4);
    // A payee may read the fees they will pay.
    const Actor payee
        = m_book->actorWithRole(Role::Payee, m_actor.merchantId,
                                PayeeBinding {QStringLiteral("creator"), QStringLiteral("1")});
    QVERIFY(payees().fees(payee).ok());
}

void TestPayees::theVerifierChecksPayeeWallets()
{
    const Wallet wallet = open(QStringLiteral("42"));
    QVERIFY(credit(QStringLiteral("42"), QStringLiteral("30.00"), QStringLiteral("USD")).ok());
    QCOMPARE(m_book->verify(), QStringList());
    Database &db = m_book->book().database();
    // Drift: the stored balance no longer equals the postings negated.
    QVERIFY(db.run(QStringLiteral("UPDATE wallet SET current_balance_minor = 2999 WHERE id = ?"),
                   {wallet.id})
                .ok());
    QStringList problems = m_book->verify();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("stored current 2999")),
             qPrintable(problems.first()));
    QVERIFY(problems.first().contains(QStringLiteral("current 3000")));
    // Holding more than is owed breaks invariant 3.
    QVERIFY(db.run(QStringLiteral("UPDATE wallet SET current_balance_minor = 3000, "
                                  "held_balance_minor = 3001 WHERE id = ?"),
                   {wallet.id})
                .ok());
    problems = m_book->verify();
    QVERIFY2(
        problems.join(QLatin1Char('\n')).contains(QStringLiteral("available would be below zero")),
        qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(
        db.run(QStringLiteral("UPDATE wallet SET held_balance_minor = 0 WHERE id = ?"), {wallet.id})
            .ok());
    QCOMPARE(m_book->verify(), QStringList());
}

void TestPayees::aVersion6BookMigratesWithItsWallets()
{
    m_book = TestBook::createAtVersion(6);
    QVERIFY(m_book);
    Database &old = m_book->oldDatabase();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto insert = [&](const QString &sql, const QVariantList &values) {
        auto id = old.insert(sql, values);
        if (!id)
            qFatal("%s", why(id).constData());
        return *id;
    };
    auto run = [&](const QString &sql, const QVariantList &values) {
        auto done = old.run(sql, values);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().toString()));
    };
    const qint64 merchant
        = insert(QStringLiteral("INSERT INTO merchant (name, default_currency, created_at) VALUES "
                                "('Old Shop', 'USD', ?)"),
                 {now});
    const qint64 wallet
        = insert(QStringLiteral("INSERT INTO wallet (merchant_id, type, name, currency, "
                                "initial_balance_minor, current_balance_minor, is_default, "
                                "created_at, modified_at) VALUES (?, 'BANK', 'Main', 'USD', 1000, "
                                "1500, ?, ?, ?)"),
                 {merchant, true, now, now});
    const qint64 entry = insert(
        QStringLiteral("INSERT INTO ledger_transaction (merchant_id, type, status, amount_minor, "
                       "currency, transaction_date, period_month, wallet_id, category_id, "
                       "created_at, modified_at) VALUES (?, 'INCOME', 'COMPLETED', 500, 'USD', "
                       "'2026-01-05', 202601, ?, 2, ?, ?)"),
        {merchant, wallet, now, now});
    run(QStringLiteral("INSERT INTO posting (transaction_id, line_no, wallet_id, category_id, "
                       "currency, amount_minor, transaction_date) VALUES (?, 1, ?, NULL, 'USD', "
                       "500, '2026-01-05'), (?, 2, NULL, 2, 'USD', -500, '2026-01-05')"),
        {entry, wallet, entry});
    run(QStringLiteral("INSERT INTO period_total (wallet_id, category_id, period_month, "
                       "amount_minor, entry_count) VALUES (?, 2, 202601, 500, 1)"),
        {wallet});
    QVERIFY(m_book->upgrade());
    QCOMPARE(m_book->verify(), QStringList());
    auto wallets = WalletRepository(m_book->book().database()).all();
    QVERIFY(wallets.ok());
    QCOMPARE(wallets->size(), 1);
    QCOMPARE(wallets->first().name, QStringLiteral("Main"));
    QCOMPARE(wallets->first().type, WalletType::Bank);
    QCOMPARE(wallets->first().currentMinor, 1500);
    QCOMPARE(wallets->first().payeeId, 0);
    // References to the rebuilt table still hold, and are still enforced.
    auto orphan = m_book->book().database().run(
        QStringLiteral("INSERT INTO posting (transaction_id, line_no, wallet_id, currency, "
                       "amount_minor, transaction_date) VALUES (?, 3, 999, 'USD', 0, "
                       "'2026-01-05')"),
        {entry});
    QVERIFY(!orphan.ok());
    // A payee wallet opens in the migrated book beside the old one of the same name.
    const Actor admin = m_book->createMerchant(QStringLiteral("New Shop"), QStringLiteral("USD"));
    QVERIFY(m_book->book()
                .payees()
                .getOrCreate(admin, OwnerType::Vendor, QStringLiteral("Main"),
                             currency(QStringLiteral("USD")))
                .ok());
}

QTEST_GUILESS_MAIN(TestPayees)
#include "tst_payees.moc"
