#include "common/textrules.h"

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

} // namespace coffer
