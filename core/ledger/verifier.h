#pragma once

#include "storage/database.h"

#include <QStringList>

namespace coffer {

// Re-derives every balance and aggregate from the postings and checks the
// invariants of shared/DOMAIN.md that exist so far:
//  1. every transaction's postings sum to zero per currency, and it has postings;
//  2. each wallet's current balance = initial + completed postings, and its pending
//     balance = pending postings (a payee wallet, a liability: the sums negated);
//     postings are in the wallet's currency; a payee wallet never holds more for
//     payouts than it owes (DOMAIN.md invariant 3) and belongs to its payee's merchant;
//  3. the monthly aggregates equal the completed postings they summarise;
//  5. a reversal is completed, names a completed entry of the same merchant, and
//     exactly undoes it;
//  plus: each entry's amounts match its postings, postings only on the accounts it
//  names, no entry crosses merchants, each wallet holds what its open payouts hold
//  (an open payout its whole amount, an ended one nothing; a paid one its payment),
//  one active default wallet per merchant, the fixed categories present and
//  active, income/expense in a category of their type, transfers between two
//  wallets with a rate and both amounts across currencies.
class Verifier
{
public:
    explicit Verifier(const Database &database)
        : m_database(database)
    { }

    // Every difference found, one human line each; empty when the book is sound.
    // Error: StorageError.
    Result<QStringList> run() const;

    struct Counts
    {
        qint64 transactions = 0;
        qint64 wallets = 0;
    };
    Result<Counts> counts() const;

private:
    Status checkBalancedPostings(QStringList &problems) const;
    Status checkWalletBalances(QStringList &problems) const;
    Status checkPeriodTotals(QStringList &problems) const;
    Status checkReversals(QStringList &problems) const;
    Status checkShapes(QStringList &problems) const;
    Status checkAmountsAndAccounts(QStringList &problems) const;
    Status checkCurrencyCodes(QStringList &problems) const;
    Status checkDefaultsAndFixed(QStringList &problems) const;
    // Runs `sql` and adds one problem line per row, made by `describe`.
    Status collect(const QString &sql, QStringList &problems,
                   const std::function<QString(const QSqlQuery &)> &describe) const;

    const Database &m_database;
};

} // namespace coffer
