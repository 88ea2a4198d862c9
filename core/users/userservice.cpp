#include "users/userservice.h"

#include "audit/auditlog.h"
#include "audit/recordjson.h"
#include "common/textrules.h"
#include "security/secretbox.h"

namespace coffer {

namespace {

const QStringList payeeOwnerTypes {QStringLiteral("customer"), QStringLiteral("affiliate"),
                                   QStringLiteral("creator"), QStringLiteral("vendor")};

Error userNotFound(const QString &name)
{
    return makeError(ErrorCode::UserNotFound,
                     QStringLiteral("user: there is no user '%1' in this book").arg(name));
}

// The actor a book-level change is recorded under, before anyone has a merchant.
Actor bookActor(const QString &userName, qint64 userId)
{
    return Actor {0, userName, userId, {}, {}};
}

} // namespace

QJsonObject userJson(const User &user, const QList<Role> &roles, const PayeeBinding &payee)
{
    QJsonArray codes;
    for (Role role : roles)
        codes.append(toCode(role));
    QJsonObject object {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("name"), user.name},
        {QStringLiteral("disabled"), user.disabled},
        {QStringLiteral("totp"), user.totpEnrolled},
        {QStringLiteral("roles"), codes},
    };
    if (payee.isSet())
        object.insert(QStringLiteral("payee"), payee.toText());
    return object;
}

UserService::UserService(Database &database, WalletService &wallets)
    : m_database(database)
    , m_wallets(wallets)
    , m_repository(database)
{ }

int UserService::backoffSeconds(int failures)
{
    if (failures < freeAttempts)
        return 0;
    return qMin(300, 5 << qMin(failures - freeAttempts, 8));
}

Result<bool> UserService::hasUsers() const
{
    auto count = m_repository.count();
    if (!count)
        return count.error();
    return *count > 0;
}

Status UserService::checkPassword(const QString &password)
{
    if (password.size() < shortestPassword)
        return makeError(
            ErrorCode::WeakPassword,
            QStringLiteral("password: must have at least %1 characters").arg(shortestPassword));
    if (password.size() > 1024)
        return makeError(ErrorCode::FieldTooLong,
                         QStringLiteral("password: must have at most 1024 characters"));
    return success();
}

Status UserService::setPassword(StoredUser &stored, const QString &password) const
{
    COFFER_TRY(checkPassword(password));
    auto hash = PasswordHasher(m_cost).hash(password);
    if (!hash)
        return hash.error();
    stored.passwordHash = *hash;
    stored.secretSalt = secretbox::newSalt();
    stored.secretPasses = m_cost.passes;
    stored.secretMemory = m_cost.memoryBytes;
    return success();
}

Result<QByteArray> UserService::secretKey(const StoredUser &stored, const QString &password) const
{
    const QByteArray key = secretbox::deriveKey(password, stored.secretSalt,
                                                {stored.secretPasses, size_t(stored.secretMemory)});
    if (key.isEmpty())
        return makeError(ErrorCode::StorageError,
                         QStringLiteral("password: not enough memory to derive the key"));
    return key;
}

Result<StoredUser> UserService::newStoredUser(const QString &name, const QString &password,
                                              const QString &createdBy) const
{
    COFFER_TRY(checkName(QStringLiteral("name"), name, longestName));
    COFFER_TRY(checkPassword(password));
    StoredUser stored;
    stored.user.name = name.trimmed();
    stored.user.createdBy = createdBy;
    stored.user.createdAt = now();
    COFFER_TRY(setPassword(stored, password));
    return stored;
}

Result<SignedIn> UserService::createFirstAdmin(const QString &name, const QString &password)
{
    auto stored = newStoredUser(name, password, name.trimmed());
    if (!stored)
        return stored.error();
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    COFFER_TRY(m_database.lockScope(0));
    auto count = m_repository.count();
    if (!count)
        return count.error();
    if (*count > 0)
        return makeError(ErrorCode::PermissionDenied,
                         QStringLiteral("user: this book has users already; an admin adds "
                                        "new ones"));
    auto id = m_repository.insert(*stored);
    if (!id)
        return id.error();
    stored->user.id = *id;
    auto merchants = m_wallets.merchants();
    if (!merchants)
        return merchants.error();
    const QList<Role> roles {Role::Admin, Role::Owner};
    const Actor creator = bookActor(stored->user.name, *id);
    COFFER_TRY(recordAudit(m_database, creator, QStringLiteral("user.create"),
                           QStringLiteral("user"), QString::number(*id), {},
                           userJson(stored->user)));
    for (const Merchant &merchant : *merchants) {
        COFFER_TRY(m_repository.replaceRoles(*id, merchant.id, roles, {}));
        Actor inMerchant = creator;
        inMerchant.merchantId = merchant.id;
        COFFER_TRY(recordAudit(m_database, inMerchant, QStringLiteral("user.role"),
                               QStringLiteral("user"), QString::number(*id), {},
                               userJson(stored->user, roles)));
    }
    COFFER_TRY(transaction.commit());
    // Signed in as created: no secret is sealed yet, so there is no key to derive.
    return SignedIn {*id, stored->user.name, {}};
}

Result<Merchant> UserService::createMerchant(const SignedIn &user, const QString &name,
                                             const Currency &currency)
{
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto merchants = m_wallets.merchants();
    if (!merchants)
        return merchants.error();
    bool allowed = merchants->isEmpty();
    for (const Merchant &merchant : *merchants) {
        auto actor = actorFor(user, merchant.id);
        allowed = allowed || (actor && actor->hasRole(Role::Admin));
    }
    if (!allowed)
        return makeError(ErrorCode::PermissionDenied,
                         QStringLiteral("permission: %1 is not an admin of any merchant of "
                                        "this book and may not add one")
                             .arg(user.name));
    auto merchant = m_wallets.createMerchant(name, currency, user.name);
    if (!merchant)
        return merchant.error();
    const QList<Role> roles {Role::Admin, Role::Owner};
    COFFER_TRY(m_repository.replaceRoles(user.userId, merchant->id, roles, {}));
    Actor creator {merchant->id, user.name, user.userId, roles, {}};
    COFFER_TRY(recordAudit(m_database, creator, QStringLiteral("merchant.create"),
                           QStringLiteral("merchant"), QString::number(merchant->id), {},
                           merchantJson(*merchant)));
    auto self = m_repository.byId(user.userId);
    if (!self || !*self)
        return self ? userNotFound(user.name) : self.error();
    COFFER_TRY(recordAudit(m_database, creator, QStringLiteral("user.role"), QStringLiteral("user"),
                           QString::number(user.userId), {}, userJson((*self)->user, roles)));
    // Its default Cash wallet, made with it.
    auto wallets = m_wallets.list(creator);
    if (!wallets)
        return wallets.error();
    for (const Wallet &wallet : *wallets)
        COFFER_TRY(recordAudit(m_database, creator, QStringLiteral("wallet.create"),
                               QStringLiteral("wallet"), QString::number(wallet.id), {},
                               walletJson(wallet)));
    COFFER_TRY(transaction.commit());
    return merchant;
}

Result<SignedIn> UserService::initialise(const QString &admin, const QString &password,
                                         const QString &merchantName, const Currency &currency,
                                         Merchant &merchant)
{
    auto users = hasUsers();
    if (!users)
        return users.error();
    if (*users) {
        auto signedIn = signIn(admin, password);
        if (!signedIn)
            return signedIn.error();
        auto created = createMerchant(*signedIn, merchantName, currency);
        if (!created)
            return created.error();
        merchant = *created;
        return signedIn;
    }
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto signedIn = createFirstAdmin(admin, password);
    if (!signedIn)
        return signedIn.error();
    auto existing = merchantsOf(*signedIn);
    if (!existing)
        return existing.error();
    for (const Merchant &m : *existing) {
        if (m.name.compare(merchantName.trimmed(), Qt::CaseInsensitive) == 0)
            merchant = m;
    }
    if (merchant.id == 0) {
        auto created = createMerchant(*signedIn, merchantName, currency);
        if (!created)
            return created.error();
        merchant = *created;
    }
    COFFER_TRY(transaction.commit());
    return signedIn;
}

Result<User> UserService::self(const SignedIn &user) const
{
    auto stored = m_repository.byId(user.userId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return userNotFound(user.name);
    return (*stored)->user;
}

Result<QList<Merchant>> UserService::merchantsOf(const SignedIn &user) const
{
    auto ids = m_repository.merchantsOf(user.userId);
    if (!ids)
        return ids.error();
    auto all = m_wallets.merchants();
    if (!all)
        return all.error();
    QList<Merchant> mine;
    for (const Merchant &merchant : *all) {
        if (ids->contains(merchant.id))
            mine.append(merchant);
    }
    return mine;
}

Result<Actor> UserService::actorFor(const SignedIn &user, qint64 merchantId) const
{
    auto stored = m_repository.byId(user.userId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return userNotFound(user.name);
    if ((*stored)->user.disabled)
        return makeError(ErrorCode::UserDisabled,
                         QStringLiteral("user: %1 has been disabled by an admin").arg(user.name));
    auto roles = m_repository.rolesOf((*stored)->user, merchantId);
    if (!roles)
        return roles.error();
    if (roles->roles.isEmpty())
        return makeError(
            ErrorCode::MerchantNotFound,
            QStringLiteral("merchant: %1 has no role in this merchant").arg(user.name));
    return Actor {merchantId, (*stored)->user.name, user.userId, roles->roles, roles->payee};
}

Result<Actor> UserService::actorFor(const SignedIn &user, const QString &merchantName) const
{
    auto mine = merchantsOf(user);
    if (!mine)
        return mine.error();
    if (merchantName.trimmed().isEmpty()) {
        if (mine->size() == 1)
            return actorFor(user, mine->first().id);
        if (mine->isEmpty())
            return makeError(ErrorCode::BookNotInitialised,
                             QStringLiteral("merchant: %1 has no role in any merchant of this "
                                            "book")
                                 .arg(user.name));
        QStringList names;
        for (const Merchant &m : *mine)
            names << m.name;
        return makeError(ErrorCode::MerchantRequired,
                         QStringLiteral("merchant: %1 works for several merchants (%2); name one")
                             .arg(user.name, names.join(QStringLiteral(", "))));
    }
    for (const Merchant &merchant : *mine) {
        if (merchant.name.compare(merchantName.trimmed(), Qt::CaseInsensitive) == 0)
            return actorFor(user, merchant.id);
    }
    return makeError(ErrorCode::MerchantNotFound,
                     QStringLiteral("merchant: '%1' is not a merchant of %2 in this book")
                         .arg(merchantName.trimmed(), user.name));
}

Status UserService::checkPayeeBinding(Role role, const PayeeBinding &payee) const
{
    if (role != Role::Payee) {
        if (payee.isSet())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("payee: only a user with the payee role is bound to "
                                            "a payee"));
        return success();
    }
    if (!payeeOwnerTypes.contains(payee.ownerType))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("payee: a payee user needs OWNER_TYPE:OWNER_ID with "
                                        "the type customer, affiliate, creator or vendor"));
    return checkName(QStringLiteral("payee"), payee.ownerId, 64);
}

Result<User> UserService::add(const Actor &actor, const NewUser &request)
{
    COFFER_TRY(actor.require(Permission::ManageUsers));
    COFFER_TRY(checkPayeeBinding(request.role, request.payee));
    auto stored = newStoredUser(request.name, request.password, actor.userName);
    if (!stored)
        return stored.error();
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    COFFER_TRY(m_database.lockScope(0));
    auto existing = m_repository.byName(request.name);
    if (!existing)
        return existing.error();
    if (*existing)
        return makeError(ErrorCode::UserNameTaken,
                         QStringLiteral("name: a user called '%1' exists in this book")
                             .arg((*existing)->user.name));
    auto id = m_repository.insert(*stored);
    if (!id)
        return id.error();
    stored->user.id = *id;
    COFFER_TRY(m_repository.replaceRoles(*id, actor.merchantId, {request.role}, request.payee));
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("user.create"), QStringLiteral("user"),
                           QString::number(*id), {},
                           userJson(stored->user, {request.role}, request.payee)));
    COFFER_TRY(transaction.commit());
    return stored->user;
}

Result<QList<MerchantUser>> UserService::list(const Actor &actor) const
{
    COFFER_TRY(actor.require(Permission::ManageUsers));
    return m_repository.inMerchant(actor.merchantId);
}

Result<MerchantUser> UserService::find(const Actor &actor, const QString &name) const
{
    COFFER_TRY(actor.require(Permission::ManageUsers));
    auto stored = m_repository.byName(name);
    if (!stored)
        return stored.error();
    if (!*stored)
        return userNotFound(name.trimmed());
    auto roles = m_repository.rolesOf((*stored)->user, actor.merchantId);
    if (!roles)
        return roles.error();
    // Users of other merchants are not this admin's to see.
    if (roles->roles.isEmpty())
        return userNotFound(name.trimmed());
    return roles;
}

Status UserService::keepsAnAdmin(const QList<qint64> &merchantIds, const User &user) const
{
    for (qint64 merchantId : merchantIds) {
        auto admins = m_repository.activeAdmins(merchantId);
        if (!admins)
            return admins.error();
        if (*admins == 0)
            return makeError(ErrorCode::LastAdmin,
                             QStringLiteral("user: %1 is the last active admin of a merchant; "
                                            "make another user admin there first")
                                 .arg(user.name));
    }
    return success();
}

Result<QList<qint64>> UserService::administeredMerchantsOf(const Actor &actor,
                                                           const User &user) const
{
    auto merchants = m_repository.merchantsOf(user.id);
    if (!merchants)
        return merchants.error();
    User self;
    self.id = actor.userId;
    for (qint64 merchantId : *merchants) {
        auto roles = m_repository.rolesOf(self, merchantId);
        if (!roles)
            return roles.error();
        if (!roles->roles.contains(Role::Admin))
            return makeError(ErrorCode::PermissionDenied,
                             QStringLiteral("permission: %1 works for a merchant that %2 does "
                                            "not administer; an admin of every merchant of "
                                            "theirs may change them")
                                 .arg(user.name, actor.userName));
    }
    return merchants;
}

Status UserService::changeUser(const Actor &actor, const QString &name, const QString &action,
                               Reach reach, const std::function<Status(StoredUser &)> &change)
{
    COFFER_TRY(actor.require(Permission::ManageUsers));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    COFFER_TRY(m_database.lockScope(0)); // the last-admin rule reads other users
    // Before the change: it may be the actor's own roles that change.
    COFFER_TRY(confirmActor(m_database, actor));
    auto stored = m_repository.byName(name, true);
    if (!stored)
        return stored.error();
    if (!*stored)
        return userNotFound(name.trimmed());
    auto before = m_repository.rolesOf((*stored)->user, actor.merchantId);
    if (!before)
        return before.error();
    if (before->roles.isEmpty()) // a user of other merchants only: not this admin's
        return userNotFound(name.trimmed());
    // A change of the user themselves holds in every merchant they work for.
    QList<qint64> merchants {actor.merchantId};
    if (reach == Reach::EveryMerchant) {
        auto administered = administeredMerchantsOf(actor, (*stored)->user);
        if (!administered)
            return administered.error();
        merchants = *administered;
    }
    StoredUser changed = **stored;
    COFFER_TRY(change(changed));
    COFFER_TRY(m_repository.update(changed));
    COFFER_TRY(keepsAnAdmin(merchants, changed.user));
    auto after = m_repository.rolesOf(changed.user, actor.merchantId);
    if (!after)
        return after.error();
    // Asked for what already is (disabling a disabled user): nothing to write or record.
    const StoredUser &original = **stored;
    if (userJson(before->user, before->roles, before->payee)
            == userJson(after->user, after->roles, after->payee)
        && changed.passwordHash == original.passwordHash
        && changed.user.failedSignIns == original.user.failedSignIns
        && changed.user.lockedUntil == original.user.lockedUntil)
        return success(); // the transaction rolls back its no-op writes
    // Confirmed above, before its own roles may have changed.
    COFFER_TRY(AuditLog(m_database)
                   .append(auditEntry(actor, action, QStringLiteral("user"),
                                      QString::number(changed.user.id),
                                      userJson(before->user, before->roles, before->payee),
                                      userJson(after->user, after->roles, after->payee))));
    return transaction.commit();
}

Status UserService::setRole(const Actor &actor, const QString &name, Role role,
                            const PayeeBinding &payee)
{
    COFFER_TRY(checkPayeeBinding(role, payee));
    return changeUser(
        actor, name, QStringLiteral("user.role"), Reach::ThisMerchant, [&](StoredUser &stored) {
            return m_repository.replaceRoles(stored.user.id, actor.merchantId, {role}, payee);
        });
}

Status UserService::disable(const Actor &actor, const QString &name)
{
    return changeUser(
        actor, name, QStringLiteral("user.disable"), Reach::EveryMerchant, [&](StoredUser &stored) {
            if (stored.user.id == actor.userId)
                return Status(makeError(ErrorCode::InvalidArgument,
                                        QStringLiteral("user: you cannot disable yourself")));
            stored.user.disabled = true;
            return success();
        });
}

Status UserService::enable(const Actor &actor, const QString &name)
{
    return changeUser(actor, name, QStringLiteral("user.enable"), Reach::EveryMerchant,
                      [](StoredUser &stored) {
                          stored.user.disabled = false;
                          return success();
                      });
}

Status UserService::unlock(const Actor &actor, const QString &name)
{
    return changeUser(actor, name, QStringLiteral("user.unlock"), Reach::EveryMerchant,
                      [](StoredUser &stored) {
                          stored.user.failedSignIns = 0;
                          stored.user.lockedUntil = {};
                          stored.lastFailedAt = {};
                          return success();
                      });
}

Status UserService::resetPassword(const Actor &actor, const QString &name, const QString &password)
{
    COFFER_TRY(checkPassword(password));
    return changeUser(actor, name, QStringLiteral("user.reset_password"), Reach::EveryMerchant,
                      [&](StoredUser &stored) -> Status {
                          COFFER_TRY(setPassword(stored, password));
                          // Sealed with the old password's key: it cannot be kept.
                          stored.totpSealed.clear();
                          stored.user.totpEnrolled = false;
                          stored.totpLastStep = 0;
                          stored.user.failedSignIns = 0;
                          stored.user.lockedUntil = {};
                          return success();
                      });
}

} // namespace coffer
