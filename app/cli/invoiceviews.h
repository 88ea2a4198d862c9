#pragma once

#include "ledger/book.h"

#include <QJsonObject>
#include <QTextStream>

namespace coffer::cli {

// How customers, invoices and payments read on the command line: JSON for --json,
// plain text otherwise.
QJsonObject accountJson(const CustomerAccount &account);
void printAccount(QTextStream &out, const CustomerAccount &account);
QJsonObject invoiceDetailJson(const InvoiceDetail &detail,
                              const QList<PaymentAllocation> &allocations);
void printInvoice(QTextStream &out, const InvoiceDetail &detail,
                  const QList<PaymentAllocation> &allocations);
void printInvoiceList(QTextStream &out, const QList<Invoice> &invoices, const QDate &today);
// "12,3 USD" style: decimal text and the currency code.
QString amountText(const Money &amount);

} // namespace coffer::cli
