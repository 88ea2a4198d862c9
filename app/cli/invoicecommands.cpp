// coffer-cli invoice: drafts, lines, issue, cancel by credit note, lists and PDFs.
#include "invoiceviews.h"
#include "output.h"
#include "session.h"

#include <QFile>

namespace coffer::cli {

namespace {

Result<qint64> parseDraftId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("ID: '%1' is not a draft's id (invoice create prints it)").arg(text));
    return id;
}

Status createInvoice(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("invoice create"), words,
        {{QStringLiteral("--customer"), QStringLiteral("--due"), QStringLiteral("--note"),
          QStringLiteral("--uninvoiced-through")},
         {},
         {QStringLiteral("--customer")}});
    if (!args)
        return args.error();
    NewInvoice request;
    request.customer = args->value(QStringLiteral("--customer"));
    request.note = args->value(QStringLiteral("--note"));
    for (const auto &[option, target] :
         {std::pair {QStringLiteral("--due"), &request.dueDate},
          std::pair {QStringLiteral("--uninvoiced-through"), &request.uninvoicedThrough}}) {
        if (!args->has(option))
            continue;
        auto date = parseDate(option, args->value(option));
        if (!date)
            return date.error();
        *target = *date;
    }
    COFFER_TRY(session.openMerchant());
    auto draft = session.book->invoices().createDraft(session.actor, request);
    if (!draft && draft.error().code == ErrorCode::CustomerNotFound)
        return relabel(draft.error(), QStringLiteral("--customer"));
    if (!draft)
        return draft.error();
    if (session.json) {
        printJson(session.out, invoiceJson(*draft));
        return success();
    }
    session.out << draft->id << "\n";
    return success();
}

Status addLine(Session &session, const QStringList &words)
{
    auto args
        = CommandArguments::parse(QStringLiteral("invoice add-line"), words,
                                  {{QStringLiteral("--description"), QStringLiteral("--quantity"),
                                    QStringLiteral("--unit-price"), QStringLiteral("--tax-rate"),
                                    QStringLiteral("--discount")},
                                   {},
                                   {QStringLiteral("--description"), QStringLiteral("--quantity"),
                                    QStringLiteral("--unit-price")},
                                   1});
    if (!args)
        return args.error();
    auto id = parseDraftId(args->positional(0));
    if (!id)
        return id.error();
    NewInvoiceLine line;
    line.description = args->value(QStringLiteral("--description"));
    auto quantity
        = parseQuantity(args->value(QStringLiteral("--quantity")), QStringLiteral("--quantity"));
    if (!quantity)
        return quantity.error();
    line.quantity = *quantity;
    if (args->has(QStringLiteral("--discount"))) {
        auto discount = parseRate(args->value(QStringLiteral("--discount")),
                                  QStringLiteral("--discount"), 100);
        if (!discount)
            return discount.error();
        line.discount = *discount;
    }
    if (args->has(QStringLiteral("--tax-rate"))) {
        auto rate = parseRate(args->value(QStringLiteral("--tax-rate")),
                              QStringLiteral("--tax-rate"), 100);
        if (!rate)
            return rate.error();
        line.taxRate = *rate;
    }
    COFFER_TRY(session.openMerchant());
    auto draft = session.book->invoices().show(session.actor, QString::number(*id));
    if (!draft)
        return draft.error();
    auto price = parseAmount(QStringLiteral("--unit-price"),
                             args->value(QStringLiteral("--unit-price")), draft->invoice.currency);
    if (!price)
        return price.error();
    line.unitPrice = *price;
    auto detail = session.book->invoices().addLine(session.actor, *id, line);
    if (!detail && detail.error().detail.startsWith(QStringLiteral("description:")))
        return relabel(detail.error(), QStringLiteral("--description"));
    if (!detail)
        return detail.error();
    if (session.json) {
        printJson(session.out, invoiceDetailJson(*detail, {}));
        return success();
    }
    const InvoiceLine &added = detail->lines.last();
    session.out << "line " << added.position << ": " << added.description << ", "
                << amountText(added.gross) << "; draft total " << amountText(detail->invoice.total)
                << "\n";
    return success();
}

Status issueInvoice(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(QStringLiteral("invoice issue"), words, {{}, {}, {}, 1});
    if (!args)
        return args.error();
    auto id = parseDraftId(args->positional(0));
    if (!id)
        return id.error();
    COFFER_TRY(session.openMerchant());
    auto issued = session.book->invoices().issue(session.actor, *id);
    if (!issued)
        return issued.error();
    if (session.json) {
        printJson(session.out, invoiceJson(*issued));
        return success();
    }
    session.out << issued->number << "\n";
    return success();
}

Status cancelInvoice(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("invoice cancel"), words,
        {{QStringLiteral("--reason")}, {}, {QStringLiteral("--reason")}, 1});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    auto note = session.book->invoices().cancel(session.actor, args->positional(0),
                                                args->value(QStringLiteral("--reason")));
    if (!note)
        return note.error();
    if (session.json) {
        printJson(session.out, invoiceJson(*note));
        return success();
    }
    session.out << "cancelled " << note->cancelsNumber << " by credit note " << note->number << " ("
                << amountText(note->total) << ")\n";
    return success();
}

Status listInvoices(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("invoice list"), words,
        {{QStringLiteral("--state"), QStringLiteral("--customer"), QStringLiteral("--limit")},
         {},
         {}});
    if (!args)
        return args.error();
    InvoiceFilter filter;
    if (args->has(QStringLiteral("--state"))) {
        filter.state = invoiceDisplayStateFromText(args->value(QStringLiteral("--state")));
        if (!filter.state)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("--state: '%1' must be draft, issued, partly_paid, "
                                            "paid, overdue or cancelled")
                                 .arg(args->value(QStringLiteral("--state"))));
    }
    auto limit = parseLimit(*args);
    if (!limit)
        return limit.error();
    filter.limit = *limit;
    COFFER_TRY(session.openMerchant());
    if (args->has(QStringLiteral("--customer"))) {
        auto customer = session.book->customers().find(session.actor,
                                                       args->value(QStringLiteral("--customer")));
        if (!customer)
            return relabel(customer.error(), QStringLiteral("--customer"));
        filter.customerId = customer->id;
    }
    auto invoices = session.book->invoices().list(session.actor, filter);
    if (!invoices)
        return invoices.error();
    if (session.json) {
        QJsonArray array;
        for (const Invoice &i : *invoices)
            array.append(invoiceJson(i));
        printJson(session.out, {{QStringLiteral("invoices"), array}});
        return success();
    }
    if (invoices->isEmpty()) {
        session.out << "no invoices\n";
        return success();
    }
    printInvoiceList(session.out, *invoices, session.book->invoices().today());
    return success();
}

Status showInvoice(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(QStringLiteral("invoice show"), words, {{}, {}, {}, 1});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    auto detail = session.book->invoices().show(session.actor, args->positional(0));
    if (!detail)
        return detail.error();
    auto allocations = session.book->invoices().allocations(session.actor, detail->invoice.id);
    if (!allocations)
        return allocations.error();
    if (session.json) {
        printJson(session.out, invoiceDetailJson(*detail, *allocations));
        return success();
    }
    printInvoice(session.out, *detail, *allocations);
    return success();
}

Status saveInvoicePdf(Session &session, const QStringList &words)
{
    auto args
        = CommandArguments::parse(QStringLiteral("invoice pdf"), words,
                                  {{QStringLiteral("--out")}, {}, {QStringLiteral("--out")}, 1});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    auto pdf = session.book->invoices().pdf(session.actor, args->positional(0));
    if (!pdf)
        return pdf.error();
    const QString path = args->value(QStringLiteral("--out"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("--out: cannot write '%1': %2").arg(path, file.errorString()));
    file.close();
    if (session.json) {
        printJson(session.out,
                  {{QStringLiteral("file"), path}, {QStringLiteral("bytes"), qint64(pdf->size())}});
        return success();
    }
    session.out << "saved " << args->positional(0) << " to " << path << " (" << pdf->size()
                << " bytes)\n";
    return success();
}

Status deleteDraft(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(QStringLiteral("invoice delete"), words, {{}, {}, {}, 1});
    if (!args)
        return args.error();
    auto id = parseDraftId(args->positional(0));
    if (!id)
        return id.error();
    COFFER_TRY(session.openMerchant());
    COFFER_TRY(session.book->invoices().deleteDraft(session.actor, *id));
    session.out << "deleted draft " << *id << "\n";
    return success();
}

} // namespace

Status runInvoice(Session &session, const QStringList &words)
{
    static const QHash<QString, CommandHandler> subcommands {
        {QStringLiteral("create"), createInvoice}, {QStringLiteral("add-line"), addLine},
        {QStringLiteral("issue"), issueInvoice},   {QStringLiteral("cancel"), cancelInvoice},
        {QStringLiteral("list"), listInvoices},    {QStringLiteral("show"), showInvoice},
        {QStringLiteral("pdf"), saveInvoicePdf},   {QStringLiteral("delete"), deleteDraft},
    };
    const QString sub = words.value(0);
    if (!subcommands.contains(sub))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("invoice: '%1' is not create, add-line, issue, cancel, "
                                        "list, show, pdf or delete")
                             .arg(sub));
    return subcommands.value(sub)(session, words.mid(1));
}

} // namespace coffer::cli
