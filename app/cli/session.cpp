#include "session.h"

#include "printing/bookprinting.h"

#include <QRegularExpression>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace coffer::cli {

namespace {

// Reads a password from the terminal without echo; empty when there is no terminal.
QString promptPassword(const QString &prompt, QTextStream &err)
{
    if (!isatty(STDIN_FILENO))
        return {};
    err << prompt << Qt::flush;
    termios saved {};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char buffer[512] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    err << '\n' << Qt::flush;
    return read ? QString::fromUtf8(buffer).trimmed() : QString();
}

} // namespace

Status Session::openBook(Book::Opening opening)
{
    if (book)
        return success();
    BookLocation location = BookLocation::defaultBook();
    if (!dbText.isEmpty()) {
        auto parsed = BookLocation::parse(dbText);
        if (!parsed)
            return parsed.error();
        location = *parsed;
    }
    if (location.dialect == Dialect::PostgreSQL) {
        location.password = qEnvironmentVariable("PGPASSWORD");
        if (location.password.isEmpty() && !qEnvironmentVariableIsSet("PGPASSWORD"))
            location.password = promptPassword(
                QStringLiteral("Password for %1: ").arg(location.displayName()), err);
    }
    auto opened = Book::open(location, opening);
    if (!opened)
        return opened.error();
    book = std::move(*opened);
    printing::installInvoicePrinter(*book);
    return success();
}

Result<QString> Session::secret(const QString &variable, const QString &what) const
{
    if (qEnvironmentVariableIsSet(qPrintable(variable)))
        return qEnvironmentVariable(qPrintable(variable));
    const QString typed = promptPassword(QStringLiteral("%1: ").arg(what), err);
    if (typed.isEmpty())
        return makeError(ErrorCode::MissingOption,
                         QStringLiteral("%1: is not set, and without a terminal Coffer cannot "
                                        "ask for the %2")
                             .arg(variable, what.toLower()));
    return typed;
}

Status Session::signIn()
{
    if (signedIn.userId != 0)
        return success();
    COFFER_TRY(openBook());
    if (userName.trimmed().isEmpty())
        return makeError(ErrorCode::MissingOption,
                         QStringLiteral("--user: every command but init needs a user to sign "
                                        "in (password from COFFER_PASSWORD)"));
    auto typed = secret(QStringLiteral("COFFER_PASSWORD"),
                        QStringLiteral("Password for %1").arg(userName));
    if (!typed)
        return typed.error();
    auto user = book->users().signIn(userName, *typed);
    if (!user)
        return user.error();
    signedIn = *user;
    password = *typed;
    return success();
}

Status Session::openMerchant()
{
    COFFER_TRY(signIn());
    auto resolved = book->users().actorFor(signedIn, merchantName);
    if (!resolved)
        return relabel(resolved.error(), QStringLiteral("--merchant"));
    actor = *resolved;
    for (const Merchant &m : book->wallets().merchants().value_or({})) {
        if (m.id == actor.merchantId)
            merchant = m;
    }
    return success();
}

Result<Wallet> Session::wallet(const QString &option, const QString &name) const
{
    auto found = book->wallets().find(actor, name);
    if (!found)
        return relabel(found.error(), option);
    return found;
}

Result<Category> Session::category(const QString &option, const QString &text,
                                   std::optional<CategoryType> type) const
{
    auto found = book->categories().find(actor, text, type);
    if (!found)
        return relabel(found.error(), option);
    return found;
}

QString Session::walletName(qint64 walletId) const
{
    if (walletId == 0)
        return {};
    if (walletCache.isEmpty())
        walletCache = book->wallets().list(actor).value();
    for (const Wallet &w : walletCache) {
        if (w.id == walletId)
            return w.name;
    }
    return QString::number(walletId);
}

QString Session::categoryName(qint64 categoryId) const
{
    if (categoryId == 0)
        return {};
    if (categoryCache.isEmpty())
        categoryCache = book->categories().list(actor).value();
    for (const Category &c : categoryCache) {
        if (c.id == categoryId)
            return c.code.isEmpty() ? c.name : c.code;
    }
    return QString::number(categoryId);
}

Result<int> parseLimit(const CommandArguments &args)
{
    if (!args.has(QStringLiteral("--limit")))
        return 0;
    auto limit
        = parsePositiveNumber(QStringLiteral("--limit"), args.value(QStringLiteral("--limit")));
    if (!limit)
        return limit.error();
    return int(qMin<qint64>(*limit, 1'000'000));
}

Error relabel(Error error, const QString &option)
{
    // A refusal names the user and what they may not do, not an option.
    if (error.code == ErrorCode::PermissionDenied)
        return error;
    // Core errors name their field ("amount: ..."); the CLI names the option instead.
    const qsizetype colon = error.detail.indexOf(QStringLiteral(": "));
    if (colon > 0 && !error.detail.left(colon).contains(QLatin1Char(' ')))
        error.detail = option + error.detail.mid(colon);
    else
        error.detail = option + QStringLiteral(": ") + error.detail;
    return error;
}

Result<Money> parseAmount(const QString &option, const QString &text, const Currency &currency)
{
    auto parsed = Money::parse(text, currency, QLocale::c());
    if (!parsed)
        return relabel(parsed.error(), option);
    return parsed;
}

Result<QDate> parseDate(const QString &option, const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!shape.match(text).hasMatch() || !date.isValid())
        return makeError(
            ErrorCode::InvalidDate,
            QStringLiteral("%1: '%2' is not a real date written YYYY-MM-DD").arg(option, text));
    if (date.year() < 1900)
        return makeError(ErrorCode::InvalidDate,
                         QStringLiteral("%1: '%2' is before 1900").arg(option, text));
    return date;
}

Result<Money> parsePayeeAmount(Session &session, const QString &ownerId,
                               const CommandArguments &args)
{
    Currency currency;
    if (args.has(QStringLiteral("--currency"))) {
        auto code = Currency::fromCode(args.value(QStringLiteral("--currency")));
        if (!code)
            return relabel(code.error(), QStringLiteral("--currency"));
        currency = *code;
    }
    COFFER_TRY(session.openMerchant());
    auto wallet = session.book->payees().walletOf(session.actor, ownerId, currency);
    if (!wallet)
        return wallet.error();
    return parseAmount(QStringLiteral("--amount"), args.value(QStringLiteral("--amount")),
                       wallet->currency);
}

Result<qint64> parsePositiveNumber(const QString &option, const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (!ok || value <= 0 || !digits.match(text).hasMatch())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1: '%2' must be a whole number greater than zero").arg(option, text));
    return value;
}

} // namespace coffer::cli
