#include "common/textrules.h"

#include <QRegularExpression>

namespace coffer {

namespace {

Status checkCharacters(const QString &field, const QString &text, bool multiLine)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool allowedBreak = multiLine && (c == u'\n' || c == u'\t' || c == u'\r');
        if ((c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029))
            && !allowedBreak)
            return makeError(ErrorCode::InvalidText,
                             QStringLiteral("%1: must not contain control characters (U+%2 at "
                                            "position %3)")
                                 .arg(field)
                                 .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                 .arg(i + 1));
    }
    return success();
}

Status checkLength(const QString &field, const QString &text, int maxLength)
{
    if (text.size() > maxLength)
        return makeError(ErrorCode::FieldTooLong,
                         QStringLiteral("%1: must be at most %2 characters (got %3)")
                             .arg(field)
                             .arg(maxLength)
                             .arg(text.size()));
    return success();
}

} // namespace

Status checkName(const QString &field, const QString &text, int maxLength)
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::FieldRequired,
                         QStringLiteral("%1: must not be empty").arg(field));
    COFFER_TRY(checkLength(field, text, maxLength));
    return checkCharacters(field, text, false);
}

Status checkLine(const QString &field, const QString &text, int maxLength)
{
    COFFER_TRY(checkLength(field, text, maxLength));
    return checkCharacters(field, text, false);
}

Status checkNote(const QString &field, const QString &text, int maxLength)
{
    COFFER_TRY(checkLength(field, text, maxLength));
    return checkCharacters(field, text, true);
}

Status checkEmail(const QString &field, const QString &text)
{
    COFFER_TRY(checkLine(field, text, 254));
    static const QRegularExpression shape(
        QStringLiteral("^[\\x21-\\x3f\\x41-\\x7e]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
    if (!text.isEmpty() && !shape.match(text).hasMatch())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1: '%2' is not an address like name@example.com").arg(field, text));
    return success();
}

} // namespace coffer
