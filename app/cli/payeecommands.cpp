// coffer-cli fee and payee: platform fees, payee wallets and their credits.
#include "jsonviews.h"
#include "output.h"
#include "session.h"

namespace coffer::cli {

namespace {

QString moneyText(const Money &money)
{
    return money.toDecimalString();
}

Result<OwnerType> parseOwnerType(const QString &text)
{
    if (auto type = ownerTypeFromText(text))
        return *type;
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("--owner-type: '%1' must be customer, affiliate, creator or "
                                    "vendor")
                         .arg(text));
}

Result<CreditType> parseCreditType(const QString &option, const QString &text)
{
    if (auto type = creditTypeFromText(text))
        return *type;
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("%1: '%2' must be earning, tip, bonus, commission, referral, "
                                    "refund or adjustment")
                         .arg(option, text));
}

Result<Currency> parseCurrency(const QString &option, const QString &text)
{
    auto currency = Currency::fromCode(text);
    if (!currency)
        return relabel(currency.error(), option);
    return *currency;
}

// "0.30" in the merchant's currency, or "0.30 USD".
Result<Money> parseFixedFee(const Session &session, const QString &text)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '));
    Currency currency = session.merchant.defaultCurrency;
    if (parts.size() == 2) {
        auto named = parseCurrency(QStringLiteral("--fixed"), parts.at(1));
        if (!named)
            return named.error();
        currency = *named;
    } else if (parts.size() != 1) {
        return makeError(ErrorCode::InvalidAmount,
                         QStringLiteral("--fixed: '%1' must be an amount, optionally followed by "
                                        "a currency code (0.30 USD)")
                             .arg(text));
    }
    return parseAmount(QStringLiteral("--fixed"), parts.first(), currency);
}

QJsonObject feesJson(const FeeSettings &settings)
{
    QJsonArray rules;
    for (const FeeSettings::Rule &rule : settings.rules) {
        rules.append(QJsonObject {
            {QStringLiteral("credit_type"),
             rule.creditType ? toCode(*rule.creditType) : QStringLiteral("*")},
            {QStringLiteral("percent"), percentText(rule.partsPerMillion)},
            {QStringLiteral("fixed"), rule.fixed ? moneyText(*rule.fixed) : QString()},
            {QStringLiteral("fixed_currency"),
             rule.fixed ? rule.fixed->currency().code() : QString()},
        });
    }
    return {{QStringLiteral("rules"), rules},
            {QStringLiteral("instant_percent"), percentText(settings.instantPartsPerMillion)},
            {QStringLiteral("policy_version"), settings.policyVersion}};
}

void printFees(Session &session, const FeeSettings &settings)
{
    if (session.json) {
        printJson(session.out, feesJson(settings));
        return;
    }
    TextTable table(
        {QStringLiteral("CREDIT TYPE"), QStringLiteral("PERCENT"), QStringLiteral("FIXED")},
        {1, 2});
    for (const FeeSettings::Rule &rule : settings.rules)
        table.addRow(
            {rule.creditType ? toCode(*rule.creditType) : QStringLiteral("* (every type)"),
             percentText(rule.partsPerMillion) + QLatin1Char('%'),
             rule.fixed ? moneyText(*rule.fixed) + QLatin1Char(' ') + rule.fixed->currency().code()
                        : QStringLiteral("-")});
    if (settings.rules.isEmpty())
        session.out << "no platform fee is set\n";
    else
        table.print(session.out);
    session.out << "instant payout fee: " << percentText(settings.instantPartsPerMillion)
                << "%\npolicy version: " << settings.policyVersion << "\n";
}

Status setFees(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("fee set"), words,
        {{QStringLiteral("--percent"), QStringLiteral("--fixed"), QStringLiteral("--credit-type"),
          QStringLiteral("--instant-percent")},
         {},
         {}});
    if (!args)
        return args.error();
    FeeChange change;
    if (args->has(QStringLiteral("--credit-type"))) {
        auto type = parseCreditType(QStringLiteral("--credit-type"),
                                    args->value(QStringLiteral("--credit-type")));
        if (!type)
            return type.error();
        change.creditType = *type;
    }
    for (const QString &option :
         {QStringLiteral("--percent"), QStringLiteral("--instant-percent")}) {
        if (!args->has(option))
            continue;
        auto share = parsePercent(option, args->value(option));
        if (!share)
            return share.error();
        (option == QStringLiteral("--percent") ? change.partsPerMillion
                                               : change.instantPartsPerMillion)
            = *share;
    }
    COFFER_TRY(session.openMerchant());
    if (args->has(QStringLiteral("--fixed"))) {
        auto fixed = parseFixedFee(session, args->value(QStringLiteral("--fixed")));
        if (!fixed)
            return fixed.error();
        change.fixed = *fixed;
    }
    auto settings = session.book->payees().setFees(session.actor, change);
    if (!settings)
        return settings.error();
    printFees(session, *settings);
    return success();
}

Status showFees(Session &session, const QStringList &words)
{
    COFFER_TRY(CommandArguments::parse(QStringLiteral("fee show"), words, {}));
    COFFER_TRY(session.openMerchant());
    auto settings = session.book->payees().fees(session.actor);
    if (!settings)
        return settings.error();
    printFees(session, *settings);
    return success();
}

Status getOrCreatePayee(Session &session, const QStringList &words)
{
    auto args
        = CommandArguments::parse(QStringLiteral("payee get-or-create"), words,
                                  {{QStringLiteral("--owner-type"), QStringLiteral("--owner-id"),
                                    QStringLiteral("--currency")},
                                   {},
                                   {QStringLiteral("--owner-type"), QStringLiteral("--owner-id"),
                                    QStringLiteral("--currency")}});
    if (!args)
        return args.error();
    auto type = parseOwnerType(args->value(QStringLiteral("--owner-type")));
    if (!type)
        return type.error();
    auto currency
        = parseCurrency(QStringLiteral("--currency"), args->value(QStringLiteral("--currency")));
    if (!currency)
        return currency.error();
    COFFER_TRY(session.openMerchant());
    auto opened = session.book->payees().getOrCreate(
        session.actor, *type, args->value(QStringLiteral("--owner-id")), *currency);
    if (!opened)
        return opened.error();
    if (session.json) {
        QJsonObject wallet = walletJson(opened->wallet);
        wallet.insert(QStringLiteral("owner_type"), toCode(opened->payee.ownerType));
        wallet.insert(QStringLiteral("owner_id"), opened->payee.ownerId);
        wallet.insert(QStringLiteral("created"), opened->created);
        printJson(session.out, wallet);
        return success();
    }
    session.out << (opened->created ? "opened" : "found") << " wallet " << opened->wallet.id
                << " of " << opened->payee.principal() << " in " << currency->code() << "\n";
    return success();
}

Status creditPayee(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("payee credit"), words,
        {{QStringLiteral("--owner-id"), QStringLiteral("--type"), QStringLiteral("--amount"),
          QStringLiteral("--available-on"), QStringLiteral("--idempotency-key"),
          QStringLiteral("--currency"), QStringLiteral("--note")},
         {},
         {QStringLiteral("--owner-id"), QStringLiteral("--type"), QStringLiteral("--amount")}});
    if (!args)
        return args.error();
    NewCredit request;
    request.ownerId = args->value(QStringLiteral("--owner-id"));
    auto type = parseCreditType(QStringLiteral("--type"), args->value(QStringLiteral("--type")));
    if (!type)
        return type.error();
    request.type = *type;
    if (args->has(QStringLiteral("--currency"))) {
        auto currency = parseCurrency(QStringLiteral("--currency"),
                                      args->value(QStringLiteral("--currency")));
        if (!currency)
            return currency.error();
        request.currency = *currency;
    }
    if (args->has(QStringLiteral("--available-on"))) {
        auto day = parseDate(QStringLiteral("--available-on"),
                             args->value(QStringLiteral("--available-on")));
        if (!day)
            return day.error();
        request.availableOn = *day;
    }
    request.idempotencyKey = args->value(QStringLiteral("--idempotency-key"));
    if (args->has(QStringLiteral("--idempotency-key"))
        && request.idempotencyKey.trimmed().isEmpty())
        return makeError(ErrorCode::FieldRequired,
                         QStringLiteral("--idempotency-key: must not be blank"));
    request.note = args->value(QStringLiteral("--note"));
    COFFER_TRY(session.openMerchant());
    PayeeService &payees = session.book->payees();
    auto wallet = payees.walletOf(session.actor, request.ownerId, request.currency);
    if (!wallet)
        return wallet.error();
    auto gross = parseAmount(QStringLiteral("--amount"), args->value(QStringLiteral("--amount")),
                             wallet->currency);
    if (!gross)
        return gross.error();
    request.gross = *gross;
    request.currency = wallet->currency;
    auto credit = payees.credit(session.actor, request);
    if (!credit)
        return credit.error();
    const QString code = wallet->currency.code();
    if (session.json) {
        printJson(session.out,
                  {{QStringLiteral("wallet_id"), credit->walletId},
                   {QStringLiteral("entry_id"), credit->entryId},
                   {QStringLiteral("fee_entry_id"),
                    credit->feeEntryId != 0 ? QJsonValue(credit->feeEntryId) : QJsonValue()},
                   {QStringLiteral("type"), toCode(credit->type)},
                   {QStringLiteral("gross"), moneyText(credit->split.gross)},
                   {QStringLiteral("fee"), moneyText(credit->split.fee)},
                   {QStringLiteral("net"), moneyText(credit->split.net)},
                   {QStringLiteral("currency"), code},
                   {QStringLiteral("pending"), credit->pending},
                   {QStringLiteral("available_on"),
                    credit->availableOn.isValid() ? credit->availableOn.toString(Qt::ISODate)
                                                  : QString()},
                   {QStringLiteral("created"), credit->created}});
        return success();
    }
    session.out << (credit->created ? "credited " : "already credited ")
                << request.ownerId.trimmed() << " " << toCode(credit->type) << " "
                << moneyText(credit->split.gross) << " " << code << ": platform fee "
                << moneyText(credit->split.fee) << ", net " << moneyText(credit->split.net) << " "
                << code
                << (credit->pending ? QStringLiteral(", pending until ")
                            + credit->availableOn.toString(Qt::ISODate)
                                    : QStringLiteral(", available"))
                << "\n";
    return success();
}

QJsonObject historyJson(const PayeeHistoryLine &line)
{
    return {{QStringLiteral("id"), line.entry.id},
            {QStringLiteral("date"), line.entry.date.toString(Qt::ISODate)},
            {QStringLiteral("kind"), line.kind},
            {QStringLiteral("change"), moneyText(line.change)},
            {QStringLiteral("currency"), line.change.currency().code()},
            {QStringLiteral("balance_after"),
             line.balanceAfter ? moneyText(*line.balanceAfter) : QString()},
            {QStringLiteral("status"), toCode(line.entry.status)},
            {QStringLiteral("available_on"),
             line.availableOn.isValid() ? line.availableOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("reference"),
             line.entry.referenceId.isEmpty()
                 ? QString()
                 : line.entry.referenceType + QLatin1Char(':') + line.entry.referenceId},
            {QStringLiteral("note"), line.entry.note}};
}

void printStatement(Session &session, const PayeeStatement &statement)
{
    if (session.json) {
        QJsonArray wallets;
        for (const PayeeBalance &b : statement.balances)
            wallets.append(QJsonObject {{QStringLiteral("wallet_id"), b.wallet.id},
                                        {QStringLiteral("currency"), b.wallet.currency.code()},
                                        {QStringLiteral("available"), moneyText(b.available)},
                                        {QStringLiteral("pending"), moneyText(b.pending)},
                                        {QStringLiteral("held"), moneyText(b.held)},
                                        {QStringLiteral("status"), toCode(b.wallet.status)}});
        QJsonArray history;
        for (const PayeeHistoryLine &line : statement.history)
            history.append(historyJson(line));
        printJson(session.out,
                  {{QStringLiteral("owner_type"), toCode(statement.payee.ownerType)},
                   {QStringLiteral("owner_id"), statement.payee.ownerId},
                   {QStringLiteral("wallets"), wallets},
                   {QStringLiteral("history"), history}});
        return;
    }
    session.out << "payee " << statement.payee.principal() << "\n";
    TextTable buckets({QStringLiteral("CURRENCY"), QStringLiteral("AVAILABLE"),
                       QStringLiteral("PENDING"), QStringLiteral("HELD")},
                      {1, 2, 3});
    for (const PayeeBalance &b : statement.balances)
        buckets.addRow({b.wallet.currency.code(), moneyText(b.available), moneyText(b.pending),
                        moneyText(b.held)});
    buckets.print(session.out);
    if (statement.history.isEmpty()) {
        session.out << "no history yet\n";
        return;
    }
    session.out << "\n";
    TextTable history({QStringLiteral("DATE"), QStringLiteral("KIND"), QStringLiteral("CHANGE"),
                       QStringLiteral("BALANCE"), QStringLiteral("STATUS"), QStringLiteral("NOTE")},
                      {2, 3});
    for (const PayeeHistoryLine &line : statement.history) {
        QString status = toCode(line.entry.status).toLower();
        if (line.pending && line.availableOn.isValid())
            status += QStringLiteral(" until ") + line.availableOn.toString(Qt::ISODate);
        history.addRow({line.entry.date.toString(Qt::ISODate), line.kind,
                        moneyText(line.change) + QLatin1Char(' ') + line.change.currency().code(),
                        line.balanceAfter ? moneyText(*line.balanceAfter) : QStringLiteral("-"),
                        status, line.entry.note.simplified()});
    }
    history.print(session.out);
}

Status showPayee(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(QStringLiteral("payee show"), words,
                                        {{QStringLiteral("--owner-id"), QStringLiteral("--limit")},
                                         {},
                                         {QStringLiteral("--owner-id")}});
    if (!args)
        return args.error();
    int limit = 100;
    if (args->has(QStringLiteral("--limit"))) {
        auto parsed = parsePositiveNumber(QStringLiteral("--limit"),
                                          args->value(QStringLiteral("--limit")));
        if (!parsed)
            return parsed.error();
        limit = int(qMin<qint64>(*parsed, 100'000));
    }
    COFFER_TRY(session.openMerchant());
    auto statement = session.book->payees().show(session.actor,
                                                 args->value(QStringLiteral("--owner-id")), limit);
    if (!statement)
        return statement.error();
    printStatement(session, *statement);
    return success();
}

Status listPayees(Session &session, const QStringList &words)
{
    COFFER_TRY(CommandArguments::parse(QStringLiteral("payee list"), words, {}));
    COFFER_TRY(session.openMerchant());
    auto payees = session.book->payees().list(session.actor);
    if (!payees)
        return payees.error();
    if (session.json) {
        QJsonArray array;
        for (const Payee &p : *payees)
            array.append(QJsonObject {{QStringLiteral("owner_type"), toCode(p.ownerType)},
                                      {QStringLiteral("owner_id"), p.ownerId}});
        printJson(session.out, {{QStringLiteral("payees"), array}});
        return success();
    }
    TextTable table({QStringLiteral("OWNER ID"), QStringLiteral("TYPE")});
    for (const Payee &p : *payees)
        table.addRow({p.ownerId, toCode(p.ownerType)});
    table.print(session.out);
    return success();
}

} // namespace

Status runFee(Session &session, const QStringList &words)
{
    const QString sub = words.value(0);
    if (sub == QStringLiteral("set"))
        return setFees(session, words.mid(1));
    if (sub == QStringLiteral("show"))
        return showFees(session, words.mid(1));
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("fee: '%1' is not set or show").arg(sub));
}

Status runPayee(Session &session, const QStringList &words)
{
    const QString sub = words.value(0);
    const QStringList rest = words.mid(1);
    if (sub == QStringLiteral("get-or-create"))
        return getOrCreatePayee(session, rest);
    if (sub == QStringLiteral("credit"))
        return creditPayee(session, rest);
    if (sub == QStringLiteral("show"))
        return showPayee(session, rest);
    if (sub == QStringLiteral("list"))
        return listPayees(session, rest);
    return makeError(
        ErrorCode::InvalidArgument,
        QStringLiteral("payee: '%1' is not get-or-create, credit, show or list").arg(sub));
}

} // namespace coffer::cli
