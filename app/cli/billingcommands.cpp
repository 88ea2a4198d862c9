// coffer-cli payment and billing: customer payments and the billing jobs.
#include "invoiceviews.h"
#include "output.h"
#include "session.h"

#include "printing/receiptdocument.h"
#include "printing/reminderfiles.h"

#include <QFile>

#include <QDir>

namespace coffer::cli {

namespace {

Status registerPayment(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("payment register"), words,
        {{QStringLiteral("--customer"), QStringLiteral("--amount"), QStringLiteral("--method"),
          QStringLiteral("--reference"), QStringLiteral("--date"), QStringLiteral("--invoice"),
          QStringLiteral("--wallet")},
         {},
         {QStringLiteral("--customer"), QStringLiteral("--amount")}});
    if (!args)
        return args.error();
    NewPayment request;
    request.customer = args->value(QStringLiteral("--customer"));
    request.method = args->value(QStringLiteral("--method"));
    request.reference = args->value(QStringLiteral("--reference"));
    if (args->has(QStringLiteral("--invoice")))
        request.invoiceNumbers << args->value(QStringLiteral("--invoice"));
    request.wallet = args->value(QStringLiteral("--wallet"));
    if (args->has(QStringLiteral("--date"))) {
        auto date = parseDate(QStringLiteral("--date"), args->value(QStringLiteral("--date")));
        if (!date)
            return date.error();
        request.date = *date;
    }
    COFFER_TRY(session.openMerchant());
    auto customer = session.book->customers().find(session.actor, request.customer);
    if (!customer)
        return relabel(customer.error(), QStringLiteral("--customer"));
    auto amount = parseAmount(QStringLiteral("--amount"), args->value(QStringLiteral("--amount")),
                              customer->currency);
    if (!amount)
        return amount.error();
    request.amount = *amount;
    auto registered = session.book->invoices().registerPayment(session.actor, request);
    if (!registered && registered.error().detail.startsWith(QStringLiteral("invoice:")))
        return relabel(registered.error(), QStringLiteral("--invoice"));
    if (!registered)
        return registered.error();
    if (session.json) {
        printJson(session.out, paymentJson(registered->payment, registered->allocations));
        return success();
    }
    const Payment &p = registered->payment;
    session.out << "payment " << p.id << ": " << amountText(p.amount) << " from " << p.customerName
                << "\n";
    for (const PaymentAllocation &a : registered->allocations)
        session.out << "  to " << a.invoiceNumber << ": " << amountText(a.amount) << "\n";
    if (p.unallocated.isPositive())
        session.out << "  kept as credit: " << amountText(p.unallocated) << "\n";
    return success();
}

Status listPayments(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("payment list"), words,
        {{QStringLiteral("--customer"), QStringLiteral("--limit")}, {}, {}});
    if (!args)
        return args.error();
    auto limit = parseLimit(*args);
    if (!limit)
        return limit.error();
    COFFER_TRY(session.openMerchant());
    auto payments = session.book->invoices().payments(
        session.actor, args->value(QStringLiteral("--customer")), *limit);
    if (!payments)
        return payments.error();
    if (session.json) {
        QJsonArray array;
        for (const Payment &p : *payments)
            array.append(paymentJson(p, {}));
        printJson(session.out, {{QStringLiteral("payments"), array}});
        return success();
    }
    if (payments->isEmpty()) {
        session.out << "no payments\n";
        return success();
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("DATE"), QStringLiteral("CUSTOMER"),
                     QStringLiteral("AMOUNT"), QStringLiteral("METHOD"),
                     QStringLiteral("REFERENCE"), QStringLiteral("UNALLOCATED")},
                    {3, 6});
    for (const Payment &p : *payments)
        table.addRow({QString::number(p.id), p.date.toString(Qt::ISODate), p.customerName,
                      amountText(p.amount), p.method, p.reference, amountText(p.unallocated)});
    table.print(session.out);
    return success();
}

Status runMonthly(Session &session, const QStringList &words)
{
    auto args
        = CommandArguments::parse(QStringLiteral("billing run-monthly"), words,
                                  {{QStringLiteral("--month")}, {}, {QStringLiteral("--month")}});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    auto outcomes = session.book->invoices().runMonthly(session.actor,
                                                        args->value(QStringLiteral("--month")));
    if (!outcomes)
        return relabel(outcomes.error(), QStringLiteral("--month"));
    int created = 0;
    for (const BillingOutcome &o : *outcomes) {
        created += o.created ? 1 : 0;
        if (o.failed) { // the others went through; a scheduler sees the exit status
            session.err << "error: " << o.customer << ": " << o.note << "\n";
            session.exitCode = exitError;
        }
    }
    if (session.json) {
        QJsonArray array;
        for (const BillingOutcome &o : *outcomes)
            array.append(QJsonObject {{QStringLiteral("customer"), o.customer},
                                      {QStringLiteral("number"), o.number},
                                      {QStringLiteral("created"), o.created},
                                      {QStringLiteral("failed"), o.failed},
                                      {QStringLiteral("note"), o.note}});
        printJson(session.out,
                  {{QStringLiteral("created"), created}, {QStringLiteral("customers"), array}});
        return success();
    }
    for (const BillingOutcome &o : *outcomes)
        session.out << o.customer << ": "
                    << (o.created
                            ? QStringLiteral("issued ") + o.number
                            : (o.number.isEmpty() ? o.note : o.note + QLatin1Char(' ') + o.number))
                    << "\n";
    session.out << created << " invoice(s) issued for " << args->value(QStringLiteral("--month"))
                << "\n";
    return success();
}

Status markOverdue(Session &session, const QStringList &words)
{
    auto args
        = CommandArguments::parse(QStringLiteral("billing mark-overdue"), words,
                                  {{QStringLiteral("--as-of"), QStringLiteral("--out")}, {}, {}});
    if (!args)
        return args.error();
    QDate asOf = QDate::currentDate();
    if (args->has(QStringLiteral("--as-of"))) {
        auto date = parseDate(QStringLiteral("--as-of"), args->value(QStringLiteral("--as-of")));
        if (!date)
            return date.error();
        asOf = *date;
    }
    const QString folder = args->has(QStringLiteral("--out"))
        ? args->value(QStringLiteral("--out"))
        : QStringLiteral("reminders-%1").arg(asOf.toString(Qt::ISODate));
    COFFER_TRY(session.openMerchant());
    QStringList files;
    auto notices = session.book->invoices().markOverdue(
        session.actor, asOf, [&](const QList<OverdueNotice> &newlyOverdue) -> Status {
            auto written = printing::writeReminderFiles(newlyOverdue, asOf, folder);
            if (!written)
                return relabel(written.error(), QStringLiteral("--out"));
            files = *written;
            return success();
        });
    if (!notices)
        return notices.error();
    if (session.json) {
        QJsonArray array;
        for (const OverdueNotice &n : *notices)
            array.append(QJsonObject {
                {QStringLiteral("customer"), n.customer.name},
                {QStringLiteral("newly_overdue"), QJsonArray::fromStringList(n.newlyOverdue)}});
        printJson(session.out,
                  {{QStringLiteral("customers"), array},
                   {QStringLiteral("files"), QJsonArray::fromStringList(files)}});
        return success();
    }
    if (notices->isEmpty()) {
        session.out << "no invoice became overdue as of " << asOf.toString(Qt::ISODate) << "\n";
        return success();
    }
    for (const OverdueNotice &n : *notices)
        session.out << n.customer.name << ": " << n.newlyOverdue.join(QStringLiteral(", "))
                    << " overdue\n";
    for (const QString &file : files)
        session.out << "wrote " << file << "\n";
    return success();
}

Status saveReceipt(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(QStringLiteral("payment receipt"), words,
                                        {{QStringLiteral("--out")}, {}, {QStringLiteral("--out")}, 1});
    if (!args)
        return args.error();
    auto id = parsePositiveNumber(QStringLiteral("ID"), args->positional(0));
    if (!id)
        return id.error();
    COFFER_TRY(session.openMerchant());
    auto receipt = session.book->invoices().receipt(session.actor, *id);
    if (!receipt)
        return receipt.error();
    auto pdf = printing::receiptPdf(receipt->payment, receipt->allocations, receipt->parties,
                                    receipt->parties.language);
    if (!pdf)
        return pdf.error();
    const QString path = args->value(QStringLiteral("--out"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("--out: cannot write '%1': %2").arg(path, file.errorString()));
    session.out << "saved the receipt of payment " << *id << " to " << path << "\n";
    return success();
}

} // namespace

Status runPayment(Session &session, const QStringList &words)
{
    const QString sub = words.value(0);
    if (sub == QStringLiteral("register"))
        return registerPayment(session, words.mid(1));
    if (sub == QStringLiteral("list"))
        return listPayments(session, words.mid(1));
    if (sub == QStringLiteral("receipt"))
        return saveReceipt(session, words.mid(1));
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("payment: '%1' is not register, list or receipt").arg(sub));
}

Status runBilling(Session &session, const QStringList &words)
{
    const QString sub = words.value(0);
    if (sub == QStringLiteral("run-monthly"))
        return runMonthly(session, words.mid(1));
    if (sub == QStringLiteral("mark-overdue"))
        return markOverdue(session, words.mid(1));
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("billing: '%1' is not run-monthly or mark-overdue").arg(sub));
}

} // namespace coffer::cli
