#pragma once

#include "invoices/invoicetypes.h"
#include "printing/printlabels.h"

#include <QLocale>

namespace coffer::printing {

// How a document in one language writes amounts, dates, quantities and rates:
// English (United States) or Vietnamese (Vietnam) number and date conventions,
// whatever the app's own locale is.
class DocumentLocale
{
public:
    // `language`: "en" or "vi"; English for any other.
    explicit DocumentLocale(const QString &language);

    const PrintLabels &labels() const { return *m_labels; }
    const QLocale &locale() const { return m_locale; }

    // "1,234.50 USD", "1.234.500 VND", with a no-break space before the code so that
    // a narrow column never splits an amount from its currency.
    QString money(const Money &amount) const;
    QString date(const QDate &date) const; // "22 Nov 2026", "22/11/2026"; "" when null
    // Quantities and rates keep their exact decimals, with the language's decimal
    // point: "2.5" / "2,5" (in Vietnamese "1.125" would read as a thousand).
    QString quantity(qint64 millionths) const;
    QString percent(qint64 partsPerMillion) const; // "8.25 %", "8,25 %"
    QString paymentTerms(int termsDays) const; // "Net 30 days"

private:
    QString localDecimal(QString text) const;

    const PrintLabels *m_labels;
    QLocale m_locale;
};

// Error: InvalidArgument for a language Coffer does not print in (not "en", "vi").
Status checkPrintLanguage(const QString &language);

// The date an invoice is due: its own due date, else its issue date plus the terms
// (null for a draft without either).
QDate effectiveDueDate(const Invoice &invoice, int termsDays);

} // namespace coffer::printing
