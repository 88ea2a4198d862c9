#include "tools/historygenerator.h"

#include <random>

namespace coffer {

namespace {

constexpr qint64 batchSize = 10000;

// One weighted choice: weights are relative, not percentages.
struct Weighted
{
    qint64 id;
    int weight;
};

struct Plan
{
    Wallet cash, bank, momo, card, foreign, personal;
    QList<Weighted> incomeWallets;
    QList<Weighted> expenseWallets;
    QList<Weighted> incomeCategories;
    QList<Weighted> expenseCategories;
    QHash<qint64, Wallet> byId;
};

// A deterministic draw in [0, n): the same for a seed on every platform (unlike the
// standard distributions, whose algorithms are left to the library).
class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_engine(seed)
    { }
    qint64 below(qint64 n) { return qint64(m_engine() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    qint64 pick(const QList<Weighted> &choices)
    {
        int total = 0;
        for (const Weighted &choice : choices)
            total += choice.weight;
        qint64 roll = below(total);
        for (const Weighted &choice : choices) {
            if (roll < choice.weight)
                return choice.id;
            roll -= choice.weight;
        }
        return choices.last().id;
    }

private:
    std::mt19937_64 m_engine;
};

// Typical amounts are drawn in US cents and expressed in the wallet's currency at a
// fixed demo rate, so a VND book gets VND-sized numbers.
qint64 demoRateMicros(const Currency &currency)
{
    if (currency.code() == QStringLiteral("VND"))
        return 25'400'000'000;
    if (currency.code() == QStringLiteral("JPY"))
        return 151'000'000;
    if (currency.code() == QStringLiteral("EUR"))
        return 920'000;
    return 1'000'000;
}

Money demoAmount(qint64 usdCents, const Currency &currency)
{
    const Money usd(usdCents, Currency::fromCode(QStringLiteral("USD")).value());
    auto converted = ExchangeRate::fromMicros(demoRateMicros(currency))
                         .convert(usd, currency, Rounding::HalfUp);
    const qint64 minor = converted ? converted->minorUnits() : usdCents;
    // Round to a "price-like" figure: VND to the thousand, others to the unit.
    const qint64 step = currency.minorUnits() == 0 ? 1000 : currency.scale();
    return Money(qMax(step, (minor / step) * step), currency);
}

Result<Wallet> findOrAddWallet(Book &book, const Actor &actor, const NewWallet &request)
{
    auto existing = book.wallets().find(actor, request.name);
    if (existing)
        return existing;
    return book.wallets().add(actor, request);
}

Result<qint64> findOrAddCategory(Book &book, const Actor &actor, const QString &name,
                                 const QString &parentCode, CategoryType type)
{
    auto existing = book.categories().find(actor, name);
    if (existing)
        return existing->id;
    auto parent = book.categories().find(actor, parentCode);
    if (!parent)
        return parent.error();
    auto added = book.categories().add(actor, NewCategory {name, {}, type, parent->id});
    if (!added)
        return added.error();
    return added->id;
}

// The wallets of the demo shop, in role order: bank, e-wallet, card, foreign
// currency account, and the owner's own e-wallet (excluded from reports).
QList<NewWallet> demoWallets(const Currency &home)
{
    const Currency second
        = Currency::fromCode(home.code() == QStringLiteral("USD") ? QStringLiteral("EUR")
                                                                  : QStringLiteral("USD"))
              .value();
    auto wallet = [](const QString &name, WalletType type, const Currency &currency) {
        NewWallet request;
        request.name = name;
        request.type = type;
        request.currency = currency;
        return request;
    };
    NewWallet bank = wallet(QStringLiteral("Vietcombank"), WalletType::Bank, home);
    bank.initialMinor = demoAmount(2'000'000, home).minorUnits();
    bank.accountNumber = QStringLiteral("0071001234567");
    bank.bankName = QStringLiteral("Vietcombank");
    NewWallet card = wallet(QStringLiteral("Visa Business"), WalletType::CreditCard, home);
    card.accountNumber = QStringLiteral("4111 **** **** 1111");
    card.bankName = QStringLiteral("Techcombank");
    NewWallet foreign
        = wallet(second.code() + QStringLiteral(" Account"), WalletType::Bank, second);
    foreign.initialMinor = demoAmount(500'000, second).minorUnits();
    foreign.bankName = QStringLiteral("HSBC");
    NewWallet personal = wallet(QStringLiteral("Owner's ZaloPay"), WalletType::EWallet, home);
    personal.isExcluded = true;
    return {bank, wallet(QStringLiteral("MoMo"), WalletType::EWallet, home), card, foreign,
            personal};
}

Status prepareWallets(Book &book, const Actor &actor, const Currency &home, Plan &plan)
{
    const QList<NewWallet> requests = demoWallets(home);
    Wallet *roleWallets[] = {&plan.bank, &plan.momo, &plan.card, &plan.foreign, &plan.personal};
    for (qsizetype role = 0; role < requests.size(); ++role) {
        auto wallet = findOrAddWallet(book, actor, requests.at(role));
        if (!wallet)
            return wallet.error();
        if (!wallet->isActive())
            return makeError(ErrorCode::WalletArchived,
                             QStringLiteral("wallet: generate uses '%1', which is archived; "
                                            "restore it first")
                                 .arg(wallet->name));
        *roleWallets[role] = *wallet;
    }
    auto wallets = book.wallets().list(actor);
    if (!wallets)
        return wallets.error();
    for (const Wallet &w : *wallets) {
        plan.byId.insert(w.id, w);
        if (w.isDefault)
            plan.cash = w;
    }
    if (!plan.cash.isActive() || !(plan.cash.currency == home))
        plan.cash = plan.bank; // the default wallet may be in another currency
    // Sales come in as cash, bank transfers and e-wallet payments; costs go out mostly
    // from the bank and the card; the owner's own e-wallet is used now and then.
    plan.incomeWallets
        = {{plan.cash.id, 38}, {plan.bank.id, 36}, {plan.momo.id, 22}, {plan.foreign.id, 4}};
    plan.expenseWallets = {{plan.cash.id, 20},
                           {plan.bank.id, 45},
                           {plan.card.id, 20},
                           {plan.momo.id, 10},
                           {plan.personal.id, 3}};
    return success();
}

Status prepareCategories(Book &book, const Actor &actor, Plan &plan)
{
    const struct
    {
        const char *name;
        const char *parent;
        CategoryType type;
    } own[] = {{"Online sales", "SALE", CategoryType::Income},
               {"Coffee beans", "PURCHASE", CategoryType::Expense},
               {"Packaging", "PURCHASE", CategoryType::Expense},
               {"Electricity", "RENT_UTILITIES", CategoryType::Expense}};
    for (const auto &category : own) {
        auto id = findOrAddCategory(book, actor, QString::fromUtf8(category.name),
                                    QString::fromLatin1(category.parent), category.type);
        if (!id)
            return id.error();
    }
    auto categories = book.categories().list(actor);
    if (!categories)
        return categories.error();
    // How often each kind of entry happens in a small shop.
    const QHash<QString, int> weights {{QStringLiteral("SALE"), 55},
                                       {QStringLiteral("Online sales"), 25},
                                       {QStringLiteral("OTHER_INCOME"), 6},
                                       {QStringLiteral("REFUND_INCOME"), 3},
                                       {QStringLiteral("COLLECT_INTEREST"), 2},
                                       {QStringLiteral("PURCHASE"), 20},
                                       {QStringLiteral("Coffee beans"), 18},
                                       {QStringLiteral("Packaging"), 8},
                                       {QStringLiteral("OTHER_EXPENSE"), 6},
                                       {QStringLiteral("REFUND_EXPENSE"), 3},
                                       {QStringLiteral("OPERATING"), 4},
                                       {QStringLiteral("SALARY"), 6},
                                       {QStringLiteral("RENT_UTILITIES"), 3},
                                       {QStringLiteral("Electricity"), 4},
                                       {QStringLiteral("MARKETING"), 6},
                                       {QStringLiteral("SHIPPING"), 8},
                                       {QStringLiteral("MAINTENANCE"), 3},
                                       {QStringLiteral("PAY_INTEREST"), 1}};
    for (const Category &c : *categories) {
        if (!c.isActive())
            continue;
        const int weight = weights.value(c.code.isEmpty() ? c.name : c.code, 1);
        (c.type == CategoryType::Income ? plan.incomeCategories : plan.expenseCategories)
            .append({c.id, weight});
    }
    return success();
}

Result<Plan> preparePlan(Book &book, const Actor &actor, const Currency &home)
{
    Plan plan;
    COFFER_TRY(prepareWallets(book, actor, home, plan));
    COFFER_TRY(prepareCategories(book, actor, plan));
    return plan;
}

// Money moves between wallets the way a shop moves it: cash deposited at the bank,
// the card paid off, e-wallet balances swept, currency bought and sold, and the
// owner topping up their own e-wallet.
std::pair<const Wallet *, const Wallet *> drawTransferRoute(Dice &dice, const Plan &plan)
{
    // Weighted so that the card is paid off about as fast as it is spent.
    static const QList<Weighted> routes {{0, 34}, {1, 30}, {2, 12}, {3, 5}, {4, 10}, {5, 9}};
    switch (dice.pick(routes)) {
    case 0: return {&plan.cash, &plan.bank};
    case 1: return {&plan.bank, &plan.card};
    case 2: return {&plan.momo, &plan.bank};
    case 3: return {&plan.bank, &plan.foreign};
    case 4: return {&plan.foreign, &plan.bank};
    default: return {&plan.bank, &plan.personal};
    }
}

NewTransaction drawEntry(Dice &dice, const Plan &plan, const QDate &date)
{
    NewTransaction entry;
    entry.date = date;
    const qint64 roll = dice.below(100);
    if (roll < 10) {
        const auto [from, to] = drawTransferRoute(dice, plan);
        entry.type = TransactionType::Transfer;
        entry.walletId = from->id;
        entry.toWalletId = to->id;
        entry.amount = demoAmount(20'000 + dice.below(300'000), from->currency);
        if (!(to->currency == from->currency)) {
            // A rate near the demo rate, varying by a few per cent.
            const Int128 base
                = Int128(demoRateMicros(to->currency)) * 1'000'000 / demoRateMicros(from->currency);
            const qint64 micros = qint64(base * (970 + dice.below(60)) / 1000);
            entry.rate = ExchangeRate::fromMicros(qMax<qint64>(1, micros));
        }
        return entry;
    }
    const bool income = roll < 60; // 50% income, 40% expenses
    entry.type = income ? TransactionType::Income : TransactionType::Expense;
    entry.walletId = dice.pick(income ? plan.incomeWallets : plan.expenseWallets);
    entry.categoryId = dice.pick(income ? plan.incomeCategories : plan.expenseCategories);
    const Currency &currency = plan.byId.value(entry.walletId).currency;
    entry.amount
        = demoAmount(income ? 1'000 + dice.below(150'000) : 500 + dice.below(150'000), currency);
    return entry;
}

} // namespace

Result<GenerateSummary> HistoryGenerator::run(const Actor &actor, const GenerateOptions &options,
                                              const std::function<void(qint64)> &progress)
{
    // It adds the wallets and categories it needs, then the entries.
    for (Permission needed :
         {Permission::RecordEntries, Permission::ManageWallets, Permission::ManageCategories})
        COFFER_TRY(actor.require(needed));
    if (options.transactions <= 0 || options.transactions > 50'000'000)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("--transactions: must be between 1 and 50000000"));
    auto merchants = m_book.wallets().merchants();
    if (!merchants)
        return merchants.error();
    Currency home;
    for (const Merchant &m : *merchants) {
        if (m.id == actor.merchantId)
            home = m.defaultCurrency;
    }
    if (!home.isValid())
        return makeError(ErrorCode::MerchantNotFound, QStringLiteral("merchant: not found"));
    // One transaction for everything: a generate that fails half-way leaves no trace.
    WriteTransaction transaction(m_book.database());
    COFFER_TRY(transaction.begin());
    auto plan = preparePlan(m_book, actor, home);
    if (!plan)
        return plan.error();

    GenerateSummary summary;
    summary.until = options.until.isNull() ? QDate::currentDate() : options.until;
    summary.from = summary.until.addYears(-options.yearsOfHistory).addDays(1);
    const qint64 days = summary.from.daysTo(summary.until) + 1;
    Dice dice(options.seed);
    for (qint64 start = 0; start < options.transactions; start += batchSize) {
        const qint64 count = qMin(batchSize, options.transactions - start);
        QList<NewTransaction> batch;
        QList<qsizetype> toCancel;
        batch.reserve(count);
        for (qint64 i = start; i < start + count; ++i) {
            const QDate date = summary.from.addDays(i * days / options.transactions);
            NewTransaction entry = drawEntry(dice, *plan, date);
            // The last month holds entries still pending; a few of them fall through.
            if (date.daysTo(summary.until) < 30 && dice.chance(25)) {
                entry.status = TransactionStatus::Pending;
                if (dice.chance(20))
                    toCancel.append(batch.size());
            }
            summary.transfers += entry.type == TransactionType::Transfer;
            summary.pending += entry.status == TransactionStatus::Pending;
            batch.append(entry);
        }
        auto ids = m_book.ledger().recordBatch(actor, batch, LedgerService::BatchAudit::Summary);
        if (!ids)
            return ids.error();
        QList<qint64> cancelIds;
        for (qsizetype index : toCancel)
            cancelIds.append(ids->at(index));
        COFFER_TRY(m_book.ledger().cancelMany(actor, cancelIds));
        summary.cancelled += cancelIds.size();
        summary.pending -= cancelIds.size();
        summary.transactions += count;
        if (progress)
            progress(summary.transactions);
    }
    COFFER_TRY(transaction.commit());
    COFFER_TRY(m_book.database().refreshStatistics());
    return summary;
}

} // namespace coffer
