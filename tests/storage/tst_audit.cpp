#include "testbook.h"

#include <QTest>

using namespace coffer;
using namespace coffer::test;

// The hash-chained audit trail on a real book: appends chain, and an edited, a
// removed middle and a removed last record are each found and named.
class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void appendsChainFromTheGenesis();
    void listsNewestFirstPerMerchant();
    void anEditedRecordIsNamed();
    void aRemovedMiddleRecordIsNamed();
    void aRemovedLastRecordIsFound();
    void aRemovedHeadRowIsFound();
    void aRemovedTailWithARewrittenHeadIsFoundAgainstTheKeptHead();
    void aFailedChangeLeavesNoRecord();

private:
    void tamper(const QString &sql, const QVariantList &values = {})
    {
        QVERIFY2(m_book->book().database().run(sql, values).ok(), qPrintable(sql));
    }
    AuditVerification verify(const std::optional<QString> &head = {})
    {
        return m_book->book().audit().verifyChain(head).value();
    }
    // Record `n` of the ten this test appends.
    qint64 id(qint64 n) const { return m_base + n; }

    std::unique_ptr<TestBook> m_book;
    Actor m_actor;
    qint64 m_otherMerchant = 0;
    qint64 m_base = 0; // records written before the test's own (the merchants' creation)
};

void TestAudit::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant(QStringLiteral("Audit Shop"), QStringLiteral("VND"));
    m_otherMerchant
        = m_book->createMerchant(QStringLiteral("Other Shop"), QStringLiteral("VND")).merchantId;
    m_base = verify().records;
    // The tester; each merchant with its admin's roles and its Cash wallet.
    QCOMPARE(m_base, qint64(7));
    for (int i = 1; i <= 10; ++i) {
        AuditEntry entry;
        entry.actor = i % 2 ? QStringLiteral("lan") : QStringLiteral("minh");
        // 1-8 of the shop, 9 of the other merchant, 10 of the whole book.
        entry.merchantId = i <= 8 ? m_actor.merchantId : i == 9 ? m_otherMerchant : 0;
        entry.action = QStringLiteral("wallet.update");
        // The book-wide one is about the tester (user 1), a user of the shop.
        entry.objectType = i == 10 ? QStringLiteral("user") : QStringLiteral("wallet");
        entry.objectId = QString::number(i == 10 ? 1 : i);
        entry.before = QStringLiteral("{\"name\":\"Ví %1\"}").arg(i - 1);
        entry.after = QStringLiteral("{\"name\":\"Ví %1\"}").arg(i);
        QVERIFY(m_book->book().audit().append(entry).ok());
    }
}

void TestAudit::cleanup()
{
    m_book.reset();
}

void TestAudit::appendsChainFromTheGenesis()
{
    const AuditVerification result = verify();
    QVERIFY2(result.sound(), qPrintable(result.problem));
    QCOMPARE(result.records, id(10));
    AuditFilter all;
    all.limit = 100;
    const QList<AuditRecord> records = m_book->book().audit().listAll(0, all).value();
    QCOMPARE(records.size(), int(id(10)));
    QCOMPARE(records.last().id, qint64(1));
    QCOMPARE(records.last().previousHash, AuditLog::genesisHash);
    for (qsizetype i = 0; i + 1 < records.size(); ++i)
        QCOMPARE(records.at(i).previousHash, records.at(i + 1).hash);
    QCOMPARE(result.headHash, records.first().hash);
    QCOMPARE(records.first().recordedAt.timeSpec(), Qt::UTC);
    QCOMPARE(records.first().entry.after, QStringLiteral("{\"name\":\"Ví 10\"}"));
    QCOMPARE(AuditLog::hashOf(records.first()), records.first().hash);
}

void TestAudit::listsNewestFirstPerMerchant()
{
    // The shop's records and the book-wide ones; never the other merchant's.
    AuditFilter page;
    page.limit = 3;
    const QList<AuditRecord> mine = m_book->book().audit().list(m_actor, page).value();
    QCOMPARE(mine.size(), 3);
    QCOMPARE(mine.at(0).id, id(10));
    QCOMPARE(mine.at(1).id, id(8));
    QCOMPARE(mine.at(2).id, id(7));
    page.limit = 100;
    page.beforeId = mine.last().id;
    const QList<AuditRecord> older = m_book->book().audit().list(m_actor, page).value();
    // 6..1, the shop's three creation records and the tester's (book-wide); not the
    // other shop's.
    QCOMPARE(older.size(), 10);
    QCOMPARE(older.first().id, id(6));
    for (const AuditRecord &r : older)
        QVERIFY(r.entry.merchantId != m_otherMerchant);

    AuditFilter byActor;
    byActor.actor = QStringLiteral("MINH");
    byActor.action = QStringLiteral("wallet.");
    const QList<AuditRecord> minh = m_book->book().audit().list(m_actor, byActor).value();
    QCOMPARE(minh.size(), 5); // 10, 8, 6, 4, 2
    AuditFilter future;
    future.from = QDate::currentDate().addDays(2);
    QVERIFY(m_book->book().audit().list(m_actor, future).value().isEmpty());

    // Reading the trail needs ReadAudit: a bookkeeper is refused.
    const Actor bookkeeper = m_book->actorWithRole(Role::Bookkeeper, m_actor.merchantId);
    auto refused = m_book->book().audit().list(bookkeeper, page);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(m_book->book().audit().verify(bookkeeper).error().code, ErrorCode::PermissionDenied);
}

void TestAudit::anEditedRecordIsNamed()
{
    tamper(QStringLiteral("UPDATE audit_record SET after_json = ? WHERE id = ?"),
           {QStringLiteral("{\"name\":\"Ví giả\"}"), id(4)});
    const AuditVerification result = verify();
    QVERIFY(!result.sound());
    QCOMPARE(result.firstBrokenId, id(4));
    QVERIFY2(result.problem.contains(QStringLiteral("changed")), qPrintable(result.problem));
}

void TestAudit::aRemovedMiddleRecordIsNamed()
{
    tamper(QStringLiteral("DELETE FROM audit_record WHERE id = ?"), {id(6)});
    const AuditVerification result = verify();
    QVERIFY(!result.sound());
    QCOMPARE(result.firstBrokenId, id(7));
    QCOMPARE(result.problem,
             QStringLiteral("record %1 follows record %2: record %3 is missing")
                 .arg(id(7))
                 .arg(id(5))
                 .arg(id(6)));
    QVERIFY2(result.problem.contains(QStringLiteral("missing")), qPrintable(result.problem));
}

void TestAudit::aRemovedLastRecordIsFound()
{
    tamper(QStringLiteral("DELETE FROM audit_record WHERE id = ?"), {id(10)});
    const AuditVerification result = verify();
    QVERIFY(!result.sound());
    QCOMPARE(result.firstBrokenId, id(10));
    QVERIFY2(result.problem.contains(QStringLiteral("removed")), qPrintable(result.problem));
}

void TestAudit::aRemovedHeadRowIsFound()
{
    tamper(QStringLiteral("DELETE FROM audit_head"));
    const AuditVerification result = verify();
    QVERIFY(!result.sound());
    QVERIFY2(result.problem.contains(QStringLiteral("head row is missing")),
             qPrintable(result.problem));
}

void TestAudit::aRemovedTailWithARewrittenHeadIsFoundAgainstTheKeptHead()
{
    const QString kept = verify().headHash;
    AuditFilter lastTwo;
    lastTwo.limit = 2;
    const QString ninth = m_book->book().audit().listAll(0, lastTwo).value().last().hash;
    tamper(QStringLiteral("DELETE FROM audit_record WHERE id = ?"), {id(10)});
    tamper(QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1"),
           {id(9), ninth});
    QVERIFY(verify().sound()); // the book alone cannot tell
    const AuditVerification result = verify(kept);
    QVERIFY(!result.sound());
    QCOMPARE(result.firstBrokenId, id(10));
}

void TestAudit::aFailedChangeLeavesNoRecord()
{
    // An append inside a transaction that is rolled back leaves nothing behind.
    Database &database = m_book->book().database();
    {
        WriteTransaction transaction(database);
        QVERIFY(transaction.begin().ok());
        AuditEntry entry;
        entry.actor = QStringLiteral("lan");
        entry.action = QStringLiteral("wallet.archive");
        entry.objectType = QStringLiteral("wallet");
        entry.objectId = QStringLiteral("1");
        QVERIFY(m_book->book().audit().append(entry).ok());
        // no commit: the transaction rolls back here
    }
    const AuditVerification result = verify();
    QVERIFY2(result.sound(), qPrintable(result.problem));
    QCOMPARE(result.records, id(10));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
