#pragma once

#include "ledger/ledgerservice.h"
#include "payees/methodrepository.h"
#include "payees/payeeaccess.h"
#include "payees/payeeservice.h"
#include "payouts/adjustmentrepository.h"
#include "payouts/payoutrepository.h"
#include "users/userservice.h"

#include <functional>

namespace coffer {

// The payout workflow of shared/DOMAIN.md, one service call per transition, each in
// one database transaction with its timeline event and audit record; a move the
// state table forbids is PayoutStateConflict with nothing written.
//
//   request  (RequestPayouts, or a payee for themselves)  -> pending; the amount is
//            held on the payee wallet and a number JPO-YYYY-NNNNNN issued; open
//            auto adjustments are applied (oldest first) with those named, and a
//            selection that differs from policy -> awaiting_exception_approval
//   approve-exception (ReviewPayouts or ReconcilePayouts, never the requester)
//            awaiting_exception_approval -> pending
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
//   resolve  (ReconcilePayouts) awaiting_reconciliation -> paid: the actual amount
//            is posted and the difference opens a carry-forward adjustment
//   reverse  (ReconcilePayouts, with a reason and evidence) paid or
//            awaiting_reconciliation -> reversed: nothing returns to the wallet; what
//            was sent stays owed to the payee as an exception-mode credit
//
// An adjustment applied to a payout that is canceled or fails is open again.
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
        , m_adjustments(database)
    { }

    // Errors: PayeeNotFound, AmountMustBePositive, CurrencyMismatch, WalletArchived,
    // PayoutMethodNotFound (none given and no default in the currency, or not the
    // payee's), InvalidArgument (an inactive method), PayoutConflict,
    // InsufficientFunds, IdempotencyConflict, FieldTooLong/InvalidText (key).
    // A replay of the key returns the first payout.
    Result<Payout> request(const Actor &actor, const NewPayout &request);
    // What `request` would send: the instant fee and the adjustments it would take
    // now. Reads only. Errors: PayeeNotFound, CurrencyMismatch, AmountMustBePositive,
    // and those of the adjustments named.
    Result<PayoutQuote> quote(const Actor &actor, const NewPayout &request) const;
    Result<Payout> cancel(const Actor &actor, const QString &number, const QString &reason = {});
    // Errors: PayoutNotFound, PayoutStateConflict, SeparationOfDuties.
    Result<Payout> approveException(const Actor &actor, const QString &number);
    // Errors: PayoutNotFound, PayoutStateConflict, SeparationOfDuties,
    // TotpNotEnrolled, InvalidOtp, OtpReplayed (the code is checked first, and a
    // wrong one counts against the user as at sign-in).
    Result<Payout> approve(const Actor &actor, const SignedIn &approver, const QString &number,
                           const QString &code);
    Result<Payout> process(const Actor &actor, const QString &number);

    // A batch run: each payout is still checked and moved on its own, in its own
    // transaction; one refused leaves the others as they went. `progress` is told
    // after each (done, total).
    struct BatchOutcome
    {
        QString number;
        std::optional<Payout> payout; // none: refused
        QString refusal; // the error, when refused
    };
    using BatchProgress = std::function<void(int done, int total)>;
    // One code for the whole batch, checked once, after the checks that need none:
    // a batch in which nothing could be approved spends no code. Errors (nothing
    // approved): InvalidArgument (empty), PermissionDenied, those of the code.
    Result<QList<BatchOutcome>> approveBatch(const Actor &actor, const SignedIn &approver,
                                             const QStringList &numbers, const QString &code,
                                             const BatchProgress &progress = {});
    QList<BatchOutcome> processBatch(const Actor &actor, const QStringList &numbers,
                                     const BatchProgress &progress = {});
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
    // `adjustment`: the obligation to open for the difference (none: all of it; zero:
    // none, the difference is written off). Errors: PayoutNotFound,
    // PayoutStateConflict, FieldRequired/InvalidText (note), InvalidAmount (more than
    // the difference), CurrencyMismatch.
    Result<Payout> resolve(const Actor &actor, const QString &number, const QString &note,
                           const std::optional<Money> &adjustment = std::nullopt);
    // Errors: PayoutNotFound, PayoutStateConflict, FieldRequired/InvalidText (reason),
    // InvalidProof (evidence).
    Result<Payout> reverse(const Actor &actor, const QString &number, const QString &reason,
                           const ProofFile &evidence);

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
    Status checkApprovable(const Actor &actor, const Payout &payout) const;
    Status verifyApproverCode(const Actor &actor, const SignedIn &approver, const QString &code);
    Result<Payout> approveVerified(const Actor &actor, const QString &number);
    // An approval of `kind` ("normal", "exception") by the actor, in the caller's
    // transaction.
    Status recordApproval(const Actor &actor, const Payout &payout, const QString &kind);
    Result<Payout> locked(const Actor &actor, const QString &number, Permission permission);
    Status move(const Actor &actor, Payout &payout, PayoutState to, const QString &note,
                const QString &action);
    Status releaseHold(const Actor &actor, Payout &payout);
    // The adjustments a request takes: the open auto ones of the wallet and those
    // named, oldest first; deductions only while something is left to send.
    struct AdjustmentPlan
    {
        QList<Adjustment> applied;
        qint64 deductions = 0;
        qint64 credits = 0;
        QStringList exceptions; // why the selection differs from policy
    };
    Result<AdjustmentPlan> planAdjustments(const Actor &actor, const Payee &payee,
                                           const Wallet &wallet, const NewPayout &request,
                                           qint64 fee) const;
    Status applyAdjustments(const AdjustmentPlan &plan, const Payout &payout);
    // SeparationOfDuties when the actor approved the payout's exception.
    Status checkNotExceptionApprover(const Payout &payout, const Actor &actor) const;
    // Posts what the payout moves once money left: `difference` is the actual amount
    // less the expected one (an overpayment is an expense, an underpayment keeps it).
    Status postPayment(const Actor &actor, Payout &payout, const Wallet &from,
                       qint64 difference = 0);
    Status openObligation(const Actor &actor, const Payout &payout, AdjustmentClass kind,
                          AdjustmentMode mode, const Money &amount, const QString &note,
                          qint64 evidenceDocumentId);
    Result<Money> actualSent(const Payout &payout) const;
    // A bank return after a resolved mismatch: the carry-forward the resolution
    // opened is withdrawn; refused when a later payout already carries it.
    Status withdrawResolution(const Actor &actor, const Payout &payout);
    // The merchant wallet an executed payout left from.
    Result<Wallet> sendingWallet(const Actor &actor, const Payout &payout) const;
    Result<PayoutMethod> methodFor(const NewPayout &request, const Payee &payee,
                                   const Wallet &wallet) const;
    Result<std::optional<Payout>> replayed(const Actor &actor, const NewPayout &request,
                                           const QString &key) const;
    bool sameSelection(const Payout &payout, const QList<qint64> &named) const;
    Result<Wallet> payingWallet(const Actor &actor, const Payout &payout,
                                const QString &name) const;
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
    AdjustmentRepository m_adjustments;
};

// The proof file's MIME type from its first bytes (PDF, PNG, JPEG), or an
// InvalidProof error naming the rule (empty, too big, another kind of file).
Result<QString> checkProofFile(const ProofFile &proof);

// Keeps a checked file (checkProofFile) in the book with its SHA-256; returns the
// document's id.
Result<qint64> keepDocument(PayoutRepository &documents, const Actor &actor, const ProofFile &file);

// The JSON of a payout that the audit trail keeps.
QJsonObject payoutJson(const Payout &payout);

} // namespace coffer
