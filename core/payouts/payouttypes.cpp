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

QString toCode(AdjustmentClass adjustmentClass)
{
    switch (adjustmentClass) {
    case AdjustmentClass::CarryForwardDeduction: return QStringLiteral("carry_forward_deduction");
    case AdjustmentClass::CarryForwardCredit: return QStringLiteral("carry_forward_credit");
    case AdjustmentClass::InvoiceFee: return QStringLiteral("invoice_fee");
    case AdjustmentClass::ManualRecovery: return QStringLiteral("manual_recovery");
    }
    return {};
}

QString toCode(AdjustmentMode mode)
{
    switch (mode) {
    case AdjustmentMode::Auto: return QStringLiteral("auto");
    case AdjustmentMode::Manual: return QStringLiteral("manual");
    case AdjustmentMode::Exception: return QStringLiteral("exception");
    }
    return {};
}

QList<AdjustmentClass> allAdjustmentClasses()
{
    using enum AdjustmentClass;
    return {CarryForwardDeduction, CarryForwardCredit, InvoiceFee, ManualRecovery};
}

std::optional<AdjustmentClass> adjustmentClassFromText(const QString &text)
{
    for (AdjustmentClass c : allAdjustmentClasses()) {
        if (toCode(c).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

std::optional<AdjustmentMode> adjustmentModeFromText(const QString &text)
{
    for (AdjustmentMode m :
         {AdjustmentMode::Auto, AdjustmentMode::Manual, AdjustmentMode::Exception}) {
        if (toCode(m).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

bool isDeduction(AdjustmentClass adjustmentClass)
{
    return adjustmentClass != AdjustmentClass::CarryForwardCredit;
}

AdjustmentMode defaultMode(AdjustmentClass adjustmentClass)
{
    switch (adjustmentClass) {
    case AdjustmentClass::CarryForwardDeduction:
    case AdjustmentClass::CarryForwardCredit: return AdjustmentMode::Auto;
    case AdjustmentClass::InvoiceFee:
    case AdjustmentClass::ManualRecovery: return AdjustmentMode::Manual;
    }
    return AdjustmentMode::Manual;
}

QString Adjustment::status() const
{
    if (isOpen())
        return QStringLiteral("open");
    return appliedState && holdsFunds(*appliedState) ? QStringLiteral("reserved")
                                                     : QStringLiteral("settled");
}

bool isActive(PayoutState state)
{
    return holdsFunds(state);
}

} // namespace coffer
