#pragma once

#include "ledger/categoryrepository.h"
#include "ledger/transactionrepository.h"
#include "ledger/walletrepository.h"

namespace coffer {

// Records income, expenses and transfers as balanced postings, keeps each wallet's
// balances and the monthly aggregates in the same database transaction, and
// corrects completed entries only by new entries.
//
// Errors of record()/recordBatch(), checked before anything is written:
//   AmountMustBePositive, CurrencyMismatch (amount vs wallet, or a cross-currency
//   transfer without a rate or received amount), InvalidRate, InvalidDate,
//   WalletNotFound, WalletArchived, CategoryNotFound, CategoryArchived,
//   CategoryTypeMismatch, TransferToSameWallet, InvalidReference,
//   DuplicateReference, InvalidText/FieldTooLong (note, reference, metadata),
//   AmountOverflow (a balance would leave 64 bits), InvalidArgument.
class LedgerService
{
public:
    explicit LedgerService(Database &database);

    Result<Transaction> record(const Actor &actor, const NewTransaction &request);
    // Records `request` unless an entry of its type with its reference exists, in one
    // transaction (so two desktops replaying one event at once record it once). A
    // replay returns the first entry with `created` false; a replay that differs in
    // wallet or amount is an IdempotencyConflict. The reference is required.
    struct Recorded
    {
        Transaction transaction;
        bool created = false;
    };
    Result<Recorded> recordOnce(const Actor &actor, const NewTransaction &request);
    // All or nothing: one invalid entry rejects the batch (its index is named).
    // Every entry gets an audit record; an import of generated history (`Summary`)
    // gets one record naming how many entries it wrote and their ids.
    enum class BatchAudit
    {
        PerEntry,
        Summary
    };
    Result<QList<qint64>> recordBatch(const Actor &actor, const QList<NewTransaction> &requests,
                                      BatchAudit audit = BatchAudit::PerEntry);

    // A pending entry is voided (CANCELLED); a completed one stays and is reversed
    // by a new completed entry dated today that links to it. Returns that entry.
    // Errors: TransactionNotFound, TransactionNotCancellable, WalletArchived.
    Result<Transaction> cancel(const Actor &actor, qint64 transactionId);
    Status cancelMany(const Actor &actor, const QList<qint64> &transactionIds);
    // Replaces an entry by another in one database transaction: the entry is
    // cancelled (voided, or reversed when settled) and `replacement` is recorded.
    // Returns the replacement. Errors: those of cancel() and record(); on any error
    // nothing is written.
    Result<Transaction> correct(const Actor &actor, qint64 transactionId,
                                const NewTransaction &replacement);
    // Pending -> completed. Errors: TransactionNotFound, TransactionNotCompletable,
    // WalletArchived.
    Result<Transaction> complete(const Actor &actor, qint64 transactionId);

    Result<Transaction> get(const Actor &actor, qint64 transactionId) const;
    Result<QList<Transaction>> list(const Actor &actor, const TransactionFilter &filter) const;
    Result<std::optional<Transaction>> findByReference(const Actor &actor, TransactionType type,
                                                       const QString &referenceType,
                                                       const QString &referenceId) const;

    // The request that records `transaction` again: same type, status, wallets,
    // category, amounts, date and note. The reference stays with the original entry
    // (references are unique), so the copy has none.
    static NewTransaction requestFor(const Transaction &transaction);

private:
    // The payee services check their own permissions (a payee requests payouts, a
    // reviewer executes them) and lock the payee wallets they name, then record
    // through these, inside their own transaction. The public calls never touch a
    // payee wallet: it is not among the merchant's wallets they load.
    friend class PayeeService;
    friend class PayoutService;
    Result<QList<qint64>> recordForPayees(const Actor &actor, const QList<NewTransaction> &requests,
                                          const QList<Wallet> &payeeWallets);
    Status completeForPayees(const Actor &actor, const QList<qint64> &transactionIds,
                             const QList<Wallet> &payeeWallets);
    // Reverses completed entries that move payee money (a bank return); returns the
    // reversing entries' ids.
    Result<QList<qint64>> reverseForPayees(const Actor &actor, const QList<qint64> &transactionIds,
                                           const QList<Wallet> &payeeWallets);

    struct Context;
    Result<Context> loadContext(const Actor &actor, const QList<Wallet> &payeeWallets = {}) const;
    Result<QList<qint64>> recordChecked(const Actor &actor, const QList<NewTransaction> &requests,
                                        BatchAudit audit, const QList<Wallet> &payeeWallets);
    Status completeOne(const Actor &actor, qint64 transactionId, Context &context);
    Result<PlannedTransaction> plan(const Actor &actor, const NewTransaction &request,
                                    const Context &context) const;
    Status validateTransfer(const NewTransaction &request, const Wallet &from, const Wallet &to,
                            Transaction &record) const;
    Status validateCategory(const NewTransaction &request, const Context &context,
                            Transaction &record) const;
    Status validateTexts(const NewTransaction &request) const;
    Status requireActiveWallets(const Transaction &record, const Context &context,
                                ErrorCode refused = ErrorCode::TransactionNotCancellable) const;
    // Ends a pending entry (two-phase, like a card hold): its amounts leave the
    // pending bucket and, when it completes, join the current balance and the
    // monthly aggregates; when cancelled, nothing was ever settled.
    Status settlePending(const Actor &actor, Transaction &record, const QList<Posting> &postings,
                         TransactionStatus outcome, Context &context);
    Status write(const Actor &actor, QList<PlannedTransaction> &planned, Context &context,
                 BatchAudit audit = BatchAudit::PerEntry);
    Status auditWrites(const Actor &actor, const QList<PlannedTransaction> &planned,
                       BatchAudit audit);
    // Adds (current, pending) deltas to the wallets, refusing overflow, and saves them.
    Status applyWalletDeltas(const Actor &actor,
                             const QHash<qint64, std::pair<qint64, qint64>> &deltas,
                             Context &context);
    Status cancelOne(const Actor &actor, qint64 transactionId, Context &context,
                     Transaction *outcome);

    Database &m_database;
    WalletRepository m_wallets;
    CategoryRepository m_categories;
    TransactionRepository m_transactions;
};

} // namespace coffer
