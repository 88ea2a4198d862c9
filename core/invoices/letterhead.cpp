// The merchant's letterhead: what invoices, credit notes and reminders print about it.
#include "invoices/invoiceservice.h"

#include "audit/auditlog.h"
#include "common/textrules.h"
#include "payouts/payoutservice.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace coffer {

namespace {

constexpr qint64 maxLogoBytes = 2 * 1024 * 1024;

Status checkLetterhead(const Letterhead &l)
{
    COFFER_TRY(checkNote(QStringLiteral("address"), l.address, 500));
    COFFER_TRY(checkLine(QStringLiteral("tax id"), l.taxId, 50));
    COFFER_TRY(checkEmail(QStringLiteral("email"), l.email));
    if (l.language != QLatin1String("en") && l.language != QLatin1String("vi"))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("language: '%1' must be en or vi").arg(l.language));
    return success();
}

QJsonObject letterheadJson(const Letterhead &l)
{
    return {{QStringLiteral("address"), l.address},
            {QStringLiteral("tax_id"), l.taxId},
            {QStringLiteral("email"), l.email},
            {QStringLiteral("language"), l.language},
            {QStringLiteral("logo_bytes"), qint64(l.logo.size())}};
}

} // namespace

Result<Letterhead> InvoiceService::letterhead(const Actor &actor) const
{
    COFFER_TRY(actor.require(Permission::ReadBooks));
    auto parties = m_invoices.merchantParties(actor.merchantId);
    if (!parties)
        return parties.error();
    Letterhead l;
    l.address = parties->merchantAddress;
    l.taxId = parties->merchantTaxId;
    l.email = parties->merchantEmail;
    l.logo = parties->merchantLogo;
    l.language = parties->language.isEmpty() ? QStringLiteral("en") : parties->language;
    return l;
}

Result<Letterhead> InvoiceService::setLetterhead(const Actor &actor, const Letterhead &request,
                                                 bool changeLogo)
{
    // What legal documents say about the merchant: the owner's word, or an
    // administrator's (settings), not a bookkeeper's.
    if (!actor.hasRole(Role::Owner))
        COFFER_TRY(actor.require(Permission::ManageSettings));
    Letterhead l = request;
    l.address = l.address.trimmed();
    l.taxId = l.taxId.trimmed();
    l.email = l.email.trimmed();
    l.language = l.language.trimmed().toLower();
    COFFER_TRY(checkLetterhead(l));
    if (changeLogo && !l.logo.isEmpty()) {
        auto mime = checkProofFile({QStringLiteral("logo"), l.logo});
        if (!mime || !mime->startsWith(QLatin1String("image/")) || l.logo.size() > maxLogoBytes)
            return makeError(ErrorCode::InvalidProof,
                             QStringLiteral("logo: must be a PNG or JPEG file of at most 2 MiB"));
    }
    WriteTransaction transaction(m_database);
    COFFER_TRY(transaction.begin());
    auto before = letterhead(actor);
    if (!before)
        return before.error();
    qint64 logoId = 0;
    if (changeLogo && !l.logo.isEmpty()) {
        auto kept = keepDocument(m_documents, actor, {QStringLiteral("logo"), l.logo});
        if (!kept)
            return kept.error();
        logoId = *kept;
    }
    COFFER_TRY(m_invoices.setLetterhead(actor.merchantId, l, logoId, changeLogo));
    auto after = letterhead(actor);
    if (!after)
        return after.error();
    COFFER_TRY(recordAudit(m_database, actor, QStringLiteral("merchant.letterhead"),
                           QStringLiteral("merchant"), QString::number(actor.merchantId),
                           letterheadJson(*before), letterheadJson(*after)));
    COFFER_TRY(transaction.commit());
    return after;
}

} // namespace coffer
