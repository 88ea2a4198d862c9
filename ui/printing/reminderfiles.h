#pragma once

#include "invoices/invoiceservice.h"

namespace coffer::printing {

// Writes what the overdue run produced for each customer into `folder` (made when
// missing): a reminder letter, "<customer>-reminder-<date>.pdf", and an e-mail draft,
// "<customer>-reminder-<date>.eml" (RFC 5322, the letter attached, marked unsent so
// mail programs open it for editing). Returns the paths written. Errors:
// InvalidArgument (the folder or a file cannot be written), the renderer's.
Result<QStringList> writeReminderFiles(const QList<OverdueNotice> &notices, const QDate &asOf,
                                       const QString &folder);

// The e-mail draft: headers, a text/plain body and the PDF as a base64 attachment.
// `from` and `to` are header-ready mailboxes (an empty `from` is left out).
QByteArray reminderEmail(const QString &from, const QString &to, const QString &subject,
                         const QString &body, const QString &attachmentName, const QByteArray &pdf,
                         const QDateTime &date);

} // namespace coffer::printing
