// The customers screen through a real window, on SQLite (tst_customerspage) and
// PostgreSQL (tst_customerspage_pg): a bookkeeper adds a customer through the dialog
// and edits their terms; a refused e-mail or rate shows under its field and writes
// nothing; a payment is previewed invoice by invoice as the amount is typed, then
// registered, and the page shows the allocations, the ledger and the credit kept; the
// letterhead is set with a logo; an auditor reads the page without its actions.
#include "invoices/allocationmodel.h"
#include "invoices/customerdetailview.h"
#include "invoices/customerdialog.h"
#include "invoices/customermodels.h"
#include "invoices/customerspage.h"
#include "invoices/letterheaddialog.h"
#include "invoices/paymentdialog.h"
#include "invoices/weeklyreconcile.h"
#include "printing/bookprinting.h"
#include "testbook.h"
#include "windowdriver.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace coffer;
using namespace coffer::test;

namespace {

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// Closes the dialog when a check inside `fill` failed, so that exec() returns.
auto closing(QDialog *dialog)
{
    return qScopeGuard([dialog] {
        if (dialog->isVisible())
            dialog->reject();
    });
}

} // namespace

class TestCustomersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aCustomerIsAddedThroughTheDialog();
    void aRefusalShowsAtItsFieldAndWritesNothing();
    void termsAreEdited();
    void aPaymentIsPreviewedThenRegistered();
    void aBadAmountIsRefusedAtTheField();
    void theLetterheadIsSetWithALogo();
    void anAuditorReadsWithoutActions();
    void openInvoicesTellHowLateTheyAre();
    void theWeeklyReconcileRunsWhenAWeekHasPassed();
    void aPaymentsReceiptIsSaved();

private:
    CustomerService &customers() { return m_book->book().customers(); }
    InvoiceService &invoices() { return m_book->book().invoices(); }
    BookSnapshot snapshot() { return BookSnapshot::take(m_book->book().database()); }
    Money usd(const QString &amount) { return money(amount, QStringLiteral("USD")); }
    void addAcme();
    Invoice issue(const QString &price);
    // A window for the bookkeeper with the customers page on screen.
    std::unique_ptr<ui::MainWindow> openWindow(const Actor &actor, const SignedIn &user,
                                               ui::CustomersPage **page);

    std::unique_ptr<TestBook> m_book;
    Actor m_owner;
    Merchant m_merchant;
    Actor m_bookkeeper;
    SignedIn m_bookkeeperSignIn;
    QTemporaryDir m_folder;
};

void TestCustomersPage::init()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_owner = m_book->createMerchant(QStringLiteral("Studio Nine"), QStringLiteral("USD"));
    Book &book = m_book->book();
    printing::installInvoicePrinter(book);
    m_merchant = book.wallets().resolveMerchant(QString()).value();
    QVERIFY(book.wallets()
                .add(m_owner,
                     NewWallet {
                         QStringLiteral("Bank"), {}, WalletType::Bank, {}, 0, {}, {}, false, false})
                .ok());
    m_bookkeeper = m_book->actorWithRole(Role::Bookkeeper, m_owner.merchantId);
    m_bookkeeperSignIn
        = book.users().signIn(QStringLiteral("bookkeeper"), TestBook::testerPassword()).value();
}

void TestCustomersPage::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestCustomersPage::addAcme()
{
    NewCustomer c;
    c.name = QStringLiteral("Acme");
    c.email = QStringLiteral("ap@acme.example");
    c.address = QStringLiteral("1 Main Street\nSpringfield");
    c.termsDays = 14;
    c.itemTaxRate = 100'000; // 10 %
    QVERIFY(customers().add(m_bookkeeper, c));
}

Invoice TestCustomersPage::issue(const QString &price)
{
    const Invoice draft
        = invoices()
              .createDraft(m_bookkeeper, NewInvoice {QStringLiteral("Acme"), {}, {}, {}})
              .value();
    NewInvoiceLine line;
    line.description = QStringLiteral("Design work");
    line.unitPrice = usd(price);
    invoices().addLine(m_bookkeeper, draft.id, line).value();
    return invoices().issue(m_bookkeeper, draft.id).value();
}

std::unique_ptr<ui::MainWindow>
TestCustomersPage::openWindow(const Actor &actor, const SignedIn &user, ui::CustomersPage **page)
{
    auto window = std::make_unique<ui::MainWindow>(m_book->book(), m_merchant, actor, user);
    *page = window->findChild<ui::CustomersPage *>();
    if (!*page || !showWindow(*window, *page))
        return nullptr;
    return window;
}

void TestCustomersPage::aCustomerIsAddedThroughTheDialog()
{
    ui::CustomersPage *page = nullptr;
    auto window = openWindow(m_bookkeeper, m_bookkeeperSignIn, &page);
    QVERIFY(window);
    QAbstractItemModelTester tester(page->customerModel());
    QCOMPARE(page->customerModel()->rowCount(), 0);
    QVERIFY(page->button(QStringLiteral("newCustomer"))->isVisible());
    QVERIFY(!page->button(QStringLiteral("editCustomer"))->isEnabled());

    whenDialogOpens([](QDialog *opened) {
        auto guard = closing(opened);
        auto *dialog = qobject_cast<ui::CustomerDialog *>(opened);
        QVERIFY(dialog);
        QCOMPARE(dialog->currency()->currentData().toString(), QStringLiteral("USD"));
        QCOMPARE(dialog->terms()->value(), 30);
        dialog->name()->setText(QStringLiteral("  Hanoi Books  "));
        dialog->email()->setText(QStringLiteral("accounts@hanoibooks.example"));
        dialog->taxId()->setText(QStringLiteral("0101234567"));
        dialog->address()->setPlainText(QStringLiteral("12 Trang Tien\nHoan Kiem, Hanoi"));
        dialog->currency()->setCurrentIndex(dialog->currency()->findData(QStringLiteral("EUR")));
        dialog->terms()->setValue(14);
        chooseText(dialog->cycle(), QStringLiteral("Monthly"));
        chooseText(dialog->prices(), QStringLiteral("Inclusive"));
        chooseText(dialog->rounding(), QStringLiteral("Per invoice"));
        dialog->taxRate()->setText(QStringLiteral("8.25"));
        dialog->costTaxRate()->setText(QStringLiteral("10"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->problem()));
    });
    page->button(QStringLiteral("newCustomer"))->click();

    const Customer stored = customers().find(m_owner, QStringLiteral("hanoi books")).value();
    QCOMPARE(stored.name, QStringLiteral("Hanoi Books"));
    QCOMPARE(stored.email, QStringLiteral("accounts@hanoibooks.example"));
    QCOMPARE(stored.taxId, QStringLiteral("0101234567"));
    QCOMPARE(stored.address, QStringLiteral("12 Trang Tien\nHoan Kiem, Hanoi"));
    QCOMPARE(stored.currency.code(), QStringLiteral("EUR"));
    QCOMPARE(stored.termsDays, 14);
    QCOMPARE(toCode(stored.cycle), QStringLiteral("monthly"));
    QCOMPARE(toCode(stored.taxMode), QStringLiteral("inclusive"));
    QCOMPARE(toCode(stored.taxRounding), QStringLiteral("per_invoice"));
    QCOMPARE(stored.itemTaxRate, 82'500);
    QCOMPARE(stored.costTaxRate, 100'000);

    // The page shows it, selected, with its settings in words.
    QCOMPARE(page->customerModel()->rowCount(), 1);
    QCOMPARE(page->selectedCustomer()->name, QStringLiteral("Hanoi Books"));
    const auto *model = page->customerModel();
    using Column = ui::CustomerTableModel::Column;
    QCOMPARE(cell(model, 0, Column::Terms), QStringLiteral("Net 14 days"));
    QCOMPARE(cell(model, 0, Column::Cycle), QStringLiteral("Monthly"));
    QCOMPARE(cell(model, 0, Column::Prices), QStringLiteral("Inclusive of tax"));
    QCOMPARE(cell(model, 0, Column::Balance), QStringLiteral("0.00 EUR"));
    QCOMPARE(model->index(0, Column::Balance).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    const QString summary = page->detail()->summary()->text();
    QVERIFY2(summary.contains(QStringLiteral("Tax ID: 0101234567")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("12 Trang Tien<br>Hoan Kiem, Hanoi")));
    QVERIFY(page->button(QStringLiteral("editCustomer"))->isEnabled());

    // The search box keeps the customers that match.
    NewCustomer zeta;
    zeta.name = QStringLiteral("Zeta");
    QVERIFY(customers().add(m_owner, zeta));
    window->refresh(); // the page reloads on the workspace's signal
    QCOMPARE(page->customerView()->model()->rowCount(), 2);
    page->search()->setText(QStringLiteral("hanoi"));
    QCOMPARE(page->customerView()->model()->rowCount(), 1);
    page->search()->setText(QStringLiteral("books.example"));
    QCOMPARE(page->customerView()->model()->rowCount(), 1);
    page->search()->clear();
    QCOMPARE(page->customerView()->model()->rowCount(), 2);
}

void TestCustomersPage::aRefusalShowsAtItsFieldAndWritesNothing()
{
    addAcme();
    ui::CustomersPage *page = nullptr;
    auto window = openWindow(m_bookkeeper, m_bookkeeperSignIn, &page);
    QVERIFY(window);
    const BookSnapshot before = snapshot();
    QStringList problems;
    whenDialogOpens([&problems](QDialog *opened) {
        auto guard = closing(opened);
        auto *dialog = qobject_cast<ui::CustomerDialog *>(opened);
        QVERIFY(dialog);
        dialog->name()->setText(QStringLiteral("Bright Ideas"));
        dialog->email()->setText(QStringLiteral("not-an-address"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        problems << dialog->problem(QStringLiteral("email"));
        QCOMPARE(dialog->problem(), QString()); // nothing under the whole form
        dialog->email()->setText(QStringLiteral("hi@bright.example"));
        dialog->taxRate()->setText(QStringLiteral("8.123456"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->problem(QStringLiteral("email")), QString());
        problems << dialog->problem(QStringLiteral("tax rate"));
        dialog->taxRate()->setText(QStringLiteral("8"));
        dialog->name()->setText(QStringLiteral("ACME"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        problems << dialog->problem(QStringLiteral("name"));
        dialog->reject();
    });
    page->button(QStringLiteral("newCustomer"))->click();
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems.at(0).startsWith(QStringLiteral("email: 'not-an-address'")),
             qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).startsWith(QStringLiteral("tax rate:")), qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).contains(QStringLiteral("exists already")), qPrintable(problems.at(2)));
    QVERIFY2(snapshot() == before, qPrintable(snapshot().describe()));
    QCOMPARE(page->customerModel()->rowCount(), 1);
}

void TestCustomersPage::termsAreEdited()
{
    addAcme();
    ui::CustomersPage *page = nullptr;
    auto window = openWindow(m_bookkeeper, m_bookkeeperSignIn, &page);
    QVERIFY(window);
    QVERIFY(page->selectCustomer(QStringLiteral("acme")));
    whenDialogOpens([](QDialog *opened) {
        auto guard = closing(opened);
        auto *dialog = qobject_cast<ui::CustomerDialog *>(opened);
        QVERIFY(dialog);
        QCOMPARE(dialog->name()->text(), QStringLiteral("Acme"));
        QCOMPARE(dialog->terms()->value(), 14);
        QCOMPARE(dialog->taxRate()->text(), QStringLiteral("10"));
        QVERIFY(!dialog->currency()->isEnabled()); // the account stays in its currency
        dialog->terms()->setValue(45);
        dialog->accept();
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->problem()));
    });
    page->button(QStringLiteral("editCustomer"))->click();
    const Customer stored = customers().find(m_owner, QStringLiteral("Acme")).value();
    QCOMPARE(stored.termsDays, 45);
    QCOMPARE(stored.email, QStringLiteral("ap@acme.example"));
    QCOMPARE(stored.itemTaxRate, 100'000);
    QCOMPARE(cell(page->customerModel(), 0, ui::CustomerTableModel::Terms),
             QStringLiteral("Net 45 days"));
    QCOMPARE(page->selectedCustomer()->termsDays, 45);
}

void TestCustomersPage::aPaymentIsPreviewedThenRegistered()
{
    addAcme();
    const Invoice first = issue(QStringLiteral("10.00")); // 11.00 with tax
    const Invoice second = issue(QStringLiteral("20.00")); // 22.00
    ui::CustomersPage *page = nullptr;
    auto window = openWindow(m_bookkeeper, m_bookkeeperSignIn, &page);
    QVERIFY(window);
    ui::CustomerDetailView *detail = page->detail();
    QAbstractItemModelTester ledgerTester(detail->ledgerModel());
    QAbstractItemModelTester openTester(detail->openInvoiceModel());
    QCOMPARE(page->selectedCustomer()->name, QStringLiteral("Acme"));
    QCOMPARE(detail->balance()->text(), QStringLiteral("Owes 33.00 USD"));
    QCOMPARE(detail->ledgerModel()->rowCount(), 2);
    QCOMPARE(detail->openInvoiceModel()->rowCount(), 2);
    using Open = ui::OpenInvoiceModel::Column;
    QCOMPARE(cell(detail->openInvoiceModel(), 0, Open::Number), first.number);
    QCOMPARE(cell(detail->openInvoiceModel(), 1, Open::Outstanding), QStringLiteral("22.00 USD"));
    // The user selects the second invoice and registers a payment for it.
    detail->openInvoiceView()->selectRow(1);

    std::optional<RegisteredPayment> registered;
    whenDialogOpens([&](QDialog *opened) {
        auto guard = closing(opened);
        auto *dialog = qobject_cast<ui::PaymentDialog *>(opened);
        QVERIFY(dialog);
        QCOMPARE(dialog->customer()->currentText(), QStringLiteral("Acme"));
        ui::AllocationModel *rows = dialog->allocations();
        QAbstractItemModelTester allocationTester(rows);
        QCOMPARE(rows->rowCount(), 2);
        QCOMPARE(rows->checkedNumbers(), QStringList {second.number}); // listed first
        QCOMPARE(rows->invoiceAt(0)->number, second.number);
        QCOMPARE(dialog->amount()->text(), QStringLiteral("22.00")); // what it still owes
        QCOMPARE(dialog->keptAsCredit()->text(), QStringLiteral("Kept as credit: 0.00 USD"));
        QCOMPARE(dialog->date()->date(), invoices().today());

        using Column = ui::AllocationModel::Column;
        dialog->amount()->clear();
        QTest::keyClicks(dialog->amount(), QStringLiteral("15.00"));
        QCOMPARE(cell(rows, 0, Column::Allocated), QStringLiteral("15.00 USD"));
        QCOMPARE(cell(rows, 1, Column::Allocated), QString());
        dialog->amount()->setText(QStringLiteral("1,040.00")); // the user's locale
        QCOMPARE(cell(rows, 0, Column::Allocated), QStringLiteral("22.00 USD"));
        QCOMPARE(cell(rows, 1, Column::Allocated), QStringLiteral("11.00 USD"));
        QCOMPARE(dialog->keptAsCredit()->text(), QStringLiteral("Kept as credit: 1,007.00 USD"));
        dialog->amount()->setText(QStringLiteral("40"));
        QCOMPARE(dialog->keptAsCredit()->text(), QStringLiteral("Kept as credit: 7.00 USD"));
        // Ticking none: the oldest first.
        rows->setChecked(second.number, false);
        QCOMPARE(rows->checkedNumbers(), QStringList());
        dialog->amount()->setText(QStringLiteral("12.00"));
        QCOMPARE(cell(rows, 0, Column::Allocated), QStringLiteral("1.00 USD"));
        QCOMPARE(cell(rows, 1, Column::Allocated), QStringLiteral("11.00 USD"));
        rows->setData(rows->index(0, Column::Number), Qt::Checked, Qt::CheckStateRole);
        dialog->amount()->setText(QStringLiteral("40.00"));

        QCOMPARE(dialog->wallet()->itemText(0), QStringLiteral("Don't record in a wallet"));
        chooseText(dialog->wallet(), QStringLiteral("Bank"));
        chooseText(dialog->method(), QStringLiteral("Cash"));
        dialog->reference()->setText(QStringLiteral("RCPT-9"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(),
                 qPrintable(dialog->problem() + dialog->problem(QStringLiteral("amount"))));
        registered = dialog->registered();
    });
    page->button(QStringLiteral("registerPayment"))->click();

    QVERIFY(registered);
    QCOMPARE(registered->payment.amount, usd(QStringLiteral("40.00")));
    QCOMPARE(registered->payment.method, QStringLiteral("cash"));
    QCOMPARE(registered->payment.reference, QStringLiteral("RCPT-9"));
    QVERIFY(registered->payment.walletId != 0);
    QCOMPARE(registered->allocations.size(), 2);
    QCOMPARE(registered->allocations.at(0).invoiceNumber, second.number);
    QCOMPARE(registered->allocations.at(0).amount, usd(QStringLiteral("22.00")));
    QCOMPARE(registered->allocations.at(1).invoiceNumber, first.number);
    QCOMPARE(registered->allocations.at(1).amount, usd(QStringLiteral("11.00")));
    QCOMPARE(m_book->book().wallets().find(m_owner, QStringLiteral("Bank")).value().current(),
             usd(QStringLiteral("40.00")));

    // The page follows: both invoices paid, the payment in the ledger, credit kept.
    QCOMPARE(page->selectedCustomer()->name, QStringLiteral("Acme"));
    QCOMPARE(detail->openInvoiceModel()->rowCount(), 0);
    const auto *ledger = detail->ledgerModel();
    using Line = ui::CustomerLedgerModel::Column;
    QCOMPARE(ledger->rowCount(), 3);
    QCOMPARE(cell(ledger, 2, Line::Kind), QStringLiteral("Payment"));
    QCOMPARE(cell(ledger, 2, Line::Amount), QString(QChar(0x2212)) + QStringLiteral("40.00 USD"));
    QCOMPARE(cell(ledger, 2, Line::BalanceAfter), QStringLiteral("Credit 7.00 USD"));
    QCOMPARE(ledger->index(2, Line::Amount).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(cell(ledger, 2, Line::Description).contains(QStringLiteral("RCPT-9")));
    QCOMPARE(cell(ledger, 0, Line::Reference), first.number);
    QCOMPARE(cell(ledger, 1, Line::BalanceAfter), QStringLiteral("33.00 USD"));
    QCOMPARE(detail->balance()->text(), QStringLiteral("Credit 7.00 USD"));
    QCOMPARE(detail->credit()->text(), QStringLiteral("Unallocated credit: 7.00 USD"));
    QCOMPARE(cell(page->customerModel(), 0, ui::CustomerTableModel::Balance),
             QStringLiteral("Credit 7.00 USD"));
    QVERIFY(customers().reconcile(m_owner).value().isEmpty());
}

void TestCustomersPage::aBadAmountIsRefusedAtTheField()
{
    addAcme();
    const Invoice first = issue(QStringLiteral("10.00"));
    ui::MainWindow window(m_book->book(), m_merchant, m_bookkeeper, m_bookkeeperSignIn);
    // Opened as the invoices screen opens it: for one invoice of a customer.
    ui::PaymentDialog dialog(window.workspace(), QStringLiteral("acme"), {first.number}, &window);
    QCOMPARE(dialog.customer()->currentText(), QStringLiteral("Acme"));
    const BookSnapshot before = snapshot();
    for (const QString &amount : {QStringLiteral("12.345"), QStringLiteral("0"), QString()}) {
        dialog.amount()->setText(amount);
        QCOMPARE(dialog.keptAsCredit()->text(), QStringLiteral("Kept as credit: —"));
        QCOMPARE(cell(dialog.allocations(), 0, ui::AllocationModel::Allocated), QString());
        dialog.accept();
        QVERIFY2(dialog.problem(QStringLiteral("amount")).startsWith(QStringLiteral("amount:")),
                 qPrintable(amount + QStringLiteral(" → ") + dialog.problem()));
        QVERIFY(dialog.result() != QDialog::Accepted);
    }
    dialog.amount()->setText(QStringLiteral("5"));
    dialog.date()->setDate(invoices().today().addDays(5));
    dialog.accept();
    QVERIFY2(dialog.problem(QStringLiteral("date")).startsWith(QStringLiteral("date:")),
             qPrintable(dialog.problem()));
    QCOMPARE(dialog.problem(QStringLiteral("amount")), QString());
    QVERIFY2(snapshot() == before, qPrintable(snapshot().describe()));
}

void TestCustomersPage::theLetterheadIsSetWithALogo()
{
    const QString logoPath = m_folder.filePath(QStringLiteral("logo.png"));
    QImage logo(240, 80, QImage::Format_RGB32);
    logo.fill(QColor(0x1e, 0x88, 0xe5));
    QVERIFY(logo.save(logoPath));
    QFile logoFile(logoPath);
    QVERIFY(logoFile.open(QIODevice::ReadOnly));
    const QByteArray logoBytes = logoFile.readAll();

    // A bookkeeper issues invoices but does not set what they say of the merchant.
    ui::CustomersPage *page = nullptr;
    auto bookkeepers = openWindow(m_bookkeeper, m_bookkeeperSignIn, &page);
    QVERIFY(bookkeepers);
    QAction *hidden = menuAction(*bookkeepers, QStringLiteral("&Letterhead…"));
    QVERIFY(hidden && !hidden->isVisible());
    bookkeepers.reset();
    // The owner does.
    const SignedIn owner = m_book->tester();
    auto window = openWindow(m_owner, owner, &page);
    QVERIFY(window);
    QAction *action = menuAction(*window, QStringLiteral("&Letterhead…"));
    QVERIFY(action && action->isVisible());
    QString problem;
    whenDialogOpens([&](QDialog *opened) {
        auto guard = closing(opened);
        auto *dialog = qobject_cast<ui::LetterheadDialog *>(opened);
        QVERIFY(dialog);
        QVERIFY(dialog->logo().isEmpty());
        dialog->address()->setPlainText(QStringLiteral("9 Ly Thai To\nHanoi"));
        dialog->taxId()->setText(QStringLiteral("0109999999"));
        dialog->email()->setText(QStringLiteral("billing at studio"));
        QVERIFY(dialog->setLogoFile(logoPath));
        QVERIFY(!dialog->logoPreview()->pixmap().isNull());
        chooseText(dialog->language(), QStringLiteral("Tiếng Việt"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        problem = dialog->problem(QStringLiteral("email"));
        dialog->email()->setText(QStringLiteral("billing@studio.example"));
        dialog->accept();
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->problem()));
    });
    action->trigger();
    QVERIFY2(problem.startsWith(QStringLiteral("email:")), qPrintable(problem));
    Letterhead stored = invoices().letterhead(m_owner).value();
    QCOMPARE(stored.address, QStringLiteral("9 Ly Thai To\nHanoi"));
    QCOMPARE(stored.taxId, QStringLiteral("0109999999"));
    QCOMPARE(stored.email, QStringLiteral("billing@studio.example"));
    QCOMPARE(stored.language, QStringLiteral("vi"));
    QCOMPARE(stored.logo, logoBytes);

    // Removing the logo keeps the rest.
    whenDialogOpens([](QDialog *opened) {
        auto guard = closing(opened);
        auto *dialog = qobject_cast<ui::LetterheadDialog *>(opened);
        QVERIFY(dialog);
        QCOMPARE(dialog->language()->currentData().toString(), QStringLiteral("vi"));
        QVERIFY(!dialog->logo().isEmpty());
        dialog->findChild<QPushButton *>(QStringLiteral("removeLogo"))->click();
        dialog->accept();
        QVERIFY(!dialog->isVisible());
    });
    action->trigger();
    stored = invoices().letterhead(m_owner).value();
    QVERIFY(stored.logo.isEmpty());
    QCOMPARE(stored.taxId, QStringLiteral("0109999999"));
}

void TestCustomersPage::anAuditorReadsWithoutActions()
{
    addAcme();
    issue(QStringLiteral("10.00"));
    const Actor auditor = m_book->actorWithRole(Role::Auditor, m_owner.merchantId);
    const SignedIn user = m_book->book()
                              .users()
                              .signIn(QStringLiteral("auditor"), TestBook::testerPassword())
                              .value();
    ui::CustomersPage *page = nullptr;
    auto window = openWindow(auditor, user, &page);
    QVERIFY(window);
    QCOMPARE(page->title(), QStringLiteral("Customers"));
    QCOMPARE(page->customerModel()->rowCount(), 1);
    QCOMPARE(page->detail()->ledgerModel()->rowCount(), 1);
    QCOMPARE(page->detail()->openInvoiceModel()->rowCount(), 1);
    for (const char *name : {"newCustomer", "editCustomer", "registerPayment"})
        QVERIFY2(page->button(QString::fromLatin1(name))->isHidden(), name);
    QVERIFY(!menuAction(*window, QStringLiteral("&Letterhead…"))->isVisible());
    // Double-clicking a customer opens nothing for a reader.
    const QModelIndex acme = page->customerView()->model()->index(0, 0);
    Q_EMIT page->customerView()->doubleClicked(acme);
    QVERIFY(!QApplication::activeModalWidget());
}

void TestCustomersPage::openInvoicesTellHowLateTheyAre()
{
    Invoice late;
    late.number = QStringLiteral("INV-2026-000007");
    late.state = InvoiceState::Overdue;
    late.currency = currency(QStringLiteral("USD"));
    late.issueDate = QDate(2026, 10, 1);
    late.dueDate = QDate(2026, 10, 15);
    late.total = usd(QStringLiteral("100.00"));
    late.paid = usd(QStringLiteral("40.00"));
    Invoice current = late;
    current.number = QStringLiteral("INV-2026-000008");
    current.dueDate = QDate(2026, 11, 30);
    ui::OpenInvoiceModel model;
    QAbstractItemModelTester tester(&model);
    model.setInvoices({late, current}, QDate(2026, 11, 2));
    using Column = ui::OpenInvoiceModel::Column;
    QCOMPARE(cell(&model, 0, Column::DaysLate), QStringLiteral("18"));
    QCOMPARE(cell(&model, 1, Column::DaysLate), QString());
    QCOMPARE(cell(&model, 0, Column::Outstanding), QStringLiteral("60.00 USD"));
    QCOMPARE(cell(&model, 0, Column::Total), QStringLiteral("100.00 USD"));
    QCOMPARE(model.index(0, Column::DaysLate).data(ui::OpenInvoiceModel::RawValueRole).toLongLong(),
             18);
}

void TestCustomersPage::theWeeklyReconcileRunsWhenAWeekHasPassed()
{
    addAcme();
    issue(QStringLiteral("10.00"));
    QSettings().remove(QStringLiteral("reconcile"));
    const QDate today = invoices().today();
    {
        // Opening the window runs the first check: clean, said in the status bar.
        ui::MainWindow window(m_book->book(), m_merchant, m_bookkeeper, m_bookkeeperSignIn);
        window.show();
        QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(
            QStringLiteral("Customer balances reconciled")));
        QVERIFY(!ui::WeeklyReconcile::isDue(window.workspace(), today));
        QVERIFY(!ui::WeeklyReconcile::isDue(window.workspace(), today.addDays(6)));
        QVERIFY(ui::WeeklyReconcile::isDue(window.workspace(), today.addDays(7)));
    }
    // A week later, with a balance changed behind the services' back: a warning
    // that names the customer, and the window stays usable (the box is not modal).
    QVERIFY(m_book->book().database().run(
        QStringLiteral("UPDATE customer SET balance_minor = balance_minor + 100")));
    invoices().setToday(today.addDays(7));
    ui::MainWindow window(m_book->book(), m_merchant, m_bookkeeper, m_bookkeeperSignIn);
    window.show();
    QMessageBox *warning = nullptr;
    QTRY_VERIFY((warning = window.findChild<QMessageBox *>(QStringLiteral("reconcileWarning"))));
    QVERIFY2(warning->text().contains(QStringLiteral("Acme: balance is")),
             qPrintable(warning->text()));
    QVERIFY(!QApplication::activeModalWidget());
    warning->close();
    QVERIFY(m_book->book().database().run(
        QStringLiteral("UPDATE customer SET balance_minor = balance_minor - 100")));
}

void TestCustomersPage::aPaymentsReceiptIsSaved()
{
    addAcme();
    const Invoice first = issue(QStringLiteral("10.00"));
    NewPayment p;
    p.customer = QStringLiteral("Acme");
    p.amount = usd(QStringLiteral("25.00"));
    p.reference = QStringLiteral("BANK-77");
    const RegisteredPayment paid = invoices().registerPayment(m_bookkeeper, p).value();
    ui::CustomersPage *page = nullptr;
    auto window = openWindow(m_bookkeeper, m_bookkeeperSignIn, &page);
    QVERIFY(window);
    QVERIFY(page->selectCustomer(QStringLiteral("Acme")));
    QPushButton *save = page->button(QStringLiteral("saveReceipt"));
    QVERIFY(!save->isEnabled()); // nothing selected in the ledger yet
    QTableView *ledger = page->detail()->ledgerView();
    int paymentRow = -1;
    for (int row = 0; row < page->detail()->ledgerModel()->rowCount(); ++row) {
        if (page->detail()->ledgerModel()->lineAt(row)->kind == CustomerLineKind::Payment)
            paymentRow = row;
    }
    QVERIFY(paymentRow >= 0);
    ledger->setCurrentIndex(ledger->model()->index(paymentRow, 0));
    QVERIFY(save->isEnabled());
    ledger->setCurrentIndex(ledger->model()->index(paymentRow == 0 ? 1 : 0, 0));
    QVERIFY(!save->isEnabled()); // the invoice's line has no receipt

    const QString path = m_folder.filePath(QStringLiteral("receipt.pdf"));
    QVERIFY(page->saveReceiptTo(paid.payment.id, path).ok());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY2(pdftotext.waitForFinished(30000) && pdftotext.exitCode() == 0,
             "pdftotext failed: run packaging/install-deps.sh (poppler-utils)");
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    for (const QString &expected :
         {QStringLiteral("Payment receipt"), QStringLiteral("Acme"), QStringLiteral("25.00 USD"),
          QStringLiteral("BANK-77"), first.number})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
    QVERIFY(!page->saveReceiptTo(9999, path).ok());
}

QTEST_MAIN(TestCustomersPage)
#include "tst_customerspage.moc"
