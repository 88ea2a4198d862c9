#include "printing/reminderfiles.h"

#include "printing/reminderletter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

namespace coffer::printing {

namespace {

// An RFC 2047 encoded word when the text is not plain ASCII.
QByteArray headerText(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
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

QString fileStem(const QString &customer, const QDate &asOf)
{
    QString safe = customer.simplified();
    safe.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    return QStringLiteral("%1-reminder-%2").arg(safe, asOf.toString(Qt::ISODate));
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
    for (const OverdueNotice &notice : notices) {
        const ReminderLetter letter {notice.parties, asOf, notice.overdue};
        const QString language = notice.parties.language;
        auto pdf = reminderPdf(letter, language);
        if (!pdf)
            return pdf.error();
        const QString stem = fileStem(notice.customer.name, asOf);
        const QString pdfPath = QDir(folder).filePath(stem + QStringLiteral(".pdf"));
        COFFER_TRY(writeFile(pdfPath, *pdf));
        written << pdfPath;
        const QString from = QString::fromLatin1(
            mailbox(notice.parties.merchantName, notice.parties.merchantEmail));
        const QString to = notice.customer.email.isEmpty()
            ? QString::fromLatin1(headerText(notice.customer.name))
            : QString::fromLatin1(mailbox(notice.customer.name, notice.customer.email));
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
