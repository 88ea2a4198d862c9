#include "payouts/payouttypes.h"

namespace coffer {

QString toCode(PayoutState state)
{
    switch (state) {
    case PayoutState::Pending: return QStringLiteral("pending");
    case PayoutState::AwaitingExceptionApproval:
        return QStringLiteral("awaiting_exception_approval");
    case PayoutState::Approved: return QStringLiteral("approved");
    case PayoutState::InTransit: return QStringLiteral("in_transit");
    case PayoutState::Paid: return QStringLiteral("paid");
    case PayoutState::AwaitingReconciliation: return QStringLiteral("awaiting_reconciliation");
    case PayoutState::Failed: return QStringLiteral("failed");
    case PayoutState::Canceled: return QStringLiteral("canceled");
    case PayoutState::Reversed: return QStringLiteral("reversed");
    }
    return {};
}

QList<PayoutState> allPayoutStates()
{
    using enum PayoutState;
    return {Pending, AwaitingExceptionApproval, Approved, InTransit,
            Paid,    AwaitingReconciliation,    Failed,   Canceled,
            Reversed};
}

std::optional<PayoutState> payoutStateFromText(const QString &text)
{
    for (PayoutState state : allPayoutStates()) {
        if (toCode(state).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return state;
    }
    return std::nullopt;
}

bool mayMove(PayoutState from, PayoutState to)
{
    using enum PayoutState;
    switch (from) {
    case Pending: return to == AwaitingExceptionApproval || to == Approved || to == Canceled;
    case AwaitingExceptionApproval: return to == Pending || to == Canceled;
    case Approved: return to == InTransit || to == Canceled || to == Pending; // Pending: voided
    case InTransit:
        return to == Paid || to == AwaitingReconciliation || to == Failed || to == Approved;
    case Paid: return to == Reversed || to == Failed;
    case AwaitingReconciliation: return to == Paid || to == Reversed || to == Failed;
    case Failed:
    case Canceled:
    case Reversed: return false;
    }
    return false;
}

bool holdsFunds(PayoutState state)
{
    using enum PayoutState;
    return state == Pending || state == AwaitingExceptionApproval || state == Approved
        || state == InTransit || state == AwaitingReconciliation;
}

bool isActive(PayoutState state)
{
    return holdsFunds(state);
}

} // namespace coffer
