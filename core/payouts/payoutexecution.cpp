// PayoutService: processing, execution with proof of payment, and failures.
#include "payouts/payoutservice.h"

#include "audit/auditlog.h"
#include "common/crashpoint.h"
#include "common/textrules.h"
#include "ledger/walletservice.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace coffer {

namespace {

Error invalidProof(const QString &rule)
{
    return makeError(ErrorCode::InvalidProof, QStringLiteral("proof: ") + rule);
}

QString metadataText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QString> checkProofFile(const ProofFile &proof)
{
    if (proof.content.isEmpty())
        return invalidProof(QStringLiteral("the file is empty"));
    if (proof.content.size() > ProofFile::maxProofBytes)
        return invalidProof(QStringLiteral("the file has %1 bytes; at most %2 MiB are kept")
                                .arg(proof.content.size())
                                .arg(ProofFile::maxProofBytes / (1024 * 1024)));
    COFFER_TRY(checkName(QStringLiteral("proof"), QFileInfo(proof.fileName).fileName(), 200));
    // The bytes decide, not the name: a renamed file of another kind is refused.
    if (proof.content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (proof.content.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (proof.content.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    return invalidProof(QStringLiteral("'%1' is not a PDF, PNG or JPEG file")
                            .arg(QFileInfo(proof.fileName).fileName()));
}

Result<Payout> PayoutService::process(const Actor &actor, const QString &number)
{
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto payout = locked(actor, number, Permission::ExecutePayouts);
    if (!payout)
        return payout.error();
    if (payout->state != PayoutState::Approved)
        return makeError(ErrorCode::PayoutStateConflict,
                         QStringLiteral("payout: %1 is %2; only an approved payout is processed")
                             .arg(payout->number, toCode(payout->state)));
    // The approval must still hold for what is sent.
    auto approvals = m_payouts.approvals(payout->id);
    auto settings = m_payeeRows.feeSettings(actor.merchantId);
    if (!approvals || !settings)
        return approvals ? settings.error() : approvals.error();
    bool bound = false;
    for (const PayoutApproval &a : std::as_const(*approvals)) {
        bound |= a.kind == QStringLiteral("normal") && a.voidedAt.isNull()
            && a.amount == payout->amount && a.methodId == payout->methodId
            && a.policyVersion == settings->policyVersion;
    }
    if (!bound)
        return makeError(ErrorCode::PayoutStateConflict,
                         QStringLiteral("payout: the approval of %1 no longer holds (amount, "
                                        "method or policy changed); approve it again")
                             .arg(payout->number));
    auto attempt = m_payouts.openAttempt(actor.merchantId, payout->id, actor.userName);
    if (!attempt)
        return attempt.error();
    COFFER_TRY(move(actor, *payout, PayoutState::InTransit, {}, QStringLiteral("payout.process")));
    COFFER_TRY(transaction.commit());
    return *payout;
}

Result<Wallet> PayoutService::payingWallet(const Actor &actor, const Payout &payout,
                                           const QString &name) const
{
    auto wallets = m_wallets.forMerchant(actor.merchantId);
    if (!wallets)
        return wallets.error();
    const Currency &currency = payout.amount.currency();
    if (!name.trimmed().isEmpty()) {
        auto named = findWallet(*wallets, name);
        if (!named)
            return makeError(ErrorCode::WalletNotFound,
                             QStringLiteral("wallet: no wallet is called '%1'").arg(name));
        if (!(named->currency == currency))
            return makeError(ErrorCode::CurrencyMismatch,
                             QStringLiteral("wallet: '%1' holds %2, the payout is in %3")
                                 .arg(named->name, named->currency.code(), currency.code()));
        return *named;
    }
    // Payouts leave from a bank: the default wallet if it is a bank wallet in the
    // currency, else the first such bank wallet, else the default wallet, else any
    // active wallet in the currency.
    auto fits = [&currency](const Wallet &w, int pass) {
        if (!w.isActive() || !(w.currency == currency))
            return false;
        const bool isBank = w.type == WalletType::Bank;
        switch (pass) {
        case 0: return w.isDefault && isBank;
        case 1: return isBank;
        case 2: return w.isDefault;
        default: return true;
        }
    };
    for (int pass = 0; pass < 4; ++pass) {
        for (const Wallet &w : std::as_const(*wallets)) {
            if (fits(w, pass))
                return w;
        }
    }
    return makeError(ErrorCode::WalletNotFound,
                     QStringLiteral("wallet: no active merchant wallet holds %1; add one or name "
                                    "the paying wallet")
                         .arg(currency.code()));
}

namespace {

// The payment is "Payout:JPO-..." and so is the instant fee (an income); the other
// parts add their kind, so that each has a reference of its own:
// "Payout:JPO-.../deductions".
NewTransaction payoutEntry(TransactionType type, qint64 walletId, qint64 categoryId,
                           const Money &amount, const Payout &payout, const QDate &day,
                           const QString &kind, const QString &note)
{
    NewTransaction entry;
    entry.type = type;
    entry.walletId = walletId;
    entry.categoryId = categoryId;
    entry.amount = amount;
    entry.date = day;
    entry.referenceType = QStringLiteral("Payout");
    const bool ownReference
        = kind == QStringLiteral("payout") || kind == QStringLiteral("instant_fee");
    entry.referenceId = ownReference ? payout.number : payout.number + QLatin1Char('/') + kind;
    entry.note = note.arg(payout.number);
    entry.metadata
        = metadataText({{QStringLiteral("kind"), kind}, {QStringLiteral("payout"), payout.number}});
    return entry;
}

} // namespace

Status PayoutService::postPayment(const Actor &actor, Payout &payout, const Wallet &from,
                                  qint64 difference)
{
    auto fresh = m_wallets.payeeWallet(actor.merchantId, payout.walletId, true);
    if (!fresh)
        return fresh.error();
    if (!fresh->has_value())
        return makeError(ErrorCode::WalletNotFound,
                         QStringLiteral("wallet: %1 does not exist").arg(payout.walletId));
    QHash<QString, qint64> categories;
    for (const QString &code :
         {QStringLiteral("INSTANT_PAYOUT_FEES"), QStringLiteral("PAYOUT_RECOVERIES"),
          QStringLiteral("PAYOUT_ADJUSTMENTS")}) {
        auto id = m_payeeRows.fixedCategoryId(code);
        if (!id)
            return id.error();
        categories.insert(code, *id);
    }
    const Currency &currency = payout.amount.currency();
    const QDate day = m_payees.today();
    // The merchant wallet pays the payee wallet the part of the amount that is sent
    // (owed less); an instant fee and the deductions are the merchant's income from
    // the payee wallet; credits, and an overpayment, are the merchant's expense.
    QList<NewTransaction> entries;
    NewTransaction paid
        = payoutEntry(TransactionType::Transfer, from.id, 0, payout.transferred(), payout, day,
                      QStringLiteral("payout"), QStringLiteral("Payout %1"));
    paid.toWalletId = payout.walletId;
    entries.append(paid);
    auto add = [&](TransactionType type, qint64 walletId, const QString &category, qint64 minor,
                   const QString &kind, const QString &note) {
        if (minor > 0)
            entries.append(payoutEntry(type, walletId, categories.value(category),
                                       Money(minor, currency), payout, day, kind, note));
    };
    add(TransactionType::Income, payout.walletId, QStringLiteral("INSTANT_PAYOUT_FEES"),
        payout.fee.minorUnits(), QStringLiteral("instant_fee"),
        QStringLiteral("Instant payout fee %1"));
    add(TransactionType::Income, payout.walletId, QStringLiteral("PAYOUT_RECOVERIES"),
        payout.deductions.minorUnits(), QStringLiteral("deductions"),
        QStringLiteral("Adjustments recovered by %1"));
    add(TransactionType::Expense, from.id, QStringLiteral("PAYOUT_ADJUSTMENTS"),
        payout.credits.minorUnits(), QStringLiteral("credits"),
        QStringLiteral("Adjustments paid with %1"));
    add(TransactionType::Expense, from.id, QStringLiteral("PAYOUT_ADJUSTMENTS"), difference,
        QStringLiteral("overpayment"), QStringLiteral("Overpaid with %1"));
    add(TransactionType::Income, from.id, QStringLiteral("PAYOUT_RECOVERIES"), -difference,
        QStringLiteral("underpayment"), QStringLiteral("Underpaid with %1"));
    auto ids = m_ledger.recordForPayees(actor, entries, {**fresh});
    if (!ids)
        return ids.error();
    COFFER_TRY(releaseHold(actor, payout));
    payout.paidFromWalletId = from.id;
    payout.paidEntryId = ids->first();
    return success();
}

Result<qint64> keepDocument(PayoutRepository &documents, const Actor &actor, const ProofFile &file)
{
    auto mime = checkProofFile(file);
    if (!mime)
        return mime.error();
    StoredDocument document;
    document.fileName = QFileInfo(file.fileName).fileName();
    document.mimeType = *mime;
    document.size = file.content.size();
    document.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(file.content, QCryptographicHash::Sha256).toHex());
    document.uploadedBy = actor.userName;
    return documents.insertDocument(actor.merchantId, document, file.content);
}

Result<qint64> PayoutService::storeProof(const Actor &actor, const Payout &payout, qint64 attemptId,
                                         const ProofFile &proof, const QString &reason)
{
    auto documentId = keepDocument(m_payouts, actor, proof);
    if (!documentId)
        return documentId.error();
    return m_payouts.addProof(payout.id, attemptId, *documentId, reason, actor.userName);
}

Result<std::optional<Payout>> PayoutService::replayedExecution(const Actor &, const Payout &payout,
                                                               const Execution &execution) const
{
    const QString key = execution.idempotencyKey.trimmed();
    if (key.isEmpty())
        return std::optional<Payout>();
    auto first = m_payouts.attemptByKey(payout.id, key);
    if (!first)
        return first.error();
    if (!first->has_value())
        return std::optional<Payout>();
    if ((*first)->reference != execution.reference.trimmed() || !(*first)->actual
        || !(*(*first)->actual == execution.actual))
        return makeError(ErrorCode::IdempotencyConflict,
                         QStringLiteral("idempotency-key: '%1' recorded %2 with reference %3; a "
                                        "replay must repeat it exactly")
                             .arg(key, payout.number, (*first)->reference));
    return std::optional<Payout>(payout);
}

Result<Payout> PayoutService::execute(const Actor &actor, const QString &number,
                                      const Execution &execution)
{
    COFFER_TRY(actor.require(Permission::ExecutePayouts));
    const QString reference = execution.reference.trimmed();
    COFFER_TRY(checkName(QStringLiteral("reference"), reference, 100));
    COFFER_TRY(checkNote(QStringLiteral("note"), execution.note, 2000));
    if (!execution.idempotencyKey.isEmpty())
        COFFER_TRY(
            checkName(QStringLiteral("idempotency-key"), execution.idempotencyKey.trimmed(), 100));
    auto mime = checkProofFile(execution.proof);
    if (!mime)
        return mime.error();
    if (!execution.actual.currency().isValid() || !execution.actual.isPositive())
        return makeError(ErrorCode::AmountMustBePositive,
                         QStringLiteral("actual-amount: must be greater than zero"));

    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto payout = locked(actor, number, Permission::ExecutePayouts);
    if (!payout)
        return payout.error();
    auto replay = replayedExecution(actor, *payout, execution);
    if (!replay)
        return replay.error();
    if (replay->has_value())
        return **replay;
    if (payout->state != PayoutState::InTransit)
        return makeError(ErrorCode::PayoutStateConflict,
                         QStringLiteral("payout: %1 is %2; only a payout in transit is executed")
                             .arg(payout->number, toCode(payout->state)));
    if (!(execution.actual.currency() == payout->amount.currency()))
        return makeError(
            ErrorCode::CurrencyMismatch,
            QStringLiteral("actual-amount: is in %1, the payout in %2")
                .arg(execution.actual.currency().code(), payout->amount.currency().code()));
    auto taken = m_payouts.attemptByReference(actor.merchantId, reference);
    if (!taken)
        return taken.error();
    if (taken->has_value())
        return makeError(
            ErrorCode::DuplicateReference,
            QStringLiteral("reference: '%1' was recorded for another execution").arg(reference));
    const bool matches = execution.actual == payout->sent();
    if (!matches && execution.note.trimmed().isEmpty())
        return makeError(ErrorCode::FieldRequired,
                         QStringLiteral("note: %1 %2 was sent but %3 %2 was expected; say why")
                             .arg(execution.actual.toDecimalString(),
                                  payout->amount.currency().code(),
                                  payout->sent().toDecimalString()));
    auto attempts = m_payouts.attempts(payout->id);
    if (!attempts)
        return attempts.error();
    Q_ASSERT(!attempts->isEmpty() && attempts->last().outcome == QStringLiteral("open"));
    PayoutAttempt attempt = attempts->last();
    attempt.outcome = matches ? QStringLiteral("paid") : QStringLiteral("mismatch");
    attempt.reference = reference;
    attempt.actual = execution.actual;
    attempt.note = execution.note.trimmed();
    attempt.recordedBy = actor.userName;
    COFFER_TRY(m_payouts.recordAttempt(attempt.id, attempt, execution.idempotencyKey.trimmed()));
    auto proof = storeProof(actor, *payout, attempt.id, execution.proof, {});
    if (!proof)
        return proof.error();
    crashPoint("payout.execute.proof");
    payout->latestReference = reference;
    auto from = payingWallet(actor, *payout, execution.fromWallet);
    if (!from)
        return from.error();
    if (matches) {
        COFFER_TRY(postPayment(actor, *payout, *from));
        crashPoint("payout.execute.posted");
    } else {
        payout->paidFromWalletId = from->id; // what a resolution posts from
    }
    COFFER_TRY(move(actor, *payout,
                    matches ? PayoutState::Paid : PayoutState::AwaitingReconciliation, attempt.note,
                    QStringLiteral("payout.execute")));
    crashPoint("payout.execute.moved");
    COFFER_TRY(transaction.commit());
    return *payout;
}

Result<Payout> PayoutService::fail(const Actor &actor, const QString &number, const QString &code,
                                   const QString &message, bool retry)
{
    if (!actor.may(Permission::ReconcilePayouts))
        COFFER_TRY(actor.require(Permission::ExecutePayouts));
    COFFER_TRY(checkName(QStringLiteral("code"), code.trimmed(), 64));
    COFFER_TRY(checkName(QStringLiteral("message"), message.trimmed(), 500));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto payout = locked(actor, number,
                         actor.may(Permission::ExecutePayouts) ? Permission::ExecutePayouts
                                                               : Permission::ReconcilePayouts);
    if (!payout)
        return payout.error();
    const PayoutState from = payout->state;
    const PayoutState to = retry ? PayoutState::Approved : PayoutState::Failed;
    if (!mayMove(from, to) || (retry && from != PayoutState::InTransit))
        return makeError(ErrorCode::PayoutStateConflict,
                         QStringLiteral("payout: %1 is %2; it cannot fail%3")
                             .arg(payout->number, toCode(from),
                                  retry ? QStringLiteral(" and be retried") : QString()));
    // A failure of an attempt in transit is the executor's to record; after money
    // left (a bank return, a recalled mismatch) it undoes a payment: reconcilers and
    // admins only (DOMAIN.md, invariant 7).
    const bool afterSending
        = from == PayoutState::Paid || from == PayoutState::AwaitingReconciliation;
    COFFER_TRY(
        actor.require(afterSending ? Permission::ReconcilePayouts : Permission::ExecutePayouts));
    const QString note = code.trimmed() + QStringLiteral(": ") + message.trimmed();
    if (from == PayoutState::InTransit) {
        auto attempts = m_payouts.attempts(payout->id);
        if (!attempts)
            return attempts.error();
        PayoutAttempt attempt = attempts->last();
        attempt.outcome = QStringLiteral("failed");
        attempt.failureCode = code.trimmed();
        attempt.failureMessage = message.trimmed();
        attempt.recordedBy = actor.userName;
        COFFER_TRY(m_payouts.recordAttempt(attempt.id, attempt, {}));
    }
    if (from == PayoutState::Paid) {
        // A bank return: the payment is reversed, so the payee is owed it again.
        auto payee = m_wallets.payeeWallet(actor.merchantId, payout->walletId, true);
        if (!payee || !payee->has_value())
            return payee ? makeError(ErrorCode::WalletNotFound,
                                     QStringLiteral("wallet: the payee wallet %1 of %2 is gone")
                                         .arg(payout->walletId)
                                         .arg(payout->number))
                         : payee.error();
        COFFER_TRY(withdrawResolution(actor, *payout));
        auto entries = TransactionRepository(m_database)
                           .idsInForce(actor.merchantId, QStringLiteral("Payout"), payout->number);
        if (!entries)
            return entries.error();
        auto reversed = m_ledger.reverseForPayees(actor, *entries, {**payee});
        if (!reversed)
            return reversed.error();
    } else if (!retry && payout->held.isPositive()) {
        COFFER_TRY(releaseHold(actor, *payout));
    }
    // Adjustments it carried are owed again once it failed.
    if (!retry)
        COFFER_TRY(m_adjustments.release(payout->id));
    COFFER_TRY(move(actor, *payout, to, note, QStringLiteral("payout.fail")));
    COFFER_TRY(transaction.commit());
    return *payout;
}

Result<PayoutProof> PayoutService::replaceProof(const Actor &actor, const QString &number,
                                                const ProofFile &proof, const QString &reason)
{
    COFFER_TRY(actor.require(Permission::ReconcilePayouts));
    COFFER_TRY(checkName(QStringLiteral("reason"), reason.trimmed(), 500));
    auto mime = checkProofFile(proof);
    if (!mime)
        return mime.error();
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto payout = locked(actor, number, Permission::ReconcilePayouts);
    if (!payout)
        return payout.error();
    auto proofs = m_payouts.proofs(payout->id);
    if (!proofs)
        return proofs.error();
    std::optional<PayoutProof> current;
    for (const PayoutProof &p : std::as_const(*proofs)) {
        if (p.replacedById == 0)
            current = p;
    }
    if (!current)
        return makeError(ErrorCode::PayoutStateConflict,
                         QStringLiteral("payout: %1 has no proof of payment to replace yet")
                             .arg(payout->number));
    auto added = storeProof(actor, *payout, current->attemptId, proof, reason.trimmed());
    if (!added)
        return added.error();
    COFFER_TRY(m_payouts.markReplaced(current->id, *added));
    COFFER_TRY(m_payouts.addEvent(payout->id, payout->state, payout->state, actor.userName,
                                  QStringLiteral("proof replaced: ") + reason.trimmed()));
    auto after = m_payouts.proofs(payout->id);
    if (!after)
        return after.error();
    const PayoutProof &fresh = after->last();
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("payout.replace_proof"),
                           QStringLiteral("payout"), payout->number,
                           {{QStringLiteral("proof_sha256"), current->document.sha256},
                            {QStringLiteral("file_name"), current->document.fileName}},
                           {{QStringLiteral("proof_sha256"), fresh.document.sha256},
                            {QStringLiteral("file_name"), fresh.document.fileName},
                            {QStringLiteral("reason"), reason.trimmed()}}));
    COFFER_TRY(transaction.commit());
    return fresh;
}

} // namespace coffer
