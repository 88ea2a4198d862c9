#include "dialogs/categorydialog.h"
#include "models/categorytreemodel.h"
#include "pages/categoriespage.h"
#include "testbook.h"
#include "windowdriver.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTreeView>

using namespace coffer;
using namespace coffer::test;

// The Categories screen: the trees, the dialog, dragging to move, archiving, and
// the fixed categories left alone.
class TestCategoriesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void treeShowsBothTypesAndPassesTheTester();
    void addRenameMoveArchiveThroughTheScreen();
    void fixedCategoriesCannotBeChanged();
    void takenNameIsRefusedInTheDialog();

private:
    QPushButton *button(ui::CategoriesPage *page, const QString &text)
    {
        for (QPushButton *b : page->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }
    Category category(const QString &name)
    {
        return m_book->book().categories().find(m_actor, name).value();
    }

    std::unique_ptr<TestBook> m_book;
    Actor m_actor;
    Merchant m_merchant;
};

void TestCategoriesPage::init()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant(QStringLiteral("Tree Café"), QStringLiteral("VND"));
    m_merchant = m_book->book().wallets().resolveMerchant(QString()).value();
}

void TestCategoriesPage::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestCategoriesPage::treeShowsBothTypesAndPassesTheTester()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    QAbstractItemModelTester tester(window.categoriesPage()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showWindow(window, window.categoriesPage()));
    auto *model = window.categoriesPage()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->data(model->index(0, 0)).toString(), QStringLiteral("Income"));
    QCOMPARE(model->data(model->index(1, 0)).toString(), QStringLiteral("Expenses"));
    const QModelIndex sale = model->indexOf(category(QStringLiteral("SALE")).id);
    QVERIFY(sale.isValid());
    QCOMPARE(sale.parent(), model->index(0, 0));
    QCOMPARE(model->data(sale.siblingAtColumn(ui::CategoryTreeModel::Kind)).toString(),
             QStringLiteral("Fixed"));
    QVERIFY(!(model->flags(sale) & Qt::ItemIsDragEnabled));
    // Operating expenses hold salaries, rent and utilities, ... below them.
    const QModelIndex operating = model->indexOf(category(QStringLiteral("OPERATING")).id);
    QVERIFY(model->rowCount(operating) >= 4);
}

void TestCategoriesPage::addRenameMoveArchiveThroughTheScreen()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    ui::CategoriesPage *page = window.categoriesPage();
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showWindow(window, page));
    // New, under the selected Purchases.
    page->selectCategory(category(QStringLiteral("PURCHASE")).id);
    whenDialogOpens([](QDialog *dialog) {
        QTest::keyClicks(fieldOf<QLineEdit>(dialog, "name"), QStringLiteral("Milk"));
        fieldOf<QLineEdit>(dialog, "vietnameseName")->setText(QStringLiteral("Sữa"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(button(page, QStringLiteral("&New category…")), Qt::LeftButton);
    const Category milk = category(QStringLiteral("Milk"));
    QCOMPARE(milk.parentId, category(QStringLiteral("PURCHASE")).id);
    QCOMPARE(milk.names.text(QStringLiteral("vi")), QStringLiteral("Sữa"));
    QCOMPARE(page->selectedCategory()->id, milk.id);
    // Rename.
    whenDialogOpens([](QDialog *dialog) {
        auto *name = fieldOf<QLineEdit>(dialog, "name");
        name->setText(QStringLiteral("Fresh milk"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(button(page, QStringLiteral("Re&name…")), Qt::LeftButton);
    QCOMPARE(category(QStringLiteral("Fresh milk")).id, milk.id);
    // Drag onto Operating expenses (the drop the view would make).
    auto *model = page->model();
    const QModelIndex from = model->indexOf(milk.id);
    const QModelIndex onto = model->indexOf(category(QStringLiteral("OPERATING")).id);
    std::unique_ptr<QMimeData> dragged(model->mimeData({from}));
    QVERIFY(model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, 0, onto));
    QVERIFY(!model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, 0, model->index(0, 0)));
    model->dropMimeData(dragged.get(), Qt::MoveAction, -1, 0, onto);
    QTRY_COMPARE(category(QStringLiteral("Fresh milk")).parentId,
                 category(QStringLiteral("OPERATING")).id);
    // Archive: gone from the tree unless archived ones are shown; then restore.
    page->selectCategory(milk.id);
    QTest::mouseClick(button(page, QStringLiteral("&Archive")), Qt::LeftButton);
    QVERIFY(!category(QStringLiteral("Fresh milk")).isActive());
    QVERIFY(!model->indexOf(milk.id).isValid());
    page->findChild<QCheckBox *>()->setChecked(true);
    QVERIFY(model->indexOf(milk.id).isValid());
    page->selectCategory(milk.id);
    QVERIFY(button(page, QStringLiteral("Re&store"))->isEnabled());
    QTest::mouseClick(button(page, QStringLiteral("Re&store")), Qt::LeftButton);
    QVERIFY(category(QStringLiteral("Fresh milk")).isActive());
}

void TestCategoriesPage::fixedCategoriesCannotBeChanged()
{
    ui::MainWindow window(m_book->book(), m_merchant, m_actor, m_book->tester());
    ui::CategoriesPage *page = window.categoriesPage();
    QVERIFY(showWindow(window, page));
    page->selectCategory(category(QStringLiteral("SALE")).id);
    for (const QString &text : {QStringLiteral("Re&name…"), QStringLiteral("&Move…"),
                                QStringLiteral("&Archive"), QStringLiteral("Re&store")})
        QVERIFY2(!button(page, text)->isEnabled(), qPrintable(text));
    QVERIFY(button(page, QStringLiteral("&New category…"))->isEnabled());
}

void TestCategoriesPage::takenNameIsRefusedInTheDialog()
{
    Category start;
    start.type = CategoryType::Expense;
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    ui::CategoryDialog dialog(m_book->book(), m_actor, ui::CategoryDialog::Mode::Add, start);
    QCOMPARE(dialog.problem(), QStringLiteral("Enter a name."));
    QTest::keyClicks(fieldOf<QLineEdit>(&dialog, "name"), QStringLiteral("shipping"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
    QCOMPARE(dialog.problem(),
             QStringLiteral("Another category of this type already has this name."));
    QVERIFY(BookSnapshot::take(m_book->book().database()) == before);
}

QTEST_MAIN(TestCategoriesPage)
#include "tst_categoriespage.moc"
