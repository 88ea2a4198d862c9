// coffer-cli views of customers, invoices and payments.
#include "invoiceviews.h"

#include "output.h"

namespace coffer::cli {

QString amountText(const Money &amount)
{
    return amount.toDecimalString() + QLatin1Char(' ') + amount.currency().code();
}

QJsonObject accountJson(const CustomerAccount &account)
{
    QJsonObject object = customerJson(account.customer);
    QJsonArray lines;
    for (const CustomerLedgerLine &l : account.lines)
        lines.append(QJsonObject {
            {QStringLiteral("id"), l.id},
            {QStringLiteral("date"), l.date.toString(Qt::ISODate)},
            {QStringLiteral("kind"), toCode(l.kind)},
            {QStringLiteral("amount"), l.amount.toDecimalString()},
            {QStringLiteral("balance_after"), l.balanceAfter.toDecimalString()},
            {QStringLiteral("reference"), l.referenceType + QLatin1Char(':') + l.referenceId},
            {QStringLiteral("description"), l.description}});
    QJsonArray open;
    for (const Invoice &i : account.openInvoices)
        open.append(invoiceJson(i));
    object.insert(QStringLiteral("ledger"), lines);
    object.insert(QStringLiteral("open_invoices"), open);
    object.insert(QStringLiteral("credit"), account.credit.toDecimalString());
    return object;
}

void printAccount(QTextStream &out, const CustomerAccount &account)
{
    const Customer &c = account.customer;
    out << c.name << " (" << c.currency.code() << ", net " << c.termsDays << " days, "
        << toCode(c.cycle) << " billing, " << toCode(c.taxMode) << " prices, "
        << toCode(c.taxRounding) << " rounding, tax " << percentText(c.itemTaxRate) << " %)\n";
    if (!c.email.isEmpty())
        out << "  e-mail: " << c.email << "\n";
    if (!c.taxId.isEmpty())
        out << "  tax id: " << c.taxId << "\n";
    if (!c.address.isEmpty())
        out << "  address: " << QString(c.address).replace(QLatin1Char('\n'), QStringLiteral(", "))
            << "\n";
    out << "balance: " << amountText(c.balance) << "\n";
    if (account.credit.isPositive())
        out << "credit not yet allocated: " << amountText(account.credit) << "\n";
    out << "\nledger:\n";
    if (account.lines.isEmpty()) {
        out << "  no lines\n";
    } else {
        TextTable table({QStringLiteral("DATE"), QStringLiteral("KIND"), QStringLiteral("AMOUNT"),
                         QStringLiteral("BALANCE_AFTER"), QStringLiteral("REFERENCE"),
                         QStringLiteral("DESCRIPTION")},
                        {2, 3});
        for (const CustomerLedgerLine &l : account.lines)
            table.addRow({l.date.toString(Qt::ISODate), toCode(l.kind), l.amount.toDecimalString(),
                          l.balanceAfter.toDecimalString(),
                          l.referenceType + QLatin1Char(':') + l.referenceId, l.description});
        table.print(out);
    }
    out << "\nopen invoices:\n";
    if (account.openInvoices.isEmpty()) {
        out << "  none\n";
        return;
    }
    printInvoiceList(out, account.openInvoices, QDate::currentDate());
}

void printInvoiceList(QTextStream &out, const QList<Invoice> &invoices, const QDate &today)
{
    TextTable table({QStringLiteral("NUMBER"), QStringLiteral("CUSTOMER"), QStringLiteral("STATE"),
                     QStringLiteral("ISSUED"), QStringLiteral("DUE"), QStringLiteral("TOTAL"),
                     QStringLiteral("OUTSTANDING"), QStringLiteral("AGE")},
                    {5, 6});
    for (const Invoice &i : invoices) {
        const bool open = (i.state == InvoiceState::Issued || i.state == InvoiceState::Overdue)
            && i.outstanding().isPositive();
        const qint64 late = open && i.dueDate.isValid() ? i.dueDate.daysTo(today) : 0;
        table.addRow({i.number.isEmpty() ? QStringLiteral("draft %1").arg(i.id) : i.number,
                      i.customerName, toCode(i.displayState()), i.issueDate.toString(Qt::ISODate),
                      i.dueDate.toString(Qt::ISODate), amountText(i.total),
                      i.kind == InvoiceKind::Invoice ? amountText(i.outstanding()) : QString(),
                      late > 0 ? QStringLiteral("%1 days late").arg(late) : QString()});
    }
    table.print(out);
}

QJsonObject invoiceDetailJson(const InvoiceDetail &d, const QList<PaymentAllocation> &allocations)
{
    QJsonObject object = invoiceJson(d.invoice);
    QJsonArray lines;
    for (const InvoiceLine &l : d.lines)
        lines.append(QJsonObject {{QStringLiteral("position"), l.position},
                                  {QStringLiteral("description"), l.description},
                                  {QStringLiteral("quantity"), quantityText(l.quantity)},
                                  {QStringLiteral("unit_price"), l.unitPrice.toDecimalString()},
                                  {QStringLiteral("discount"), percentText(l.discount)},
                                  {QStringLiteral("tax_rate"), percentText(l.taxRate)},
                                  {QStringLiteral("net"), l.net.toDecimalString()},
                                  {QStringLiteral("tax"), l.tax.toDecimalString()},
                                  {QStringLiteral("gross"), l.gross.toDecimalString()}});
    QJsonArray bands;
    for (const TaxBand &b : d.bands)
        bands.append(QJsonObject {
            {QStringLiteral("rate"), percentText(b.rate)},
            {QStringLiteral("base"), Money(b.base, d.invoice.currency).toDecimalString()},
            {QStringLiteral("tax"), Money(b.tax, d.invoice.currency).toDecimalString()}});
    QJsonArray paid;
    for (const PaymentAllocation &a : allocations)
        paid.append(QJsonObject {{QStringLiteral("payment_id"), a.paymentId},
                                 {QStringLiteral("amount"), a.amount.toDecimalString()}});
    object.insert(QStringLiteral("tax_mode"), toCode(d.invoice.taxMode));
    object.insert(QStringLiteral("rounding"), toCode(d.invoice.taxRounding));
    object.insert(QStringLiteral("note"), d.invoice.note);
    object.insert(QStringLiteral("lines"), lines);
    object.insert(QStringLiteral("tax_breakdown"), bands);
    object.insert(QStringLiteral("payments"), paid);
    return object;
}

void printInvoice(QTextStream &out, const InvoiceDetail &d,
                  const QList<PaymentAllocation> &allocations)
{
    const Invoice &i = d.invoice;
    const bool creditNote = i.kind == InvoiceKind::CreditNote;
    out << (creditNote ? "credit note " : "invoice ")
        << (i.number.isEmpty() ? QStringLiteral("draft %1").arg(i.id) : i.number) << " ("
        << toCode(i.displayState()) << ") for " << i.customerName << "\n";
    if (creditNote)
        out << "  cancels " << i.cancelsNumber << "\n";
    if (i.issueDate.isValid())
        out << "  issued " << i.issueDate.toString(Qt::ISODate) << ", due "
            << i.dueDate.toString(Qt::ISODate) << "\n";
    out << "  prices " << toCode(i.taxMode) << " of tax, rounded " << toCode(i.taxRounding)
        << "\n\n";
    TextTable lines({QStringLiteral("#"), QStringLiteral("DESCRIPTION"), QStringLiteral("QTY"),
                     QStringLiteral("UNIT_PRICE"), QStringLiteral("DISCOUNT"),
                     QStringLiteral("TAX_RATE"), QStringLiteral("NET"), QStringLiteral("TAX"),
                     QStringLiteral("GROSS")},
                    {2, 3, 4, 5, 6, 7, 8});
    for (const InvoiceLine &l : d.lines)
        lines.addRow({QString::number(l.position), l.description, quantityText(l.quantity),
                      l.unitPrice.toDecimalString(), percentText(l.discount) + QStringLiteral(" %"),
                      percentText(l.taxRate) + QStringLiteral(" %"), l.net.toDecimalString(),
                      l.tax.toDecimalString(), l.gross.toDecimalString()});
    lines.print(out);
    out << "\ntax breakdown:\n";
    for (const TaxBand &b : d.bands)
        out << "  " << percentText(b.rate) << " % on " << amountText(Money(b.base, i.currency))
            << ": " << amountText(Money(b.tax, i.currency)) << "\n";
    out << "subtotal: " << amountText(i.subtotal) << "\n"
        << "tax: " << amountText(i.tax) << "\n"
        << "total: " << amountText(i.total) << "\n";
    if (!creditNote && i.state != InvoiceState::Draft) {
        out << "paid: " << amountText(i.paid) << "\n"
            << "outstanding: " << amountText(i.outstanding()) << "\n";
        for (const PaymentAllocation &a : allocations)
            out << "  payment " << a.paymentId << ": " << amountText(a.amount) << "\n";
    }
    if (!i.note.isEmpty())
        out << "note: " << i.note << "\n";
}

} // namespace coffer::cli
