// PayoutService: the adjustments a request takes, and their exception approval.
#include "payouts/adjustmentservice.h"
#include "payouts/payoutservice.h"

#include "audit/auditlog.h"
#include "payees/fees.h"
#include "payees/payeeaccess.h"

#include <algorithm>

namespace coffer {

namespace {

Error notFound(qint64 id)
{
    return makeError(ErrorCode::AdjustmentNotFound,
                     QStringLiteral("adjustment: %1 does not exist").arg(id));
}

} // namespace

Result<PayoutService::AdjustmentPlan>
PayoutService::planAdjustments(const Actor &actor, const Payee &payee, const Wallet &wallet,
                               const NewPayout &request, qint64 fee) const
{
    auto stored = m_adjustments.rulesFor(actor.merchantId, payee.ownerType, payee.id);
    auto open = m_adjustments.openOf(wallet.id);
    if (!stored || !open)
        return stored ? open.error() : stored.error();
    const QList<AdjustmentRule> policy = resolvePolicy(*stored);
    QList<qint64> chosen = request.adjustmentIds;
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    // Each one named must be this wallet's and still open (004: "eligible for this
    // scope and unresolved"); another payee's does not exist.
    for (qint64 id : std::as_const(chosen)) {
        if (std::any_of(open->cbegin(), open->cend(),
                        [id](const Adjustment &a) { return a.id == id; }))
            continue;
        auto found = m_adjustments.byId(actor.merchantId, id);
        if (!found)
            return found.error();
        if (!found->has_value() || (*found)->payeeId != payee.id)
            return notFound(id);
        if ((*found)->walletId != wallet.id)
            return makeError(ErrorCode::CurrencyMismatch,
                             QStringLiteral("adjustment: %1 is in %2, the payout in %3")
                                 .arg(id)
                                 .arg((*found)->amount.currency().code(), wallet.currency.code()));
        return makeError(ErrorCode::AdjustmentNotOpen,
                         QStringLiteral("adjustment: %1 is applied to %2 already")
                             .arg(id)
                             .arg((*found)->appliedTo));
    }
    AdjustmentPlan plan;
    const qint64 room = request.amount.minorUnits() - fee;
    bool autoDeductionsStopped = false;
    for (const Adjustment &a : std::as_const(*open)) { // oldest first
        const bool named = chosen.contains(a.id);
        const AdjustmentMode policyMode = modeFor(policy, a.adjustmentClass);
        const bool automatic = a.mode == AdjustmentMode::Auto && policyMode == AdjustmentMode::Auto;
        if (!named && !automatic)
            continue;
        if (isDeduction(a.adjustmentClass)) {
            // Something must be left to send: a deduction that does not fit waits for
            // a later payout, and so do the younger automatic ones.
            if (plan.deductions + a.amount.minorUnits() >= room) {
                if (named)
                    return makeError(ErrorCode::InsufficientFunds,
                                     QStringLiteral("adjustment: %1 deducts %2, which leaves "
                                                    "nothing of this payout to send; request "
                                                    "more")
                                         .arg(a.id)
                                         .arg(a.amount.toDecimalString()));
                autoDeductionsStopped = true;
                continue;
            }
            if (!named && autoDeductionsStopped)
                continue;
            plan.deductions += a.amount.minorUnits();
        } else {
            plan.credits += a.amount.minorUnits();
        }
        if (a.mode == AdjustmentMode::Exception)
            plan.exceptions.append(
                QStringLiteral("adjustment %1 needs an exception approval").arg(a.id));
        else if (a.mode != policyMode)
            plan.exceptions.append(
                QStringLiteral("adjustment %1 is %2, policy for %3 is %4")
                    .arg(a.id)
                    .arg(toCode(a.mode), toCode(a.adjustmentClass), toCode(policyMode)));
        plan.applied.append(a);
    }
    return plan;
}

Result<PayoutQuote> PayoutService::quote(const Actor &actor, const NewPayout &request) const
{
    COFFER_TRY(requireEither(actor, PayeeAccess::Manage));
    if (!request.amount.currency().isValid() || !request.amount.isPositive())
        return makeError(ErrorCode::AmountMustBePositive,
                         QStringLiteral("amount: must be greater than zero"));
    const QString ownerId = request.ownerId.trimmed();
    const Error unknown
        = makeError(ErrorCode::PayeeNotFound,
                    QStringLiteral("owner-id: no payee has the owner id '%1'").arg(ownerId));
    auto payee = m_payeeRows.byOwnerId(actor.merchantId, ownerId);
    if (!payee)
        return payee.error();
    if (!payee->has_value())
        return unknown;
    COFFER_TRY(reachPayee(actor, **payee, PayeeAccess::Manage, unknown));
    auto wallets = m_wallets.ofPayee(actor.merchantId, (*payee)->id);
    if (!wallets)
        return wallets.error();
    const auto wallet = std::find_if(wallets->cbegin(), wallets->cend(), [&](const Wallet &w) {
        return w.currency == request.amount.currency();
    });
    if (wallet == wallets->cend())
        return makeError(ErrorCode::CurrencyMismatch,
                         QStringLiteral("amount: '%1' has no %2 wallet")
                             .arg(ownerId, request.amount.currency().code()));
    const Currency &currency = request.amount.currency();
    PayoutQuote quote;
    quote.fee = Money(0, currency);
    if (request.instant) {
        auto settings = m_payeeRows.feeSettings(actor.merchantId);
        if (!settings)
            return settings.error();
        auto fee = instantPayoutFee(request.amount, settings->instantPartsPerMillion);
        if (!fee)
            return fee.error();
        quote.fee = *fee;
    }
    auto plan = planAdjustments(actor, **payee, *wallet, request, quote.fee.minorUnits());
    if (!plan)
        return plan.error();
    quote.deductions = Money(plan->deductions, currency);
    quote.credits = Money(plan->credits, currency);
    quote.sent = Money(request.amount.minorUnits() - quote.fee.minorUnits() - plan->deductions
                           + plan->credits,
                       currency);
    quote.needsException = !plan->exceptions.isEmpty();
    return quote;
}

Status PayoutService::applyAdjustments(const AdjustmentPlan &plan, const Payout &payout)
{
    for (const Adjustment &a : plan.applied) {
        // The payee wallet is locked: no other request applies it meanwhile.
        auto applied = m_adjustments.apply(a.id, payout.id);
        if (!applied)
            return applied.error();
        if (!*applied)
            return makeError(
                ErrorCode::AdjustmentNotOpen,
                QStringLiteral("adjustment: %1 was applied to another payout").arg(a.id));
    }
    return success();
}

Status PayoutService::checkNotExceptionApprover(const Payout &payout, const Actor &actor) const
{
    auto approvals = m_payouts.approvals(payout.id);
    if (!approvals)
        return approvals.error();
    for (const PayoutApproval &a : std::as_const(*approvals)) {
        // Voided or not: one person never holds both roles on a payout.
        if (a.kind == QStringLiteral("exception") && a.approverId == actor.userId)
            return makeError(ErrorCode::SeparationOfDuties,
                             QStringLiteral("approve: %1 approved the exception of %2; another "
                                            "reviewer approves the payout")
                                 .arg(actor.userName, payout.number));
    }
    return success();
}

Result<Payout> PayoutService::approveException(const Actor &actor, const QString &number)
{
    const Permission permission = actor.may(Permission::ReviewPayouts)
        ? Permission::ReviewPayouts
        : Permission::ReconcilePayouts;
    COFFER_TRY(actor.require(permission));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto payout = locked(actor, number, permission);
    if (!payout)
        return payout.error();
    if (payout->state != PayoutState::AwaitingExceptionApproval)
        return makeError(ErrorCode::PayoutStateConflict,
                         QStringLiteral("payout: %1 is %2; only a payout awaiting exception "
                                        "approval takes one")
                             .arg(payout->number, toCode(payout->state)));
    if (payout->requestedById == actor.userId)
        return makeError(ErrorCode::SeparationOfDuties,
                         QStringLiteral("approve-exception: %1 requested %2 and may not approve "
                                        "its exception")
                             .arg(actor.userName, payout->number));
    COFFER_TRY(recordApproval(actor, *payout, QStringLiteral("exception")));
    COFFER_TRY(move(actor, *payout, PayoutState::Pending, QStringLiteral("exception approved"),
                    QStringLiteral("payout.approve_exception")));
    COFFER_TRY(transaction.commit());
    return *payout;
}

Status PayoutService::openObligation(const Actor &actor, const Payout &payout, AdjustmentClass kind,
                                     AdjustmentMode mode, const Money &amount, const QString &note,
                                     qint64 evidenceDocumentId)
{
    Adjustment adjustment;
    adjustment.payeeId = payout.payeeId;
    adjustment.walletId = payout.walletId;
    adjustment.adjustmentClass = kind;
    adjustment.mode = mode;
    adjustment.amount = amount;
    adjustment.note = note;
    adjustment.evidenceDocumentId = evidenceDocumentId;
    adjustment.sourcePayout = payout.number;
    adjustment.createdBy = actor.userName;
    auto id = m_adjustments.insert(actor.merchantId, adjustment);
    if (!id)
        return id.error();
    auto added = m_adjustments.byId(actor.merchantId, *id);
    if (!added)
        return added.error();
    return recordAudit(m_database, actor, QStringLiteral("adjustment.add"),
                       QStringLiteral("adjustment"), QString::number(*id), {},
                       adjustmentJson(**added));
}

} // namespace coffer
