// PayoutService: reconciliation after money left: resolving a mismatch, and reversal.
#include "payouts/adjustmentservice.h"
#include "payouts/payoutservice.h"

#include "audit/auditlog.h"
#include "common/crashpoint.h"
#include "common/textrules.h"

namespace coffer {

namespace {

// Why a difference was settled or a payment undone: required, and it may run over
// several lines.
Status checkRequiredNote(const QString &field, const QString &text)
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::FieldRequired,
                         QStringLiteral("%1: say why (it is kept with the payout)").arg(field));
    return checkNote(field, text.trimmed(), 2000);
}

} // namespace

Result<Money> PayoutService::actualSent(const Payout &payout) const
{
    auto attempts = m_payouts.attempts(payout.id);
    if (!attempts)
        return attempts.error();
    for (auto a = attempts->crbegin(); a != attempts->crend(); ++a) {
        if (a->actual
            && (a->outcome == QStringLiteral("paid") || a->outcome == QStringLiteral("mismatch")))
            return *a->actual;
    }
    return makeError(ErrorCode::PayoutStateConflict,
                     QStringLiteral("payout: %1 has no recorded execution").arg(payout.number));
}

Status PayoutService::withdrawResolution(const Actor &actor, const Payout &payout)
{
    auto adjustments = m_adjustments.ofPayout(payout.id);
    if (!adjustments)
        return adjustments.error();
    for (const Adjustment &a : std::as_const(*adjustments)) {
        if (a.sourcePayout != payout.number)
            continue;
        if (!a.isOpen())
            return makeError(ErrorCode::PayoutStateConflict,
                             QStringLiteral("payout: adjustment %1, opened when %2 was resolved, "
                                            "is carried by %3; cancel or settle that first")
                                 .arg(a.id)
                                 .arg(payout.number, a.appliedTo));
        COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("adjustment.withdraw"),
                               QStringLiteral("adjustment"), QString::number(a.id),
                               adjustmentJson(a), {}));
    }
    return m_adjustments.withdrawOpenedBy(payout.id);
}

Result<Wallet> PayoutService::sendingWallet(const Actor &actor, const Payout &payout) const
{
    // The wallet the execution named; a payout executed before Coffer kept it is
    // paid by the wallet a payout pays from by default.
    if (payout.paidFromWalletId == 0)
        return payingWallet(actor, payout, {});
    auto from = m_wallets.byId(actor.merchantId, payout.paidFromWalletId);
    if (!from)
        return from.error();
    if (!from->has_value())
        return makeError(
            ErrorCode::WalletNotFound,
            QStringLiteral("wallet: the paying wallet of %1 is gone").arg(payout.number));
    return **from;
}

Result<Payout> PayoutService::resolve(const Actor &actor, const QString &number,
                                      const QString &note, const std::optional<Money> &adjustment)
{
    COFFER_TRY(actor.require(Permission::ReconcilePayouts));
    COFFER_TRY(checkRequiredNote(QStringLiteral("note"), note));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto payout = locked(actor, number, Permission::ReconcilePayouts);
    if (!payout)
        return payout.error();
    if (payout->state != PayoutState::AwaitingReconciliation)
        return makeError(ErrorCode::PayoutStateConflict,
                         QStringLiteral("payout: %1 is %2; only a payout awaiting reconciliation "
                                        "is resolved")
                             .arg(payout->number, toCode(payout->state)));
    auto actual = actualSent(*payout);
    if (!actual)
        return actual.error();
    const qint64 difference = actual->minorUnits() - payout->sent().minorUnits();
    const Money gap(std::abs(difference), payout->amount.currency());
    Money owed = adjustment.value_or(gap);
    if (!(owed.currency() == gap.currency()))
        return makeError(ErrorCode::CurrencyMismatch,
                         QStringLiteral("adjustment-amount: is in %1, the payout in %2")
                             .arg(owed.currency().code(), gap.currency().code()));
    if (owed.minorUnits() < 0 || owed.minorUnits() > gap.minorUnits())
        return makeError(ErrorCode::InvalidAmount,
                         QStringLiteral("adjustment-amount: must be between 0 and the difference "
                                        "of %1")
                             .arg(gap.toDecimalString()));
    auto from = sendingWallet(actor, *payout);
    if (!from)
        return from.error();
    COFFER_TRY(postPayment(actor, *payout, *from, difference));
    // Paid too much: the payee owes it back; too little: the merchant owes the rest.
    // Either is a carry-forward in the mode policy gives it.
    if (owed.isPositive()) {
        const AdjustmentClass kind = difference > 0 ? AdjustmentClass::CarryForwardDeduction
                                                    : AdjustmentClass::CarryForwardCredit;
        auto payee = m_payeeRows.byId(actor.merchantId, payout->payeeId);
        if (!payee || !payee->has_value())
            return payee ? makeError(ErrorCode::PayeeNotFound,
                                     QStringLiteral("payout: the payee of %1 is gone").arg(number))
                         : payee.error();
        auto rules = m_adjustments.rulesFor(actor.merchantId, (*payee)->ownerType, payout->payeeId);
        if (!rules)
            return rules.error();
        COFFER_TRY(openObligation(actor, *payout, kind, modeFor(resolvePolicy(*rules), kind), owed,
                                  note.trimmed(), 0));
    }
    COFFER_TRY(move(actor, *payout, PayoutState::Paid,
                    QStringLiteral("resolved: ") + note.trimmed(),
                    QStringLiteral("payout.resolve")));
    COFFER_TRY(transaction.commit());
    return *payout;
}

Result<Payout> PayoutService::reverse(const Actor &actor, const QString &number,
                                      const QString &reason, const ProofFile &evidence)
{
    COFFER_TRY(actor.require(Permission::ReconcilePayouts));
    COFFER_TRY(checkRequiredNote(QStringLiteral("reason"), reason));
    COFFER_TRY(checkProofFile(evidence));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto payout = locked(actor, number, Permission::ReconcilePayouts);
    if (!payout)
        return payout.error();
    if (!mayMove(payout->state, PayoutState::Reversed))
        return makeError(ErrorCode::PayoutStateConflict,
                         QStringLiteral("payout: %1 is %2; only an executed payout (paid or "
                                        "awaiting reconciliation) is reversed")
                             .arg(payout->number, toCode(payout->state)));
    auto actual = actualSent(*payout);
    if (!actual)
        return actual.error();
    if (payout->state == PayoutState::AwaitingReconciliation) {
        // The money left as recorded: post it, with no obligation for the difference.
        auto from = sendingWallet(actor, *payout);
        if (!from)
            return from.error();
        COFFER_TRY(
            postPayment(actor, *payout, *from, actual->minorUnits() - payout->sent().minorUnits()));
    }
    auto document = keepDocument(m_payouts, actor, evidence);
    if (!document)
        return document.error();
    crashPoint("payout.reverse.evidence");
    // 004: a reversal records an obligation instead of inventing wallet liquidity.
    // What the payout was to send stays owed to the payee (whatever the bank
    // actually sent was posted above); paying it again needs an exception approval
    // by a second person.
    COFFER_TRY(openObligation(actor, *payout, AdjustmentClass::CarryForwardCredit,
                              AdjustmentMode::Exception, payout->sent(), reason.trimmed(),
                              *document));
    crashPoint("payout.reverse.owed");
    COFFER_TRY(move(actor, *payout, PayoutState::Reversed,
                    QStringLiteral("reversed: ") + reason.trimmed(),
                    QStringLiteral("payout.reverse")));
    crashPoint("payout.reverse.moved");
    COFFER_TRY(transaction.commit());
    return *payout;
}

} // namespace coffer
