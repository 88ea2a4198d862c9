#include "invoices/invoicerepository.h"

#include "invoices/customerrepository.h"

namespace coffer {

namespace {

const QString invoiceSelect = QStringLiteral(
    "SELECT i.id, i.merchant_id, i.customer_id, c.name, i.kind, i.number, i.state, i.currency, "
    "i.tax_mode, i.tax_rounding, i.issue_date, i.due_date, i.billing_period, "
    "i.cancels_invoice_id, x.number, i.note, i.subtotal_minor, i.tax_minor, i.total_minor, "
    "i.paid_minor, i.document_id, i.created_by, i.created_at, i.modified_at "
    "FROM invoice i JOIN customer c ON c.id = i.customer_id "
    "LEFT JOIN invoice x ON x.id = i.cancels_invoice_id ");

Invoice invoiceFromRow(const QSqlQuery &q)
{
    Invoice i;
    i.id = q.value(0).toLongLong();
    i.merchantId = q.value(1).toLongLong();
    i.customerId = q.value(2).toLongLong();
    i.customerName = q.value(3).toString();
    i.kind = invoiceKindFromText(q.value(4).toString()).value_or(InvoiceKind::Invoice);
    i.number = q.value(5).toString();
    i.state = invoiceStateFromText(q.value(6).toString()).value_or(InvoiceState::Draft);
    i.currency = Currency::fromStoredCode(q.value(7).toString());
    i.taxMode = taxModeFromText(q.value(8).toString()).value_or(TaxMode::Exclusive);
    i.taxRounding = taxRoundingFromText(q.value(9).toString()).value_or(TaxRounding::PerLine);
    i.issueDate = q.value(10).toDate();
    i.dueDate = q.value(11).toDate();
    i.billingPeriod = q.value(12).toString();
    i.cancelsInvoiceId = q.value(13).toLongLong();
    i.cancelsNumber = q.value(14).toString();
    i.note = q.value(15).toString();
    i.subtotal = Money(q.value(16).toLongLong(), i.currency);
    i.tax = Money(q.value(17).toLongLong(), i.currency);
    i.total = Money(q.value(18).toLongLong(), i.currency);
    i.paid = Money(q.value(19).toLongLong(), i.currency);
    i.documentId = q.value(20).toLongLong();
    i.createdBy = q.value(21).toString();
    i.createdAt = q.value(22).toDateTime();
    i.modifiedAt = q.value(23).toDateTime();
    return i;
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant idOrNull(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// The SQL condition of a displayed state.
QString stateCondition(InvoiceDisplayState state)
{
    switch (state) {
    case InvoiceDisplayState::PartlyPaid:
        return QStringLiteral(" AND i.kind = 'invoice' AND i.state = 'issued' AND i.paid_minor > 0 "
                              "AND i.paid_minor < i.total_minor");
    case InvoiceDisplayState::Issued:
        return QStringLiteral(" AND i.state = 'issued' AND (i.paid_minor = 0 OR i.paid_minor >= "
                              "i.total_minor)");
    default: return QStringLiteral(" AND i.state = '%1'").arg(toCode(state));
    }
}

} // namespace

Result<qint64> InvoiceRepository::insert(const Invoice &i)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_database.insert(
        QStringLiteral("INSERT INTO invoice (merchant_id, customer_id, kind, number, state, "
                       "currency, tax_mode, tax_rounding, issue_date, due_date, billing_period, "
                       "cancels_invoice_id, note, created_by, created_at, modified_at) VALUES (?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {i.merchantId, i.customerId, toCode(i.kind), textOrNull(i.number), toCode(i.state),
         i.currency.code(), toCode(i.taxMode), toCode(i.taxRounding), dateOrNull(i.issueDate),
         dateOrNull(i.dueDate), textOrNull(i.billingPeriod), idOrNull(i.cancelsInvoiceId),
         textOrNull(i.note), i.createdBy, now, now});
}

Status InvoiceRepository::update(const Invoice &i)
{
    COFFER_TRY(m_database.run(
        QStringLiteral("UPDATE invoice SET number = ?, state = ?, tax_mode = ?, tax_rounding = ?, "
                       "issue_date = ?, due_date = ?, billing_period = ?, note = ?, "
                       "subtotal_minor = ?, tax_minor = ?, total_minor = ?, paid_minor = ?, "
                       "document_id = ?, modified_at = ? WHERE id = ? AND merchant_id = ?"),
        {textOrNull(i.number), toCode(i.state), toCode(i.taxMode), toCode(i.taxRounding),
         dateOrNull(i.issueDate), dateOrNull(i.dueDate), textOrNull(i.billingPeriod),
         textOrNull(i.note), i.subtotal.minorUnits(), i.tax.minorUnits(), i.total.minorUnits(),
         i.paid.minorUnits(), idOrNull(i.documentId), QDateTime::currentDateTimeUtc(), i.id,
         i.merchantId}));
    return success();
}

Status InvoiceRepository::remove(qint64 invoiceId)
{
    COFFER_TRY(releaseSources(invoiceId));
    COFFER_TRY(m_database.run(QStringLiteral("DELETE FROM invoice_line WHERE invoice_id = ?"),
                              {invoiceId}));
    COFFER_TRY(m_database.run(
        QStringLiteral("DELETE FROM invoice WHERE id = ? AND state = 'draft'"), {invoiceId}));
    return success();
}

Result<QList<Invoice>> InvoiceRepository::read(const QString &where, const QVariantList &values,
                                               bool lock) const
{
    // PostgreSQL locks the invoice row only: FOR UPDATE OF i.
    const QString locking = lock && m_database.dialect() == Dialect::PostgreSQL
        ? QStringLiteral(" FOR UPDATE OF i")
        : QString();
    auto query = m_database.run(invoiceSelect + where + locking, values);
    if (!query)
        return query.error();
    QList<Invoice> invoices;
    while (query->next())
        invoices.append(invoiceFromRow(*query));
    return invoices;
}

namespace {

Result<std::optional<Invoice>> first(Result<QList<Invoice>> invoices)
{
    if (!invoices)
        return invoices.error();
    return invoices->isEmpty() ? std::optional<Invoice>() : invoices->first();
}

} // namespace

Result<std::optional<Invoice>> InvoiceRepository::byId(qint64 merchantId, qint64 invoiceId,
                                                       bool lock) const
{
    return first(read(QStringLiteral("WHERE i.merchant_id = ? AND i.id = ?"),
                      {merchantId, invoiceId}, lock));
}

Result<std::optional<Invoice>> InvoiceRepository::byNumber(qint64 merchantId, const QString &number,
                                                           bool lock) const
{
    return first(read(QStringLiteral("WHERE i.merchant_id = ? AND i.number = ?"),
                      {merchantId, number.trimmed().toUpper()}, lock));
}

Result<std::optional<Invoice>> InvoiceRepository::forPeriod(qint64 customerId,
                                                            const QString &period) const
{
    return first(read(QStringLiteral("WHERE i.customer_id = ? AND i.billing_period = ? AND "
                                     "i.kind = 'invoice' AND i.state <> 'cancelled'"),
                      {customerId, period}));
}

Result<std::optional<Invoice>> InvoiceRepository::creditNoteFor(qint64 invoiceId) const
{
    return first(read(QStringLiteral("WHERE i.cancels_invoice_id = ?"), {invoiceId}));
}

Result<QList<Invoice>> InvoiceRepository::list(qint64 merchantId, const InvoiceFilter &filter) const
{
    QString where = QStringLiteral("WHERE i.merchant_id = ?");
    QVariantList values {merchantId};
    if (filter.state)
        where += stateCondition(*filter.state);
    if (filter.customerId != 0) {
        where += QStringLiteral(" AND i.customer_id = ?");
        values.append(filter.customerId);
    }
    if (filter.kind) {
        where += QStringLiteral(" AND i.kind = ?");
        values.append(toCode(*filter.kind));
    }
    where += QStringLiteral(" ORDER BY i.issue_date IS NULL DESC, i.issue_date DESC, i.id DESC");
    if (filter.limit > 0)
        where += QStringLiteral(" LIMIT %1").arg(filter.limit);
    return read(where, values);
}

Result<QList<Invoice>> InvoiceRepository::open(qint64 customerId, bool lock) const
{
    return read(QStringLiteral("WHERE i.customer_id = ? AND i.kind = 'invoice' AND i.state IN "
                               "('issued', 'overdue') AND i.paid_minor < i.total_minor ORDER BY "
                               "i.issue_date, i.id"),
                {customerId}, lock);
}

Result<QList<Invoice>> InvoiceRepository::dueBefore(qint64 merchantId, const QDate &day) const
{
    return read(QStringLiteral("WHERE i.merchant_id = ? AND i.kind = 'invoice' AND i.state = "
                               "'issued' AND i.due_date < ? AND i.paid_minor < i.total_minor "
                               "ORDER BY i.customer_id, i.due_date, i.id"),
                {merchantId, day.toString(Qt::ISODate)});
}

Result<qint64> InvoiceRepository::insertLine(qint64 invoiceId, const InvoiceLine &l,
                                             qint64 sourceTransactionId)
{
    return m_database.insert(
        QStringLiteral("INSERT INTO invoice_line (invoice_id, position, description, "
                       "quantity_millionths, unit_price_minor, discount_ppm, tax_rate_ppm, "
                       "net_minor, tax_minor, gross_minor, source_transaction_id) VALUES (?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {invoiceId, l.position, l.description, l.quantity, l.unitPrice.minorUnits(), l.discount,
         l.taxRate, l.net.minorUnits(), l.tax.minorUnits(), l.gross.minorUnits(),
         idOrNull(sourceTransactionId)});
}

Status InvoiceRepository::updateLineAmounts(const InvoiceLine &l)
{
    COFFER_TRY(
        m_database.run(QStringLiteral("UPDATE invoice_line SET net_minor = ?, tax_minor = "
                                      "?, gross_minor = ? WHERE id = ?"),
                       {l.net.minorUnits(), l.tax.minorUnits(), l.gross.minorUnits(), l.id}));
    return success();
}

Result<QList<InvoiceLine>> InvoiceRepository::lines(const Invoice &invoice) const
{
    auto query = m_database.run(
        QStringLiteral("SELECT id, position, description, quantity_millionths, unit_price_minor, "
                       "discount_ppm, tax_rate_ppm, net_minor, tax_minor, gross_minor FROM "
                       "invoice_line WHERE invoice_id = ? ORDER BY position"),
        {invoice.id});
    if (!query)
        return query.error();
    QList<InvoiceLine> lines;
    while (query->next()) {
        InvoiceLine l;
        l.id = query->value(0).toLongLong();
        l.position = query->value(1).toInt();
        l.description = query->value(2).toString();
        l.quantity = query->value(3).toLongLong();
        l.unitPrice = Money(query->value(4).toLongLong(), invoice.currency);
        l.discount = query->value(5).toLongLong();
        l.taxRate = query->value(6).toLongLong();
        l.net = Money(query->value(7).toLongLong(), invoice.currency);
        l.tax = Money(query->value(8).toLongLong(), invoice.currency);
        l.gross = Money(query->value(9).toLongLong(), invoice.currency);
        lines.append(l);
    }
    return lines;
}

Result<QMap<qint64, qint64>> InvoiceRepository::lineSources(qint64 invoiceId) const
{
    auto query = m_database.run(QStringLiteral("SELECT id, source_transaction_id FROM invoice_line "
                                               "WHERE invoice_id = ? AND source_transaction_id "
                                               "IS NOT NULL"),
                                {invoiceId});
    if (!query)
        return query.error();
    QMap<qint64, qint64> sources;
    while (query->next())
        sources.insert(query->value(0).toLongLong(), query->value(1).toLongLong());
    return sources;
}

Result<QList<BillableEntry>> InvoiceRepository::billable(qint64 merchantId,
                                                         const QString &customerName,
                                                         const Currency &currency,
                                                         const QDate &from, const QDate &to) const
{
    auto query = m_database.run(
        QStringLiteral(
            "SELECT t.id, t.transaction_date, t.type, t.amount_minor, t.note, g.name, "
            "t.reference_id FROM ledger_transaction t LEFT JOIN category g ON g.id = "
            "t.category_id WHERE t.merchant_id = ? AND t.reference_type = 'customer' AND "
            "t.type IN ('INCOME', 'EXPENSE') AND t.status = 'COMPLETED' AND t.currency = ? AND "
            "t.reverses_id IS NULL AND t.transaction_date >= ? AND t.transaction_date <= ? AND "
            "NOT EXISTS (SELECT 1 FROM ledger_transaction r WHERE r.reverses_id = t.id) AND NOT "
            "EXISTS (SELECT 1 FROM invoice_source s WHERE s.transaction_id = t.id) ORDER BY "
            "t.transaction_date, t.id"),
        {merchantId, currency.code(), from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!query)
        return query.error();
    const QString key = CustomerRepository::nameKey(customerName);
    QList<BillableEntry> entries;
    while (query->next()) {
        if (CustomerRepository::nameKey(query->value(6).toString()) != key)
            continue;
        BillableEntry e;
        e.transactionId = query->value(0).toLongLong();
        e.date = query->value(1).toDate();
        e.expense = query->value(2).toString() == QLatin1String("EXPENSE");
        e.amount = Money(query->value(3).toLongLong(), currency);
        const QString note = query->value(4).toString().simplified();
        e.description = !note.isEmpty() ? note : query->value(5).toString();
        entries.append(e);
    }
    return entries;
}

Result<InvoiceParties> InvoiceRepository::merchantParties(qint64 merchantId) const
{
    auto query = m_database.run(
        QStringLiteral(
            "SELECT m.name, m.address, m.tax_id, m.document_language, d.content, m.email FROM "
            "merchant m LEFT JOIN document d ON d.id = m.logo_document_id WHERE m.id = "
            "?"),
        {merchantId});
    if (!query)
        return query.error();
    InvoiceParties parties;
    if (query->next()) {
        parties.merchantName = query->value(0).toString();
        parties.merchantAddress = query->value(1).toString();
        parties.merchantTaxId = query->value(2).toString();
        parties.language = query->value(3).toString();
        parties.merchantLogo = query->value(4).toByteArray();
        parties.merchantEmail = query->value(5).toString();
    }
    return parties;
}

Status InvoiceRepository::setLetterhead(qint64 merchantId, const Letterhead &l,
                                        qint64 logoDocumentId, bool changeLogo)
{
    COFFER_TRY(m_database.run(
        QStringLiteral("UPDATE merchant SET address = ?, tax_id = ?, email = ?, "
                       "document_language = ? WHERE id = ?"),
        {textOrNull(l.address), textOrNull(l.taxId), textOrNull(l.email), l.language, merchantId}));
    if (changeLogo)
        COFFER_TRY(
            m_database.run(QStringLiteral("UPDATE merchant SET logo_document_id = ? WHERE id = ?"),
                           {idOrNull(logoDocumentId), merchantId}));
    return success();
}

Status InvoiceRepository::setParties(qint64 invoiceId, const QString &json)
{
    COFFER_TRY(m_database.run(QStringLiteral("UPDATE invoice SET parties = ? WHERE id = ?"),
                              {json, invoiceId}));
    return success();
}

Result<QString> InvoiceRepository::parties(qint64 invoiceId) const
{
    auto query
        = m_database.run(QStringLiteral("SELECT parties FROM invoice WHERE id = ?"), {invoiceId});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : QString();
}

Result<bool> InvoiceRepository::takeSource(qint64 transactionId, qint64 invoiceId)
{
    // ON CONFLICT: a desktop billing the same entry at once waits for the other's
    // transaction and then takes nothing.
    auto query = m_database.run(
        QStringLiteral("INSERT INTO invoice_source (transaction_id, invoice_id) VALUES (?, ?) ON "
                       "CONFLICT (transaction_id) DO NOTHING"),
        {transactionId, invoiceId});
    if (!query)
        return query.error();
    return query->numRowsAffected() == 1;
}

Status InvoiceRepository::releaseSources(qint64 invoiceId)
{
    COFFER_TRY(m_database.run(QStringLiteral("DELETE FROM invoice_source WHERE invoice_id = ?"),
                              {invoiceId}));
    return success();
}

} // namespace coffer
