#include "testbook.h"

#include <QTest>

using namespace coffer;
using namespace coffer::test;

// Payout methods on a real book (SQLite, or PostgreSQL as tst_methods_pg): one
// default per payee, removal keeps the row, details kept only as checked, and a
// payee user manages only their own.
class TestMethods : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theFirstMethodIsTheDefault();
    void removingKeepsTheMethodInactive();
    void aCardKeepsOnlyItsLastFour();
    void badDetailsChangeNothing();
    void theCurrencyFollowsTheWallet();
    void aPayeeManagesOnlyTheirOwnMethods();

private:
    MethodService &methods() { return m_book->book().methods(); }
    Result<PayoutMethod> add(const Actor &actor, MethodKind kind, const QString &details,
                             bool makeDefault = false, const QString &owner = QStringLiteral("42"))
    {
        NewPayoutMethod request;
        request.ownerId = owner;
        request.kind = kind;
        request.details = details;
        request.makeDefault = makeDefault;
        return methods().add(actor, request);
    }
    BookSnapshot snapshot() { return BookSnapshot::take(m_book->book().database()); }
    qint64 count(const QString &table)
    {
        auto q = m_book->book().database().run(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    std::unique_ptr<TestBook> m_book;
    Actor m_actor;
};

void TestMethods::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant(QStringLiteral("Creator Hub"), QStringLiteral("USD"));
    for (const char *owner : {"42", "43"})
        QVERIFY(m_book->book()
                    .payees()
                    .getOrCreate(m_actor, OwnerType::Creator, QString::fromLatin1(owner),
                                 currency(QStringLiteral("USD")))
                    .ok());
}

void TestMethods::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestMethods::theFirstMethodIsTheDefault()
{
    auto bank = add(m_actor, MethodKind::Bank, QStringLiteral("GB82 WEST 1234 5698 7654 32"));
    QVERIFY(bank.ok());
    QVERIFY(bank->isDefault);
    QCOMPARE(bank->masked, QStringLiteral("IBAN GB ••••5432"));
    QCOMPARE(bank->currency, currency(QStringLiteral("USD")));
    auto paypal = add(m_actor, MethodKind::PayPal, QStringLiteral("lan@example.com"));
    QVERIFY(!paypal->isDefault);
    auto venmo = add(m_actor, MethodKind::Venmo, QStringLiteral("@lan-nguyen"), true);
    QVERIFY(venmo->isDefault);
    QList<PayoutMethod> all = methods().list(m_actor, QStringLiteral("42")).value();
    QCOMPARE(
        std::count_if(all.cbegin(), all.cend(), [](const PayoutMethod &m) { return m.isDefault; }),
        1);
    QVERIFY(methods().setDefault(m_actor, paypal->id).ok());
    QVERIFY(!methods().get(m_actor, venmo->id)->isDefault);
    QVERIFY(methods().get(m_actor, paypal->id)->isDefault);
    // Setting the default again writes nothing; the same details twice are refused.
    const BookSnapshot before = snapshot();
    const qint64 records = count(QStringLiteral("audit_record"));
    QVERIFY(methods().setDefault(m_actor, paypal->id).ok());
    QCOMPARE(count(QStringLiteral("audit_record")), records);
    auto twice = add(m_actor, MethodKind::PayPal, QStringLiteral("lan@EXAMPLE.com"));
    QCOMPARE(twice.error().code, ErrorCode::PayoutMethodExists);
    QCOMPARE(snapshot(), before);
    // Another payee's first method is their own default.
    QVERIFY(add(m_actor, MethodKind::CashApp, QStringLiteral("$Lan"), false, QStringLiteral("43"))
                ->isDefault);
    AuditFilter filter;
    filter.action = QStringLiteral("method.");
    QCOMPARE(m_book->book().audit().list(m_actor, filter)->size(), 5);
}

void TestMethods::removingKeepsTheMethodInactive()
{
    auto bank = add(m_actor, MethodKind::Bank, QStringLiteral("0123456789"));
    auto removed = methods().remove(m_actor, bank->id);
    QVERIFY(removed.ok());
    QVERIFY(!removed->active);
    QVERIFY(!removed->isDefault);
    QCOMPARE(count(QStringLiteral("payout_method")), 1);
    QCOMPARE(methods().remove(m_actor, bank->id).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(methods().setDefault(m_actor, bank->id).error().code, ErrorCode::InvalidArgument);
    // The same details may be saved again once removed, as a new method.
    auto again = add(m_actor, MethodKind::Bank, QStringLiteral("0123456789"));
    QVERIFY(again.ok());
    QVERIFY(again->id != bank->id);
    QVERIFY(again->isDefault);
    QCOMPARE(methods().list(m_actor, QStringLiteral("42"))->first().id, again->id);
    QCOMPARE(methods().remove(m_actor, 999).error().code, ErrorCode::PayoutMethodNotFound);
}

void TestMethods::aCardKeepsOnlyItsLastFour()
{
    auto card = add(m_actor, MethodKind::DebitCard, QStringLiteral("4242 4242 4242 4242"));
    QVERIFY(card.ok());
    QCOMPARE(card->details, QStringLiteral("4242"));
    // Nowhere in the book is the card number: not in the method, not in the trail.
    auto rows = m_book->book().database().run(QStringLiteral(
        "SELECT COUNT(*) FROM payout_method WHERE details LIKE '%424242%' OR masked LIKE "
        "'%424242%'"));
    QVERIFY(rows && rows->next());
    QCOMPARE(rows->value(0).toLongLong(), 0);
    auto trail = m_book->book().database().run(
        QStringLiteral("SELECT COUNT(*) FROM audit_record WHERE after_json LIKE '%42424242%'"));
    QVERIFY(trail && trail->next());
    QCOMPARE(trail->value(0).toLongLong(), 0);
}

void TestMethods::badDetailsChangeNothing()
{
    const BookSnapshot before = snapshot();
    const qint64 methodsBefore = count(QStringLiteral("payout_method"));
    const QList<std::tuple<MethodKind, QString, ErrorCode>> cases {
        {MethodKind::Bank, QStringLiteral("GB82 WEST 1234 5698 7654 33"),
         ErrorCode::InvalidPaymentDetails},
        {MethodKind::PayPal, QStringLiteral("not-an-email"), ErrorCode::InvalidPaymentDetails},
        {MethodKind::DebitCard, QStringLiteral("4242 4242 4242 4241"),
         ErrorCode::InvalidPaymentDetails},
        {MethodKind::Crypto, QStringLiteral("ethereum:0xabc"), ErrorCode::InvalidPaymentDetails},
        {MethodKind::Venmo, QString(), ErrorCode::FieldRequired},
        {MethodKind::Bank, QString(201, QLatin1Char('1')), ErrorCode::FieldTooLong},
    };
    for (const auto &[kind, details, code] : cases) {
        auto refused = add(m_actor, kind, details);
        QVERIFY2(!refused.ok(), qPrintable(details));
        QCOMPARE(refused.error().code, code);
        QVERIFY(refused.error().detail.startsWith(QStringLiteral("details:")));
    }
    QCOMPARE(add(m_actor, MethodKind::PayPal, QStringLiteral("a@example.com"), false,
                 QStringLiteral("nobody"))
                 .error()
                 .code,
             ErrorCode::PayeeNotFound);
    QCOMPARE(snapshot(), before);
    QCOMPARE(count(QStringLiteral("payout_method")), methodsBefore);
}

void TestMethods::theCurrencyFollowsTheWallet()
{
    QVERIFY(m_book->book()
                .payees()
                .getOrCreate(m_actor, OwnerType::Creator, QStringLiteral("42"),
                             currency(QStringLiteral("EUR")))
                .ok());
    // Two wallets: the method must name its currency.
    QCOMPARE(add(m_actor, MethodKind::PayPal, QStringLiteral("a@example.com")).error().code,
             ErrorCode::CurrencyRequired);
    NewPayoutMethod request;
    request.ownerId = QStringLiteral("42");
    request.kind = MethodKind::Bank;
    request.details = QStringLiteral("DE89 3704 0044 0532 0130 00");
    request.currency = currency(QStringLiteral("EUR"));
    auto euros = methods().add(m_actor, request);
    QVERIFY(euros.ok());
    QCOMPARE(euros->currency, currency(QStringLiteral("EUR")));
}

void TestMethods::aPayeeManagesOnlyTheirOwnMethods()
{
    auto theirs = add(m_actor, MethodKind::PayPal, QStringLiteral("other@example.com"), false,
                      QStringLiteral("43"));
    const Actor payee
        = m_book->actorWithRole(Role::Payee, m_actor.merchantId,
                                PayeeBinding {QStringLiteral("creator"), QStringLiteral("42")});
    auto own = add(payee, MethodKind::Venmo, QStringLiteral("@lan-nguyen"));
    QVERIFY(own.ok());
    QVERIFY(methods().setDefault(payee, own->id).ok());
    QCOMPARE(methods().list(payee, QStringLiteral("42"))->size(), 1);
    // Another payee's methods do not exist for them.
    const BookSnapshot before = snapshot();
    QCOMPARE(methods().get(payee, theirs->id).error().code, ErrorCode::PayoutMethodNotFound);
    QCOMPARE(methods().remove(payee, theirs->id).error().code, ErrorCode::PayoutMethodNotFound);
    QCOMPARE(methods().setDefault(payee, theirs->id).error().code, ErrorCode::PayoutMethodNotFound);
    QCOMPARE(methods().list(payee, QStringLiteral("43")).error().code, ErrorCode::PayeeNotFound);
    QCOMPARE(
        add(payee, MethodKind::PayPal, QStringLiteral("x@example.com"), false, QStringLiteral("43"))
            .error()
            .code,
        ErrorCode::PayeeNotFound);
    QCOMPARE(snapshot(), before);
    // A reviewer reads methods but does not manage them; a bookkeeper does.
    const Actor reviewer = m_book->actorWithRole(Role::Reviewer, m_actor.merchantId);
    QCOMPARE(methods().list(reviewer, QStringLiteral("43"))->size(), 1);
    QCOMPARE(add(reviewer, MethodKind::PayPal, QStringLiteral("y@example.com")).error().code,
             ErrorCode::PermissionDenied);
    const Actor bookkeeper = m_book->actorWithRole(Role::Bookkeeper, m_actor.merchantId);
    QVERIFY(methods().remove(bookkeeper, theirs->id).ok());
}

QTEST_GUILESS_MAIN(TestMethods)
#include "tst_methods.moc"
