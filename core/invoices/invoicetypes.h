#pragma once

#include "invoices/invoicemath.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>

#include <array>

namespace coffer {

enum class BillingCycle
{
    None,
    Monthly
};

QString toCode(BillingCycle cycle); // "none", "monthly"
std::optional<BillingCycle> billingCycleFromText(const QString &text);

// A customer of the merchant (a contact that is billed), with their billing settings.
struct Customer
{
    qint64 id = 0;
    qint64 merchantId = 0;
    QString name;
    QString email;
    QString taxId;
    QString address; // lines separated by '\n'
    Currency currency;
    int termsDays = 0; // payment terms: due this many days after issue
    BillingCycle cycle = BillingCycle::None;
    TaxMode taxMode = TaxMode::Exclusive;
    TaxRounding taxRounding = TaxRounding::PerLine;
    qint64 itemTaxRate = 0; // parts per million: lines added by hand, unless given
    qint64 costTaxRate = 0; // parts per million: ledger entries billed on
    Money balance; // what the customer owes; negative: credit held for them
    qint64 version = 0;
    QDateTime createdAt;
    QDateTime modifiedAt;
};

struct NewCustomer
{
    QString name;
    QString email;
    QString taxId;
    QString address;
    QString currency; // empty: the merchant's
    int termsDays = 30;
    BillingCycle cycle = BillingCycle::None;
    TaxMode taxMode = TaxMode::Exclusive;
    TaxRounding taxRounding = TaxRounding::PerLine;
    qint64 itemTaxRate = 0;
    qint64 costTaxRate = 0;
};

// The kinds of line in a customer's ledger. A positive amount means the customer owes
// more. What is billed reaches the ledger when its invoice is issued; entries of the
// merchant's ledger that name the customer wait, uninvoiced, until then.
enum class CustomerLineKind
{
    Invoice, // an issued invoice (+ its total)
    Payment, // money received (−)
    Refund, // money paid back to the customer (+)
    Adjustment, // a correction, either sign
    CreditNote // an issued credit note (− its total)
};

QString toCode(CustomerLineKind kind); // "invoice", "payment", "credit_note", ...
std::optional<CustomerLineKind> customerLineKindFromText(const QString &text);

struct CustomerLedgerLine
{
    qint64 id = 0;
    qint64 customerId = 0;
    CustomerLineKind kind = CustomerLineKind::Invoice;
    Money amount;
    Money balanceAfter;
    QString referenceType; // "Invoice", "Payment", "Transaction" ...
    QString referenceId;
    qint64 invoiceId = 0; // the invoice the line belongs to (0: none)
    QString description;
    QDate date;
    QString createdBy;
    QDateTime createdAt;
};

enum class InvoiceKind
{
    Invoice,
    CreditNote
};

// The stored states. "Partly paid" is not stored: it is an issued or overdue invoice
// with 0 < paid < total (see displayState).
enum class InvoiceState
{
    Draft,
    Issued,
    Paid,
    Overdue,
    Cancelled
};

// What lists and filters show: the stored state, with partly paid told apart.
enum class InvoiceDisplayState
{
    Draft,
    Issued,
    PartlyPaid,
    Paid,
    Overdue,
    Cancelled
};

QString toCode(InvoiceKind kind); // "invoice", "credit_note"
QString toCode(InvoiceState state); // "draft", "issued", "paid", "overdue", "cancelled"
QString toCode(InvoiceDisplayState state); // ... and "partly_paid"
std::optional<InvoiceKind> invoiceKindFromText(const QString &text);
std::optional<InvoiceState> invoiceStateFromText(const QString &text);
std::optional<InvoiceDisplayState> invoiceDisplayStateFromText(const QString &text);

struct InvoiceLine
{
    qint64 id = 0;
    int position = 0; // 1, 2, ... in the order added
    QString description;
    qint64 quantity = 0; // millionths
    Money unitPrice;
    qint64 discount = 0; // parts per million
    qint64 taxRate = 0; // parts per million
    Money net;
    Money tax;
    Money gross;
};

struct Invoice
{
    qint64 id = 0;
    qint64 merchantId = 0;
    qint64 customerId = 0;
    QString customerName;
    InvoiceKind kind = InvoiceKind::Invoice;
    QString number; // INV-YYYY-NNNNNN or CRN-YYYY-NNNNNN; empty while a draft
    InvoiceState state = InvoiceState::Draft;
    Currency currency;
    TaxMode taxMode = TaxMode::Exclusive;
    TaxRounding taxRounding = TaxRounding::PerLine;
    QDate issueDate; // null while a draft
    QDate dueDate; // null: issue date + the customer's terms
    QString billingPeriod; // "YYYY-MM" for the monthly job
    qint64 cancelsInvoiceId = 0; // a credit note: the invoice it cancels
    QString cancelsNumber;
    QString note;
    Money subtotal;
    Money tax;
    Money total;
    Money paid; // allocated payments (and, for a cancelled invoice, its credit note)
    qint64 documentId = 0; // the PDF kept at issue
    QString createdBy;
    QDateTime createdAt;
    QDateTime modifiedAt;

    // What is still owed on an issued or overdue invoice (zero for drafts, credit
    // notes, and paid or cancelled invoices).
    Money outstanding() const;
    InvoiceDisplayState displayState() const;
};

// What an invoice PDF shows about the merchant and the customer, frozen at issue.
struct InvoiceParties
{
    QString merchantName;
    QString merchantAddress;
    QString merchantTaxId;
    QString merchantEmail;
    QByteArray merchantLogo; // PNG or JPEG; empty: none
    QString customerName;
    QString customerAddress;
    QString customerTaxId;
    QString customerEmail;
    int termsDays = 0;
    QString language = QStringLiteral("en"); // the merchant's document language
};

// What every invoice, credit note and reminder prints about the merchant.
struct Letterhead
{
    QString address; // lines separated by '\n'
    QString taxId;
    QString email; // the sender of reminder e-mails
    QByteArray logo; // PNG or JPEG; empty: none
    QString language = QStringLiteral("en"); // "en" or "vi": the documents' language
};

struct InvoiceDetail
{
    Invoice invoice;
    QList<InvoiceLine> lines;
    QList<TaxBand> bands;
    InvoiceParties parties;
};

struct Payment
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    Money amount;
    QString method;
    QString reference;
    QDate date;
    qint64 walletId = 0; // 0: recorded on the customer's account only
    qint64 entryId = 0; // the INCOME entry in the wallet
    Money unallocated;
    QString createdBy;
    QDateTime createdAt;
};

struct PaymentAllocation
{
    qint64 paymentId = 0;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    Money amount;
};

} // namespace coffer
