#include "printing/reminderletter.h"

#include "printing/documentparts.h"
#include "printing/printformat.h"

#include <QTextTable>

namespace coffer::printing {

namespace {

qint64 daysOverdue(const Invoice &invoice, const ReminderLetter &letter)
{
    const QDate due = effectiveDueDate(invoice, letter.parties.termsDays);
    return due.isValid() ? qMax<qint64>(0, due.daysTo(letter.asOf)) : 0;
}

// What the customer owes over the overdue invoices, one amount per currency in the
// order the currencies first appear. Error: AmountOverflow.
Result<QList<Money>> totalsOutstanding(const QList<Invoice> &overdue)
{
    QList<Money> totals;
    for (const Invoice &invoice : overdue) {
        const Money outstanding = invoice.outstanding();
        auto same = std::find_if(totals.begin(), totals.end(), [&](const Money &total) {
            return total.currency() == outstanding.currency();
        });
        if (same == totals.end()) {
            totals.append(outstanding);
            continue;
        }
        const Result<Money> sum = same->plus(outstanding);
        COFFER_TRY(sum);
        *same = sum.value();
    }
    return totals;
}

QString letterTitle(const ReminderLetter &letter, const DocumentLocale &locale)
{
    return QStringLiteral("%1 %2 %3")
        .arg(locale.labels().reminderTitle, letter.parties.customerName, locale.date(letter.asOf));
}

QStringList invoiceCells(const Invoice &invoice, const ReminderLetter &letter,
                         const DocumentLocale &locale)
{
    return {invoice.number,
            locale.date(invoice.issueDate),
            locale.date(effectiveDueDate(invoice, letter.parties.termsDays)),
            locale.money(invoice.total),
            locale.money(invoice.outstanding()),
            locale.locale().toString(daysOverdue(invoice, letter))};
}

QList<Column> invoiceColumns(const PrintLabels &labels)
{
    return {
        {labels.overdueInvoice, 0, Qt::AlignLeft}, {labels.issueDate, 12, Qt::AlignLeft},
        {labels.dueDate, 15, Qt::AlignLeft},       {labels.total, 17, Qt::AlignRight},
        {labels.outstanding, 17, Qt::AlignRight},  {labels.daysOverdue, 16, Qt::AlignRight},
    };
}

void appendAddress(QTextCursor &cursor, const ReminderLetter &letter, const DocumentLocale &locale)
{
    appendCustomerBlock(cursor, QString(), letter.parties, locale, 22);
    appendParagraph(cursor,
                    locale.labels().letterDate + QStringLiteral(": ") + locale.date(letter.asOf),
                    textFormat(), Qt::AlignRight, 10);
}

void insertInvoices(QTextCursor &cursor, const ReminderLetter &letter, const DocumentLocale &locale)
{
    const QList<Column> columns = invoiceColumns(locale.labels());
    QTextTable *table = insertRuledTable(cursor, columns, int(letter.overdue.size()));
    spaceBefore(table, 10);
    for (int row = 0; row < letter.overdue.size(); ++row) {
        const QStringList cells = invoiceCells(letter.overdue[row], letter, locale);
        for (int column = 0; column < cells.size(); ++column)
            setRuledCell(table, columns, row + 1, column, cells[column]);
    }
    moveAfter(cursor, table);
}

void insertTotal(QTextCursor &cursor, const ReminderLetter &letter, const DocumentLocale &locale)
{
    const Result<QList<Money>> totals = totalsOutstanding(letter.overdue);
    if (!totals)
        return; // reminderPdf reports the overflow; a preview shows the rows
    QList<Field> fields;
    for (const Money &total : totals.value())
        fields.append({locale.labels().totalOutstanding, locale.money(total), Field::Total});
    QTextTable *table = insertFieldTable(cursor, fields, {60, 40}, 60, Qt::AlignRight, true);
    spaceBefore(table, 8);
    moveAfter(cursor, table);
}

void appendBody(QTextCursor &cursor, const QString &text)
{
    appendParagraph(cursor, text, textFormat(look::bodyPoints + 0.5), Qt::AlignLeft, 10);
}

void appendClosing(QTextCursor &cursor, const ReminderLetter &letter, const DocumentLocale &locale)
{
    appendBody(cursor, locale.labels().reminderRequest);
    appendBody(cursor, locale.labels().reminderQuestions);
    appendParagraph(cursor, locale.labels().closing, textFormat(look::bodyPoints + 0.5),
                    Qt::AlignLeft, 18);
    appendParagraph(cursor, letter.parties.merchantName, textFormat(look::bodyPoints + 0.5, true),
                    Qt::AlignLeft, 6);
}

QString emailInvoiceLine(const Invoice &invoice, const ReminderLetter &letter,
                         const DocumentLocale &locale)
{
    const PrintLabels &labels = locale.labels();
    const QStringList cells = invoiceCells(invoice, letter, locale);
    return QStringLiteral("- %1: %2 %3; %4 %5; %6 %7; %8 %9; %10 %11")
        .arg(cells[0], labels.issueDate, cells[1], labels.dueDate, cells[2], labels.total, cells[3],
             labels.outstanding, cells[4])
        .arg(labels.daysOverdue, cells[5]);
}

} // namespace

std::unique_ptr<QTextDocument> reminderDocument(const ReminderLetter &letter,
                                                const QString &language)
{
    const DocumentLocale locale(language);
    const PrintLabels &labels = locale.labels();
    auto document = newPrintDocument(letterTitle(letter, locale));
    QTextCursor cursor(document.get());
    insertMerchantHeading(cursor, letter.parties, locale);
    appendAddress(cursor, letter, locale);
    appendParagraph(cursor, labels.reminderTitle, textFormat(look::titlePoints, true, look::accent),
                    Qt::AlignLeft, 20);
    appendBody(cursor, labels.greeting.arg(letter.parties.customerName));
    appendBody(cursor, labels.reminderIntro.arg(locale.date(letter.asOf)));
    insertInvoices(cursor, letter, locale);
    insertTotal(cursor, letter, locale);
    appendClosing(cursor, letter, locale);
    return document;
}

PageDecoration reminderPageDecoration(const ReminderLetter &letter, const QString &language)
{
    const DocumentLocale locale(language);
    return PageDecoration {
        .footerLeft
        = letter.parties.merchantName + QStringLiteral(" · ") + letterTitle(letter, locale),
        .pageText = locale.labels().page,
        .watermark = {},
    };
}

Result<QByteArray> reminderPdf(const ReminderLetter &letter, const QString &language)
{
    COFFER_TRY(checkPrintLanguage(language));
    COFFER_TRY(totalsOutstanding(letter.overdue));
    const std::unique_ptr<QTextDocument> document = reminderDocument(letter, language);
    return renderPdf(*document, letterTitle(letter, DocumentLocale(language)),
                     reminderPageDecoration(letter, language));
}

QString reminderEmailText(const ReminderLetter &letter, const QString &language)
{
    const DocumentLocale locale(language);
    const PrintLabels &labels = locale.labels();
    QStringList text {labels.greeting.arg(letter.parties.customerName), QString(),
                      labels.reminderIntro.arg(locale.date(letter.asOf)), QString()};
    for (const Invoice &invoice : letter.overdue)
        text.append(emailInvoiceLine(invoice, letter, locale));
    const Result<QList<Money>> totals = totalsOutstanding(letter.overdue);
    if (totals) {
        text.append(QString());
        for (const Money &total : totals.value())
            text.append(labels.totalOutstanding + QStringLiteral(": ") + locale.money(total));
    }
    text << QString() << labels.reminderRequest << QString() << labels.reminderQuestions
         << QString() << labels.closing << letter.parties.merchantName;
    // Plain text wraps where the reader's mail program likes: plain spaces only.
    QString body = text.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return body.replace(QChar::Nbsp, QLatin1Char(' '));
}

QString reminderEmailSubject(const ReminderLetter &letter, const QString &language)
{
    return labelsFor(language).emailSubject.arg(letter.parties.merchantName);
}

} // namespace coffer::printing
