#include "invoices/invoicetexts.h"

#include <QColor>
#include <QLocale>
#include <QPalette>

namespace coffer::ui {

QString InvoiceTexts::stateName(InvoiceDisplayState state)
{
    switch (state) {
    case InvoiceDisplayState::Draft: return tr("Draft");
    case InvoiceDisplayState::Issued: return tr("Issued");
    case InvoiceDisplayState::PartlyPaid: return tr("Partly paid");
    case InvoiceDisplayState::Paid: return tr("Paid");
    case InvoiceDisplayState::Overdue: return tr("Overdue");
    case InvoiceDisplayState::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString InvoiceTexts::kindName(InvoiceKind kind)
{
    return kind == InvoiceKind::CreditNote ? tr("Credit note") : tr("Invoice");
}

QString InvoiceTexts::label(const Invoice &invoice)
{
    return invoice.number.isEmpty() ? tr("Draft %1").arg(invoice.id) : invoice.number;
}

QString InvoiceTexts::age(const Invoice &invoice, const QDate &today)
{
    if (!isOpen(invoice) || !invoice.dueDate.isValid())
        return {};
    const int late = daysLate(invoice, today);
    if (late == 1)
        return tr("1 day late");
    if (late > 1)
        return tr("%1 days late").arg(late);
    if (late == 0)
        return tr("due today");
    if (late == -1)
        return tr("due tomorrow");
    return tr("due in %1 days").arg(-late);
}

QString InvoiceTexts::billingNote(const QString &note)
{
    if (note == QLatin1String("nothing to bill"))
        return tr("nothing to bill");
    if (note == QLatin1String("already billed"))
        return tr("already billed");
    return note;
}

QString InvoiceTexts::money(const Money &amount)
{
    if (!amount.currency().isValid())
        return QStringLiteral("—");
    return amount.format(QLocale());
}

bool isOpen(const Invoice &invoice)
{
    return invoice.kind == InvoiceKind::Invoice
        && (invoice.state == InvoiceState::Issued || invoice.state == InvoiceState::Overdue)
        && invoice.outstanding().isPositive();
}

int daysLate(const Invoice &invoice, const QDate &today)
{
    return invoice.dueDate.isValid() ? int(invoice.dueDate.daysTo(today)) : 0;
}

QColor stateColor(InvoiceDisplayState state, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (state) {
    case InvoiceDisplayState::Overdue:
        return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb3, 0x26, 0x1e);
    case InvoiceDisplayState::Paid:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x7b, 0x34);
    case InvoiceDisplayState::PartlyPaid:
        return dark ? QColor(0xfd, 0xd6, 0x63) : QColor(0x8a, 0x5a, 0x00);
    case InvoiceDisplayState::Draft:
    case InvoiceDisplayState::Cancelled: return palette.color(QPalette::Disabled, QPalette::Text);
    case InvoiceDisplayState::Issued: break;
    }
    return {};
}

} // namespace coffer::ui
