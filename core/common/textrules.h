#pragma once

#include "common/result.h"

namespace coffer {

// Rules for free text that users type. Text is always bound as a SQL parameter,
// so quotes and other SQL metacharacters are stored verbatim and harmlessly;
// control characters are refused because they corrupt listings and exports.

// A required single-line name: not blank, at most maxLength characters, no
// control characters. Errors: FieldRequired, FieldTooLong, InvalidText.
Status checkName(const QString &field, const QString &text, int maxLength = 100);
// Optional single-line text (empty allowed).
Status checkLine(const QString &field, const QString &text, int maxLength);
// An optional e-mail address: empty, or like name@example.com in ASCII (mail
// headers carry it as is). Errors: FieldTooLong, InvalidText, InvalidArgument.
Status checkEmail(const QString &field, const QString &text);
// Optional multi-line text: tabs and line breaks allowed.
Status checkNote(const QString &field, const QString &text, int maxLength = 2000);

} // namespace coffer
