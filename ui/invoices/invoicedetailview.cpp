#include "invoices/invoicedetailview.h"

#include "invoices/invoicetexts.h"

#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString date(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString percent(qint64 partsPerMillion)
{
    return InvoiceDetailView::tr("%1 %").arg(percentText(partsPerMillion));
}

QString money(qint64 minorUnits, const Invoice &invoice)
{
    return esc(InvoiceTexts::money(Money(minorUnits, invoice.currency)));
}

// A two-column table of label and value rows (empty values left out).
QString factsHtml(const QList<std::pair<QString, QString>> &facts)
{
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=2>");
    for (const auto &[label, value] : facts) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                        .arg(esc(label), esc(value));
    }
    return html + QStringLiteral("</table>");
}

QString headingHtml(const InvoiceView &view, const QDate &today)
{
    const Invoice &i = view.detail.invoice;
    QString html = QStringLiteral("<h3>%1 %2 · %3</h3>")
                       .arg(esc(InvoiceTexts::kindName(i.kind)), esc(InvoiceTexts::label(i)),
                            esc(InvoiceTexts::stateName(i.displayState())));
    const QString due = i.kind == InvoiceKind::CreditNote ? QString()
        : i.dueDate.isValid()
        ? date(i.dueDate)
        : InvoiceDetailView::tr("%1 days after issue").arg(view.detail.parties.termsDays);
    html += factsHtml({
        {InvoiceDetailView::tr("Customer"), i.customerName},
        {InvoiceDetailView::tr("Issued"), date(i.issueDate)},
        {InvoiceDetailView::tr("Due"), due},
        {InvoiceDetailView::tr("Age"), InvoiceTexts::age(i, today)},
        {InvoiceDetailView::tr("Billing period"), i.billingPeriod},
        {InvoiceDetailView::tr("Cancels"), i.cancelsNumber},
        {InvoiceDetailView::tr("Cancelled by"),
         view.creditNote ? view.creditNote->number : QString()},
    });
    return html;
}

// Amounts without the currency code, which the heading names once.
QString bare(const Money &amount)
{
    QString text = amount.format(QLocale());
    text.chop(amount.currency().code().size() + 1);
    return esc(text);
}

QString linesHtml(const InvoiceDetail &d, const QString &shade)
{
    if (d.lines.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(esc(InvoiceDetailView::tr("No lines yet.")));
    const bool discounts = std::any_of(d.lines.cbegin(), d.lines.cend(),
                                       [](const InvoiceLine &l) { return l.discount != 0; });
    QStringList headings {InvoiceDetailView::tr("Description"), InvoiceDetailView::tr("Qty"),
                          InvoiceDetailView::tr("Price")};
    if (discounts)
        headings << InvoiceDetailView::tr("Disc.");
    headings << InvoiceDetailView::tr("Tax") << InvoiceDetailView::tr("Amount");
    QString html
        = QStringLiteral("<h4>%1</h4><table width=100% cellspacing=0 cellpadding=3><tr>")
              .arg(esc(InvoiceDetailView::tr("Lines (%1)").arg(d.invoice.currency.code())));
    for (qsizetype c = 0; c < headings.size(); ++c)
        html += QStringLiteral("<th align=%1 bgcolor=%2>%3</th>")
                    .arg(c == 0 ? QStringLiteral("left") : QStringLiteral("right"), shade,
                         esc(headings.at(c)));
    html += QStringLiteral("</tr>");
    const bool inclusive = d.invoice.taxMode == TaxMode::Inclusive;
    const QString number = QStringLiteral("<td align=right>%1</td>");
    for (const InvoiceLine &l : d.lines) {
        html += QStringLiteral("<tr><td>%1</td>").arg(esc(l.description))
            + number.arg(esc(quantityText(l.quantity))) + number.arg(bare(l.unitPrice));
        if (discounts)
            html += number.arg(l.discount ? esc(percent(l.discount)) : QString());
        html += number.arg(esc(percent(l.taxRate))) + number.arg(bare(inclusive ? l.gross : l.net))
            + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString taxHtml(const InvoiceDetail &d)
{
    if (d.bands.isEmpty())
        return {};
    QString html
        = QStringLiteral("<h4>%1</h4><table cellspacing=0 cellpadding=2><tr><th "
                         "align=left>%2</th><th align=right>%3</th><th "
                         "align=right>%4</th></tr>")
              .arg(esc(InvoiceDetailView::tr("Tax by rate")), esc(InvoiceDetailView::tr("Rate")),
                   esc(InvoiceDetailView::tr("Base")), esc(InvoiceDetailView::tr("Tax")));
    for (const TaxBand &band : d.bands)
        html += QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;&nbsp;%2</td>"
                               "<td align=right>&nbsp;&nbsp;%3</td></tr>")
                    .arg(esc(percent(band.rate)), money(band.base, d.invoice),
                         money(band.tax, d.invoice));
    return html + QStringLiteral("</table>");
}

QString totalsHtml(const Invoice &i)
{
    QList<std::pair<QString, QString>> rows {
        {InvoiceDetailView::tr("Subtotal"), InvoiceTexts::money(i.subtotal)},
        {InvoiceDetailView::tr("Tax"), InvoiceTexts::money(i.tax)},
        {InvoiceDetailView::tr("Total"), InvoiceTexts::money(i.total)},
    };
    if (i.kind == InvoiceKind::Invoice && i.state != InvoiceState::Draft) {
        rows.append({InvoiceDetailView::tr("Paid"), InvoiceTexts::money(i.paid)});
        if (i.state != InvoiceState::Cancelled)
            rows.append(
                {InvoiceDetailView::tr("Outstanding"), InvoiceTexts::money(i.outstanding())});
    }
    QString html = QStringLiteral("<h4>%1</h4><table cellspacing=0 cellpadding=2>")
                       .arg(esc(InvoiceDetailView::tr("Totals")));
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;&nbsp;<b>%2</b></td></tr>")
                    .arg(esc(label), esc(value));
    return html + QStringLiteral("</table>");
}

QString paymentsHtml(const InvoiceView &view)
{
    if (view.allocations.isEmpty())
        return {};
    QString html
        = QStringLiteral("<h4>%1</h4><ul>").arg(esc(InvoiceDetailView::tr("Payments allocated")));
    for (const PaymentAllocation &a : view.allocations) {
        const auto payment = view.payments.constFind(a.paymentId);
        QString text = payment == view.payments.cend()
            ? InvoiceDetailView::tr("Payment %1: %2")
                  .arg(a.paymentId)
                  .arg(InvoiceTexts::money(a.amount))
            : InvoiceDetailView::tr("%1 of %2 received %3 by %4%5")
                  .arg(InvoiceTexts::money(a.amount), InvoiceTexts::money(payment->amount),
                       date(payment->date), payment->method,
                       payment->reference.isEmpty()
                           ? QString()
                           : QStringLiteral(" (%1)").arg(payment->reference));
        html += QStringLiteral("<li>%1</li>").arg(esc(text));
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

QString InvoiceDetailView::html(const InvoiceView &view, const QDate &today, const QColor &shade)
{
    const InvoiceDetail &d = view.detail;
    QString html = headingHtml(view, today) + linesHtml(d, shade.name()) + taxHtml(d)
        + totalsHtml(d.invoice) + paymentsHtml(view);
    if (!d.invoice.note.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(esc(tr("Note")),
                         esc(d.invoice.note).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return html;
}

InvoiceDetailView::InvoiceDetailView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_text(new QTextBrowser(this))
{
    m_text->setObjectName(QStringLiteral("invoiceDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
}

Result<InvoiceView> InvoiceDetailView::read(const QString &numberOrId) const
{
    InvoiceService &invoices = m_workspace.book().invoices();
    const Actor &actor = m_workspace.actor();
    InvoiceView view;
    auto detail = invoices.show(actor, numberOrId);
    if (!detail)
        return detail.error();
    view.detail = *detail;
    const Invoice &invoice = detail->invoice;
    auto allocations = invoices.allocations(actor, invoice.id);
    if (!allocations)
        return allocations.error();
    view.allocations = *allocations;
    if (!view.allocations.isEmpty()) {
        auto payments = invoices.payments(actor, invoice.customerName);
        if (!payments)
            return payments.error();
        for (const Payment &p : std::as_const(*payments))
            view.payments.insert(p.id, p);
    }
    if (invoice.state == InvoiceState::Cancelled) {
        InvoiceFilter filter;
        filter.customerId = invoice.customerId;
        filter.kind = InvoiceKind::CreditNote;
        auto notes = invoices.list(actor, filter);
        if (!notes)
            return notes.error();
        for (const Invoice &note : std::as_const(*notes)) {
            if (note.cancelsInvoiceId == invoice.id)
                view.creditNote = note;
        }
    }
    return view;
}

void InvoiceDetailView::showInvoice(const QString &numberOrId)
{
    m_shown.reset();
    if (numberOrId.isEmpty()) {
        m_text->setHtml(QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("No invoice selected."))));
        return;
    }
    auto view = read(numberOrId);
    if (!view) {
        m_text->setPlainText(view.error().detail);
        return;
    }
    m_shown = *view;
    m_text->setHtml(html(*view, m_workspace.book().invoices().today(),
                         m_text->palette().color(QPalette::Button)));
}

} // namespace coffer::ui
