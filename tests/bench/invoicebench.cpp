// coffer-invoicebench: how long the billing work takes on a book of many customers.
// Builds a fresh book (SQLite in a temporary folder, or PostgreSQL with
// COFFER_TEST_BACKEND=postgres as the storage tests do), N monthly customers with
// three linked sales each in October, then measures: the monthly billing run (each
// invoice numbered, posted and its PDF rendered and kept), one invoice rendered to
// PDF on its own, a customer's account read, and reconcile over the whole book. A
// benchmark, not a test: it asserts nothing.
//   QT_QPA_PLATFORM=offscreen coffer-invoicebench [--customers N]
#include "printing/bookprinting.h"
#include "printing/invoicedocument.h"
#include "testbook.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

using namespace coffer;
using namespace coffer::test;

namespace {

QTextStream out(stdout);

void report(const QString &step, qint64 nanoseconds, int count = 1)
{
    out << QStringLiteral("%1  %2 ms").arg(step, -40).arg(double(nanoseconds) / 1e6, 0, 'f', 1);
    if (count > 1)
        out << QStringLiteral("  (%1 ms each, %2)")
                   .arg(double(nanoseconds) / 1e6 / count, 0, 'f', 2)
                   .arg(count);
    out << "\n";
    out.flush();
}

bool seed(Book &book, const Actor &owner, int customers)
{
    const Wallet cash = book.wallets().list(owner).value().first();
    QList<NewTransaction> entries;
    for (int c = 0; c < customers; ++c) {
        NewCustomer customer;
        customer.name = QStringLiteral("Customer %1").arg(c, 5, 10, QLatin1Char('0'));
        customer.cycle = BillingCycle::Monthly;
        customer.itemTaxRate = 100'000;
        if (!book.customers().add(owner, customer))
            return false;
        for (int day : {3, 14, 27}) {
            NewTransaction t;
            t.walletId = cash.id;
            t.amount = money(QStringLiteral("%1.50").arg(10 + c % 90), QStringLiteral("USD"));
            t.date = QDate(2026, 10, day);
            t.referenceType = QStringLiteral("customer");
            t.referenceId = customer.name;
            t.note = QStringLiteral("Delivery %1").arg(day);
            entries.append(t);
        }
    }
    return book.ledger().recordBatch(owner, entries).ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Monthly customers."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.process(app);
    const int customers = parser.value(QStringLiteral("customers")).toInt();
    auto book = TestBook::create();
    if (!book)
        return 2;
    const Actor owner = book->createMerchant(QStringLiteral("Bench"), QStringLiteral("USD"));
    printing::installInvoicePrinter(book->book());
    book->book().invoices().setToday(QDate(2026, 11, 20));
    out << (TestBook::usesPostgres() ? "PostgreSQL" : "SQLite") << ", " << customers
        << " monthly customers, 3 sales each\n";
    QElapsedTimer timer;
    timer.start();
    if (!seed(book->book(), owner, customers))
        return 2;
    report(QStringLiteral("seed (customers and sales)"), timer.nsecsElapsed());

    timer.restart();
    auto run = book->book().invoices().runMonthly(owner, QStringLiteral("2026-10"));
    report(QStringLiteral("billing run-monthly (issue + PDF each)"), timer.nsecsElapsed(),
           run ? int(run->size()) : 0);
    timer.restart();
    auto again = book->book().invoices().runMonthly(owner, QStringLiteral("2026-10"));
    report(QStringLiteral("billing run-monthly again (nothing new)"), timer.nsecsElapsed());

    const InvoiceDetail detail
        = book->book().invoices().show(owner, QStringLiteral("INV-2026-000001")).value();
    timer.restart();
    for (int i = 0; i < 20; ++i)
        (void)printing::invoicePdf(detail, QStringLiteral("en"));
    report(QStringLiteral("one invoice to PDF"), timer.nsecsElapsed() / 20);

    timer.restart();
    (void)book->book().customers().account(owner, QStringLiteral("Customer 00007"));
    report(QStringLiteral("customer show (ledger, open invoices)"), timer.nsecsElapsed());
    timer.restart();
    auto drifts = book->book().customers().reconcile(owner);
    report(QStringLiteral("reconcile (every customer)"), timer.nsecsElapsed());
    return run && again && drifts && drifts->isEmpty() ? 0 : 1;
}
