// coffer-cli customer and reconcile: customers, their accounts and the balance check.
#include "invoiceviews.h"
#include "output.h"
#include "session.h"

namespace coffer::cli {

namespace {

template<typename T>
Result<T> parseChoice(const QString &option, const QString &text,
                      std::optional<T> (*fromText)(const QString &), const QString &choices)
{
    if (auto parsed = fromText(text.trimmed()))
        return *parsed;
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("%1: '%2' must be %3").arg(option, text, choices));
}

Result<int> parseTerms(const QString &text)
{
    bool ok = false;
    const int days = text.trimmed().toInt(&ok);
    if (!ok || days < 0 || days > 365)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("--terms: '%1' must be a number of days from 0 to 365").arg(text));
    return days;
}

Status readBillingSettings(const CommandArguments &args, NewCustomer &request)
{
    if (args.has(QStringLiteral("--terms"))) {
        auto terms = parseTerms(args.value(QStringLiteral("--terms")));
        if (!terms)
            return terms.error();
        request.termsDays = *terms;
    }
    if (args.has(QStringLiteral("--cycle"))) {
        auto cycle = parseChoice<BillingCycle>(
            QStringLiteral("--cycle"), args.value(QStringLiteral("--cycle")), billingCycleFromText,
            QStringLiteral("none or monthly"));
        if (!cycle)
            return cycle.error();
        request.cycle = *cycle;
    }
    if (args.has(QStringLiteral("--tax-mode"))) {
        auto mode = parseChoice<TaxMode>(QStringLiteral("--tax-mode"),
                                         args.value(QStringLiteral("--tax-mode")), taxModeFromText,
                                         QStringLiteral("exclusive or inclusive"));
        if (!mode)
            return mode.error();
        request.taxMode = *mode;
    }
    if (args.has(QStringLiteral("--rounding"))) {
        auto rounding = parseChoice<TaxRounding>(
            QStringLiteral("--rounding"), args.value(QStringLiteral("--rounding")),
            taxRoundingFromText, QStringLiteral("per_line or per_invoice"));
        if (!rounding)
            return rounding.error();
        request.taxRounding = *rounding;
    }
    for (const auto &[option, target] :
         {std::pair {QStringLiteral("--tax-rate"), &request.itemTaxRate},
          std::pair {QStringLiteral("--cost-tax-rate"), &request.costTaxRate}}) {
        if (!args.has(option))
            continue;
        auto rate = parseRate(args.value(option), option, 100);
        if (!rate)
            return rate.error();
        *target = *rate;
    }
    return success();
}

Status addCustomer(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("customer add"), words,
        {{QStringLiteral("--name"), QStringLiteral("--email"), QStringLiteral("--tax-id"),
          QStringLiteral("--address"), QStringLiteral("--currency"), QStringLiteral("--terms"),
          QStringLiteral("--cycle"), QStringLiteral("--tax-mode"), QStringLiteral("--rounding"),
          QStringLiteral("--tax-rate"), QStringLiteral("--cost-tax-rate")},
         {},
         {QStringLiteral("--name")}});
    if (!args)
        return args.error();
    NewCustomer request;
    request.name = args->value(QStringLiteral("--name"));
    request.email = args->value(QStringLiteral("--email"));
    request.taxId = args->value(QStringLiteral("--tax-id"));
    // "\n" written in a shell argument stands for a line break.
    request.address = args->value(QStringLiteral("--address"))
                          .replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    request.currency = args->value(QStringLiteral("--currency"));
    COFFER_TRY(readBillingSettings(*args, request));
    COFFER_TRY(session.openMerchant());
    auto added = session.book->customers().add(session.actor, request);
    if (!added)
        return added.error();
    if (session.json) {
        printJson(session.out, customerJson(*added));
        return success();
    }
    session.out << "customer " << added->name << ": " << added->currency.code() << ", net "
                << added->termsDays << " days, " << toCode(added->cycle) << " billing, "
                << toCode(added->taxMode) << " prices\n";
    return success();
}

Status listCustomers(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(QStringLiteral("customer list"), words, {});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    auto customers = session.book->customers().list(session.actor);
    if (!customers)
        return customers.error();
    if (session.json) {
        QJsonArray array;
        for (const Customer &c : *customers)
            array.append(customerJson(c));
        printJson(session.out, {{QStringLiteral("customers"), array}});
        return success();
    }
    if (customers->isEmpty()) {
        session.out << "no customers\n";
        return success();
    }
    TextTable table({QStringLiteral("NAME"), QStringLiteral("EMAIL"), QStringLiteral("TERMS"),
                     QStringLiteral("CYCLE"), QStringLiteral("TAX"), QStringLiteral("BALANCE")},
                    {5});
    for (const Customer &c : *customers)
        table.addRow({c.name, c.email, QStringLiteral("%1 days").arg(c.termsDays), toCode(c.cycle),
                      toCode(c.taxMode),
                      c.balance.toDecimalString() + QLatin1Char(' ') + c.currency.code()});
    table.print(session.out);
    return success();
}

Status showCustomer(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(QStringLiteral("customer show"), words,
                                        {{QStringLiteral("--limit")}, {}, {}, 1});
    if (!args)
        return args.error();
    auto limit = parseLimit(*args);
    if (!limit)
        return limit.error();
    COFFER_TRY(session.openMerchant());
    auto account = session.book->customers().account(session.actor, args->positional(0), *limit);
    if (!account)
        return account.error();
    if (session.json) {
        printJson(session.out, accountJson(*account));
        return success();
    }
    printAccount(session.out, *account);
    return success();
}

} // namespace

Status runCustomer(Session &session, const QStringList &words)
{
    const QString sub = words.value(0);
    const QStringList rest = words.mid(1);
    if (sub == QStringLiteral("add"))
        return addCustomer(session, rest);
    if (sub == QStringLiteral("list"))
        return listCustomers(session, rest);
    if (sub == QStringLiteral("show"))
        return showCustomer(session, rest);
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("customer: '%1' is not add, list or show").arg(sub));
}

Status runReconcile(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(QStringLiteral("reconcile"), words, {});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    auto drifts = session.book->customers().reconcile(session.actor);
    if (!drifts)
        return drifts.error();
    if (!drifts->isEmpty())
        session.exitCode = exitVerifyFailed;
    if (session.json) {
        QJsonArray array;
        for (const BalanceDrift &d : *drifts)
            array.append(QJsonObject {{QStringLiteral("customer"), d.customer},
                                      {QStringLiteral("line_id"), d.lineId},
                                      {QStringLiteral("what"), d.what},
                                      {QStringLiteral("recorded"), d.recorded.toDecimalString()},
                                      {QStringLiteral("derived"), d.derived.toDecimalString()}});
        printJson(session.out,
                  {{QStringLiteral("ok"), drifts->isEmpty()}, {QStringLiteral("drifts"), array}});
        return success();
    }
    if (drifts->isEmpty()) {
        session.out << "customer balances reconcile: every balance follows from its ledger\n";
        return success();
    }
    for (const BalanceDrift &d : *drifts)
        session.out << "drift: " << d.customer << ": " << d.what
                    << (d.lineId != 0 ? QStringLiteral(" of line %1").arg(d.lineId) : QString())
                    << " is " << d.recorded.toDecimalString() << ", the ledger gives "
                    << d.derived.toDecimalString() << "\n";
    return success();
}

Status runLetterhead(Session &session, const QStringList &words)
{
    const QString sub = words.value(0);
    if (sub != QStringLiteral("show") && sub != QStringLiteral("set"))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("letterhead: '%1' is not show or set").arg(sub));
    auto args = CommandArguments::parse(
        QStringLiteral("letterhead ") + sub, words.mid(1),
        sub == QStringLiteral("show")
            ? OptionSpec {}
            : OptionSpec {{QStringLiteral("--address"), QStringLiteral("--tax-id"),
                           QStringLiteral("--email"), QStringLiteral("--logo"),
                           QStringLiteral("--language")},
                          {},
                          {}});
    if (!args)
        return args.error();
    std::optional<QByteArray> logo;
    if (args->has(QStringLiteral("--logo"))
        && args->value(QStringLiteral("--logo")) != QStringLiteral("none")) {
        auto file = readProofFile(QStringLiteral("--logo"), args->value(QStringLiteral("--logo")));
        if (!file)
            return file.error();
        logo = file->content;
    } else if (args->has(QStringLiteral("--logo"))) {
        logo = QByteArray();
    }
    COFFER_TRY(session.openMerchant());
    auto current = session.book->invoices().letterhead(session.actor);
    if (!current)
        return current.error();
    Letterhead letterhead = *current;
    if (sub == QStringLiteral("set")) {
        if (args->has(QStringLiteral("--address")))
            letterhead.address = args->value(QStringLiteral("--address"))
                                     .replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        if (args->has(QStringLiteral("--tax-id")))
            letterhead.taxId = args->value(QStringLiteral("--tax-id"));
        if (args->has(QStringLiteral("--email")))
            letterhead.email = args->value(QStringLiteral("--email"));
        if (args->has(QStringLiteral("--language")))
            letterhead.language = args->value(QStringLiteral("--language"));
        if (logo)
            letterhead.logo = *logo;
        auto changed
            = session.book->invoices().setLetterhead(session.actor, letterhead, logo.has_value());
        if (!changed)
            return changed.error();
        letterhead = *changed;
    }
    if (session.json) {
        printJson(session.out,
                  {{QStringLiteral("merchant"), session.merchant.name},
                   {QStringLiteral("address"), letterhead.address},
                   {QStringLiteral("tax_id"), letterhead.taxId},
                   {QStringLiteral("email"), letterhead.email},
                   {QStringLiteral("language"), letterhead.language},
                   {QStringLiteral("logo_bytes"), qint64(letterhead.logo.size())}});
        return success();
    }
    session.out << session.merchant.name << "\n"
                << "  address: "
                << QString(letterhead.address).replace(QLatin1Char('\n'), QStringLiteral(", "))
                << "\n"
                << "  tax id: " << letterhead.taxId << "\n"
                << "  e-mail: " << letterhead.email << "\n"
                << "  documents in: " << letterhead.language << "\n"
                << "  logo: "
                << (letterhead.logo.isEmpty()
                        ? QStringLiteral("none")
                        : QStringLiteral("%1 bytes").arg(letterhead.logo.size()))
                << "\n";
    return success();
}

} // namespace coffer::cli
