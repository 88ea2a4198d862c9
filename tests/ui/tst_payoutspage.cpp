// The payout inbox through a real window, on SQLite (tst_payoutspage) and
// PostgreSQL (tst_payoutspage_pg): a reviewer approves with a one-time code typed
// into the dialog, processes, records the execution with a PDF proof that the
// viewer renders, and the totals, filters and offered actions follow the roles;
// batch approval with one code and batch processing; exception approval,
// resolution and reversal by a reconciler.
#include "payouts/batchdialog.h"
#include "payouts/payoutdetailview.h"
#include "payouts/payoutdialogs.h"
#include "payouts/payoutspage.h"
#include "security/base32.h"
#include "security/otp.h"
#include "testbook.h"
#include "windowdriver.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace coffer;
using namespace coffer::test;

class TestPayoutsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aReviewerWorksAPayoutThroughTheInbox();
    void aWrongCodeKeepsTheDialogOpen();
    void filtersTotalsAndOfferedActions();
    void aBatchIsApprovedWithOneCodeAndProcessed();
    void aReconcilerResolvesAndReverses();

private:
    QString request(const QString &amount, qint64 method);
    QString code(int steps) const
    {
        return totp(m_secret, QDateTime::currentSecsSinceEpoch() + 30 * steps, TotpParameters {});
    }
    QString writePdf();

    std::unique_ptr<TestBook> m_book;
    Actor m_owner;
    Merchant m_merchant;
    Actor m_reviewer;
    SignedIn m_reviewerSignIn;
    QByteArray m_secret;
    qint64 m_method = 0;
    qint64 m_otherMethod = 0;
    QTemporaryDir m_folder;
};

void TestPayoutsPage::init()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_owner = m_book->createMerchant(QStringLiteral("Creator Hub"), QStringLiteral("USD"));
    Book &book = m_book->book();
    m_merchant = book.wallets().resolveMerchant(QString()).value();
    QVERIFY(
        book.wallets()
            .add(
                m_owner,
                NewWallet {
                    QStringLiteral("Bank"), {}, WalletType::Bank, {}, 500'00, {}, {}, false, false})
            .ok());
    const TestBook::PayeeMethods methods = m_book->setUpPayee(
        m_owner, QStringLiteral("42"), QStringLiteral("100.00"), QStringLiteral("USD"));
    m_method = methods.bank;
    m_otherMethod = methods.paypal;
    m_reviewer = m_book->actorWithRole(Role::Reviewer, m_owner.merchantId);
    m_reviewerSignIn
        = book.users().signIn(QStringLiteral("reviewer"), TestBook::testerPassword()).value();
    m_secret = m_book->confirmTotp(m_reviewerSignIn, QDateTime::currentSecsSinceEpoch());
}

void TestPayoutsPage::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

QString TestPayoutsPage::request(const QString &amount, qint64 method)
{
    NewPayout r;
    r.ownerId = QStringLiteral("42");
    r.amount = money(amount, QStringLiteral("USD"));
    r.methodId = method;
    return m_book->book().payouts().request(m_owner, r).value().number;
}

QString TestPayoutsPage::writePdf()
{
    const QString path = m_folder.filePath(QStringLiteral("transfer-slip.pdf"));
    QPdfWriter writer(path);
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
    painter.drawText(QRect(0, 0, 4000, 800), QStringLiteral("Bank transfer WIRE-77: 40.00 USD"));
    painter.end();
    return path;
}

void TestPayoutsPage::aReviewerWorksAPayoutThroughTheInbox()
{
    const QString number = request(QStringLiteral("40.00"), m_method);
    ui::MainWindow window(m_book->book(), m_merchant, m_reviewer, m_reviewerSignIn);
    ui::PayoutsPage *page = window.payoutsPage();
    QVERIFY(page);
    QVERIFY(showWindow(window, page));
    // Needs my review: the pending payout someone else requested.
    QCOMPARE(page->listed().size(), 1);
    QVERIFY(page->selectPayout(number));
    QVERIFY(page->button(QStringLiteral("approve"))->isEnabled());
    QVERIFY(!page->button(QStringLiteral("process"))->isEnabled());
    QVERIFY(page->detail()->text()->toPlainText().contains(QStringLiteral("IBAN GB ••••5432")));

    whenDialogOpens([this](QDialog *dialog) {
        auto *approve = qobject_cast<ui::ApproveDialog *>(dialog);
        QVERIFY(approve);
        approve->code()->setText(code(1));
        approve->accept();
    });
    page->button(QStringLiteral("approve"))->click();
    QCOMPARE(toCode(page->selectedPayout()->state), toCode(PayoutState::Approved));
    QVERIFY(page->button(QStringLiteral("process"))->isEnabled());
    page->button(QStringLiteral("process"))->click();
    QCOMPARE(toCode(page->selectedPayout()->state), toCode(PayoutState::InTransit));

    const QString pdf = writePdf();
    whenDialogOpens([pdf](QDialog *dialog) {
        auto *execute = qobject_cast<ui::ExecuteDialog *>(dialog);
        QVERIFY(execute);
        QCOMPARE(execute->actual()->text(), QStringLiteral("40.00"));
        execute->reference()->setText(QStringLiteral("WIRE-77"));
        execute->proofPath()->setText(pdf);
        execute->accept();
    });
    page->button(QStringLiteral("execute"))->click();
    QCOMPARE(toCode(page->selectedPayout()->state), toCode(PayoutState::Paid));
    const QString detail = page->detail()->text()->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("WIRE-77")), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("by reviewer")));
    QCOMPARE(page->detail()->proofs()->count(), 1);
    QVERIFY(
        page->detail()->proofs()->item(0)->text().startsWith(QStringLiteral("transfer-slip.pdf")));
    // The proof opens inside the app: the PDF's page is rendered.
    std::unique_ptr<QDialog> viewer(page->detail()->previewSelectedProof());
    auto *proofViewer = qobject_cast<ui::ProofViewer *>(viewer.get());
    QVERIFY(proofViewer);
    QCOMPARE(proofViewer->pageCount(), 1);
    auto *rendered = proofViewer->findChild<QLabel *>(QStringLiteral("page0"));
    QVERIFY(rendered && !rendered->pixmap().isNull());
    QVERIFY(rendered->pixmap().width() > 300);
    // The payee is owed 40.00 less; nothing is held.
    const PayeeStatement statement
        = m_book->book().payees().show(m_owner, QStringLiteral("42")).value();
    QCOMPARE(statement.balances.first().available,
             money(QStringLiteral("60.00"), QStringLiteral("USD")));
    QCOMPARE(statement.balances.first().held, money(QStringLiteral("0.00"), QStringLiteral("USD")));
}

void TestPayoutsPage::aWrongCodeKeepsTheDialogOpen()
{
    const QString number = request(QStringLiteral("10.00"), m_method);
    ui::MainWindow window(m_book->book(), m_merchant, m_reviewer, m_reviewerSignIn);
    ui::PayoutsPage *page = window.payoutsPage();
    QVERIFY(showWindow(window, page));
    QVERIFY(page->selectPayout(number));
    QString problem;
    whenDialogOpens([&problem](QDialog *dialog) {
        auto *approve = qobject_cast<ui::ApproveDialog *>(dialog);
        approve->code()->setText(QStringLiteral("12345"));
        approve->accept(); // refused: the dialog stays, naming the rule
        problem = approve->problem();
        QVERIFY(approve->isVisible());
        approve->reject();
    });
    page->button(QStringLiteral("approve"))->click();
    QVERIFY2(problem.startsWith(QStringLiteral("code:")), qPrintable(problem));
    QCOMPARE(toCode(page->selectedPayout()->state), toCode(PayoutState::Pending));
}

void TestPayoutsPage::filtersTotalsAndOfferedActions()
{
    request(QStringLiteral("10.00"), m_method);
    const QString second = request(QStringLiteral("25.50"), m_otherMethod);
    QVERIFY(m_book->book().payouts().cancel(m_owner, second).ok());
    {
        // The owner requested them: nothing needs their review; the open list has one.
        ui::MainWindow window(m_book->book(), m_merchant, m_owner, m_book->tester());
        ui::PayoutsPage *page = window.payoutsPage();
        QVERIFY(showWindow(window, page));
        page->setShow(ui::PayoutsPage::Show::NeedsMyReview);
        QCOMPARE(page->listed().size(), 0);
        page->setShow(ui::PayoutsPage::Show::All);
        QCOMPARE(page->listed().size(), 2);
        QCOMPARE(page->totals()->text(), QStringLiteral("2 payouts · 35.50 USD"));
        page->setShow(ui::PayoutsPage::Show::Ended);
        QCOMPARE(page->listed().size(), 1);
        page->setShow(ui::PayoutsPage::Show::Open);
        QCOMPARE(page->totals()->text(), QStringLiteral("1 payout · 10.00 USD"));
        page->setShow(ui::PayoutsPage::Show::All);
        page->setMinimumAmount(QStringLiteral("25.50"));
        QCOMPARE(page->listed().size(), 1);
        QCOMPARE(page->listed().first().number, second);
        page->setMinimumAmount(QStringLiteral("25.51"));
        QCOMPARE(page->listed().size(), 0);
        page->setMinimumAmount({});
        page->setShow(ui::PayoutsPage::Show::Open);
        page->setPayeeFilter(QStringLiteral("43"));
        QCOMPARE(page->listed().size(), 0);
        // The tester (owner and admin) approves others' requests and replaces proofs,
        // but does not process or execute.
        QVERIFY(page->button(QStringLiteral("approve"))->isVisibleTo(page));
        QVERIFY(!page->button(QStringLiteral("process"))->isVisibleTo(page));
        QVERIFY(!page->button(QStringLiteral("execute"))->isVisibleTo(page));
        QVERIFY(page->button(QStringLiteral("replaceProof"))->isVisibleTo(page));
    }
    // A payee has no inbox; an auditor reads it and acts on nothing.
    const Actor auditor = m_book->actorWithRole(Role::Auditor, m_owner.merchantId);
    const SignedIn auditorSignIn
        = m_book->book()
              .users()
              .signIn(QStringLiteral("auditor"), TestBook::testerPassword())
              .value();
    ui::MainWindow window(m_book->book(), m_merchant, auditor, auditorSignIn);
    ui::PayoutsPage *page = window.payoutsPage();
    QVERIFY(showWindow(window, page));
    page->setShow(ui::PayoutsPage::Show::All);
    QCOMPARE(page->listed().size(), 2);
    for (const char *name : {"approve", "process", "execute", "fail", "cancel", "replaceProof"})
        QVERIFY2(!page->button(QString::fromLatin1(name))->isVisibleTo(page), name);
}

void TestPayoutsPage::aBatchIsApprovedWithOneCodeAndProcessed()
{
    m_book->setUpPayee(m_owner, QStringLiteral("43"), QStringLiteral("80.00"),
                       QStringLiteral("USD"));
    const QStringList numbers {request(QStringLiteral("10.00"), m_method),
                               request(QStringLiteral("20.00"), m_otherMethod)};
    NewPayout other;
    other.ownerId = QStringLiteral("43");
    other.amount = money(QStringLiteral("30.00"), QStringLiteral("USD"));
    const QString third = m_book->book().payouts().request(m_owner, other).value().number;
    QVERIFY(m_book->book().payouts().cancel(m_owner, third).ok()); // not approvable
    ui::MainWindow window(m_book->book(), m_merchant, m_reviewer, m_reviewerSignIn);
    ui::PayoutsPage *page = window.payoutsPage();
    QVERIFY(showWindow(window, page));
    page->setShow(ui::PayoutsPage::Show::All);
    page->view()->selectAll();
    QCOMPARE(page->selectedPayouts().size(), 3);
    QVERIFY(page->button(QStringLiteral("batchApprove"))->isEnabled());
    QVERIFY(!page->button(QStringLiteral("batchProcess"))->isEnabled());
    QString summary;
    QStringList lines;
    whenDialogOpens([this, &summary, &lines](QDialog *dialog) {
        auto *batch = qobject_cast<ui::BatchDialog *>(dialog);
        QVERIFY(batch);
        // A wrong code approves nothing and stays on screen.
        batch->code()->setText(QStringLiteral("000000"));
        batch->run();
        QVERIFY(batch->summary().startsWith(QStringLiteral("code:")));
        batch->code()->setText(code(1));
        batch->run();
        summary = batch->summary();
        QCOMPARE(batch->progress()->value(), 3);
        for (int row = 0; row < batch->results()->count(); ++row)
            lines << batch->results()->item(row)->text();
        batch->reject();
    });
    page->button(QStringLiteral("batchApprove"))->click();
    QCOMPARE(summary, QStringLiteral("2 of 3 approved."));
    QVERIFY2(lines.filter(QStringLiteral("✗ ") + third).size() == 1, qPrintable(lines.join("\n")));
    for (const QString &number : numbers)
        QCOMPARE(toCode(m_book->book().payouts().show(m_owner, number)->payout.state),
                 toCode(PayoutState::Approved));
    // Process both in one run.
    page->view()->selectAll();
    QVERIFY(page->button(QStringLiteral("batchProcess"))->isEnabled());
    whenDialogOpens([&summary](QDialog *dialog) {
        auto *batch = qobject_cast<ui::BatchDialog *>(dialog);
        QVERIFY(batch && !batch->code());
        batch->run();
        summary = batch->summary();
        batch->reject();
    });
    page->button(QStringLiteral("batchProcess"))->click();
    QCOMPARE(summary, QStringLiteral("2 of 3 processed."));
    for (const QString &number : numbers)
        QCOMPARE(toCode(m_book->book().payouts().show(m_owner, number)->payout.state),
                 toCode(PayoutState::InTransit));
}

void TestPayoutsPage::aReconcilerResolvesAndReverses()
{
    Book &book = m_book->book();
    const Actor reconciler = m_book->actorWithRole(Role::Reconciler, m_owner.merchantId);
    const SignedIn reconcilerSignIn
        = book.users().signIn(QStringLiteral("reconciler"), TestBook::testerPassword()).value();
    // An exception credit, approved from the inbox by the reconciler.
    NewAdjustment goodwill;
    goodwill.ownerId = QStringLiteral("42");
    goodwill.adjustmentClass = AdjustmentClass::CarryForwardCredit;
    goodwill.mode = AdjustmentMode::Exception;
    goodwill.amount = money(QStringLiteral("2.00"), QStringLiteral("USD"));
    goodwill.note = QStringLiteral("late fee refund");
    const qint64 credit = book.adjustments().add(reconciler, goodwill).value().id;
    NewPayout r;
    r.ownerId = QStringLiteral("42");
    r.amount = money(QStringLiteral("40.00"), QStringLiteral("USD"));
    r.adjustmentIds = {credit};
    const QString number = book.payouts().request(m_owner, r).value().number;
    ui::MainWindow window(book, m_merchant, reconciler, reconcilerSignIn);
    ui::PayoutsPage *page = window.payoutsPage();
    QVERIFY(showWindow(window, page));
    QVERIFY(page->selectPayout(number)); // needs my review: its exception
    QVERIFY(page->detail()->text()->toPlainText().contains(QStringLiteral("late fee refund")));
    QVERIFY(page->button(QStringLiteral("approveException"))->isEnabled());
    page->button(QStringLiteral("approveException"))->click();
    QCOMPARE(toCode(book.payouts().show(m_owner, number)->payout.state),
             toCode(PayoutState::Pending));
    // Approved and executed for 41 of 42: a mismatch, resolved from the inbox.
    QVERIFY(book.payouts().approve(m_reviewer, m_reviewerSignIn, number, code(1)).ok());
    QVERIFY(book.payouts().process(m_reviewer, number).ok());
    Execution e;
    e.reference = QStringLiteral("WIRE-9");
    e.actual = money(QStringLiteral("41.00"), QStringLiteral("USD"));
    e.proof = ui::readProofFile(writePdf()).value();
    e.note = QStringLiteral("short by one");
    QVERIFY(book.payouts().execute(m_reviewer, number, e).ok());
    page->reload();
    page->setShow(ui::PayoutsPage::Show::Reconciliation);
    QVERIFY(page->selectPayout(number));
    whenDialogOpens([](QDialog *dialog) {
        auto *resolve = qobject_cast<ui::ReasonDialog *>(dialog);
        QVERIFY(resolve && !resolve->filePath());
        resolve->reasonEdit()->setPlainText(QStringLiteral("the bank kept a fee"));
        resolve->accept();
    });
    page->button(QStringLiteral("resolve"))->click();
    QCOMPARE(toCode(page->selectedPayout()->state), toCode(PayoutState::Paid));
    QVERIFY(page->detail()->text()->toPlainText().contains(QStringLiteral("Carry-forward credit")));
    // Reversed with evidence: the dialog keeps a missing file's refusal on screen.
    const QString pdf = writePdf();
    QString refusal;
    whenDialogOpens([pdf, &refusal](QDialog *dialog) {
        auto *reverse = qobject_cast<ui::ReasonDialog *>(dialog);
        QVERIFY(reverse && reverse->filePath());
        reverse->reasonEdit()->setPlainText(QStringLiteral("paid to the wrong account"));
        reverse->accept();
        refusal = reverse->problem();
        reverse->filePath()->setText(pdf);
        reverse->accept();
    });
    page->button(QStringLiteral("reverse"))->click();
    QVERIFY2(!refusal.isEmpty(), "an empty evidence path is refused");
    QCOMPARE(toCode(page->selectedPayout()->state), toCode(PayoutState::Reversed));
    const PayoutDetail detail = book.payouts().show(m_owner, number).value();
    QCOMPARE(detail.adjustments.last().mode, AdjustmentMode::Exception);
    // What the payout was to send (40 and the 2 credit) stays owed.
    QCOMPARE(detail.adjustments.last().amount,
             money(QStringLiteral("42.00"), QStringLiteral("USD")));
}

QTEST_MAIN(TestPayoutsPage)
#include "tst_payoutspage.moc"
