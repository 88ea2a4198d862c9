#pragma once

// The independent model behind tst_randomledger: plain integer balances per wallet and,
// per transaction, its state and its effect on each wallet. It shares nothing with
// core's posting logic on purpose: a bug there must not be copied here.

#include "ledger/types.h"

#include <QList>
#include <QMap>

#include <algorithm>
#include <functional>
#include <optional>

namespace coffer::test {

__extension__ typedef __int128 Wide; // amount x rate x scale does not fit 64 bits

inline qint64 tenTo(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// numerator / denominator for non-negative operands, ties away from zero.
inline Wide divideHalfUp(Wide numerator, Wide denominator)
{
    const Wide quotient = numerator / denominator;
    return 2 * (numerator % denominator) >= denominator ? quotient + 1 : quotient;
}

// What one unit of each currency is worth in billionths of a US dollar; the model
// derives plausible rates from it. Exponents are ISO 4217's, written out here.
struct CurrencyFacts
{
    const char *code;
    int exponent;
    qint64 nanoDollars;
};
inline constexpr CurrencyFacts currencyFacts[] = {
    {"VND", 0, 39'370},
    {"USD", 2, 1'000'000'000},
    {"BHD", 3, 2'659'574'000},
    {"CLF", 4, 40'000'000'000},
};

struct ModelWallet
{
    qint64 id = 0;
    QString name;
    QString code;
    int exponent = 0;
    qint64 nanoDollars = 0;
    qint64 currentMinor = 0;
    qint64 pendingMinor = 0;
    bool archived = false;
};

enum class State
{
    Pending,
    Completed,
    Cancelled
};

struct Effect
{
    qint64 walletId = 0;
    qint64 minor = 0; // signed: into the wallet when positive
};

struct ModelEntry
{
    State state = State::Completed;
    QList<Effect> effects;
    bool reversed = false; // completed, and undone by a later entry
    bool isReversal = false; // the entry that undoes another
};

// The independent model of the book.
class Model
{
public:
    QMap<qint64, ModelWallet> wallets;
    QMap<qint64, ModelEntry> entries;
    qint64 nextId = 1; // ids are handed out 1, 2, 3 ... on both back ends

    void addWallet(qint64 id, const QString &name, const CurrencyFacts &facts, qint64 initialMinor)
    {
        wallets.insert(id,
                       ModelWallet {id, name, QString::fromLatin1(facts.code), facts.exponent,
                                    facts.nanoDollars, initialMinor, 0, false});
    }
    QList<qint64> walletIds(const std::function<bool(const ModelWallet &)> &keep) const
    {
        QList<qint64> ids;
        for (const ModelWallet &w : wallets) {
            if (keep(w))
                ids << w.id;
        }
        return ids;
    }
    QList<qint64> activeWalletIds() const
    {
        return walletIds([](const ModelWallet &w) { return !w.archived; });
    }
    QList<qint64> entryIds(const std::function<bool(const ModelEntry &)> &keep) const
    {
        QList<qint64> ids;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            if (keep(it.value()))
                ids << it.key();
        }
        return ids;
    }
    qint64 add(State state, const QList<Effect> &effects, bool isReversal = false)
    {
        for (const Effect &e : effects)
            (state == State::Pending ? wallets[e.walletId].pendingMinor
                                     : wallets[e.walletId].currentMinor)
                += e.minor;
        entries.insert(nextId, ModelEntry {state, effects, false, isReversal});
        return nextId++;
    }
    void complete(qint64 id)
    {
        ModelEntry &entry = entries[id];
        for (const Effect &e : std::as_const(entry.effects)) {
            wallets[e.walletId].pendingMinor -= e.minor;
            wallets[e.walletId].currentMinor += e.minor;
        }
        entry.state = State::Completed;
    }
    // Voids a pending entry, or adds the reversal of a completed one and returns its id.
    qint64 cancel(qint64 id)
    {
        ModelEntry &entry = entries[id];
        if (entry.state == State::Pending) {
            for (const Effect &e : std::as_const(entry.effects))
                wallets[e.walletId].pendingMinor -= e.minor;
            entry.state = State::Cancelled;
            return id;
        }
        entry.reversed = true;
        QList<Effect> undo = entry.effects;
        for (Effect &e : undo)
            e.minor = -e.minor;
        return add(State::Completed, undo, true);
    }
    bool touchesArchived(const ModelEntry &entry) const
    {
        return std::any_of(entry.effects.cbegin(), entry.effects.cend(),
                           [&](const Effect &e) { return wallets.value(e.walletId).archived; });
    }
    bool cancellable(const ModelEntry &entry) const
    {
        return entry.state != State::Cancelled && !entry.reversed && !entry.isReversal;
    }
    // The error cancel() must return, or nothing when it succeeds.
    std::optional<ErrorCode> cancelError(qint64 id) const
    {
        if (!entries.contains(id))
            return ErrorCode::TransactionNotFound;
        if (!cancellable(entries.value(id)))
            return ErrorCode::TransactionNotCancellable;
        if (touchesArchived(entries.value(id)))
            return ErrorCode::WalletArchived;
        return std::nullopt;
    }
};

inline TransactionStatus statusOf(State state)
{
    switch (state) {
    case State::Pending: return TransactionStatus::Pending;
    case State::Completed: return TransactionStatus::Completed;
    case State::Cancelled: return TransactionStatus::Cancelled;
    }
    return TransactionStatus::Cancelled;
}

} // namespace coffer::test
