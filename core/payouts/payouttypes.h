#pragma once

#include "payees/payeetypes.h"

#include <QByteArray>

namespace coffer {

// The payout states of shared/DOMAIN.md.
enum class PayoutState
{
    Pending,
    AwaitingExceptionApproval,
    Approved,
    InTransit,
    Paid,
    AwaitingReconciliation,
    Failed,
    Canceled,
    Reversed
};

// "pending", "awaiting_exception_approval", "in_transit" ...
QString toCode(PayoutState state);
std::optional<PayoutState> payoutStateFromText(const QString &text);
QList<PayoutState> allPayoutStates();
// The state table: may a payout in `from` move to `to`?
bool mayMove(PayoutState from, PayoutState to);
// States in which the payout holds its amount on the payee wallet.
bool holdsFunds(PayoutState state);
// States in which another request for the same wallet and method conflicts.
bool isActive(PayoutState state);

// A proof-of-payment or evidence file as given: PDF, PNG or JPEG, at most maxProofBytes.
struct ProofFile
{
    QString fileName;
    QByteArray content;

    static constexpr qint64 maxProofBytes = 10 * 1024 * 1024;
};

// The classes of adjustment of 004_...txt. Every class but the carry-forward credit
// is something the payee owes the merchant (a deduction from a payout).
enum class AdjustmentClass
{
    CarryForwardDeduction,
    CarryForwardCredit,
    InvoiceFee,
    ManualRecovery
};

// How an adjustment reaches a payout: by itself (auto, oldest first), when the
// request names it (manual), or only through an exception approval.
enum class AdjustmentMode
{
    Auto,
    Manual,
    Exception
};

// "carry_forward_deduction" ... / "auto", "manual", "exception".
QString toCode(AdjustmentClass adjustmentClass);
QString toCode(AdjustmentMode mode);
std::optional<AdjustmentClass> adjustmentClassFromText(const QString &text);
std::optional<AdjustmentMode> adjustmentModeFromText(const QString &text);
QList<AdjustmentClass> allAdjustmentClasses();
bool isDeduction(AdjustmentClass adjustmentClass);
// The defaults of 004_...txt: carry-forwards auto, invoice fees and manual
// recoveries manual.
AdjustmentMode defaultMode(AdjustmentClass adjustmentClass);

struct Payout
{
    qint64 id = 0;
    qint64 merchantId = 0;
    QString number; // JPO-YYYY-NNNNNN
    qint64 payeeId = 0;
    QString ownerId;
    qint64 walletId = 0;
    qint64 methodId = 0;
    Money amount; // what leaves the payee's wallet
    Money fee; // the instant payout fee, kept by the merchant
    Money held; // on the wallet while the payout is open
    Money deductions; // adjustments the payee owed, recovered from the amount
    Money credits; // adjustments the merchant owed, sent on top of the amount
    bool instant = false;
    PayoutState state = PayoutState::Pending;
    qint64 policyVersion = 1;
    QString requestedBy;
    qint64 requestedById = 0;
    QString idempotencyKey;
    QString latestReference;
    qint64 paidFromWalletId = 0;
    qint64 paidEntryId = 0;
    QDateTime createdAt;
    QDateTime modifiedAt;

    // What the payee receives: the amount less the instant fee and the deductions,
    // plus the credits.
    Money sent() const
    {
        return Money(amount.minorUnits() - fee.minorUnits() - deductions.minorUnits()
                         + credits.minorUnits(),
                     amount.currency());
    }
    // What the merchant wallet transfers to the payee wallet when it is paid: the
    // part of the amount that is sent (credits are paid beside it).
    Money transferred() const
    {
        return Money(amount.minorUnits() - fee.minorUnits() - deductions.minorUnits(),
                     amount.currency());
    }
};

// An obligation between a payee and the merchant (004_...txt): durable, applied
// whole to one payout, and open again when that payout is canceled or fails.
struct Adjustment
{
    qint64 id = 0;
    qint64 payeeId = 0;
    QString ownerId;
    qint64 walletId = 0;
    AdjustmentClass adjustmentClass = AdjustmentClass::CarryForwardDeduction;
    AdjustmentMode mode = AdjustmentMode::Auto;
    Money amount;
    QString note;
    qint64 evidenceDocumentId = 0;
    QString sourcePayout; // the payout whose resolution or reversal opened it
    QString appliedTo; // the payout it is applied to; empty: open
    std::optional<PayoutState> appliedState;
    QString createdBy;
    QDateTime createdAt;

    bool isOpen() const { return appliedTo.isEmpty(); }
    // "open", "reserved" (on a payout not yet paid) or "settled".
    QString status() const;
    // The amount with its direction: negative for a deduction.
    qint64 signedMinor() const
    {
        return isDeduction(adjustmentClass) ? -amount.minorUnits() : amount.minorUnits();
    }
};

struct NewAdjustment
{
    QString ownerId;
    AdjustmentClass adjustmentClass = AdjustmentClass::CarryForwardDeduction;
    AdjustmentMode mode = AdjustmentMode::Auto;
    Money amount; // in the currency of the payee wallet it concerns
    QString note;
    std::optional<ProofFile> evidence; // required for a manual recovery
};

// The mode policy gives a class for a payee, and where it comes from: "program"
// (the payees of the owner type), "payee", or "default" (004_...txt).
struct AdjustmentRule
{
    AdjustmentClass adjustmentClass = AdjustmentClass::CarryForwardDeduction;
    AdjustmentMode mode = AdjustmentMode::Auto;
    QString source;
};

struct PolicyChange
{
    AdjustmentClass adjustmentClass = AdjustmentClass::CarryForwardDeduction;
    AdjustmentMode mode = AdjustmentMode::Auto;
    std::optional<OwnerType> program; // either a program
    QString ownerId; // or one payee
};

struct PayoutEvent
{
    std::optional<PayoutState> from; // none: the request
    PayoutState to = PayoutState::Pending;
    QString actor;
    QString note;
    QDateTime at;
};

struct PayoutApproval
{
    QString kind; // "normal" or "exception"
    QString approver;
    qint64 approverId = 0;
    Money amount;
    qint64 methodId = 0;
    qint64 policyVersion = 0;
    QDateTime at;
    QDateTime voidedAt; // null: in force
    QString voidReason;
};

struct PayoutAttempt
{
    qint64 id = 0;
    int number = 0; // 1, 2 ... per payout
    QString outcome; // open, paid, mismatch, failed, returned
    QString reference;
    std::optional<Money> actual;
    QString failureCode;
    QString failureMessage;
    QString note;
    QString openedBy;
    QDateTime openedAt;
    QString recordedBy;
    QDateTime recordedAt;
};

// A file kept in the book: its bytes are read on demand (PayoutService::proofFile).
struct StoredDocument
{
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; // hex
    QString uploadedBy;
    QDateTime uploadedAt;
};

struct PayoutProof
{
    qint64 id = 0;
    qint64 attemptId = 0;
    StoredDocument document;
    qint64 replacedById = 0; // 0: the proof in force
    QString reason; // why it replaced the one before
    QString addedBy;
    QDateTime addedAt;
};

struct PayoutDetail
{
    Payout payout;
    PayoutMethod method;
    QList<PayoutEvent> timeline; // oldest first
    QList<PayoutApproval> approvals;
    QList<PayoutAttempt> attempts;
    QList<PayoutProof> proofs;
    QList<Adjustment> adjustments; // applied to it, and opened by it
};

// What a request would hold and send, before it is made (nothing written).
struct PayoutQuote
{
    Money fee; // the instant fee
    Money deductions;
    Money credits;
    Money sent;
    bool needsException = false; // the adjustments chosen differ from policy
};

struct NewPayout
{
    QString ownerId;
    Money amount; // in the currency of the payee wallet it leaves
    qint64 methodId = 0; // 0: the payee's default method in that currency
    bool instant = false;
    QList<qint64> adjustmentIds; // manual or exception adjustments chosen
    QString idempotencyKey;
};

struct Execution
{
    QString reference; // the rail's reference, unique per merchant
    Money actual; // what the rail says it sent
    ProofFile proof;
    QString note; // required when the actual amount differs
    QString idempotencyKey;
    QString fromWallet; // the merchant wallet that pays; empty: the default one
};

struct PayoutFilter
{
    std::optional<PayoutState> state;
    QString ownerId; // empty: every payee the actor may read
    int limit = 200;
};

} // namespace coffer
