// PayoutService: batch approval (one code) and batch processing.
#include "payouts/payoutservice.h"

namespace coffer {

namespace {

PayoutService::BatchOutcome outcomeOf(const QString &number, const Result<Payout> &done)
{
    PayoutService::BatchOutcome outcome;
    outcome.number = number.trimmed();
    if (done)
        outcome.payout = *done;
    else
        outcome.refusal = done.error().toString();
    return outcome;
}

} // namespace

Result<QList<PayoutService::BatchOutcome>>
PayoutService::approveBatch(const Actor &actor, const SignedIn &approver,
                            const QStringList &numbers, const QString &code,
                            const BatchProgress &progress)
{
    COFFER_TRY(actor.require(Permission::ReviewPayouts));
    if (numbers.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("payouts: select the payouts to approve"));
    // Checks that need no code first: a batch none of which could be approved
    // spends no code.
    bool anyApprovable = false;
    for (const QString &number : numbers) {
        auto current = reach(actor, number, PayeeAccess::Read, false);
        anyApprovable |= current && checkApprovable(actor, *current).ok();
    }
    if (!anyApprovable)
        return makeError(ErrorCode::PayoutStateConflict,
                         QStringLiteral("payouts: none of the %1 selected can be approved by %2 "
                                        "(each must be pending and requested by someone else)")
                             .arg(numbers.size())
                             .arg(actor.userName));
    COFFER_TRY(verifyApproverCode(actor, approver, code));
    QList<BatchOutcome> outcomes;
    for (const QString &number : numbers) {
        outcomes.append(outcomeOf(number, approveVerified(actor, number)));
        if (progress)
            progress(int(outcomes.size()), int(numbers.size()));
    }
    return outcomes;
}

QList<PayoutService::BatchOutcome> PayoutService::processBatch(const Actor &actor,
                                                               const QStringList &numbers,
                                                               const BatchProgress &progress)
{
    QList<BatchOutcome> outcomes;
    for (const QString &number : numbers) {
        outcomes.append(outcomeOf(number, process(actor, number)));
        if (progress)
            progress(int(outcomes.size()), int(numbers.size()));
    }
    return outcomes;
}

} // namespace coffer
