// UserService: sign-in, one's own password and one-time passwords.
#include "audit/auditlog.h"
#include "security/base32.h"
#include "security/secretbox.h"
#include "users/userservice.h"

namespace coffer {

namespace {

Error signInFailed()
{
    return makeError(ErrorCode::SignInFailed,
                     QStringLiteral("sign-in: the name or the password is wrong"));
}

Actor selfActor(const StoredUser &stored)
{
    return Actor {0, stored.user.name, stored.user.id, {}, {}};
}

} // namespace

Status UserService::checkAttemptAllowed(const StoredUser &stored) const
{
    const QDateTime at = now();
    if (stored.user.isLockedAt(at))
        return makeError(ErrorCode::UserLocked,
                         QStringLiteral("sign-in: %1 is locked until %2 UTC after %3 failed "
                                        "attempts; an admin can unlock it sooner")
                             .arg(stored.user.name,
                                  stored.user.lockedUntil.toString(QStringLiteral("yyyy-MM-dd "
                                                                                  "HH:mm")))
                             .arg(stored.user.failedSignIns));
    const int wait = backoffSeconds(stored.user.failedSignIns);
    const QDateTime next = stored.lastFailedAt.addSecs(wait);
    if (wait > 0 && stored.lastFailedAt.isValid() && next > at)
        return makeError(ErrorCode::SignInThrottled,
                         QStringLiteral("sign-in: %1 failed attempts in a row; try again in %2 s")
                             .arg(stored.user.failedSignIns)
                             .arg(qMax<qint64>(1, (at.msecsTo(next) + 999) / 1000)));
    return success();
}

Status UserService::countFailure(StoredUser &stored, const Error &failure,
                                 WriteTransaction &transaction)
{
    const QDateTime at = now();
    stored.user.failedSignIns += 1;
    stored.lastFailedAt = at;
    const bool locks = stored.user.failedSignIns >= lockAfterFailures;
    if (locks)
        stored.user.lockedUntil = at.addSecs(qint64(lockMinutes) * 60);
    COFFER_TRY(m_repository.update(stored));
    if (locks)
        COFFER_TRY(recordAudit(m_database, selfActor(stored), QStringLiteral("user.lock"),
                               QStringLiteral("user"), QString::number(stored.user.id), {},
                               userJson(stored.user)));
    // The count must stay although the attempt fails.
    COFFER_TRY(transaction.commit());
    return failure;
}

QString UserService::dummyHash() const
{
    // A hash of nothing, to check a password against when there is no user: the same
    // work as a real check. Made once ahead for the interactive limits, so that even
    // a process's first attempt takes no longer for an unknown name.
    static const QString interactive
        = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$ZYtsKfKoHL+N5qUD98uhfg$"
                         "V6H6Kq3yPfmaUhoCw/4st4BByZiM5XaEfIVM5et/QWw");
    const PasswordCost standard = PasswordCost::interactive();
    if (m_cost.passes == standard.passes && m_cost.memoryBytes == standard.memoryBytes)
        return interactive;
    if (m_dummyHash.isEmpty())
        m_dummyHash
            = PasswordHasher(m_cost).hash(QStringLiteral("coffer: no such user")).value_or({});
    return m_dummyHash;
}

Result<SignedIn> UserService::signIn(const QString &name, const QString &password)
{
    // Its failures are committed on their own: never inside another transaction.
    Q_ASSERT(!m_database.inTransaction());
    const PasswordHasher hasher(m_cost);
    // Argon2 runs before the write transaction: a slow check never holds the
    // book's write lock.
    auto found = m_repository.byName(name);
    if (!found)
        return found.error();
    if (!*found) {
        hasher.verify(password, dummyHash());
        return signInFailed();
    }
    const StoredUser read = **found;
    if (auto allowed = checkAttemptAllowed(read); !allowed) {
        // As slow as a check: a refusal does not tell a known name sooner.
        hasher.verify(password, dummyHash());
        return allowed.error();
    }
    const bool matches = hasher.verify(password, read.passwordHash);
    StoredUser renewed = read; // rehashed with the current limits, when they differ
    QByteArray key;
    if (matches) {
        auto prepared = prepareSession(renewed, password);
        if (!prepared)
            return prepared.error();
        key = *prepared;
    }

    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto locked = m_repository.byId(read.user.id, true);
    if (!locked)
        return locked.error();
    if (!*locked)
        return signInFailed();
    StoredUser stored = **locked;
    // Another desktop may have counted failures meanwhile.
    COFFER_TRY(checkAttemptAllowed(stored));
    if (!matches)
        return countFailure(stored, signInFailed(), transaction).error();
    if (stored.user.disabled)
        return makeError(
            ErrorCode::UserDisabled,
            QStringLiteral("sign-in: %1 has been disabled by an admin").arg(stored.user.name));
    if (stored.passwordHash == read.passwordHash && stored.totpSealed == read.totpSealed) {
        stored.passwordHash = renewed.passwordHash;
        stored.secretSalt = renewed.secretSalt;
        stored.secretPasses = renewed.secretPasses;
        stored.secretMemory = renewed.secretMemory;
        stored.totpSealed = renewed.totpSealed;
        stored.user.totpEnrolled = renewed.user.totpEnrolled;
        stored.totpLastStep = qMax(stored.totpLastStep, renewed.totpLastStep);
    } else {
        // Changed while the password was checked: this session opens nothing sealed.
        key.clear();
    }
    stored.user.failedSignIns = 0;
    stored.user.lockedUntil = {};
    stored.lastFailedAt = {};
    stored.user.lastSignInAt = now();
    COFFER_TRY(m_repository.update(stored));
    COFFER_TRY(transaction.commit());
    return SignedIn {stored.user.id, stored.user.name, key};
}

Result<QByteArray> UserService::prepareSession(StoredUser &stored, const QString &password) const
{
    const bool otherLimits = PasswordHasher(m_cost).needsRehash(stored.passwordHash)
        || stored.secretPasses != m_cost.passes || stored.secretMemory != m_cost.memoryBytes;
    QByteArray key;
    if (!stored.totpSealed.isEmpty()) {
        auto current = secretKey(stored, password);
        if (!current)
            return current.error();
        key = *current;
    }
    if (!otherLimits)
        return key;
    // Made with other limits: hash again, and seal the TOTP secret with the new key.
    return replacePassword(stored, key, password);
}

Result<StoredUser> UserService::ownRow(const SignedIn &user)
{
    auto found = m_repository.byId(user.userId, true);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::UserNotFound, QStringLiteral("user: no longer in this book"));
    return **found;
}

Status UserService::confirmPassword(StoredUser &stored, const QString &password,
                                    const QString &field, WriteTransaction &transaction)
{
    COFFER_TRY(checkAttemptAllowed(stored));
    if (PasswordHasher(m_cost).verify(password, stored.passwordHash))
        return success();
    return countFailure(
        stored,
        makeError(ErrorCode::SignInFailed, QStringLiteral("%1: is not your password").arg(field)),
        transaction);
}

Result<QByteArray> UserService::replacePassword(StoredUser &stored, const QByteArray &oldKey,
                                                const QString &password) const
{
    const auto secret = stored.totpSealed.isEmpty() ? std::optional<QByteArray>()
                                                    : secretbox::open(stored.totpSealed, oldKey);
    COFFER_TRY(setPassword(stored, password));
    if (!secret) {
        // None, or one that no longer opens: enrolment starts again.
        stored.totpSealed.clear();
        stored.user.totpEnrolled = false;
        stored.totpLastStep = 0;
        return QByteArray();
    }
    auto key = secretKey(stored, password);
    if (!key)
        return key.error();
    stored.totpSealed = secretbox::seal(*secret, *key);
    return key;
}

Status UserService::changePassword(SignedIn &user, const QString &current, const QString &password)
{
    COFFER_TRY(checkPassword(password));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto found = ownRow(user);
    if (!found)
        return found.error();
    StoredUser stored = *found;
    COFFER_TRY(confirmPassword(stored, current, QStringLiteral("current password"), transaction));
    QByteArray oldKey;
    if (!stored.totpSealed.isEmpty()) {
        auto derived = secretKey(stored, current);
        if (!derived)
            return derived.error();
        oldKey = *derived;
    }
    auto key = replacePassword(stored, oldKey, password);
    if (!key)
        return key.error();
    COFFER_TRY(m_repository.update(stored));
    COFFER_TRY(recordAudit(m_database, selfActor(stored), QStringLiteral("user.change_password"),
                           QStringLiteral("user"), QString::number(stored.user.id)));
    COFFER_TRY(transaction.commit());
    user.secretKey = *key;
    return success();
}

Result<qint64> UserService::checkCode(const StoredUser &stored, const QByteArray &key,
                                      const QString &code) const
{
    const auto secret = secretbox::open(stored.totpSealed, key);
    if (!secret)
        return makeError(ErrorCode::StorageError,
                         QStringLiteral("code: the stored one-time password secret does not "
                                        "open with this sign-in; enrol again"));
    TotpParameters parameters;
    parameters.algorithm = stored.totpAlgorithm;
    parameters.digits = stored.totpDigits;
    return coffer::verifyTotp(*secret, code, now().toSecsSinceEpoch(), parameters,
                              stored.totpLastStep);
}

Result<TotpEnrolment> UserService::enrolTotp(SignedIn &user, const QString &password,
                                             const QString &issuer,
                                             const TotpParameters &parameters,
                                             const QString &currentCode)
{
    if (parameters.digits != 6 && parameters.digits != 8)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("digits: a one-time password has 6 or 8 digits"));
    if (parameters.stepSeconds != TotpParameters {}.stepSeconds
        || parameters.t0 != TotpParameters {}.t0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("step: one-time passwords change every 30 seconds "
                                        "from the Unix epoch"));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto found = ownRow(user);
    if (!found)
        return found.error();
    StoredUser stored = *found;
    COFFER_TRY(confirmPassword(stored, password, QStringLiteral("password"), transaction));
    auto key = secretKey(stored, password);
    if (!key)
        return key.error();
    if (stored.user.totpEnrolled) {
        // Replacing a confirmed secret takes a code from it: the password alone is
        // not enough to move the second factor to another phone.
        if (currentCode.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidOtp,
                             QStringLiteral("code: %1 has a one-time password already; a "
                                            "current code from it is needed to replace it")
                                 .arg(stored.user.name));
        auto step = checkCode(stored, *key, currentCode.trimmed());
        if (!step)
            return countFailure(stored, step.error(), transaction).error();
    }
    const QByteArray secret = newOtpSecret(parameters.algorithm);
    stored.totpSealed = secretbox::seal(secret, *key);
    stored.totpAlgorithm = parameters.algorithm;
    stored.totpDigits = parameters.digits;
    stored.totpLastStep = 0;
    stored.user.totpEnrolled = false;
    COFFER_TRY(m_repository.update(stored));
    COFFER_TRY(recordAudit(m_database, selfActor(stored), QStringLiteral("user.totp_enrol"),
                           QStringLiteral("user"), QString::number(stored.user.id), {},
                           userJson(stored.user)));
    COFFER_TRY(transaction.commit());
    user.secretKey = *key;
    return TotpEnrolment {base32Encode(secret),
                          otpauthUri(secret, issuer, stored.user.name, parameters), parameters};
}

Status UserService::verifyTotp(const SignedIn &user, const QString &code)
{
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto found = ownRow(user);
    if (!found)
        return found.error();
    StoredUser stored = *found;
    if (stored.totpSealed.isEmpty())
        return makeError(ErrorCode::TotpNotEnrolled,
                         QStringLiteral("code: %1 has no one-time password yet; enrol first")
                             .arg(stored.user.name));
    COFFER_TRY(checkAttemptAllowed(stored));
    if (user.secretKey.isEmpty())
        return makeError(ErrorCode::TotpNotEnrolled,
                         QStringLiteral("code: %1 enrolled a one-time password after signing in; "
                                        "sign in again to use it")
                             .arg(stored.user.name));
    auto step = checkCode(stored, user.secretKey, code);
    if (!step) {
        if (step.error().code == ErrorCode::StorageError)
            return step.error();
        return countFailure(stored, step.error(), transaction);
    }
    const bool confirms = !stored.user.totpEnrolled;
    stored.totpLastStep = *step;
    stored.user.totpEnrolled = true;
    stored.user.failedSignIns = 0;
    stored.lastFailedAt = {};
    COFFER_TRY(m_repository.update(stored));
    if (confirms)
        COFFER_TRY(recordAudit(m_database, selfActor(stored), QStringLiteral("user.totp_confirm"),
                               QStringLiteral("user"), QString::number(stored.user.id), {},
                               userJson(stored.user)));
    return transaction.commit();
}

} // namespace coffer
