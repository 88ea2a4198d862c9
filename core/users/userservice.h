#pragma once

#include "ledger/walletservice.h"
#include "security/passwordhash.h"
#include "users/userrepository.h"

#include <functional>

namespace coffer {

// Users of a book, their roles per merchant, sign-in and one-time passwords.
//
// Sign-in: a wrong name or password is SignInFailed (which one is not said). After
// `freeAttempts` failures in a row each further attempt must wait (5 s, doubling,
// at most 5 min: SignInThrottled, checked before the password); after
// `lockAfterFailures` the user is locked for `lockMinutes` (UserLocked) unless an
// admin unlocks them. The count lives in the book, so it survives a restart and
// holds on every desktop. A success clears it, and a hash made with older limits
// is made again with the current ones.
//
// Names: 1 to 64 characters, no control characters, unique in the book ignoring
// case. Passwords: 8 to 1,024 characters (WeakPassword, FieldTooLong).
class UserService
{
public:
    static constexpr int freeAttempts = 3;
    static constexpr int lockAfterFailures = 10;
    static constexpr int lockMinutes = 30;
    static constexpr int shortestPassword = 8;
    static constexpr int longestName = 64;

    UserService(Database &database, WalletService &wallets);

    // Tests use PasswordCost::minimum() and a clock they move.
    void setPasswordCost(PasswordCost cost) { m_cost = cost; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    Result<bool> hasUsers() const;
    // The first user of a book: admin and owner of every merchant it has. Errors:
    // PermissionDenied once the book has a user; the name and password rules.
    Result<SignedIn> createFirstAdmin(const QString &name, const QString &password);
    // A new merchant with its default Cash wallet; `user` becomes its admin and
    // owner. Allowed to an admin of another merchant, or to anyone signed in while the
    // book has no merchant. Errors: those of WalletService::createMerchant,
    // PermissionDenied.
    Result<Merchant> createMerchant(const SignedIn &user, const QString &name,
                                    const Currency &currency);

    // What `init` does: on a book without users, `admin` becomes its first admin and
    // the new merchant is added, in one transaction (when the merchant exists already,
    // as in a book from before users, only the admin is added); on a book with users,
    // `admin` signs in and adds the merchant. Returns the merchant in `merchant`.
    Result<SignedIn> initialise(const QString &admin, const QString &password,
                                const QString &merchantName, const Currency &currency,
                                Merchant &merchant);

    // Errors: SignInFailed, SignInThrottled, UserLocked, UserDisabled.
    Result<SignedIn> signIn(const QString &name, const QString &password);
    // The signed-in user's own record. Error: UserNotFound.
    Result<User> self(const SignedIn &user) const;
    // The merchants where the signed-in user has a role.
    Result<QList<Merchant>> merchantsOf(const SignedIn &user) const;
    // The actor for `merchantName` (or the user's only merchant when empty).
    // Errors: MerchantNotFound (also for a merchant where the user has no role),
    // MerchantRequired, UserDisabled.
    Result<Actor> actorFor(const SignedIn &user, const QString &merchantName) const;
    Result<Actor> actorFor(const SignedIn &user, qint64 merchantId) const;

    // Management, by an actor with ManageUsers in their merchant.
    // Errors: PermissionDenied, FieldRequired/FieldTooLong/InvalidText (name),
    // UserNameTaken, WeakPassword, InvalidArgument (payee binding).
    Result<User> add(const Actor &actor, const NewUser &user);
    Result<QList<MerchantUser>> list(const Actor &actor) const;
    Result<MerchantUser> find(const Actor &actor, const QString &name) const;
    // Replaces the user's roles in the actor's merchant by `role`.
    // Errors: UserNotFound, LastAdmin, InvalidArgument (payee binding).
    Status setRole(const Actor &actor, const QString &name, Role role,
                   const PayeeBinding &payee = {});
    // Errors: UserNotFound, LastAdmin, InvalidArgument (oneself).
    Status disable(const Actor &actor, const QString &name);
    Status enable(const Actor &actor, const QString &name);
    // Clears failed attempts and a lock. Errors: UserNotFound.
    Status unlock(const Actor &actor, const QString &name);
    // Sets another user's password; their TOTP secret, sealed with the old one, is
    // dropped and must be enrolled again. Errors: UserNotFound, WeakPassword.
    Status resetPassword(const Actor &actor, const QString &name, const QString &password);

    // One's own password: the TOTP secret is sealed again with the new key.
    // Errors: SignInFailed (current password), WeakPassword.
    Status changePassword(SignedIn &user, const QString &current, const QString &password);
    // A new TOTP secret for the signed-in user, sealed with the key of `password`
    // (asked again, as for any change of one's security); it counts once verifyTotp()
    // has accepted a first code. `user` keeps the key. Errors: SignInFailed (the
    // password), InvalidArgument (digits), StorageError.
    // Replacing a confirmed secret also takes `currentCode` from it (InvalidOtp).
    Result<TotpEnrolment> enrolTotp(SignedIn &user, const QString &password, const QString &issuer,
                                    const TotpParameters &parameters = {},
                                    const QString &currentCode = {});
    // Checks a code (one step of drift, never a used step again); the first good
    // code confirms the enrolment. Errors: TotpNotEnrolled, InvalidOtp, OtpReplayed.
    Status verifyTotp(const SignedIn &user, const QString &code);

    // The rules of a new password (WeakPassword, FieldTooLong), to check before
    // anything else is done.
    static Status checkPassword(const QString &password);
    // The wait before the next attempt after `failures` failures in a row.
    static int backoffSeconds(int failures);

private:
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    Result<StoredUser> newStoredUser(const QString &name, const QString &password,
                                     const QString &createdBy) const;
    // A new password hash, and a new salt for the secret key.
    Status setPassword(StoredUser &stored, const QString &password) const;
    // The key that seals the user's secrets (Argon2id again: derived only when a
    // secret is sealed or opened, so a plain sign-in costs one hash).
    Result<QByteArray> secretKey(const StoredUser &stored, const QString &password) const;
    // Opens the sealed TOTP secret with `oldKey`, sets the new password and seals
    // the secret again with the new key, which it returns (empty: no secret).
    Result<QByteArray> replacePassword(StoredUser &stored, const QByteArray &oldKey,
                                       const QString &password) const;
    Result<StoredUser> lockedUser(const QString &name);
    Status checkPayeeBinding(Role role, const PayeeBinding &payee) const;
    // LastAdmin unless every merchant named still has an active admin.
    Status keepsAnAdmin(const QList<qint64> &merchantIds, const User &user) const;
    // The merchants `user` works for, all of which `actor` must administer
    // (PermissionDenied otherwise).
    Result<QList<qint64>> administeredMerchantsOf(const Actor &actor, const User &user) const;
    // What a change touches: the user's roles in the actor's merchant, or the user
    // themselves (disabled, locked, password), in every merchant they work for.
    enum class Reach
    {
        ThisMerchant,
        EveryMerchant
    };
    // Loads a user of the actor's merchant for update (UserNotFound for others),
    // lets `change` modify it, saves and audits it: all or nothing.
    Status changeUser(const Actor &actor, const QString &name, const QString &action, Reach reach,
                      const std::function<Status(StoredUser &)> &change);
    // The signed-in user's own row, locked for update, in the caller's transaction.
    Result<StoredUser> ownRow(const SignedIn &user);
    // Checks one's password again before a change of one's security; a wrong one is
    // a counted failure (committed), named as `field`.
    Status confirmPassword(StoredUser &stored, const QString &password, const QString &field,
                           WriteTransaction &transaction);
    // The key of the user's sealed secrets (empty: none), after making the hash again
    // when the limits changed; on a copy of the row, outside any transaction.
    Result<QByteArray> prepareSession(StoredUser &stored, const QString &password) const;
    QString dummyHash() const;
    // The step `code` matches for the user's sealed secret, opened with `key`.
    Result<qint64> checkCode(const StoredUser &stored, const QByteArray &key,
                             const QString &code) const;
    // An attempt (password or code) may not be made while locked or backing off.
    Status checkAttemptAllowed(const StoredUser &stored) const;
    // Counts a failed attempt (locking at the limit), commits it, returns `failure`.
    Status countFailure(StoredUser &stored, const Error &failure, WriteTransaction &transaction);

    Database &m_database;
    WalletService &m_wallets;
    UserRepository m_repository;
    PasswordCost m_cost = PasswordCost::interactive();
    std::function<QDateTime()> m_clock;
    mutable QString m_dummyHash; // checked against when a name is unknown
};

QJsonObject userJson(const User &user, const QList<Role> &roles = {},
                     const PayeeBinding &payee = {});

} // namespace coffer
