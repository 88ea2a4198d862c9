#pragma once

#include "ledger/types.h"

namespace coffer {

// A transaction as a caller asks for it, before validation.
struct NewTransaction
{
    TransactionType type = TransactionType::Income;
    TransactionStatus status = TransactionStatus::Completed; // Pending or Completed
    qint64 walletId = 0;
    qint64 toWalletId = 0; // transfers
    qint64 categoryId = 0; // income/expense; 0 = the fixed OTHER_INCOME / OTHER_EXPENSE
    Money amount; // positive, in the source wallet's currency
    std::optional<Money> toAmount; // cross-currency transfers: what arrives
    std::optional<ExchangeRate> rate; // cross-currency transfers: or the rate
    QDate date;
    QString referenceType;
    QString referenceId;
    QString note;
    QString metadata; // JSON object text or empty
};

// One line of double entry. Exactly one account is set.
struct Posting
{
    qint64 walletId = 0;
    qint64 categoryId = 0;
    QString clearingAccount;
    Money amount; // positive: into the account
};

// A validated transaction with its postings, ready to be written.
struct PlannedTransaction
{
    Transaction record;
    QList<Posting> postings;
};

// yyyymm: the period key of the maintained monthly aggregates.
inline int periodMonth(const QDate &date)
{
    return date.year() * 100 + date.month();
}

// The postings of a validated transaction. Income: wallet +A, category -A.
// Expense: wallet -A, category +A. Transfer: source -A, destination +A; across
// currencies through the FX clearing account (+A, -B), so postings sum to zero
// per currency. A reversal is the original's postings negated.
QList<Posting> planPostings(const Transaction &record);
// What an entry does to the balance `wallet` shows: + money in, - money out (for a
// payee wallet: + owed more, - owed less); a reversal undoes its entry.
qint64 balanceChangeOf(const Transaction &t, const Wallet &wallet);
QList<Posting> negatedPostings(const QList<Posting> &postings);

extern const QString fxClearingAccount;

} // namespace coffer
