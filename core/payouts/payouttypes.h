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

    // What the payee receives: the amount less the instant fee.
    Money sent() const { return Money(amount.minorUnits() - fee.minorUnits(), amount.currency()); }
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
};

struct NewPayout
{
    QString ownerId;
    Money amount; // in the currency of the payee wallet it leaves
    qint64 methodId = 0; // 0: the payee's default method in that currency
    bool instant = false;
    QString idempotencyKey;
};

// A proof-of-payment file as given: PDF, PNG or JPEG, at most maxProofBytes.
struct ProofFile
{
    QString fileName;
    QByteArray content;

    static constexpr qint64 maxProofBytes = 10 * 1024 * 1024;
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
