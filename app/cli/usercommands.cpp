// coffer-cli user, totp and audit: users and roles, one-time passwords, the trail.
#include "output.h"
#include "session.h"

namespace coffer::cli {

namespace {

Result<Role> parseRole(const QString &option, const QString &text)
{
    if (auto role = roleFromText(text))
        return *role;
    return makeError(ErrorCode::UnknownRole,
                     QStringLiteral("%1: '%2' is not a role (owner, bookkeeper, reviewer, "
                                    "reconciler, admin, payee, auditor)")
                         .arg(option, text));
}

Result<PayeeBinding> parsePayee(const CommandArguments &args)
{
    const QString text = args.value(QStringLiteral("--payee"));
    if (text.isEmpty())
        return PayeeBinding {};
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("--payee: '%1' must be OWNER_TYPE:OWNER_ID, e.g. "
                                        "creator:42")
                             .arg(text));
    return PayeeBinding {text.left(colon).trimmed().toLower(), text.mid(colon + 1).trimmed()};
}

// A new password's rules are about the variable it came from.
Error newPasswordNamed(Error error)
{
    if (error.code == ErrorCode::WeakPassword
        || error.detail.startsWith(QStringLiteral("password:")))
        return relabel(error, QStringLiteral("COFFER_NEW_PASSWORD"));
    return error;
}

QString statusOf(const User &user)
{
    if (user.disabled)
        return QStringLiteral("disabled");
    if (user.isLockedAt(QDateTime::currentDateTimeUtc()))
        return QStringLiteral("locked until ")
            + user.lockedUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return QStringLiteral("active");
}

QStringList roleCodes(const QList<Role> &roles)
{
    QStringList codes;
    for (Role role : roles)
        codes << toCode(role);
    return codes;
}

Status addUser(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("user add"), words,
        {{QStringLiteral("--name"), QStringLiteral("--role"), QStringLiteral("--payee")},
         {},
         {QStringLiteral("--name"), QStringLiteral("--role")}});
    if (!args)
        return args.error();
    auto role = parseRole(QStringLiteral("--role"), args->value(QStringLiteral("--role")));
    if (!role)
        return role.error();
    auto payee = parsePayee(*args);
    if (!payee)
        return payee.error();
    COFFER_TRY(session.openMerchant());
    COFFER_TRY(session.actor.require(Permission::ManageUsers));
    const QString name = args->value(QStringLiteral("--name"));
    auto password = session.secret(QStringLiteral("COFFER_NEW_PASSWORD"),
                                   QStringLiteral("New password for %1").arg(name));
    if (!password)
        return password.error();
    auto added = session.book->users().add(session.actor, {name, *password, *role, *payee});
    if (!added)
        return newPasswordNamed(added.error());
    if (session.json)
        printJson(session.out, userJson(*added, {*role}, *payee));
    else
        session.out << "added user " << added->name << " (" << toCode(*role) << ") to "
                    << session.merchant.name << '\n';
    return success();
}

Status listUsers(Session &session, const QStringList &words)
{
    COFFER_TRY(CommandArguments::parse(QStringLiteral("user list"), words, {}));
    COFFER_TRY(session.openMerchant());
    auto users = session.book->users().list(session.actor);
    if (!users)
        return users.error();
    if (session.json) {
        QJsonArray array;
        for (const MerchantUser &u : *users) {
            QJsonObject object = userJson(u.user, u.roles, u.payee);
            object.insert(QStringLiteral("status"), statusOf(u.user));
            object.insert(QStringLiteral("failed_sign_ins"), u.user.failedSignIns);
            array.append(object);
        }
        printJson(session.out, {{QStringLiteral("users"), array}});
        return success();
    }
    TextTable table({QStringLiteral("NAME"), QStringLiteral("ROLES"), QStringLiteral("PAYEE"),
                     QStringLiteral("STATUS"), QStringLiteral("TOTP"),
                     QStringLiteral("LAST SIGN-IN (UTC)")});
    for (const MerchantUser &u : *users)
        table.addRow({u.user.name, roleCodes(u.roles).join(QLatin1Char(',')), u.payee.toText(),
                      statusOf(u.user),
                      u.user.totpEnrolled ? QStringLiteral("yes") : QStringLiteral("no"),
                      u.user.lastSignInAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    table.print(session.out);
    return success();
}

Status setRole(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(QStringLiteral("user role"), words,
                                        {{QStringLiteral("--payee")}, {}, {}, 2});
    if (!args)
        return args.error();
    auto role = parseRole(QStringLiteral("ROLE"), args->positional(1));
    if (!role)
        return role.error();
    auto payee = parsePayee(*args);
    if (!payee)
        return payee.error();
    COFFER_TRY(session.openMerchant());
    UserService &users = session.book->users();
    auto before = users.find(session.actor, args->positional(0));
    if (!before)
        return before.error();
    COFFER_TRY(users.setRole(session.actor, args->positional(0), *role, *payee));
    // The role replaces every role the user had here: say what they were.
    session.out << before->user.name << ": " << toCode(*role) << " of " << session.merchant.name
                << " (was " << roleCodes(before->roles).join(QStringLiteral(", ")) << ")\n";
    return success();
}

// user disable|enable|unlock NAME
Status changeUser(Session &session, const QString &verb, const QStringList &words)
{
    auto args = CommandArguments::parse(QStringLiteral("user ") + verb, words, {{}, {}, {}, 1});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    UserService &users = session.book->users();
    const QString name = args->positional(0);
    auto user = users.find(session.actor, name);
    if (!user)
        return user.error();
    QString done;
    if (verb == QStringLiteral("disable")) {
        COFFER_TRY(users.disable(session.actor, name));
        done = QStringLiteral("disabled: they cannot sign in until enabled again");
    } else if (verb == QStringLiteral("enable")) {
        COFFER_TRY(users.enable(session.actor, name));
        done = QStringLiteral("enabled");
    } else {
        COFFER_TRY(users.unlock(session.actor, name));
        done = QStringLiteral("unlocked, failed sign-ins cleared");
    }
    session.out << user->user.name << ": " << done << '\n';
    return success();
}

Status setPassword(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(QStringLiteral("user password"), words, {{}, {}, {}, 1});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    const QString name = args->positional(0);
    auto password = session.secret(QStringLiteral("COFFER_NEW_PASSWORD"),
                                   QStringLiteral("New password for %1").arg(name));
    if (!password)
        return password.error();
    UserService &users = session.book->users();
    if (UserRepository::nameKey(name) == UserRepository::nameKey(session.signedIn.name)) {
        if (auto changed = users.changePassword(session.signedIn, session.password, *password);
            !changed)
            return newPasswordNamed(changed.error());
        session.out << "your password is changed\n";
        return success();
    }
    auto user = users.find(session.actor, name);
    if (!user)
        return user.error();
    if (auto reset = users.resetPassword(session.actor, name, *password); !reset)
        return newPasswordNamed(reset.error());
    session.out << user->user.name << ": password reset";
    if (user->user.totpEnrolled)
        session.out << "; their one-time password was sealed with the old one and must be set "
                       "up again";
    session.out << '\n';
    return success();
}

} // namespace

Status runUser(Session &session, const QStringList &words)
{
    const QString verb = words.value(0);
    const QStringList rest = words.mid(1);
    if (verb == QStringLiteral("add"))
        return addUser(session, rest);
    if (verb == QStringLiteral("list"))
        return listUsers(session, rest);
    if (verb == QStringLiteral("role"))
        return setRole(session, rest);
    if (verb == QStringLiteral("disable") || verb == QStringLiteral("enable")
        || verb == QStringLiteral("unlock"))
        return changeUser(session, verb, rest);
    if (verb == QStringLiteral("password"))
        return setPassword(session, rest);
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("user: expected add, list, role, disable, enable, unlock or "
                                    "password (see --help)"));
}

Status runTotp(Session &session, const QStringList &words)
{
    const QString verb = words.value(0);
    if (verb == QStringLiteral("enroll")) {
        auto args = CommandArguments::parse(
            QStringLiteral("totp enroll"), words.mid(1),
            {{QStringLiteral("--algorithm"), QStringLiteral("--digits")}, {}, {}});
        if (!args)
            return args.error();
        TotpParameters parameters;
        if (args->has(QStringLiteral("--algorithm"))) {
            auto algorithm = otpAlgorithmFromText(args->value(QStringLiteral("--algorithm")));
            if (!algorithm)
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("--algorithm: must be SHA1, SHA256 or SHA512"));
            parameters.algorithm = *algorithm;
        }
        if (args->has(QStringLiteral("--digits")))
            parameters.digits = args->value(QStringLiteral("--digits")).toInt();
        COFFER_TRY(session.signIn());
        // Replacing a confirmed one-time password takes a current code from it.
        QString code;
        if (session.book->users().self(session.signedIn).value_or(User {}).totpEnrolled) {
            auto typed = session.secret(QStringLiteral("COFFER_TOTP"),
                                        QStringLiteral("Current one-time code"));
            if (!typed)
                return typed.error();
            code = *typed;
        }
        auto enrolment = session.book->users().enrolTotp(
            session.signedIn, session.password, QStringLiteral("Coffer"), parameters, code);
        if (!enrolment)
            return enrolment.error().code == ErrorCode::InvalidArgument
                ? relabel(enrolment.error(), QStringLiteral("--digits"))
                : enrolment.error();
        if (session.json) {
            printJson(session.out,
                      {{QStringLiteral("secret"), enrolment->base32},
                       {QStringLiteral("uri"), enrolment->uri},
                       {QStringLiteral("algorithm"), toCode(parameters.algorithm)},
                       {QStringLiteral("digits"), parameters.digits}});
        } else {
            session.out << "secret: " << enrolment->base32 << '\n'
                        << "uri: " << enrolment->uri << '\n'
                        << "Add it to an authenticator app, then confirm with: totp verify "
                           "CODE\n";
        }
        return success();
    }
    if (verb == QStringLiteral("verify")) {
        auto args
            = CommandArguments::parse(QStringLiteral("totp verify"), words.mid(1), {{}, {}, {}, 1});
        if (!args)
            return args.error();
        COFFER_TRY(session.signIn());
        COFFER_TRY(session.book->users().verifyTotp(session.signedIn, args->positional(0)));
        session.out << "code accepted for " << session.signedIn.name << '\n';
        return success();
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("totp: expected enroll or verify (see --help)"));
}

} // namespace coffer::cli
