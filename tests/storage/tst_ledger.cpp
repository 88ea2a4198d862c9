#include "testbook.h"

#include <QTest>

using namespace coffer;
using namespace coffer::test;

// The ledger over a real book: SQLite by default, PostgreSQL when the test runs as
// tst_ledger_pg (COFFER_TEST_BACKEND=postgres).
class TestLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newMerchantHasDefaultCashWallet();
    void fixedCategoriesAreSeededAndProtected();
    void incomeAndExpenseMoveTheWallet();
    void sameCurrencyTransfer();
    void crossCurrencyTransferByRate();
    void crossCurrencyTransferByReceivedAmount();
    void pendingThenCompleted();
    void pendingCancelledIsVoided();
    void completedCancelIsReversedByNewEntry();
    void saleAndPurchaseEventsAreIdempotent();
    void defaultWalletRules();
    void customCategoriesFormATree();
    void archivedWalletEntriesCannotBeCompletedOrCancelled();
    void registerListsWalletNewestFirst();
    void batchIsAllOrNothing();
    void reopenKeepsEverything();
    void notesRoundTripExactly();

private:
    Wallet addWallet(const QString &name, WalletType type, const QString &code,
                     qint64 initialMinor = 0);
    NewTransaction income(const Wallet &wallet, const QString &amount);
    Wallet reload(const Wallet &wallet);

    std::unique_ptr<TestBook> m_testBook;
    Actor m_actor;
};

void TestLedger::init()
{
    m_testBook = TestBook::create();
    QVERIFY(m_testBook);
    m_actor = m_testBook->createMerchant();
}

void TestLedger::cleanup()
{
    if (m_testBook)
        QCOMPARE(m_testBook->verify(), QStringList());
    m_testBook.reset();
}

Wallet TestLedger::addWallet(const QString &name, WalletType type, const QString &code,
                             qint64 initialMinor)
{
    NewWallet request;
    request.name = name;
    request.type = type;
    request.currency = currency(code);
    request.initialMinor = initialMinor;
    auto wallet = m_testBook->book().wallets().add(m_actor, request);
    if (!wallet)
        qFatal("%s", qPrintable(wallet.error().toString()));
    return *wallet;
}

NewTransaction TestLedger::income(const Wallet &wallet, const QString &amount)
{
    NewTransaction request;
    request.type = TransactionType::Income;
    request.walletId = wallet.id;
    request.amount = money(amount, wallet.currency.code());
    request.date = QDate(2026, 3, 14);
    return request;
}

Wallet TestLedger::reload(const Wallet &wallet)
{
    return m_testBook->book().wallets().byId(m_actor, wallet.id).value();
}

void TestLedger::newMerchantHasDefaultCashWallet()
{
    auto wallets = m_testBook->book().wallets().list(m_actor);
    QVERIFY(wallets.ok());
    QCOMPARE(wallets->size(), 1);
    const Wallet &cash = wallets->first();
    QCOMPARE(cash.type, WalletType::Cash);
    QVERIFY(cash.isDefault);
    QCOMPARE(cash.currency.code(), QStringLiteral("VND"));
    QCOMPARE(cash.names.text(QStringLiteral("vi")), QStringLiteral("Tiền mặt"));
    QCOMPARE(cash.current().minorUnits(), qint64(0));
}

void TestLedger::fixedCategoriesAreSeededAndProtected()
{
    auto &categories = m_testBook->book().categories();
    auto all = categories.list(m_actor);
    QVERIFY(all.ok());
    QCOMPARE(std::count_if(all->cbegin(), all->cend(), [](const Category &c) { return c.isFixed; }),
             19);
    for (const char *text :
         {"SALE", "000_SALE", "Sales", "Bán hàng", "rent_utilities", "301_PAY_INTEREST"}) {
        QVERIFY2(categories.find(m_actor, QString::fromUtf8(text)).ok(), text);
    }
    auto salary = categories.find(m_actor, QStringLiteral("SALARY"));
    QCOMPARE(salary->parentId, categories.find(m_actor, QStringLiteral("OPERATING"))->id);
    const auto before = BookSnapshot::take(m_testBook->book().database());
    QCOMPARE(categories.archive(m_actor, salary->id).error().code,
             ErrorCode::FixedCategoryProtected);
    QCOMPARE(BookSnapshot::take(m_testBook->book().database()), before);
}

void TestLedger::incomeAndExpenseMoveTheWallet()
{
    const Wallet bank
        = addWallet(QStringLiteral("Bank"), WalletType::Bank, QStringLiteral("USD"), 100000);
    auto &ledger = m_testBook->book().ledger();
    QVERIFY(ledger.record(m_actor, income(bank, QStringLiteral("250.75"))).ok());
    NewTransaction rent;
    rent.type = TransactionType::Expense;
    rent.walletId = bank.id;
    rent.categoryId
        = m_testBook->book().categories().find(m_actor, QStringLiteral("RENT_UTILITIES"))->id;
    rent.amount = money(QStringLiteral("1200.50"), QStringLiteral("USD"));
    auto recorded = ledger.record(m_actor, rent);
    QVERIFY(recorded.ok());
    QCOMPARE(recorded->categoryId, rent.categoryId);
    const Wallet after = reload(bank);
    QCOMPARE(after.current().toDecimalString(), QStringLiteral("50.25")); // 1000 + 250.75 - 1200.50
    QCOMPARE(after.available().toDecimalString(), QStringLiteral("50.25"));
    QCOMPARE(after.pending().minorUnits(), qint64(0));
    // No category: OTHER_INCOME
    auto other = ledger.get(m_actor, ledger.list(m_actor, {})->last().id);
    QCOMPARE(m_testBook->book().categories().find(m_actor, QStringLiteral("OTHER_INCOME"))->id,
             other->categoryId);
}

void TestLedger::sameCurrencyTransfer()
{
    const Wallet bank
        = addWallet(QStringLiteral("Bank"), WalletType::Bank, QStringLiteral("VND"), 5000000);
    auto cash = m_testBook->book().wallets().find(m_actor, QStringLiteral("Cash"));
    NewTransaction transfer;
    transfer.type = TransactionType::Transfer;
    transfer.walletId = bank.id;
    transfer.toWalletId = cash->id;
    transfer.amount = money(QStringLiteral("2000000"), QStringLiteral("VND"));
    QVERIFY(m_testBook->book().ledger().record(m_actor, transfer).ok());
    QCOMPARE(reload(bank).currentMinor, qint64(3000000));
    QCOMPARE(reload(*cash).currentMinor, qint64(2000000));
}

void TestLedger::crossCurrencyTransferByRate()
{
    const Wallet usd
        = addWallet(QStringLiteral("USD account"), WalletType::Bank, QStringLiteral("USD"), 50000);
    auto cash = m_testBook->book().wallets().find(m_actor, QStringLiteral("Cash"));
    NewTransaction transfer;
    transfer.type = TransactionType::Transfer;
    transfer.walletId = usd.id;
    transfer.toWalletId = cash->id;
    transfer.amount = money(QStringLiteral("100.50"), QStringLiteral("USD"));
    transfer.rate = ExchangeRate::parse(QStringLiteral("25400.5")).value();
    auto recorded = m_testBook->book().ledger().record(m_actor, transfer);
    QVERIFY(recorded.ok());
    QCOMPARE(recorded->toAmount->toDecimalString(), QStringLiteral("2552750")); // half-up
    QCOMPARE(recorded->rate.toDecimalString(), QStringLiteral("25400.5"));
    QCOMPARE(reload(usd).current().toDecimalString(), QStringLiteral("399.50"));
    QCOMPARE(reload(*cash).currentMinor, qint64(2552750));
}

void TestLedger::crossCurrencyTransferByReceivedAmount()
{
    const Wallet usd
        = addWallet(QStringLiteral("USD account"), WalletType::Bank, QStringLiteral("USD"), 50000);
    auto cash = m_testBook->book().wallets().find(m_actor, QStringLiteral("Cash"));
    NewTransaction transfer;
    transfer.type = TransactionType::Transfer;
    transfer.walletId = usd.id;
    transfer.toWalletId = cash->id;
    transfer.amount = money(QStringLiteral("3"), QStringLiteral("USD"));
    transfer.toAmount = money(QStringLiteral("76000"), QStringLiteral("VND"));
    auto recorded = m_testBook->book().ledger().record(m_actor, transfer);
    QVERIFY(recorded.ok());
    QCOMPARE(recorded->rate.toDecimalString(), QStringLiteral("25333.333333"));
    QCOMPARE(reload(*cash).currentMinor, qint64(76000));
}

void TestLedger::pendingThenCompleted()
{
    const Wallet bank = addWallet(QStringLiteral("Bank"), WalletType::Bank, QStringLiteral("USD"));
    NewTransaction request = income(bank, QStringLiteral("80"));
    request.status = TransactionStatus::Pending;
    auto pending = m_testBook->book().ledger().record(m_actor, request);
    QVERIFY(pending.ok());
    QCOMPARE(reload(bank).pendingMinor, qint64(8000));
    QCOMPARE(reload(bank).currentMinor, qint64(0));
    auto completed = m_testBook->book().ledger().complete(m_actor, pending->id);
    QVERIFY(completed.ok());
    QCOMPARE(completed->status, TransactionStatus::Completed);
    QCOMPARE(reload(bank).pendingMinor, qint64(0));
    QCOMPARE(reload(bank).currentMinor, qint64(8000));
    QCOMPARE(m_testBook->book().ledger().complete(m_actor, pending->id).error().code,
             ErrorCode::TransactionNotCompletable);
}

void TestLedger::pendingCancelledIsVoided()
{
    const Wallet bank = addWallet(QStringLiteral("Bank"), WalletType::Bank, QStringLiteral("USD"));
    NewTransaction request = income(bank, QStringLiteral("80"));
    request.status = TransactionStatus::Pending;
    auto pending = m_testBook->book().ledger().record(m_actor, request);
    auto cancelled = m_testBook->book().ledger().cancel(m_actor, pending->id);
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->id, pending->id);
    QCOMPARE(cancelled->status, TransactionStatus::Cancelled);
    QCOMPARE(reload(bank).pendingMinor, qint64(0));
    QCOMPARE(m_testBook->book().ledger().cancel(m_actor, pending->id).error().code,
             ErrorCode::TransactionNotCancellable);
}

void TestLedger::completedCancelIsReversedByNewEntry()
{
    const Wallet bank = addWallet(QStringLiteral("Bank"), WalletType::Bank, QStringLiteral("USD"));
    auto original
        = m_testBook->book().ledger().record(m_actor, income(bank, QStringLiteral("42.10")));
    auto reversal = m_testBook->book().ledger().cancel(m_actor, original->id);
    QVERIFY(reversal.ok());
    QVERIFY(reversal->id != original->id);
    QCOMPARE(reversal->reversesId, original->id);
    QCOMPARE(reversal->status, TransactionStatus::Completed);
    auto stillThere = m_testBook->book().ledger().get(m_actor, original->id);
    QCOMPARE(stillThere->status, TransactionStatus::Completed);
    QCOMPARE(stillThere->reversedById, reversal->id);
    QCOMPARE(reload(bank).currentMinor, qint64(0));
    QCOMPARE(m_testBook->book().ledger().cancel(m_actor, original->id).error().code,
             ErrorCode::TransactionNotCancellable);
    QCOMPARE(m_testBook->book().ledger().cancel(m_actor, reversal->id).error().code,
             ErrorCode::TransactionNotCancellable);
}

void TestLedger::saleAndPurchaseEventsAreIdempotent()
{
    auto cash = m_testBook->book().wallets().find(m_actor, QStringLiteral("Cash"));
    auto &events = m_testBook->book().events();
    const Money amount = money(QStringLiteral("350000"), QStringLiteral("VND"));
    auto first = events.saleOrderPaid(m_actor, QStringLiteral("SO-1001"), cash->id, amount);
    QVERIFY(first.ok());
    QVERIFY(first->created);
    QCOMPARE(first->transaction.referenceType, QStringLiteral("SaleOrder"));
    QCOMPARE(first->transaction.categoryId,
             m_testBook->book().categories().find(m_actor, QStringLiteral("SALE"))->id);
    const auto before = BookSnapshot::take(m_testBook->book().database());
    auto replay = events.saleOrderPaid(m_actor, QStringLiteral("SO-1001"), cash->id, amount);
    QVERIFY(replay.ok());
    QVERIFY(!replay->created);
    QCOMPARE(replay->transaction.id, first->transaction.id);
    QCOMPARE(BookSnapshot::take(m_testBook->book().database()), before);
    auto conflict = events.saleOrderPaid(m_actor, QStringLiteral("SO-1001"), cash->id,
                                         money(QStringLiteral("1"), QStringLiteral("VND")));
    QCOMPARE(conflict.error().code, ErrorCode::IdempotencyConflict);

    auto purchase
        = events.purchaseOrderReceived(m_actor, QStringLiteral("PO-7"), cash->id,
                                       money(QStringLiteral("50000"), QStringLiteral("VND")));
    QVERIFY(purchase.ok());
    QCOMPARE(purchase->transaction.type, TransactionType::Expense);
    QVERIFY(!events
                 .purchaseOrderReceived(m_actor, QStringLiteral("PO-7"), cash->id,
                                        money(QStringLiteral("50000"), QStringLiteral("VND")))
                 ->created);
    QCOMPARE(reload(*cash).currentMinor, qint64(300000));
}

void TestLedger::defaultWalletRules()
{
    auto &wallets = m_testBook->book().wallets();
    auto cash = wallets.find(m_actor, QStringLiteral("Cash"));
    QCOMPARE(wallets.archive(m_actor, cash->id).error().code,
             ErrorCode::DefaultWalletCannotBeArchived);
    NewWallet request;
    request.name = QStringLiteral("Main bank");
    request.type = WalletType::Bank;
    request.isDefault = true;
    auto bank = wallets.add(m_actor, request);
    QVERIFY(bank.ok());
    QVERIFY(!reload(*cash).isDefault);
    QVERIFY(wallets.archive(m_actor, cash->id).ok());
    QCOMPARE(reload(*cash).status, RecordStatus::Archived);
    QCOMPARE(m_testBook->book()
                 .ledger()
                 .record(m_actor, income(*cash, QStringLiteral("1")))
                 .error()
                 .code,
             ErrorCode::WalletArchived);
    request.name = QStringLiteral("main BANK");
    QCOMPARE(wallets.add(m_actor, request).error().code, ErrorCode::WalletNameTaken);
}

void TestLedger::customCategoriesFormATree()
{
    auto &categories = m_testBook->book().categories();
    const qint64 purchase = categories.find(m_actor, QStringLiteral("PURCHASE"))->id;
    NewCategory beans {QStringLiteral("Coffee beans"), {}, CategoryType::Expense, purchase};
    auto added = categories.add(m_actor, beans);
    QVERIFY(added.ok());
    QCOMPARE(added->parentId, purchase);
    QVERIFY(!added->identifier.isEmpty());
    QCOMPARE(categories.add(m_actor, beans).error().code, ErrorCode::CategoryNameTaken);
    NewCategory wrongType {QStringLiteral("Tips"), {}, CategoryType::Income, purchase};
    QCOMPARE(categories.add(m_actor, wrongType).error().code, ErrorCode::CategoryTypeMismatch);
    QVERIFY(categories.archive(m_actor, added->id).ok());
    const Wallet bank = addWallet(QStringLiteral("Bank"), WalletType::Bank, QStringLiteral("VND"));
    NewTransaction expense;
    expense.type = TransactionType::Expense;
    expense.walletId = bank.id;
    expense.categoryId = added->id;
    expense.amount = money(QStringLiteral("5"), QStringLiteral("VND"));
    QCOMPARE(m_testBook->book().ledger().record(m_actor, expense).error().code,
             ErrorCode::CategoryArchived);
}

void TestLedger::archivedWalletEntriesCannotBeCompletedOrCancelled()
{
    auto &ledger = m_testBook->book().ledger();
    auto &wallets = m_testBook->book().wallets();
    const Wallet spare
        = addWallet(QStringLiteral("Spare"), WalletType::EWallet, QStringLiteral("VND"));
    auto completed = ledger.record(m_actor, income(spare, QStringLiteral("500")));
    NewTransaction in = income(spare, QStringLiteral("100"));
    in.status = TransactionStatus::Pending;
    NewTransaction out = in;
    out.type = TransactionType::Expense;
    auto pendingIn = ledger.record(m_actor, in);
    auto pendingOut = ledger.record(m_actor, out);
    QVERIFY(completed.ok() && pendingIn.ok() && pendingOut.ok());
    QCOMPARE(reload(spare).pendingMinor, qint64(0)); // the two pending entries net to zero

    // Pending entries keep the wallet open, even when they net to zero.
    auto before = BookSnapshot::take(m_testBook->book().database());
    auto refused = wallets.archive(m_actor, spare.id);
    QCOMPARE(refused.error().code, ErrorCode::WalletHasPendingEntries);
    QVERIFY2(refused.error().detail.contains(QStringLiteral("2 pending entries")),
             qPrintable(refused.error().detail));
    QCOMPARE(BookSnapshot::take(m_testBook->book().database()), before);

    QVERIFY(ledger.complete(m_actor, pendingIn->id).ok());
    QVERIFY(ledger.cancel(m_actor, pendingOut->id).ok());
    QVERIFY(wallets.archive(m_actor, spare.id).ok());

    // An archived wallet takes no money movement, corrections included.
    before = BookSnapshot::take(m_testBook->book().database());
    auto reversal = ledger.cancel(m_actor, completed->id);
    QCOMPARE(reversal.error().code, ErrorCode::WalletArchived);
    QVERIFY(reversal.error().detail.startsWith(QStringLiteral("transaction: ")));
    QCOMPARE(ledger.complete(m_actor, pendingIn->id).error().code,
             ErrorCode::TransactionNotCompletable);
    QCOMPARE(BookSnapshot::take(m_testBook->book().database()), before);

    // Restored, it works again.
    QCOMPARE(wallets
                 .restore(m_actor,
                          m_testBook->book().wallets().find(m_actor, QStringLiteral("Cash"))->id)
                 .error()
                 .code,
             ErrorCode::WalletNotArchived);
    QVERIFY(wallets.restore(m_actor, spare.id).ok());
    QVERIFY(ledger.cancel(m_actor, completed->id).ok());
    QCOMPARE(reload(spare).currentMinor, qint64(100));
}

void TestLedger::registerListsWalletNewestFirst()
{
    const Wallet bank = addWallet(QStringLiteral("Bank"), WalletType::Bank, QStringLiteral("USD"));
    for (int day = 1; day <= 5; ++day) {
        NewTransaction request = income(bank, QString::number(day));
        request.date = QDate(2026, 1, day);
        QVERIFY(m_testBook->book().ledger().record(m_actor, request).ok());
    }
    TransactionFilter filter;
    filter.walletId = bank.id;
    filter.limit = 3;
    auto page = m_testBook->book().ledger().list(m_actor, filter);
    QVERIFY(page.ok());
    QCOMPARE(page->size(), 3);
    QCOMPARE(page->first().date, QDate(2026, 1, 5));
    filter.from = QDate(2026, 1, 2);
    filter.to = QDate(2026, 1, 3);
    filter.limit = 0;
    QCOMPARE(m_testBook->book().ledger().list(m_actor, filter)->size(), 2);
}

void TestLedger::batchIsAllOrNothing()
{
    const Wallet bank = addWallet(QStringLiteral("Bank"), WalletType::Bank, QStringLiteral("USD"));
    QList<NewTransaction> batch;
    for (int i = 0; i < 700; ++i)
        batch.append(income(bank, QStringLiteral("1.01")));
    NewTransaction broken = income(bank, QStringLiteral("1"));
    broken.walletId = 999999;
    batch.append(broken);
    const auto before = BookSnapshot::take(m_testBook->book().database());
    auto result = m_testBook->book().ledger().recordBatch(m_actor, batch);
    QCOMPARE(result.error().code, ErrorCode::WalletNotFound);
    QVERIFY(result.error().detail.startsWith(QStringLiteral("entry 701:")));
    QCOMPARE(BookSnapshot::take(m_testBook->book().database()), before);
    batch.removeLast();
    auto ids = m_testBook->book().ledger().recordBatch(m_actor, batch);
    QVERIFY(ids.ok());
    QCOMPARE(ids->size(), 700);
    QCOMPARE(reload(bank).currentMinor, qint64(70700));
}

void TestLedger::reopenKeepsEverything()
{
    const Wallet bank = addWallet(QStringLiteral("Bank"), WalletType::Bank, QStringLiteral("BHD"));
    QVERIFY(
        m_testBook->book().ledger().record(m_actor, income(bank, QStringLiteral("1.005"))).ok());
    auto again = Book::open(m_testBook->location());
    QVERIFY(again.ok());
    auto wallet = (*again)->wallets().byId(m_actor, bank.id);
    QCOMPARE(wallet->current().toDecimalString(), QStringLiteral("1.005"));
}

void TestLedger::notesRoundTripExactly()
{
    // Tabs, line breaks and backslashes are syntax in PostgreSQL's COPY format.
    const Wallet bank = addWallet(QStringLiteral("Bank"), WalletType::Bank, QStringLiteral("USD"));
    NewTransaction request = income(bank, QStringLiteral("1"));
    request.note = QStringLiteral("tab\there\nnext line \\N back\\slash 'q' \"dq\" Tiếng Việt");
    auto recorded = m_testBook->book().ledger().record(m_actor, request);
    QVERIFY(recorded.ok());
    QCOMPARE(m_testBook->book().ledger().get(m_actor, recorded->id)->note, request.note);
    QVERIFY(request.note.contains(QLatin1Char('\t')) && request.note.contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
