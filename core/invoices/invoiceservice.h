#pragma once

#include "invoices/customerrepository.h"
#include "invoices/invoicerepository.h"
#include "invoices/paymentrepository.h"
#include "ledger/categoryservice.h"
#include "ledger/ledgerservice.h"
#include "ledger/walletservice.h"
#include "payouts/payoutrepository.h"
#include "security/actor.h"

#include <functional>

namespace coffer {

struct NewInvoice
{
    QString customer;
    QDate dueDate; // null: the issue date + the customer's terms
    QString note;
    // Bill the customer's uninvoiced ledger entries dated up to this day (null: none).
    QDate uninvoicedThrough;
};

struct NewInvoiceLine
{
    QString description;
    qint64 quantity = quantityScale; // millionths
    Money unitPrice; // in the invoice's currency
    qint64 discount = 0; // parts per million
    std::optional<qint64> taxRate; // none: the customer's rate for items
};

struct NewPayment
{
    QString customer;
    Money amount; // in the customer's currency
    QString method; // empty: "bank transfer"
    QString reference;
    QDate date; // null: today
    // Allocate to these first, in this order (then to the oldest open invoices).
    QStringList invoiceNumbers;
    QString wallet; // record the money as a SALE income in this wallet too (empty: don't)
};

struct RegisteredPayment
{
    Payment payment;
    QList<PaymentAllocation> allocations;
};

// What a payment receipt prints: the payment, where it went, and the parties (the
// letterhead and the customer as they are now).
struct PaymentReceipt
{
    Payment payment;
    QList<PaymentAllocation> allocations;
    InvoiceParties parties;
};

// What the monthly billing did for one customer.
struct BillingOutcome
{
    QString customer;
    QString number; // the invoice of the period (new or existing)
    bool created = false;
    bool failed = false; // refused: `note` says why
    QString note; // "nothing to bill", "already billed", or why it was refused
};

// A customer whose invoices just became overdue, with all their overdue invoices.
struct OverdueNotice
{
    Customer customer;
    InvoiceParties parties;
    QList<Invoice> overdue; // oldest due first
    QStringList newlyOverdue; // the numbers this run marked
};

// Turns an invoice (or credit note) into the PDF kept at issue. Front ends set it
// (ui/printing renders through QTextDocument); issuing without one is refused.
using InvoiceRenderer = std::function<Result<QByteArray>(const InvoiceDetail &)>;

// Invoices, credit notes, customer payments and the billing jobs (ManageInvoices to
// change, ReadBooks to read). Each change is one database transaction with its
// customer-ledger line, allocations and audit record.
//
//   draft --issue--> issued --(payments)--> paid; issued --(due date passes,
//   mark-overdue)--> overdue --(payments)--> paid; issued/overdue/paid --cancel-->
//   cancelled, with a credit note of its own number; a draft is edited or deleted,
//   an issued invoice never.
class InvoiceService
{
public:
    InvoiceService(Database &database, LedgerService &ledger, WalletService &wallets,
                   CategoryService &categories)
        : m_database(database)
        , m_ledger(ledger)
        , m_walletService(wallets)
        , m_categories(categories)
        , m_customers(database)
        , m_invoices(database)
        , m_payments(database)
        , m_documents(database)
    { }

    void setRenderer(InvoiceRenderer renderer) { m_renderer = std::move(renderer); }
    // The business day; tests move it.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &day) { m_today = day; }

    // Errors: CustomerNotFound, InvalidDate (due), InvalidText/FieldTooLong (note).
    Result<Invoice> createDraft(const Actor &actor, const NewInvoice &request);
    // Errors: InvoiceNotFound, InvoiceStateConflict (not a draft), FieldRequired/
    // FieldTooLong/InvalidText (description), InvalidArgument (quantity, price),
    // InvalidRate (discount, tax rate), CurrencyMismatch, AmountOverflow.
    Result<InvoiceDetail> addLine(const Actor &actor, qint64 draftId, const NewInvoiceLine &line);
    Result<InvoiceDetail> removeLine(const Actor &actor, qint64 draftId, int position);
    Status deleteDraft(const Actor &actor, qint64 draftId);
    // A draft's due date (null: from the terms at issue) and note.
    Result<Invoice> updateDraft(const Actor &actor, qint64 draftId, const QDate &dueDate,
                                const QString &note);
    // Adds the customer's uninvoiced ledger entries dated up to `through` to a draft;
    // returns how many. Errors: InvoiceNotFound, InvoiceStateConflict.
    Result<int> addUninvoiced(const Actor &actor, qint64 draftId, const QDate &through);
    // Errors: InvoiceNotFound, InvoiceStateConflict, NothingToBill (no lines),
    // InvalidDate (due before issue), InvalidArgument (no renderer), the renderer's.
    Result<Invoice> issue(const Actor &actor, qint64 draftId);
    // Issues the credit note that cancels an issued invoice: its whole total comes
    // off the customer's balance, payments allocated to it become credit again, and
    // the ledger entries it billed may be billed again. Errors: InvoiceNotFound,
    // InvoiceStateConflict, FieldRequired/InvalidText (reason).
    Result<Invoice> cancel(const Actor &actor, const QString &number, const QString &reason);

    Result<QList<Invoice>> list(const Actor &actor, const InvoiceFilter &filter) const;
    // By number, or a draft by its id ("12"). Error: InvoiceNotFound.
    Result<InvoiceDetail> show(const Actor &actor, const QString &numberOrId) const;
    Result<QList<PaymentAllocation>> allocations(const Actor &actor, qint64 invoiceId) const;
    // The PDF kept at issue. Errors: InvoiceNotFound, InvoiceStateConflict (a draft).
    Result<QByteArray> pdf(const Actor &actor, const QString &number) const;
    // What the lines of a draft come to (the editor's live totals).
    static Result<InvoiceAmounts> amountsOf(const QList<InvoiceLine> &lines, TaxMode mode,
                                            TaxRounding rounding);

    // Errors: CustomerNotFound, AmountMustBePositive, CurrencyMismatch, FieldTooLong/
    // InvalidText (method, reference), InvalidDate, InvoiceNotFound,
    // InvoiceStateConflict (the invoice named is not open), WalletNotFound.
    Result<RegisteredPayment> registerPayment(const Actor &actor, const NewPayment &request);
    // How `registerPayment` would allocate the payment now (with what the customer's
    // earlier credit takes first), and what would be left as credit. Reads only.
    // Errors: those of registerPayment but WalletNotFound.
    Result<QList<PaymentAllocation>> planAllocation(const Actor &actor,
                                                    const NewPayment &request) const;
    Result<QList<Payment>> payments(const Actor &actor, const QString &customer = {},
                                    int limit = 0) const;
    // Error: InvalidArgument (no such payment of the merchant).
    Result<PaymentReceipt> receipt(const Actor &actor, qint64 paymentId) const;

    // The merchant's letterhead (ReadBooks), and a change to it (the owner, or
    // ManageSettings) for
    // the documents issued from then on. `logo`: none keeps the current one, an empty
    // file removes it. Errors: FieldTooLong/InvalidText (address, tax id, email),
    // InvalidArgument (email shape, language), InvalidProof (the logo is not a PNG or
    // JPEG of at most 2 MiB).
    Result<Letterhead> letterhead(const Actor &actor) const;
    Result<Letterhead> setLetterhead(const Actor &actor, const Letterhead &letterhead,
                                     bool changeLogo);

    using Progress = std::function<void(int done, int total)>;
    // One invoice per customer with a monthly cycle for `month` ("YYYY-MM") from the
    // month's uninvoiced entries, issued; each customer in its own transaction; a
    // customer billed for the month already gets nothing new. Errors (nothing done):
    // InvalidDate (month), PermissionDenied.
    Result<QList<BillingOutcome>> runMonthly(const Actor &actor, const QString &month,
                                             const Progress &progress = {});
    // Issued invoices due before `asOf` become overdue (one transaction); returns one
    // notice per customer that has newly overdue invoices. `deliver` (the reminder
    // letters and e-mail drafts) runs before the transaction commits: when it fails,
    // nothing is marked. Errors: InvalidDate (as-of more than maxOverdueLookahead days
    // ahead), those of `deliver`.
    using Deliver = std::function<Status(const QList<OverdueNotice> &)>;
    static constexpr int maxOverdueLookahead = 90;
    Result<QList<OverdueNotice>> markOverdue(const Actor &actor, const QDate &asOf,
                                             const Deliver &deliver = {});

private:
    Result<Invoice> lockedDraft(const Actor &actor, qint64 draftId);
    // A draft about to post to its customer's account: both locked, customer first.
    Result<std::pair<Invoice, Customer>> lockedDraftAndCustomer(const Actor &actor, qint64 draftId);
    Result<Customer> lockedCustomer(const Actor &actor, qint64 customerId);
    Result<InvoiceDetail> detailOf(const Invoice &invoice) const;
    Result<InvoiceParties> partiesOf(const Actor &actor, const Customer &customer) const;
    Status billUninvoiced(const Actor &actor, Invoice &draft, const Customer &customer,
                          const QDate &from, const QDate &through, int *billed);
    // Computes and stores totals, numbers, posts to the customer ledger, applies
    // credit, keeps the PDF: the body of issue, in the caller's transaction.
    Status issueLocked(const Actor &actor, Invoice &invoice, Customer &customer);
    Status keepPdf(const Actor &actor, Invoice &invoice, const Customer &customer);
    // Allocates the customer's unallocated payments to their open invoices, oldest
    // first (a payment named `first` goes to `firstInvoice` before anything else).
    Status applyCredit(const Actor &actor, const Customer &customer);
    Status allocate(const Actor &actor, Payment &payment, Invoice &invoice, qint64 amount);
    // Bills every uninvoiced entry of the customer dated up to the month's end (so an
    // entry recorded late, or completed after an earlier run, goes on the next one).
    Result<BillingOutcome> billMonth(const Actor &actor, const Customer &customer,
                                     const QString &period, const QDate &to);
    struct PaymentTarget
    {
        Customer customer;
        QList<Invoice> named; // the invoices the payment names, checked
        QDate date;
    };
    // The customer and invoices a payment names, checked (and locked, when `lock`).
    Result<PaymentTarget> paymentTarget(const Actor &actor, const NewPayment &request,
                                        bool lock) const;
    // The parties and all overdue invoices of a customer's reminder.
    Status fillNotice(const Actor &actor, OverdueNotice &notice) const;
    Result<qint64> recordSale(const Actor &actor, const Payment &payment, const QString &wallet);

    Database &m_database;
    LedgerService &m_ledger;
    WalletService &m_walletService;
    CategoryService &m_categories;
    CustomerRepository m_customers;
    InvoiceRepository m_invoices;
    PaymentRepository m_payments;
    PayoutRepository m_documents; // the book's document store
    InvoiceRenderer m_renderer;
    QDate m_today;
};

QJsonObject invoiceJson(const Invoice &invoice);
QJsonObject paymentJson(const Payment &payment, const QList<PaymentAllocation> &allocations);
// The parties an invoice froze at issue (without the logo, which the PDF keeps).
QString partiesToJson(const InvoiceParties &parties);
InvoiceParties partiesFromJson(const QString &json);
Error invoiceNotFound(const QString &what);

} // namespace coffer
