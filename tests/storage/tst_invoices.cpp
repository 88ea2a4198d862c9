#include "invoicebook.h"

using namespace coffer;
using namespace coffer::test;

// Customers, invoices, credit notes and payments on a real book (SQLite, or
// PostgreSQL as tst_invoices_pg), with the PDF kept at issue rendered by
// ui/printing. Every refusal leaves the book as it was.
class TestInvoices : public QObject, public InvoiceBook
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }
    void issuingNumbersPostsAndKeepsThePdf();
    void anIssuedInvoiceIsNeverEdited();
    void badLinesAndCustomersChangeNothing();
    void cancellingIssuesACreditNote();
    void paymentsGoOldestFirstAndOverpaymentIsCredit();
    void aPaymentForANamedInvoiceGoesThereFirst();
    void aPaymentIntoAWalletIsASale();
    void badPaymentsChangeNothing();
    void numbersAreGaplessPerKindAndYear();
    void thePlanShowsWhereAPaymentGoes();
    void customersAndDraftsAreEdited();
};

void TestInvoices::issuingNumbersPostsAndKeepsThePdf()
{
    addCustomer(QStringLiteral("Acme"));
    const qint64 id = draftWith(QStringLiteral("Acme"),
                                {{QStringLiteral("Design"), QStringLiteral("100.00")},
                                 {QStringLiteral("Hosting"), QStringLiteral("19.99")}});
    const InvoiceDetail draft = invoices().show(m_owner, QString::number(id)).value();
    QVERIFY(draft.invoice.number.isEmpty());
    QCOMPARE(draft.invoice.total, usd(QStringLiteral("131.99"))); // 119.99 + 12.00 tax
    QCOMPARE(balance(QStringLiteral("Acme")), usd(QStringLiteral("0.00")));

    auto first = invoices().issue(m_owner, id);
    QVERIFY2(first, why(first));
    QCOMPARE(first->number, QStringLiteral("INV-2026-000001"));
    QCOMPARE(toCode(first->state), QStringLiteral("issued"));
    QCOMPARE(first->issueDate, QDate(2026, 11, 20));
    QCOMPARE(first->dueDate, QDate(2026, 12, 4)); // 14 days' terms
    QCOMPARE(first->subtotal, usd(QStringLiteral("119.99")));
    QCOMPARE(first->tax, usd(QStringLiteral("12.00")));
    QCOMPARE(first->total, usd(QStringLiteral("131.99")));
    QCOMPARE(balance(QStringLiteral("Acme")), usd(QStringLiteral("131.99")));

    const CustomerAccount account = customers().account(m_owner, QStringLiteral("acme")).value();
    QCOMPARE(account.lines.size(), 1);
    QCOMPARE(toCode(account.lines.first().kind), QStringLiteral("invoice"));
    QCOMPARE(account.lines.first().balanceAfter, usd(QStringLiteral("131.99")));
    QCOMPARE(account.openInvoices.size(), 1);

    auto pdf = invoices().pdf(m_owner, QStringLiteral("INV-2026-000001"));
    QVERIFY2(pdf, why(pdf));
    QVERIFY(pdf->startsWith("%PDF"));
    QCOMPARE(issued(QStringLiteral("Acme"), QStringLiteral("1.00")).number,
             QStringLiteral("INV-2026-000002"));
}

void TestInvoices::anIssuedInvoiceIsNeverEdited()
{
    addCustomer(QStringLiteral("Acme"));
    const Invoice first = issued(QStringLiteral("Acme"), QStringLiteral("50.00"));
    const BookSnapshot before = snapshot();
    NewInvoiceLine line;
    line.description = QStringLiteral("Sneaked in");
    line.unitPrice = usd(QStringLiteral("1.00"));
    auto added = invoices().addLine(m_owner, first.id, line);
    QVERIFY(!added);
    QCOMPARE(added.error().code, ErrorCode::InvoiceStateConflict);
    auto again = invoices().issue(m_owner, first.id);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::InvoiceStateConflict);
    QCOMPARE(invoices().deleteDraft(m_owner, first.id).error().code,
             ErrorCode::InvoiceStateConflict);
    QCOMPARE(snapshot(), before);
}

void TestInvoices::badLinesAndCustomersChangeNothing()
{
    addCustomer(QStringLiteral("Acme"));
    const qint64 id = draftWith(QStringLiteral("Acme"), {});
    const BookSnapshot before = snapshot();
    struct Bad
    {
        const char *name;
        NewInvoiceLine line;
        ErrorCode code;
        const char *field;
    };
    NewInvoiceLine good;
    good.description = QStringLiteral("Work");
    good.unitPrice = usd(QStringLiteral("10.00"));
    QList<Bad> bad;
    NewInvoiceLine l = good;
    l.description = QStringLiteral("  ");
    bad.append({"blank description", l, ErrorCode::FieldRequired, "description:"});
    l = good;
    l.quantity = 0;
    bad.append({"zero quantity", l, ErrorCode::InvalidArgument, "quantity:"});
    l = good;
    l.unitPrice = usd(QStringLiteral("-1.00"));
    bad.append({"negative price", l, ErrorCode::InvalidArgument, "unit price:"});
    l = good;
    l.unitPrice = money(QStringLiteral("1000"), QStringLiteral("VND"));
    bad.append({"another currency", l, ErrorCode::CurrencyMismatch, "unit price:"});
    l = good;
    l.discount = 1'000'001;
    bad.append({"discount over 100 %", l, ErrorCode::InvalidRate, "discount:"});
    l = good;
    l.taxRate = -1;
    bad.append({"negative tax", l, ErrorCode::InvalidRate, "tax rate:"});
    l = good;
    l.quantity = 1'000'000'000'000'000;
    l.unitPrice = usd(QStringLiteral("90000000000.00"));
    bad.append({"overflow", l, ErrorCode::AmountOverflow, ""});
    for (const Bad &b : bad) {
        auto added = invoices().addLine(m_owner, id, b.line);
        QVERIFY2(!added, b.name);
        QVERIFY2(added.error().code == b.code, qPrintable(added.error().toString()));
        QVERIFY2(added.error().detail.contains(QLatin1String(b.field)),
                 qPrintable(added.error().toString()));
    }
    QCOMPARE(snapshot(), before);
    QCOMPARE(invoices().issue(m_owner, id).error().code, ErrorCode::NothingToBill);
    QCOMPARE(invoices().addLine(m_owner, 9999, good).error().code, ErrorCode::InvoiceNotFound);

    NewCustomer c;
    c.name = QStringLiteral("ACME"); // taken, case-insensitively
    QCOMPARE(customers().add(m_owner, c).error().code, ErrorCode::CustomerNameTaken);
    c.name = QStringLiteral("Other");
    c.email = QStringLiteral("not-an-address");
    QCOMPARE(customers().add(m_owner, c).error().code, ErrorCode::InvalidArgument);
    c.email.clear();
    c.termsDays = 400;
    QCOMPARE(customers().add(m_owner, c).error().code, ErrorCode::InvalidArgument);
    c.termsDays = 30;
    c.currency = QStringLiteral("XYZ");
    QCOMPARE(customers().add(m_owner, c).error().code, ErrorCode::UnknownCurrency);
    c.currency.clear();
    c.itemTaxRate = 2'000'000;
    QCOMPARE(customers().add(m_owner, c).error().code, ErrorCode::InvalidRate);
    c.itemTaxRate = 0;
    c.name = QStringLiteral("Bell\u0007");
    QCOMPARE(customers().add(m_owner, c).error().code, ErrorCode::InvalidText);
    const Actor reviewer = m_book->actorWithRole(Role::Reviewer, m_owner.merchantId);
    const BookSnapshot afterRoles = snapshot();
    c.name = QStringLiteral("Other");
    QCOMPARE(customers().add(reviewer, c).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(invoices().addLine(reviewer, id, good).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(snapshot(), afterRoles);
}

void TestInvoices::cancellingIssuesACreditNote()
{
    addCustomer(QStringLiteral("Acme"));
    const Invoice first = issued(QStringLiteral("Acme"), QStringLiteral("100.00")); // 110.00
    QVERIFY(pay(QStringLiteral("Acme"), QStringLiteral("30.00")));
    QCOMPARE(balance(QStringLiteral("Acme")), usd(QStringLiteral("80.00")));

    QCOMPARE(invoices().cancel(m_owner, first.number, QStringLiteral(" ")).error().code,
             ErrorCode::FieldRequired);
    auto note = invoices().cancel(m_owner, first.number, QStringLiteral("Billed twice"));
    QVERIFY2(note, why(note));
    QCOMPARE(note->number, QStringLiteral("CRN-2026-000001"));
    QCOMPARE(note->cancelsNumber, first.number);
    QCOMPARE(note->total, usd(QStringLiteral("110.00")));
    QCOMPARE(toCode(invoice(first.number).state), QStringLiteral("cancelled"));
    // The whole invoice comes off; what was paid stays as the customer's credit.
    QCOMPARE(balance(QStringLiteral("Acme")), usd(QStringLiteral("-30.00")));
    QCOMPARE(customers().account(m_owner, QStringLiteral("Acme")).value().credit,
             usd(QStringLiteral("30.00")));
    QVERIFY(invoices().pdf(m_owner, note->number).value().startsWith("%PDF"));
    QCOMPARE(invoices().cancel(m_owner, first.number, QStringLiteral("again")).error().code,
             ErrorCode::InvoiceStateConflict);
    QCOMPARE(invoices().cancel(m_owner, note->number, QStringLiteral("no")).error().code,
             ErrorCode::InvoiceStateConflict);

    // The credit goes to the next invoice issued.
    const Invoice next = issued(QStringLiteral("Acme"), QStringLiteral("20.00")); // 22.00
    QCOMPARE(toCode(next.state), QStringLiteral("paid"));
    QCOMPARE(next.paid, usd(QStringLiteral("22.00")));
    QCOMPARE(customers().account(m_owner, QStringLiteral("Acme")).value().credit,
             usd(QStringLiteral("8.00")));
    QCOMPARE(balance(QStringLiteral("Acme")), usd(QStringLiteral("-8.00")));
    QCOMPARE(customers().reconcile(m_owner).value().size(), 0);
}

void TestInvoices::paymentsGoOldestFirstAndOverpaymentIsCredit()
{
    addCustomer(QStringLiteral("Acme"));
    const Invoice a = issued(QStringLiteral("Acme"), QStringLiteral("10.00")); // 11.00
    invoices().setToday(QDate(2026, 11, 21));
    const Invoice b = issued(QStringLiteral("Acme"), QStringLiteral("20.00")); // 22.00

    auto partial = pay(QStringLiteral("Acme"), QStringLiteral("15.00"));
    QVERIFY2(partial, why(partial));
    QCOMPARE(partial->allocations.size(), 2);
    QCOMPARE(partial->allocations.at(0).invoiceNumber, a.number);
    QCOMPARE(partial->allocations.at(0).amount, usd(QStringLiteral("11.00")));
    QCOMPARE(partial->allocations.at(1).amount, usd(QStringLiteral("4.00")));
    QCOMPARE(toCode(invoice(a.number).displayState()), QStringLiteral("paid"));
    QCOMPARE(toCode(invoice(b.number).displayState()), QStringLiteral("partly_paid"));
    InvoiceFilter partlyPaid;
    partlyPaid.state = InvoiceDisplayState::PartlyPaid;
    QCOMPARE(invoices().list(m_owner, partlyPaid).value().size(), 1);

    auto over = pay(QStringLiteral("Acme"), QStringLiteral("25.00"));
    QVERIFY2(over, why(over));
    QCOMPARE(over->allocations.size(), 1);
    QCOMPARE(over->allocations.first().amount, usd(QStringLiteral("18.00")));
    QCOMPARE(over->payment.unallocated, usd(QStringLiteral("7.00")));
    QCOMPARE(toCode(invoice(b.number).displayState()), QStringLiteral("paid"));
    QCOMPARE(balance(QStringLiteral("Acme")), usd(QStringLiteral("-7.00")));

    const CustomerAccount account = customers().account(m_owner, QStringLiteral("Acme")).value();
    QList<qint64> after;
    for (const CustomerLedgerLine &l : account.lines)
        after.append(l.balanceAfter.minorUnits());
    QCOMPARE(after, (QList<qint64> {1100, 3300, 1800, -700}));
    QCOMPARE(customers().reconcile(m_owner).value().size(), 0);
}

void TestInvoices::aPaymentForANamedInvoiceGoesThereFirst()
{
    addCustomer(QStringLiteral("Acme"));
    const Invoice a = issued(QStringLiteral("Acme"), QStringLiteral("10.00")); // 11.00
    const Invoice b = issued(QStringLiteral("Acme"), QStringLiteral("20.00")); // 22.00
    auto paid = pay(QStringLiteral("Acme"), QStringLiteral("30.00"), b.number);
    QVERIFY2(paid, why(paid));
    QCOMPARE(paid->allocations.first().invoiceNumber, b.number);
    QCOMPARE(paid->allocations.first().amount, usd(QStringLiteral("22.00")));
    QCOMPARE(paid->allocations.at(1).invoiceNumber, a.number);
    QCOMPARE(paid->allocations.at(1).amount, usd(QStringLiteral("8.00")));
    QCOMPARE(toCode(invoice(b.number).state), QStringLiteral("paid"));
    QCOMPARE(invoice(a.number).outstanding(), usd(QStringLiteral("3.00")));
}

void TestInvoices::aPaymentIntoAWalletIsASale()
{
    addCustomer(QStringLiteral("Acme"));
    issued(QStringLiteral("Acme"), QStringLiteral("10.00"));
    const Wallet cash = m_book->book().wallets().list(m_owner).value().first();
    auto paid = pay(QStringLiteral("Acme"), QStringLiteral("11.00"), {}, cash.name);
    QVERIFY2(paid, why(paid));
    QVERIFY(paid->payment.entryId != 0);
    const Transaction entry = m_book->book().ledger().get(m_owner, paid->payment.entryId).value();
    QCOMPARE(entry.amount, usd(QStringLiteral("11.00")));
    QCOMPARE(entry.referenceType, QStringLiteral("Payment"));
    QCOMPARE(entry.categoryId,
             m_book->book().categories().byCode(QStringLiteral("SALE")).value().id);
    QCOMPARE(m_book->book().wallets().find(m_owner, cash.name).value().current(),
             usd(QStringLiteral("11.00")));
}

void TestInvoices::badPaymentsChangeNothing()
{
    addCustomer(QStringLiteral("Acme"));
    addCustomer(QStringLiteral("Other"));
    const Invoice a = issued(QStringLiteral("Acme"), QStringLiteral("10.00"));
    const Invoice theirs = issued(QStringLiteral("Other"), QStringLiteral("10.00"));
    const BookSnapshot before = snapshot();
    QCOMPARE(pay(QStringLiteral("Nobody"), QStringLiteral("1.00")).error().code,
             ErrorCode::CustomerNotFound);
    QCOMPARE(pay(QStringLiteral("Acme"), QStringLiteral("0.00")).error().code,
             ErrorCode::AmountMustBePositive);
    QCOMPARE(pay(QStringLiteral("Acme"), QStringLiteral("1.00"), theirs.number).error().code,
             ErrorCode::InvoiceNotFound);
    QCOMPARE(pay(QStringLiteral("Acme"), QStringLiteral("1.00"), {}, QStringLiteral("Nowhere"))
                 .error()
                 .code,
             ErrorCode::WalletNotFound);
    NewPayment p;
    p.customer = QStringLiteral("Acme");
    p.amount = money(QStringLiteral("1000"), QStringLiteral("VND"));
    QCOMPARE(invoices().registerPayment(m_owner, p).error().code, ErrorCode::CurrencyMismatch);
    p.amount = usd(QStringLiteral("1.00"));
    p.date = QDate(2027, 1, 1);
    QCOMPARE(invoices().registerPayment(m_owner, p).error().code, ErrorCode::InvalidDate);
    p.date = {};
    p.reference = QStringLiteral("line\nbreak");
    QCOMPARE(invoices().registerPayment(m_owner, p).error().code, ErrorCode::InvalidText);
    QCOMPARE(snapshot(), before);
    QVERIFY(invoices().cancel(m_owner, a.number, QStringLiteral("wrong")).ok());
    const BookSnapshot afterCancel = snapshot();
    QCOMPARE(pay(QStringLiteral("Acme"), QStringLiteral("1.00"), a.number).error().code,
             ErrorCode::InvoiceStateConflict);
    QCOMPARE(snapshot(), afterCancel);
}

void TestInvoices::numbersAreGaplessPerKindAndYear()
{
    addCustomer(QStringLiteral("Acme"));
    QStringList numbers;
    for (int i = 0; i < 3; ++i)
        numbers << issued(QStringLiteral("Acme"), QStringLiteral("1.00")).number;
    invoices().setToday(QDate(2027, 1, 2));
    numbers << issued(QStringLiteral("Acme"), QStringLiteral("1.00")).number;
    // A refused issue takes no number.
    const qint64 empty = draftWith(QStringLiteral("Acme"), {});
    QVERIFY(!invoices().issue(m_owner, empty));
    numbers << issued(QStringLiteral("Acme"), QStringLiteral("1.00")).number;
    numbers << invoices().cancel(m_owner, numbers.first(), QStringLiteral("x")).value().number;
    QCOMPARE(numbers,
             (QStringList {QStringLiteral("INV-2026-000001"), QStringLiteral("INV-2026-000002"),
                           QStringLiteral("INV-2026-000003"), QStringLiteral("INV-2027-000001"),
                           QStringLiteral("INV-2027-000002"), QStringLiteral("CRN-2027-000001")}));
}

void TestInvoices::thePlanShowsWhereAPaymentGoes()
{
    addCustomer(QStringLiteral("Acme"));
    const Invoice a = issued(QStringLiteral("Acme"), QStringLiteral("10.00")); // 11.00
    const Invoice b = issued(QStringLiteral("Acme"), QStringLiteral("20.00")); // 22.00
    const Invoice c = issued(QStringLiteral("Acme"), QStringLiteral("30.00")); // 33.00
    NewPayment p;
    p.customer = QStringLiteral("Acme");
    p.amount = usd(QStringLiteral("40.00"));
    p.invoiceNumbers = {c.number, b.number};
    const BookSnapshot before = snapshot();
    auto plan = invoices().planAllocation(m_owner, p);
    QVERIFY2(plan, why(plan));
    QCOMPARE(snapshot(), before);
    QCOMPARE(plan->size(), 2);
    QCOMPARE(plan->at(0).invoiceNumber, c.number);
    QCOMPARE(plan->at(0).amount, usd(QStringLiteral("33.00")));
    QCOMPARE(plan->at(1).invoiceNumber, b.number);
    QCOMPARE(plan->at(1).amount, usd(QStringLiteral("7.00")));
    auto paid = invoices().registerPayment(m_owner, p);
    QVERIFY2(paid, why(paid));
    QCOMPARE(paid->allocations.size(), plan->size());
    for (qsizetype i = 0; i < plan->size(); ++i) {
        QCOMPARE(paid->allocations.at(i).invoiceNumber, plan->at(i).invoiceNumber);
        QCOMPARE(paid->allocations.at(i).amount, plan->at(i).amount);
    }
    p.invoiceNumbers.clear();
    p.amount = usd(QStringLiteral("100.00"));
    plan = invoices().planAllocation(m_owner, p); // oldest first, the rest is credit
    QCOMPARE(plan->size(), 2);
    QCOMPARE(plan->at(0).invoiceNumber, a.number);
    QCOMPARE(plan->at(1).amount, usd(QStringLiteral("15.00")));
}

void TestInvoices::customersAndDraftsAreEdited()
{
    const Customer acme = addCustomer(QStringLiteral("Acme"));
    addCustomer(QStringLiteral("Other"));
    NewCustomer change;
    change.name = QStringLiteral("Acme Trading");
    change.email = QStringLiteral("ap@acme.example");
    change.termsDays = 45;
    change.cycle = BillingCycle::Monthly;
    change.taxMode = TaxMode::Inclusive;
    change.itemTaxRate = 80'000;
    auto updated = customers().update(m_owner, QStringLiteral("acme"), change);
    QVERIFY2(updated, why(updated));
    QCOMPARE(updated->id, acme.id);
    QCOMPARE(updated->termsDays, 45);
    QCOMPARE(toCode(updated->taxMode), QStringLiteral("inclusive"));
    const BookSnapshot before = snapshot();
    change.name = QStringLiteral("other");
    QCOMPARE(customers().update(m_owner, QStringLiteral("Acme Trading"), change).error().code,
             ErrorCode::CustomerNameTaken);
    change.name = QStringLiteral("Acme Trading");
    change.currency = QStringLiteral("EUR");
    QCOMPARE(customers().update(m_owner, QStringLiteral("Acme Trading"), change).error().code,
             ErrorCode::CurrencyMismatch);
    QCOMPARE(customers().update(m_owner, QStringLiteral("Nobody"), change).error().code,
             ErrorCode::CustomerNotFound);
    QCOMPARE(snapshot(), before);

    const qint64 id = draftWith(QStringLiteral("Acme Trading"),
                                {{QStringLiteral("Work"), QStringLiteral("108.00")}});
    auto draft
        = invoices().updateDraft(m_owner, id, QDate(2026, 12, 24), QStringLiteral("Thanks!"));
    QVERIFY2(draft, why(draft));
    QCOMPARE(invoices().removeLine(m_owner, id, 7).error().code, ErrorCode::InvalidArgument);
    const Invoice issuedDraft = invoices().issue(m_owner, id).value();
    QCOMPARE(issuedDraft.dueDate, QDate(2026, 12, 24));
    QCOMPARE(issuedDraft.note, QStringLiteral("Thanks!"));
    // Inclusive prices at 8 %: 108.00 holds 8.00 of tax.
    QCOMPARE(issuedDraft.total, usd(QStringLiteral("108.00")));
    QCOMPARE(issuedDraft.tax, usd(QStringLiteral("8.00")));
    QCOMPARE(invoices().updateDraft(m_owner, id, {}, {}).error().code,
             ErrorCode::InvoiceStateConflict);

    const Wallet cash = m_book->book().wallets().list(m_owner).value().first();
    NewTransaction t;
    t.type = TransactionType::Income;
    t.walletId = cash.id;
    t.amount = usd(QStringLiteral("54.00"));
    t.date = QDate(2026, 11, 3);
    t.referenceType = QStringLiteral("customer");
    t.referenceId = QStringLiteral("ACME TRADING");
    QVERIFY(m_book->book().ledger().record(m_owner, t));
    const qint64 next = draftWith(QStringLiteral("Acme Trading"), {});
    QCOMPARE(invoices().addUninvoiced(m_owner, next, QDate(2026, 11, 2)).value(), 0);
    QCOMPARE(invoices().addUninvoiced(m_owner, next, QDate(2026, 11, 3)).value(), 1);
    QCOMPARE(invoices().addUninvoiced(m_owner, next, QDate(2026, 11, 30)).value(), 0);
    const InvoiceDetail detail = invoices().show(m_owner, QString::number(next)).value();
    QCOMPARE(detail.invoice.total, usd(QStringLiteral("54.00")));
    QVERIFY(invoices().removeLine(m_owner, next, 1));
    QCOMPARE(invoices().addUninvoiced(m_owner, next, QDate(2026, 11, 30)).value(), 1);
}

QTEST_MAIN(TestInvoices)
#include "tst_invoices.moc"
