#include "ledger/ledgerservice.h"

#include "audit/auditlog.h"
#include "audit/recordjson.h"
#include "common/textrules.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace coffer {

struct LedgerService::Context
{
    QHash<qint64, Wallet> wallets;
    QHash<qint64, Category> categories;
    qint64 otherIncomeId = 0;
    qint64 otherExpenseId = 0;
    QDate today;
};

namespace {

Error walletNotFound(qint64 id)
{
    return makeError(ErrorCode::WalletNotFound,
                     QStringLiteral("wallet: %1 does not exist").arg(id));
}

Error notFound(qint64 id)
{
    return makeError(ErrorCode::TransactionNotFound,
                     QStringLiteral("transaction: %1 does not exist").arg(id));
}

// Adds each posting's effect to its wallet (current or pending bucket) and, for
// completed entries, to the monthly aggregate.
void accumulate(const Transaction &record, const QList<Posting> &postings,
                QHash<qint64, std::pair<qint64, qint64>> &walletDeltas,
                QHash<PeriodKey, PeriodDelta> &periodDeltas, bool &overflow)
{
    for (const Posting &posting : postings) {
        if (posting.walletId == 0)
            continue;
        auto &delta = walletDeltas[posting.walletId];
        qint64 &bucket = record.status == TransactionStatus::Pending ? delta.second : delta.first;
        overflow |= qAddOverflow(bucket, posting.amount.minorUnits(), &bucket);
        if (record.status != TransactionStatus::Completed)
            continue;
        PeriodDelta &period = periodDeltas[PeriodKey {posting.walletId, record.categoryId,
                                                      periodMonth(record.date)}];
        overflow
            |= qAddOverflow(period.amountMinor, posting.amount.minorUnits(), &period.amountMinor);
        period.entries += 1;
    }
}

} // namespace

LedgerService::LedgerService(Database &database)
    : m_database(database)
    , m_wallets(database)
    , m_categories(database)
    , m_transactions(database)
{ }

Result<LedgerService::Context> LedgerService::loadContext(const Actor &actor,
                                                          const QList<Wallet> &payeeWallets) const
{
    Context context;
    context.today = QDate::currentDate(); // the merchant's business day is local
    auto wallets = m_wallets.forMerchant(actor.merchantId, m_database.inTransaction());
    if (!wallets)
        return wallets.error();
    for (const Wallet &w : *wallets)
        context.wallets.insert(w.id, w);
    for (const Wallet &w : payeeWallets) {
        Q_ASSERT(w.isPayeeWallet() && w.merchantId == actor.merchantId);
        context.wallets.insert(w.id, w);
    }
    auto categories = m_categories.visibleTo(actor.merchantId);
    if (!categories)
        return categories.error();
    for (const Category &c : *categories) {
        context.categories.insert(c.id, c);
        if (c.code == QStringLiteral("OTHER_INCOME"))
            context.otherIncomeId = c.id;
        if (c.code == QStringLiteral("OTHER_EXPENSE"))
            context.otherExpenseId = c.id;
    }
    return context;
}

Status LedgerService::validateTexts(const NewTransaction &request) const
{
    COFFER_TRY(checkNote(QStringLiteral("note"), request.note, 2000));
    if (request.referenceType.isEmpty() != request.referenceId.isEmpty())
        return makeError(ErrorCode::InvalidReference,
                         QStringLiteral("reference: give both a type and an id, as TYPE:ID"));
    if (!request.referenceType.isEmpty()) {
        static const QRegularExpression typePattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,39}$"));
        if (!typePattern.match(request.referenceType).hasMatch())
            return makeError(ErrorCode::InvalidReference,
                             QStringLiteral("reference: type '%1' must be a letter followed by up "
                                            "to 39 letters, digits or '_'")
                                 .arg(request.referenceType));
        COFFER_TRY(checkName(QStringLiteral("reference"), request.referenceId, 100));
    }
    if (!request.metadata.isEmpty()
        && !QJsonDocument::fromJson(request.metadata.toUtf8()).isObject())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("metadata: must be a JSON object"));
    return success();
}

Status LedgerService::validateCategory(const NewTransaction &request, const Context &context,
                                       Transaction &record) const
{
    const bool income = request.type == TransactionType::Income;
    record.categoryId = request.categoryId != 0
        ? request.categoryId
        : (income ? context.otherIncomeId : context.otherExpenseId);
    const auto found = context.categories.constFind(record.categoryId);
    if (found == context.categories.constEnd())
        return makeError(ErrorCode::CategoryNotFound,
                         QStringLiteral("category: %1 does not exist").arg(record.categoryId));
    if (!found->isActive())
        return makeError(ErrorCode::CategoryArchived,
                         QStringLiteral("category: '%1' is archived").arg(found->name));
    const CategoryType wanted = income ? CategoryType::Income : CategoryType::Expense;
    if (found->type != wanted)
        return makeError(
            ErrorCode::CategoryTypeMismatch,
            QStringLiteral("category: '%1' is an %2 category; an %3 needs an %3 "
                           "category")
                .arg(found->name, toCode(found->type).toLower(), toCode(request.type).toLower()));
    return success();
}

Status LedgerService::validateTransfer(const NewTransaction &request, const Wallet &from,
                                       const Wallet &to, Transaction &record) const
{
    if (request.categoryId != 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("category: a transfer has no category"));
    if (from.id == to.id)
        return makeError(
            ErrorCode::TransferToSameWallet,
            QStringLiteral("to: a transfer must go to another wallet than '%1'").arg(from.name));
    if (request.toAmount && !(request.toAmount->currency() == to.currency))
        return makeError(
            ErrorCode::CurrencyMismatch,
            QStringLiteral("to-amount: is in %1 but '%2' holds %3")
                .arg(request.toAmount->currency().code(), to.name, to.currency.code()));
    if (request.toAmount && !request.toAmount->isPositive())
        return makeError(ErrorCode::AmountMustBePositive,
                         QStringLiteral("to-amount: must be greater than zero"));
    if (from.currency == to.currency) {
        if ((request.toAmount && !(*request.toAmount == request.amount))
            || (request.rate && request.rate->micros() != ExchangeRate::scale))
            return makeError(ErrorCode::InvalidRate,
                             QStringLiteral("rate: both wallets hold %1; a rate or a different "
                                            "received amount makes no sense")
                                 .arg(from.currency.code()));
        return success();
    }
    if (!request.toAmount && !request.rate)
        return makeError(ErrorCode::CurrencyMismatch,
                         QStringLiteral("rate: '%1' holds %2 and '%3' holds %4; give --rate or "
                                        "--to-amount")
                             .arg(from.name, from.currency.code(), to.name, to.currency.code()));
    if (request.rate) {
        auto converted = request.rate->convert(request.amount, to.currency, Rounding::HalfUp);
        if (!converted)
            return converted.error();
        if (request.toAmount && !(*request.toAmount == *converted))
            return makeError(ErrorCode::InvalidRate,
                             QStringLiteral("rate: %1 at %2 is %3, not the given %4")
                                 .arg(request.amount.toDecimalString(),
                                      request.rate->toDecimalString(), converted->toDecimalString(),
                                      request.toAmount->toDecimalString()));
        if (!converted->isPositive())
            return makeError(ErrorCode::InvalidRate,
                             QStringLiteral("rate: %1 at %2 rounds to nothing in %3")
                                 .arg(request.amount.toDecimalString(),
                                      request.rate->toDecimalString(), to.currency.code()));
        record.rate = *request.rate;
        record.toAmount = *converted;
        return success();
    }
    auto implied = ExchangeRate::implied(request.amount, *request.toAmount);
    if (!implied)
        return implied.error();
    record.rate = *implied;
    record.toAmount = *request.toAmount;
    return success();
}

Result<PlannedTransaction> LedgerService::plan(const Actor &actor, const NewTransaction &request,
                                               const Context &context) const
{
    if (request.status == TransactionStatus::Cancelled)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("status: a new transaction is pending or completed"));
    const auto from = context.wallets.constFind(request.walletId);
    if (from == context.wallets.constEnd())
        return walletNotFound(request.walletId);
    if (!from->isActive())
        return makeError(ErrorCode::WalletArchived,
                         QStringLiteral("wallet: '%1' is archived").arg(from->name));
    if (!request.amount.currency().isValid() || !request.amount.isPositive())
        return makeError(ErrorCode::AmountMustBePositive,
                         QStringLiteral("amount: must be greater than zero"));
    if (!(request.amount.currency() == from->currency))
        return makeError(
            ErrorCode::CurrencyMismatch,
            QStringLiteral("amount: is in %1 but '%2' holds %3")
                .arg(request.amount.currency().code(), from->name, from->currency.code()));
    const QDate date = request.date.isNull() ? context.today : request.date;
    if (!date.isValid() || date.year() < 1900 || date.year() > 9999)
        return makeError(ErrorCode::InvalidDate,
                         QStringLiteral("date: must be a real date between 1900 and 9999"));
    COFFER_TRY(validateTexts(request));

    PlannedTransaction planned;
    Transaction &record = planned.record;
    record.merchantId = actor.merchantId;
    record.type = request.type;
    record.status = request.status;
    record.amount = request.amount;
    record.date = date;
    record.walletId = from->id;
    // "Customer:Acme" links to a customer as "customer:Acme" does.
    record.referenceType = isCustomerLink(request.referenceType) ? QStringLiteral("customer")
                                                                 : request.referenceType;
    record.referenceId = request.referenceId.trimmed();
    record.note = request.note;
    record.metadata = request.metadata;
    record.createdBy = actor.userName;
    if (request.type == TransactionType::Transfer) {
        const auto to = context.wallets.constFind(request.toWalletId);
        if (to == context.wallets.constEnd())
            return walletNotFound(request.toWalletId);
        if (!to->isActive())
            return makeError(ErrorCode::WalletArchived,
                             QStringLiteral("to: '%1' is archived").arg(to->name));
        record.toWalletId = to->id;
        COFFER_TRY(validateTransfer(request, *from, *to, record));
    } else {
        if (request.toWalletId != 0 || request.toAmount || request.rate)
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("to: only a transfer has a destination wallet or rate"));
        COFFER_TRY(validateCategory(request, context, record));
    }
    planned.postings = planPostings(record);
    return planned;
}

Status LedgerService::applyWalletDeltas(const Actor &actor,
                                        const QHash<qint64, std::pair<qint64, qint64>> &deltas,
                                        Context &context)
{
    QHash<qint64, Wallet> updated;
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        Wallet wallet = context.wallets.value(it.key());
        Q_ASSERT(wallet.id == it.key());
        // Postings sum to zero; a payee wallet shows what is owed, their negation.
        const qint64 sign = wallet.balanceSign();
        if (qAddOverflow(wallet.currentMinor, sign * it.value().first, &wallet.currentMinor)
            || qAddOverflow(wallet.pendingMinor, sign * it.value().second, &wallet.pendingMinor))
            return makeError(ErrorCode::AmountOverflow,
                             QStringLiteral("amount: the balance of '%1' would not fit in 64 bits")
                                 .arg(wallet.name));
        updated.insert(wallet.id, wallet);
    }
    for (const Wallet &wallet : std::as_const(updated)) {
        COFFER_TRY(m_wallets.setBalances(actor.merchantId, wallet.id, wallet.currentMinor,
                                         wallet.pendingMinor, actor.userName));
        context.wallets.insert(wallet.id, wallet);
    }
    return success();
}

Status LedgerService::write(const Actor &actor, QList<PlannedTransaction> &planned,
                            Context &context, BatchAudit audit)
{
    QHash<qint64, std::pair<qint64, qint64>> walletDeltas; // current, pending
    QHash<PeriodKey, PeriodDelta> periodDeltas;
    bool overflow = false;
    for (const PlannedTransaction &p : planned)
        accumulate(p.record, p.postings, walletDeltas, periodDeltas, overflow);
    if (overflow)
        return makeError(ErrorCode::AmountOverflow,
                         QStringLiteral("amount: a total would not fit in 64 bits"));
    COFFER_TRY(applyWalletDeltas(actor, walletDeltas, context));
    COFFER_TRY(m_transactions.insert(planned, actor.userName));
    COFFER_TRY(m_transactions.addToPeriodTotals(periodDeltas));
    return auditWrites(actor, planned, audit);
}

Status LedgerService::auditWrites(const Actor &actor, const QList<PlannedTransaction> &planned,
                                  BatchAudit audit)
{
    QList<AuditEntry> entries;
    if (audit == BatchAudit::Summary) {
        const QJsonObject summary {{QStringLiteral("entries"), planned.size()},
                                   {QStringLiteral("first_id"), planned.first().record.id},
                                   {QStringLiteral("last_id"), planned.last().record.id}};
        entries.append(auditEntry(actor, QStringLiteral("transaction.import"),
                                  QStringLiteral("transaction"),
                                  QString::number(planned.first().record.id), {}, summary));
    } else {
        entries.reserve(planned.size());
        for (const PlannedTransaction &p : planned)
            entries.append(auditEntry(actor,
                                      p.record.reversesId != 0
                                          ? QStringLiteral("transaction.reverse")
                                          : QStringLiteral("transaction.record"),
                                      QStringLiteral("transaction"), QString::number(p.record.id),
                                      {}, transactionJson(p.record)));
    }
    COFFER_TRY(confirmActor(m_database, actor));
    auto appended = AuditLog(m_database).appendAll(entries);
    if (!appended)
        return appended.error();
    return success();
}

Result<Transaction> LedgerService::record(const Actor &actor, const NewTransaction &request)
{
    auto ids = recordBatch(actor, {request});
    if (!ids)
        return ids.error();
    return get(actor, ids->first());
}

Result<LedgerService::Recorded> LedgerService::recordOnce(const Actor &actor,
                                                          const NewTransaction &request)
{
    COFFER_TRY(actor.require(Permission::RecordEntries));
    Q_ASSERT(!request.referenceId.isEmpty());
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    // Loading the context takes the merchant's wallet locks first (PostgreSQL; SQLite's
    // BEGIN IMMEDIATE serialises already), so the lookup below sees any replay that
    // committed meanwhile.
    auto context = loadContext(actor);
    if (!context)
        return context.error();
    auto existing = m_transactions.byReference(
        actor.merchantId, request.type, request.referenceType, request.referenceId.trimmed());
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const Transaction &first = **existing;
        if (first.walletId != request.walletId || !(first.amount == request.amount))
            return makeError(ErrorCode::IdempotencyConflict,
                             QStringLiteral("reference: %1:%2 was already recorded as %3 %4 in "
                                            "'%5'; a replay must repeat it exactly")
                                 .arg(first.referenceType, first.referenceId,
                                      first.amount.toDecimalString(),
                                      first.amount.currency().code(),
                                      context->wallets.value(first.walletId).name));
        return Recorded {first, false};
    }
    auto ids = recordBatch(actor, {request});
    if (!ids)
        return ids.error();
    COFFER_TRY(transaction.commit());
    auto recorded = get(actor, ids->first());
    if (!recorded)
        return recorded.error();
    return Recorded {*recorded, true};
}

Result<QList<qint64>> LedgerService::recordBatch(const Actor &actor,
                                                 const QList<NewTransaction> &requests,
                                                 BatchAudit audit)
{
    COFFER_TRY(actor.require(Permission::RecordEntries));
    return recordChecked(actor, requests, audit, {});
}

Result<QList<qint64>> LedgerService::recordForPayees(const Actor &actor,
                                                     const QList<NewTransaction> &requests,
                                                     const QList<Wallet> &payeeWallets)
{
    Q_ASSERT(m_database.inTransaction());
    return recordChecked(actor, requests, BatchAudit::PerEntry, payeeWallets);
}

Status LedgerService::completeForPayees(const Actor &actor, const QList<qint64> &transactionIds,
                                        const QList<Wallet> &payeeWallets)
{
    Q_ASSERT(m_database.inTransaction());
    auto context = loadContext(actor, payeeWallets);
    if (!context)
        return context.error();
    for (qint64 id : transactionIds)
        COFFER_TRY(completeOne(actor, id, *context));
    return success();
}

Result<QList<qint64>> LedgerService::reverseForPayees(const Actor &actor,
                                                      const QList<qint64> &transactionIds,
                                                      const QList<Wallet> &payeeWallets)
{
    Q_ASSERT(m_database.inTransaction());
    auto context = loadContext(actor, payeeWallets);
    if (!context)
        return context.error();
    QList<qint64> reversals;
    for (qint64 id : transactionIds) {
        Transaction outcome;
        COFFER_TRY(cancelOne(actor, id, *context, &outcome));
        reversals.append(outcome.id);
    }
    return reversals;
}

Result<QList<qint64>> LedgerService::recordChecked(const Actor &actor,
                                                   const QList<NewTransaction> &requests,
                                                   BatchAudit audit,
                                                   const QList<Wallet> &payeeWallets)
{
    if (requests.isEmpty())
        return QList<qint64> {};
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto context = loadContext(actor, payeeWallets);
    if (!context)
        return context.error();
    QList<PlannedTransaction> planned;
    planned.reserve(requests.size());
    QSet<QString> referencesInBatch;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        auto one = plan(actor, requests.at(i), *context);
        if (!one) {
            Error error = one.error();
            if (requests.size() > 1)
                error.detail = QStringLiteral("entry %1: %2").arg(i + 1).arg(error.detail);
            return error;
        }
        const Transaction &r = one->record;
        if (!r.referenceId.isEmpty() && !isCustomerLink(r.referenceType)) {
            const QString key = toCode(r.type) + r.referenceType + QLatin1Char(':') + r.referenceId;
            auto existing = m_transactions.byReference(actor.merchantId, r.type, r.referenceType,
                                                       r.referenceId);
            if (!existing)
                return existing.error();
            if (existing->has_value() || referencesInBatch.contains(key))
                return makeError(
                    ErrorCode::DuplicateReference,
                    QStringLiteral("reference: an %1 with reference %2:%3 already "
                                   "exists")
                        .arg(toCode(r.type).toLower(), r.referenceType, r.referenceId));
            referencesInBatch.insert(key);
        }
        planned.append(std::move(*one));
    }
    COFFER_TRY(write(actor, planned, *context, audit));
    COFFER_TRY(transaction.commit());
    QList<qint64> ids;
    ids.reserve(planned.size());
    for (const PlannedTransaction &p : planned)
        ids.append(p.record.id);
    return ids;
}

Status LedgerService::settlePending(const Actor &actor, Transaction &record,
                                    const QList<Posting> &postings, TransactionStatus outcome,
                                    Context &context)
{
    Q_ASSERT(record.status == TransactionStatus::Pending && outcome != TransactionStatus::Pending);
    const Transaction before = record;
    QHash<qint64, std::pair<qint64, qint64>> walletDeltas; // current, pending
    QHash<PeriodKey, PeriodDelta> periodDeltas;
    bool overflow = false;
    record.status = outcome;
    if (outcome == TransactionStatus::Completed)
        accumulate(record, postings, walletDeltas, periodDeltas, overflow);
    for (const Posting &posting : postings) {
        if (posting.walletId != 0) // leaves the pending bucket it was added to
            walletDeltas[posting.walletId].second -= posting.amount.minorUnits();
    }
    if (overflow)
        return makeError(ErrorCode::AmountOverflow,
                         QStringLiteral("amount: a total would not fit in 64 bits"));
    COFFER_TRY(applyWalletDeltas(actor, walletDeltas, context));
    COFFER_TRY(m_transactions.addToPeriodTotals(periodDeltas));
    COFFER_TRY(m_transactions.setStatus(actor.merchantId, record.id, outcome, actor.userName));
    return recordAudit(m_database, actor,
                       outcome == TransactionStatus::Completed
                           ? QStringLiteral("transaction.complete")
                           : QStringLiteral("transaction.cancel"),
                       QStringLiteral("transaction"), QString::number(record.id),
                       transactionJson(before), transactionJson(record));
}

Status LedgerService::requireActiveWallets(const Transaction &record, const Context &context,
                                           ErrorCode refused) const
{
    // An archived wallet takes no new money movement, corrections included. A payee
    // wallet's entries change only through the payee services (payees/).
    for (qint64 walletId : {record.walletId, record.toWalletId}) {
        if (walletId != 0 && !context.wallets.contains(walletId))
            return makeError(refused,
                             QStringLiteral("transaction: %1 moves money owed to a payee; it "
                                            "changes only through payouts and adjustments")
                                 .arg(record.id));
        if (walletId != 0 && !context.wallets.value(walletId).isActive())
            return makeError(ErrorCode::WalletArchived,
                             QStringLiteral("transaction: %1 moves money in '%2', which is "
                                            "archived; restore the wallet first")
                                 .arg(record.id)
                                 .arg(context.wallets.value(walletId).name));
    }
    return success();
}

Status LedgerService::cancelOne(const Actor &actor, qint64 transactionId, Context &context,
                                Transaction *outcome)
{
    auto stored = m_transactions.byId(actor.merchantId, transactionId, true);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return notFound(transactionId);
    Transaction original = **stored;
    if (original.status == TransactionStatus::Cancelled || original.reversesId != 0
        || original.reversedById != 0)
        return makeError(ErrorCode::TransactionNotCancellable,
                         QStringLiteral("transaction: %1 is %2 and cannot be cancelled")
                             .arg(transactionId)
                             .arg(original.status == TransactionStatus::Cancelled
                                      ? QStringLiteral("already cancelled")
                                      : original.reversesId != 0
                                      ? QStringLiteral("a reversal")
                                      : QStringLiteral("already reversed")));
    COFFER_TRY(requireActiveWallets(original, context));
    auto postings = m_transactions.postings(actor.merchantId, original.id);
    if (!postings)
        return postings.error();
    if (original.status == TransactionStatus::Pending) {
        COFFER_TRY(
            settlePending(actor, original, *postings, TransactionStatus::Cancelled, context));
        *outcome = original;
        return success();
    }
    PlannedTransaction reversal;
    reversal.record = original;
    reversal.record.id = 0;
    reversal.record.status = TransactionStatus::Completed;
    reversal.record.date = context.today;
    reversal.record.reversesId = original.id;
    reversal.record.reversedById = 0;
    reversal.record.referenceType.clear();
    reversal.record.referenceId.clear();
    reversal.record.note = QStringLiteral("Reversal of #%1").arg(original.id);
    reversal.postings = negatedPostings(*postings);
    QList<PlannedTransaction> batch {reversal};
    COFFER_TRY(write(actor, batch, context));
    *outcome = batch.first().record;
    return success();
}

Result<Transaction> LedgerService::cancel(const Actor &actor, qint64 transactionId)
{
    COFFER_TRY(actor.require(Permission::RecordEntries));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto context = loadContext(actor);
    if (!context)
        return context.error();
    Transaction outcome;
    COFFER_TRY(cancelOne(actor, transactionId, *context, &outcome));
    COFFER_TRY(transaction.commit());
    return get(actor, outcome.id);
}

Status LedgerService::cancelMany(const Actor &actor, const QList<qint64> &transactionIds)
{
    COFFER_TRY(actor.require(Permission::RecordEntries));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto context = loadContext(actor);
    if (!context)
        return context.error();
    for (qint64 id : transactionIds) {
        Transaction outcome;
        COFFER_TRY(cancelOne(actor, id, *context, &outcome));
    }
    return transaction.commit();
}

Result<Transaction> LedgerService::correct(const Actor &actor, qint64 transactionId,
                                           const NewTransaction &replacement)
{
    COFFER_TRY(actor.require(Permission::RecordEntries));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto cancelled = cancel(actor, transactionId);
    if (!cancelled)
        return cancelled.error();
    auto recorded = record(actor, replacement);
    if (!recorded)
        return recorded.error();
    COFFER_TRY(transaction.commit());
    return recorded;
}

NewTransaction LedgerService::requestFor(const Transaction &transaction)
{
    NewTransaction request;
    request.type = transaction.type;
    request.status = transaction.status == TransactionStatus::Pending
        ? TransactionStatus::Pending
        : TransactionStatus::Completed;
    request.walletId = transaction.walletId;
    request.toWalletId = transaction.toWalletId;
    request.categoryId = transaction.categoryId;
    request.amount = transaction.amount;
    request.toAmount = transaction.toAmount;
    request.date = transaction.date;
    request.note = transaction.note;
    request.metadata = transaction.metadata;
    return request;
}

Result<Transaction> LedgerService::complete(const Actor &actor, qint64 transactionId)
{
    COFFER_TRY(actor.require(Permission::RecordEntries));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto context = loadContext(actor);
    if (!context)
        return context.error();
    COFFER_TRY(completeOne(actor, transactionId, *context));
    COFFER_TRY(transaction.commit());
    return get(actor, transactionId);
}

Status LedgerService::completeOne(const Actor &actor, qint64 transactionId, Context &context)
{
    auto stored = m_transactions.byId(actor.merchantId, transactionId, true);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return notFound(transactionId);
    Transaction record = **stored;
    if (record.status != TransactionStatus::Pending)
        return makeError(ErrorCode::TransactionNotCompletable,
                         QStringLiteral("transaction: %1 is %2; only a pending entry can be "
                                        "completed")
                             .arg(transactionId)
                             .arg(toCode(record.status).toLower()));
    COFFER_TRY(requireActiveWallets(record, context, ErrorCode::TransactionNotCompletable));
    auto postings = m_transactions.postings(actor.merchantId, record.id);
    if (!postings)
        return postings.error();
    return settlePending(actor, record, *postings, TransactionStatus::Completed, context);
}

Result<Transaction> LedgerService::get(const Actor &actor, qint64 transactionId) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    auto stored = m_transactions.byId(actor.merchantId, transactionId);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return notFound(transactionId);
    return **stored;
}

Result<QList<Transaction>> LedgerService::list(const Actor &actor,
                                               const TransactionFilter &filter) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    return m_transactions.list(actor.merchantId, filter);
}

Result<std::optional<Transaction>> LedgerService::findByReference(const Actor &actor,
                                                                  TransactionType type,
                                                                  const QString &referenceType,
                                                                  const QString &referenceId) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    return m_transactions.byReference(actor.merchantId, type, referenceType, referenceId);
}

} // namespace coffer
