#include "tools/historygenerator.h"

#include <random>

namespace coffer {

namespace {

constexpr qint64 batchSize = 10000;

struct Plan
{
    QList<Wallet> wallets;  // active wallets to draw from
    Wallet home;            // main bank wallet in the merchant currency
    Wallet foreign;         // a wallet in the second currency
    QList<qint64> incomeCategories;
    QList<qint64> expenseCategories;
};

// A deterministic draw in [0, n): the same for a seed on every platform (unlike the
// standard distributions, whose algorithms are left to the library).
class Dice
{
public:
    explicit Dice(quint64 seed) : m_engine(seed) {}
    qint64 below(qint64 n) { return qint64(m_engine() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }

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
    auto added = book.categories().add(actor, NewCategory{name, {}, type, parent->id});
    if (!added)
        return added.error();
    return added->id;
}

Result<Plan> preparePlan(Book &book, const Actor &actor, const Currency &home)
{
    Plan plan;
    const Currency second = Currency::fromCode(home.code() == QStringLiteral("USD")
                                                   ? QStringLiteral("EUR")
                                                   : QStringLiteral("USD"))
                                .value();
    NewWallet bank{QStringLiteral("Vietcombank"), {}, WalletType::Bank, home,
                   demoAmount(2'000'000, home).minorUnits(), QStringLiteral("0071001234567"),
                   QStringLiteral("Vietcombank"), false, false};
    NewWallet momo{QStringLiteral("MoMo"), {}, WalletType::EWallet, home, 0, {}, {}, false, false};
    NewWallet card{QStringLiteral("Visa Business"), {}, WalletType::CreditCard, home, 0,
                   QStringLiteral("4111 **** **** 1111"), QStringLiteral("Techcombank"), false,
                   false};
    NewWallet foreign{second.code() + QStringLiteral(" Account"), {}, WalletType::Bank, second,
                      demoAmount(500'000, second).minorUnits(), {}, QStringLiteral("HSBC"), false,
                      false};
    NewWallet personal{QStringLiteral("Owner's ZaloPay"), {}, WalletType::EWallet, home, 0, {}, {},
                       false, true};
    for (const NewWallet &request : {bank, momo, card, foreign, personal}) {
        auto wallet = findOrAddWallet(book, actor, request);
        if (!wallet)
            return wallet.error();
    }
    auto wallets = book.wallets().list(actor);
    if (!wallets)
        return wallets.error();
    for (const Wallet &w : *wallets) {
        if (!w.isActive())
            continue;
        plan.wallets.append(w);
        if (w.name == bank.name)
            plan.home = w;
        if (w.name == foreign.name)
            plan.foreign = w;
    }
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
    for (const Category &c : *categories) {
        if (c.isActive())
            (c.type == CategoryType::Income ? plan.incomeCategories : plan.expenseCategories)
                .append(c.id);
    }
    return plan;
}

NewTransaction drawEntry(Dice &dice, const Plan &plan, const QDate &date)
{
    NewTransaction entry;
    entry.date = date;
    const qint64 roll = dice.below(100);
    const Wallet &wallet = plan.wallets.at(dice.below(plan.wallets.size()));
    entry.walletId = wallet.id;
    if (roll < 10) { // transfer
        entry.type = TransactionType::Transfer;
        const Wallet *to = &plan.wallets.at(dice.below(plan.wallets.size()));
        if (to->id == wallet.id)
            to = wallet.id == plan.home.id ? &plan.foreign : &plan.home;
        entry.toWalletId = to->id;
        entry.amount = demoAmount(5'000 + dice.below(200'000), wallet.currency);
        if (!(to->currency == wallet.currency)) {
            // A rate near the demo rate, varying by a few per cent.
            const Int128 base = Int128(demoRateMicros(to->currency)) * 1'000'000
                / demoRateMicros(wallet.currency);
            const qint64 micros = qint64(base * (970 + dice.below(60)) / 1000);
            entry.rate = ExchangeRate::fromMicros(qMax<qint64>(1, micros));
        }
        return entry;
    }
    const bool income = roll < 48;
    entry.type = income ? TransactionType::Income : TransactionType::Expense;
    const QList<qint64> &categories = income ? plan.incomeCategories : plan.expenseCategories;
    entry.categoryId = categories.at(dice.below(categories.size()));
    entry.amount = demoAmount(income ? 1'000 + dice.below(150'000) : 500 + dice.below(110'000),
                              wallet.currency);
    return entry;
}

} // namespace

Result<GenerateSummary> HistoryGenerator::run(const Actor &actor, const GenerateOptions &options,
                                              const std::function<void(qint64)> &progress)
{
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
    auto plan = preparePlan(m_book, actor, home);
    if (!plan)
        return plan.error();

    GenerateSummary summary;
    summary.until = options.until.isNull() ? QDateTime::currentDateTimeUtc().date() : options.until;
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
        auto ids = m_book.ledger().recordBatch(actor, batch);
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
    return summary;
}

} // namespace coffer
