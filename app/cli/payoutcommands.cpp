// coffer-cli payout: requests, approvals, execution and the payout record.
#include "output.h"
#include "session.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace coffer::cli {

namespace {

QString money(const Money &m)
{
    return m.toDecimalString() + QLatin1Char(' ') + m.currency().code();
}

QJsonObject cliPayoutJson(const Payout &p)
{
    return {{QStringLiteral("number"), p.number},
            {QStringLiteral("owner_id"), p.ownerId},
            {QStringLiteral("state"), toCode(p.state)},
            {QStringLiteral("amount"), p.amount.toDecimalString()},
            {QStringLiteral("fee"), p.fee.toDecimalString()},
            {QStringLiteral("sent"), p.sent().toDecimalString()},
            {QStringLiteral("deductions"), p.deductions.toDecimalString()},
            {QStringLiteral("credits"), p.credits.toDecimalString()},
            {QStringLiteral("held"), p.held.toDecimalString()},
            {QStringLiteral("currency"), p.amount.currency().code()},
            {QStringLiteral("instant"), p.instant},
            {QStringLiteral("method_id"), p.methodId},
            {QStringLiteral("requested_by"), p.requestedBy},
            {QStringLiteral("reference"), p.latestReference},
            {QStringLiteral("created_at"), p.createdAt.toUTC().toString(Qt::ISODate)}};
}

void printPayout(Session &session, const QString &verb, const Payout &p)
{
    if (session.json) {
        printJson(session.out, cliPayoutJson(p));
        return;
    }
    session.out << p.number << " " << verb << ": " << money(p.amount) << " to " << p.ownerId
                << (p.instant ? QStringLiteral(" (instant, fee %1)").arg(p.fee.toDecimalString())
                              : QString())
                << (p.deductions.isZero() && p.credits.isZero()
                        ? QString()
                        : QStringLiteral(" (adjusted: sends %1)").arg(p.sent().toDecimalString()))
                << ", " << toCode(p.state) << "\n";
}

Status requestPayout(Session &session, const QStringList &words)
{
    auto args
        = CommandArguments::parse(QStringLiteral("payout request"), words,
                                  {{QStringLiteral("--owner-id"), QStringLiteral("--amount"),
                                    QStringLiteral("--method"), QStringLiteral("--idempotency-key"),
                                    QStringLiteral("--currency"), QStringLiteral("--adjustment")},
                                   {QStringLiteral("--instant")},
                                   {QStringLiteral("--owner-id"), QStringLiteral("--amount")},
                                   0,
                                   {QStringLiteral("--adjustment")}});
    if (!args)
        return args.error();
    NewPayout request;
    // --adjustment 3 --adjustment 5, or --adjustment 3,5
    for (const QString &value : args->values(QStringLiteral("--adjustment"))) {
        for (const QString &word : value.split(QLatin1Char(','))) {
            auto id = parsePositiveNumber(QStringLiteral("--adjustment"), word.trimmed());
            if (!id)
                return id.error();
            request.adjustmentIds.append(*id);
        }
    }
    request.ownerId = args->value(QStringLiteral("--owner-id"));
    request.instant = args->flag(QStringLiteral("--instant"));
    request.idempotencyKey = args->value(QStringLiteral("--idempotency-key"));
    if (args->has(QStringLiteral("--idempotency-key"))
        && request.idempotencyKey.trimmed().isEmpty())
        return makeError(ErrorCode::FieldRequired,
                         QStringLiteral("--idempotency-key: must not be blank"));
    if (args->has(QStringLiteral("--method"))) {
        auto id = parsePositiveNumber(QStringLiteral("--method"),
                                      args->value(QStringLiteral("--method")));
        if (!id)
            return id.error();
        request.methodId = *id;
    }
    auto amount = parsePayeeAmount(session, request.ownerId, *args);
    if (!amount)
        return amount.error();
    request.amount = *amount;
    auto payout = session.book->payouts().request(session.actor, request);
    if (!payout)
        return payout.error();
    if (session.json)
        printJson(session.out, cliPayoutJson(*payout));
    else
        session.out << payout->number << "\n";
    return success();
}

Result<QString> numberOf(const QString &command, const QStringList &words, OptionSpec spec,
                         CommandArguments *parsed)
{
    spec.positionals = 1;
    auto args = CommandArguments::parse(command, words, spec);
    if (!args)
        return args.error();
    *parsed = *args;
    return args->positional(0);
}

Status approvePayout(Session &session, const QStringList &words)
{
    CommandArguments args;
    auto number = numberOf(QStringLiteral("payout approve"), words, {}, &args);
    if (!number)
        return number.error();
    COFFER_TRY(session.openMerchant());
    // Refuse before asking for a code that could not be used.
    COFFER_TRY(session.actor.require(Permission::ReviewPayouts));
    auto code = session.secret(QStringLiteral("COFFER_TOTP"), QStringLiteral("One-time password"));
    if (!code)
        return code.error();
    auto payout = session.book->payouts().approve(session.actor, session.signedIn, *number, *code);
    // A refused code is about the variable it came from.
    if (!payout && payout.error().detail.startsWith(QStringLiteral("code:")))
        return relabel(payout.error(), QStringLiteral("COFFER_TOTP"));
    if (!payout)
        return payout.error();
    printPayout(session, QStringLiteral("approved"), *payout);
    return success();
}

Status processPayout(Session &session, const QStringList &words)
{
    CommandArguments args;
    auto number = numberOf(QStringLiteral("payout process"), words, {}, &args);
    if (!number)
        return number.error();
    COFFER_TRY(session.openMerchant());
    auto payout = session.book->payouts().process(session.actor, *number);
    if (!payout)
        return payout.error();
    printPayout(session, QStringLiteral("in transit"), *payout);
    return success();
}

Status executePayout(Session &session, const QStringList &words)
{
    CommandArguments args;
    auto number = numberOf(QStringLiteral("payout execute"), words,
                           {{QStringLiteral("--reference"), QStringLiteral("--actual-amount"),
                             QStringLiteral("--proof"), QStringLiteral("--idempotency-key"),
                             QStringLiteral("--note"), QStringLiteral("--wallet")},
                            {},
                            {QStringLiteral("--reference"), QStringLiteral("--actual-amount"),
                             QStringLiteral("--proof")}},
                           &args);
    if (!number)
        return number.error();
    Execution execution;
    execution.reference = args.value(QStringLiteral("--reference"));
    execution.note = args.value(QStringLiteral("--note"));
    execution.idempotencyKey = args.value(QStringLiteral("--idempotency-key"));
    execution.fromWallet = args.value(QStringLiteral("--wallet"));
    auto proof = readProofFile(QStringLiteral("--proof"), args.value(QStringLiteral("--proof")));
    if (!proof)
        return proof.error();
    execution.proof = *proof;
    COFFER_TRY(session.openMerchant());
    auto current = session.book->payouts().show(session.actor, *number);
    if (!current)
        return current.error();
    auto actual = parseAmount(QStringLiteral("--actual-amount"),
                              args.value(QStringLiteral("--actual-amount")),
                              current->payout.amount.currency());
    if (!actual)
        return actual.error();
    execution.actual = *actual;
    auto payout = session.book->payouts().execute(session.actor, *number, execution);
    if (!payout)
        return payout.error();
    printPayout(session, QStringLiteral("executed"), *payout);
    return success();
}

Status failPayout(Session &session, const QStringList &words)
{
    CommandArguments args;
    auto number = numberOf(QStringLiteral("payout fail"), words,
                           {{QStringLiteral("--code"), QStringLiteral("--message")},
                            {QStringLiteral("--retry")},
                            {QStringLiteral("--code"), QStringLiteral("--message")}},
                           &args);
    if (!number)
        return number.error();
    COFFER_TRY(session.openMerchant());
    auto payout = session.book->payouts().fail(
        session.actor, *number, args.value(QStringLiteral("--code")),
        args.value(QStringLiteral("--message")), args.flag(QStringLiteral("--retry")));
    if (!payout)
        return payout.error();
    printPayout(session, QStringLiteral("failed"), *payout);
    return success();
}

Status replaceProof(Session &session, const QStringList &words)
{
    CommandArguments args;
    auto number = numberOf(QStringLiteral("payout replace-proof"), words,
                           {{QStringLiteral("--proof"), QStringLiteral("--reason")},
                            {},
                            {QStringLiteral("--proof"), QStringLiteral("--reason")}},
                           &args);
    if (!number)
        return number.error();
    auto proof = readProofFile(QStringLiteral("--proof"), args.value(QStringLiteral("--proof")));
    if (!proof)
        return proof.error();
    COFFER_TRY(session.openMerchant());
    auto replaced = session.book->payouts().replaceProof(session.actor, *number, *proof,
                                                         args.value(QStringLiteral("--reason")));
    if (!replaced)
        return replaced.error();
    if (session.json)
        printJson(session.out,
                  {{QStringLiteral("document_id"), replaced->document.id},
                   {QStringLiteral("file_name"), replaced->document.fileName},
                   {QStringLiteral("sha256"), replaced->document.sha256}});
    else
        session.out << *number << " proof replaced by document " << replaced->document.id << " ("
                    << replaced->document.fileName << ", sha256 " << replaced->document.sha256
                    << ")\n";
    return success();
}

Status approveException(Session &session, const QStringList &words)
{
    CommandArguments args;
    auto number = numberOf(QStringLiteral("payout approve-exception"), words, {}, &args);
    if (!number)
        return number.error();
    COFFER_TRY(session.openMerchant());
    auto payout = session.book->payouts().approveException(session.actor, *number);
    if (!payout)
        return payout.error();
    printPayout(session, QStringLiteral("exception approved"), *payout);
    return success();
}

Status resolvePayout(Session &session, const QStringList &words)
{
    CommandArguments args;
    auto number = numberOf(QStringLiteral("payout resolve"), words,
                           {{QStringLiteral("--note"), QStringLiteral("--adjustment-amount")},
                            {},
                            {QStringLiteral("--note")}},
                           &args);
    if (!number)
        return number.error();
    COFFER_TRY(session.openMerchant());
    std::optional<Money> adjustment;
    if (args.has(QStringLiteral("--adjustment-amount"))) {
        auto current = session.book->payouts().show(session.actor, *number);
        if (!current)
            return current.error();
        const QString text = args.value(QStringLiteral("--adjustment-amount")).trimmed();
        const Currency &currency = current->payout.amount.currency();
        // 0 writes the difference off; parseAmount takes positive amounts only.
        static const QRegularExpression zero(QStringLiteral("^0+(\\.0+)?$"));
        if (zero.match(text).hasMatch())
            adjustment = Money(0, currency);
        else {
            auto amount = parseAmount(QStringLiteral("--adjustment-amount"), text, currency);
            if (!amount)
                return amount.error();
            adjustment = *amount;
        }
    }
    auto payout = session.book->payouts().resolve(session.actor, *number,
                                                  args.value(QStringLiteral("--note")), adjustment);
    if (!payout)
        return payout.error();
    printPayout(session, QStringLiteral("resolved"), *payout);
    return success();
}

Status reversePayout(Session &session, const QStringList &words)
{
    CommandArguments args;
    auto number = numberOf(QStringLiteral("payout reverse"), words,
                           {{QStringLiteral("--reason"), QStringLiteral("--evidence")},
                            {},
                            {QStringLiteral("--reason"), QStringLiteral("--evidence")}},
                           &args);
    if (!number)
        return number.error();
    auto evidence
        = readProofFile(QStringLiteral("--evidence"), args.value(QStringLiteral("--evidence")));
    if (!evidence)
        return evidence.error();
    COFFER_TRY(session.openMerchant());
    auto payout = session.book->payouts().reverse(
        session.actor, *number, args.value(QStringLiteral("--reason")), *evidence);
    if (!payout && payout.error().detail.startsWith(QStringLiteral("proof:")))
        return relabel(payout.error(), QStringLiteral("--evidence"));
    if (!payout)
        return payout.error();
    printPayout(session, QStringLiteral("reversed"), *payout);
    return success();
}

Status cancelPayout(Session &session, const QStringList &words)
{
    CommandArguments args;
    auto number = numberOf(QStringLiteral("payout cancel"), words,
                           {{QStringLiteral("--reason")}, {}, {}}, &args);
    if (!number)
        return number.error();
    COFFER_TRY(session.openMerchant());
    auto payout = session.book->payouts().cancel(session.actor, *number,
                                                 args.value(QStringLiteral("--reason")));
    if (!payout)
        return payout.error();
    printPayout(session, QStringLiteral("canceled"), *payout);
    return success();
}

} // namespace

Result<ProofFile> readProofFile(const QString &option, const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).size() > ProofFile::maxProofBytes)
        return makeError(ErrorCode::InvalidProof,
                         QStringLiteral("%1: '%2' is over %3 MiB")
                             .arg(option, path)
                             .arg(ProofFile::maxProofBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidProof,
                         QStringLiteral("%1: cannot read '%2'").arg(option, path));
    return ProofFile {QFileInfo(path).fileName(), file.readAll()};
}

Status listPayouts(Session &session, const QStringList &words);
Status showPayout(Session &session, const QStringList &words);

Status runPayout(Session &session, const QStringList &words)
{
    using Handler = Status (*)(Session &, const QStringList &);
    static const QList<std::pair<QString, Handler>> handlers {
        {QStringLiteral("request"), requestPayout},
        {QStringLiteral("approve"), approvePayout},
        {QStringLiteral("process"), processPayout},
        {QStringLiteral("execute"), executePayout},
        {QStringLiteral("fail"), failPayout},
        {QStringLiteral("cancel"), cancelPayout},
        {QStringLiteral("list"), listPayouts},
        {QStringLiteral("show"), showPayout},
        {QStringLiteral("replace-proof"), replaceProof},
        {QStringLiteral("approve-exception"), approveException},
        {QStringLiteral("resolve"), resolvePayout},
        {QStringLiteral("reverse"), reversePayout},
    };
    const QString sub = words.value(0);
    for (const auto &[name, handler] : handlers) {
        if (name == sub)
            return handler(session, words.mid(1));
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("payout: '%1' is not request, approve, approve-exception, "
                                    "process, execute, fail, cancel, resolve, reverse, "
                                    "replace-proof, list or show")
                         .arg(sub));
}

} // namespace coffer::cli
