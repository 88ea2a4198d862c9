// The payee's own surface through real windows, on SQLite (tst_payeeportal) and
// PostgreSQL (tst_payeeportal_pg): a user signed in as payee 42 sees only their own
// buckets, history and payouts (never payee 43's), adds a payout method (a bad IBAN
// is refused in the dialog with nothing written), makes one the default, removes
// one, requests a payout (held rises, available falls) and cancels it, and sees no
// merchant page. Staff keep their usual window.
#include "books/booksession.h"
#include "payees/methoddialog.h"
#include "payees/payeehistorymodel.h"
#include "payees/payeemethodspage.h"
#include "payees/payeewalletpage.h"
#include "payees/payoutrequestdialog.h"
#include "payouts/payoutdetailview.h"
#include "payouts/payoutdialogs.h"
#include "testbook.h"
#include "windowdriver.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QTextBrowser>

using namespace coffer;
using namespace coffer::test;

namespace {

const QString usd = QStringLiteral("USD");

// Every cell of a model, one line per row, tab-separated.
QString allText(const QAbstractItemModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        rows << cells.join(QLatin1Char('\t'));
    }
    return rows.join(QLatin1Char('\n'));
}

QStringList menuTitles(ui::MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

qint64 methodRows(Database &database)
{
    auto query = database.run(QStringLiteral("SELECT COUNT(*) FROM payout_method"));
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

} // namespace

class TestPayeePortal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aPayeeSeesOnlyTheirOwnWallet();
    void anotherPayeeSeesNoneOfIt();
    void aPayeeWithoutAWalletYetIsTold();
    void aPayeeManagesTheirMethods();
    void aPayeeRequestsAndCancelsAPayout();
    void theRequestShowsWhatAdjustmentsTake();
    void staffKeepTheirWindow();
    void signingInAsAPayeeOpensTheirWindow();
    void historyLinesGroupByReference();

private:
    // A user named `name`, payee of creator `ownerId`, signed in, as an actor.
    Actor payeeUser(const QString &name, const QString &ownerId, SignedIn *signedIn);
    ui::PayeeWalletPage *openWallet(ui::MainWindow &window);

    std::unique_ptr<TestBook> m_book;
    Actor m_owner;
    Merchant m_merchant;
    Actor m_payee;
    SignedIn m_payeeSignIn;
    QString m_otherPayout;
};

void TestPayeePortal::init()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QSettings().clear();
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_owner = m_book->createMerchant(QStringLiteral("Creator Hub"), usd);
    Book &book = m_book->book();
    m_merchant = book.wallets().resolveMerchant(QString()).value();
    m_book->setUpPayee(m_owner, QStringLiteral("42"), QStringLiteral("100.00"), usd);
    m_book->setUpPayee(m_owner, QStringLiteral("43"), QStringLiteral("77.77"), usd);
    NewPayout other;
    other.ownerId = QStringLiteral("43");
    other.amount = money(QStringLiteral("11.11"), usd);
    m_otherPayout = book.payouts().request(m_owner, other).value().number;
    // From now on a platform fee of 10%: a tip of 50.00 leaves 45.00.
    FeeChange fees;
    fees.partsPerMillion = 100'000;
    QVERIFY(book.payees().setFees(m_owner, fees).ok());
    NewCredit tip;
    tip.ownerId = QStringLiteral("42");
    tip.type = CreditType::Tip;
    tip.gross = money(QStringLiteral("50.00"), usd);
    tip.note = QStringLiteral("Stream tip");
    QVERIFY(book.payees().credit(m_owner, tip).ok());
    NewCredit later = tip;
    later.type = CreditType::Earning;
    later.gross = money(QStringLiteral("20.00"), usd);
    later.note = QString();
    later.availableOn = QDate::currentDate().addDays(7);
    QVERIFY(book.payees().credit(m_owner, later).ok());
    m_payee = payeeUser(QStringLiteral("lan"), QStringLiteral("42"), &m_payeeSignIn);
}

void TestPayeePortal::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

Actor TestPayeePortal::payeeUser(const QString &name, const QString &ownerId, SignedIn *signedIn)
{
    UserService &users = m_book->book().users();
    const NewUser user {name, TestBook::testerPassword(), Role::Payee,
                        PayeeBinding {QStringLiteral("creator"), ownerId}};
    users.add(m_owner, user).value();
    *signedIn = users.signIn(name, TestBook::testerPassword()).value();
    return users.actorFor(*signedIn, m_merchant.id).value();
}

ui::PayeeWalletPage *TestPayeePortal::openWallet(ui::MainWindow &window)
{
    ui::PayeeWalletPage *page = window.payeeWalletPage();
    return page && showWindow(window, page) ? page : nullptr;
}

void TestPayeePortal::aPayeeSeesOnlyTheirOwnWallet()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_payee, m_payeeSignIn);
    ui::PayeeWalletPage *page = openWallet(window);
    QVERIFY(page);
    QAbstractItemModelTester tester(page->historyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Only the payee's pages, and no menu for the merchant's books.
    QCOMPARE(window.pages(),
             (QList<ui::Page *> {window.payeeWalletPage(), window.payeeMethodsPage()}));
    QVERIFY(!window.dashboardPage() && !window.walletsPage() && !window.categoriesPage());
    QVERIFY(!window.transactionsPage() && !window.transfersPage() && !window.payoutsPage());
    QVERIFY(!window.usersPage() && !window.auditPage());
    const QStringList menus = menuTitles(window);
    QVERIFY2(!menus.contains(QStringLiteral("&Wallet")), qPrintable(menus.join(' ')));
    QVERIFY(!menus.contains(QStringLiteral("&Transactions")));
    QVERIFY(menus.contains(QStringLiteral("&Payouts")));
    QVERIFY(!menuAction(window, QStringLiteral("New &income…")));
    QVERIFY(!menuAction(window, QStringLiteral("&Undo")));

    // 100.00 + the tip's 45.00; the earning of next week is pending, less its fee.
    QCOMPARE(page->bucketLabel(usd, ui::PayeeWalletPage::Bucket::Available)->text(),
             QStringLiteral("145.00 USD"));
    QCOMPARE(page->bucketLabel(usd, ui::PayeeWalletPage::Bucket::Pending)->text(),
             QStringLiteral("18.00 USD"));
    QCOMPARE(page->bucketLabel(usd, ui::PayeeWalletPage::Bucket::Held)->text(),
             QStringLiteral("0.00 USD"));
    QVERIFY(page->emptyNotice()->isHidden());

    // A credit and its platform fee are one line: gross, fee, net.
    const QString history = allText(page->historyModel());
    QCOMPARE(page->historyModel()->rowCount(), 3);
    const ui::PayeeHistoryRow *tip = nullptr;
    for (int row = 0; row < page->historyModel()->rowCount(); ++row) {
        if (page->historyModel()->rowAt(row)->kind == QStringLiteral("tip"))
            tip = page->historyModel()->rowAt(row);
    }
    QVERIFY2(tip, qPrintable(history));
    QCOMPARE(tip->gross, money(QStringLiteral("50.00"), usd));
    QCOMPARE(tip->fee, money(QStringLiteral("5.00"), usd));
    QCOMPARE(tip->net, money(QStringLiteral("45.00"), usd));
    QVERIFY2(history.contains(QStringLiteral("Tip\t50.00 USD\t5.00 USD\t45.00 USD\t145.00 USD\t"
                                             "Completed\tStream tip")),
             qPrintable(history));
    QVERIFY(history.contains(QStringLiteral("Pending until")));
    // Nothing of payee 43: not their credit, not their payout.
    QVERIFY2(!history.contains(QStringLiteral("77.77")), qPrintable(history));
    QVERIFY(page->payouts().isEmpty());
    QVERIFY(!page->selectPayout(m_otherPayout));
    QVERIFY(!page->cancelButton()->isEnabled());
}

void TestPayeePortal::anotherPayeeSeesNoneOfIt()
{
    SignedIn signedIn;
    const Actor other = payeeUser(QStringLiteral("minh"), QStringLiteral("43"), &signedIn);
    ui::MainWindow window(m_book->book(), m_merchant, other, signedIn);
    ui::PayeeWalletPage *page = openWallet(window);
    QVERIFY(page);
    // 77.77 less the 11.11 held by their payout.
    QCOMPARE(page->bucketLabel(usd, ui::PayeeWalletPage::Bucket::Available)->text(),
             QStringLiteral("66.66 USD"));
    QCOMPARE(page->bucketLabel(usd, ui::PayeeWalletPage::Bucket::Held)->text(),
             QStringLiteral("11.11 USD"));
    QCOMPARE(page->payouts().size(), 1);
    QCOMPARE(page->payouts().first().number, m_otherPayout);
    const QString history = allText(page->historyModel());
    QVERIFY2(!history.contains(QStringLiteral("Stream tip")), qPrintable(history));
    QVERIFY(!history.contains(QStringLiteral("50.00")));
    QVERIFY(!history.contains(QStringLiteral("100.00")));
    ui::PayeeMethodsPage *methods = window.payeeMethodsPage();
    QVERIFY(showWindow(window, methods));
    for (const PayoutMethod &m : methods->methods())
        QCOMPARE(m.payeeId, page->statement()->payee.id);
}

void TestPayeePortal::aPayeeWithoutAWalletYetIsTold()
{
    SignedIn signedIn;
    const Actor newcomer = payeeUser(QStringLiteral("vy"), QStringLiteral("99"), &signedIn);
    ui::MainWindow window(m_book->book(), m_merchant, newcomer, signedIn);
    ui::PayeeWalletPage *page = openWallet(window);
    QVERIFY(page);
    QVERIFY(!page->emptyNotice()->isHidden());
    QVERIFY(page->emptyNotice()->text().contains(QStringLiteral("Creator Hub")));
    QVERIFY(!page->requestButton()->isEnabled());
    QCOMPARE(page->historyModel()->rowCount(), 0);
    QVERIFY(!page->bucketLabel(usd, ui::PayeeWalletPage::Bucket::Available));
}

void TestPayeePortal::aPayeeManagesTheirMethods()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_payee, m_payeeSignIn);
    ui::PayeeMethodsPage *page = window.payeeMethodsPage();
    QVERIFY(page && showWindow(window, page));
    QCOMPARE(page->methods().size(), 2);
    const QString listed = allText(page->view()->model());
    QVERIFY2(
        listed.contains(QStringLiteral("Bank account\tIBAN GB ••••5432\tUSD\tDefault\tActive")),
        qPrintable(listed));
    QVERIFY(!listed.contains(QStringLiteral("GB82 WEST"))); // shown masked only

    // A bad IBAN: refused under the details field, the dialog open, nothing written.
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    const qint64 rowsBefore = methodRows(m_book->book().database());
    QString refusal;
    bool stayedOpen = false;
    whenDialogOpens([&](QDialog *dialog) {
        auto *add = qobject_cast<ui::MethodDialog *>(dialog);
        QVERIFY(add);
        chooseText(add->kind(), QStringLiteral("Bank account"));
        QTest::keyClicks(add->details(), QStringLiteral("GB00 WEST 1234 5698 7654 32"));
        add->accept();
        refusal = add->problem(QStringLiteral("details"));
        stayedOpen = add->isVisible();
        // Then a Venmo handle, made the default.
        chooseText(add->kind(), QStringLiteral("Venmo"));
        add->details()->setText(QStringLiteral("@lan-creates"));
        add->makeDefault()->setChecked(true);
        add->accept();
    });
    page->addButton()->click();
    QVERIFY2(refusal.startsWith(QStringLiteral("details: ")), qPrintable(refusal));
    QVERIFY(stayedOpen);
    QCOMPARE(page->methods().size(), 3);
    QCOMPARE(page->selectedMethod()->kind, MethodKind::Venmo);
    QVERIFY(page->selectedMethod()->isDefault);
    const BookSnapshot after = BookSnapshot::take(m_book->book().database());
    QCOMPARE(methodRows(m_book->book().database()), rowsBefore + 1);
    QCOMPARE(after.counts.value(QStringLiteral("audit_record")),
             before.counts.value(QStringLiteral("audit_record")) + 1);

    // PayPal becomes the default instead.
    const PayoutMethod paypal
        = *std::find_if(page->methods().cbegin(), page->methods().cend(),
                        [](const PayoutMethod &m) { return m.kind == MethodKind::PayPal; });
    QVERIFY(page->selectMethod(paypal.id));
    QVERIFY(page->defaultButton()->isEnabled());
    page->defaultButton()->click();
    QVERIFY(m_book->book().methods().get(m_owner, paypal.id).value().isDefault);
    QVERIFY(!page->defaultButton()->isEnabled());

    // Removing asks first: No keeps it, Yes removes it.
    QVERIFY(page->selectMethod(paypal.id));
    for (const auto answer : {QMessageBox::No, QMessageBox::Yes}) {
        whenDialogOpens([answer](QDialog *dialog) {
            auto *question = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(question);
            QVERIFY(question->text().contains(QStringLiteral("PayPal")));
            question->button(answer)->click();
        });
        page->removeButton()->click();
        QCOMPARE(m_book->book().methods().get(m_owner, paypal.id).value().active,
                 answer == QMessageBox::No);
    }
    QVERIFY(allText(page->view()->model()).contains(QStringLiteral("Removed")));
    QVERIFY(!page->removeButton()->isEnabled());
}

void TestPayeePortal::aPayeeRequestsAndCancelsAPayout()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_payee, m_payeeSignIn);
    ui::PayeeWalletPage *page = openWallet(window);
    QVERIFY(page);
    QStringList seen;
    whenDialogOpens([&seen](QDialog *dialog) {
        auto *request = qobject_cast<ui::PayoutRequestDialog *>(dialog);
        QVERIFY(request);
        seen << request->method()->currentText();
        // The core refuses more than is available, naming the amount.
        QTest::keyClicks(request->amount(), QStringLiteral("150.00"));
        request->accept();
        seen << request->problem(QStringLiteral("amount"));
        QVERIFY(request->isVisible());
        // Exact parsing: a third decimal is no US dollar amount.
        request->amount()->setText(QStringLiteral("12.345"));
        seen << request->problem(QStringLiteral("amount"));
        request->amount()->setText(QStringLiteral("40.00"));
        request->instant()->click();
        seen << request->summary()->text();
        request->accept();
    });
    page->requestButton()->click();
    QCOMPARE(seen.size(), 4);
    QVERIFY2(seen.at(0).contains(QStringLiteral("IBAN GB ••••5432 (default)")),
             qPrintable(seen.at(0)));
    QCOMPARE(seen.at(1),
             QStringLiteral("amount: 150.00 USD is more than the 145.00 USD available"));
    QCOMPARE(seen.at(2), QStringLiteral("USD allows at most 2 decimal places."));
    // 1.5% of 40.00 is 0.60: 39.40 will be sent.
    QCOMPARE(seen.at(3), QStringLiteral("39.40 USD instantly, after the instant fee of 0.60 USD"));

    QCOMPARE(page->payouts().size(), 1);
    const Payout payout = page->payouts().first();
    QVERIFY(payout.number.startsWith(QStringLiteral("JPO-")));
    QVERIFY(payout.instant);
    QCOMPARE(page->selectedPayout()->number, payout.number);
    QVERIFY(allText(page->payoutsView()->model()).contains(payout.number));
    QCOMPARE(page->bucketLabel(usd, ui::PayeeWalletPage::Bucket::Held)->text(),
             QStringLiteral("40.00 USD"));
    QCOMPARE(page->bucketLabel(usd, ui::PayeeWalletPage::Bucket::Available)->text(),
             QStringLiteral("105.00 USD"));
    const QString detail = page->detail()->text()->toPlainText();
    QVERIFY2(detail.contains(payout.number) && detail.contains(QStringLiteral("0.60 USD")),
             qPrintable(detail));
    // A payee is offered no reviewer's action.
    for (const char *name : {"approve", "process", "execute", "fail", "replaceProof"})
        QVERIFY2(!window.findChild<QPushButton *>(QString::fromLatin1(name)), name);

    QVERIFY(page->cancelButton()->isEnabled());
    whenDialogOpens([](QDialog *dialog) {
        auto *reason = qobject_cast<ui::ReasonDialog *>(dialog);
        QVERIFY(reason);
        reason->reasonEdit()->setPlainText(QStringLiteral("Changed my mind"));
        reason->accept();
    });
    page->cancelButton()->click();
    QCOMPARE(toCode(page->selectedPayout()->state), toCode(PayoutState::Canceled));
    QVERIFY(!page->cancelButton()->isEnabled());
    QCOMPARE(page->bucketLabel(usd, ui::PayeeWalletPage::Bucket::Held)->text(),
             QStringLiteral("0.00 USD"));
    QCOMPARE(page->bucketLabel(usd, ui::PayeeWalletPage::Bucket::Available)->text(),
             QStringLiteral("145.00 USD"));
    QVERIFY(page->detail()->text()->toPlainText().contains(QStringLiteral("Changed my mind")));
    // The other payee's payout is untouched.
    QCOMPARE(toCode(m_book->book().payouts().show(m_owner, m_otherPayout).value().payout.state),
             toCode(PayoutState::Pending));
}

void TestPayeePortal::theRequestShowsWhatAdjustmentsTake()
{
    // The payee owes 5.00 from an earlier overpayment: an auto deduction.
    const Actor reconciler = m_book->actorWithRole(Role::Reconciler, m_owner.merchantId);
    NewAdjustment owed;
    owed.ownerId = QStringLiteral("42");
    owed.adjustmentClass = AdjustmentClass::CarryForwardDeduction;
    owed.mode = AdjustmentMode::Auto;
    owed.amount = money(QStringLiteral("5.00"), QStringLiteral("USD"));
    QVERIFY(m_book->book().adjustments().add(reconciler, owed).ok());
    ui::MainWindow window(m_book->book(), m_merchant, m_payee, m_payeeSignIn);
    ui::PayeeWalletPage *page = openWallet(window);
    QVERIFY(page);
    QString summary;
    whenDialogOpens([&summary](QDialog *dialog) {
        auto *request = qobject_cast<ui::PayoutRequestDialog *>(dialog);
        QVERIFY(request);
        request->amount()->setText(QStringLiteral("40.00"));
        summary = request->summary()->text();
        request->reject();
    });
    page->requestButton()->click();
    QCOMPARE(summary,
             QStringLiteral("35.00 USD, by a standard payout\n5.00 USD you owe is "
                            "recovered from it"));
    QVERIFY(page->payouts().isEmpty()); // pricing wrote nothing
}

void TestPayeePortal::staffKeepTheirWindow()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_owner, m_book->tester());
    QVERIFY(showWindow(window, window.walletsPage()));
    QVERIFY(window.dashboardPage() && window.payoutsPage() && window.usersPage());
    QVERIFY(!window.payeeWalletPage() && !window.payeeMethodsPage());
    const QStringList menus = menuTitles(window);
    QVERIFY(menus.contains(QStringLiteral("&Wallet")));
    QVERIFY(menus.contains(QStringLiteral("&Transactions")));
    QVERIFY(!menus.contains(QStringLiteral("&Payouts")));
    QVERIFY(menuAction(window, QStringLiteral("New &income…")));
}

void TestPayeePortal::signingInAsAPayeeOpensTheirWindow()
{
    ui::BookSession session;
    session.presetUser(QStringLiteral("lan"), TestBook::testerPassword());
    QVERIFY(session.open(m_book->location()));
    QVERIFY(session.window());
    QVERIFY(session.window()->payeeWalletPage());
    QVERIFY(!session.window()->dashboardPage());
    QCOMPARE(session.window()->workspace().actor().payee.toText(), QStringLiteral("creator:42"));
}

namespace {

PayeeHistoryLine historyLine(qint64 id, const QString &kind, qint64 changeMinor,
                             const QString &referenceId, qint64 reverses = 0)
{
    PayeeHistoryLine line;
    line.entry.id = id;
    line.entry.date = QDate(2026, 3, 1);
    line.entry.referenceType
        = kind.contains(QStringLiteral("payout")) || kind.contains(QStringLiteral("instant"))
        ? QStringLiteral("Payout")
        : QStringLiteral("PayeeCredit");
    line.entry.referenceId = referenceId;
    line.entry.reversesId = reverses;
    line.kind = kind;
    line.change = Money(changeMinor, currency(usd));
    return line;
}

} // namespace

void TestPayeePortal::historyLinesGroupByReference()
{
    // Newest first, as PayeeService::show gives them.
    const QList<PayeeHistoryLine> lines {
        historyLine(8, QStringLiteral("reversal of platform_fee"), 1000, QStringLiteral("c1"), 2),
        historyLine(7, QStringLiteral("reversal of earning"), -10000, QStringLiteral("c1"), 1),
        historyLine(6, QStringLiteral("instant_fee"), -150, QStringLiteral("JPO-2026-000001")),
        historyLine(5, QStringLiteral("payout"), -9850, QStringLiteral("JPO-2026-000001")),
        historyLine(4, QStringLiteral("adjustment"), 500, QString()),
        historyLine(3, QStringLiteral("tip"), 700, QStringLiteral("c2")),
        historyLine(2, QStringLiteral("platform_fee"), -1000, QStringLiteral("c1")),
        historyLine(1, QStringLiteral("earning"), 10000, QStringLiteral("c1")),
    };
    const QList<ui::PayeeHistoryRow> rows = ui::groupPayeeHistory(lines);
    QStringList seen;
    for (const ui::PayeeHistoryRow &row : rows)
        seen << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(row.kind, row.gross.toDecimalString(), row.fee.toDecimalString(),
                         row.net.toDecimalString(), row.note);
    QCOMPARE(seen,
             (QStringList {
                 // A reversal is its own line, with the fee given back.
                 QStringLiteral("reversal of earning -100.00 10.00 -90.00 "),
                 // A payout: all that left the wallet, the fee, what was sent.
                 QStringLiteral("payout -100.00 1.50 -98.50 JPO-2026-000001"),
                 QStringLiteral("adjustment 5.00 0.00 5.00 "),
                 QStringLiteral("tip 7.00 0.00 7.00 "),
                 // A credit: the gross, the platform fee, what is owed.
                 QStringLiteral("earning 100.00 10.00 90.00 "),
             }));
    QCOMPARE(rows.first().entryIds, (QList<qint64> {8, 7}));
    QCOMPARE(ui::payeeHistoryKindText(QStringLiteral("reversal of payout")),
             QStringLiteral("Reversal: Payout"));
}

QTEST_MAIN(TestPayeePortal)
#include "tst_payeeportal.moc"
