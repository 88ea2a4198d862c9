// A seeded random walk over the ledger services, checked after every operation against
// an independent model (randomledgermodel.h): integer balances per wallet and, per
// transaction, its state and its effect on each wallet.
//
// Operations: income, expense, same-currency transfers, cross-currency transfers by
// rate (the model converts with its own half-up integer arithmetic) and by received
// amount (the model derives the rate), pending entries, complete, cancel of pending
// (void) and of completed (reversal), one wallet archived part way, and invalid
// operations that must fail with their named error and change nothing. After each one
// every wallet's current and pending balance must equal the model's; the verifier runs
// every 100 operations and at the end, and then every transaction's state is compared.
//
// The seed comes from COFFER_SEED, else from the clock. It is printed at the start and
// in every failure: replay with COFFER_SEED=<seed> ./tst_randomledger (with
// COFFER_TEST_BACKEND=postgres and COFFER_TEST_PG_URL for PostgreSQL).

#include "randomledgermodel.h"
#include "testbook.h"

#include <QTest>

#include <limits>
#include <random>

using namespace coffer;
using namespace coffer::test;

namespace {

// The same count on PostgreSQL: 3000 operations take well under a minute there too.
constexpr int operationCount = 3000;
constexpr int verifyEvery = 100;

template<typename T> std::optional<Error> errorOf(const Result<T> &result)
{
    return result.ok() ? std::nullopt : std::optional<Error>(result.error());
}

} // namespace

class TestRandomLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void randomOperationsMatchTheModel();

private:
    void openBook();
    QString runOperation();
    QString incomeOrExpense();
    QString sameCurrencyTransfer();
    QString crossCurrencyTransfer();
    QString transferByReceivedAmount(NewTransaction request, qint64 market);
    QString transferByRate(NewTransaction request, qint64 market);
    QString completePending();
    QString cancelEntry();
    QString archiveSpare();
    QString invalidRecord(int kind);
    QString invalidChange(int kind);

    QString expectRecorded(const NewTransaction &request, const QList<Effect> &effects,
                           std::optional<qint64> toMinor = {}, qint64 rateMicros = 0);
    QString expectRefused(ErrorCode code, const std::function<std::optional<Error>()> &command);
    QString expectRecordRefused(ErrorCode code, const NewTransaction &request);
    QString compareBalances();
    QString compareEntries();
    QString failure(const QString &problem) const;

    quint64 draw(quint64 bound) { return m_random() % bound; }
    bool chance(quint64 oneIn) { return draw(oneIn) == 0; }
    qint64 drawAmount() { return 1 + qint64(draw(quint64(tenTo(int(draw(9)))))); }
    QDate drawDate() { return QDate(2025, 1, 1).addDays(qint64(draw(730))); }
    std::optional<qint64> pick(const QList<qint64> &ids);
    const ModelWallet &wallet(qint64 id) const { return m_model.wallets.find(id).value(); }
    Money moneyIn(qint64 walletId, qint64 minor) const;
    NewTransaction transfer(qint64 fromId, qint64 toId, qint64 amountMinor);

    quint64 m_seed = 0;
    std::mt19937_64 m_random;
    std::unique_ptr<TestBook> m_book;
    Actor m_actor;
    Model m_model;
    QHash<QString, Currency> m_currencies;
    QList<qint64> m_incomeCategories {0}; // 0: the fixed OTHER_INCOME
    QList<qint64> m_expenseCategories {0};
    qint64 m_spareId = 0;
    int m_index = 0;
    QString m_operation;
    int m_refused = 0;
    int m_ties = 0;
};

void TestRandomLedger::initTestCase()
{
    const QByteArray fromEnvironment = qgetenv("COFFER_SEED");
    bool ok = true;
    const quint64 clock = quint64(QDateTime::currentMSecsSinceEpoch());
    m_seed = fromEnvironment.isEmpty()
        ? clock * 1'000'003u + quint64(QCoreApplication::applicationPid())
        : fromEnvironment.toULongLong(&ok);
    QVERIFY2(ok, "COFFER_SEED must be an unsigned 64-bit number");
    qInfo("seed %llu (replay with COFFER_SEED=%llu)", m_seed, m_seed);
    m_random.seed(m_seed);
}

QString TestRandomLedger::failure(const QString &problem) const
{
    return QStringLiteral("seed %1, operation %2 (%3): %4\n    replay with COFFER_SEED=%1")
        .arg(m_seed)
        .arg(m_index)
        .arg(m_operation, problem);
}

void TestRandomLedger::openBook()
{
    m_book = TestBook::create();
    QVERIFY(m_book);
    m_actor = m_book->createMerchant(QStringLiteral("Random Shop"), QStringLiteral("VND"));
    for (const CurrencyFacts &facts : currencyFacts) {
        const QString code = QString::fromLatin1(facts.code);
        m_currencies.insert(code, currency(code));
        QCOMPARE(m_currencies.value(code).minorUnits(), facts.exponent);
    }
    auto cash = m_book->book().wallets().find(m_actor, QStringLiteral("Cash"));
    QVERIFY(cash.ok());
    m_model.addWallet(cash->id, cash->name, currencyFacts[0], 0);
    struct Spec
    {
        const char *name;
        WalletType type;
        int currencyIndex;
        qint64 initialMinor;
    };
    const Spec specs[] = {
        {"Bank", WalletType::Bank, 0, qint64(draw(50'000'000))},
        {"Card", WalletType::CreditCard, 0, -qint64(draw(5'000'000))},
        {"Spare", WalletType::EWallet, 0, qint64(draw(1'000'000))},
        {"Dollars", WalletType::Bank, 1, qint64(draw(10'000'000))},
        {"Petty dollars", WalletType::Cash, 1, 0},
        {"Dinars", WalletType::Bank, 2, qint64(draw(1'000'000))},
        {"Reserve", WalletType::Bank, 3, qint64(draw(100'000))},
    };
    for (const Spec &spec : specs) {
        const CurrencyFacts &facts = currencyFacts[spec.currencyIndex];
        NewWallet request;
        request.name = QString::fromLatin1(spec.name);
        request.type = spec.type;
        request.currency = m_currencies.value(QString::fromLatin1(facts.code));
        request.initialMinor = spec.initialMinor;
        auto added = m_book->book().wallets().add(m_actor, request);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        m_model.addWallet(added->id, request.name, facts, spec.initialMinor);
        if (request.name == QStringLiteral("Spare"))
            m_spareId = added->id;
    }
    auto categories = m_book->book().categories().list(m_actor);
    QVERIFY(categories.ok());
    for (const Category &c : *categories)
        (c.type == CategoryType::Income ? m_incomeCategories : m_expenseCategories) << c.id;
}

void TestRandomLedger::randomOperationsMatchTheModel()
{
    openBook();
    if (QTest::currentTestFailed())
        return;
    const int archiveAt = operationCount / 4 + int(draw(operationCount / 4));
    for (m_index = 1; m_index <= operationCount; ++m_index) {
        QString problem = m_index == archiveAt ? archiveSpare() : runOperation();
        if (problem.isEmpty())
            problem = compareBalances();
        QVERIFY2(problem.isEmpty(), qPrintable(failure(problem)));
        if (m_index % verifyEvery == 0) {
            const QStringList found = m_book->verify();
            QVERIFY2(found.isEmpty(), qPrintable(failure(found.join(QStringLiteral("; ")))));
        }
    }
    m_operation = QStringLiteral("final checks");
    const QStringList found = m_book->verify();
    QVERIFY2(found.isEmpty(), qPrintable(failure(found.join(QStringLiteral("; ")))));
    const QString entries = compareEntries();
    QVERIFY2(entries.isEmpty(), qPrintable(failure(entries)));
    qInfo("seed %llu: %d operations, %lld transactions, %d refused as expected, %d half-up ties",
          m_seed, operationCount, m_model.nextId - 1, m_refused, m_ties);
    QVERIFY2(m_ties > 0 && m_refused > 0, qPrintable(failure(QStringLiteral("too few cases"))));
}

QString TestRandomLedger::runOperation()
{
    const quint64 roll = draw(100);
    if (roll < 22)
        return incomeOrExpense();
    if (roll < 32)
        return sameCurrencyTransfer();
    if (roll < 47)
        return crossCurrencyTransfer();
    if (roll < 60)
        return completePending();
    if (roll < 75)
        return cancelEntry();
    const int kind = int(draw(13));
    return kind < 8 ? invalidRecord(kind) : invalidChange(kind - 8);
}

std::optional<qint64> TestRandomLedger::pick(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return std::nullopt;
    return ids.at(qsizetype(draw(quint64(ids.size()))));
}

Money TestRandomLedger::moneyIn(qint64 walletId, qint64 minor) const
{
    return Money(minor, m_currencies.value(wallet(walletId).code));
}

NewTransaction TestRandomLedger::transfer(qint64 fromId, qint64 toId, qint64 amountMinor)
{
    NewTransaction request;
    request.type = TransactionType::Transfer;
    request.status = chance(4) ? TransactionStatus::Pending : TransactionStatus::Completed;
    request.walletId = fromId;
    request.toWalletId = toId;
    request.amount = moneyIn(fromId, amountMinor);
    request.date = drawDate();
    return request;
}

QString TestRandomLedger::incomeOrExpense()
{
    const qint64 walletId = *pick(m_model.activeWalletIds());
    const bool income = chance(2);
    NewTransaction request;
    request.type = income ? TransactionType::Income : TransactionType::Expense;
    request.status = chance(4) ? TransactionStatus::Pending : TransactionStatus::Completed;
    request.walletId = walletId;
    const QList<qint64> &categories = income ? m_incomeCategories : m_expenseCategories;
    request.categoryId = categories.at(qsizetype(draw(quint64(categories.size()))));
    const qint64 amount = drawAmount();
    request.amount = moneyIn(walletId, amount);
    request.date = chance(5) ? QDate() : drawDate(); // null: today
    m_operation = QStringLiteral("%1 %2 minor in %3, %4")
                      .arg(income ? QStringLiteral("income") : QStringLiteral("expense"))
                      .arg(amount)
                      .arg(wallet(walletId).name, toCode(request.status));
    return expectRecorded(request, {{walletId, income ? amount : -amount}});
}

QString TestRandomLedger::sameCurrencyTransfer()
{
    // VND and USD always have two active wallets.
    const QString code = chance(2) ? QStringLiteral("VND") : QStringLiteral("USD");
    QList<qint64> ids
        = m_model.walletIds([&](const ModelWallet &w) { return !w.archived && w.code == code; });
    const qint64 fromId = ids.takeAt(qsizetype(draw(quint64(ids.size()))));
    const qint64 toId = *pick(ids);
    const qint64 amount = drawAmount();
    const NewTransaction request = transfer(fromId, toId, amount);
    m_operation = QStringLiteral("transfer %1 minor %2 -> %3, %4")
                      .arg(amount)
                      .arg(wallet(fromId).name, wallet(toId).name, toCode(request.status));
    return expectRecorded(request, {{fromId, -amount}, {toId, amount}});
}

QString TestRandomLedger::crossCurrencyTransfer()
{
    const ModelWallet &from = wallet(*pick(m_model.activeWalletIds()));
    const ModelWallet &to = wallet(*pick(m_model.walletIds(
        [&](const ModelWallet &o) { return !o.archived && o.code != from.code; })));
    // A plausible rate from the currencies' dollar values (at least one millionth).
    const qint64 market
        = qMax<qint64>(1, qint64(Wide(from.nanoDollars) * 1'000'000 / to.nanoDollars));
    const NewTransaction request = transfer(from.id, to.id, drawAmount());
    return chance(3) ? transferByReceivedAmount(request, market) : transferByRate(request, market);
}

QString TestRandomLedger::transferByReceivedAmount(NewTransaction request, qint64 market)
{
    const ModelWallet &from = wallet(request.walletId), &to = wallet(request.toWalletId);
    const qint64 amount = request.amount.minorUnits();
    const Wide fromScale = tenTo(from.exponent), toScale = tenTo(to.exponent);
    const Wide atMarket = divideHalfUp(Wide(amount) * market * toScale, 1'000'000 * fromScale);
    const qint64 received = chance(8)
        ? 1 + qint64(draw(3)) // so little that the implied rate may round to zero
        : qint64(atMarket / 2) + 1 + qint64(draw(quint64(atMarket) + 1));
    request.toAmount = moneyIn(to.id, received);
    // The rate the entry must store: received / amount in millionths, half-up.
    const Wide implied
        = divideHalfUp(Wide(received) * fromScale * 1'000'000, Wide(amount) * toScale);
    m_operation = QStringLiteral("transfer %1 minor %2 -> %3 receiving %4 minor, %5")
                      .arg(amount)
                      .arg(from.name, to.name)
                      .arg(received)
                      .arg(toCode(request.status));
    if (implied == 0 || implied > std::numeric_limits<qint64>::max())
        return expectRecordRefused(ErrorCode::InvalidRate, request);
    return expectRecorded(request, {{from.id, -amount}, {to.id, received}}, received,
                          qint64(implied));
}

QString TestRandomLedger::transferByRate(NewTransaction request, qint64 market)
{
    const ModelWallet &from = wallet(request.walletId), &to = wallet(request.toWalletId);
    qint64 amount = request.amount.minorUnits();
    qint64 micros = market / 2 + 1 + qint64(draw(quint64(market)));
    if (chance(4)) {
        // An odd amount at 5 x 10^k x odd micros: the product ends in exactly half a
        // minor unit of the destination, so half-up and half-even differ.
        micros = 5 * tenTo(5 + from.exponent - to.exponent) * qint64(2 * draw(200) + 1);
        amount |= 1;
        request.amount = moneyIn(from.id, amount);
    }
    request.rate = ExchangeRate::fromMicros(micros);
    const Wide numerator = Wide(amount) * micros * tenTo(to.exponent);
    const Wide denominator = Wide(1'000'000) * tenTo(from.exponent);
    const qint64 received = qint64(divideHalfUp(numerator, denominator));
    m_ties += 2 * (numerator % denominator) == denominator ? 1 : 0;
    m_operation = QStringLiteral("transfer %1 minor %2 -> %3 at %4 micros, %5")
                      .arg(amount)
                      .arg(from.name, to.name)
                      .arg(micros)
                      .arg(toCode(request.status));
    if (received == 0) // the rate converts the amount to nothing
        return expectRecordRefused(ErrorCode::InvalidRate, request);
    return expectRecorded(request, {{from.id, -amount}, {to.id, received}}, received, micros);
}

QString TestRandomLedger::completePending()
{
    // An archived wallet has no pending entries left (archiving requires that), so
    // this filter only keeps the draw away from wallets the model has archived.
    const auto id = pick(m_model.entryIds([&](const ModelEntry &e) {
        return e.state == State::Pending && !m_model.touchesArchived(e);
    }));
    if (!id)
        return incomeOrExpense();
    m_operation = QStringLiteral("complete %1").arg(*id);
    auto completed = m_book->book().ledger().complete(m_actor, *id);
    if (!completed)
        return QStringLiteral("refused: %1").arg(completed.error().toString());
    m_model.complete(*id);
    if (completed->id != *id || completed->status != TransactionStatus::Completed)
        return QStringLiteral("returned entry %1, %2")
            .arg(completed->id)
            .arg(toCode(completed->status));
    return {};
}

QString TestRandomLedger::cancelEntry()
{
    const auto id = pick(m_model.entryIds([&](const ModelEntry &e) {
        return m_model.cancellable(e) && !m_model.touchesArchived(e);
    }));
    if (!id)
        return incomeOrExpense();
    const bool wasPending = m_model.entries.value(*id).state == State::Pending;
    m_operation = QStringLiteral("cancel %1 (%2)")
                      .arg(*id)
                      .arg(wasPending ? QStringLiteral("pending") : QStringLiteral("completed"));
    auto cancelled = m_book->book().ledger().cancel(m_actor, *id);
    if (!cancelled)
        return QStringLiteral("refused: %1").arg(cancelled.error().toString());
    const qint64 expectedId = m_model.cancel(*id); // itself when voided, else the reversal
    const bool shapeOk = wasPending
        ? cancelled->status == TransactionStatus::Cancelled
        : cancelled->status == TransactionStatus::Completed && cancelled->reversesId == *id;
    if (cancelled->id != expectedId || !shapeOk)
        return QStringLiteral("returned entry %1, %2, reversing %3; the model expected entry %4")
            .arg(cancelled->id)
            .arg(toCode(cancelled->status))
            .arg(cancelled->reversesId)
            .arg(expectedId);
    return {};
}

QString TestRandomLedger::archiveSpare()
{
    m_operation = QStringLiteral("archive Spare");
    // Pending entries keep a wallet open: the archive is refused (and writes nothing,
    // which the balance comparison after this operation checks) until they settle.
    const QList<qint64> pending = m_model.entryIds([&](const ModelEntry &e) {
        return e.state == State::Pending
            && std::any_of(e.effects.cbegin(), e.effects.cend(),
                           [&](const Effect &effect) { return effect.walletId == m_spareId; });
    });
    const Status archived = m_book->book().wallets().archive(m_actor, m_spareId);
    if (!pending.isEmpty()) {
        if (archived)
            return QStringLiteral("archived Spare with %1 pending entries").arg(pending.size());
        if (archived.error().code != ErrorCode::WalletHasPendingEntries)
            return QStringLiteral("refused with %1, expected WalletHasPendingEntries")
                .arg(archived.error().toString());
        for (qint64 id : pending) {
            auto completed = m_book->book().ledger().complete(m_actor, id);
            if (!completed)
                return QStringLiteral("completing %1: %2")
                    .arg(id)
                    .arg(completed.error().toString());
            m_model.complete(id);
        }
        const Status retried = m_book->book().wallets().archive(m_actor, m_spareId);
        if (!retried)
            return retried.error().toString();
    } else if (!archived) {
        return archived.error().toString();
    }
    m_model.wallets[m_spareId].archived = true;
    return {};
}

QString TestRandomLedger::invalidRecord(int kind)
{
    const QList<qint64> active = m_model.activeWalletIds();
    const qint64 walletId = *pick(active);
    NewTransaction request;
    request.type = chance(2) ? TransactionType::Income : TransactionType::Expense;
    request.walletId = walletId;
    request.amount = moneyIn(walletId, drawAmount());
    ErrorCode code = ErrorCode::AmountMustBePositive;
    const bool spareArchived = wallet(m_spareId).archived;
    switch (kind == 2 && !spareArchived ? 0 : kind) {
    case 0: // zero amount
        request.amount = moneyIn(walletId, 0);
        break;
    case 1: // negative amount, also in a transfer
        if (chance(2))
            request = transfer(walletId, *pick(active), 1);
        request.amount = moneyIn(walletId, -drawAmount());
        break;
    case 2: // an archived wallet as the source of any entry or the destination of a transfer
        code = ErrorCode::WalletArchived;
        if (chance(3))
            request = transfer(walletId, m_spareId, 1);
        else if (chance(2))
            request = transfer(m_spareId, walletId, 1);
        else
            request.walletId = m_spareId;
        request.amount = moneyIn(request.walletId, drawAmount());
        break;
    case 3: // to itself
        code = ErrorCode::TransferToSameWallet;
        request = transfer(walletId, walletId, drawAmount());
        break;
    case 4: { // across currencies without a rate or received amount
        code = ErrorCode::CurrencyMismatch;
        const QList<qint64> foreign = m_model.walletIds(
            [&](const ModelWallet &o) { return !o.archived && o.code != wallet(walletId).code; });
        request = transfer(walletId, *pick(foreign), drawAmount());
        break;
    }
    case 5: // an amount in another currency than the wallet's
        code = ErrorCode::CurrencyMismatch;
        request.amount = Money(drawAmount(),
                               m_currencies.value(wallet(walletId).code == QStringLiteral("USD")
                                                      ? QStringLiteral("BHD")
                                                      : QStringLiteral("USD")));
        break;
    case 6: // a wallet that does not exist
        code = ErrorCode::WalletNotFound;
        request.walletId = 1'000'000 + qint64(draw(1000));
        break;
    default: // a new entry cannot start cancelled
        code = ErrorCode::InvalidArgument;
        request.status = TransactionStatus::Cancelled;
        break;
    }
    m_operation = QStringLiteral("invalid entry %1 from wallet %2 to %3 of %4 minor, %5")
                      .arg(kind)
                      .arg(request.walletId)
                      .arg(request.toWalletId)
                      .arg(request.amount.minorUnits())
                      .arg(toCode(request.status));
    return expectRecordRefused(code, request);
}

QString TestRandomLedger::invalidChange(int kind)
{
    if (kind == 4) { // a rate other than 1 between two VND wallets: Cash (the first) and another
        NewTransaction request = transfer(m_model.wallets.firstKey(), 0, drawAmount());
        request.toWalletId = *pick(m_model.walletIds([&](const ModelWallet &w) {
            return !w.archived && w.code == QStringLiteral("VND") && w.id != request.walletId;
        }));
        request.rate = ExchangeRate::fromMicros(1'000'001 + qint64(draw(1'000'000)));
        m_operation = QStringLiteral("VND transfer at %1 micros").arg(request.rate->micros());
        return expectRecordRefused(ErrorCode::InvalidRate, request);
    }
    const std::function<bool(const ModelEntry &)> filters[] = {
        // cancel twice: a voided entry, a reversed entry or a reversal
        [&](const ModelEntry &e) { return !m_model.cancellable(e); },
        // complete what is not pending
        [](const ModelEntry &e) { return e.state != State::Pending; },
        // correct an entry that touches an archived wallet
        [&](const ModelEntry &e) { return m_model.cancellable(e) && m_model.touchesArchived(e); },
    };
    // kind 3: a transaction that does not exist (yet)
    const std::optional<qint64> id
        = kind == 3 ? m_model.nextId + qint64(draw(10)) : pick(m_model.entryIds(filters[kind]));
    if (!id)
        return invalidRecord(0);
    auto &ledger = m_book->book().ledger();
    const bool complete = kind == 1 || (kind == 3 && chance(2));
    m_operation = QStringLiteral("invalid %1 of %2")
                      .arg(complete ? QStringLiteral("complete") : QStringLiteral("cancel"))
                      .arg(*id);
    if (complete)
        return expectRefused(kind == 3 ? ErrorCode::TransactionNotFound
                                       : ErrorCode::TransactionNotCompletable,
                             [&] { return errorOf(ledger.complete(m_actor, *id)); });
    const std::optional<ErrorCode> code = m_model.cancelError(*id);
    if (!code)
        return QStringLiteral("the test drew a cancellable entry for an invalid cancel");
    return expectRefused(*code, [&] { return errorOf(ledger.cancel(m_actor, *id)); });
}

QString TestRandomLedger::expectRecorded(const NewTransaction &request,
                                         const QList<Effect> &effects,
                                         std::optional<qint64> toMinor, qint64 rateMicros)
{
    auto recorded = m_book->book().ledger().record(m_actor, request);
    if (!recorded)
        return QStringLiteral("refused: %1").arg(recorded.error().toString());
    const bool pending = request.status == TransactionStatus::Pending;
    const qint64 id = m_model.add(pending ? State::Pending : State::Completed, effects);
    if (recorded->id != id)
        return QStringLiteral("recorded as %1, the model expected id %2").arg(recorded->id).arg(id);
    if (toMinor && (!recorded->toAmount || recorded->toAmount->minorUnits() != *toMinor))
        return QStringLiteral("received %1, the model expected %2 minor")
            .arg(recorded->toAmount ? recorded->toAmount->toDecimalString() : QStringLiteral("-"))
            .arg(*toMinor);
    if (rateMicros != 0 && recorded->rate.micros() != rateMicros)
        return QStringLiteral("rate %1 micros, the model expected %2")
            .arg(recorded->rate.micros())
            .arg(rateMicros);
    return {};
}

QString TestRandomLedger::expectRefused(ErrorCode code,
                                        const std::function<std::optional<Error>()> &command)
{
    const BookSnapshot before = BookSnapshot::take(m_book->book().database());
    const std::optional<Error> error = command();
    if (!error)
        return QStringLiteral("accepted; expected %1").arg(errorCodeName(code));
    if (error->code != code)
        return QStringLiteral("refused with %1; expected %2")
            .arg(error->toString(), errorCodeName(code));
    const BookSnapshot after = BookSnapshot::take(m_book->book().database());
    if (!(after == before))
        return QStringLiteral("refused but changed the book:\n    %1\n    %2")
            .arg(before.describe(), after.describe());
    ++m_refused;
    return {};
}

QString TestRandomLedger::expectRecordRefused(ErrorCode code, const NewTransaction &request)
{
    return expectRefused(code,
                         [&] { return errorOf(m_book->book().ledger().record(m_actor, request)); });
}

QString TestRandomLedger::compareBalances()
{
    auto wallets = m_book->book().wallets().list(m_actor);
    if (!wallets)
        return wallets.error().toString();
    if (wallets->size() != m_model.wallets.size())
        return QStringLiteral("%1 wallets, the model has %2")
            .arg(wallets->size())
            .arg(m_model.wallets.size());
    for (const Wallet &w : *wallets) {
        const ModelWallet &expected = wallet(w.id);
        if (w.currentMinor != expected.currentMinor || w.pendingMinor != expected.pendingMinor
            || w.isActive() == expected.archived)
            return QStringLiteral("wallet %1 has current %2, pending %3, %4; the model has %5, %6")
                .arg(w.name)
                .arg(w.currentMinor)
                .arg(w.pendingMinor)
                .arg(toCode(w.status))
                .arg(expected.currentMinor)
                .arg(expected.pendingMinor);
    }
    return {};
}

QString TestRandomLedger::compareEntries()
{
    TransactionFilter all;
    all.limit = 0;
    auto transactions = m_book->book().ledger().list(m_actor, all);
    if (!transactions)
        return transactions.error().toString();
    if (transactions->size() != m_model.entries.size())
        return QStringLiteral("%1 transactions, the model has %2")
            .arg(transactions->size())
            .arg(m_model.entries.size());
    for (const Transaction &t : *transactions) {
        const ModelEntry expected = m_model.entries.value(t.id);
        if (t.status != statusOf(expected.state) || (t.reversedById != 0) != expected.reversed
            || (t.reversesId != 0) != expected.isReversal)
            return QStringLiteral("transaction %1 is %2, reverses %3, reversed by %4: not modelled")
                .arg(t.id)
                .arg(toCode(t.status))
                .arg(t.reversesId)
                .arg(t.reversedById);
    }
    return {};
}

QTEST_GUILESS_MAIN(TestRandomLedger)
#include "tst_randomledger.moc"
