#include "testbook.h"
#include "tools/historygenerator.h"

#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

int monthOf(const QDate &date)
{
    return date.year() * 100 + date.month();
}

} // namespace

// The dashboard's figures, the transaction search and entry corrections, on a
// generated book; figures are checked against a model derived from the entries.
class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void flowsMatchTheEntries();
    void balanceLinesEndAtTodaysBalance();
    void excludedWalletsStayOut();
    void smallCategoriesAreSummedAsOther();
    void badMonthRangeIsRefused();
    void searchFiltersCombine();
    void searchWordsAreLiteral();
    void correctReplacesAnEntryAtomically();
    void failedCorrectionChangesNothing();

private:
    QList<Transaction> everyEntry() const;
    Dashboard build(int fromMonth, int toMonth, const QString &currency = QStringLiteral("VND"));

    std::unique_ptr<TestBook> m_book;
    Actor m_actor;
    QList<Category> m_categories;
    QList<Wallet> m_wallets;
};

void TestReports::initTestCase()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant(QStringLiteral("Report Café"), QStringLiteral("VND"));
    GenerateOptions options;
    options.transactions = 3000;
    options.seed = 11;
    options.until = QDate(2026, 10, 31);
    QVERIFY(HistoryGenerator(m_book->book()).run(m_actor, options).ok());
    m_categories = m_book->book().categories().list(m_actor).value();
    m_wallets = m_book->book().wallets().list(m_actor).value();
}

void TestReports::cleanupTestCase()
{
    m_book.reset();
}

QList<Transaction> TestReports::everyEntry() const
{
    TransactionFilter all;
    all.limit = 0;
    return m_book->book().ledger().list(m_actor, all).value();
}

Dashboard TestReports::build(int fromMonth, int toMonth, const QString &currency)
{
    DashboardRequest request {test::currency(currency), fromMonth, toMonth};
    auto dashboard = m_book->book().dashboard().build(m_actor, request);
    if (!dashboard)
        qWarning() << dashboard.error().toString();
    return dashboard.value_or(Dashboard {});
}

void TestReports::flowsMatchTheEntries()
{
    QHash<qint64, Wallet> wallets;
    for (const Wallet &w : m_wallets)
        wallets.insert(w.id, w);
    QHash<qint64, CategoryType> types;
    for (const Category &c : m_categories)
        types.insert(c.id, c.type);
    // The model: completed income and expense entries of included VND wallets, a
    // reversal counting against its category in its own month.
    QMap<int, qint64> income, expense;
    for (const Transaction &t : everyEntry()) {
        const Wallet &w = wallets.value(t.walletId);
        if (t.type == TransactionType::Transfer || t.status != TransactionStatus::Completed
            || w.isExcluded || w.currency.code() != QStringLiteral("VND"))
            continue;
        const qint64 signedAmount
            = t.reversesId != 0 ? -t.amount.minorUnits() : t.amount.minorUnits();
        const bool isIncome = types.value(t.categoryId) == CategoryType::Income;
        // An income entry in an expense category (a refund) lowers spending.
        const qint64 intoWallet = t.type == TransactionType::Income ? signedAmount : -signedAmount;
        if (isIncome)
            income[monthOf(t.date)] += intoWallet;
        else
            expense[monthOf(t.date)] -= intoWallet;
    }
    const Dashboard dashboard = build(202401, 202610);
    QCOMPARE(dashboard.months.size(), 34);
    qint64 incomeTotal = 0, expenseTotal = 0;
    for (const MonthFlow &flow : dashboard.months) {
        QCOMPARE(flow.income.minorUnits(), income.value(flow.month));
        QCOMPARE(flow.expense.minorUnits(), expense.value(flow.month));
        incomeTotal += flow.income.minorUnits();
        expenseTotal += flow.expense.minorUnits();
    }
    QVERIFY(incomeTotal > 0);
    QVERIFY(expenseTotal > 0);
    QCOMPARE(dashboard.income.minorUnits(), incomeTotal);
    QCOMPARE(dashboard.expense.minorUnits(), expenseTotal);
    QCOMPARE(dashboard.net.minorUnits(), incomeTotal - expenseTotal);
    qint64 shares = 0;
    for (const CategoryShare &share : dashboard.expenses)
        shares += share.amount.minorUnits();
    QCOMPARE(shares, expenseTotal);
}

void TestReports::balanceLinesEndAtTodaysBalance()
{
    const Dashboard dashboard = build(202301, 202610);
    QVERIFY(!dashboard.balances.isEmpty());
    qint64 total = 0;
    for (const WalletSeries &series : dashboard.balances) {
        const auto wallet = std::find_if(m_wallets.cbegin(), m_wallets.cend(),
                                         [&](const Wallet &w) { return w.id == series.walletId; });
        QVERIFY(wallet != m_wallets.cend());
        QCOMPARE(series.points.size(), 46);
        // Nothing is dated after October 2026, so the last point is today's
        // balance; before the history began it is the opening balance.
        QCOMPARE(series.points.last().balance.minorUnits(), wallet->currentMinor);
        QCOMPARE(series.points.first().balance.minorUnits(), wallet->initialMinor);
        total += wallet->currentMinor;
    }
    QCOMPARE(dashboard.balance.minorUnits(), total);
    // A range that stops earlier walks back over the later months.
    const Dashboard earlier = build(202401, 202406);
    for (const WalletSeries &series : earlier.balances) {
        const WalletSeries full
            = *std::find_if(dashboard.balances.cbegin(), dashboard.balances.cend(),
                            [&](const WalletSeries &s) { return s.walletId == series.walletId; });
        QCOMPARE(series.points.last().balance, full.points.at(17).balance); // June 2024
    }
}

void TestReports::excludedWalletsStayOut()
{
    const Dashboard dashboard = build(202401, 202610);
    const auto excluded = std::find_if(m_wallets.cbegin(), m_wallets.cend(),
                                       [](const Wallet &w) { return w.isExcluded; });
    QVERIFY(excluded != m_wallets.cend());
    for (const WalletSeries &series : dashboard.balances)
        QVERIFY(series.walletId != excluded->id);
    QVERIFY(dashboard.currencies.contains(test::currency(QStringLiteral("VND"))));
    // Other currencies are offered but never mixed into the VND figures.
    QVERIFY(dashboard.currencies.size() >= 2);
    for (const WalletSeries &series : dashboard.balances)
        QCOMPARE(series.points.first().balance.currency().code(), QStringLiteral("VND"));
}

void TestReports::smallCategoriesAreSummedAsOther()
{
    DashboardRequest request {test::currency(QStringLiteral("VND")), 202401, 202610, 2};
    const Dashboard dashboard = m_book->book().dashboard().build(m_actor, request).value();
    QCOMPARE(dashboard.expenses.size(), 3);
    QCOMPARE(dashboard.expenses.last().categoryId, 0);
    QVERIFY(dashboard.expenses[0].amount.minorUnits() >= dashboard.expenses[1].amount.minorUnits());
    const Dashboard full = build(202401, 202610);
    qint64 sum = 0;
    for (const CategoryShare &share : dashboard.expenses)
        sum += share.amount.minorUnits();
    QCOMPARE(sum, full.expense.minorUnits());
}

void TestReports::badMonthRangeIsRefused()
{
    for (auto range : {std::pair {202613, 202701}, std::pair {202610, 202601}, std::pair {0, 1}}) {
        DashboardRequest request {test::currency(QStringLiteral("VND")), range.first, range.second};
        auto dashboard = m_book->book().dashboard().build(m_actor, request);
        QVERIFY(!dashboard);
        QCOMPARE(dashboard.error().code, ErrorCode::InvalidArgument);
    }
}

void TestReports::searchFiltersCombine()
{
    const QList<Transaction> all = everyEntry();
    const Category salary
        = m_book->book().categories().find(m_actor, QStringLiteral("SALARY")).value();
    TransactionFilter filter;
    filter.limit = 0;
    filter.from = QDate(2025, 1, 1);
    filter.to = QDate(2025, 12, 31);
    filter.categoryIds = {salary.id};
    filter.type = TransactionType::Expense;
    filter.status = TransactionStatus::Completed;
    const QList<Transaction> found = m_book->book().ledger().list(m_actor, filter).value();
    QList<qint64> expected;
    for (const Transaction &t : all) {
        if (t.date.year() == 2025 && t.categoryId == salary.id && t.type == TransactionType::Expense
            && t.status == TransactionStatus::Completed)
            expected << t.id;
    }
    QVERIFY(!expected.isEmpty());
    QList<qint64> ids;
    for (const Transaction &t : found)
        ids << t.id;
    QCOMPARE(ids, expected); // same newest-first order

    // Pending only, in one wallet, paged by the keyset.
    TransactionFilter pending;
    pending.status = TransactionStatus::Pending;
    pending.walletId = m_wallets.first().id;
    pending.limit = 3;
    const auto page = m_book->book().ledger().list(m_actor, pending).value();
    for (const Transaction &t : page)
        QCOMPARE(t.status, TransactionStatus::Pending);
}

void TestReports::searchWordsAreLiteral()
{
    NewTransaction entry;
    entry.type = TransactionType::Income;
    entry.walletId = m_wallets.first().id;
    entry.amount = Money(5000, m_wallets.first().currency);
    entry.date = QDate(2026, 10, 30);
    entry.note = QStringLiteral("Catering 100% paid_in_full for Ms. Lan");
    const Transaction recorded = m_book->book().ledger().record(m_actor, entry).value();
    auto search = [&](const QString &text) {
        TransactionFilter filter;
        filter.text = text;
        filter.limit = 0;
        QList<qint64> ids;
        for (const Transaction &t : m_book->book().ledger().list(m_actor, filter).value())
            ids << t.id;
        return ids;
    };
    QCOMPARE(search(QStringLiteral("catering  LAN")), QList<qint64> {recorded.id});
    QCOMPARE(search(QStringLiteral("100%")), QList<qint64> {recorded.id});
    QCOMPARE(search(QStringLiteral("paid_in")), QList<qint64> {recorded.id});
    QVERIFY(search(QStringLiteral("10_%")).isEmpty()); // no wildcard
    QVERIFY(search(QStringLiteral("catering nobody")).isEmpty()); // every word must match
    // Case is ignored beyond ASCII: Vietnamese capitals find lower-case notes.
    NewTransaction power = entry;
    power.note = QStringLiteral("Tiền điện tháng 10");
    const Transaction paid = m_book->book().ledger().record(m_actor, power).value();
    QCOMPARE(search(QStringLiteral("ĐIỆN")), QList<qint64> {paid.id});
    QCOMPARE(search(QStringLiteral("TIỀN Điện")), QList<qint64> {paid.id});
    QVERIFY(search(QStringLiteral("dien")).isEmpty()); // accents are letters, not noise
    QVERIFY(m_book->book().ledger().cancel(m_actor, paid.id).ok());
    QVERIFY(m_book->book().ledger().cancel(m_actor, recorded.id).ok());
}

void TestReports::correctReplacesAnEntryAtomically()
{
    const Wallet cash = m_book->book().wallets().find(m_actor, QStringLiteral("Cash")).value();
    NewTransaction entry;
    entry.type = TransactionType::Expense;
    entry.walletId = cash.id;
    entry.amount = Money(12000, cash.currency);
    entry.date = QDate(2026, 10, 20);
    entry.note = QStringLiteral("Milk");
    const Transaction original = m_book->book().ledger().record(m_actor, entry).value();
    NewTransaction fixed = LedgerService::requestFor(original);
    QCOMPARE(fixed.amount, original.amount);
    QCOMPARE(fixed.note, QStringLiteral("Milk"));
    fixed.amount = Money(21000, cash.currency);
    const Transaction replacement
        = m_book->book().ledger().correct(m_actor, original.id, fixed).value();
    QCOMPARE(replacement.amount.minorUnits(), 21000);
    const Transaction after = m_book->book().ledger().get(m_actor, original.id).value();
    QVERIFY(after.reversedById != 0); // a settled entry is reversed, never edited
    const Wallet cashAfter = m_book->book().wallets().find(m_actor, QStringLiteral("Cash")).value();
    QCOMPARE(cashAfter.currentMinor, cash.currentMinor - 21000);
    QVERIFY(m_book->verify().isEmpty());
}

void TestReports::failedCorrectionChangesNothing()
{
    const Wallet cash = m_book->book().wallets().find(m_actor, QStringLiteral("Cash")).value();
    NewTransaction entry;
    entry.type = TransactionType::Income;
    entry.walletId = cash.id;
    entry.amount = Money(3000, cash.currency);
    entry.date = QDate(2026, 10, 21);
    const Transaction original = m_book->book().ledger().record(m_actor, entry).value();
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    NewTransaction broken = LedgerService::requestFor(original);
    broken.amount = Money(-5, cash.currency);
    auto corrected = m_book->book().ledger().correct(m_actor, original.id, broken);
    QVERIFY(!corrected);
    QCOMPARE(corrected.error().code, ErrorCode::AmountMustBePositive);
    const BookSnapshot after = BookSnapshot::take(m_book->book().database());
    QVERIFY2(after == before, qPrintable(after.describe()));
    QCOMPARE(m_book->book().ledger().get(m_actor, original.id).value().reversedById, 0);
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
