#include "invoices/invoicetypes.h"

namespace coffer {

namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> fromCodes(const QString &text, const std::array<Enum, N> &values)
{
    for (Enum value : values) {
        if (toCode(value) == text)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString toCode(BillingCycle cycle)
{
    return cycle == BillingCycle::Monthly ? QStringLiteral("monthly") : QStringLiteral("none");
}

std::optional<BillingCycle> billingCycleFromText(const QString &text)
{
    return fromCodes(text, std::array {BillingCycle::None, BillingCycle::Monthly});
}

QString toCode(CustomerLineKind kind)
{
    switch (kind) {
    case CustomerLineKind::Invoice: return QStringLiteral("invoice");
    case CustomerLineKind::Payment: return QStringLiteral("payment");
    case CustomerLineKind::Refund: return QStringLiteral("refund");
    case CustomerLineKind::Adjustment: return QStringLiteral("adjustment");
    case CustomerLineKind::CreditNote: return QStringLiteral("credit_note");
    }
    return {};
}

std::optional<CustomerLineKind> customerLineKindFromText(const QString &text)
{
    return fromCodes(text,
                     std::array {CustomerLineKind::Invoice, CustomerLineKind::Payment,
                                 CustomerLineKind::Refund, CustomerLineKind::Adjustment,
                                 CustomerLineKind::CreditNote});
}

QString toCode(InvoiceKind kind)
{
    return kind == InvoiceKind::CreditNote ? QStringLiteral("credit_note")
                                           : QStringLiteral("invoice");
}

QString toCode(InvoiceState state)
{
    switch (state) {
    case InvoiceState::Draft: return QStringLiteral("draft");
    case InvoiceState::Issued: return QStringLiteral("issued");
    case InvoiceState::Paid: return QStringLiteral("paid");
    case InvoiceState::Overdue: return QStringLiteral("overdue");
    case InvoiceState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString toCode(InvoiceDisplayState state)
{
    switch (state) {
    case InvoiceDisplayState::Draft: return QStringLiteral("draft");
    case InvoiceDisplayState::Issued: return QStringLiteral("issued");
    case InvoiceDisplayState::PartlyPaid: return QStringLiteral("partly_paid");
    case InvoiceDisplayState::Paid: return QStringLiteral("paid");
    case InvoiceDisplayState::Overdue: return QStringLiteral("overdue");
    case InvoiceDisplayState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<InvoiceKind> invoiceKindFromText(const QString &text)
{
    return fromCodes(text, std::array {InvoiceKind::Invoice, InvoiceKind::CreditNote});
}

std::optional<InvoiceState> invoiceStateFromText(const QString &text)
{
    return fromCodes(text,
                     std::array {InvoiceState::Draft, InvoiceState::Issued, InvoiceState::Paid,
                                 InvoiceState::Overdue, InvoiceState::Cancelled});
}

std::optional<InvoiceDisplayState> invoiceDisplayStateFromText(const QString &text)
{
    return fromCodes(text,
                     std::array {InvoiceDisplayState::Draft, InvoiceDisplayState::Issued,
                                 InvoiceDisplayState::PartlyPaid, InvoiceDisplayState::Paid,
                                 InvoiceDisplayState::Overdue, InvoiceDisplayState::Cancelled});
}

Money Invoice::outstanding() const
{
    const bool open = kind == InvoiceKind::Invoice
        && (state == InvoiceState::Issued || state == InvoiceState::Overdue);
    return Money(open ? total.minorUnits() - paid.minorUnits() : 0, currency);
}

InvoiceDisplayState Invoice::displayState() const
{
    switch (state) {
    case InvoiceState::Draft: return InvoiceDisplayState::Draft;
    case InvoiceState::Paid: return InvoiceDisplayState::Paid;
    case InvoiceState::Cancelled: return InvoiceDisplayState::Cancelled;
    case InvoiceState::Overdue: return InvoiceDisplayState::Overdue;
    case InvoiceState::Issued: break;
    }
    return paid.isPositive() && paid.minorUnits() < total.minorUnits()
        ? InvoiceDisplayState::PartlyPaid
        : InvoiceDisplayState::Issued;
}

} // namespace coffer
