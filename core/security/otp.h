#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace coffer {

// One-time passwords: HOTP (RFC 4226) and TOTP (RFC 6238) with SHA-1, SHA-256 or
// SHA-512, 6 or 8 digits.
enum class OtpAlgorithm
{
    Sha1,
    Sha256,
    Sha512
};

QString toCode(OtpAlgorithm algorithm); // "SHA1", "SHA256", "SHA512"
std::optional<OtpAlgorithm> otpAlgorithmFromText(const QString &text);

struct TotpParameters
{
    OtpAlgorithm algorithm = OtpAlgorithm::Sha1;
    int digits = 6; // 6 or 8
    int stepSeconds = 30;
    qint64 t0 = 0; // Unix time the steps count from
};

// The HOTP value of `counter`, zero-padded to `digits`.
QString hotp(const QByteArray &secret, quint64 counter, int digits,
             OtpAlgorithm algorithm = OtpAlgorithm::Sha1);
// The TOTP step of a Unix time, and its value.
qint64 totpStep(qint64 unixTime, const TotpParameters &parameters);
QString totp(const QByteArray &secret, qint64 unixTime, const TotpParameters &parameters);

// Checks a code typed by the user at `unixTime`: the current step or one step either
// side (clock drift) is accepted, but never a step at or before `lastUsedStep`, so
// a code cannot be used twice. Returns the step it matched, to be remembered as the
// new last used step. Errors: InvalidOtp (not a code of 6 or 8 digits, or no match
// within the drift), OtpReplayed (it matched a step already used).
Result<qint64> verifyTotp(const QByteArray &secret, const QString &code, qint64 unixTime,
                          const TotpParameters &parameters, qint64 lastUsedStep);

// A new random secret of the length RFC 6238 uses for the algorithm (20, 32 or 64
// bytes), from the operating system's random source.
QByteArray newOtpSecret(OtpAlgorithm algorithm);

// The otpauth:// URI an authenticator app reads from a QR code.
QString otpauthUri(const QByteArray &secret, const QString &issuer, const QString &account,
                   const TotpParameters &parameters);

} // namespace coffer
