#include "invoicebook.h"

using namespace coffer;
using namespace coffer::test;

// The billing jobs on a real book (SQLite, or PostgreSQL as tst_billing_pg):
// monthly billing once per customer and month, entries billed once, overdue marks
// with their reminders delivered or nothing marked, and reconcile finding drift.
class TestBilling : public QObject, public InvoiceBook
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }
    void monthlyBillingRunsOnce();
    void billedEntriesAreBilledOnce();
    void overdueInvoicesAreMarkedOnce();
    void reconcileFindsInjectedDrift();
};

void TestBilling::monthlyBillingRunsOnce()
{
    addCustomer(QStringLiteral("Monthly Co"), BillingCycle::Monthly);
    addCustomer(QStringLiteral("Quiet Co"), BillingCycle::Monthly);
    addCustomer(QStringLiteral("Ad Hoc"));
    linkedEntry(QStringLiteral("Monthly Co"), QStringLiteral("40.00"), QDate(2026, 10, 3),
                TransactionType::Income);
    linkedEntry(QStringLiteral("monthly co"), QStringLiteral("60.00"), QDate(2026, 10, 31),
                TransactionType::Income);
    linkedEntry(QStringLiteral("Monthly Co"), QStringLiteral("5.00"), QDate(2026, 10, 15),
                TransactionType::Expense);
    linkedEntry(QStringLiteral("Monthly Co"), QStringLiteral("99.00"), QDate(2026, 11, 1),
                TransactionType::Income); // next month
    linkedEntry(QStringLiteral("Ad Hoc"), QStringLiteral("10.00"), QDate(2026, 10, 5),
                TransactionType::Income); // no monthly cycle

    int calls = 0;
    auto first
        = invoices().runMonthly(m_owner, QStringLiteral("2026-10"), [&](int, int) { ++calls; });
    QVERIFY2(first, why(first));
    QCOMPARE(calls, 2);
    QCOMPARE(first->size(), 2);
    const BillingOutcome monthly
        = first->at(0).customer == QLatin1String("Monthly Co") ? first->at(0) : first->at(1);
    const BillingOutcome quiet
        = first->at(0).customer == QLatin1String("Quiet Co") ? first->at(0) : first->at(1);
    QVERIFY(monthly.created);
    QVERIFY(!quiet.created);
    QCOMPARE(quiet.note, QStringLiteral("nothing to bill"));
    const InvoiceDetail detail = invoices().show(m_owner, monthly.number).value();
    QCOMPARE(detail.lines.size(), 3);
    QCOMPARE(detail.invoice.billingPeriod, QStringLiteral("2026-10"));
    QCOMPARE(detail.invoice.issueDate, QDate(2026, 11, 20)); // the day it runs
    QCOMPARE(detail.invoice.subtotal, usd(QStringLiteral("105.00")));
    QCOMPARE(detail.invoice.tax, usd(QStringLiteral("10.00"))); // items 10 %, costs 0 %

    const BookSnapshot before = snapshot();
    auto second = invoices().runMonthly(m_owner, QStringLiteral("2026-10"));
    QVERIFY2(second, why(second));
    for (const BillingOutcome &o : *second)
        QVERIFY(!o.created);
    QCOMPARE(snapshot(), before);
    QCOMPARE(invoices().runMonthly(m_owner, QStringLiteral("2026-13")).error().code,
             ErrorCode::InvalidDate);
    QCOMPARE(invoices().runMonthly(m_owner, QStringLiteral("2026-11")).error().code,
             ErrorCode::InvalidDate); // not over yet
    QCOMPARE(snapshot(), before);

    // An entry of October recorded late goes on November's invoice; a cancelled
    // monthly invoice lets its month be billed again.
    linkedEntry(QStringLiteral("Monthly Co"), QStringLiteral("7.00"), QDate(2026, 10, 30),
                TransactionType::Income);
    invoices().setToday(QDate(2026, 12, 2));
    auto november = invoices().runMonthly(m_owner, QStringLiteral("2026-11"));
    QVERIFY2(november, why(november));
    const BillingOutcome late = november->at(0).customer == QLatin1String("Monthly Co")
        ? november->at(0)
        : november->at(1);
    QVERIFY(late.created);
    QCOMPARE(invoices().show(m_owner, late.number).value().lines.size(), 2); // Oct 30, Nov 1
    QVERIFY(invoices().cancel(m_owner, late.number, QStringLiteral("wrong rate")).ok());
    auto again = invoices().runMonthly(m_owner, QStringLiteral("2026-11"));
    QVERIFY2(again, why(again));
    int created = 0;
    for (const BillingOutcome &o : *again)
        created += o.created ? 1 : 0;
    QCOMPARE(created, 1);
}

void TestBilling::billedEntriesAreBilledOnce()
{
    addCustomer(QStringLiteral("Acme"));
    const Wallet cash = m_book->book().wallets().list(m_owner).value().first();
    NewTransaction t;
    t.type = TransactionType::Expense;
    t.walletId = cash.id;
    t.amount = usd(QStringLiteral("12.50"));
    t.date = QDate(2026, 11, 2);
    t.referenceType = QStringLiteral("customer");
    t.referenceId = QStringLiteral("Acme");
    t.note = QStringLiteral("Courier");
    QVERIFY(m_book->book().ledger().record(m_owner, t));
    QVERIFY(m_book->book().ledger().record(m_owner, t)); // a customer link is not a key

    auto draft = invoices().createDraft(
        m_owner, NewInvoice {QStringLiteral("Acme"), {}, {}, QDate(2026, 11, 30)});
    QVERIFY2(draft, why(draft));
    QCOMPARE(invoices().show(m_owner, QString::number(draft->id)).value().lines.size(), 2);
    auto second = invoices().createDraft(
        m_owner, NewInvoice {QStringLiteral("Acme"), {}, {}, QDate(2026, 11, 30)});
    QCOMPARE(invoices().show(m_owner, QString::number(second->id)).value().lines.size(), 0);
    // Deleting the first draft lets its entries go; cancelling an issued one too.
    QVERIFY(invoices().deleteDraft(m_owner, draft->id).ok());
    auto third = invoices().createDraft(
        m_owner, NewInvoice {QStringLiteral("Acme"), {}, {}, QDate(2026, 11, 30)});
    QCOMPARE(invoices().show(m_owner, QString::number(third->id)).value().lines.size(), 2);
    auto issuedThird = invoices().issue(m_owner, third->id);
    QVERIFY2(issuedThird, why(issuedThird));
    QCOMPARE(issuedThird->total, usd(QStringLiteral("25.00")));
    QVERIFY(invoices().cancel(m_owner, issuedThird->number, QStringLiteral("redo")).ok());
    auto fourth = invoices().createDraft(
        m_owner, NewInvoice {QStringLiteral("Acme"), {}, {}, QDate(2026, 11, 30)});
    QCOMPARE(invoices().show(m_owner, QString::number(fourth->id)).value().lines.size(), 2);
}

void TestBilling::overdueInvoicesAreMarkedOnce()
{
    addCustomer(QStringLiteral("Acme"));
    addCustomer(QStringLiteral("Prompt"));
    const Invoice late = issued(QStringLiteral("Acme"), QStringLiteral("10.00")); // due 12-04
    const Invoice paid = issued(QStringLiteral("Prompt"), QStringLiteral("10.00"));
    QVERIFY(pay(QStringLiteral("Prompt"), QStringLiteral("11.00")));
    // Reminders that cannot be delivered leave every invoice as it was.
    const BookSnapshot beforeFailure = snapshot();
    auto failed = invoices().markOverdue(
        m_owner, QDate(2026, 12, 5), [](const QList<OverdueNotice> &) -> Status {
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("folder: full"));
        });
    QVERIFY(!failed);
    QCOMPARE(snapshot(), beforeFailure);
    auto none = invoices().markOverdue(m_owner, QDate(2026, 12, 4));
    QVERIFY2(none, why(none));
    QCOMPARE(none->size(), 0);
    auto notices = invoices().markOverdue(m_owner, QDate(2026, 12, 5));
    QVERIFY2(notices, why(notices));
    QCOMPARE(notices->size(), 1);
    QCOMPARE(notices->first().customer.name, QStringLiteral("Acme"));
    QCOMPARE(notices->first().newlyOverdue, QStringList {late.number});
    QCOMPARE(notices->first().overdue.size(), 1);
    QCOMPARE(notices->first().parties.customerEmail, QStringLiteral("billing@example.com"));
    QCOMPARE(toCode(invoice(late.number).state), QStringLiteral("overdue"));
    QCOMPARE(toCode(invoice(paid.number).state), QStringLiteral("paid"));
    const BookSnapshot before = snapshot();
    QCOMPARE(invoices().markOverdue(m_owner, QDate(2026, 12, 6)).value().size(), 0);
    QCOMPARE(snapshot(), before);
    QCOMPARE(invoices().markOverdue(m_owner, QDate(2027, 3, 1)).error().code,
             ErrorCode::InvalidDate); // more than 90 days ahead
    // Paying an overdue invoice settles it.
    QVERIFY(pay(QStringLiteral("Acme"), QStringLiteral("11.00")));
    QCOMPARE(toCode(invoice(late.number).state), QStringLiteral("paid"));
}

void TestBilling::reconcileFindsInjectedDrift()
{
    addCustomer(QStringLiteral("Acme"));
    issued(QStringLiteral("Acme"), QStringLiteral("10.00"));
    QVERIFY(pay(QStringLiteral("Acme"), QStringLiteral("5.00")));
    QCOMPARE(customers().reconcile(m_owner).value().size(), 0);
    Database &db = m_book->book().database();
    // Behind the services' back: the balance, then a line's balance_after.
    QVERIFY(db.run(QStringLiteral("UPDATE customer SET balance_minor = balance_minor + 1")));
    auto drifts = customers().reconcile(m_owner);
    QVERIFY2(drifts, why(drifts));
    QCOMPARE(drifts->size(), 1);
    QCOMPARE(drifts->first().what, QStringLiteral("balance"));
    QCOMPARE(drifts->first().recorded, usd(QStringLiteral("6.01")));
    QCOMPARE(drifts->first().derived, usd(QStringLiteral("6.00")));
    QVERIFY(db.run(QStringLiteral("UPDATE customer SET balance_minor = balance_minor - 1")));
    QVERIFY(db.run(QStringLiteral("UPDATE customer_ledger_line SET balance_after_minor = 999 "
                                  "WHERE kind = 'invoice'")));
    QVERIFY(db.run(QStringLiteral("UPDATE invoice SET paid_minor = 0")));
    drifts = customers().reconcile(m_owner);
    QCOMPARE(drifts->size(), 2);
    QCOMPARE(drifts->at(0).what, QStringLiteral("balance_after"));
    QCOMPARE(drifts->at(0).derived, usd(QStringLiteral("11.00")));
    QVERIFY(drifts->at(1).what.endsWith(QLatin1String(": paid")));
    // Put back, so cleanup's verify sees a sound book.
    QVERIFY(db.run(QStringLiteral("UPDATE customer_ledger_line SET balance_after_minor = 1100 "
                                  "WHERE kind = 'invoice'")));
    QVERIFY(db.run(QStringLiteral("UPDATE invoice SET paid_minor = 500")));
    QCOMPARE(customers().reconcile(m_owner).value().size(), 0);
}

QTEST_MAIN(TestBilling)
#include "tst_billing.moc"
