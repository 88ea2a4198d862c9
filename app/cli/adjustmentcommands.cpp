// coffer-cli adjustment: obligations between payees and the merchant, and their policy.
#include "output.h"
#include "session.h"

namespace coffer::cli {

namespace {

Result<AdjustmentClass> parseClass(const QString &text)
{
    if (auto parsed = adjustmentClassFromText(text))
        return *parsed;
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("--class: '%1' must be carry_forward_deduction, "
                                    "carry_forward_credit, invoice_fee or manual_recovery")
                         .arg(text));
}

Result<AdjustmentMode> parseMode(const QString &text)
{
    if (auto parsed = adjustmentModeFromText(text))
        return *parsed;
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("--mode: '%1' must be auto, manual or exception").arg(text));
}

Status addAdjustment(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("adjustment add"), words,
        {{QStringLiteral("--owner-id"), QStringLiteral("--class"), QStringLiteral("--amount"),
          QStringLiteral("--mode"), QStringLiteral("--note"), QStringLiteral("--evidence"),
          QStringLiteral("--currency")},
         {},
         {QStringLiteral("--owner-id"), QStringLiteral("--class"), QStringLiteral("--amount"),
          QStringLiteral("--mode")}});
    if (!args)
        return args.error();
    NewAdjustment request;
    request.ownerId = args->value(QStringLiteral("--owner-id"));
    auto adjustmentClass = parseClass(args->value(QStringLiteral("--class")));
    if (!adjustmentClass)
        return adjustmentClass.error();
    request.adjustmentClass = *adjustmentClass;
    auto mode = parseMode(args->value(QStringLiteral("--mode")));
    if (!mode)
        return mode.error();
    request.mode = *mode;
    request.note = args->value(QStringLiteral("--note"));
    if (args->has(QStringLiteral("--evidence"))) {
        auto evidence = readProofFile(QStringLiteral("--evidence"),
                                      args->value(QStringLiteral("--evidence")));
        if (!evidence)
            return evidence.error();
        request.evidence = *evidence;
    }
    auto amount = parsePayeeAmount(session, request.ownerId, *args);
    if (!amount)
        return amount.error();
    request.amount = *amount;
    auto added = session.book->adjustments().add(session.actor, request);
    if (!added && added.error().detail.startsWith(QStringLiteral("proof:")))
        return relabel(added.error(), QStringLiteral("--evidence"));
    if (!added)
        return added.error();
    if (session.json) {
        printJson(session.out, adjustmentJson(*added));
        return success();
    }
    session.out << "adjustment " << added->id << ": " << toCode(added->adjustmentClass) << " "
                << added->amount.toDecimalString() << " " << added->amount.currency().code()
                << (isDeduction(added->adjustmentClass) ? " owed by " : " owed to ")
                << added->ownerId << ", " << toCode(added->mode) << "\n";
    return success();
}

Status listAdjustments(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(QStringLiteral("adjustment list"), words,
                                        {{QStringLiteral("--owner-id")}, {}, {}});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    auto adjustments = session.book->adjustments().list(session.actor,
                                                        args->value(QStringLiteral("--owner-id")));
    if (!adjustments)
        return adjustments.error();
    if (session.json) {
        QJsonArray array;
        for (const Adjustment &a : *adjustments)
            array.append(adjustmentJson(a));
        printJson(session.out, {{QStringLiteral("adjustments"), array}});
        return success();
    }
    if (adjustments->isEmpty()) {
        session.out << "no adjustments\n";
        return success();
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("OWNER"), QStringLiteral("CLASS"),
                     QStringLiteral("MODE"), QStringLiteral("AMOUNT"), QStringLiteral("STATUS"),
                     QStringLiteral("PAYOUT"), QStringLiteral("NOTE")},
                    {4});
    for (const Adjustment &a : *adjustments)
        table.addRow(
            {QString::number(a.id), a.ownerId, toCode(a.adjustmentClass), toCode(a.mode),
             (isDeduction(a.adjustmentClass) ? QStringLiteral("-") : QStringLiteral("+"))
                 + a.amount.toDecimalString() + QLatin1Char(' ') + a.amount.currency().code(),
             a.status(), a.isOpen() ? a.sourcePayout : a.appliedTo, a.note.simplified().left(40)});
    table.print(session.out);
    return success();
}

// adjustment policy --owner-id ID                     (shows the payee's policy)
// adjustment policy --class C --mode M --owner-type T | --owner-id ID   (sets a rule)
Status adjustmentPolicy(Session &session, const QStringList &words)
{
    auto args
        = CommandArguments::parse(QStringLiteral("adjustment policy"), words,
                                  {{QStringLiteral("--owner-id"), QStringLiteral("--owner-type"),
                                    QStringLiteral("--class"), QStringLiteral("--mode")},
                                   {},
                                   {}});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    AdjustmentService &adjustments = session.book->adjustments();
    Result<QList<AdjustmentRule>> rules = QList<AdjustmentRule> {};
    if (args->has(QStringLiteral("--class")) || args->has(QStringLiteral("--mode"))) {
        PolicyChange change;
        auto adjustmentClass = parseClass(args->value(QStringLiteral("--class")));
        auto mode = parseMode(args->value(QStringLiteral("--mode")));
        if (!adjustmentClass || !mode)
            return adjustmentClass ? mode.error() : adjustmentClass.error();
        change.adjustmentClass = *adjustmentClass;
        change.mode = *mode;
        change.ownerId = args->value(QStringLiteral("--owner-id"));
        if (args->has(QStringLiteral("--owner-type"))) {
            auto program = ownerTypeFromText(args->value(QStringLiteral("--owner-type")));
            if (!program)
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("--owner-type: must be customer, affiliate, "
                                                "creator or vendor"));
            change.program = *program;
        }
        rules = adjustments.setPolicy(session.actor, change);
    } else if (args->has(QStringLiteral("--owner-id"))) {
        rules = adjustments.policy(session.actor, args->value(QStringLiteral("--owner-id")));
    } else {
        return makeError(ErrorCode::MissingOption,
                         QStringLiteral("--owner-id: name the payee whose policy to show, or "
                                        "give --class and --mode to set a rule"));
    }
    if (!rules)
        return rules.error();
    if (session.json) {
        QJsonArray array;
        for (const AdjustmentRule &r : *rules)
            array.append(QJsonObject {{QStringLiteral("class"), toCode(r.adjustmentClass)},
                                      {QStringLiteral("mode"), toCode(r.mode)},
                                      {QStringLiteral("source"), r.source}});
        printJson(session.out, {{QStringLiteral("policy"), array}});
        return success();
    }
    TextTable table({QStringLiteral("CLASS"), QStringLiteral("MODE"), QStringLiteral("FROM")});
    for (const AdjustmentRule &r : *rules)
        table.addRow({toCode(r.adjustmentClass), toCode(r.mode), r.source});
    table.print(session.out);
    return success();
}

} // namespace

Status runAdjustment(Session &session, const QStringList &words)
{
    const QString sub = words.value(0);
    const QStringList rest = words.mid(1);
    if (sub == QStringLiteral("add"))
        return addAdjustment(session, rest);
    if (sub == QStringLiteral("list"))
        return listAdjustments(session, rest);
    if (sub == QStringLiteral("policy"))
        return adjustmentPolicy(session, rest);
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("adjustment: '%1' is not add, list or policy").arg(sub));
}

} // namespace coffer::cli
