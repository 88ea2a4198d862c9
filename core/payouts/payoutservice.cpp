#include "payouts/payoutservice.h"
#include "storage/numbers.h"

#include "audit/auditlog.h"
#include "common/crashpoint.h"
#include "common/textrules.h"
#include "payees/payeeaccess.h"

#include <QJsonObject>

#include <algorithm>

namespace coffer {

namespace {

Error payoutNotFound(const QString &number)
{
    return makeError(ErrorCode::PayoutNotFound,
                     QStringLiteral("payout: %1 does not exist").arg(number.trimmed()));
}

Error payeeNotFound(const QString &ownerId)
{
    return makeError(ErrorCode::PayeeNotFound,
                     QStringLiteral("owner-id: no payee has the owner id '%1'").arg(ownerId));
}

QString describeState(PayoutState state)
{
    return toCode(state).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

QJsonObject payoutJson(const Payout &p)
{
    return {{QStringLiteral("number"), p.number},
            {QStringLiteral("owner_id"), p.ownerId},
            {QStringLiteral("wallet_id"), p.walletId},
            {QStringLiteral("method_id"), p.methodId},
            {QStringLiteral("amount"), p.amount.toDecimalString()},
            {QStringLiteral("fee"), p.fee.toDecimalString()},
            {QStringLiteral("held"), p.held.toDecimalString()},
            {QStringLiteral("deductions"), p.deductions.toDecimalString()},
            {QStringLiteral("credits"), p.credits.toDecimalString()},
            {QStringLiteral("currency"), p.amount.currency().code()},
            {QStringLiteral("instant"), p.instant},
            {QStringLiteral("state"), toCode(p.state)},
            {QStringLiteral("policy_version"), p.policyVersion},
            {QStringLiteral("requested_by"), p.requestedBy},
            {QStringLiteral("reference"), p.latestReference}};
}

Result<Payout> PayoutService::reach(const Actor &actor, const QString &number, PayeeAccess access,
                                    bool lock) const
{
    COFFER_TRY(requireEither(actor, access));
    auto payout = m_payouts.byNumber(actor.merchantId, number, lock);
    if (!payout)
        return payout.error();
    if (!payout->has_value())
        return payoutNotFound(number);
    auto payee = m_payeeRows.byId(actor.merchantId, (*payout)->payeeId);
    if (!payee)
        return payee.error();
    if (!payee->has_value())
        return payoutNotFound(number);
    COFFER_TRY(reachPayee(actor, **payee, access, payoutNotFound(number)));
    return **payout;
}

Result<Payout> PayoutService::locked(const Actor &actor, const QString &number,
                                     Permission permission)
{
    COFFER_TRY(actor.require(permission));
    auto payout = m_payouts.byNumber(actor.merchantId, number, true);
    if (!payout)
        return payout.error();
    if (!payout->has_value())
        return payoutNotFound(number);
    return **payout;
}

Status PayoutService::move(const Actor &actor, Payout &payout, PayoutState to, const QString &note,
                           const QString &action)
{
    if (!mayMove(payout.state, to))
        return makeError(ErrorCode::PayoutStateConflict,
                         QStringLiteral("payout: %1 is %2; it cannot become %3")
                             .arg(payout.number, describeState(payout.state), describeState(to)));
    const Payout before = payout;
    payout.state = to;
    COFFER_TRY(m_payouts.update(payout));
    COFFER_TRY(m_payouts.addEvent(payout.id, before.state, to, actor.userName, note));
    return recordAudit(m_database, actor, action, QStringLiteral("payout"), payout.number,
                       payoutJson(before), payoutJson(payout));
}

Status PayoutService::releaseHold(const Actor &actor, Payout &payout)
{
    Q_ASSERT(payout.held.isPositive());
    COFFER_TRY(m_payouts.addHeld(actor.merchantId, payout.walletId, -payout.held.minorUnits(),
                                 actor.userName));
    payout.held = Money(0, payout.amount.currency());
    return success();
}

Result<PayoutMethod> PayoutService::methodFor(const NewPayout &request, const Payee &payee,
                                              const Wallet &wallet) const
{
    auto methods = m_methods.ofPayee(payee.merchantId, payee.id);
    if (!methods)
        return methods.error();
    const PayoutMethod *chosen = nullptr;
    for (const PayoutMethod &m : std::as_const(*methods)) {
        if (request.methodId != 0 ? m.id == request.methodId
                                  : m.active && m.isDefault && m.currency == wallet.currency)
            chosen = &m;
    }
    if (!chosen && request.methodId == 0) {
        // No default in this currency: the only active method in it will do.
        QList<const PayoutMethod *> inCurrency;
        for (const PayoutMethod &m : std::as_const(*methods)) {
            if (m.active && m.currency == wallet.currency)
                inCurrency.append(&m);
        }
        if (inCurrency.size() == 1)
            chosen = inCurrency.first();
    }
    if (!chosen)
        return makeError(
            ErrorCode::PayoutMethodNotFound,
            request.methodId != 0
                ? QStringLiteral("method: %1 is not a payout method of '%2'")
                      .arg(request.methodId)
                      .arg(payee.ownerId)
                : QStringLiteral("method: '%1' has no default %2 payout method; add one or name "
                                 "it")
                      .arg(payee.ownerId, wallet.currency.code()));
    if (!chosen->active)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("method: %1 was removed; choose an active method").arg(chosen->id));
    if (!(chosen->currency == wallet.currency))
        return makeError(ErrorCode::CurrencyMismatch,
                         QStringLiteral("method: %1 pays in %2, the payout is in %3")
                             .arg(chosen->id)
                             .arg(chosen->currency.code(), wallet.currency.code()));
    return *chosen;
}

bool PayoutService::sameSelection(const Payout &payout, const QList<qint64> &named) const
{
    // The adjustments a replay names are those the first request named: every
    // applied one that did not come by itself, and no other. A canceled or failed
    // payout has let its adjustments go, so it is not compared.
    if (payout.state == PayoutState::Canceled || payout.state == PayoutState::Failed)
        return true;
    auto applied = m_adjustments.ofPayout(payout.id);
    if (!applied)
        return false;
    QList<qint64> chosen;
    for (const Adjustment &a : std::as_const(*applied)) {
        if (a.appliedTo == payout.number && a.mode != AdjustmentMode::Auto)
            chosen.append(a.id);
    }
    for (qint64 id : named) {
        const bool wasApplied
            = std::any_of(applied->cbegin(), applied->cend(), [&](const Adjustment &a) {
                  return a.id == id && a.appliedTo == payout.number;
              });
        if (!wasApplied)
            return false;
    }
    return std::all_of(chosen.cbegin(), chosen.cend(),
                       [&named](qint64 id) { return named.contains(id); });
}

Result<std::optional<Payout>> PayoutService::replayed(const Actor &actor, const NewPayout &request,
                                                      const QString &key) const
{
    auto first = m_payouts.byKey(actor.merchantId, key);
    if (!first)
        return first.error();
    if (!first->has_value())
        return std::optional<Payout>();
    const Payout &p = **first;
    // A key another payee used tells nothing about that payee's payout.
    if (p.ownerId != request.ownerId.trimmed())
        return makeError(ErrorCode::IdempotencyConflict,
                         QStringLiteral("idempotency-key: '%1' was used for another request; "
                                        "choose a new key")
                             .arg(key));
    if (!(p.amount == request.amount) || p.instant != request.instant
        || (request.methodId != 0 && p.methodId != request.methodId)
        || !sameSelection(p, request.adjustmentIds))
        return makeError(ErrorCode::IdempotencyConflict,
                         QStringLiteral("idempotency-key: '%1' was used for %2 (%3 %4 to '%5'); a "
                                        "replay must repeat it exactly")
                             .arg(key, p.number, p.amount.toDecimalString(),
                                  p.amount.currency().code(), p.ownerId));
    return first;
}

Result<Payout> PayoutService::request(const Actor &actor, const NewPayout &request)
{
    COFFER_TRY(requireEither(actor, PayeeAccess::Manage));
    const QString ownerId = request.ownerId.trimmed();
    COFFER_TRY(checkName(QStringLiteral("owner-id"), ownerId, 64));
    const QString key = request.idempotencyKey.trimmed();
    if (!request.idempotencyKey.isEmpty())
        COFFER_TRY(checkName(QStringLiteral("idempotency-key"), key, 100));
    if (!request.amount.currency().isValid() || !request.amount.isPositive())
        return makeError(ErrorCode::AmountMustBePositive,
                         QStringLiteral("amount: must be greater than zero"));

    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto payee = m_payeeRows.byOwnerId(actor.merchantId, ownerId);
    if (!payee)
        return payee.error();
    if (!payee->has_value())
        return payeeNotFound(ownerId);
    COFFER_TRY(reachPayee(actor, **payee, PayeeAccess::Manage, payeeNotFound(ownerId)));
    // The payee wallet stays locked to the end: no other request or credit of the
    // payee sees it between the check of available money and the hold, and a replay
    // of the same key waits here and then finds the first payout.
    auto wallets = m_wallets.ofPayee(actor.merchantId, (*payee)->id, true);
    if (!wallets)
        return wallets.error();
    if (!key.isEmpty()) {
        auto replay = replayed(actor, request, key);
        if (!replay)
            return replay.error();
        if (replay->has_value())
            return **replay;
    }
    std::optional<Wallet> wallet;
    for (const Wallet &w : std::as_const(*wallets)) {
        if (w.currency == request.amount.currency())
            wallet = w;
    }
    if (!wallet)
        return makeError(ErrorCode::CurrencyMismatch,
                         QStringLiteral("amount: '%1' has no %2 wallet")
                             .arg(ownerId, request.amount.currency().code()));
    auto settled = m_payees.settleDue(actor, {*wallet});
    if (!settled)
        return settled.error();
    wallet = settled->first();
    if (!wallet->isActive())
        return makeError(ErrorCode::WalletArchived,
                         QStringLiteral("wallet: '%1' is not active").arg(wallet->name));
    auto method = methodFor(request, **payee, *wallet);
    if (!method)
        return method.error();
    // Locked after the wallet: a removal of the method waits, or this sees it removed.
    auto lockedMethod = m_methods.byId(actor.merchantId, method->id, true);
    if (!lockedMethod)
        return lockedMethod.error();
    if (!lockedMethod->has_value() || !(*lockedMethod)->active)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("method: %1 was removed; choose an active method").arg(method->id));
    auto active = m_payouts.activeFor(wallet->id, method->id);
    if (!active)
        return active.error();
    if (!active->isEmpty())
        return makeError(ErrorCode::PayoutConflict,
                         QStringLiteral("payout: %1 to the same method is still %2; wait for it "
                                        "or cancel it")
                             .arg(active->first().number, describeState(active->first().state)));
    if (wallet->available().minorUnits() < request.amount.minorUnits())
        return makeError(ErrorCode::InsufficientFunds,
                         QStringLiteral("amount: %1 %2 is more than the %3 %2 available")
                             .arg(request.amount.toDecimalString(), wallet->currency.code(),
                                  wallet->available().toDecimalString()));
    auto settings = m_payeeRows.feeSettings(actor.merchantId);
    if (!settings)
        return settings.error();
    Payout payout;
    payout.merchantId = actor.merchantId;
    payout.payeeId = (*payee)->id;
    payout.ownerId = ownerId;
    payout.walletId = wallet->id;
    payout.methodId = method->id;
    payout.amount = request.amount;
    payout.fee = Money(0, request.amount.currency());
    if (request.instant) {
        auto fee = instantPayoutFee(request.amount, settings->instantPartsPerMillion);
        if (!fee)
            return fee.error();
        payout.fee = *fee;
    }
    auto plan = planAdjustments(actor, **payee, *wallet, request, payout.fee.minorUnits());
    if (!plan)
        return plan.error();
    payout.deductions = Money(plan->deductions, request.amount.currency());
    payout.credits = Money(plan->credits, request.amount.currency());
    if (!plan->exceptions.isEmpty())
        payout.state = PayoutState::AwaitingExceptionApproval;
    payout.held = request.amount;
    payout.instant = request.instant;
    payout.policyVersion = settings->policyVersion;
    payout.requestedBy = actor.userName;
    payout.requestedById = actor.userId;
    payout.idempotencyKey = key;
    const int year = m_payees.today().year();
    auto number = takeNumber(m_database, actor.merchantId, QStringLiteral("JPO"), year);
    if (!number)
        return number.error();
    payout.number = *number;
    crashPoint("payout.request.numbered");
    auto id = m_payouts.insert(payout);
    if (!id)
        return id.error();
    payout.id = *id;
    COFFER_TRY(
        m_payouts.addHeld(actor.merchantId, wallet->id, payout.held.minorUnits(), actor.userName));
    crashPoint("payout.request.held");
    COFFER_TRY(applyAdjustments(*plan, payout));
    COFFER_TRY(m_payouts.addEvent(payout.id, std::nullopt, payout.state, actor.userName,
                                  plan->exceptions.join(QStringLiteral("; "))));
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("payout.request"),
                           QStringLiteral("payout"), payout.number, {}, payoutJson(payout)));
    crashPoint("payout.request.audited");
    COFFER_TRY(transaction.commit());
    return reach(actor, payout.number, PayeeAccess::Manage, false);
}

Result<Payout> PayoutService::cancel(const Actor &actor, const QString &number,
                                     const QString &reason)
{
    COFFER_TRY(checkNote(QStringLiteral("reason"), reason, 2000));
    // The requester's side (staff or the payee) or a reviewer may stop a payout.
    const bool reviewer = actor.may(Permission::ReviewPayouts);
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto payout = reviewer ? locked(actor, number, Permission::ReviewPayouts)
                           : reach(actor, number, PayeeAccess::Manage, true);
    if (!payout)
        return payout.error();
    if (!mayMove(payout->state, PayoutState::Canceled))
        return makeError(ErrorCode::PayoutStateConflict,
                         QStringLiteral("payout: %1 is %2; only a payout not yet sent can be "
                                        "canceled")
                             .arg(payout->number, describeState(payout->state)));
    COFFER_TRY(m_payouts.voidApprovals(payout->id, QStringLiteral("canceled")));
    COFFER_TRY(releaseHold(actor, *payout));
    COFFER_TRY(m_adjustments.release(payout->id));
    COFFER_TRY(move(actor, *payout, PayoutState::Canceled, reason.trimmed(),
                    QStringLiteral("payout.cancel")));
    COFFER_TRY(transaction.commit());
    return *payout;
}

Status PayoutService::checkApprovable(const Actor &actor, const Payout &p) const
{
    if (p.state != PayoutState::Pending)
        return makeError(ErrorCode::PayoutStateConflict,
                         QStringLiteral("payout: %1 is %2; only a pending payout is approved")
                             .arg(p.number, describeState(p.state)));
    if (p.requestedById == actor.userId)
        return makeError(ErrorCode::SeparationOfDuties,
                         QStringLiteral("approve: %1 requested %2 and may not approve it")
                             .arg(actor.userName, p.number));
    auto settings = m_payeeRows.feeSettings(actor.merchantId);
    if (!settings)
        return settings.error();
    // The instant fee was priced under the policy of the request.
    if (p.instant && p.policyVersion != settings->policyVersion)
        return makeError(ErrorCode::PayoutStateConflict,
                         QStringLiteral("payout: %1 was priced under fee policy %2, and the "
                                        "policy is now %3; cancel it and request again")
                             .arg(p.number)
                             .arg(p.policyVersion)
                             .arg(settings->policyVersion));
    return checkNotExceptionApprover(p, actor);
}

Status PayoutService::verifyApproverCode(const Actor &actor, const SignedIn &approver,
                                         const QString &code)
{
    if (approver.userId != actor.userId)
        return makeError(ErrorCode::PermissionDenied,
                         QStringLiteral("approve: the one-time password must be the approver's "
                                        "own"));
    auto self = m_users.self(approver);
    if (!self)
        return self.error();
    if (!self->totpEnrolled)
        return makeError(ErrorCode::TotpNotEnrolled,
                         QStringLiteral("code: %1 has no confirmed one-time password; set one up "
                                        "first")
                             .arg(approver.name));
    // The code in its own transaction: a wrong one is counted even though the
    // approval writes nothing, and a used step is never accepted again.
    return m_users.verifyTotp(approver, code);
}

Result<Payout> PayoutService::approve(const Actor &actor, const SignedIn &approver,
                                      const QString &number, const QString &code)
{
    COFFER_TRY(actor.require(Permission::ReviewPayouts));
    // Checks that need no code come first, so a refused approval spends none.
    auto current = reach(actor, number, PayeeAccess::Read, false);
    if (!current)
        return current.error();
    COFFER_TRY(checkApprovable(actor, *current));
    COFFER_TRY(verifyApproverCode(actor, approver, code));
    return approveVerified(actor, number);
}

Status PayoutService::recordApproval(const Actor &actor, const Payout &payout, const QString &kind)
{
    // Bound to what the approver saw: the amount, the method and the policy.
    auto settings = m_payeeRows.feeSettings(actor.merchantId);
    if (!settings)
        return settings.error();
    PayoutApproval approval;
    approval.kind = kind;
    approval.approver = actor.userName;
    approval.approverId = actor.userId;
    approval.amount = payout.amount;
    approval.methodId = payout.methodId;
    approval.policyVersion = settings->policyVersion;
    return m_payouts.addApproval(payout.id, approval);
}

Result<Payout> PayoutService::approveVerified(const Actor &actor, const QString &number)
{
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto payout = locked(actor, number, Permission::ReviewPayouts);
    if (!payout)
        return payout.error();
    COFFER_TRY(checkApprovable(actor, *payout));
    COFFER_TRY(recordApproval(actor, *payout, QStringLiteral("normal")));
    COFFER_TRY(move(actor, *payout, PayoutState::Approved, {}, QStringLiteral("payout.approve")));
    COFFER_TRY(transaction.commit());
    return *payout;
}

Result<QList<Payout>> PayoutService::list(const Actor &actor, const PayoutFilter &filter) const
{
    COFFER_TRY(requireEither(actor, PayeeAccess::Read));
    if (actor.may(Permission::ReadBooks))
        return m_payouts.list(actor.merchantId, filter, 0);
    // A payee lists the payouts of the payee bound to them, and no other.
    auto payee = m_payeeRows.byOwnerId(actor.merchantId, actor.payee.ownerId);
    if (!payee)
        return payee.error();
    if (!payee->has_value() || !isOwnPayee(actor, **payee)
        || (!filter.ownerId.isEmpty() && filter.ownerId.trimmed() != actor.payee.ownerId))
        return QList<Payout> {};
    return m_payouts.list(actor.merchantId, filter, (*payee)->id);
}

Result<PayoutDetail> PayoutService::show(const Actor &actor, const QString &number) const
{
    auto payout = reach(actor, number, PayeeAccess::Read, false);
    if (!payout)
        return payout.error();
    PayoutDetail detail;
    detail.payout = *payout;
    auto method = m_methods.byId(actor.merchantId, payout->methodId);
    auto timeline = m_payouts.events(payout->id);
    auto approvals = m_payouts.approvals(payout->id);
    auto attempts = m_payouts.attempts(payout->id);
    auto proofs = m_payouts.proofs(payout->id);
    auto adjustments = m_adjustments.ofPayout(payout->id);
    for (const Status &read : {method ? success() : Status(method.error()),
                               adjustments ? success() : Status(adjustments.error()),
                               timeline ? success() : Status(timeline.error()),
                               approvals ? success() : Status(approvals.error()),
                               attempts ? success() : Status(attempts.error()),
                               proofs ? success() : Status(proofs.error())}) {
        if (!read)
            return read.error();
    }
    if (method->has_value())
        detail.method = **method;
    detail.timeline = *timeline;
    detail.approvals = *approvals;
    detail.attempts = *attempts;
    detail.proofs = *proofs;
    detail.adjustments = *adjustments;
    return detail;
}

Result<QByteArray> PayoutService::proofFile(const Actor &actor, const QString &number,
                                            qint64 documentId) const
{
    auto payout = reach(actor, number, PayeeAccess::Read, false);
    if (!payout)
        return payout.error();
    auto proofs = m_payouts.proofs(payout->id);
    if (!proofs)
        return proofs.error();
    for (const PayoutProof &proof : std::as_const(*proofs)) {
        if (proof.document.id == documentId)
            return m_payouts.documentContent(actor.merchantId, documentId);
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("proof: %1 is not a proof of %2").arg(documentId).arg(number));
}

} // namespace coffer
