#pragma once

#include "printing/bookprinting.h"
#include "testbook.h"

#include <QTest>

namespace coffer::test {

template<typename T> QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

// A book for the invoice tests: a USD merchant (the tester, owner and admin), the
// invoice printer installed, the business day set to 2026-11-20, and helpers that
// add customers, issue invoices and register payments through the services.
class InvoiceBook
{
protected:
    bool setUp()
    {
        m_book = TestBook::create();
        if (!m_book)
            return false;
        m_owner = m_book->createMerchant(QStringLiteral("Test Shop"), QStringLiteral("USD"));
        printing::installInvoicePrinter(m_book->book());
        invoices().setToday(QDate(2026, 11, 20));
        return true;
    }
    CustomerService &customers() { return m_book->book().customers(); }
    InvoiceService &invoices() { return m_book->book().invoices(); }
    Money usd(const QString &amount) { return money(amount, QStringLiteral("USD")); }
    BookSnapshot snapshot() { return BookSnapshot::take(m_book->book().database()); }
    Customer addCustomer(const QString &name, BillingCycle cycle = BillingCycle::None)
    {
        NewCustomer c;
        c.name = name;
        c.email = QStringLiteral("billing@example.com");
        c.address = QStringLiteral("1 Main Street\nSpringfield");
        c.termsDays = 14;
        c.cycle = cycle;
        c.itemTaxRate = 100'000; // 10 %
        auto added = customers().add(m_owner, c);
        if (!added)
            qFatal("customer add: %s", why(added).constData());
        return *added;
    }
    qint64 draftWith(const QString &customer, const QList<std::pair<QString, QString>> &lines)
    {
        auto draft = invoices().createDraft(m_owner, NewInvoice {customer, {}, {}, {}});
        if (!draft)
            qFatal("create: %s", why(draft).constData());
        for (const auto &[description, price] : lines) {
            NewInvoiceLine line;
            line.description = description;
            line.unitPrice = usd(price);
            auto added = invoices().addLine(m_owner, draft->id, line);
            if (!added)
                qFatal("add-line: %s", why(added).constData());
        }
        return draft->id;
    }
    Invoice issued(const QString &customer, const QString &price)
    {
        auto invoice
            = invoices().issue(m_owner, draftWith(customer, {{QStringLiteral("Work"), price}}));
        if (!invoice)
            qFatal("issue: %s", why(invoice).constData());
        return *invoice;
    }
    Invoice invoice(const QString &number)
    {
        return invoices().show(m_owner, number).value().invoice;
    }
    Money balance(const QString &customer)
    {
        return customers().find(m_owner, customer).value().balance;
    }
    Result<RegisteredPayment> pay(const QString &customer, const QString &amount,
                                  const QString &invoiceNumber = {}, const QString &wallet = {})
    {
        NewPayment p;
        p.customer = customer;
        p.amount = usd(amount);
        p.reference = QStringLiteral("BANK-1");
        if (!invoiceNumber.isEmpty())
            p.invoiceNumbers << invoiceNumber;
        p.wallet = wallet;
        return invoices().registerPayment(m_owner, p);
    }
    // A completed entry of the merchant's first wallet linked to a customer.
    void linkedEntry(const QString &customer, const QString &amount, const QDate &date,
                     TransactionType type)
    {
        const Wallet cash = m_book->book().wallets().list(m_owner).value().first();
        NewTransaction t;
        t.type = type;
        t.walletId = cash.id;
        t.amount = usd(amount);
        t.date = date;
        t.referenceType = QStringLiteral("customer");
        t.referenceId = customer;
        t.note = QStringLiteral("Delivery %1").arg(date.toString(Qt::ISODate));
        auto recorded = m_book->book().ledger().record(m_owner, t);
        if (!recorded)
            qFatal("record: %s", why(recorded).constData());
    }
    void tearDown()
    {
        if (m_book)
            QCOMPARE(m_book->verify(), QStringList());
        m_book.reset();
    }

    std::unique_ptr<TestBook> m_book;
    Actor m_owner;
};

} // namespace coffer::test
