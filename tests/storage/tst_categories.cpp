#include "testbook.h"

#include <QTest>

using namespace coffer;
using namespace coffer::test;

// The category tree's changes: rename, move, archive and restore, with every
// refusal named and nothing written.
class TestCategories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void renameKeepsIdAndHistory();
    void moveWithinTheSameType();
    void refusalsAreNamedAndWriteNothing_data();
    void refusalsAreNamedAndWriteNothing();
    void archiveAndRestore();

private:
    Category category(const QString &name)
    {
        return m_book->book().categories().find(m_actor, name).value();
    }
    qint64 add(const QString &name, CategoryType type, qint64 parentId = 0)
    {
        NewCategory request;
        request.name = name;
        request.type = type;
        request.parentId = parentId;
        return m_book->book().categories().add(m_actor, request).value().id;
    }

    std::unique_ptr<TestBook> m_book;
    Actor m_actor;
    qint64 m_beans = 0;
    qint64 m_milk = 0;
    qint64 m_supplies = 0;
    qint64 m_catering = 0;
};

void TestCategories::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant(QStringLiteral("Tree Shop"), QStringLiteral("VND"));
    m_supplies = add(QStringLiteral("Supplies"), CategoryType::Expense);
    m_beans = add(QStringLiteral("Beans"), CategoryType::Expense, m_supplies);
    m_milk = add(QStringLiteral("Milk"), CategoryType::Expense, m_beans);
    m_catering = add(QStringLiteral("Catering"), CategoryType::Income);
}

void TestCategories::cleanup()
{
    if (m_book)
        QCOMPARE(m_book->verify(), QStringList());
    m_book.reset();
}

void TestCategories::renameKeepsIdAndHistory()
{
    auto &categories = m_book->book().categories();
    LocalizedText names;
    names.set(QStringLiteral("vi"), QStringLiteral("Hạt cà phê"));
    QVERIFY(categories.rename(m_actor, m_beans, QStringLiteral("Coffee beans"), names).ok());
    const Category renamed = category(QStringLiteral("Coffee beans"));
    QCOMPARE(renamed.id, m_beans);
    QCOMPARE(renamed.parentId, m_supplies);
    QCOMPARE(renamed.names.text(QStringLiteral("vi")), QStringLiteral("Hạt cà phê"));
    QCOMPARE(renamed.names.text(QStringLiteral("en")), QStringLiteral("Coffee beans"));
    QCOMPARE(category(QStringLiteral("Hạt cà phê")).id, m_beans);
    // The same name in the other type is allowed.
    QVERIFY(categories.rename(m_actor, m_catering, QStringLiteral("Supplies")).ok());
}

void TestCategories::moveWithinTheSameType()
{
    auto &categories = m_book->book().categories();
    QVERIFY(categories.move(m_actor, m_milk, m_supplies).ok());
    QCOMPARE(category(QStringLiteral("Milk")).parentId, m_supplies);
    QVERIFY(categories.move(m_actor, m_milk, 0).ok());
    QCOMPARE(category(QStringLiteral("Milk")).parentId, 0);
    const Category purchases = category(QStringLiteral("PURCHASE"));
    QVERIFY(categories.move(m_actor, m_supplies, purchases.id).ok()); // under a fixed one
    QCOMPARE(category(QStringLiteral("Supplies")).parentId, purchases.id);
}

void TestCategories::refusalsAreNamedAndWriteNothing_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("rename fixed") << "rename"
                                  << "SALE"
                                  << "Takings" << ErrorCode::FixedCategoryProtected;
    QTest::newRow("rename to taken") << "rename"
                                     << "Milk"
                                     << "beans" << ErrorCode::CategoryNameTaken;
    QTest::newRow("rename to fixed name") << "rename"
                                          << "Milk"
                                          << "Purchases" << ErrorCode::CategoryNameTaken;
    QTest::newRow("rename empty") << "rename"
                                  << "Milk"
                                  << "  " << ErrorCode::FieldRequired;
    QTest::newRow("rename control") << "rename"
                                    << "Milk"
                                    << "Mi\tlk" << ErrorCode::InvalidText;
    QTest::newRow("move under itself") << "move"
                                       << "Supplies"
                                       << "Supplies" << ErrorCode::CategoryCycle;
    QTest::newRow("move under own child") << "move"
                                          << "Supplies"
                                          << "Milk" << ErrorCode::CategoryCycle;
    QTest::newRow("move to other type") << "move"
                                        << "Milk"
                                        << "Catering" << ErrorCode::CategoryTypeMismatch;
    QTest::newRow("move fixed") << "move"
                                << "SHIPPING"
                                << "Supplies" << ErrorCode::FixedCategoryProtected;
    QTest::newRow("archive fixed") << "archive"
                                   << "SALE"
                                   << "" << ErrorCode::FixedCategoryProtected;
    QTest::newRow("archive with children") << "archive"
                                           << "Supplies"
                                           << "" << ErrorCode::CategoryHasChildren;
    QTest::newRow("restore active") << "restore"
                                    << "Milk"
                                    << "" << ErrorCode::CategoryNotArchived;
}

void TestCategories::refusalsAreNamedAndWriteNothing()
{
    QFETCH(QString, operation);
    QFETCH(QString, target);
    QFETCH(QString, argument);
    QFETCH(ErrorCode, code);
    auto &categories = m_book->book().categories();
    const qint64 id = category(target).id;
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    const auto listBefore = categories.list(m_actor).value();
    Status outcome = success();
    if (operation == QStringLiteral("rename"))
        outcome = categories.rename(m_actor, id, argument);
    else if (operation == QStringLiteral("move"))
        outcome = categories.move(m_actor, id, category(argument).id);
    else if (operation == QStringLiteral("archive"))
        outcome = categories.archive(m_actor, id);
    else
        outcome = categories.restore(m_actor, id);
    QVERIFY(!outcome);
    QCOMPARE(errorCodeName(outcome.error().code), errorCodeName(code));
    QVERIFY(!outcome.error().detail.isEmpty());
    QVERIFY(BookSnapshot::take(m_book->book().database()) == before);
    const auto listAfter = categories.list(m_actor).value();
    QCOMPARE(listAfter.size(), listBefore.size());
    for (qsizetype i = 0; i < listAfter.size(); ++i) {
        QCOMPARE(listAfter[i].name, listBefore[i].name);
        QCOMPARE(listAfter[i].parentId, listBefore[i].parentId);
        QCOMPARE(listAfter[i].status, listBefore[i].status);
    }
}

void TestCategories::archiveAndRestore()
{
    auto &categories = m_book->book().categories();
    QVERIFY(categories.archive(m_actor, m_milk).ok());
    QVERIFY(!category(QStringLiteral("Milk")).isActive());
    QVERIFY(categories.archive(m_actor, m_beans).ok());
    // A child cannot come back under an archived parent.
    auto refused = categories.restore(m_actor, m_milk);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::CategoryArchived);
    QVERIFY(categories.restore(m_actor, m_beans).ok());
    QVERIFY(categories.restore(m_actor, m_milk).ok());
    QVERIFY(category(QStringLiteral("Milk")).isActive());
    // An archived category takes no new entries.
    QVERIFY(categories.archive(m_actor, m_milk).ok());
    NewTransaction entry;
    entry.type = TransactionType::Expense;
    entry.walletId = m_book->book().wallets().find(m_actor, QStringLiteral("Cash"))->id;
    entry.categoryId = m_milk;
    entry.amount = money(QStringLiteral("1000"), QStringLiteral("VND"));
    entry.date = QDate(2026, 11, 1);
    auto recorded = m_book->book().ledger().record(m_actor, entry);
    QVERIFY(!recorded);
    QCOMPARE(recorded.error().code, ErrorCode::CategoryArchived);
}

QTEST_GUILESS_MAIN(TestCategories)
#include "tst_categories.moc"
