#include "printing/reminderfiles.h"

#include "printing/reminderletter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace coffer::printing {

namespace {

// Header text as is when it is plain ASCII, else as RFC 2047 encoded words of at
// most 75 characters (whole UTF-8 characters each), folded onto continuation lines.
QByteArray headerText(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128 && c.unicode() >= 32;
    if (ascii)
        return text.toLatin1();
    QList<QByteArray> words;
    QString chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A surrogate pair stays together.
        const qsizetype step = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString next = chunk + text.mid(i, step);
        // "=?UTF-8?B?" + base64 + "?=": 12 characters around 4/3 of the bytes.
        if (12 + (next.toUtf8().size() + 2) / 3 * 4 > 75 && !chunk.isEmpty()) {
            words << "=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=";
            chunk.clear();
        }
        chunk += text.mid(i, step);
        i += step - 1;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=";
    return words.join("\r\n ");
}

QByteArray wrapped(const QByteArray &base64)
{
    QByteArray out;
    for (qsizetype i = 0; i < base64.size(); i += 76)
        out += base64.mid(i, 76) + "\r\n";
    return out;
}

// "Name <address>" with the name quoted (or encoded when not ASCII), or the bare name
// when there is no address.
QByteArray mailbox(const QString &name, const QString &address)
{
    if (address.isEmpty())
        return {};
    QString quoted = name;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    const QByteArray display
        = headerText(name) == name.toLatin1() ? "\"" + quoted.toLatin1() + "\"" : headerText(name);
    return display + " <" + address.toLatin1() + ">";
}

// "<customer>-reminder-<date>", letters and digits of any script kept; a second
// customer whose name folds to the same stem gets "-2", and so on.
QString fileStem(const QString &customer, const QDate &asOf, QSet<QString> &taken)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    QString safe = customer.simplified();
    safe.replace(unsafe, QStringLiteral("-"));
    const QString base = QStringLiteral("%1-reminder-%2").arg(safe, asOf.toString(Qt::ISODate));
    QString stem = base;
    for (int n = 2; taken.contains(stem.toCaseFolded()); ++n)
        stem = QStringLiteral("%1-%2").arg(base).arg(n);
    taken.insert(stem.toCaseFolded());
    return stem;
}

Status writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("folder: cannot write '%1': %2").arg(path, file.errorString()));
    return success();
}

} // namespace

QByteArray reminderEmail(const QString &from, const QString &to, const QString &subject,
                         const QString &body, const QString &attachmentName, const QByteArray &pdf,
                         const QDateTime &date)
{
    const QByteArray boundary = "coffer-"
        + QCryptographicHash::hash(pdf + subject.toUtf8(), QCryptographicHash::Sha1)
              .toHex()
              .left(24);
    QByteArray text = body.toUtf8();
    text.replace("\r\n", "\n");
    text.replace("\n", "\r\n");
    QByteArray m;
    if (!from.isEmpty()) // a draft without a sender gets the mail program's own
        m += "From: " + from.toUtf8() + "\r\n";
    if (!to.isEmpty()) // without an address the mail program asks for one
        m += "To: " + to.toUtf8() + "\r\n";
    m += "Subject: " + headerText(subject) + "\r\n";
    m += "Date: "
        + QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000")).toLatin1()
        + "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "X-Unsent: 1\r\n";
    m += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: base64\r\n\r\n";
    m += wrapped(text.toBase64());
    m += "--" + boundary + "\r\n";
    m += "Content-Type: application/pdf; name=\"" + attachmentName.toUtf8() + "\"\r\n";
    m += "Content-Disposition: attachment; filename=\"" + attachmentName.toUtf8() + "\"\r\n";
    m += "Content-Transfer-Encoding: base64\r\n\r\n";
    m += wrapped(pdf.toBase64());
    m += "--" + boundary + "--\r\n";
    return m;
}

Result<QStringList> writeReminderFiles(const QList<OverdueNotice> &notices, const QDate &asOf,
                                       const QString &folder)
{
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("folder: cannot create '%1'").arg(folder));
    QStringList written;
    QSet<QString> taken;
    for (const OverdueNotice &notice : notices) {
        const ReminderLetter letter {notice.parties, asOf, notice.overdue};
        const QString language = notice.parties.language;
        auto pdf = reminderPdf(letter, language);
        if (!pdf)
            return pdf.error();
        const QString stem = fileStem(notice.customer.name, asOf, taken);
        const QString pdfPath = QDir(folder).filePath(stem + QStringLiteral(".pdf"));
        COFFER_TRY(writeFile(pdfPath, *pdf));
        written << pdfPath;
        const QString from = QString::fromLatin1(
            mailbox(notice.parties.merchantName, notice.parties.merchantEmail));
        const QString to
            = QString::fromLatin1(mailbox(notice.customer.name, notice.customer.email));
        const QByteArray email = reminderEmail(
            from, to, reminderEmailSubject(letter, language), reminderEmailText(letter, language),
            stem + QStringLiteral(".pdf"), *pdf, asOf.startOfDay(Qt::UTC).addSecs(9 * 3600));
        const QString emlPath = QDir(folder).filePath(stem + QStringLiteral(".eml"));
        COFFER_TRY(writeFile(emlPath, email));
        written << emlPath;
    }
    return written;
}

} // namespace coffer::printing
