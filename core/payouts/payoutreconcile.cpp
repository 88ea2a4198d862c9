// PayoutService: reconciliation after money left: resolving a mismatch, and reversal.
#include "payouts/adjustmentservice.h"
#include "payouts/payoutservice.h"

#include "common/crashpoint.h"
#include "common/textrules.h"

namespace coffer {

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

Result<Payout> PayoutService::resolve(const Actor &actor, const QString &number,
                                      const QString &note, const std::optional<Money> &adjustment)
{
    COFFER_TRY(actor.require(Permission::ReconcilePayouts));
    COFFER_TRY(checkName(QStringLiteral("note"), note.trimmed(), 2000));
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
    auto from = m_wallets.byId(actor.merchantId, payout->paidFromWalletId);
    if (!from)
        return from.error();
    if (!from->has_value())
        return makeError(ErrorCode::WalletNotFound,
                         QStringLiteral("wallet: the paying wallet of %1 is gone").arg(number));
    COFFER_TRY(postPayment(actor, *payout, **from, difference));
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
    COFFER_TRY(checkName(QStringLiteral("reason"), reason.trimmed(), 2000));
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
        auto from = m_wallets.byId(actor.merchantId, payout->paidFromWalletId);
        if (!from || !from->has_value())
            return from
                ? makeError(ErrorCode::WalletNotFound,
                            QStringLiteral("wallet: the paying wallet of %1 is gone").arg(number))
                : from.error();
        COFFER_TRY(postPayment(actor, *payout, **from,
                               actual->minorUnits() - payout->sent().minorUnits()));
    }
    auto document = keepDocument(m_payouts, actor, evidence);
    if (!document)
        return document.error();
    crashPoint("payout.reverse.evidence");
    // 004: a reversal records an obligation instead of inventing wallet liquidity.
    // What was sent stays owed to the payee; paying it again needs an exception
    // approval by a second person.
    COFFER_TRY(openObligation(actor, *payout, AdjustmentClass::CarryForwardCredit,
                              AdjustmentMode::Exception, *actual, reason.trimmed(), *document));
    crashPoint("payout.reverse.owed");
    COFFER_TRY(move(actor, *payout, PayoutState::Reversed,
                    QStringLiteral("reversed: ") + reason.trimmed(),
                    QStringLiteral("payout.reverse")));
    crashPoint("payout.reverse.moved");
    COFFER_TRY(transaction.commit());
    return *payout;
}

} // namespace coffer
