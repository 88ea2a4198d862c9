#pragma once

#include "ledger/ledgerservice.h"
#include "payees/methodrepository.h"
#include "payees/payeeaccess.h"
#include "payees/payeeservice.h"
#include "payouts/payoutrepository.h"
#include "users/userservice.h"

namespace coffer {

// The payout workflow of shared/DOMAIN.md, one service call per transition, each in
// one database transaction with its timeline event and audit record; a move the
// state table forbids is PayoutStateConflict with nothing written.
//
//   request  (RequestPayouts, or a payee for themselves)  -> pending; the amount is
//            held on the payee wallet and a number JPO-YYYY-NNNNNN issued
//   approve  (ReviewPayouts, never the requester, with the approver's one-time
//            password)                                       pending -> approved
//   process  (ExecutePayouts)                                approved -> in_transit
//   execute  (ExecutePayouts) with reference, actual amount and proof
//            equal -> paid: the hold is posted (the merchant wallet pays the payee
//            wallet; an instant fee becomes the merchant's income)
//            different -> awaiting_reconciliation, with a required note
//   fail     (ExecutePayouts)  in_transit -> failed (hold released) or, retried,
//            -> approved; (ReconcilePayouts) paid -> failed (a bank return: the
//            payment is reversed), awaiting_reconciliation -> failed
//   cancel   (the requester's side, or ReviewPayouts) before execution; the hold is
//            released
//
// A payee user reaches only their own payouts; others are PayoutNotFound to them.
class PayoutService
{
public:
    PayoutService(Database &database, LedgerService &ledger, PayeeService &payees,
                  UserService &users)
        : m_database(database)
        , m_ledger(ledger)
        , m_payees(payees)
        , m_users(users)
        , m_payouts(database)
        , m_payeeRows(database)
        , m_methods(database)
        , m_wallets(database)
    { }

    // Errors: PayeeNotFound, AmountMustBePositive, CurrencyMismatch, WalletArchived,
    // PayoutMethodNotFound (none given and no default in the currency, or not the
    // payee's), InvalidArgument (an inactive method), PayoutConflict,
    // InsufficientFunds, IdempotencyConflict, FieldTooLong/InvalidText (key).
    // A replay of the key returns the first payout.
    Result<Payout> request(const Actor &actor, const NewPayout &request);
    Result<Payout> cancel(const Actor &actor, const QString &number, const QString &reason = {});
    // Errors: PayoutNotFound, PayoutStateConflict, SeparationOfDuties,
    // TotpNotEnrolled, InvalidOtp, OtpReplayed (the code is checked first, and a
    // wrong one counts against the user as at sign-in).
    Result<Payout> approve(const Actor &actor, const SignedIn &approver, const QString &number,
                           const QString &code);
    Result<Payout> process(const Actor &actor, const QString &number);
    // Errors: those of the state table, FieldRequired/InvalidText (reference,
    // note), DuplicateReference, AmountMustBePositive/CurrencyMismatch (actual),
    // InvalidProof, WalletNotFound (the paying wallet), IdempotencyConflict.
    Result<Payout> execute(const Actor &actor, const QString &number, const Execution &execution);
    Result<Payout> fail(const Actor &actor, const QString &number, const QString &code,
                        const QString &message, bool retry = false);
    // A wrong proof is replaced, never removed: the new file takes its place and the
    // earlier one stays in the payout's history, pointing at its successor.
    // ReconcilePayouts (reconciler, admin). Errors: PayoutNotFound, InvalidProof,
    // FieldRequired/InvalidText (reason), PayoutStateConflict (no proof yet).
    Result<PayoutProof> replaceProof(const Actor &actor, const QString &number,
                                     const ProofFile &proof, const QString &reason);

    Result<QList<Payout>> list(const Actor &actor, const PayoutFilter &filter) const;
    Result<PayoutDetail> show(const Actor &actor, const QString &number) const;
    // A proof's file, for viewing or saving. Errors: PayoutNotFound, InvalidArgument.
    Result<QByteArray> proofFile(const Actor &actor, const QString &number,
                                 qint64 documentId) const;

    // What the rail must send for `payout` (amount less the instant fee).
    static Money expectedSend(const Payout &payout) { return payout.sent(); }

private:
    Result<Payout> reach(const Actor &actor, const QString &number, PayeeAccess access,
                         bool lock) const;
    Result<Payout> locked(const Actor &actor, const QString &number, Permission permission);
    Status move(const Actor &actor, Payout &payout, PayoutState to, const QString &note,
                const QString &action);
    Status releaseHold(const Actor &actor, Payout &payout);
    Result<PayoutMethod> methodFor(const NewPayout &request, const Payee &payee,
                                   const Wallet &wallet) const;
    Result<std::optional<Payout>> replayed(const Actor &actor, const NewPayout &request,
                                           const QString &key) const;
    Result<Wallet> payingWallet(const Actor &actor, const Payout &payout,
                                const QString &name) const;
    Status postPayment(const Actor &actor, Payout &payout, const Wallet &from);
    Result<qint64> storeProof(const Actor &actor, const Payout &payout, qint64 attemptId,
                              const ProofFile &proof, const QString &reason);
    Result<std::optional<Payout>> replayedExecution(const Actor &actor, const Payout &payout,
                                                    const Execution &execution) const;

    Database &m_database;
    LedgerService &m_ledger;
    PayeeService &m_payees;
    UserService &m_users;
    PayoutRepository m_payouts;
    PayeeRepository m_payeeRows;
    MethodRepository m_methods;
    WalletRepository m_wallets;
};

// The proof file's MIME type from its first bytes (PDF, PNG, JPEG), or an
// InvalidProof error naming the rule (empty, too big, another kind of file).
Result<QString> checkProofFile(const ProofFile &proof);

// The JSON of a payout that the audit trail keeps.
QJsonObject payoutJson(const Payout &payout);

} // namespace coffer
