// coffer-cli payout list and payout show.
#include "output.h"
#include "session.h"

#include <QFile>

namespace coffer::cli {

namespace {

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QJsonObject listedJson(const Payout &p)
{
    return {{QStringLiteral("number"), p.number},
            {QStringLiteral("owner_id"), p.ownerId},
            {QStringLiteral("state"), toCode(p.state)},
            {QStringLiteral("amount"), p.amount.toDecimalString()},
            {QStringLiteral("fee"), p.fee.toDecimalString()},
            {QStringLiteral("currency"), p.amount.currency().code()},
            {QStringLiteral("instant"), p.instant},
            {QStringLiteral("requested_by"), p.requestedBy},
            {QStringLiteral("reference"), p.latestReference},
            {QStringLiteral("created_at"), p.createdAt.toUTC().toString(Qt::ISODate)}};
}

QJsonObject detailJson(const PayoutDetail &d)
{
    QJsonObject object = listedJson(d.payout);
    object.insert(QStringLiteral("sent"), d.payout.sent().toDecimalString());
    object.insert(QStringLiteral("held"), d.payout.held.toDecimalString());
    object.insert(QStringLiteral("method"),
                  QJsonObject {{QStringLiteral("id"), d.method.id},
                               {QStringLiteral("kind"), toCode(d.method.kind)},
                               {QStringLiteral("details"), d.method.masked}});
    QJsonArray timeline;
    for (const PayoutEvent &e : d.timeline)
        timeline.append(
            QJsonObject {{QStringLiteral("from"), e.from ? toCode(*e.from) : QString()},
                         {QStringLiteral("to"), toCode(e.to)},
                         {QStringLiteral("actor"), e.actor},
                         {QStringLiteral("note"), e.note},
                         {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)}});
    QJsonArray approvals;
    for (const PayoutApproval &a : d.approvals)
        approvals.append(
            QJsonObject {{QStringLiteral("kind"), a.kind},
                         {QStringLiteral("approver"), a.approver},
                         {QStringLiteral("amount"), a.amount.toDecimalString()},
                         {QStringLiteral("method_id"), a.methodId},
                         {QStringLiteral("policy_version"), a.policyVersion},
                         {QStringLiteral("at"), a.at.toUTC().toString(Qt::ISODateWithMs)},
                         {QStringLiteral("voided"), !a.voidedAt.isNull()},
                         {QStringLiteral("void_reason"), a.voidReason}});
    QJsonArray attempts;
    for (const PayoutAttempt &a : d.attempts)
        attempts.append(QJsonObject {
            {QStringLiteral("number"), a.number},
            {QStringLiteral("outcome"), a.outcome},
            {QStringLiteral("reference"), a.reference},
            {QStringLiteral("actual"), a.actual ? a.actual->toDecimalString() : QString()},
            {QStringLiteral("failure_code"), a.failureCode},
            {QStringLiteral("failure_message"), a.failureMessage},
            {QStringLiteral("note"), a.note}});
    QJsonArray proofs;
    for (const PayoutProof &p : d.proofs)
        proofs.append(QJsonObject {{QStringLiteral("document_id"), p.document.id},
                                   {QStringLiteral("file_name"), p.document.fileName},
                                   {QStringLiteral("mime_type"), p.document.mimeType},
                                   {QStringLiteral("size"), p.document.size},
                                   {QStringLiteral("sha256"), p.document.sha256},
                                   {QStringLiteral("current"), p.replacedById == 0},
                                   {QStringLiteral("reason"), p.reason}});
    object.insert(QStringLiteral("timeline"), timeline);
    object.insert(QStringLiteral("approvals"), approvals);
    object.insert(QStringLiteral("attempts"), attempts);
    object.insert(QStringLiteral("proofs"), proofs);
    QJsonArray adjustments;
    for (const Adjustment &a : d.adjustments)
        adjustments.append(adjustmentJson(a));
    object.insert(QStringLiteral("deductions"), d.payout.deductions.toDecimalString());
    object.insert(QStringLiteral("credits"), d.payout.credits.toDecimalString());
    object.insert(QStringLiteral("adjustments"), adjustments);
    return object;
}

void printAdjustments(QTextStream &out, const PayoutDetail &d)
{
    if (d.adjustments.isEmpty()) {
        out << "\nadjustments: none\n";
        return;
    }
    out << "\nadjustments\n";
    for (const Adjustment &a : d.adjustments) {
        const bool applied = a.appliedTo == d.payout.number;
        out << "  #" << a.id << " " << toCode(a.adjustmentClass) << " " << toCode(a.mode) << " "
            << (isDeduction(a.adjustmentClass) ? "-" : "+") << a.amount.toDecimalString() << " "
            << a.amount.currency().code() << "  "
            << (applied ? QStringLiteral("applied")
                        : QStringLiteral("opened by this payout, %1").arg(a.status()))
            << (a.note.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(a.note.simplified()))
            << "\n";
    }
}

void printDetail(Session &session, const PayoutDetail &d)
{
    const Payout &p = d.payout;
    const QString code = p.amount.currency().code();
    QTextStream &out = session.out;
    out << p.number << "  " << toCode(p.state) << "\n"
        << "payee:      " << p.ownerId << "\n"
        << "amount:     " << p.amount.toDecimalString() << " " << code
        << (p.instant ? QStringLiteral(" (instant: fee %1, sent %2)")
                            .arg(p.fee.toDecimalString(), p.sent().toDecimalString())
                      : QString())
        << "\n"
        << "held:       " << p.held.toDecimalString() << " " << code << "\n";
    if (!p.deductions.isZero() || !p.credits.isZero())
        out << "adjusted:   -" << p.deductions.toDecimalString() << " +"
            << p.credits.toDecimalString() << " " << code << ", sent " << p.sent().toDecimalString()
            << " " << code << "\n";
    out << "method:     " << toCode(d.method.kind) << " " << d.method.masked << "\n"
        << "requested:  " << p.requestedBy << ", " << timeText(p.createdAt) << "\n";
    if (!p.latestReference.isEmpty())
        out << "reference:  " << p.latestReference << "\n";
    out << "\ntimeline\n";
    for (const PayoutEvent &e : d.timeline)
        out << "  " << timeText(e.at) << "  " << (e.from ? toCode(*e.from) : QStringLiteral("-"))
            << " -> " << toCode(e.to) << "  by " << e.actor
            << (e.note.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(e.note.simplified()))
            << "\n";
    if (!d.approvals.isEmpty()) {
        out << "\napprovals\n";
        for (const PayoutApproval &a : d.approvals)
            out << "  " << a.kind << " by " << a.approver << " at " << timeText(a.at) << " for "
                << a.amount.toDecimalString() << " " << code << ", method " << a.methodId
                << ", policy " << a.policyVersion
                << (a.voidedAt.isNull() ? QString() : QStringLiteral("  VOID: ") + a.voidReason)
                << "\n";
    }
    if (!d.attempts.isEmpty()) {
        out << "\nattempts\n";
        for (const PayoutAttempt &a : d.attempts)
            out << "  #" << a.number << " " << a.outcome
                << (a.reference.isEmpty() ? QString() : QStringLiteral(" ref ") + a.reference)
                << (a.actual
                        ? QStringLiteral(" actual %1 %2").arg(a.actual->toDecimalString(), code)
                        : QString())
                << (a.failureCode.isEmpty()
                        ? QString()
                        : QStringLiteral(" %1: %2").arg(a.failureCode, a.failureMessage))
                << (a.note.isEmpty() ? QString()
                                     : QStringLiteral("  (%1)").arg(a.note.simplified()))
                << "\n";
    }
    if (!d.proofs.isEmpty()) {
        out << "\nproofs\n";
        for (const PayoutProof &proof : d.proofs)
            out << "  document " << proof.document.id << "  " << proof.document.fileName << "  "
                << proof.document.mimeType << "  " << proof.document.size << " bytes  sha256 "
                << proof.document.sha256 << (proof.replacedById == 0 ? "" : "  (replaced)") << "\n";
    }
    printAdjustments(out, d);
}

} // namespace

Status listPayouts(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("payout list"), words,
        {{QStringLiteral("--state"), QStringLiteral("--owner-id"), QStringLiteral("--limit")},
         {},
         {}});
    if (!args)
        return args.error();
    PayoutFilter filter;
    if (args->has(QStringLiteral("--state"))) {
        filter.state = payoutStateFromText(args->value(QStringLiteral("--state")));
        if (!filter.state)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("--state: '%1' is not a payout state (pending, "
                                            "awaiting_exception_approval, approved, in_transit, "
                                            "paid, awaiting_reconciliation, failed, canceled, "
                                            "reversed)")
                                 .arg(args->value(QStringLiteral("--state"))));
    }
    filter.ownerId = args->value(QStringLiteral("--owner-id"));
    if (args->has(QStringLiteral("--limit"))) {
        auto limit = parsePositiveNumber(QStringLiteral("--limit"),
                                         args->value(QStringLiteral("--limit")));
        if (!limit)
            return limit.error();
        filter.limit = int(qMin<qint64>(*limit, 100'000));
    }
    COFFER_TRY(session.openMerchant());
    auto payouts = session.book->payouts().list(session.actor, filter);
    if (!payouts)
        return payouts.error();
    if (session.json) {
        QJsonArray array;
        for (const Payout &p : *payouts)
            array.append(listedJson(p));
        printJson(session.out, {{QStringLiteral("payouts"), array}});
        return success();
    }
    if (payouts->isEmpty()) {
        session.out << "no payouts\n";
        return success();
    }
    TextTable table({QStringLiteral("NUMBER"), QStringLiteral("PAYEE"), QStringLiteral("STATE"),
                     QStringLiteral("AMOUNT"), QStringLiteral("CURRENCY"),
                     QStringLiteral("REQUESTED")},
                    {3});
    for (const Payout &p : *payouts)
        table.addRow({p.number, p.ownerId, toCode(p.state), p.amount.toDecimalString(),
                      p.amount.currency().code(),
                      p.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd"))});
    table.print(session.out);
    return success();
}

Status showPayout(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("payout show"), words,
        {{QStringLiteral("--save-proof"), QStringLiteral("--out")}, {}, {}, 1});
    if (!args)
        return args.error();
    if (args->has(QStringLiteral("--save-proof")) != args->has(QStringLiteral("--out")))
        return makeError(ErrorCode::MissingOption,
                         QStringLiteral("--out: --save-proof DOCUMENT_ID goes with --out FILE"));
    COFFER_TRY(session.openMerchant());
    PayoutService &payouts = session.book->payouts();
    auto detail = payouts.show(session.actor, args->positional(0));
    if (!detail)
        return detail.error();
    if (args->has(QStringLiteral("--save-proof"))) {
        auto id = parsePositiveNumber(QStringLiteral("--save-proof"),
                                      args->value(QStringLiteral("--save-proof")));
        if (!id)
            return id.error();
        auto bytes = payouts.proofFile(session.actor, args->positional(0), *id);
        if (!bytes)
            return relabel(bytes.error(), QStringLiteral("--save-proof"));
        QFile file(args->value(QStringLiteral("--out")));
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("--out: cannot write '%1'").arg(file.fileName()));
        session.out << "saved document " << *id << " to " << file.fileName() << "\n";
        return success();
    }
    if (session.json)
        printJson(session.out, detailJson(*detail));
    else
        printDetail(session, *detail);
    return success();
}

} // namespace coffer::cli
