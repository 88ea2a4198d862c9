#pragma once

#include <QString>
#include <QStringList>

namespace coffer::printing {

// The words of printed documents in one language. A document carries its own
// language (an invoice speaks the book's or the customer's language, not the app's),
// so these are a table per language rather than tr() strings. Texts with %1, %2 take
// arguments as QString::arg does.
struct PrintLabels
{
    // Formats
    QString dateFormat; // QLocale::toString(QDate, format): "d MMM yyyy", "dd/MM/yyyy"
    QString page; // "Page %1 of %2"
    QString draft; // the marker of a draft (a document without a number)

    // The merchant and the customer
    QString taxId;
    QString email;
    QString billTo;

    // Invoice and credit note heading
    QString invoiceTitle;
    QString creditNoteTitle;
    QString cancels; // "Cancels %1" (the cancelled invoice's number)
    QString number;
    QString issueDate;
    QString dueDate;
    QString paymentTerms;
    QString termsDays; // "Net %1 days"
    QString termsOneDay; // "Net 1 day"
    QString termsOnReceipt; // 0 days

    // The lines table
    QString lineNumber;
    QString description;
    QString quantity;
    QString unitPrice;
    QString discount;
    QString taxRate;
    QString amount; // net, for prices without tax
    QString amountWithTax; // gross, for prices with tax included
    QString pricesIncludeTax; // a sentence under the lines of an inclusive invoice

    // Tax breakdown and totals
    QString taxSummary;
    QString rate;
    QString taxBase;
    QString tax;
    QString subtotal;
    QString taxTotal;
    QString total;
    QString paid;
    QString amountDue;
    QString note;

    // Payment receipt
    QString receiptTitle;
    QString receiptNumber;
    QString receivedFrom;
    QString paymentDate;
    QString paymentMethod;
    QString paymentReference;
    QString amountReceived;
    QString allocations;
    QString invoice;
    QString amountApplied;
    QString unallocated;
    QString unallocatedExplained;
    QString receiptThanks;

    // Reminder letter
    QString reminderTitle;
    QString letterDate;
    QString greeting; // "Dear %1,"
    QString reminderIntro; // %1: the date the letter is written as of
    QString overdueInvoice;
    QString outstanding;
    QString daysOverdue;
    QString totalOutstanding;
    QString reminderRequest;
    QString reminderQuestions;
    QString closing;
    QString emailSubject; // %1: the merchant's name
};

// "en" and "vi".
QStringList printLanguages();
bool isPrintLanguage(const QString &language);

// The labels of `language`; English for a language Coffer does not print in.
const PrintLabels &labelsFor(const QString &language);

} // namespace coffer::printing
