#pragma once

#include "common/result.h"
#include "invoices/invoicetypes.h"
#include "printing/pagerenderer.h"

#include <QTextDocument>

#include <memory>

namespace coffer::printing {

// A reminder to one customer about their overdue invoices, as of a date.
struct ReminderLetter
{
    InvoiceParties parties; // the merchant writing and the customer addressed
    QDate asOf; // the day the letter speaks of (days overdue are counted to it)
    QList<Invoice> overdue; // their number, dates, total and outstanding are shown
};

// A polite letter in the customer's language ("en" or "vi"): the overdue invoices
// (number, issue date, due date, total, outstanding, days overdue), the total
// outstanding per currency, and a request to pay.

// As a text document, for print preview and QPrinter (through paintPages with
// reminderPageDecoration). A language other than "en" and "vi" prints in English.
std::unique_ptr<QTextDocument> reminderDocument(const ReminderLetter &letter,
                                                const QString &language);
PageDecoration reminderPageDecoration(const ReminderLetter &letter, const QString &language);

// As an A4 PDF. Errors: InvalidArgument (a language other than "en" and "vi"),
// AmountOverflow (the outstanding amounts do not add up in 64 bits), StorageError
// (the PDF could not be painted).
Result<QByteArray> reminderPdf(const ReminderLetter &letter, const QString &language);

// The same letter as the plain-text body and the subject of an e-mail draft.
QString reminderEmailText(const ReminderLetter &letter, const QString &language);
QString reminderEmailSubject(const ReminderLetter &letter, const QString &language);

} // namespace coffer::printing
