#include "payouts/adjustmentservice.h"

#include "audit/auditlog.h"
#include "common/textrules.h"
#include "payouts/payoutservice.h"

#include <QJsonObject>

namespace coffer {

namespace {

Error adjustmentNotFound(qint64 id)
{
    return makeError(ErrorCode::AdjustmentNotFound,
                     QStringLiteral("adjustment: %1 does not exist").arg(id));
}

QJsonObject policyJson(const QList<AdjustmentRule> &rules)
{
    QJsonObject object;
    for (const AdjustmentRule &rule : rules)
        object.insert(toCode(rule.adjustmentClass), toCode(rule.mode));
    return object;
}

} // namespace

QList<AdjustmentRule> resolvePolicy(const QList<AdjustmentRule> &stored)
{
    QList<AdjustmentRule> resolved;
    for (AdjustmentClass c : allAdjustmentClasses()) {
        AdjustmentRule rule {c, defaultMode(c), QStringLiteral("default")};
        // Stored rules come program first: the first of a class decides.
        for (const AdjustmentRule &r : stored) {
            if (r.adjustmentClass == c) {
                rule = r;
                break;
            }
        }
        resolved.append(rule);
    }
    return resolved;
}

AdjustmentMode modeFor(const QList<AdjustmentRule> &resolved, AdjustmentClass adjustmentClass)
{
    for (const AdjustmentRule &rule : resolved) {
        if (rule.adjustmentClass == adjustmentClass)
            return rule.mode;
    }
    return defaultMode(adjustmentClass);
}

QJsonObject adjustmentJson(const Adjustment &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("owner_id"), a.ownerId},
            {QStringLiteral("wallet_id"), a.walletId},
            {QStringLiteral("class"), toCode(a.adjustmentClass)},
            {QStringLiteral("mode"), toCode(a.mode)},
            {QStringLiteral("amount"), a.amount.toDecimalString()},
            {QStringLiteral("currency"), a.amount.currency().code()},
            {QStringLiteral("direction"),
             isDeduction(a.adjustmentClass) ? QStringLiteral("owed_by_payee")
                                            : QStringLiteral("owed_to_payee")},
            {QStringLiteral("note"), a.note},
            {QStringLiteral("evidence_document_id"),
             a.evidenceDocumentId != 0 ? QJsonValue(a.evidenceDocumentId) : QJsonValue()},
            {QStringLiteral("source_payout"), a.sourcePayout},
            {QStringLiteral("applied_to"), a.appliedTo},
            {QStringLiteral("status"), a.status()},
            {QStringLiteral("created_by"), a.createdBy}};
}

Result<Adjustment> AdjustmentService::add(const Actor &actor, const NewAdjustment &request)
{
    COFFER_TRY(actor.require(Permission::ReconcilePayouts));
    const QString note = request.note.trimmed();
    COFFER_TRY(checkNote(QStringLiteral("note"), note, 2000));
    if (!request.amount.currency().isValid() || !request.amount.isPositive())
        return makeError(ErrorCode::AmountMustBePositive,
                         QStringLiteral("amount: must be greater than zero"));
    const AdjustmentClass adjustmentClass = request.adjustmentClass;
    // 004_...txt: a manual recovery is manual only and needs supporting evidence;
    // an invoice-backed fee names its invoice.
    if (adjustmentClass == AdjustmentClass::ManualRecovery && request.mode == AdjustmentMode::Auto)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("mode: a manual recovery is never applied by itself; use "
                                        "manual or exception"));
    if (adjustmentClass == AdjustmentClass::ManualRecovery && !request.evidence)
        return makeError(ErrorCode::FieldRequired,
                         QStringLiteral("evidence: a manual recovery needs a supporting document"));
    if (adjustmentClass == AdjustmentClass::InvoiceFee && note.isEmpty())
        return makeError(ErrorCode::FieldRequired,
                         QStringLiteral("note: an invoice fee names its invoice (the invoice "
                                        "number or reference)"));
    if (request.evidence)
        COFFER_TRY(checkProofFile(*request.evidence));

    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto wallet = m_payees.walletOf(actor, request.ownerId, request.amount.currency());
    if (!wallet)
        return wallet.error();
    Adjustment adjustment;
    adjustment.payeeId = wallet->payeeId;
    adjustment.walletId = wallet->id;
    adjustment.adjustmentClass = adjustmentClass;
    adjustment.mode = request.mode;
    adjustment.amount = request.amount;
    adjustment.note = note;
    adjustment.createdBy = actor.userName;
    if (request.evidence) {
        auto document = keepDocument(m_documents, actor, *request.evidence);
        if (!document)
            return document.error();
        adjustment.evidenceDocumentId = *document;
    }
    auto id = m_adjustments.insert(actor.merchantId, adjustment);
    if (!id)
        return id.error();
    auto added = m_adjustments.byId(actor.merchantId, *id);
    if (!added)
        return added.error();
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("adjustment.add"),
                           QStringLiteral("adjustment"), QString::number(*id), {},
                           adjustmentJson(**added)));
    COFFER_TRY(transaction.commit());
    return **added;
}

Result<QList<Adjustment>> AdjustmentService::list(const Actor &actor, const QString &ownerId,
                                                  int limit) const
{
    COFFER_TRY(requireEither(actor, PayeeAccess::Read));
    QString owner = ownerId.trimmed();
    if (owner.isEmpty() && !actor.may(Permission::ReadBooks))
        owner = actor.payee.ownerId; // a payee lists their own
    if (owner.isEmpty())
        return m_adjustments.list(actor.merchantId, 0, limit);
    auto payee = m_payees.find(actor, owner);
    if (!payee)
        return payee.error();
    return m_adjustments.list(actor.merchantId, payee->id, limit);
}

Result<QByteArray> AdjustmentService::evidenceFile(const Actor &actor, qint64 adjustmentId) const
{
    COFFER_TRY(requireEither(actor, PayeeAccess::Read));
    auto adjustment = m_adjustments.byId(actor.merchantId, adjustmentId);
    if (!adjustment)
        return adjustment.error();
    if (!adjustment->has_value() || !m_payees.find(actor, (*adjustment)->ownerId))
        return adjustmentNotFound(adjustmentId);
    if ((*adjustment)->evidenceDocumentId == 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("adjustment: %1 has no evidence file").arg(adjustmentId));
    return m_documents.documentContent(actor.merchantId, (*adjustment)->evidenceDocumentId);
}

Result<QList<AdjustmentRule>> AdjustmentService::policy(const Actor &actor,
                                                        const QString &ownerId) const
{
    auto payee = m_payees.find(actor, ownerId);
    if (!payee)
        return payee.error();
    auto stored = m_adjustments.rulesFor(actor.merchantId, payee->ownerType, payee->id);
    if (!stored)
        return stored.error();
    return resolvePolicy(*stored);
}

Result<QList<AdjustmentRule>> AdjustmentService::setPolicy(const Actor &actor,
                                                           const PolicyChange &change)
{
    COFFER_TRY(actor.require(Permission::ManageSettings));
    if (change.program.has_value() == !change.ownerId.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("policy: name either a program (owner type) or one payee "
                                        "(owner id)"));
    if (change.adjustmentClass == AdjustmentClass::ManualRecovery
        && change.mode == AdjustmentMode::Auto)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("mode: a manual recovery is manual only"));
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    COFFER_TRY(m_database.lockScope(actor.merchantId));
    qint64 payeeId = 0;
    if (!change.program) {
        auto payee = m_payees.find(actor, change.ownerId);
        if (!payee)
            return payee.error();
        payeeId = payee->id;
    }
    auto changed = m_adjustments.setRule(actor.merchantId, change, payeeId, actor.userName);
    if (!changed)
        return changed.error();
    if (!*changed) { // already so: nothing written, no approval voided
        if (change.program)
            return QList<AdjustmentRule> {{change.adjustmentClass, change.mode,
                                           QStringLiteral("program ") + toCode(*change.program)}};
        return policy(actor, change.ownerId);
    }
    // Approvals are bound to the policy version: a change voids those not yet sent.
    auto settings = m_payeeRows.feeSettings(actor.merchantId);
    if (!settings)
        return settings.error();
    settings->policyVersion += 1;
    COFFER_TRY(m_payeeRows.saveFeeSettings(actor.merchantId, *settings, actor.userName));
    const QString scope = change.program ? QStringLiteral("program ") + toCode(*change.program)
                                         : QStringLiteral("payee ") + change.ownerId.trimmed();
    COFFER_TRY(m_payees.voidApprovals(actor,
                                      QStringLiteral("adjustment policy changed to version "
                                                     "%1")
                                          .arg(settings->policyVersion)));
    const AdjustmentRule rule {change.adjustmentClass, change.mode, scope};
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("adjustment.policy"),
                           QStringLiteral("merchant"), QString::number(actor.merchantId), {},
                           {{QStringLiteral("scope"), scope},
                            {QStringLiteral("policy_version"), settings->policyVersion},
                            {QStringLiteral("rule"), policyJson({rule})}}));
    COFFER_TRY(transaction.commit());
    if (change.program)
        return QList<AdjustmentRule> {rule};
    return policy(actor, change.ownerId);
}

} // namespace coffer
