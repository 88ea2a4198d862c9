#include "jsonviews.h"
#include "output.h"
#include "session.h"

namespace coffer::cli {

namespace {

void printTransaction(Session &session, const Transaction &t, const QString &verb)
{
    if (session.json) {
        printJson(session.out, transactionJson(session, t));
        return;
    }
    session.out << verb << " transaction " << t.id << ": " << toCode(t.type).toLower() << ' '
                << t.amount.toDecimalString() << ' ' << t.amount.currency().code();
    if (t.toAmount && !(t.toAmount->currency() == t.amount.currency()))
        session.out << " -> " << t.toAmount->toDecimalString() << ' '
                    << t.toAmount->currency().code() << " at " << t.rate.toDecimalString();
    session.out << " (" << toCode(t.status).toLower() << ")\n";
}

Result<std::pair<QString, QString>> parseReference(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1)
        return makeError(ErrorCode::InvalidReference,
                         QStringLiteral("--reference: '%1' must be written TYPE:ID").arg(text));
    return std::pair {text.left(colon), text.mid(colon + 1)};
}

Status addTransaction(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("tx add"), words,
        {{QStringLiteral("--type"), QStringLiteral("--wallet"), QStringLiteral("--amount"),
          QStringLiteral("--category"), QStringLiteral("--date"), QStringLiteral("--status"),
          QStringLiteral("--reference"), QStringLiteral("--note")},
         {},
         {QStringLiteral("--type"), QStringLiteral("--wallet"), QStringLiteral("--amount")}});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    NewTransaction request;
    const QString typeText = args->value(QStringLiteral("--type"));
    const auto type = transactionTypeFromText(typeText);
    if (!type || *type == TransactionType::Transfer)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("--type: '%1' must be income or expense (transfers use "
                                        "'transfer')")
                             .arg(typeText));
    request.type = *type;
    auto wallet
        = session.wallet(QStringLiteral("--wallet"), args->value(QStringLiteral("--wallet")));
    if (!wallet)
        return wallet.error();
    request.walletId = wallet->id;
    auto amount = parseAmount(QStringLiteral("--amount"), args->value(QStringLiteral("--amount")),
                              wallet->currency);
    if (!amount)
        return amount.error();
    request.amount = *amount;
    if (args->has(QStringLiteral("--category"))) {
        auto category = session.category(
            QStringLiteral("--category"), args->value(QStringLiteral("--category")),
            request.type == TransactionType::Income ? CategoryType::Income : CategoryType::Expense);
        if (!category)
            return category.error();
        request.categoryId = category->id;
    }
    if (args->has(QStringLiteral("--date"))) {
        auto date = parseDate(QStringLiteral("--date"), args->value(QStringLiteral("--date")));
        if (!date)
            return date.error();
        request.date = *date;
    }
    if (args->has(QStringLiteral("--status"))) {
        const auto status = transactionStatusFromText(args->value(QStringLiteral("--status")));
        if (!status || *status == TransactionStatus::Cancelled)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("--status: '%1' must be pending or completed")
                                 .arg(args->value(QStringLiteral("--status"))));
        request.status = *status;
    }
    if (args->has(QStringLiteral("--reference"))) {
        auto reference = parseReference(args->value(QStringLiteral("--reference")));
        if (!reference)
            return reference.error();
        request.referenceType = reference->first;
        request.referenceId = reference->second;
    }
    request.note = args->value(QStringLiteral("--note"));
    auto recorded = session.book->ledger().record(session.actor, request);
    if (!recorded)
        return recorded.error();
    printTransaction(session, *recorded, QStringLiteral("recorded"));
    return success();
}

Status listTransactions(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(QStringLiteral("tx list"), words,
                                        {{QStringLiteral("--wallet"), QStringLiteral("--from"),
                                          QStringLiteral("--to"), QStringLiteral("--limit")},
                                         {},
                                         {}});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    TransactionFilter filter;
    if (args->has(QStringLiteral("--wallet"))) {
        auto wallet
            = session.wallet(QStringLiteral("--wallet"), args->value(QStringLiteral("--wallet")));
        if (!wallet)
            return wallet.error();
        filter.walletId = wallet->id;
    }
    for (const QString &option : {QStringLiteral("--from"), QStringLiteral("--to")}) {
        if (!args->has(option))
            continue;
        auto date = parseDate(option, args->value(option));
        if (!date)
            return date.error();
        (option == QStringLiteral("--from") ? filter.from : filter.to) = *date;
    }
    if (args->has(QStringLiteral("--limit"))) {
        auto limit = parsePositiveNumber(QStringLiteral("--limit"),
                                         args->value(QStringLiteral("--limit")));
        if (!limit)
            return limit.error();
        filter.limit = int(qMin<qint64>(*limit, 1'000'000'000));
    }
    auto transactions = session.book->ledger().list(session.actor, filter);
    if (!transactions)
        return transactions.error();
    if (session.json) {
        QJsonArray array;
        for (const Transaction &t : *transactions)
            array.append(transactionJson(session, t));
        printJson(session.out, {{QStringLiteral("transactions"), array}});
        return success();
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("DATE"), QStringLiteral("TYPE"),
                     QStringLiteral("STATUS"), QStringLiteral("AMOUNT"), QStringLiteral("CUR"),
                     QStringLiteral("WALLET"), QStringLiteral("TO/CATEGORY"),
                     QStringLiteral("NOTE")},
                    {0, 4});
    for (const Transaction &t : *transactions) {
        QString note = t.note;
        if (!t.referenceId.isEmpty())
            note = (t.referenceType + QLatin1Char(':') + t.referenceId + QLatin1Char(' ') + note)
                       .trimmed();
        table.addRow({QString::number(t.id), t.date.toString(Qt::ISODate), toCode(t.type).toLower(),
                      toCode(t.status).toLower()
                          + (t.reversedById ? QStringLiteral(" (reversed)") : QString()),
                      t.amount.toDecimalString(), t.amount.currency().code(),
                      session.walletName(t.walletId),
                      t.type == TransactionType::Transfer ? session.walletName(t.toWalletId)
                                                          : session.categoryName(t.categoryId),
                      note.simplified()});
    }
    table.print(session.out);
    return success();
}

Status changeTransaction(Session &session, const QStringList &words, bool cancel)
{
    const QString command = cancel ? QStringLiteral("tx cancel") : QStringLiteral("tx complete");
    auto args = CommandArguments::parse(command, words, {{}, {}, {}, 1});
    if (!args)
        return args.error();
    auto id = parsePositiveNumber(QStringLiteral("ID"), args->positional(0));
    if (!id)
        return id.error();
    COFFER_TRY(session.openMerchant());
    auto outcome = cancel ? session.book->ledger().cancel(session.actor, *id)
                          : session.book->ledger().complete(session.actor, *id);
    if (!outcome)
        return outcome.error();
    const bool reversed = outcome->reversesId == *id;
    printTransaction(session, *outcome,
                     !cancel        ? QStringLiteral("completed")
                         : reversed ? QStringLiteral("reversed by new")
                                    : QStringLiteral("cancelled"));
    return success();
}

} // namespace

Status runTx(Session &session, const QStringList &words)
{
    const QString sub = words.value(0);
    const QStringList rest = words.mid(1);
    if (sub == QStringLiteral("add"))
        return addTransaction(session, rest);
    if (sub == QStringLiteral("list"))
        return listTransactions(session, rest);
    if (sub == QStringLiteral("cancel") || sub == QStringLiteral("complete"))
        return changeTransaction(session, rest, sub == QStringLiteral("cancel"));
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("tx: '%1' is not add, list, cancel or complete").arg(sub));
}

Status runTransfer(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("transfer"), words,
        {{QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--amount"),
          QStringLiteral("--to-amount"), QStringLiteral("--rate"), QStringLiteral("--date"),
          QStringLiteral("--note")},
         {},
         {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--amount")}});
    if (!args)
        return args.error();
    if (args->has(QStringLiteral("--to-amount")) && args->has(QStringLiteral("--rate")))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("--rate: give either --to-amount or --rate, not both"));
    COFFER_TRY(session.openMerchant());
    auto from = session.wallet(QStringLiteral("--from"), args->value(QStringLiteral("--from")));
    if (!from)
        return from.error();
    auto to = session.wallet(QStringLiteral("--to"), args->value(QStringLiteral("--to")));
    if (!to)
        return to.error();
    NewTransaction request;
    request.type = TransactionType::Transfer;
    request.walletId = from->id;
    request.toWalletId = to->id;
    auto amount = parseAmount(QStringLiteral("--amount"), args->value(QStringLiteral("--amount")),
                              from->currency);
    if (!amount)
        return amount.error();
    request.amount = *amount;
    if (args->has(QStringLiteral("--to-amount"))) {
        auto toAmount = parseAmount(QStringLiteral("--to-amount"),
                                    args->value(QStringLiteral("--to-amount")), to->currency);
        if (!toAmount)
            return toAmount.error();
        request.toAmount = *toAmount;
    }
    if (args->has(QStringLiteral("--rate"))) {
        auto rate = ExchangeRate::parse(args->value(QStringLiteral("--rate")));
        if (!rate)
            return relabel(rate.error(), QStringLiteral("--rate"));
        request.rate = *rate;
    }
    if (args->has(QStringLiteral("--date"))) {
        auto date = parseDate(QStringLiteral("--date"), args->value(QStringLiteral("--date")));
        if (!date)
            return date.error();
        request.date = *date;
    }
    request.note = args->value(QStringLiteral("--note"));
    auto recorded = session.book->ledger().record(session.actor, request);
    if (!recorded) {
        // The core names the source wallet "wallet"; here it is --from.
        if (recorded.error().detail.startsWith(QStringLiteral("wallet: ")))
            return relabel(recorded.error(), QStringLiteral("--from"));
        return recorded.error();
    }
    printTransaction(session, *recorded, QStringLiteral("recorded"));
    return success();
}

Status runEvent(Session &session, const QStringList &words)
{
    const QString sub = words.value(0);
    const bool sale = sub == QStringLiteral("sale-paid");
    if (!sale && sub != QStringLiteral("purchase-received"))
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("event: '%1' is not sale-paid or purchase-received").arg(sub));
    auto args = CommandArguments::parse(
        QStringLiteral("event ") + sub, words.mid(1),
        {{QStringLiteral("--reference"), QStringLiteral("--wallet"), QStringLiteral("--amount"),
          QStringLiteral("--date")},
         {},
         {QStringLiteral("--reference"), QStringLiteral("--wallet"), QStringLiteral("--amount")}});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    auto wallet
        = session.wallet(QStringLiteral("--wallet"), args->value(QStringLiteral("--wallet")));
    if (!wallet)
        return wallet.error();
    auto amount = parseAmount(QStringLiteral("--amount"), args->value(QStringLiteral("--amount")),
                              wallet->currency);
    if (!amount)
        return amount.error();
    QDate date;
    if (args->has(QStringLiteral("--date"))) {
        auto parsed = parseDate(QStringLiteral("--date"), args->value(QStringLiteral("--date")));
        if (!parsed)
            return parsed.error();
        date = *parsed;
    }
    const QString reference = args->value(QStringLiteral("--reference"));
    auto outcome = sale
        ? session.book->events().saleOrderPaid(session.actor, reference, wallet->id, *amount, date)
        : session.book->events().purchaseOrderReceived(session.actor, reference, wallet->id,
                                                       *amount, date);
    if (!outcome)
        return outcome.error();
    if (session.json) {
        QJsonObject object = transactionJson(session, outcome->transaction);
        object.insert(QStringLiteral("created"), outcome->created);
        printJson(session.out, object);
    } else {
        printTransaction(session, outcome->transaction,
                         outcome->created ? QStringLiteral("recorded")
                                          : QStringLiteral("already recorded as"));
    }
    return success();
}

} // namespace coffer::cli
