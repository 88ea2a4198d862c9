// The invoices page through a real window, on SQLite (tst_invoicespage) and
// PostgreSQL (tst_invoicespage_pg), as a bookkeeper: the editor's live totals over
// two tax rates and a bad cell that is marked and writes nothing; issuing; the state
// filters and the aging strip as payments and the overdue run change the invoices;
// cancelling with a credit note; saving the kept PDFs to a folder; print preview; the
// billing jobs run twice; and an auditor, who is offered nothing that changes.
#include "invoicedriver.h"
#include "invoices/agingstrip.h"
#include "invoices/billingjobsdialog.h"
#include "invoices/cancelinvoicedialog.h"
#include "invoices/invoicedetailview.h"
#include "invoices/invoiceeditor.h"
#include "invoices/invoicelinesmodel.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicespage.h"
#include "invoices/invoicetotalsview.h"
#include "invoices/paymentdialog.h"
#include "printing/bookprinting.h"
#include "testbook.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace coffer;
using namespace coffer::test;
using Lines = ui::InvoiceLinesModel;

namespace {

template<typename T> QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

} // namespace

class TestInvoicesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theEditorTotalsLiveAndIssues();
    void aBadCellIsMarkedAndNothingIsWritten();
    void aDraftIsEditedAndIssuedFromThePage();
    void uninvoicedEntriesJoinTheDraft();
    void filtersAndAgingFollowPaymentsAndOverdue();
    void cancellingIssuesACreditNote();
    void keptPdfsAreSavedToAFolder();
    void aDraftPreviewsButHasNoLegalPdf();
    void registerPaymentNamesTheOpenInvoices();
    void billingJobsRunTwiceAndReconcile();
    void anAuditorIsOfferedNothingThatChanges();

private:
    InvoiceService &invoices() { return m_book->book().invoices(); }
    Money usd(const QString &amount) { return money(amount, QStringLiteral("USD")); }
    void addCustomer(const QString &name, int terms, qint64 taxRate,
                     BillingCycle cycle = BillingCycle::None);
    // An invoice of one line issued on `day`.
    Invoice issueOn(const QDate &day, const QString &customer, const QString &price);
    qint64 draftFor(const QString &customer, const QString &price);
    void pay(const QString &customer, const QString &amount, const QString &number);
    ui::InvoicesPage *openPage(ui::MainWindow &window);

    std::unique_ptr<TestBook> m_book;
    Actor m_owner;
    Merchant m_merchant;
    Actor m_bookkeeper;
    SignedIn m_bookkeeperSignIn;
    QTemporaryDir m_folder;
};

void TestInvoicesPage::init()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_owner = m_book->createMerchant(QStringLiteral("Test Shop"), QStringLiteral("USD"));
    Book &book = m_book->book();
    m_merchant = book.wallets().resolveMerchant(QString()).value();
    m_bookkeeper = m_book->actorWithRole(Role::Bookkeeper, m_owner.merchantId);
    m_bookkeeperSignIn
        = book.users().signIn(QStringLiteral("bookkeeper"), TestBook::testerPassword()).value();
    // The window installs it too; invoices issued before it opens need it.
    printing::installInvoicePrinter(book);
    invoices().setToday(QDate(2026, 11, 20));
    addCustomer(QStringLiteral("Acme"), 14, 100'000);
    addCustomer(QStringLiteral("Globex"), 30, 0);
}

void TestInvoicesPage::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestInvoicesPage::addCustomer(const QString &name, int terms, qint64 taxRate,
                                   BillingCycle cycle)
{
    NewCustomer c;
    c.name = name;
    // Addresses are ASCII: the name's letters a to z make the domain.
    c.email = QStringLiteral("billing@%1.example")
                  .arg(name.toLower().remove(QRegularExpression(QStringLiteral("[^a-z0-9]"))));
    c.address = QStringLiteral("1 Main Street\nSpringfield");
    c.termsDays = terms;
    c.cycle = cycle;
    c.itemTaxRate = taxRate;
    auto added = m_book->book().customers().add(m_owner, c);
    QVERIFY2(added, why(added));
}

qint64 TestInvoicesPage::draftFor(const QString &customer, const QString &price)
{
    auto draft = invoices().createDraft(m_bookkeeper, NewInvoice {customer, {}, {}, {}});
    if (!draft)
        qFatal("create: %s", why(draft).constData());
    NewInvoiceLine line;
    line.description = QStringLiteral("Consulting");
    line.unitPrice = usd(price);
    auto added = invoices().addLine(m_bookkeeper, draft->id, line);
    if (!added)
        qFatal("add-line: %s", why(added).constData());
    return draft->id;
}

Invoice TestInvoicesPage::issueOn(const QDate &day, const QString &customer, const QString &price)
{
    const QDate today = invoices().today();
    invoices().setToday(day);
    auto issued = invoices().issue(m_bookkeeper, draftFor(customer, price));
    invoices().setToday(today);
    if (!issued)
        qFatal("issue: %s", why(issued).constData());
    return *issued;
}

void TestInvoicesPage::pay(const QString &customer, const QString &amount, const QString &number)
{
    NewPayment p;
    p.customer = customer;
    p.amount = usd(amount);
    p.reference = QStringLiteral("BANK-7");
    p.invoiceNumbers << number;
    auto paid = invoices().registerPayment(m_bookkeeper, p);
    QVERIFY2(paid, why(paid));
}

ui::InvoicesPage *TestInvoicesPage::openPage(ui::MainWindow &window)
{
    ui::InvoicesPage *page = window.invoicesPage();
    if (!page || !showWindow(window, page))
        return nullptr;
    return page;
}

void TestInvoicesPage::theEditorTotalsLiveAndIssues()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_bookkeeper, m_bookkeeperSignIn);
    ui::InvoicesPage *page = openPage(window);
    QVERIFY(page);
    ui::InvoiceEditor editor(window.workspace(), page);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    chooseText(editor.customer(), QStringLiteral("Acme"));
    // The first line is there to type into, with the customer's 10 % and quantity 1.
    QCOMPARE(editor.lines()->rowCount(), 1);
    QCOMPARE(editor.lines()->rows().first().cells[Lines::TaxRate], QStringLiteral("10"));
    typeLine(editor, 0, {QStringLiteral("Design"), QStringLiteral("2"), QStringLiteral("150.00")});
    QCOMPARE(editor.totals()->subtotalText(), QStringLiteral("300.00 USD"));
    QCOMPARE(editor.totals()->totalText(), QStringLiteral("330.00 USD"));

    editor.button(QStringLiteral("addLine"))->click();
    typeLine(editor, 1,
             {QStringLiteral("Hosting"), QString(), QStringLiteral("19.99"), QString(),
              QStringLiteral("5")});
    editor.button(QStringLiteral("addLine"))->click();
    typeLine(editor, 2,
             {QStringLiteral("Support hours"), QStringLiteral("3"), QStringLiteral("25"),
              QStringLiteral("10")});
    editor.button(QStringLiteral("addLine"))->click();
    typeLine(editor, 3,
             {QStringLiteral("Travel (half day)"), QStringLiteral("0.5"),
              QStringLiteral("1,200.00"), QString(), QStringLiteral("0")});
    // 300.00 + 19.99 + 67.50 (3 × 25.00 less 10 %) + 600.00; tax per line, half up:
    // 5 % of 19.99 = 0.9995 -> 1.00; 10 % of 367.50 = 36.75; 0 % of 600.00.
    QCOMPARE(editor.lines()->data(editor.lines()->index(2, Lines::Amount)).toString(),
             QStringLiteral("67.50 USD"));
    QCOMPARE(editor.totals()->subtotalText(), QStringLiteral("987.49 USD"));
    const QList<ui::InvoiceTotalsView::BandRow> bands = editor.totals()->bandRows();
    QCOMPARE(bands.size(), 3);
    QCOMPARE(bands.at(0).rate, QStringLiteral("Tax 0 %"));
    QCOMPARE(bands.at(0).tax, QStringLiteral("0.00 USD"));
    QCOMPARE(bands.at(1).rate, QStringLiteral("Tax 5 %"));
    QCOMPARE(bands.at(1).base, QStringLiteral("on 19.99 USD"));
    QCOMPARE(bands.at(1).tax, QStringLiteral("1.00 USD"));
    QCOMPARE(bands.at(2).rate, QStringLiteral("Tax 10 %"));
    QCOMPARE(bands.at(2).base, QStringLiteral("on 367.50 USD"));
    QCOMPARE(bands.at(2).tax, QStringLiteral("36.75 USD"));
    QCOMPARE(editor.totals()->totalText(), QStringLiteral("1,025.24 USD"));
    editor.note()->setPlainText(QStringLiteral("Thank you for your business."));
    shot(&editor, QStringLiteral("invoice-editor"));

    editor.button(QStringLiteral("issue"))->click();
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    const Invoice issued = editor.saved();
    QVERIFY(issued.number.startsWith(QStringLiteral("INV-2026-")));
    QCOMPARE(issued.total, usd(QStringLiteral("1025.24")));
    QCOMPARE(issued.dueDate, QDate(2026, 12, 4)); // the customer's 14 days
    const InvoiceDetail stored = invoices().show(m_bookkeeper, issued.number).value();
    QCOMPARE(stored.lines.size(), 4);
    QCOMPARE(stored.lines.at(3).quantity, 500'000);
    QCOMPARE(stored.bands.size(), 3);
    QCOMPARE(stored.invoice.note, QStringLiteral("Thank you for your business."));

    // The page lists it, issued, with its amounts.
    QVERIFY(page->selectInvoice(issued.number));
    const ui::InvoiceListModel *model = page->model();
    const int row = model->rowOf(issued.number);
    QCOMPARE(model->data(model->index(row, ui::InvoiceListModel::State)).toString(),
             QStringLiteral("Issued"));
    QCOMPARE(model->data(model->index(row, ui::InvoiceListModel::Outstanding)).toString(),
             QStringLiteral("1,025.24 USD"));
    QCOMPARE(model->data(model->index(row, ui::InvoiceListModel::Age)).toString(),
             QStringLiteral("due in 14 days"));
    QVERIFY(page->detail()->text()->toPlainText().contains(QStringLiteral("Tax by rate")));
}

void TestInvoicesPage::aBadCellIsMarkedAndNothingIsWritten()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_bookkeeper, m_bookkeeperSignIn);
    ui::InvoicesPage *page = openPage(window);
    QVERIFY(page);
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    ui::InvoiceEditor editor(window.workspace(), page);
    editor.show();
    chooseText(editor.customer(), QStringLiteral("Acme"));
    typeLine(editor, 0, {QStringLiteral("Design"), QStringLiteral("2"), QStringLiteral("100.00")});
    editor.button(QStringLiteral("addLine"))->click();
    typeLine(editor, 1,
             {QStringLiteral("Extras"), QStringLiteral("2,5x"), QStringLiteral("10.00")});
    const QModelIndex bad = editor.lines()->index(1, Lines::Quantity);
    QVERIFY(editor.lines()->data(bad, Qt::BackgroundRole).isValid());
    QVERIFY(editor.lines()
                ->data(bad, Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("quantity: '2,5x'")));
    QVERIFY(!editor.lines()
                 ->data(editor.lines()->index(1, Lines::UnitPrice), Qt::BackgroundRole)
                 .isValid());
    // The totals leave the bad line out and say why.
    QCOMPARE(editor.totals()->totalText(), QStringLiteral("220.00 USD"));
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("linesHint"))
                ->text()
                .startsWith(QStringLiteral("line 2: quantity")));
    typeCell(editor, 1, Lines::UnitPrice, QStringLiteral("10.001"));
    QVERIFY(editor.lines()
                ->data(editor.lines()->index(1, Lines::UnitPrice), Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("unit price: '10.001' has 3 decimals")));
    shot(&editor, QStringLiteral("invoice-editor-bad-cell"));

    editor.button(QStringLiteral("saveDraft"))->click();
    editor.button(QStringLiteral("issue"))->click();
    QVERIFY(editor.isVisible());
    QVERIFY(editor.problem().contains(QStringLiteral("line 2: quantity")));
    QCOMPARE(editor.draftId(), 0);
    QCOMPARE(BookSnapshot::take(m_book->book().database()), before);

    // A refusal of the core shows at its field: no customer chosen.
    editor.customer()->setCurrentIndex(-1);
    editor.button(QStringLiteral("removeLine"))->click(); // the current, bad line
    QCOMPARE(editor.lines()->rowCount(), 1);
    editor.button(QStringLiteral("saveDraft"))->click();
    QVERIFY(editor.problem(QStringLiteral("customer")).startsWith(QStringLiteral("customer:")));
    QCOMPARE(BookSnapshot::take(m_book->book().database()), before);
}

void TestInvoicesPage::aDraftIsEditedAndIssuedFromThePage()
{
    const qint64 id = draftFor(QStringLiteral("Globex"), QStringLiteral("40.00"));
    ui::MainWindow window(m_book->book(), m_merchant, m_bookkeeper, m_bookkeeperSignIn);
    ui::InvoicesPage *page = openPage(window);
    QVERIFY(page);
    QVERIFY(page->selectInvoice(QString::number(id)));
    QCOMPARE(page->model()->data(page->model()->index(0, 0)).toString(),
             QStringLiteral("Draft %1").arg(id));
    QVERIFY(page->button(QStringLiteral("editDraft"))->isEnabled());
    QVERIFY(page->button(QStringLiteral("issue"))->isEnabled());
    QVERIFY(!page->button(QStringLiteral("cancel"))->isEnabled());

    // Through the button: the first line changes, a second is added, the due date set.
    bool edited = false;
    whenDialogOpens([&edited](QDialog *dialog) {
        auto *editor = qobject_cast<ui::InvoiceEditor *>(dialog);
        QVERIFY(editor);
        QCOMPARE(editor->lines()->rowCount(), 1);
        typeCell(*editor, 0, Lines::Quantity, QStringLiteral("3"));
        editor->button(QStringLiteral("addLine"))->click();
        typeLine(*editor, 1, {QStringLiteral("Licence"), QString(), QStringLiteral("15.50")});
        editor->hasDueDate()->setChecked(true);
        editor->dueDate()->setDate(QDate(2026, 12, 31));
        QCOMPARE(editor->totals()->totalText(), QStringLiteral("135.50 USD"));
        editor->button(QStringLiteral("saveDraft"))->click();
        edited = editor->result() == QDialog::Accepted;
        if (!edited)
            dialog->reject();
    });
    page->button(QStringLiteral("editDraft"))->click();
    QVERIFY(edited);
    const InvoiceDetail draft = invoices().show(m_bookkeeper, QString::number(id)).value();
    QCOMPARE(draft.lines.size(), 2);
    QCOMPARE(draft.lines.at(0).quantity, 3 * quantityScale);
    QCOMPARE(draft.invoice.total, usd(QStringLiteral("135.50")));
    QCOMPARE(draft.invoice.dueDate, QDate(2026, 12, 31));

    QVERIFY(page->selectInvoice(QString::number(id)));
    page->button(QStringLiteral("issue"))->click();
    const Invoice *issued = page->currentInvoice();
    QVERIFY(issued);
    QVERIFY(issued->number.startsWith(QStringLiteral("INV-2026-")));
    QCOMPARE(toCode(issued->state), QStringLiteral("issued"));
    QVERIFY(!page->button(QStringLiteral("issue"))->isEnabled());
}

void TestInvoicesPage::uninvoicedEntriesJoinTheDraft()
{
    const Wallet cash = m_book->book().wallets().list(m_owner).value().first();
    NewTransaction t;
    t.type = TransactionType::Income;
    t.walletId = cash.id;
    t.amount = usd(QStringLiteral("64.00"));
    t.date = QDate(2026, 11, 12);
    t.referenceType = QStringLiteral("customer");
    t.referenceId = QStringLiteral("Acme");
    t.note = QStringLiteral("Catering, 12 Nov");
    auto recorded = m_book->book().ledger().record(m_owner, t);
    QVERIFY2(recorded, why(recorded));
    ui::MainWindow window(m_book->book(), m_merchant, m_bookkeeper, m_bookkeeperSignIn);
    ui::InvoicesPage *page = openPage(window);
    QVERIFY(page);
    ui::InvoiceEditor editor(window.workspace(), page);
    editor.show();
    chooseText(editor.customer(), QStringLiteral("Acme"));
    typeLine(editor, 0, {QStringLiteral("Design"), QString(), QStringLiteral("100.00")});
    // Nothing dated up to the 11th; the entry of the 12th joins, after the typed line.
    auto none = editor.addUninvoiced(QDate(2026, 11, 11));
    QVERIFY2(none, why(none));
    QCOMPARE(*none, 0);
    QVERIFY(editor.draftId() != 0); // saved first, to bill into
    auto added = editor.addUninvoiced(QDate(2026, 11, 20));
    QVERIFY2(added, why(added));
    QCOMPARE(*added, 1);
    QCOMPARE(editor.status(), QStringLiteral("1 entry added."));
    QVERIFY(!editor.customer()->isEnabled()); // the draft is this customer's now
    QCOMPARE(editor.lines()->rowCount(), 2);
    QCOMPARE(editor.lines()->rows().at(1).cells[Lines::Description],
             QStringLiteral("Catering, 12 Nov (2026-11-12)"));
    QVERIFY(!editor.lines()->rows().at(1).changed);
    editor.button(QStringLiteral("saveDraft"))->click();
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    const InvoiceDetail draft
        = invoices().show(m_bookkeeper, QString::number(editor.draftId())).value();
    QCOMPARE(draft.lines.size(), 2);
    QCOMPARE(draft.invoice.subtotal, usd(QStringLiteral("164.00")));
    // Billed once: a second draft finds nothing left.
    auto again = invoices().createDraft(
        m_bookkeeper, NewInvoice {QStringLiteral("Acme"), {}, {}, QDate(2026, 11, 20)});
    QVERIFY2(again, why(again));
    QCOMPARE(invoices().show(m_bookkeeper, QString::number(again->id)).value().lines.size(), 0);
}

void TestInvoicesPage::filtersAndAgingFollowPaymentsAndOverdue()
{
    // Acme's terms are 14 days, Globex's 30; today is 20 Nov 2026.
    const Invoice old
        = issueOn(QDate(2026, 8, 1), QStringLiteral("Acme"), QStringLiteral("100.00"));
    const Invoice part
        = issueOn(QDate(2026, 10, 1), QStringLiteral("Acme"), QStringLiteral("50.00"));
    const Invoice fresh
        = issueOn(QDate(2026, 11, 10), QStringLiteral("Globex"), QStringLiteral("200.00"));
    const Invoice settled
        = issueOn(QDate(2026, 10, 10), QStringLiteral("Globex"), QStringLiteral("80.00"));
    const qint64 draft = draftFor(QStringLiteral("Globex"), QStringLiteral("5.00"));
    pay(QStringLiteral("Acme"), QStringLiteral("20.00"), part.number);
    pay(QStringLiteral("Globex"), QStringLiteral("80.00"), settled.number);

    ui::MainWindow window(m_book->book(), m_merchant, m_bookkeeper, m_bookkeeperSignIn);
    ui::InvoicesPage *page = openPage(window);
    QVERIFY(page);
    QCOMPARE(page->listed().size(), 5);
    page->setStateFilter(InvoiceDisplayState::Issued);
    QCOMPARE(numbersOf(page->listed()), QStringList({old.number, fresh.number}));
    page->setStateFilter(InvoiceDisplayState::PartlyPaid);
    QCOMPARE(numbersOf(page->listed()), QStringList({part.number}));
    page->setStateFilter(InvoiceDisplayState::Paid);
    QCOMPARE(numbersOf(page->listed()), QStringList({settled.number}));
    page->setStateFilter(InvoiceDisplayState::Draft);
    QCOMPARE(numbersOf(page->listed()), QStringList({QString::number(draft)}));

    // Outstanding by days past due: 110.00 is 97 days late, 35.00 of 55.00 is 36 days
    // late, 200.00 is due on 10 Dec; the paid one owes nothing.
    const ui::AgingStrip *aging = page->aging();
    QCOMPARE(aging->amountText(ui::Aging::NotYetDue), QStringLiteral("200.00 USD"));
    QCOMPARE(aging->amountText(ui::Aging::Days1To30), QStringLiteral("—"));
    QCOMPARE(aging->amountText(ui::Aging::Days31To60), QStringLiteral("35.00 USD"));
    QCOMPARE(aging->amountText(ui::Aging::Days61To90), QStringLiteral("—"));
    QCOMPARE(aging->amountText(ui::Aging::Over90), QStringLiteral("110.00 USD"));
    QCOMPARE(aging->amountText(ui::Aging::BucketCount), QStringLiteral("345.00 USD"));

    auto marked = invoices().markOverdue(m_bookkeeper, QDate(2026, 11, 20));
    QVERIFY2(marked, why(marked));
    window.workspace().bookChanged();
    page->setStateFilter(InvoiceDisplayState::Overdue);
    QCOMPARE(numbersOf(page->listed()), QStringList({old.number, part.number}));
    const ui::InvoiceListModel *model = page->model();
    const int row = model->rowOf(old.number);
    QCOMPARE(model->data(model->index(row, ui::InvoiceListModel::State)).toString(),
             QStringLiteral("Overdue"));
    QCOMPARE(model->data(model->index(row, ui::InvoiceListModel::Age)).toString(),
             QStringLiteral("97 days late"));
    QVERIFY(
        model->data(model->index(row, ui::InvoiceListModel::State), Qt::ForegroundRole).isValid());

    // The customer filter narrows the list and the strip; the search the number.
    page->setStateFilter(std::nullopt);
    page->setCustomerFilter(QStringLiteral("Globex"));
    QCOMPARE(page->listed().size(), 3);
    QCOMPARE(aging->amountText(ui::Aging::BucketCount), QStringLiteral("200.00 USD"));
    page->search()->setText(fresh.number.right(3));
    QCOMPARE(numbersOf(page->listed()), QStringList({fresh.number}));
    page->search()->clear();
    page->setCustomerFilter(QString());
    QCOMPARE(page->listed().size(), 5);

    // A fuller page: a long name, large amounts, a credit note, every state.
    const QString trading = QStringLiteral("Nguyễn Trading Company Limited — Hà Nội branch");
    addCustomer(trading, 30, 80'000);
    const QStringList prices {QStringLiteral("12,500.00"), QStringLiteral("980.50"),
                              QStringLiteral("42.00"), QStringLiteral("1,999,999.99"),
                              QStringLiteral("310.00")};
    QStringList tradingNumbers;
    for (int i = 0; i < prices.size(); ++i)
        tradingNumbers << issueOn(QDate(2026, 9, 1).addDays(i * 17), trading,
                                  QString(prices.at(i)).remove(u','))
                              .number;
    QVERIFY(invoices().cancel(m_bookkeeper, tradingNumbers.at(2), QStringLiteral("Wrong rate")));
    pay(trading, QStringLiteral("5000.00"), tradingNumbers.at(0));
    draftFor(trading, QStringLiteral("75.00"));
    window.workspace().bookChanged();
    QCOMPARE(page->listed().size(), 12);
    window.resize(1400, 820);
    QVERIFY(page->selectInvoice(part.number));
    QVERIFY(page->detail()->text()->toPlainText().contains(QStringLiteral("Payments allocated")));
    shot(&window, QStringLiteral("invoices-page"));
}

void TestInvoicesPage::cancellingIssuesACreditNote()
{
    const Invoice invoice
        = issueOn(QDate(2026, 11, 2), QStringLiteral("Acme"), QStringLiteral("70.00"));
    ui::MainWindow window(m_book->book(), m_merchant, m_bookkeeper, m_bookkeeperSignIn);
    ui::InvoicesPage *page = openPage(window);
    QVERIFY(page);
    QVERIFY(page->selectInvoice(invoice.number));
    QVERIFY(page->button(QStringLiteral("cancel"))->isEnabled());
    QString refusal;
    whenDialogOpens([&refusal](QDialog *dialog) {
        auto *cancel = qobject_cast<ui::CancelInvoiceDialog *>(dialog);
        QVERIFY(cancel);
        cancel->accept(); // no reason: refused by the core, the dialog stays
        refusal = cancel->problem();
        QVERIFY(cancel->isVisible());
        cancel->reason()->setText(QStringLiteral("Billed twice"));
        cancel->accept();
        if (cancel->isVisible())
            cancel->reject();
    });
    page->button(QStringLiteral("cancel"))->click();
    QVERIFY(refusal.startsWith(QStringLiteral("reason:")));
    const Invoice *current = page->currentInvoice();
    QVERIFY(current);
    QCOMPARE(current->number, invoice.number);
    QCOMPARE(toCode(current->state), QStringLiteral("cancelled"));
    QVERIFY(!page->button(QStringLiteral("cancel"))->isEnabled());
    const QString detail = page->detail()->text()->toPlainText();
    QVERIFY(detail.contains(QStringLiteral("Cancelled by")));
    QVERIFY(detail.contains(QStringLiteral("CRN-2026-000001")));
    QVERIFY(page->selectInvoice(QStringLiteral("CRN-2026-000001")));
    QCOMPARE(
        page->model()
            ->data(page->model()->index(page->model()->rowOf(QStringLiteral("CRN-2026-000001")),
                                        ui::InvoiceListModel::Kind))
            .toString(),
        QStringLiteral("Credit note"));
    QVERIFY(page->detail()->text()->toPlainText().contains(invoice.number));
    QCOMPARE(m_book->book().customers().find(m_owner, QStringLiteral("Acme")).value().balance,
             usd(QStringLiteral("0.00")));
}

void TestInvoicesPage::keptPdfsAreSavedToAFolder()
{
    const Invoice first
        = issueOn(QDate(2026, 11, 2), QStringLiteral("Acme"), QStringLiteral("10.00"));
    const Invoice second
        = issueOn(QDate(2026, 11, 3), QStringLiteral("Globex"), QStringLiteral("20.00"));
    const qint64 draft = draftFor(QStringLiteral("Acme"), QStringLiteral("1.00"));
    ui::MainWindow window(m_book->book(), m_merchant, m_bookkeeper, m_bookkeeperSignIn);
    ui::InvoicesPage *page = openPage(window);
    QVERIFY(page);
    QVERIFY(page->selectInvoices({first.number, second.number, QString::number(draft)}));
    QCOMPARE(page->selectedInvoices().size(), 3);
    QVERIFY(page->button(QStringLiteral("savePdfs"))->isEnabled());
    const QString folder = m_folder.filePath(QStringLiteral("pdfs"));
    auto saved = page->savePdfsTo(folder);
    QVERIFY2(saved, why(saved));
    QCOMPARE(saved->written.size(), 2);
    QCOMPARE(saved->skipped.size(), 1);
    QVERIFY(saved->skipped.first().startsWith(QStringLiteral("Draft %1").arg(draft)));
    for (const QString &number : {first.number, second.number}) {
        QFile file(QDir(folder).filePath(number + QStringLiteral(".pdf")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(bytes, invoices().pdf(m_bookkeeper, number).value());
    }
    QVERIFY(ui::savedPdfsText(*saved).contains(first.number + QStringLiteral(".pdf")));

    // One invoice: the file chosen gets the kept PDF.
    QVERIFY(page->selectInvoice(second.number));
    const QString one = m_folder.filePath(QStringLiteral("one.pdf"));
    QVERIFY(page->saveSelectedPdf(one).ok());
    QFile file(one);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF"));
}

void TestInvoicesPage::aDraftPreviewsButHasNoLegalPdf()
{
    const qint64 draft = draftFor(QStringLiteral("Acme"), QStringLiteral("12.00"));
    const Invoice issued
        = issueOn(QDate(2026, 11, 2), QStringLiteral("Acme"), QStringLiteral("30.00"));
    ui::MainWindow window(m_book->book(), m_merchant, m_bookkeeper, m_bookkeeperSignIn);
    ui::InvoicesPage *page = openPage(window);
    QVERIFY(page);
    QVERIFY(page->selectInvoice(QString::number(draft)));
    QVERIFY(page->button(QStringLiteral("printPreview"))->isEnabled());
    QVERIFY(!page->button(QStringLiteral("savePdf"))->isEnabled());
    const Status refused = page->saveSelectedPdf(m_folder.filePath(QStringLiteral("draft.pdf")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvoiceStateConflict);
    QVERIFY(!QFile::exists(m_folder.filePath(QStringLiteral("draft.pdf"))));
    const InvoiceDetail printable
        = ui::printableInvoice(window.workspace(), QString::number(draft)).value();
    QCOMPARE(printable.parties.merchantName, QStringLiteral("Test Shop"));
    QCOMPARE(printable.parties.customerName, QStringLiteral("Acme"));

    // The draft previews with its DRAFT mark; the issued one as it was issued.
    QCOMPARE(previewPages(page, QStringLiteral("invoice-print-preview-draft")), 1);
    QVERIFY(page->selectInvoice(issued.number));
    QCOMPARE(previewPages(page, QStringLiteral("invoice-print-preview")), 1);
}

void TestInvoicesPage::registerPaymentNamesTheOpenInvoices()
{
    const Invoice later
        = issueOn(QDate(2026, 11, 5), QStringLiteral("Acme"), QStringLiteral("10.00"));
    const Invoice earlier
        = issueOn(QDate(2026, 11, 1), QStringLiteral("Acme"), QStringLiteral("20.00"));
    const Invoice other
        = issueOn(QDate(2026, 11, 1), QStringLiteral("Globex"), QStringLiteral("20.00"));
    ui::MainWindow window(m_book->book(), m_merchant, m_bookkeeper, m_bookkeeperSignIn);
    ui::InvoicesPage *page = openPage(window);
    QVERIFY(page);
    QSignalSpy requested(page, &ui::InvoicesPage::paymentRequested);
    QVERIFY(page->selectInvoices({later.number, earlier.number}));
    QVERIFY(page->button(QStringLiteral("registerPayment"))->isEnabled());
    // The window answers with the payment dialog, for that customer and those invoices.
    QString opened;
    QStringList ticked;
    whenDialogOpens([&](QDialog *dialog) {
        auto *payment = qobject_cast<ui::PaymentDialog *>(dialog);
        if (payment) {
            opened = payment->customer()->currentText();
            const auto request = payment->request(); // the amount is prefilled: it parses
            if (request)
                ticked = request->invoiceNumbers;
        }
        dialog->reject();
    });
    page->button(QStringLiteral("registerPayment"))->click();
    QCOMPARE(opened, QStringLiteral("Acme"));
    QCOMPARE(ticked, QStringList({earlier.number, later.number}));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), QStringLiteral("Acme"));
    QCOMPARE(requested.first().at(1).toStringList(), QStringList({earlier.number, later.number}));
    // Two customers' invoices are not paid at once.
    QVERIFY(page->selectInvoices({later.number, other.number}));
    QVERIFY(!page->button(QStringLiteral("registerPayment"))->isEnabled());
}

void TestInvoicesPage::billingJobsRunTwiceAndReconcile()
{
    addCustomer(QStringLiteral("Monthly Co"), 14, 100'000, BillingCycle::Monthly);
    addCustomer(QStringLiteral("Quiet Co"), 14, 0, BillingCycle::Monthly);
    const Wallet cash = m_book->book().wallets().list(m_owner).value().first();
    for (const auto &[amount, day] :
         {std::pair {QStringLiteral("40.00"), 3}, std::pair {QStringLiteral("60.00"), 28}}) {
        NewTransaction t;
        t.type = TransactionType::Income;
        t.walletId = cash.id;
        t.amount = usd(amount);
        t.date = QDate(2026, 10, day);
        t.referenceType = QStringLiteral("customer");
        t.referenceId = QStringLiteral("Monthly Co");
        t.note = QStringLiteral("Delivery");
        auto recorded = m_book->book().ledger().record(m_owner, t);
        QVERIFY2(recorded, why(recorded));
    }
    const Invoice late
        = issueOn(QDate(2026, 10, 1), QStringLiteral("Acme"), QStringLiteral("9.00"));
    ui::MainWindow window(m_book->book(), m_merchant, m_bookkeeper, m_bookkeeperSignIn);
    ui::InvoicesPage *page = openPage(window);
    QVERIFY(page);
    ui::BillingJobsDialog dialog(window.workspace(), page);
    dialog.show();
    QCOMPARE(dialog.month()->date(), QDate(2026, 10, 1)); // last month
    QVERIFY(dialog.runMonthly().ok());
    QCOMPARE(dialog.progress()->value(), 2);
    QCOMPARE(dialog.progress()->maximum(), 2);
    QCOMPARE(dialog.outcomes()->count(), 2);
    QStringList lines;
    for (int row = 0; row < dialog.outcomes()->count(); ++row)
        lines << dialog.outcomes()->item(row)->text();
    QVERIFY2(lines.contains(QStringLiteral("Quiet Co — nothing to bill")),
             qPrintable(lines.join(u'|')));
    QCOMPARE(lines.filter(QStringLiteral("✓ Monthly Co — issued INV-2026-")).size(), 1);
    QCOMPARE(dialog.monthlySummary()->text(), QStringLiteral("1 invoice issued for October 2026."));
    const int listed = page->listed().size();
    QCOMPARE(listed, 2);

    dialog.folder()->setText(m_folder.filePath(QStringLiteral("reminders")));
    QVERIFY(dialog.runOverdue().ok());
    // Acme's invoice (Monthly Co's was issued today and is not due yet): a letter
    // and an e-mail draft.
    QCOMPARE(dialog.files()->count(), 2);
    QVERIFY(dialog.button(QStringLiteral("openFolder"))->isEnabled());
    QCOMPARE(QDir(m_folder.filePath(QStringLiteral("reminders")))
                 .entryList({QStringLiteral("*.eml")})
                 .size(),
             1);
    QCOMPARE(toCode(invoices().show(m_bookkeeper, late.number).value().invoice.state),
             QStringLiteral("overdue"));
    QVERIFY(dialog.runReconcile().ok());
    QCOMPARE(dialog.reconcileSummary()->text(),
             QStringLiteral("Every balance follows from its ledger."));
    QCOMPARE(dialog.drift()->count(), 0);
    shot(&dialog, QStringLiteral("billing-jobs"));

    // Run again: nothing new, nothing written.
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    QVERIFY(dialog.runMonthly().ok());
    QCOMPARE(BookSnapshot::take(m_book->book().database()), before);
    QCOMPARE(page->listed().size(), listed);
    QVERIFY(dialog.monthlySummary()->text().startsWith(QStringLiteral("Nothing new")));
    QVERIFY(dialog.outcomes()->item(0)->text().contains(QStringLiteral("already billed"))
            || dialog.outcomes()->item(1)->text().contains(QStringLiteral("already billed")));

    QVERIFY(dialog.runOverdue().ok());
    QCOMPARE(dialog.files()->count(), 0);
    QVERIFY(dialog.overdueSummary()->text().startsWith(QStringLiteral("Nothing new")));
}

void TestInvoicesPage::anAuditorIsOfferedNothingThatChanges()
{
    const Invoice issued
        = issueOn(QDate(2026, 11, 2), QStringLiteral("Acme"), QStringLiteral("5.00"));
    const qint64 draft = draftFor(QStringLiteral("Acme"), QStringLiteral("1.00"));
    const Actor auditor = m_book->actorWithRole(Role::Auditor, m_owner.merchantId);
    const SignedIn signIn = m_book->book()
                                .users()
                                .signIn(QStringLiteral("auditor"), TestBook::testerPassword())
                                .value();
    ui::MainWindow window(m_book->book(), m_merchant, auditor, signIn);
    ui::InvoicesPage *page = openPage(window);
    QVERIFY(page);
    QCOMPARE(page->listed().size(), 2);
    for (const QString &change :
         {QStringLiteral("newInvoice"), QStringLiteral("editDraft"), QStringLiteral("deleteDraft"),
          QStringLiteral("issue"), QStringLiteral("cancel"), QStringLiteral("registerPayment")})
        QVERIFY2(page->button(change)->isHidden(), qPrintable(change));
    QVERIFY(page->selectInvoice(QString::number(draft)));
    QVERIFY(page->button(QStringLiteral("editDraft"))->isHidden());
    QVERIFY(page->selectInvoice(issued.number));
    for (const QString &read : {QStringLiteral("printPreview"), QStringLiteral("print"),
                                QStringLiteral("savePdf"), QStringLiteral("billingJobs")}) {
        QVERIFY2(!page->button(read)->isHidden(), qPrintable(read));
        QVERIFY2(page->button(read)->isEnabled(), qPrintable(read));
    }
    ui::BillingJobsDialog dialog(window.workspace(), page);
    QVERIFY(!dialog.section(QStringLiteral("monthly")));
    QVERIFY(!dialog.section(QStringLiteral("overdue")));
    QVERIFY(dialog.section(QStringLiteral("reconcile")));
    QVERIFY(dialog.runReconcile().ok());
    QCOMPARE(dialog.reconcileSummary()->text(),
             QStringLiteral("Every balance follows from its ledger."));
}

QTEST_MAIN(TestInvoicesPage)
#include "tst_invoicespage.moc"
