// coffer-cli method: a payee's payout methods.
#include "output.h"
#include "session.h"

namespace coffer::cli {

namespace {

QJsonObject methodJson(const PayoutMethod &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("kind"), toCode(m.kind)},
            {QStringLiteral("currency"), m.currency.code()},
            {QStringLiteral("details"), m.masked},
            {QStringLiteral("default"), m.isDefault},
            {QStringLiteral("status"),
             m.active ? QStringLiteral("active") : QStringLiteral("inactive")}};
}

void printMethod(Session &session, const QString &verb, const PayoutMethod &m)
{
    if (session.json) {
        printJson(session.out, methodJson(m));
        return;
    }
    session.out << verb << " method " << m.id << ": " << toCode(m.kind) << " " << m.masked << " ("
                << m.currency.code() << (m.isDefault ? ", default" : "")
                << (m.active ? "" : ", inactive") << ")\n";
}

Result<qint64> methodId(const CommandArguments &args)
{
    return parsePositiveNumber(QStringLiteral("ID"), args.positional(0));
}

Status addMethod(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("method add"), words,
        {{QStringLiteral("--owner-id"), QStringLiteral("--kind"), QStringLiteral("--details"),
          QStringLiteral("--currency")},
         {QStringLiteral("--default")},
         {QStringLiteral("--owner-id"), QStringLiteral("--kind"), QStringLiteral("--details")}});
    if (!args)
        return args.error();
    NewPayoutMethod request;
    request.ownerId = args->value(QStringLiteral("--owner-id"));
    const auto kind = methodKindFromText(args->value(QStringLiteral("--kind")));
    if (!kind)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("--kind: '%1' must be bank, paypal, venmo, cashapp, "
                                        "debit_card or crypto")
                             .arg(args->value(QStringLiteral("--kind"))));
    request.kind = *kind;
    request.details = args->value(QStringLiteral("--details"));
    if (args->has(QStringLiteral("--currency"))) {
        auto currency = Currency::fromCode(args->value(QStringLiteral("--currency")));
        if (!currency)
            return relabel(currency.error(), QStringLiteral("--currency"));
        request.currency = *currency;
    }
    request.makeDefault = args->flag(QStringLiteral("--default"));
    COFFER_TRY(session.openMerchant());
    auto method = session.book->methods().add(session.actor, request);
    if (!method)
        return method.error();
    printMethod(session, QStringLiteral("added"), *method);
    return success();
}

Status listMethods(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("method list"), words,
        {{QStringLiteral("--owner-id")}, {}, {QStringLiteral("--owner-id")}});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    auto methods
        = session.book->methods().list(session.actor, args->value(QStringLiteral("--owner-id")));
    if (!methods)
        return methods.error();
    if (session.json) {
        QJsonArray array;
        for (const PayoutMethod &m : *methods)
            array.append(methodJson(m));
        printJson(session.out, {{QStringLiteral("methods"), array}});
        return success();
    }
    if (methods->isEmpty()) {
        session.out << "no payout methods yet\n";
        return success();
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("KIND"), QStringLiteral("DETAILS"),
                     QStringLiteral("CURRENCY"), QStringLiteral("STATUS")});
    for (const PayoutMethod &m : *methods)
        table.addRow({QString::number(m.id), toCode(m.kind), m.masked, m.currency.code(),
                      m.active
                          ? (m.isDefault ? QStringLiteral("default") : QStringLiteral("active"))
                          : QStringLiteral("inactive")});
    table.print(session.out);
    return success();
}

Status changeMethod(Session &session, const QStringList &words, bool remove)
{
    const QString command
        = remove ? QStringLiteral("method remove") : QStringLiteral("method default");
    auto args = CommandArguments::parse(command, words, {{}, {}, {}, 1});
    if (!args)
        return args.error();
    auto id = methodId(*args);
    if (!id)
        return id.error();
    COFFER_TRY(session.openMerchant());
    MethodService &methods = session.book->methods();
    auto method
        = remove ? methods.remove(session.actor, *id) : methods.setDefault(session.actor, *id);
    // The method is the positional ID here, not a --method option.
    if (!method && method.error().detail.startsWith(QStringLiteral("method:")))
        return relabel(method.error(), QStringLiteral("ID"));
    if (!method)
        return method.error();
    printMethod(session, remove ? QStringLiteral("removed") : QStringLiteral("default"), *method);
    return success();
}

} // namespace

Status runMethod(Session &session, const QStringList &words)
{
    const QString sub = words.value(0);
    const QStringList rest = words.mid(1);
    if (sub == QStringLiteral("add"))
        return addMethod(session, rest);
    if (sub == QStringLiteral("list"))
        return listMethods(session, rest);
    if (sub == QStringLiteral("remove") || sub == QStringLiteral("default"))
        return changeMethod(session, rest, sub == QStringLiteral("remove"));
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("method: '%1' is not add, list, remove or default").arg(sub));
}

} // namespace coffer::cli
