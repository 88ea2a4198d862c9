#pragma once

#include "invoices/invoicetypes.h"
#include "storage/database.h"

namespace coffer {

struct InvoiceFilter
{
    std::optional<InvoiceDisplayState> state;
    qint64 customerId = 0; // 0: every customer
    std::optional<InvoiceKind> kind;
    int limit = 0; // 0: all
};

// An entry of the merchant's ledger that names a customer ("customer:NAME") and no
// invoice holds yet.
struct BillableEntry
{
    qint64 transactionId = 0;
    QDate date;
    bool expense = false; // a cost re-billed (else a sale)
    Money amount;
    QString description; // the entry's note, else its category
};

// SQL for invoices, their lines and the ledger entries they bill. Returns domain
// values; never commits.
class InvoiceRepository
{
public:
    explicit InvoiceRepository(const Database &database)
        : m_database(database)
    { }

    Result<qint64> insert(const Invoice &invoice);
    // Everything but the id, merchant, customer and kind.
    Status update(const Invoice &invoice);
    Status remove(qint64 invoiceId); // a draft, with its lines and sources
    Result<std::optional<Invoice>> byId(qint64 merchantId, qint64 invoiceId,
                                        bool lock = false) const;
    Result<std::optional<Invoice>> byNumber(qint64 merchantId, const QString &number,
                                            bool lock = false) const;
    Result<std::optional<Invoice>> forPeriod(qint64 customerId, const QString &period) const;
    Result<std::optional<Invoice>> creditNoteFor(qint64 invoiceId) const;
    // Newest first.
    Result<QList<Invoice>> list(qint64 merchantId, const InvoiceFilter &filter) const;
    // A customer's issued and overdue invoices with something left to pay, oldest first.
    Result<QList<Invoice>> open(qint64 customerId, bool lock = false) const;
    // Issued invoices due before `day` (every merchant when merchantId is 0).
    Result<QList<Invoice>> dueBefore(qint64 merchantId, const QDate &day) const;

    Result<qint64> insertLine(qint64 invoiceId, const InvoiceLine &line,
                              qint64 sourceTransactionId = 0);
    Status updateLineAmounts(const InvoiceLine &line);
    Result<QList<InvoiceLine>> lines(const Invoice &invoice) const;
    Result<QMap<qint64, qint64>> lineSources(qint64 invoiceId) const; // line id -> entry id

    // Entries naming `customerName` (case-insensitively) in `currency`, dated within
    // [from, to], that no invoice holds, oldest first. Cancelled, pending and
    // reversed entries are left out.
    Result<QList<BillableEntry>> billable(qint64 merchantId, const QString &customerName,
                                          const Currency &currency, const QDate &from,
                                          const QDate &to) const;
    // The merchant's side of what an invoice prints, and its document language.
    Result<InvoiceParties> merchantParties(qint64 merchantId) const;
    Status setParties(qint64 invoiceId, const QString &json);
    // The letterhead's columns (the logo kept as a document, `logoDocumentId`; 0: none).
    Status setLetterhead(qint64 merchantId, const Letterhead &letterhead, qint64 logoDocumentId,
                         bool changeLogo);
    Result<QString> parties(qint64 invoiceId) const;

    // Marks an entry billed by the invoice; false when another invoice holds it.
    Result<bool> takeSource(qint64 transactionId, qint64 invoiceId);
    Status releaseSources(qint64 invoiceId);

private:
    Result<QList<Invoice>> read(const QString &where, const QVariantList &values,
                                bool lock = false) const;

    const Database &m_database;
};

} // namespace coffer
