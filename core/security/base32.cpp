#include "security/base32.h"

namespace coffer {

namespace {

const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

} // namespace

QString base32Encode(const QByteArray &bytes, bool padded)
{
    QString text;
    text.reserve((bytes.size() + 4) / 5 * 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            text += QLatin1Char(alphabet[(buffer >> bits) & 31]);
        }
    }
    if (bits > 0)
        text += QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]);
    while (padded && text.size() % 8 != 0)
        text += QLatin1Char('=');
    return text;
}

Result<QByteArray> base32Decode(const QString &text)
{
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    bool padding = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i).toUpper();
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        if (c == QLatin1Char('=')) {
            padding = true;
            continue;
        }
        int value = -1;
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            value = c.unicode() - 'A';
        else if (c >= QLatin1Char('2') && c <= QLatin1Char('7'))
            value = c.unicode() - '2' + 26;
        if (value < 0 || padding)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("secret: '%1' at position %2 is not base32 "
                                            "(A-Z and 2-7)")
                                 .arg(text.at(i))
                                 .arg(i + 1));
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(char((buffer >> bits) & 0xff));
        }
    }
    return bytes;
}

} // namespace coffer
