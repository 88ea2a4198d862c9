#include "common/textrules.h"
#include "ledger/verifier.h"
#include "output.h"
#include "session.h"
#include "tools/historygenerator.h"

#include <QElapsedTimer>

namespace coffer::cli {

Status runInit(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("init"), words,
        {{QStringLiteral("--merchant"), QStringLiteral("--currency"), QStringLiteral("--admin")},
         {},
         {QStringLiteral("--merchant"), QStringLiteral("--admin")}});
    if (!args)
        return args.error();
    Currency currency = Currency::fromCode(QStringLiteral("VND")).value();
    if (args->has(QStringLiteral("--currency"))) {
        auto chosen = Currency::fromCode(args->value(QStringLiteral("--currency")));
        if (!chosen)
            return relabel(chosen.error(), QStringLiteral("--currency"));
        currency = *chosen;
    }
    // Check the name before the book is created, so a bad name writes nothing at all.
    COFFER_TRY(
        checkName(QStringLiteral("merchant"), args->value(QStringLiteral("--merchant")), 100));
    COFFER_TRY(checkName(QStringLiteral("--admin"), args->value(QStringLiteral("--admin")),
                         UserService::longestName));
    const QString admin = args->value(QStringLiteral("--admin")).trimmed();
    auto password = session.secret(QStringLiteral("COFFER_PASSWORD"),
                                   QStringLiteral("Password for %1").arg(admin));
    if (!password)
        return password.error();
    // Checked before the book is created (every password in a book meets the rules).
    if (auto rules = UserService::checkPassword(*password); !rules)
        return relabel(rules.error(), QStringLiteral("COFFER_PASSWORD"));
    COFFER_TRY(session.openBook(Book::Opening::CreateIfMissing));
    Merchant created;
    auto signedIn = session.book->users().initialise(
        admin, *password, args->value(QStringLiteral("--merchant")), currency, created);
    if (!signedIn)
        return signedIn.error();
    const Merchant *merchant = &created;
    if (session.json)
        printJson(session.out,
                  {{QStringLiteral("merchant"), merchant->name},
                   {QStringLiteral("id"), merchant->id},
                   {QStringLiteral("currency"), merchant->defaultCurrency.code()},
                   {QStringLiteral("admin"), signedIn->name},
                   {QStringLiteral("book"), session.book->database().location().displayName()}});
    else
        session.out << "merchant " << merchant->name << " (" << merchant->defaultCurrency.code()
                    << ") with its default Cash wallet, "
                    << "run by " << signedIn->name << " (admin, owner), in "
                    << session.book->database().location().displayName() << '\n';
    return success();
}

Status runVerify(Session &session, const QStringList &words)
{
    COFFER_TRY(CommandArguments::parse(QStringLiteral("verify"), words, {}));
    COFFER_TRY(session.openMerchant());
    COFFER_TRY(session.actor.require(Permission::ReadBooks));
    QElapsedTimer timer;
    timer.start();
    const Verifier verifier(session.book->database());
    auto problems = verifier.run();
    if (!problems)
        return problems.error();
    auto counts = verifier.counts();
    if (!counts)
        return counts.error();
    const qint64 transactions = counts->transactions;
    const qint64 wallets = counts->wallets;
    if (session.json) {
        printJson(session.out,
                  {{QStringLiteral("ok"), problems->isEmpty()},
                   {QStringLiteral("transactions"), transactions},
                   {QStringLiteral("wallets"), wallets},
                   {QStringLiteral("problems"), QJsonArray::fromStringList(*problems)}});
    } else if (problems->isEmpty()) {
        session.out << "ok: " << transactions << " transactions and " << wallets
                    << " wallets verified in " << timer.elapsed() << " ms\n";
    } else {
        for (const QString &problem : *problems)
            session.out << problem << '\n';
        session.out << problems->size() << " difference(s) found\n";
    }
    if (!problems->isEmpty())
        session.exitCode = exitVerifyFailed;
    return success();
}

Status runGenerate(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("generate"), words,
        {{QStringLiteral("--transactions"), QStringLiteral("--seed"), QStringLiteral("--until")},
         {},
         {QStringLiteral("--transactions")}});
    if (!args)
        return args.error();
    GenerateOptions options;
    auto count = parsePositiveNumber(QStringLiteral("--transactions"),
                                     args->value(QStringLiteral("--transactions")));
    if (!count)
        return count.error();
    options.transactions = *count;
    if (args->has(QStringLiteral("--seed"))) {
        bool ok = false;
        options.seed = args->value(QStringLiteral("--seed")).toULongLong(&ok);
        if (!ok)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("--seed: '%1' must be a whole number")
                                 .arg(args->value(QStringLiteral("--seed"))));
    }
    if (args->has(QStringLiteral("--until"))) {
        auto until = parseDate(QStringLiteral("--until"), args->value(QStringLiteral("--until")));
        if (!until)
            return until.error();
        options.until = *until;
    }
    COFFER_TRY(session.openMerchant());
    QElapsedTimer timer;
    timer.start();
    auto summary = HistoryGenerator(*session.book).run(session.actor, options);
    if (!summary)
        return summary.error();
    const double seconds = double(timer.elapsed()) / 1000.0; // timing only, never money
    if (session.json)
        printJson(session.out,
                  {{QStringLiteral("transactions"), summary->transactions},
                   {QStringLiteral("transfers"), summary->transfers},
                   {QStringLiteral("pending"), summary->pending},
                   {QStringLiteral("cancelled"), summary->cancelled},
                   {QStringLiteral("from"), summary->from.toString(Qt::ISODate)},
                   {QStringLiteral("until"), summary->until.toString(Qt::ISODate)},
                   {QStringLiteral("seconds"), seconds}});
    else
        session.out << "generated " << summary->transactions << " transactions ("
                    << summary->transfers << " transfers, " << summary->pending << " pending, "
                    << summary->cancelled << " cancelled) from "
                    << summary->from.toString(Qt::ISODate) << " to "
                    << summary->until.toString(Qt::ISODate) << " in "
                    << QString::number(seconds, 'f', 1) << " s\n";
    return success();
}

} // namespace coffer::cli
