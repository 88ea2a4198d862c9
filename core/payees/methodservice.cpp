#include "payees/methodservice.h"

#include "audit/auditlog.h"
#include "common/textrules.h"
#include "payouts/payoutrepository.h"

#include <QJsonObject>

namespace coffer {

namespace {

Error methodNotFound(qint64 id)
{
    return makeError(ErrorCode::PayoutMethodNotFound,
                     QStringLiteral("method: %1 does not exist").arg(id));
}

Error payeeNotFound(const QString &ownerId)
{
    return makeError(ErrorCode::PayeeNotFound,
                     QStringLiteral("owner-id: no payee has the owner id '%1'").arg(ownerId));
}

// What the audit trail keeps of a method: never more than the masked details.
QJsonObject methodJson(const PayoutMethod &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("payee_id"), m.payeeId},
            {QStringLiteral("kind"), toCode(m.kind)},
            {QStringLiteral("currency"), m.currency.code()},
            {QStringLiteral("masked"), m.masked},
            {QStringLiteral("default"), m.isDefault},
            {QStringLiteral("active"), m.active}};
}

} // namespace

Result<Currency> MethodService::currencyFor(const NewPayoutMethod &method, const Payee &payee) const
{
    if (method.currency.isValid())
        return method.currency;
    auto wallets = m_wallets.ofPayee(payee.merchantId, payee.id);
    if (!wallets)
        return wallets.error();
    if (wallets->size() == 1)
        return wallets->first().currency;
    return makeError(
        ErrorCode::CurrencyRequired,
        QStringLiteral("currency: '%1' has %2 wallets; name the method's currency")
            .arg(payee.ownerId,
                 wallets->isEmpty() ? QStringLiteral("no") : QStringLiteral("several")));
}

Result<PayoutMethod> MethodService::add(const Actor &actor, const NewPayoutMethod &request)
{
    COFFER_TRY(requireEither(actor, PayeeAccess::Manage));
    const QString ownerId = request.ownerId.trimmed();
    COFFER_TRY(checkName(QStringLiteral("owner-id"), ownerId, 64));
    auto details = checkPaymentDetails(request.kind, request.details);
    if (!details)
        return details.error();
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto payee = m_payees.byOwnerId(actor.merchantId, ownerId);
    if (!payee)
        return payee.error();
    if (!payee->has_value())
        return payeeNotFound(ownerId);
    COFFER_TRY(reachPayee(actor, **payee, PayeeAccess::Manage, payeeNotFound(ownerId)));
    auto currency = currencyFor(request, **payee);
    if (!currency)
        return currency.error();
    // Locks the payee's methods: two desktops adding a first method agree on the default.
    auto existing = m_methods.ofPayee(actor.merchantId, (*payee)->id, true);
    if (!existing)
        return existing.error();
    bool hasDefault = false;
    for (const PayoutMethod &m : std::as_const(*existing)) {
        hasDefault |= m.isDefault;
        if (m.active && m.kind == request.kind && m.currency == *currency
            && m.details == details->stored)
            return makeError(ErrorCode::PayoutMethodExists,
                             QStringLiteral("details: '%1' already has this %2 method (%3)")
                                 .arg(ownerId, toCode(m.kind))
                                 .arg(m.id));
    }
    PayoutMethod method;
    method.merchantId = actor.merchantId;
    method.payeeId = (*payee)->id;
    method.kind = request.kind;
    method.currency = *currency;
    method.details = details->stored;
    method.masked = details->masked;
    method.createdBy = actor.userName;
    const bool makeDefault = request.makeDefault || !hasDefault;
    auto id = m_methods.insert(method);
    if (!id)
        return id.error();
    method.id = *id;
    if (makeDefault) {
        COFFER_TRY(
            m_methods.setDefault(actor.merchantId, method.payeeId, method.id, actor.userName));
        method.isDefault = true;
    }
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("method.add"),
                           QStringLiteral("payout_method"), QString::number(method.id), {},
                           methodJson(method)));
    COFFER_TRY(transaction.commit());
    return get(actor, method.id);
}

Result<QList<PayoutMethod>> MethodService::list(const Actor &actor, const QString &ownerId) const
{
    COFFER_TRY(requireEither(actor, PayeeAccess::Read));
    auto payee = m_payees.byOwnerId(actor.merchantId, ownerId.trimmed());
    if (!payee)
        return payee.error();
    if (!payee->has_value())
        return payeeNotFound(ownerId.trimmed());
    COFFER_TRY(reachPayee(actor, **payee, PayeeAccess::Read, payeeNotFound(ownerId.trimmed())));
    return m_methods.ofPayee(actor.merchantId, (*payee)->id);
}

Result<PayoutMethod> MethodService::reachMethod(const Actor &actor, qint64 methodId,
                                                PayeeAccess access, bool lock) const
{
    COFFER_TRY(requireEither(actor, access));
    auto method = m_methods.byId(actor.merchantId, methodId, lock);
    if (!method)
        return method.error();
    if (!method->has_value())
        return methodNotFound(methodId);
    auto payee = m_payees.byId(actor.merchantId, (*method)->payeeId);
    if (!payee)
        return payee.error();
    if (!payee->has_value())
        return methodNotFound(methodId);
    COFFER_TRY(reachPayee(actor, **payee, access, methodNotFound(methodId)));
    return **method;
}

Result<PayoutMethod> MethodService::get(const Actor &actor, qint64 methodId) const
{
    return reachMethod(actor, methodId, PayeeAccess::Read, false);
}

Result<PayoutMethod> MethodService::changeMethod(const Actor &actor, qint64 methodId,
                                                 const QString &action, const Change &change)
{
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto method = reachMethod(actor, methodId, PayeeAccess::Manage, true);
    if (!method)
        return method.error();
    PayoutMethod after = *method;
    auto changed = change(after);
    if (!changed)
        return changed.error();
    if (!*changed)
        return *method; // nothing changes: nothing written
    COFFER_TRY(recordAudit(m_database, actor, action, QStringLiteral("payout_method"),
                           QString::number(methodId), methodJson(*method), methodJson(after)));
    COFFER_TRY(transaction.commit());
    return after;
}

Result<PayoutMethod> MethodService::remove(const Actor &actor, qint64 methodId)
{
    return changeMethod(
        actor, methodId, QStringLiteral("method.remove"),
        [&](PayoutMethod &method) -> Result<bool> {
            if (!method.active)
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("method: %1 was removed already").arg(methodId));
            // An open payout pays through it: it stays until that one ends.
            auto open = PayoutRepository(m_database).openThrough(actor.merchantId, methodId);
            if (!open)
                return open.error();
            if (!open->isEmpty())
                return makeError(ErrorCode::PayoutConflict,
                                 QStringLiteral("method: %1 pays %2, which is "
                                                "still open; finish or cancel it "
                                                "first")
                                     .arg(methodId)
                                     .arg(open->first()));
            COFFER_TRY(m_methods.deactivate(actor.merchantId, methodId, actor.userName));
            method.active = false;
            method.isDefault = false;
            return true;
        });
}

Result<PayoutMethod> MethodService::setDefault(const Actor &actor, qint64 methodId)
{
    return changeMethod(actor, methodId, QStringLiteral("method.default"),
                        [&](PayoutMethod &method) -> Result<bool> {
                            if (!method.active)
                                return makeError(ErrorCode::InvalidArgument,
                                                 QStringLiteral("method: %1 was removed; add it "
                                                                "again")
                                                     .arg(methodId));
                            if (method.isDefault)
                                return false;
                            COFFER_TRY(m_methods.setDefault(actor.merchantId, method.payeeId,
                                                            methodId, actor.userName));
                            method.isDefault = true;
                            return true;
                        });
}

} // namespace coffer
