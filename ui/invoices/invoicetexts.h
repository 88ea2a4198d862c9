#pragma once

#include "invoices/invoicetypes.h"

#include <QCoreApplication>
#include <QString>

class QColor;
class QPalette;

namespace coffer::ui {

// How invoices read on screen, in the app's language: states, kinds, what the
// billing job says, and how late an invoice is.
class InvoiceTexts
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceTexts)

public:
    static QString stateName(InvoiceDisplayState state);
    static QString kindName(InvoiceKind kind);
    // The number, or "Draft 12" while it has none.
    static QString label(const Invoice &invoice);
    // "12 days late", "due today", "due in 3 days"; empty when nothing is owed.
    static QString age(const Invoice &invoice, const QDate &today);
    // The billing job's note ("nothing to bill", "already billed") translated.
    static QString billingNote(const QString &note);
    // Money amounts in the user's locale: "1,234.50 USD"; "—" for an invalid one.
    static QString money(const Money &amount);
};

// An invoice that the customer still owes something on (issued or overdue, not fully
// paid; credit notes owe nothing).
bool isOpen(const Invoice &invoice);
// Days past the due date on `today` (0 or less: not yet due).
int daysLate(const Invoice &invoice, const QDate &today);
// A subtle text colour for the state, readable on the palette's base colour: red-ish
// for overdue, green-ish for paid, muted for drafts and cancelled ones; invalid: the
// view's own.
QColor stateColor(InvoiceDisplayState state, const QPalette &palette);

} // namespace coffer::ui
