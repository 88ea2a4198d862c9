#include "security/otp.h"

#include "security/base32.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace coffer {

namespace {

QCryptographicHash::Algorithm hashOf(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha1: return QCryptographicHash::Sha1;
    case OtpAlgorithm::Sha256: return QCryptographicHash::Sha256;
    case OtpAlgorithm::Sha512: return QCryptographicHash::Sha512;
    }
    return QCryptographicHash::Sha1;
}

// Compares without stopping at the first difference, so that the time taken says
// nothing about how much of a guess was right.
bool equalInConstantTime(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= char16_t(a.at(i).unicode() ^ b.at(i).unicode());
    return difference == 0;
}

} // namespace

QString toCode(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha1: return QStringLiteral("SHA1");
    case OtpAlgorithm::Sha256: return QStringLiteral("SHA256");
    case OtpAlgorithm::Sha512: return QStringLiteral("SHA512");
    }
    return {};
}

std::optional<OtpAlgorithm> otpAlgorithmFromText(const QString &text)
{
    for (OtpAlgorithm algorithm :
         {OtpAlgorithm::Sha1, OtpAlgorithm::Sha256, OtpAlgorithm::Sha512}) {
        if (text.compare(toCode(algorithm), Qt::CaseInsensitive) == 0
            || text.compare(toCode(algorithm).insert(3, QLatin1Char('-')), Qt::CaseInsensitive)
                == 0)
            return algorithm;
    }
    return std::nullopt;
}

QString hotp(const QByteArray &secret, quint64 counter, int digits, OtpAlgorithm algorithm)
{
    Q_ASSERT(digits == 6 || digits == 8);
    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i) {
        message[i] = char(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(message, secret, hashOf(algorithm));
    // Dynamic truncation (RFC 4226 section 5.3).
    const int offset = quint8(mac.back()) & 0x0f;
    const quint32 binary = (quint32(quint8(mac[offset]) & 0x7f) << 24)
        | (quint32(quint8(mac[offset + 1])) << 16) | (quint32(quint8(mac[offset + 2])) << 8)
        | quint32(quint8(mac[offset + 3]));
    const quint32 modulus = digits == 8 ? 100000000u : 1000000u;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

qint64 totpStep(qint64 unixTime, const TotpParameters &parameters)
{
    Q_ASSERT(parameters.stepSeconds > 0);
    // Floor division: times before t0 would count backwards.
    const qint64 since = unixTime - parameters.t0;
    return since >= 0 ? since / parameters.stepSeconds
                      : -((-since + parameters.stepSeconds - 1) / parameters.stepSeconds);
}

QString totp(const QByteArray &secret, qint64 unixTime, const TotpParameters &parameters)
{
    return hotp(secret, quint64(totpStep(unixTime, parameters)), parameters.digits,
                parameters.algorithm);
}

Result<qint64> verifyTotp(const QByteArray &secret, const QString &code, qint64 unixTime,
                          const TotpParameters &parameters, qint64 lastUsedStep)
{
    const QString typed = code.simplified().remove(QLatin1Char(' '));
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    if (typed.size() != parameters.digits || !digitsOnly.match(typed).hasMatch())
        return makeError(
            ErrorCode::InvalidOtp,
            QStringLiteral("code: a one-time password has %1 digits").arg(parameters.digits));
    const qint64 now = totpStep(unixTime, parameters);
    bool replayed = false;
    // The current step first, then one step of drift either way; every candidate is
    // computed, so the time taken does not say which one matched.
    std::optional<qint64> matched;
    for (qint64 step : {now, now - 1, now + 1}) {
        if (step < 0)
            continue;
        const bool equal = equalInConstantTime(
            hotp(secret, quint64(step), parameters.digits, parameters.algorithm), typed);
        if (!equal || matched)
            continue;
        if (step <= lastUsedStep)
            replayed = true;
        else
            matched = step;
    }
    if (matched)
        return *matched;
    if (replayed)
        return makeError(ErrorCode::OtpReplayed,
                         QStringLiteral("code: this one-time password was used already; wait "
                                        "for the next one"));
    return makeError(ErrorCode::InvalidOtp,
                     QStringLiteral("code: the one-time password is wrong or expired"));
}

QByteArray newOtpSecret(OtpAlgorithm algorithm)
{
    const int length = algorithm == OtpAlgorithm::Sha1 ? 20
        : algorithm == OtpAlgorithm::Sha256            ? 32
                                                       : 64;
    QByteArray secret(length, '\0');
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &byte : secret)
        byte = char(random->bounded(256));
    return secret;
}

QString otpauthUri(const QByteArray &secret, const QString &issuer, const QString &account,
                   const TotpParameters &parameters)
{
    QUrl uri;
    uri.setScheme(QStringLiteral("otpauth"));
    uri.setHost(QStringLiteral("totp"));
    uri.setPath(QLatin1Char('/') + issuer + QLatin1Char(':') + account);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("secret"), base32Encode(secret));
    query.addQueryItem(QStringLiteral("issuer"), issuer);
    query.addQueryItem(QStringLiteral("algorithm"), toCode(parameters.algorithm));
    query.addQueryItem(QStringLiteral("digits"), QString::number(parameters.digits));
    query.addQueryItem(QStringLiteral("period"), QString::number(parameters.stepSeconds));
    uri.setQuery(query);
    return uri.toString(QUrl::FullyEncoded);
}

} // namespace coffer
