#include "payees/payeeservice.h"

#include "audit/auditlog.h"
#include "audit/recordjson.h"
#include "common/textrules.h"
#include "payees/payeeaccess.h"
#include "payouts/payoutservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace coffer {

namespace {

Error payeeNotFound(const QString &ownerId)
{
    return makeError(ErrorCode::PayeeNotFound,
                     QStringLiteral("owner-id: no payee has the owner id '%1'").arg(ownerId));
}

QString metadataText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject metadataOf(const Transaction &entry)
{
    return QJsonDocument::fromJson(entry.metadata.toUtf8()).object();
}

QJsonObject feeJson(const FeeSettings &settings)
{
    QJsonObject rules;
    for (const FeeSettings::Rule &rule : settings.rules) {
        QJsonObject one {{QStringLiteral("percent"), percentText(rule.partsPerMillion)}};
        if (rule.fixed)
            one.insert(QStringLiteral("fixed"),
                       rule.fixed->toDecimalString() + QLatin1Char(' ')
                           + rule.fixed->currency().code());
        rules.insert(rule.creditType ? toCode(*rule.creditType) : QStringLiteral("*"), one);
    }
    return {{QStringLiteral("rules"), rules},
            {QStringLiteral("instant_percent"), percentText(settings.instantPartsPerMillion)},
            {QStringLiteral("policy_version"), settings.policyVersion}};
}

// What an entry of a payee wallet is, for the payee's history.
QString kindOf(const Transaction &entry)
{
    const QJsonObject metadata = metadataOf(entry);
    QString kind = metadata.value(QStringLiteral("kind")).toString();
    if (kind.isEmpty())
        kind = entry.type == TransactionType::Transfer ? QStringLiteral("payout")
                                                       : QStringLiteral("entry");
    return entry.reversesId != 0 ? QStringLiteral("reversal of ") + kind : kind;
}

} // namespace

Status PayeeService::requireReader(const Actor &actor) const
{
    return requireEither(actor, PayeeAccess::Read);
}

Status PayeeService::checkReach(const Actor &actor, const std::optional<Payee> &payee,
                                const QString &ownerId) const
{
    if (!payee)
        return payeeNotFound(ownerId);
    // A payee reads only the payee they are bound to; others do not exist for them.
    return reachPayee(actor, *payee, PayeeAccess::Read, payeeNotFound(ownerId));
}

Result<PayeeService::Opened> PayeeService::getOrCreate(const Actor &actor, OwnerType ownerType,
                                                       const QString &ownerIdText,
                                                       const Currency &currency)
{
    COFFER_TRY(actor.require(Permission::RecordEntries));
    const QString ownerId = ownerIdText.trimmed();
    COFFER_TRY(checkName(QStringLiteral("owner-id"), ownerId, 64));
    if (!currency.isValid())
        return makeError(ErrorCode::UnknownCurrency,
                         QStringLiteral("currency: a payee wallet needs an ISO 4217 currency"));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    // Two desktops opening one payee at once: the second waits, then finds it.
    COFFER_TRY(m_database.lockScope(actor.merchantId));
    auto found = m_payees.byOwnerId(actor.merchantId, ownerId);
    if (!found)
        return found.error();
    Opened opened;
    if (found->has_value()) {
        opened.payee = **found;
        if (opened.payee.ownerType != ownerType)
            return makeError(ErrorCode::PayeeTypeMismatch,
                             QStringLiteral("owner-id: '%1' is a %2, not a %3")
                                 .arg(ownerId, toCode(opened.payee.ownerType), toCode(ownerType)));
    } else {
        opened.payee.merchantId = actor.merchantId;
        opened.payee.ownerType = ownerType;
        opened.payee.ownerId = ownerId;
        opened.payee.createdBy = actor.userName;
        auto id = m_payees.insert(opened.payee);
        if (!id)
            return id.error();
        opened.payee.id = *id;
        COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("payee.create"),
                               QStringLiteral("payee"), QString::number(*id), {},
                               {{QStringLiteral("owner"), opened.payee.principal()}}));
    }
    auto wallets = m_wallets.ofPayee(actor.merchantId, opened.payee.id, true);
    if (!wallets)
        return wallets.error();
    for (const Wallet &wallet : *wallets) {
        if (wallet.currency == currency) {
            opened.wallet = wallet;
            COFFER_TRY(transaction.commit());
            return opened;
        }
    }
    Wallet wallet;
    wallet.merchantId = actor.merchantId;
    wallet.type = WalletType::Payee;
    wallet.payeeId = opened.payee.id;
    wallet.name = opened.payee.principal() + QLatin1Char(' ') + currency.code();
    wallet.names.set(QStringLiteral("en"), wallet.name);
    wallet.currency = currency;
    wallet.createdBy = actor.userName;
    auto id = m_wallets.insert(wallet);
    if (!id)
        return id.error();
    wallet.id = *id;
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("wallet.create"),
                           QStringLiteral("wallet"), QString::number(*id), {}, walletJson(wallet)));
    COFFER_TRY(transaction.commit());
    opened.wallet = wallet;
    opened.created = true;
    return opened;
}

Result<Wallet> PayeeService::pickWallet(const QList<Wallet> &wallets, const Payee &payee,
                                        const Currency &currency) const
{
    if (!currency.isValid()) {
        if (wallets.size() == 1)
            return wallets.first();
        if (wallets.isEmpty())
            return makeError(ErrorCode::CurrencyMismatch,
                             QStringLiteral("owner-id: '%1' has no wallet yet").arg(payee.ownerId));
        QStringList codes;
        for (const Wallet &w : wallets)
            codes << w.currency.code();
        return makeError(ErrorCode::CurrencyRequired,
                         QStringLiteral("currency: '%1' has wallets in %2; name the currency")
                             .arg(payee.ownerId, codes.join(QStringLiteral(", "))));
    }
    for (const Wallet &w : wallets) {
        if (w.currency == currency)
            return w;
    }
    return makeError(
        ErrorCode::CurrencyMismatch,
        QStringLiteral("currency: '%1' has no %2 wallet").arg(payee.ownerId, currency.code()));
}

Result<Payee> PayeeService::find(const Actor &actor, const QString &ownerId) const
{
    COFFER_TRY(requireReader(actor));
    auto found = m_payees.byOwnerId(actor.merchantId, ownerId.trimmed());
    if (!found)
        return found.error();
    COFFER_TRY(checkReach(actor, *found, ownerId.trimmed()));
    return **found;
}

Result<QList<Payee>> PayeeService::list(const Actor &actor) const
{
    COFFER_TRY(requireReader(actor));
    auto payees = m_payees.forMerchant(actor.merchantId);
    if (!payees || actor.may(Permission::ReadBooks))
        return payees;
    QList<Payee> own;
    for (const Payee &payee : std::as_const(*payees)) {
        if (checkReach(actor, payee, payee.ownerId))
            own.append(payee);
    }
    return own;
}

Result<Wallet> PayeeService::walletOf(const Actor &actor, const QString &ownerId,
                                      const Currency &currency) const
{
    auto payee = find(actor, ownerId);
    if (!payee)
        return payee.error();
    auto wallets = m_wallets.ofPayee(actor.merchantId, payee->id);
    if (!wallets)
        return wallets.error();
    return pickWallet(*wallets, *payee, currency);
}

Result<std::optional<Credit>> PayeeService::replayed(const Actor &actor, const NewCredit &request,
                                                     const Wallet &wallet, const QString &key) const
{
    auto first = m_transactions.byReference(actor.merchantId, TransactionType::Expense,
                                            payeeCreditReference, key);
    if (!first)
        return first.error();
    if (!first->has_value())
        return std::optional<Credit>();
    const Transaction &entry = **first;
    const QJsonObject metadata = metadataOf(entry);
    if (entry.walletId != wallet.id || !(entry.amount == request.gross)
        || metadata.value(QStringLiteral("kind")).toString() != toCode(request.type))
        return makeError(ErrorCode::IdempotencyConflict,
                         QStringLiteral("idempotency-key: '%1' was used for another credit (%2 "
                                        "%3 %4); a replay must repeat it exactly")
                             .arg(key, metadata.value(QStringLiteral("kind")).toString(),
                                  entry.amount.toDecimalString(), entry.amount.currency().code()));
    Credit credit;
    credit.walletId = wallet.id;
    credit.entryId = entry.id;
    credit.type = request.type;
    auto fee = Money::parse(metadata.value(QStringLiteral("fee")).toString(), wallet.currency);
    auto net = fee ? entry.amount.minus(*fee) : Result<Money>(fee.error());
    if (!net)
        return net.error();
    credit.split = FeeSplit {entry.amount, *fee, *net};
    credit.availableOn
        = QDate::fromString(metadata.value(QStringLiteral("available_on")).toString(), Qt::ISODate);
    credit.pending = entry.status == TransactionStatus::Pending;
    credit.created = false;
    auto feeEntry = m_transactions.byReference(actor.merchantId, TransactionType::Income,
                                               payeeCreditReference, key);
    if (!feeEntry)
        return feeEntry.error();
    if (feeEntry->has_value())
        credit.feeEntryId = (*feeEntry)->id;
    return std::optional<Credit>(credit);
}

Result<Credit> PayeeService::credit(const Actor &actor, const NewCredit &request)
{
    COFFER_TRY(actor.require(Permission::RecordEntries));
    const QString ownerId = request.ownerId.trimmed();
    COFFER_TRY(checkName(QStringLiteral("owner-id"), ownerId, 64));
    const QString key = request.idempotencyKey.trimmed();
    if (!request.idempotencyKey.isEmpty())
        COFFER_TRY(checkName(QStringLiteral("idempotency-key"), key, 100));
    COFFER_TRY(checkNote(QStringLiteral("note"), request.note, 2000));
    const QDate today = this->today();
    if (!request.availableOn.isNull()
        && (!request.availableOn.isValid() || request.availableOn > today.addYears(5)))
        return makeError(ErrorCode::InvalidDate,
                         QStringLiteral("available-on: must be a real date within five years"));

    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto payee = m_payees.byOwnerId(actor.merchantId, ownerId);
    if (!payee)
        return payee.error();
    if (!payee->has_value())
        return payeeNotFound(ownerId);
    auto wallets = m_wallets.ofPayee(actor.merchantId, (*payee)->id, true);
    if (!wallets)
        return wallets.error();
    auto wallet
        = pickWallet(*wallets, **payee,
                     request.currency.isValid() ? request.currency : request.gross.currency());
    if (!wallet)
        return wallet.error();
    auto settled = settleDue(actor, {*wallet});
    if (!settled)
        return settled.error();
    wallet = settled->first();
    if (!(request.gross.currency() == wallet->currency))
        return makeError(ErrorCode::CurrencyMismatch,
                         QStringLiteral("amount: is in %1 but the wallet holds %2")
                             .arg(request.gross.currency().code(), wallet->currency.code()));
    if (!key.isEmpty()) {
        auto replay = replayed(actor, request, *wallet, key);
        if (!replay)
            return replay.error();
        if (replay->has_value())
            return **replay;
    }
    auto settings = m_payees.feeSettings(actor.merchantId);
    if (!settings)
        return settings.error();
    auto split = splitFee(request.gross, settings->ruleFor(request.type, wallet->currency));
    if (!split)
        return split.error();
    auto earnings = m_payees.fixedCategoryId(QStringLiteral("PAYEE_EARNINGS"));
    auto fees = m_payees.fixedCategoryId(QStringLiteral("PLATFORM_FEES"));
    if (!earnings || !fees)
        return earnings ? fees.error() : earnings.error();

    Credit credit;
    credit.walletId = wallet->id;
    credit.type = request.type;
    credit.split = *split;
    credit.pending = request.availableOn.isValid() && request.availableOn > today;
    credit.availableOn = credit.pending ? request.availableOn : QDate();
    QJsonObject metadata {{QStringLiteral("kind"), toCode(request.type)},
                          {QStringLiteral("gross"), split->gross.toDecimalString()},
                          {QStringLiteral("fee"), split->fee.toDecimalString()},
                          {QStringLiteral("net"), split->net.toDecimalString()}};
    if (credit.pending)
        metadata.insert(QStringLiteral("available_on"), credit.availableOn.toString(Qt::ISODate));
    NewTransaction owed;
    owed.type = TransactionType::Expense;
    owed.status = credit.pending ? TransactionStatus::Pending : TransactionStatus::Completed;
    owed.walletId = wallet->id;
    owed.categoryId = *earnings;
    owed.amount = split->gross;
    owed.date = today;
    owed.referenceType = payeeCreditReference;
    owed.referenceId = key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key;
    owed.note = request.note;
    owed.metadata = metadataText(metadata);
    QList<NewTransaction> entries {owed};
    if (split->fee.isPositive()) {
        NewTransaction fee = owed;
        fee.type = TransactionType::Income;
        fee.categoryId = *fees;
        fee.amount = split->fee;
        QJsonObject feeMetadata {{QStringLiteral("kind"), QStringLiteral("platform_fee")},
                                 {QStringLiteral("fee_of"), toCode(request.type)}};
        if (credit.pending)
            feeMetadata.insert(QStringLiteral("available_on"),
                               credit.availableOn.toString(Qt::ISODate));
        fee.metadata = metadataText(feeMetadata);
        entries.append(fee);
    }
    auto ids = m_ledger.recordForPayees(actor, entries, {*wallet});
    if (!ids)
        return ids.error();
    COFFER_TRY(transaction.commit());
    credit.entryId = ids->value(0);
    credit.feeEntryId = ids->value(1);
    return credit;
}

Result<QList<Wallet>> PayeeService::settleDue(const Actor &actor, const QList<Wallet> &wallets)
{
    Q_ASSERT(m_database.inTransaction());
    const QDate today = this->today();
    QList<qint64> due;
    for (const Wallet &wallet : wallets) {
        auto pending = m_payees.pendingCredits(actor.merchantId, wallet.id);
        if (!pending)
            return pending.error();
        for (const PendingCredit &credit : std::as_const(*pending)) {
            if (!credit.availableOn.isValid() || credit.availableOn <= today)
                due.append(credit.entryId);
        }
    }
    if (due.isEmpty())
        return wallets;
    COFFER_TRY(m_ledger.completeForPayees(actor, due, wallets));
    QList<Wallet> settled;
    for (const Wallet &wallet : wallets) {
        auto fresh = m_wallets.payeeWallet(actor.merchantId, wallet.id);
        if (!fresh)
            return fresh.error();
        Q_ASSERT(fresh->has_value());
        settled.append(fresh->value_or(wallet));
    }
    return settled;
}

Result<PayeeBalance> PayeeService::balanceOf(const Wallet &wallet) const
{
    // Credits whose day has come count as available before a write settles them.
    auto pending = m_payees.pendingCredits(wallet.merchantId, wallet.id);
    if (!pending)
        return pending.error();
    qint64 due = 0;
    for (const PendingCredit &credit : std::as_const(*pending)) {
        if (credit.availableOn.isValid() && credit.availableOn > today())
            continue;
        auto entry = m_transactions.byId(wallet.merchantId, credit.entryId);
        if (!entry)
            return entry.error();
        if (entry->has_value())
            due += balanceChangeOf(**entry, wallet);
    }
    return PayeeBalance {wallet,
                         Money(wallet.currentMinor + due - wallet.heldMinor, wallet.currency),
                         Money(wallet.pendingMinor - due, wallet.currency), wallet.held()};
}

Result<QList<PayeeHistoryLine>> PayeeService::historyOf(const Actor &actor, const Wallet &wallet,
                                                        int limit) const
{
    TransactionFilter filter;
    filter.walletId = wallet.id;
    filter.limit = limit;
    auto entries = m_transactions.list(actor.merchantId, filter);
    if (!entries)
        return entries.error();
    QList<PayeeHistoryLine> lines;
    qint64 balance = wallet.currentMinor; // after the newest completed entry
    for (const Transaction &entry : std::as_const(*entries)) {
        PayeeHistoryLine line;
        line.entry = entry;
        line.kind = kindOf(entry);
        line.change = Money(balanceChangeOf(entry, wallet), wallet.currency);
        line.pending = entry.status == TransactionStatus::Pending;
        line.availableOn = QDate::fromString(
            metadataOf(entry).value(QStringLiteral("available_on")).toString(), Qt::ISODate);
        if (entry.status == TransactionStatus::Completed) {
            line.balanceAfter = Money(balance, wallet.currency);
            balance -= line.change.minorUnits();
        }
        lines.append(line);
    }
    return lines;
}

Result<PayeeStatement> PayeeService::show(const Actor &actor, const QString &ownerId,
                                          int historyLimit) const
{
    auto payee = find(actor, ownerId);
    if (!payee)
        return payee.error();
    auto wallets = m_wallets.ofPayee(actor.merchantId, payee->id);
    if (!wallets)
        return wallets.error();
    PayeeStatement statement;
    statement.payee = *payee;
    for (const Wallet &wallet : std::as_const(*wallets)) {
        auto balance = balanceOf(wallet);
        if (!balance)
            return balance.error();
        statement.balances.append(*balance);
        auto history = historyOf(actor, wallet, historyLimit);
        if (!history)
            return history.error();
        statement.history += *history;
    }
    // Newest first across currencies.
    std::stable_sort(statement.history.begin(), statement.history.end(),
                     [](const PayeeHistoryLine &a, const PayeeHistoryLine &b) {
                         return std::pair(a.entry.date, a.entry.id)
                             > std::pair(b.entry.date, b.entry.id);
                     });
    if (historyLimit > 0 && statement.history.size() > historyLimit)
        statement.history.resize(historyLimit);
    return statement;
}

Result<FeeSettings> PayeeService::fees(const Actor &actor) const
{
    COFFER_TRY(requireReader(actor));
    return m_payees.feeSettings(actor.merchantId);
}

Status PayeeService::voidApprovals(const Actor &actor, const QString &reason)
{
    // An approval is bound to the policy it saw: approved payouts not yet sent
    // return to pending and need approving again.
    PayoutRepository payouts(m_database);
    PayoutFilter approved;
    approved.state = PayoutState::Approved;
    approved.limit = 0;
    auto affected = payouts.list(actor.merchantId, approved, 0);
    if (!affected)
        return affected.error();
    for (Payout payout : std::as_const(*affected)) {
        // Only if it is still approved: a cancel or process that committed meanwhile
        // (on another desktop) wins, and its row is left as it wrote it.
        auto reverted = payouts.revertApproval(payout.id);
        if (!reverted)
            return reverted.error();
        if (!*reverted)
            continue;
        const Payout before = payout;
        payout.state = PayoutState::Pending;
        // The payout approval goes; an exception approval stays with its approver,
        // who still may not approve the payout.
        COFFER_TRY(payouts.voidApprovals(payout.id, reason, true));
        COFFER_TRY(payouts.addEvent(payout.id, before.state, payout.state, actor.userName,
                                    QStringLiteral("approval voided: ") + reason));
        COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("payout.void_approval"),
                               QStringLiteral("payout"), payout.number, payoutJson(before),
                               payoutJson(payout)));
    }
    return success();
}

Result<FeeSettings> PayeeService::setFees(const Actor &actor, const FeeChange &change)
{
    COFFER_TRY(actor.require(Permission::ManageSettings));
    if (!change.partsPerMillion && !change.fixed && !change.instantPartsPerMillion)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("fee: give a percentage, a fixed amount or an instant "
                                        "percentage to change"));
    for (const auto &[share, field] :
         {std::pair(change.partsPerMillion, QStringLiteral("percent")),
          std::pair(change.instantPartsPerMillion, QStringLiteral("instant-percent"))}) {
        if (share && (*share < 0 || *share > FeeRule::million))
            return makeError(ErrorCode::InvalidAmount,
                             QStringLiteral("%1: must be between 0 and 100").arg(field));
    }
    if (change.fixed && (change.fixed->minorUnits() < 0 || !change.fixed->currency().isValid()))
        return makeError(ErrorCode::AmountMustBePositive,
                         QStringLiteral("fixed: must be zero or more, in a currency"));
    if (change.instantPartsPerMillion && change.creditType)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("instant-percent: the instant payout fee is one for the "
                                        "merchant, not per credit type"));

    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    COFFER_TRY(m_database.lockScope(actor.merchantId));
    auto settings = m_payees.feeSettings(actor.merchantId);
    if (!settings)
        return settings.error();
    const FeeSettings before = *settings;
    if (change.partsPerMillion || change.fixed) {
        FeeSettings::Rule fresh;
        fresh.creditType = change.creditType;
        FeeSettings::Rule rule = settings->ownRule(change.creditType).value_or(fresh);
        if (change.partsPerMillion)
            rule.partsPerMillion = *change.partsPerMillion;
        if (change.fixed)
            rule.fixed = change.fixed->isZero() ? std::nullopt : change.fixed;
        settings->rules.removeIf(
            [&](const FeeSettings::Rule &r) { return r.creditType == change.creditType; });
        settings->rules.append(rule);
    }
    if (change.instantPartsPerMillion)
        settings->instantPartsPerMillion = *change.instantPartsPerMillion;
    if (feeJson(before) == feeJson(*settings))
        return before; // nothing changes: nothing written
    settings->policyVersion += 1;
    COFFER_TRY(m_payees.saveFeeSettings(actor.merchantId, *settings, actor.userName));
    COFFER_TRY(voidApprovals(
        actor, QStringLiteral("fee policy changed to version %1").arg(settings->policyVersion)));
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("fee.set"), QStringLiteral("merchant"),
                           QString::number(actor.merchantId), feeJson(before), feeJson(*settings)));
    COFFER_TRY(transaction.commit());
    return m_payees.feeSettings(actor.merchantId);
}

} // namespace coffer
