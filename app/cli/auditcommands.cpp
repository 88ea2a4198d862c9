// coffer-cli audit list and audit verify.
#include "output.h"
#include "session.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace coffer::cli {

namespace {

QJsonObject recordJson(const AuditRecord &r)
{
    return QJsonObject {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("recorded_at"), r.recordedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("merchant_id"), r.entry.merchantId},
        {QStringLiteral("actor"), r.entry.actor},
        {QStringLiteral("action"), r.entry.action},
        {QStringLiteral("object_type"), r.entry.objectType},
        {QStringLiteral("object_id"), r.entry.objectId},
        {QStringLiteral("before"), QJsonDocument::fromJson(r.entry.before.toUtf8()).object()},
        {QStringLiteral("after"), QJsonDocument::fromJson(r.entry.after.toUtf8()).object()},
        {QStringLiteral("hash"), r.hash},
    };
}

Status listRecords(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("audit list"), words,
        {{QStringLiteral("--limit"), QStringLiteral("--actor"), QStringLiteral("--action"),
          QStringLiteral("--from"), QStringLiteral("--to")},
         {},
         {}});
    if (!args)
        return args.error();
    AuditFilter filter;
    filter.limit = 50;
    if (args->has(QStringLiteral("--limit"))) {
        auto limit = parsePositiveNumber(QStringLiteral("--limit"),
                                         args->value(QStringLiteral("--limit")));
        if (!limit)
            return limit.error();
        filter.limit = int(qMin<qint64>(*limit, 100'000));
    }
    filter.actor = args->value(QStringLiteral("--actor"));
    filter.action = args->value(QStringLiteral("--action"));
    for (const QString &option : {QStringLiteral("--from"), QStringLiteral("--to")}) {
        if (!args->has(option))
            continue;
        auto date = parseDate(option, args->value(option));
        if (!date)
            return date.error();
        (option == QStringLiteral("--from") ? filter.from : filter.to) = *date;
    }
    COFFER_TRY(session.openMerchant());
    auto records = session.book->audit().list(session.actor, filter);
    if (!records)
        return records.error();
    if (session.json) {
        QJsonArray array;
        for (const AuditRecord &r : *records)
            array.append(recordJson(r));
        printJson(session.out, {{QStringLiteral("records"), array}});
        return success();
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("WHEN (UTC)"), QStringLiteral("ACTOR"),
                     QStringLiteral("ACTION"), QStringLiteral("OBJECT")},
                    {0});
    for (const AuditRecord &r : *records)
        table.addRow({QString::number(r.id),
                      r.recordedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), r.entry.actor,
                      r.entry.action, r.entry.objectType + QLatin1Char(' ') + r.entry.objectId});
    table.print(session.out);
    return success();
}

Status verifyRecords(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(QStringLiteral("audit verify"), words,
                                        {{QStringLiteral("--head")}, {}, {}});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    std::optional<QString> head;
    if (args->has(QStringLiteral("--head"))) {
        static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
        head = args->value(QStringLiteral("--head")).trimmed().toLower();
        if (!sha256.match(*head).hasMatch())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("--head: '%1' is not a head hash (64 hexadecimal "
                                            "digits, as audit verify prints it)")
                                 .arg(args->value(QStringLiteral("--head"))));
    }
    auto result = session.book->audit().verify(session.actor, head);
    if (!result)
        return result.error();
    if (session.json) {
        printJson(session.out,
                  {{QStringLiteral("ok"), result->sound()},
                   {QStringLiteral("records"), result->records},
                   {QStringLiteral("first_broken"), result->firstBrokenId},
                   {QStringLiteral("problem"), result->problem},
                   {QStringLiteral("head"), result->headHash}});
    } else if (result->sound()) {
        session.out << "ok: " << result->records << " audit records, chain intact\n"
                    << "head: " << result->headHash << '\n';
    } else {
        session.out << "broken at record " << result->firstBrokenId << ": " << result->problem
                    << '\n';
    }
    if (!result->sound())
        session.exitCode = exitVerifyFailed;
    return success();
}

} // namespace

Status runAudit(Session &session, const QStringList &words)
{
    const QString verb = words.value(0);
    if (verb == QStringLiteral("list"))
        return listRecords(session, words.mid(1));
    if (verb == QStringLiteral("verify"))
        return verifyRecords(session, words.mid(1));
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("audit: expected list or verify (see --help)"));
}

} // namespace coffer::cli
