#include "clidriver.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

// coffer-cli customer, invoice, payment, billing and reconcile on SQLite
// (tst_invoicecli) and PostgreSQL (tst_invoicecli_pg), in the contract's words: a
// bookkeeper bills, prints, collects and chases; two desktops issuing at once share
// one gapless sequence; bad input names the option and changes nothing.
class TestInvoiceCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aBookkeeperBillsPrintsCollectsAndChases();
    void theIssuedPdfHoldsTheInvoice();
    void monthlyBillingTwiceCreatesNothingNew();
    void reconcileReportsInjectedDrift();
    void twoDesktopsIssueWithoutGapsOrDuplicates();
    void cancelAndPaymentAtOnce();
    void badInputIsRefusedAndChangesNothing_data();
    void badInputIsRefusedAndChangesNothing();

private:
    CliResult cli(const QStringList &arguments, const QString &user = QStringLiteral("bao"))
    {
        return runCli(*m_book, arguments, user);
    }
    QString expectOk(const QStringList &arguments, const QString &user = QStringLiteral("bao"))
    {
        const CliResult result = cli(arguments, user);
        if (result.exitCode != 0)
            QTest::qFail(qPrintable(arguments.join(u' ') + QStringLiteral(" -> ") + result.err),
                         __FILE__, __LINE__);
        return result.exitCode == 0 ? result.out.trimmed() : QString();
    }
    static QStringList words(const QString &line) { return line.split(QLatin1Char(' ')); }
    // coffer-cli works on today's date: expectations follow it.
    static QString day(int fromToday)
    {
        return QDate::currentDate().addDays(fromToday).toString(Qt::ISODate);
    }
    static QString invoiceNumber(int n, const QString &kind = QStringLiteral("INV"))
    {
        return QStringLiteral("%1-%2-%3")
            .arg(kind)
            .arg(QDate::currentDate().year())
            .arg(n, 6, 10, QLatin1Char('0'));
    }
    // A draft for Acme with the lines given, issued; returns its number.
    QString issue(const QList<QStringList> &lines)
    {
        const QString id = expectOk(words(QStringLiteral("invoice create --customer Acme")));
        for (const QStringList &line : lines)
            expectOk(QStringList {QStringLiteral("invoice"), QStringLiteral("add-line"), id}
                     + line);
        return expectOk({QStringLiteral("invoice"), QStringLiteral("issue"), id});
    }
    QString pdfText(const QString &number, const QStringList &pages = {})
    {
        const QString path = m_files.filePath(number + QStringLiteral(".pdf"));
        expectOk({QStringLiteral("invoice"), QStringLiteral("pdf"), number, QStringLiteral("--out"),
                  path});
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        pages + QStringList {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
            QTest::qFail("pdftotext failed: run packaging/install-deps.sh (poppler-utils)",
                         __FILE__, __LINE__);
        return QString::fromUtf8(pdftotext.readAllStandardOutput());
    }

    // Runs each command in its own coffer-cli process, all at once, as bao.
    QList<CliResult> together(const QList<QStringList> &commands);

    std::unique_ptr<TestBook> m_book;
    QTemporaryDir m_files;
};

void TestInvoiceCli::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    QVERIFY(!expectOk(words(QStringLiteral("init --admin tester --merchant Bean --currency USD")),
                      TestBook::testerName())
                 .isEmpty());
    for (const char *line :
         {"user add --name bao --role bookkeeper", "user add --name aud --role auditor",
          "wallet add --name Bank --type bank"})
        QVERIFY2(!expectOk(words(QString::fromLatin1(line)), TestBook::testerName()).isEmpty(),
                 line);
    QVERIFY(!expectOk({QStringLiteral("letterhead"), QStringLiteral("set"),
                       QStringLiteral("--address"), QStringLiteral("12 Harbour Road\\nDa Nang"),
                       QStringLiteral("--tax-id"), QStringLiteral("0312345678"),
                       QStringLiteral("--email"), QStringLiteral("billing@bean.example")},
                      TestBook::testerName())
                 .isEmpty());
    QCOMPARE(
        expectOk({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("Acme"), QStringLiteral("--email"),
                  QStringLiteral("ap@acme.example"), QStringLiteral("--tax-id"),
                  QStringLiteral("US-77"), QStringLiteral("--address"), QStringLiteral("1 Main St"),
                  QStringLiteral("--currency"), QStringLiteral("USD"), QStringLiteral("--terms"),
                  QStringLiteral("14"), QStringLiteral("--cycle"), QStringLiteral("monthly"),
                  QStringLiteral("--tax-mode"), QStringLiteral("exclusive")}),
        QStringLiteral("customer Acme: USD, net 14 days, monthly billing, exclusive prices"));
}

void TestInvoiceCli::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestInvoiceCli::aBookkeeperBillsPrintsCollectsAndChases()
{
    const QString first = invoiceNumber(1);
    const QString id
        = expectOk(words(QStringLiteral("invoice create --customer Acme --due %1").arg(day(7))));
    QVERIFY(!id.isEmpty());
    QVERIFY(expectOk(words(QStringLiteral("invoice add-line %1 --description Beans --quantity 2.5 "
                                          "--unit-price 19.99 --tax-rate 10")
                               .arg(id)))
                .startsWith(QStringLiteral("line 1: Beans, 54.98 USD")));
    expectOk(words(QStringLiteral("invoice add-line %1 --description Service --quantity 1 "
                                  "--unit-price 45 --tax-rate 8.25 --discount 10")
                       .arg(id)));
    QCOMPARE(expectOk({QStringLiteral("invoice"), QStringLiteral("issue"), id}), first);
    const QJsonObject shown
        = cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("show"), first})
              .json();
    QCOMPARE(shown.value(QStringLiteral("total")).toString(), QStringLiteral("98.82"));
    QCOMPARE(shown.value(QStringLiteral("tax")).toString(), QStringLiteral("8.34"));
    QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("issued"));
    QCOMPARE(shown.value(QStringLiteral("tax_breakdown")).toArray().size(), 2);

    QVERIFY(expectOk(words(QStringLiteral("payment register --customer Acme --amount 50 --method "
                                          "card --reference R-1 --date %1")
                               .arg(day(0))))
                .contains(QStringLiteral("to %1: 50.00 USD").arg(first)));
    QVERIFY(expectOk(words(QStringLiteral("invoice list --state partly_paid"))).contains(first));
    QCOMPARE(expectOk(words(QStringLiteral("invoice list --state paid"))),
             QStringLiteral("no invoices"));

    const QJsonObject account = cli(words(QStringLiteral("--json customer show Acme"))).json();
    const QJsonArray ledger = account.value(QStringLiteral("ledger")).toArray();
    QCOMPARE(ledger.size(), 2);
    QCOMPARE(ledger.at(1).toObject().value(QStringLiteral("balance_after")).toString(),
             QStringLiteral("48.82"));
    QCOMPARE(account.value(QStringLiteral("balance")).toString(), QStringLiteral("48.82"));
    QCOMPARE(account.value(QStringLiteral("open_invoices")).toArray().size(), 1);

    // Chasing: overdue the day after it was due, a letter and an e-mail draft, once.
    const QString folder = m_files.filePath(QStringLiteral("reminders"));
    const QString chased
        = expectOk({QStringLiteral("billing"), QStringLiteral("mark-overdue"),
                    QStringLiteral("--as-of"), day(8), QStringLiteral("--out"), folder});
    QVERIFY2(chased.contains(QStringLiteral("Acme: %1 overdue").arg(first)), qPrintable(chased));
    const QStringList files = QDir(folder).entryList(QDir::Files);
    QCOMPARE(files,
             (QStringList {QStringLiteral("Acme-reminder-%1.eml").arg(day(8)),
                           QStringLiteral("Acme-reminder-%1.pdf").arg(day(8))}));
    QFile eml(QDir(folder).filePath(files.first()));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    const QByteArray email = eml.readAll();
    QVERIFY(email.contains("To: \"Acme\" <ap@acme.example>\r\n"));
    QVERIFY(email.contains("From: \"Bean\" <billing@bean.example>\r\n"));
    QVERIFY(email.contains("Content-Type: application/pdf"));
    QCOMPARE(expectOk({QStringLiteral("billing"), QStringLiteral("mark-overdue"),
                       QStringLiteral("--as-of"), day(9), QStringLiteral("--out"), folder}),
             QStringLiteral("no invoice became overdue as of %1").arg(day(9)));
    QVERIFY(expectOk(words(QStringLiteral("invoice list --state overdue"))).contains(first));

    // Collecting the rest, into the bank: a sale in the books too.
    QVERIFY(expectOk(words(QStringLiteral("payment register --customer Acme --amount 60 "
                                          "--invoice %1 --wallet Bank")
                               .arg(first)))
                .contains(QStringLiteral("kept as credit: 11.18 USD")));
    QCOMPARE(
        cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("show"), first})
            .json()
            .value(QStringLiteral("state"))
            .toString(),
        QStringLiteral("paid"));
    QVERIFY(
        expectOk(words(QStringLiteral("balance --wallet Bank"))).contains(QStringLiteral("60.00")));
    // Its receipt, printed.
    const QString receipt = m_files.filePath(QStringLiteral("receipt.pdf"));
    expectOk({QStringLiteral("payment"), QStringLiteral("receipt"), QStringLiteral("2"),
              QStringLiteral("--out"), receipt});
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), receipt, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString receiptText = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(receiptText.contains(QStringLiteral("Payment receipt"))
                 && receiptText.contains(QStringLiteral("60.00 USD"))
                 && receiptText.contains(first),
             qPrintable(receiptText));

    // A wrong invoice is cancelled by a credit note; the auditor reads it all.
    const QString second = issue({words(QStringLiteral("--description Extra --quantity 1 "
                                                       "--unit-price 5"))});
    QCOMPARE(second, invoiceNumber(2));
    QCOMPARE(expectOk({QStringLiteral("invoice"), QStringLiteral("cancel"), second,
                       QStringLiteral("--reason"), QStringLiteral("Duplicate")}),
             QStringLiteral("cancelled %1 by credit note %2 (5.00 USD)")
                 .arg(second, invoiceNumber(1, QStringLiteral("CRN"))));
    QVERIFY(expectOk(words(QStringLiteral("invoice list --state cancelled")), QStringLiteral("aud"))
                .contains(second));
    QVERIFY(pdfText(invoiceNumber(1, QStringLiteral("CRN"))).contains(second));
    QCOMPARE(expectOk(words(QStringLiteral("reconcile")), QStringLiteral("aud")),
             QStringLiteral("customer balances reconcile: every balance follows from its ledger"));
}

void TestInvoiceCli::theIssuedPdfHoldsTheInvoice()
{
    QList<QStringList> lines {
        words(QStringLiteral("--description Espresso-beans --quantity 3 --unit-price 19.99 "
                             "--tax-rate 10")),
        words(QStringLiteral("--description Milk-frother --quantity 1 --unit-price 80 --tax-rate "
                             "5 --discount 12.5")),
        words(
            QStringLiteral("--description Delivery --quantity 1 --unit-price 7.50 --tax-rate 0"))};
    const QString number = issue(lines);
    const QString text = pdfText(number);
    QVERIFY(text.contains(invoiceNumber(1)));
    for (const char *expected :
         {"Espresso-beans", "Milk-frother", "Delivery", "Acme", "1 Main St", "12 Harbour Road",
          "0312345678", "59.97 USD", "70.00 USD", "7.50 USD", "137.47 USD", "6.00 USD", "3.50 USD",
          "9.50 USD", "146.97 USD"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);

    // A long invoice breaks over pages, its table header on each.
    const QString id = expectOk(words(QStringLiteral("invoice create --customer Acme")));
    for (int i = 1; i <= 120; ++i)
        expectOk(words(QStringLiteral("invoice add-line %1 --description Item-%2 --quantity 1 "
                                      "--unit-price 1")
                           .arg(id)
                           .arg(i)));
    const QString longNumber = expectOk({QStringLiteral("invoice"), QStringLiteral("issue"), id});
    const QString all = pdfText(longNumber);
    for (int i = 1; i <= 120; ++i)
        QVERIFY2(all.contains(QStringLiteral("Item-%1 ").arg(i)), qPrintable(QString::number(i)));
    QVERIFY(all.contains(QStringLiteral("Page 3 of")));
    const QString third = pdfText(
        longNumber,
        {QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"), QStringLiteral("3")});
    QVERIFY(third.contains(QStringLiteral("Description")));
}

void TestInvoiceCli::monthlyBillingTwiceCreatesNothingNew()
{
    for (const char *line : {"tx add --type income --wallet Cash --amount 40 --date 2026-10-03 "
                             "--reference customer:Acme --note Delivery-3-Oct",
                             "tx add --type income --wallet Cash --amount 60 --date 2026-10-17 "
                             "--reference customer:Acme --note Delivery-17-Oct",
                             "tx add --type income --wallet Cash --amount 99 --date 2026-11-02 "
                             "--reference customer:Acme --note November"})
        QVERIFY2(!expectOk(words(QString::fromLatin1(line))).isEmpty(), line);
    const QJsonObject first
        = cli(words(QStringLiteral("--json billing run-monthly --month 2026-10"))).json();
    QCOMPARE(first.value(QStringLiteral("created")).toInt(), 1);
    const QString number = first.value(QStringLiteral("customers"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("number"))
                               .toString();
    const QJsonObject invoice
        = cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("show"), number})
              .json();
    QCOMPARE(invoice.value(QStringLiteral("lines")).toArray().size(), 2);
    QCOMPARE(invoice.value(QStringLiteral("total")).toString(), QStringLiteral("100.00"));
    QCOMPARE(invoice.value(QStringLiteral("billing_period")).toString(), QStringLiteral("2026-10"));
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    QCOMPARE(
        expectOk(words(QStringLiteral("billing run-monthly --month 2026-10"))),
        QStringLiteral("Acme: already billed %1\n0 invoice(s) issued for 2026-10").arg(number));
    QCOMPARE(BookSnapshot::take(m_book->book().database()), before);
}

void TestInvoiceCli::reconcileReportsInjectedDrift()
{
    issue({words(QStringLiteral("--description Work --quantity 1 --unit-price 10"))});
    QCOMPARE(cli(words(QStringLiteral("reconcile"))).exitCode, 0);
    QVERIFY(m_book->book().database().run(
        QStringLiteral("UPDATE customer SET balance_minor = balance_minor + 250")));
    const CliResult drift = cli(words(QStringLiteral("reconcile")));
    QCOMPARE(drift.exitCode, 1);
    QCOMPARE(drift.out.trimmed(),
             QStringLiteral("drift: Acme: balance is 12.50, the ledger gives 10.00"));
    QVERIFY(m_book->book().database().run(
        QStringLiteral("UPDATE customer SET balance_minor = balance_minor - 250")));
}

QList<CliResult> TestInvoiceCli::together(const QList<QStringList> &commands)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("COFFER_PASSWORD"), TestBook::testerPassword());
    QList<QProcess *> processes;
    for (const QStringList &command : commands) {
        auto *process = new QProcess(this);
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(COFFER_CLI_PATH),
                       QStringList {QStringLiteral("--db"), m_book->location().displayName(),
                                    QStringLiteral("--user"), QStringLiteral("bao")}
                           + command);
        processes << process;
    }
    QList<CliResult> results;
    for (QProcess *process : processes) {
        CliResult result;
        if (!process->waitForFinished(60000))
            process->kill();
        result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        result.out = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
        result.err = QString::fromUtf8(process->readAllStandardError());
        results << result;
        delete process;
    }
    return results;
}

void TestInvoiceCli::twoDesktopsIssueWithoutGapsOrDuplicates()
{
    // Twenty drafts, issued by two coffer-cli processes at a time.
    QStringList drafts;
    for (int i = 0; i < 20; ++i) {
        drafts << expectOk(words(QStringLiteral("invoice create --customer Acme")));
        expectOk(words(QStringLiteral("invoice add-line %1 --description Work --quantity 1 "
                                      "--unit-price 1")
                           .arg(drafts.last())));
    }
    QStringList numbers;
    for (int i = 0; i < drafts.size(); i += 2) {
        const QList<CliResult> results
            = together({{QStringLiteral("invoice"), QStringLiteral("issue"), drafts.at(i)},
                        {QStringLiteral("invoice"), QStringLiteral("issue"), drafts.at(i + 1)}});
        for (const CliResult &result : results) {
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            numbers << result.out;
        }
    }
    QStringList expected;
    for (int i = 1; i <= 20; ++i)
        expected << invoiceNumber(i);
    std::sort(numbers.begin(), numbers.end());
    QCOMPARE(numbers, expected);
}

void TestInvoiceCli::cancelAndPaymentAtOnce()
{
    // Each takes the customer's row before any invoice: neither waits for the other
    // in a circle, both go through, and the account still adds up.
    for (int round = 0; round < 4; ++round) {
        const QString older = issue({words(QStringLiteral("--description A --quantity 1 "
                                                          "--unit-price 10"))});
        issue({words(QStringLiteral("--description B --quantity 1 --unit-price 10"))});
        const QList<CliResult> results
            = together({{QStringLiteral("invoice"), QStringLiteral("cancel"), older,
                         QStringLiteral("--reason"), QStringLiteral("race")},
                        words(QStringLiteral("payment register --customer Acme --amount 3"))});
        for (const CliResult &result : results)
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }
    QCOMPARE(cli(words(QStringLiteral("reconcile"))).exitCode, 0);
    QCOMPARE(cli(words(QStringLiteral("--json customer show Acme")))
                 .json()
                 .value(QStringLiteral("balance"))
                 .toString(),
             QStringLiteral("28.00")); // 8 × 10 − 4 × 10 − 4 × 3
}

void TestInvoiceCli::badInputIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("user");
    auto row = [](const char *name, const char *line, const char *code, const char *option,
                  const char *user = "bao") {
        QTest::newRow(name) << QString::fromUtf8(line) << QString::fromUtf8(code)
                            << QString::fromUtf8(option) << QString::fromUtf8(user);
    };
    row("name taken", "customer add --name acme", "CustomerNameTaken", "--name");
    row("no name", "customer add --email a@b.example", "MissingOption", "--name");
    row("email", "customer add --name Zed --email zed", "InvalidArgument", "--email");
    row("currency", "customer add --name Zed --currency ZZZ", "UnknownCurrency", "--currency");
    row("terms", "customer add --name Zed --terms 400", "InvalidArgument", "--terms");
    row("cycle", "customer add --name Zed --cycle weekly", "InvalidArgument", "--cycle");
    row("tax mode", "customer add --name Zed --tax-mode gross", "InvalidArgument", "--tax-mode");
    row("no customer", "invoice create --customer Nobody", "CustomerNotFound", "--customer");
    row("due", "invoice create --customer Acme --due 2026-02-30", "InvalidDate", "--due");
    row("due passed", "invoice create --customer Acme --due 2020-01-01", "InvalidDate", "--due");
    row("as-of far ahead", "billing mark-overdue --as-of 2099-01-01", "InvalidDate", "--as-of");
    row("quantity", "invoice add-line 1 --description X --quantity 0 --unit-price 1",
        "InvalidArgument", "--quantity");
    row("quantity text", "invoice add-line 1 --description X --quantity 1e3 --unit-price 1",
        "InvalidArgument", "--quantity");
    row("price", "invoice add-line 1 --description X --quantity 1 --unit-price 1.001",
        "TooManyDecimals", "--unit-price");
    row("negative price", "invoice add-line 1 --description X --quantity 1 --unit-price -1",
        "InvalidArgument", "--unit-price");
    row("tax rate", "invoice add-line 1 --description X --quantity 1 --unit-price 1 --tax-rate 101",
        "InvalidRate", "--tax-rate");
    row("discount",
        "invoice add-line 1 --description X --quantity 1 --unit-price 1 --discount 8.123456",
        "InvalidRate", "--discount");
    row("no draft", "invoice add-line 99 --description X --quantity 1 --unit-price 1",
        "InvoiceNotFound", "invoice");
    row("empty draft", "invoice issue 1", "NothingToBill", "invoice");
    row("issued", "invoice cancel INV-2026-000009 --reason x", "InvoiceNotFound", "invoice");
    row("state", "invoice list --state late", "InvalidArgument", "--state");
    row("pdf of a draft", "invoice pdf 1 --out /tmp/x.pdf", "InvoiceNotFound", "invoice");
    row("payment amount", "payment register --customer Acme --amount 0", "AmountMustBePositive",
        "--amount");
    row("payment customer", "payment register --customer Nobody --amount 1", "CustomerNotFound",
        "--customer");
    row("payment invoice", "payment register --customer Acme --amount 1 --invoice INV-2026-000404",
        "InvoiceNotFound", "--invoice");
    row("payment date", "payment register --customer Acme --amount 1 --date 2026-13-01",
        "InvalidDate", "--date");
    row("payment wallet", "payment register --customer Acme --amount 1 --wallet Safe",
        "WalletNotFound", "--wallet");
    row("month", "billing run-monthly --month 2026-13", "InvalidDate", "--month");
    row("receipt", "payment receipt 99 --out /tmp/r.pdf", "InvalidArgument", "payment");
    row("as-of", "billing mark-overdue --as-of tomorrow", "InvalidDate", "--as-of");
    row("auditor", "customer add --name Zed", "PermissionDenied", "permission", "aud");
    row("letterhead language", "letterhead set --language fr", "InvalidArgument", "--language",
        "tester");
    row("letterhead by a bookkeeper", "letterhead set --tax-id 1", "PermissionDenied",
        "permission");
}

void TestInvoiceCli::badInputIsRefusedAndChangesNothing()
{
    QFETCH(QString, line);
    QFETCH(QString, code);
    QFETCH(QString, option);
    QFETCH(QString, user);
    // A draft (id 1) exists for the rows that need one.
    expectOk(words(QStringLiteral("invoice create --customer Acme")));
    expectRefused(*m_book, line, code, option, user);
}

QTEST_MAIN(TestInvoiceCli)
#include "tst_invoicecli.moc"
