#include "invoices/customertexts.h"

#include <QLocale>

namespace coffer::ui {

QString CustomerTexts::terms(int days)
{
    if (days == 0)
        return tr("Due on receipt");
    if (days == 1)
        return tr("Net 1 day");
    return tr("Net %1 days").arg(days);
}

QString CustomerTexts::cycle(BillingCycle cycle)
{
    switch (cycle) {
    case BillingCycle::None: return tr("None");
    case BillingCycle::Monthly: return tr("Monthly");
    }
    return {};
}

QString CustomerTexts::taxMode(TaxMode mode)
{
    switch (mode) {
    case TaxMode::Exclusive: return tr("Exclusive of tax");
    case TaxMode::Inclusive: return tr("Inclusive of tax");
    }
    return {};
}

QString CustomerTexts::taxRounding(TaxRounding rounding)
{
    switch (rounding) {
    case TaxRounding::PerLine: return tr("Per line");
    case TaxRounding::PerInvoice: return tr("Per invoice");
    }
    return {};
}

QString CustomerTexts::lineKind(CustomerLineKind kind)
{
    switch (kind) {
    case CustomerLineKind::Invoice: return tr("Invoice");
    case CustomerLineKind::Payment: return tr("Payment");
    case CustomerLineKind::Refund: return tr("Refund");
    case CustomerLineKind::Adjustment: return tr("Adjustment");
    case CustomerLineKind::CreditNote: return tr("Credit note");
    }
    return {};
}

QString CustomerTexts::balance(const Money &balance)
{
    if (balance.isNegative())
        return tr("Credit %1").arg(Money(-balance.minorUnits(), balance.currency()).format());
    return balance.format();
}

QString CustomerTexts::signedAmount(const Money &amount)
{
    if (!amount.isNegative())
        return amount.format();
    return QChar(0x2212) + Money(-amount.minorUnits(), amount.currency()).format();
}

QString CustomerTexts::reference(const CustomerLedgerLine &line)
{
    if (line.referenceType == QLatin1String("Payment"))
        return tr("Payment #%1").arg(line.referenceId);
    if (line.referenceType == QLatin1String("Transaction"))
        return tr("Entry #%1").arg(line.referenceId);
    return line.referenceId; // an invoice or credit note: its number
}

QString CustomerTexts::daysLate(const QDate &due, const QDate &today)
{
    const qint64 days = due.isValid() ? due.daysTo(today) : 0;
    return days > 0 ? QLocale().toString(days) : QString();
}

QString CustomerTexts::date(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace coffer::ui
