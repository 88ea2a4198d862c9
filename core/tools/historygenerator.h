#pragma once

#include "ledger/book.h"

#include <functional>

namespace coffer {

struct GenerateOptions
{
    qint64 transactions = 1000;
    quint64 seed = 1;
    QDate until; // last day of the history; null: today (UTC)
    int yearsOfHistory = 3;
};

struct GenerateSummary
{
    qint64 transactions = 0;
    qint64 transfers = 0;
    qint64 pending = 0;
    qint64 cancelled = 0;
    QDate from;
    QDate until;
};

// Adds a realistic synthetic history to a merchant for demos and benchmarks:
// several wallets in two currencies (one excluded from reports), a few categories
// of the merchant's own below the fixed ones, and `transactions` entries over three
// years - sales, purchases, salaries, rent, about 10% transfers (some across
// currencies), some pending and some cancelled. Deterministic for a seed and an
// `until` date. Everything goes through LedgerService, so the usual rules hold,
// and in one database transaction: a failure leaves the book as it was.
class HistoryGenerator
{
public:
    explicit HistoryGenerator(Book &book)
        : m_book(book)
    { }

    // `progress` is called after each batch with the count so far.
    Result<GenerateSummary> run(const Actor &actor, const GenerateOptions &options,
                                const std::function<void(qint64)> &progress = {});

private:
    Book &m_book;
};

} // namespace coffer
