#pragma once

#include "ledger/ledgerservice.h"
#include "payees/payeerepository.h"

namespace coffer {

// Payees, their wallets and credits, and the merchant's platform fees (000_...txt).
//
// A payee wallet is a liability of the merchant: a credit of gross G with fee F
// records an EXPENSE of G in PAYEE_EARNINGS on the payee wallet (owed +G) and, when
// F > 0, an INCOME of F in PLATFORM_FEES on it (owed -F), both in one transaction
// and under one reference (PayeeCredit:KEY). A credit available later is pending
// until its day; write paths complete the due ones first (settleDue), and reads
// count them as available already.
//
// Permissions: staff who record entries (RecordEntries) open wallets and credit;
// the book's readers (ReadBooks) read any payee; a payee user (ReadOwnWallet) reads
// only the payee bound to them, and any other payee is PayeeNotFound to them. Fees
// are settings (ManageSettings).
class PayeeService
{
public:
    PayeeService(Database &database, LedgerService &ledger)
        : m_database(database)
        , m_ledger(ledger)
        , m_payees(database)
        , m_wallets(database)
        , m_transactions(database)
    { }

    // The payee's wallet in `currency`, made with the payee when missing; calling
    // again returns the same wallet (`created` false). Errors: FieldRequired/
    // FieldTooLong/InvalidText (owner id), UnknownCurrency, PayeeTypeMismatch (the
    // owner id is another type's payee).
    struct Opened
    {
        Payee payee;
        Wallet wallet;
        bool created = false;
    };
    Result<Opened> getOrCreate(const Actor &actor, OwnerType ownerType, const QString &ownerId,
                               const Currency &currency);

    // Errors: PayeeNotFound, CurrencyRequired (several wallets and no currency),
    // CurrencyMismatch (no wallet in that currency, or a gross in another one),
    // AmountMustBePositive (gross, or a fee that leaves nothing), InvalidDate,
    // InvalidText/FieldTooLong (key, note), IdempotencyConflict (the key was used
    // for another credit), AmountOverflow.
    Result<Credit> credit(const Actor &actor, const NewCredit &request);

    // The payee's buckets per currency and its newest `historyLimit` entries.
    // Errors: PayeeNotFound.
    Result<PayeeStatement> show(const Actor &actor, const QString &ownerId,
                                int historyLimit = 100) const;
    Result<Payee> find(const Actor &actor, const QString &ownerId) const;
    Result<QList<Payee>> list(const Actor &actor) const;
    // The payee's wallet in `currency` (invalid: its only one). Errors: those of
    // find(), CurrencyRequired, CurrencyMismatch.
    Result<Wallet> walletOf(const Actor &actor, const QString &ownerId,
                            const Currency &currency) const;

    // Readable by the book's readers and by payees (what a payout will cost them).
    Result<FeeSettings> fees(const Actor &actor) const;
    // Errors: InvalidAmount (a share above 100%), AmountMustBePositive (a negative
    // fixed part), InvalidArgument (nothing to change).
    Result<FeeSettings> setFees(const Actor &actor, const FeeChange &change);

    // Completes the pending credits of `wallets` (locked, in the caller's
    // transaction) whose day has come, and returns the wallets as they are now. The
    // payout services call it first.
    Result<QList<Wallet>> settleDue(const Actor &actor, const QList<Wallet> &wallets);

    // Approved payouts not yet sent return to pending (their approvals saw another
    // policy), in the caller's transaction; `reason` goes to their timelines.
    Status voidApprovals(const Actor &actor, const QString &reason);

    // The business day; tests move it to see credits become available.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &day) { m_today = day; }

private:
    Status requireReader(const Actor &actor) const;
    // PayeeNotFound unless the actor may read this payee.
    Status checkReach(const Actor &actor, const std::optional<Payee> &payee,
                      const QString &ownerId) const;
    Result<Wallet> pickWallet(const QList<Wallet> &wallets, const Payee &payee,
                              const Currency &currency) const;
    Result<std::optional<Credit>> replayed(const Actor &actor, const NewCredit &request,
                                           const Wallet &wallet, const QString &key) const;
    Result<PayeeBalance> balanceOf(const Wallet &wallet) const;
    Result<QList<PayeeHistoryLine>> historyOf(const Actor &actor, const Wallet &wallet,
                                              int limit) const;

    Database &m_database;
    LedgerService &m_ledger;
    PayeeRepository m_payees;
    WalletRepository m_wallets;
    TransactionRepository m_transactions;
    QDate m_today;
};

} // namespace coffer
