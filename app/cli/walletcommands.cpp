#include "jsonviews.h"
#include "output.h"
#include "session.h"

#include <QMap>

namespace coffer::cli {

namespace {

Status addWallet(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(
        QStringLiteral("wallet add"), words,
        {{QStringLiteral("--name"), QStringLiteral("--type"), QStringLiteral("--currency"),
          QStringLiteral("--initial"), QStringLiteral("--account-number"),
          QStringLiteral("--bank-name")},
         {QStringLiteral("--default"), QStringLiteral("--excluded")},
         {QStringLiteral("--name"), QStringLiteral("--type")}});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    NewWallet request;
    request.name = args->value(QStringLiteral("--name"));
    const auto type = walletTypeFromText(args->value(QStringLiteral("--type")));
    if (!type)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("--type: '%1' must be cash, bank, ewallet or credit_card")
                             .arg(args->value(QStringLiteral("--type"))));
    request.type = *type;
    request.currency = session.merchant.defaultCurrency;
    if (args->has(QStringLiteral("--currency"))) {
        auto currency = Currency::fromCode(args->value(QStringLiteral("--currency")));
        if (!currency)
            return relabel(currency.error(), QStringLiteral("--currency"));
        request.currency = *currency;
    }
    if (args->has(QStringLiteral("--initial"))) {
        auto initial = parseAmount(QStringLiteral("--initial"),
                                   args->value(QStringLiteral("--initial")), request.currency);
        if (!initial)
            return initial.error();
        request.initialMinor = initial->minorUnits();
    }
    request.accountNumber = args->value(QStringLiteral("--account-number"));
    request.bankName = args->value(QStringLiteral("--bank-name"));
    request.isDefault = args->flag(QStringLiteral("--default"));
    request.isExcluded = args->flag(QStringLiteral("--excluded"));
    auto wallet = session.book->wallets().add(session.actor, request);
    if (!wallet)
        return wallet.error();
    if (session.json)
        printJson(session.out, walletJson(*wallet));
    else
        session.out << "added wallet " << wallet->name << " (" << toCode(wallet->type).toLower()
                    << ", " << wallet->currency.code() << ", balance "
                    << wallet->current().toDecimalString() << ")\n";
    return success();
}

Status listWallets(Session &session, const QStringList &words)
{
    COFFER_TRY(CommandArguments::parse(QStringLiteral("wallet list"), words, {}));
    COFFER_TRY(session.openMerchant());
    auto wallets = session.book->wallets().list(session.actor);
    if (!wallets)
        return wallets.error();
    if (session.json) {
        QJsonArray array;
        for (const Wallet &w : *wallets)
            array.append(walletJson(w));
        printJson(session.out, {{QStringLiteral("wallets"), array}});
        return success();
    }
    TextTable table({QStringLiteral("NAME"), QStringLiteral("TYPE"), QStringLiteral("CURRENCY"),
                     QStringLiteral("CURRENT"), QStringLiteral("AVAILABLE"),
                     QStringLiteral("PENDING"), QStringLiteral("HELD"), QStringLiteral("FLAGS")},
                    {3, 4, 5, 6});
    for (const Wallet &w : *wallets) {
        QStringList flags;
        if (w.isDefault)
            flags << QStringLiteral("default");
        if (w.isExcluded)
            flags << QStringLiteral("excluded");
        if (!w.isActive())
            flags << QStringLiteral("archived");
        table.addRow({w.name, toCode(w.type).toLower(), w.currency.code(),
                      w.current().toDecimalString(), w.available().toDecimalString(),
                      w.pending().toDecimalString(), w.held().toDecimalString(),
                      flags.join(QLatin1Char(','))});
    }
    table.print(session.out);
    return success();
}

Status archiveOrRestoreWallet(Session &session, const QStringList &words, bool archive)
{
    const QString command
        = archive ? QStringLiteral("wallet archive") : QStringLiteral("wallet restore");
    auto args = CommandArguments::parse(command, words, {{}, {}, {}, 1});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    // A refusal first, before saying whether the wallet exists.
    COFFER_TRY(session.actor.require(Permission::ManageWallets));
    auto wallet = session.wallet(QStringLiteral("NAME"), args->positional(0));
    if (!wallet)
        return wallet.error();
    auto changed = archive ? session.book->wallets().archive(session.actor, wallet->id)
                           : session.book->wallets().restore(session.actor, wallet->id);
    if (!changed)
        return relabel(changed.error(), QStringLiteral("NAME"));
    if (!session.json)
        session.out << (archive ? "archived wallet " : "restored wallet ") << wallet->name << '\n';
    else
        printJson(session.out,
                  walletJson(session.book->wallets().byId(session.actor, wallet->id).value()));
    return success();
}

} // namespace

Status runWallet(Session &session, const QStringList &words)
{
    const QString sub = words.value(0);
    const QStringList rest = words.mid(1);
    if (sub == QStringLiteral("add"))
        return addWallet(session, rest);
    if (sub == QStringLiteral("list"))
        return listWallets(session, rest);
    if (sub == QStringLiteral("archive") || sub == QStringLiteral("restore"))
        return archiveOrRestoreWallet(session, rest, sub == QStringLiteral("archive"));
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("wallet: '%1' is not add, list, archive or restore").arg(sub));
}

Status runCategory(Session &session, const QStringList &words)
{
    const QString sub = words.value(0);
    if (sub == QStringLiteral("list")) {
        COFFER_TRY(CommandArguments::parse(QStringLiteral("category list"), words.mid(1), {}));
        COFFER_TRY(session.openMerchant());
        auto categories = session.book->categories().list(session.actor);
        if (!categories)
            return categories.error();
        if (session.json) {
            QJsonArray array;
            for (const Category &c : *categories)
                array.append(categoryJson(c));
            printJson(session.out, {{QStringLiteral("categories"), array}});
            return success();
        }
        TextTable table({QStringLiteral("CODE"), QStringLiteral("TYPE"), QStringLiteral("NAME"),
                         QStringLiteral("PARENT"), QStringLiteral("FLAGS")});
        for (const Category &c : *categories) {
            QStringList flags;
            if (c.isFixed)
                flags << QStringLiteral("fixed");
            if (!c.isActive())
                flags << QStringLiteral("archived");
            table.addRow({c.value.isEmpty() ? QStringLiteral("-") : c.value,
                          toCode(c.type).toLower(), c.name, session.categoryName(c.parentId),
                          flags.join(QLatin1Char(','))});
        }
        table.print(session.out);
        return success();
    }
    if (sub != QStringLiteral("add"))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("category: '%1' is not list or add").arg(sub));
    auto args = CommandArguments::parse(
        QStringLiteral("category add"), words.mid(1),
        {{QStringLiteral("--name"), QStringLiteral("--type"), QStringLiteral("--parent")},
         {},
         {QStringLiteral("--name"), QStringLiteral("--type")}});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    const auto type = categoryTypeFromText(args->value(QStringLiteral("--type")));
    if (!type)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("--type: '%1' must be income or expense")
                             .arg(args->value(QStringLiteral("--type"))));
    NewCategory request {args->value(QStringLiteral("--name")), {}, *type, 0};
    if (args->has(QStringLiteral("--parent"))) {
        auto parent = session.category(QStringLiteral("--parent"),
                                       args->value(QStringLiteral("--parent")), *type);
        if (!parent)
            return parent.error();
        request.parentId = parent->id;
    }
    auto added = session.book->categories().add(session.actor, request);
    if (!added)
        return added.error();
    if (session.json)
        printJson(session.out, categoryJson(*added));
    else
        session.out << "added " << toCode(added->type).toLower() << " category " << added->name
                    << '\n';
    return success();
}

Status runBalance(Session &session, const QStringList &words)
{
    auto args = CommandArguments::parse(QStringLiteral("balance"), words,
                                        {{QStringLiteral("--wallet")}, {}, {}});
    if (!args)
        return args.error();
    COFFER_TRY(session.openMerchant());
    auto wallets = session.book->wallets().list(session.actor);
    if (!wallets)
        return wallets.error();
    if (args->has(QStringLiteral("--wallet"))) {
        auto one
            = session.wallet(QStringLiteral("--wallet"), args->value(QStringLiteral("--wallet")));
        if (!one)
            return one.error();
        *wallets = {*one};
    }
    // Totals per currency leave out wallets excluded from reports.
    QMap<QString, std::array<qint64, 4>> totals;
    QMap<QString, Currency> currencies;
    for (const Wallet &w : *wallets) {
        if (w.isExcluded || !w.isActive())
            continue;
        auto &sum = totals[w.currency.code()];
        const qint64 parts[4]
            = {w.currentMinor, w.available().minorUnits(), w.pendingMinor, w.heldMinor};
        for (int i = 0; i < 4; ++i) {
            if (qAddOverflow(sum[i], parts[i], &sum[i]))
                return makeError(ErrorCode::AmountOverflow,
                                 QStringLiteral("balance: the %1 total does not fit in 64 bits")
                                     .arg(w.currency.code()));
        }
        currencies.insert(w.currency.code(), w.currency);
    }
    if (session.json) {
        QJsonArray walletArray, totalArray;
        for (const Wallet &w : *wallets)
            walletArray.append(walletJson(w));
        for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
            const Currency &c = currencies.value(it.key());
            totalArray.append(QJsonObject {
                {QStringLiteral("currency"), it.key()},
                {QStringLiteral("current"), Money(it.value()[0], c).toDecimalString()},
                {QStringLiteral("available"), Money(it.value()[1], c).toDecimalString()},
                {QStringLiteral("pending"), Money(it.value()[2], c).toDecimalString()},
                {QStringLiteral("held"), Money(it.value()[3], c).toDecimalString()}});
        }
        printJson(
            session.out,
            {{QStringLiteral("wallets"), walletArray}, {QStringLiteral("totals"), totalArray}});
        return success();
    }
    TextTable table({QStringLiteral("WALLET"), QStringLiteral("CURRENCY"),
                     QStringLiteral("CURRENT"), QStringLiteral("AVAILABLE"),
                     QStringLiteral("PENDING"), QStringLiteral("HELD")},
                    {2, 3, 4, 5});
    for (const Wallet &w : *wallets)
        table.addRow({w.name + (w.isExcluded ? QStringLiteral(" (excluded)") : QString()),
                      w.currency.code(), w.current().toDecimalString(),
                      w.available().toDecimalString(), w.pending().toDecimalString(),
                      w.held().toDecimalString()});
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        const Currency &c = currencies.value(it.key());
        table.addRow({QStringLiteral("TOTAL"), it.key(), Money(it.value()[0], c).toDecimalString(),
                      Money(it.value()[1], c).toDecimalString(),
                      Money(it.value()[2], c).toDecimalString(),
                      Money(it.value()[3], c).toDecimalString()});
    }
    table.print(session.out);
    return success();
}

} // namespace coffer::cli
