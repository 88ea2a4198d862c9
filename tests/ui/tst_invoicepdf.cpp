#include "printing/invoicedocument.h"
#include "printing/receiptdocument.h"
#include "printing/reminderletter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::printing;

namespace {

Currency currency(const QString &code)
{
    return Currency::fromCode(code).value();
}

QByteArray logoPng()
{
    QImage logo(240, 90, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    QPainter painter(&logo);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x1f, 0x3a, 0x5f));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(0, 0, 90, 90), 18, 18);
    painter.setPen(QColor(0x1f, 0x3a, 0x5f));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(44);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRectF(100, 0, 140, 90), Qt::AlignVCenter | Qt::AlignLeft,
                     QStringLiteral("ACME"));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return png;
}

InvoiceParties parties()
{
    InvoiceParties parties;
    parties.merchantName = QStringLiteral("Acme Trading Ltd");
    parties.merchantAddress = QStringLiteral("12 Harbour Street\nSpringfield 4021");
    parties.merchantTaxId = QStringLiteral("0101234567");
    parties.customerName = QStringLiteral("Blue River Cafe");
    parties.customerAddress = QStringLiteral("88 Market Road\nShelbyville 5012");
    parties.customerTaxId = QStringLiteral("0309876543");
    parties.customerEmail = QStringLiteral("accounts@blueriver.example");
    parties.termsDays = 30;
    return parties;
}

InvoiceLine line(int position, const QString &description, qint64 quantity, Money unitPrice,
                 qint64 discount, qint64 taxRate, qint64 net, qint64 tax)
{
    const Currency &money = unitPrice.currency();
    return InvoiceLine {.id = position,
                        .position = position,
                        .description = description,
                        .quantity = quantity,
                        .unitPrice = unitPrice,
                        .discount = discount,
                        .taxRate = taxRate,
                        .net = Money(net, money),
                        .tax = Money(tax, money),
                        .gross = Money(net + tax, money)};
}

Invoice invoiceHeader(const QString &number, const Currency &money, qint64 subtotal, qint64 tax,
                      qint64 paid)
{
    Invoice invoice;
    invoice.id = 1;
    invoice.number = number;
    invoice.state = number.isEmpty() ? InvoiceState::Draft : InvoiceState::Issued;
    invoice.currency = money;
    invoice.issueDate = number.isEmpty() ? QDate() : QDate(2026, 11, 22);
    invoice.subtotal = Money(subtotal, money);
    invoice.tax = Money(tax, money);
    invoice.total = Money(subtotal + tax, money);
    invoice.paid = Money(paid, money);
    return invoice;
}

// Four lines at three rates (0 %, 8.25 %, 10 %), one with a discount, partly paid.
InvoiceDetail usdInvoice(const QString &number = QStringLiteral("INV-2026-000001"))
{
    const Currency usd = currency(QStringLiteral("USD"));
    InvoiceDetail detail;
    detail.invoice = invoiceHeader(number, usd, 169040, 16272, number.isEmpty() ? 0 : 50000);
    detail.invoice.note = QStringLiteral("Please quote the invoice number with your payment.");
    detail.lines = {
        line(1, QStringLiteral("Website design"), 10'000'000, Money(12000, usd), 0, 100'000, 120000,
             12000),
        line(2, QStringLiteral("Hosting for twelve months"), 12'000'000, Money(2550, usd), 100'000,
             82'500, 27540, 2272),
        line(3, QStringLiteral("Domain name"), 1'000'000, Money(1500, usd), 0, 0, 1500, 0),
        line(4, QStringLiteral("Consulting hours"), 2'500'000, Money(8000, usd), 0, 100'000, 20000,
             2000),
    };
    detail.bands = {{0, 1500, 0}, {82'500, 27540, 2272}, {100'000, 140000, 14000}};
    detail.parties = parties();
    detail.parties.merchantLogo = logoPng();
    return detail;
}

InvoiceDetail vndInvoice()
{
    const Currency vnd = currency(QStringLiteral("VND"));
    InvoiceDetail detail;
    detail.invoice
        = invoiceHeader(QStringLiteral("INV-2026-000042"), vnd, 13'200'000, 1'306'000, 0);
    detail.invoice.note = QStringLiteral("Vui lòng ghi số hóa đơn khi chuyển khoản.");
    detail.lines = {
        line(1, QStringLiteral("Thiết kế website"), 1'000'000, Money(12'500'000, vnd), 0, 100'000,
             12'500'000, 1'250'000),
        line(2, QStringLiteral("Tên miền"), 2'000'000, Money(350'000, vnd), 0, 80'000, 700'000,
             56'000),
    };
    detail.bands = {{80'000, 700'000, 56'000}, {100'000, 12'500'000, 1'250'000}};
    detail.parties = parties();
    detail.parties.merchantName = QStringLiteral("Công ty TNHH Đồng Xanh");
    detail.parties.merchantAddress = QStringLiteral("25 Phố Huế\nQuận Hai Bà Trưng, Hà Nội");
    detail.parties.customerName = QStringLiteral("Quán cà phê Sông Xanh");
    detail.parties.customerAddress = QStringLiteral("88 Đường Lê Lợi\nQuận 1, TP. Hồ Chí Minh");
    return detail;
}

InvoiceDetail longInvoice()
{
    const Currency usd = currency(QStringLiteral("USD"));
    InvoiceDetail detail;
    for (int position = 1; position <= 120; ++position)
        detail.lines.append(line(position,
                                 QStringLiteral("Delivery %1 of coffee beans").arg(position),
                                 1'000'000, Money(1000, usd), 0, 100'000, 1000, 100));
    detail.invoice = invoiceHeader(QStringLiteral("INV-2026-000120"), usd, 120000, 12000, 0);
    detail.bands = {{100'000, 120000, 12000}};
    detail.parties = parties();
    return detail;
}

Payment payment()
{
    const Currency usd = currency(QStringLiteral("USD"));
    Payment payment;
    payment.id = 17;
    payment.customerName = QStringLiteral("Blue River Cafe");
    payment.amount = Money(150000, usd);
    payment.method = QStringLiteral("Bank transfer");
    payment.reference = QStringLiteral("VCB-778812");
    payment.date = QDate(2026, 11, 25);
    payment.unallocated = Money(4688, usd);
    return payment;
}

Invoice overdueInvoice(const QString &number, QDate issued, QDate due, qint64 total, qint64 paid)
{
    const Currency usd = currency(QStringLiteral("USD"));
    Invoice invoice = invoiceHeader(number, usd, total, 0, paid);
    invoice.state = InvoiceState::Overdue;
    invoice.issueDate = issued;
    invoice.dueDate = due;
    return invoice;
}

ReminderLetter reminder()
{
    ReminderLetter letter;
    letter.parties = parties();
    letter.asOf = QDate(2026, 12, 15);
    letter.overdue = {
        overdueInvoice(QStringLiteral("INV-2026-000001"), QDate(2026, 10, 1), QDate(2026, 10, 31),
                       185312, 50000),
        overdueInvoice(QStringLiteral("INV-2026-000007"), QDate(2026, 11, 1), QDate(2026, 12, 1),
                       20000, 0),
    };
    return letter;
}

} // namespace

// Invoices, credit notes, receipts and reminder letters rendered to PDF and read back
// with poppler's pdftotext and pdfinfo: what the paper says, page by page.
// COFFER_PDF_OUT=folder keeps the PDFs there (to look at them with pdftoppm).
class TestInvoicePdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void invoiceShowsNumberLinesTaxAndTotals();
    void invoiceCarriesMetadata();
    void vietnameseInvoiceSpeaksVietnamese();
    void longInvoiceRepeatsItsHeadingOnEveryPage();
    void inclusiveInvoiceShowsAmountsWithTax();
    void creditNoteNamesTheInvoiceItCancels();
    void draftIsMarked();
    void receiptShowsPaymentAndAllocations();
    void reminderListsOverdueInvoices();
    void vietnameseReminder();
    void reminderEmailText();
    void unknownLanguageIsRefused();
    void documentIsReadyForPreview();

private:
    QString write(const QString &name, const Result<QByteArray> &pdf)
    {
        if (!pdf) {
            qWarning() << pdf.error().toString();
            return {};
        }
        const QString path = m_folder.filePath(name + QStringLiteral(".pdf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size())
            return {};
        return path;
    }

    QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        // NFKC undoes the typographic ligatures ("ﬁ") of a PDF's text.
        return QString::fromUtf8(process.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC);
    }

    // All pages (page 0) or one page.
    QString pdfText(const QString &path, int page = 0)
    {
        QStringList arguments {QStringLiteral("-layout")};
        if (page > 0)
            arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                      << QString::number(page);
        return run(QStringLiteral("pdftotext"), arguments << path << QStringLiteral("-"));
    }

    QString pdfInfo(const QString &path, const QString &key)
    {
        const QRegularExpression field(QStringLiteral("^%1:\\s*(.*)$").arg(key),
                                       QRegularExpression::MultilineOption);
        return field.match(run(QStringLiteral("pdfinfo"), {path})).captured(1).trimmed();
    }

    QString render(const QString &name, const Result<QByteArray> &pdf)
    {
        const QString path = write(name, pdf);
        return path.isEmpty() ? QString() : pdfText(path);
    }

    QTemporaryDir m_temporary;
    QDir m_folder;
};

void TestInvoicePdf::initTestCase()
{
    for (const char *tool : {"pdftotext", "pdfinfo"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run packaging/install-deps.sh (it "
                                            "installs poppler-utils and fonts-dejavu-core)")
                                 .arg(QLatin1String(tool))));
    }
    QVERIFY(m_temporary.isValid());
    const QString kept = qEnvironmentVariable("COFFER_PDF_OUT");
    m_folder = QDir(kept.isEmpty() ? m_temporary.path() : kept);
    QVERIFY(m_folder.mkpath(QStringLiteral(".")));
}

void TestInvoicePdf::invoiceShowsNumberLinesTaxAndTotals()
{
    const InvoiceDetail detail = usdInvoice();
    const QString text
        = render(QStringLiteral("invoice-en"), invoicePdf(detail, QStringLiteral("en")));
    QVERIFY(!text.isEmpty());
    const QStringList expected {
        QStringLiteral("Acme Trading Ltd"), QStringLiteral("Invoice"),
        QStringLiteral("INV-2026-000001"), QStringLiteral("22 Nov 2026"),
        QStringLiteral("22 Dec 2026"), QStringLiteral("Net 30 days"), QStringLiteral("Bill to"),
        QStringLiteral("Blue River Cafe"), QStringLiteral("Shelbyville 5012"),
        QStringLiteral("0309876543"), QStringLiteral("accounts@blueriver.example"),
        // lines: quantity, unit price, discount, rate, net
        QStringLiteral("2.5"), QStringLiteral("25.50 USD"), QStringLiteral("10 %"),
        QStringLiteral("275.40 USD"), QStringLiteral("1,200.00 USD"),
        // tax per rate: rate, base, tax
        QStringLiteral("0 %"), QStringLiteral("15.00 USD"), QStringLiteral("0.00 USD"),
        QStringLiteral("8.25 %"), QStringLiteral("22.72 USD"), QStringLiteral("1,400.00 USD"),
        QStringLiteral("140.00 USD"),
        // totals
        QStringLiteral("1,690.40 USD"), QStringLiteral("162.72 USD"),
        QStringLiteral("1,853.12 USD"), QStringLiteral("500.00 USD"),
        QStringLiteral("1,353.12 USD"), QStringLiteral("Amount due"),
        QStringLiteral("Please quote the invoice number"), QStringLiteral("Page 1 of 1")};
    for (const QString &piece : expected)
        QVERIFY2(text.contains(piece), qPrintable(piece + QStringLiteral(" missing in:\n") + text));
    for (const InvoiceLine &line : detail.lines)
        QVERIFY2(text.contains(line.description), qPrintable(line.description));
    QVERIFY(!text.contains(QStringLiteral("DRAFT")));
}

void TestInvoicePdf::invoiceCarriesMetadata()
{
    const QString path
        = write(QStringLiteral("invoice-meta"), invoicePdf(usdInvoice(), QStringLiteral("en")));
    QVERIFY(!path.isEmpty());
    QCOMPARE(pdfInfo(path, QStringLiteral("Creator")), QStringLiteral("Coffer"));
    QCOMPARE(pdfInfo(path, QStringLiteral("Title")), QStringLiteral("Invoice INV-2026-000001"));
    QVERIFY(pdfInfo(path, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
}

void TestInvoicePdf::vietnameseInvoiceSpeaksVietnamese()
{
    const QString text
        = render(QStringLiteral("invoice-vi"), invoicePdf(vndInvoice(), QStringLiteral("vi")));
    QVERIFY(!text.isEmpty());
    const QStringList expected {QStringLiteral("Hóa đơn"),
                                QStringLiteral("Ngày lập"),
                                QStringLiteral("22/11/2026"),
                                QStringLiteral("Hạn thanh toán"),
                                QStringLiteral("22/12/2026"),
                                QStringLiteral("Khách hàng"),
                                QStringLiteral("Mô tả"),
                                QStringLiteral("Số lượng"),
                                QStringLiteral("Đơn giá"),
                                QStringLiteral("Thuế suất"),
                                QStringLiteral("Thành tiền"),
                                QStringLiteral("Thiết kế website"),
                                QStringLiteral("12.500.000 VND"),
                                QStringLiteral("Cộng tiền hàng"),
                                QStringLiteral("13.200.000 VND"),
                                QStringLiteral("Tiền thuế"),
                                QStringLiteral("1.306.000 VND"),
                                QStringLiteral("Tổng cộng"),
                                QStringLiteral("14.506.000 VND"),
                                QStringLiteral("Ghi chú"),
                                QStringLiteral("Công ty TNHH Đồng Xanh"),
                                QStringLiteral("Trang 1/1")};
    for (const QString &piece : expected)
        QVERIFY2(text.contains(piece), qPrintable(piece + QStringLiteral(" missing in:\n") + text));
    QVERIFY(!text.contains(QStringLiteral("Invoice")));
}

void TestInvoicePdf::longInvoiceRepeatsItsHeadingOnEveryPage()
{
    const QString path = write(QStringLiteral("invoice-120-lines"),
                               invoicePdf(longInvoice(), QStringLiteral("en")));
    QVERIFY(!path.isEmpty());
    const int pages = pdfInfo(path, QStringLiteral("Pages")).toInt();
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        QVERIFY2(text.contains(QStringLiteral("Description")), qPrintable(QString::number(page)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    }
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Page 3 of")));
    for (int position = 1; position <= 120; ++position)
        QVERIFY2(text.contains(QStringLiteral("Delivery %1 of coffee beans").arg(position)),
                 qPrintable(QString::number(position)));
    QVERIFY(text.contains(QStringLiteral("1,320.00 USD")));
}

void TestInvoicePdf::inclusiveInvoiceShowsAmountsWithTax()
{
    InvoiceDetail detail = usdInvoice();
    detail.invoice.taxMode = TaxMode::Inclusive;
    const QString text
        = render(QStringLiteral("invoice-inclusive"), invoicePdf(detail, QStringLiteral("en")));
    QVERIFY(text.contains(QStringLiteral("Amount incl. tax")));
    QVERIFY(text.contains(QStringLiteral("1,320.00 USD"))); // the first line's gross
    QVERIFY(text.contains(QStringLiteral("Prices include tax.")));
}

void TestInvoicePdf::creditNoteNamesTheInvoiceItCancels()
{
    InvoiceDetail detail = usdInvoice(QStringLiteral("CRN-2026-000001"));
    detail.invoice.kind = InvoiceKind::CreditNote;
    detail.invoice.cancelsInvoiceId = 1;
    detail.invoice.cancelsNumber = QStringLiteral("INV-2026-000001");
    detail.invoice.paid = Money::zero(detail.invoice.currency);
    const QString text
        = render(QStringLiteral("credit-note"), invoicePdf(detail, QStringLiteral("en")));
    QVERIFY(text.contains(QStringLiteral("Credit note")));
    QVERIFY(text.contains(QStringLiteral("CRN-2026-000001")));
    QVERIFY(text.contains(QStringLiteral("Cancels INV-2026-000001")));
    QVERIFY(!text.contains(QStringLiteral("Amount due")));

    const QString vietnamese
        = render(QStringLiteral("credit-note-vi"), invoicePdf(detail, QStringLiteral("vi")));
    QVERIFY(vietnamese.contains(QStringLiteral("Phiếu ghi có")));
}

void TestInvoicePdf::draftIsMarked()
{
    const QString text
        = render(QStringLiteral("draft"), invoicePdf(usdInvoice(QString()), QStringLiteral("en")));
    QVERIFY(text.contains(QStringLiteral("DRAFT")));
    QVERIFY(!text.contains(QStringLiteral("INV-")));
    QVERIFY(text.contains(QStringLiteral("Website design")));
}

void TestInvoicePdf::receiptShowsPaymentAndAllocations()
{
    const Currency usd = currency(QStringLiteral("USD"));
    const QList<PaymentAllocation> allocations {
        {17, 1, QStringLiteral("INV-2026-000001"), Money(135312, usd)},
        {17, 2, QStringLiteral("INV-2026-000002"), Money(10000, usd)},
    };
    const QString text
        = render(QStringLiteral("receipt"),
                 receiptPdf(payment(), allocations, parties(), QStringLiteral("en")));
    const QStringList expected {
        QStringLiteral("Payment receipt"), QStringLiteral("Received from"),
        QStringLiteral("Blue River Cafe"), QStringLiteral("1,500.00 USD"),
        QStringLiteral("25 Nov 2026"),     QStringLiteral("Bank transfer"),
        QStringLiteral("VCB-778812"),      QStringLiteral("INV-2026-000001"),
        QStringLiteral("1,353.12 USD"),    QStringLiteral("INV-2026-000002"),
        QStringLiteral("100.00 USD"),      QStringLiteral("Unallocated credit"),
        QStringLiteral("46.88 USD"),       QStringLiteral("Page 1 of 1")};
    for (const QString &piece : expected)
        QVERIFY2(text.contains(piece), qPrintable(piece + QStringLiteral(" missing in:\n") + text));

    const QString vietnamese
        = render(QStringLiteral("receipt-vi"),
                 receiptPdf(payment(), allocations, parties(), QStringLiteral("vi")));
    QVERIFY(vietnamese.contains(QStringLiteral("Biên nhận thanh toán")));
    QVERIFY(vietnamese.contains(QStringLiteral("1.500,00 USD")));
}

void TestInvoicePdf::reminderListsOverdueInvoices()
{
    const QString text
        = render(QStringLiteral("reminder"), reminderPdf(reminder(), QStringLiteral("en")));
    const QStringList expected {
        QStringLiteral("Payment reminder"), QStringLiteral("Dear Blue River Cafe,"),
        QStringLiteral("15 Dec 2026"),      QStringLiteral("INV-2026-000001"),
        QStringLiteral("1 Oct 2026"),       QStringLiteral("31 Oct 2026"),
        QStringLiteral("1,853.12 USD"),     QStringLiteral("1,353.12 USD"),
        QStringLiteral("INV-2026-000007"),  QStringLiteral("200.00 USD"),
        QStringLiteral("Days overdue"),     QStringLiteral("Total outstanding"),
        QStringLiteral("1,553.12 USD"),     QStringLiteral("Kind regards,")};
    for (const QString &piece : expected)
        QVERIFY2(text.contains(piece), qPrintable(piece + QStringLiteral(" missing in:\n") + text));
    // 45 days from 31 Oct, 14 from 1 Dec
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("INV-2026-000001.*\\b45\\s*$"),
                                             QRegularExpression::MultilineOption)));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("INV-2026-000007.*\\b14\\s*$"),
                                             QRegularExpression::MultilineOption)));
}

void TestInvoicePdf::vietnameseReminder()
{
    const QString text
        = render(QStringLiteral("reminder-vi"), reminderPdf(reminder(), QStringLiteral("vi")));
    QVERIFY(text.contains(QStringLiteral("Thư nhắc thanh toán")));
    QVERIFY(text.contains(QStringLiteral("Kính gửi Blue River Cafe,")));
    QVERIFY(text.contains(QStringLiteral("1.553,12 USD")));
    QVERIFY(text.contains(QStringLiteral("Trân trọng,")));
}

void TestInvoicePdf::reminderEmailText()
{
    const QString text = coffer::printing::reminderEmailText(reminder(), QStringLiteral("en"));
    QVERIFY(text.startsWith(QStringLiteral("Dear Blue River Cafe,\n")));
    QVERIFY(text.contains(QStringLiteral("15 Dec 2026")));
    QVERIFY(text.contains(QStringLiteral("- INV-2026-000001: Issue date 1 Oct 2026; Due date 31 "
                                         "Oct 2026; Total 1,853.12 USD; Outstanding 1,353.12 "
                                         "USD; Days overdue 45\n")));
    QVERIFY(text.contains(QStringLiteral("Total outstanding: 1,553.12 USD\n")));
    QVERIFY(text.endsWith(QStringLiteral("Kind regards,\nAcme Trading Ltd\n")));
    QCOMPARE(reminderEmailSubject(reminder(), QStringLiteral("vi")),
             QStringLiteral("Thư nhắc thanh toán từ Acme Trading Ltd"));
}

void TestInvoicePdf::unknownLanguageIsRefused()
{
    const Result<QByteArray> pdf = invoicePdf(usdInvoice(), QStringLiteral("fr"));
    QVERIFY(!pdf);
    QCOMPARE(pdf.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!receiptPdf(payment(), {}, parties(), QStringLiteral("de")));
    QVERIFY(!reminderPdf(reminder(), QString()));
}

void TestInvoicePdf::documentIsReadyForPreview()
{
    const std::unique_ptr<QTextDocument> document
        = invoiceDocument(usdInvoice(), QStringLiteral("en"));
    QCOMPARE(document->metaInformation(QTextDocument::DocumentTitle),
             QStringLiteral("Invoice INV-2026-000001"));
    QVERIFY(document->toPlainText().contains(QStringLiteral("Hosting for twelve months")));
    // Rendering through paintPages leaves the document as it was for the preview.
    const QSizeF pageSize = document->pageSize();
    QVERIFY(write(QStringLiteral("twice"),
                  renderPdf(*document, QStringLiteral("x"),
                            invoicePageDecoration(usdInvoice(), QStringLiteral("en"))))
                .size());
    QCOMPARE(document->pageSize(), pageSize);
}

QTEST_MAIN(TestInvoicePdf)
#include "tst_invoicepdf.moc"
