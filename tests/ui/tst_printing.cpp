#include "models/transactionlistmodel.h"
#include "pages/categoriespage.h"
#include "pages/dashboardpage.h"
#include "pages/transactionspage.h"
#include "testbook.h"
#include "tools/historygenerator.h"
#include "windowdriver.h"

#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>

using namespace coffer;
using namespace coffer::test;

// File > Export to PDF on the screens with lists, read back with pdftotext: what
// the screen shows is what the paper says.
class TestPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void transactionsPrintTheirFilterAndRows();
    void walletsPrintBalancesAndRegister();
    void categoriesPrintTheTree();
    void dashboardHasNothingToPrint();

private:
    QString pdfText(const QString &path)
    {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
            return {};
        // NFKC undoes the typographic ligatures ("ﬁ" in "first") of the PDF's text.
        return QString::fromUtf8(pdftotext.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC);
    }
    int pdfPages(const QString &text) { return int(text.count(QLatin1Char('\f'))); }

    QTemporaryDir m_folder;
    std::unique_ptr<TestBook> m_book;
    Actor m_actor;
    Merchant m_merchant;
};

void TestPrinting::initTestCase()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant(QStringLiteral("Print Café"), QStringLiteral("VND"));
    m_merchant = m_book->book().wallets().resolveMerchant(QString()).value();
    GenerateOptions options;
    options.transactions = 800;
    options.seed = 9;
    QVERIFY(HistoryGenerator(m_book->book()).run(m_actor, options).ok());
}

void TestPrinting::transactionsPrintTheirFilterAndRows()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    ui::TransactionsPage *page = window.transactionsPage();
    QVERIFY(showWindow(window, page));
    chooseText(page->findChild<QComboBox *>(QStringLiteral("type")), QStringLiteral("Expense"));
    chooseText(page->findChild<QComboBox *>(QStringLiteral("status")), QStringLiteral("Pending"));
    page->model()->fetchAll();
    const int rows = page->model()->rowCount();
    QVERIFY(rows > 0);
    const QString path = m_folder.filePath(QStringLiteral("transactions.pdf"));
    QVERIFY(window.exportPdf(path));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Transactions — Print Café")),
             qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("All dates · All wallets · All categories · Expense · "
                                         "Pending")));
    // Every row is on paper: its amount, as the screen formats it.
    for (int row = 0; row < rows; ++row) {
        const QString amount
            = page->model()
                  ->data(page->model()->index(row, ui::TransactionListModel::Amount))
                  .toString();
        QVERIFY2(text.contains(amount), qPrintable(amount));
    }
    QCOMPARE(text.count(QStringLiteral("Pending")), rows + 1); // each row and the subtitle
}

void TestPrinting::walletsPrintBalancesAndRegister()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QVERIFY(showWindow(window, window.walletsPage()));
    QVERIFY(selectWalletNamed(window.walletsPage(), QStringLiteral("Cash")));
    const QString path = m_folder.filePath(QStringLiteral("wallets.pdf"));
    QVERIFY(window.exportPdf(path));
    const QString text = pdfText(path);
    const Wallet cash = m_book->book().wallets().find(m_actor, QStringLiteral("Cash")).value();
    QVERIFY(text.contains(QStringLiteral("Register of Cash, newest first")));
    QVERIFY(text.contains(cash.current().format(QLocale())));
    QVERIFY(text.contains(QStringLiteral("Total across wallets")));
    QVERIFY2(pdfPages(text) > 1, "a long register runs over several pages");
    // Column headings repeat on every page of the register.
    QVERIFY(text.count(QStringLiteral("Category / counterpart")) >= pdfPages(text) - 1);
}

void TestPrinting::categoriesPrintTheTree()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QVERIFY(showWindow(window, window.categoriesPage()));
    const QString path = m_folder.filePath(QStringLiteral("categories.pdf"));
    QVERIFY(window.exportPdf(path));
    const QString text = pdfText(path);
    for (const QString &name : {QStringLiteral("Income"), QStringLiteral("Expenses"),
                                QStringLiteral("Coffee beans"), QStringLiteral("Salaries")})
        QVERIFY2(text.contains(name), qPrintable(name));
}

void TestPrinting::dashboardHasNothingToPrint()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QVERIFY(showWindow(window, window.dashboardPage()));
    QVERIFY(!menuAction(window, QStringLiteral("E&xport to PDF…"))->isEnabled());
    QVERIFY(!window.exportPdf(m_folder.filePath(QStringLiteral("none.pdf"))));
}

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
