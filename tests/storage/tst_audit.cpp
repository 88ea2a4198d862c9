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
    void aRemovedTailWithARewrittenHeadIsFoundAgainstTheKeptHead();
    void aFailedChangeLeavesNoRecord();

private:
    void tamper(const QString &sql, const QVariantList &values = {})
    {
        QVERIFY2(m_book->book().database().run(sql, values).ok(), qPrintable(sql));
    }
    AuditVerification verify(const std::optional<QString> &head = {})
    {
        return m_book->book().audit().verify(head).value();
    }

    std::unique_ptr<TestBook> m_book;
    Actor m_actor;
};

void TestAudit::init()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant(QStringLiteral("Audit Shop"), QStringLiteral("VND"));
    for (int i = 1; i <= 10; ++i) {
        AuditEntry entry;
        entry.actor = i % 2 ? QStringLiteral("lan") : QStringLiteral("minh");
        entry.merchantId = i <= 8 ? m_actor.merchantId : 0;
        entry.action = QStringLiteral("wallet.update");
        entry.objectType = QStringLiteral("wallet");
        entry.objectId = QString::number(i);
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
    QCOMPARE(result.records, qint64(10));
    const QList<AuditRecord> records = m_book->book().audit().list(0, 100).value();
    QCOMPARE(records.size(), 10);
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
    const QList<AuditRecord> mine = m_book->book().audit().list(m_actor.merchantId, 3).value();
    QCOMPARE(mine.size(), 3);
    QCOMPARE(mine.at(0).id, qint64(8));
    const QList<AuditRecord> older
        = m_book->book().audit().list(m_actor.merchantId, 100, mine.last().id).value();
    QCOMPARE(older.size(), 5);
    QCOMPARE(older.first().id, qint64(5));
}

void TestAudit::anEditedRecordIsNamed()
{
    tamper(QStringLiteral("UPDATE audit_record SET after_json = ? WHERE id = 4"),
           {QStringLiteral("{\"name\":\"Ví giả\"}")});
    const AuditVerification result = verify();
    QVERIFY(!result.sound());
    QCOMPARE(result.firstBrokenId, qint64(4));
    QVERIFY2(result.problem.contains(QStringLiteral("changed")), qPrintable(result.problem));
}

void TestAudit::aRemovedMiddleRecordIsNamed()
{
    tamper(QStringLiteral("DELETE FROM audit_record WHERE id = 6"));
    const AuditVerification result = verify();
    QVERIFY(!result.sound());
    QCOMPARE(result.firstBrokenId, qint64(7));
    QVERIFY2(result.problem.contains(QStringLiteral("missing")), qPrintable(result.problem));
}

void TestAudit::aRemovedLastRecordIsFound()
{
    tamper(QStringLiteral("DELETE FROM audit_record WHERE id = 10"));
    const AuditVerification result = verify();
    QVERIFY(!result.sound());
    QCOMPARE(result.firstBrokenId, qint64(10));
    QVERIFY2(result.problem.contains(QStringLiteral("removed")), qPrintable(result.problem));
}

void TestAudit::aRemovedTailWithARewrittenHeadIsFoundAgainstTheKeptHead()
{
    const QString kept = verify().headHash;
    const QString ninth = m_book->book().audit().list(0, 2).value().last().hash;
    tamper(QStringLiteral("DELETE FROM audit_record WHERE id = 10"));
    tamper(QStringLiteral("UPDATE audit_head SET last_id = 9, last_hash = ? WHERE id = 1"),
           {ninth});
    QVERIFY(verify().sound()); // the book alone cannot tell
    const AuditVerification result = verify(kept);
    QVERIFY(!result.sound());
    QCOMPARE(result.firstBrokenId, qint64(10));
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
    QCOMPARE(result.records, qint64(10));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
