#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace coffer {

// RFC 4648 base32, the alphabet authenticator apps use for secrets.
// Encoding writes upper case; `padded` adds '=' to a multiple of 8 characters.
QString base32Encode(const QByteArray &bytes, bool padded = false);
// Accepts upper or lower case, spaces and dashes between groups, with or without
// '=' padding. Error: InvalidArgument naming the first character that is not base32.
Result<QByteArray> base32Decode(const QString &text);

} // namespace coffer
