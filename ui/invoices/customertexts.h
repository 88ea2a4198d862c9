#pragma once

#include "invoices/invoicetypes.h"

#include <QCoreApplication>

namespace coffer::ui {

// How the customer screens word a customer's settings and figures, in the user's
// language.
class CustomerTexts
{
    Q_DECLARE_TR_FUNCTIONS(coffer::ui::CustomerTexts)

public:
    // "Net 14 days"; "Due on receipt" for 0.
    static QString terms(int days);
    static QString cycle(BillingCycle cycle);
    static QString taxMode(TaxMode mode);
    static QString taxRounding(TaxRounding rounding);
    static QString lineKind(CustomerLineKind kind);
    // What the customer owes ("12.00 USD"), or the credit held for them ("Credit
    // 12.00 USD") when the balance is negative.
    static QString balance(const Money &balance);
    // An amount with a typographic minus ("−40.00 USD"), easier to read in a column
    // than a hyphen.
    static QString signedAmount(const Money &amount);
    // What a ledger line refers to: the invoice number, "Payment #3", "Entry #12".
    static QString reference(const CustomerLedgerLine &line);
    // Whole days from `due` to `today` when positive, else empty.
    static QString daysLate(const QDate &due, const QDate &today);
    static QString date(const QDate &date);
};

} // namespace coffer::ui
