#include "printing/printlabels.h"

namespace coffer::printing {

namespace {

PrintLabels englishLabels()
{
    return PrintLabels {
        .dateFormat = QStringLiteral("d MMM yyyy"),
        .page = QStringLiteral("Page %1 of %2"),
        .draft = QStringLiteral("DRAFT"),
        .taxId = QStringLiteral("Tax ID"),
        .email = QStringLiteral("E-mail"),
        .billTo = QStringLiteral("Bill to"),
        .invoiceTitle = QStringLiteral("Invoice"),
        .creditNoteTitle = QStringLiteral("Credit note"),
        .cancels = QStringLiteral("Cancels %1"),
        .number = QStringLiteral("Number"),
        .issueDate = QStringLiteral("Issue date"),
        .dueDate = QStringLiteral("Due date"),
        .paymentTerms = QStringLiteral("Payment terms"),
        .termsDays = QStringLiteral("Net %1 days"),
        .termsOneDay = QStringLiteral("Net 1 day"),
        .termsOnReceipt = QStringLiteral("Due on receipt"),
        .lineNumber = QStringLiteral("#"),
        .description = QStringLiteral("Description"),
        .quantity = QStringLiteral("Quantity"),
        .unitPrice = QStringLiteral("Unit price"),
        .discount = QStringLiteral("Discount"),
        .taxRate = QStringLiteral("Tax rate"),
        .amount = QStringLiteral("Amount"),
        .amountWithTax = QStringLiteral("Amount incl. tax"),
        .pricesIncludeTax = QStringLiteral("Prices include tax."),
        .taxSummary = QStringLiteral("Tax summary"),
        .rate = QStringLiteral("Rate"),
        .taxBase = QStringLiteral("Taxable amount"),
        .tax = QStringLiteral("Tax"),
        .subtotal = QStringLiteral("Subtotal"),
        .taxTotal = QStringLiteral("Tax"),
        .total = QStringLiteral("Total"),
        .paid = QStringLiteral("Paid"),
        .amountDue = QStringLiteral("Amount due"),
        .note = QStringLiteral("Note"),
        .receiptTitle = QStringLiteral("Payment receipt"),
        .receiptNumber = QStringLiteral("Receipt number"),
        .receivedFrom = QStringLiteral("Received from"),
        .paymentDate = QStringLiteral("Payment date"),
        .paymentMethod = QStringLiteral("Method"),
        .paymentReference = QStringLiteral("Reference"),
        .amountReceived = QStringLiteral("Amount received"),
        .allocations = QStringLiteral("Applied to invoices"),
        .invoice = QStringLiteral("Invoice"),
        .amountApplied = QStringLiteral("Amount applied"),
        .unallocated = QStringLiteral("Unallocated credit"),
        .unallocatedExplained = QStringLiteral(
            "The unallocated credit is kept on your account and applied to your next invoices."),
        .receiptThanks = QStringLiteral("Thank you for your payment."),
        .reminderTitle = QStringLiteral("Payment reminder"),
        .letterDate = QStringLiteral("Date"),
        .greeting = QStringLiteral("Dear %1,"),
        .reminderIntro = QStringLiteral("According to our records, the following invoices were "
                                        "past their due date and still unpaid on %1:"),
        .overdueInvoice = QStringLiteral("Invoice"),
        .outstanding = QStringLiteral("Outstanding"),
        .daysOverdue = QStringLiteral("Days overdue"),
        .totalOutstanding = QStringLiteral("Total outstanding"),
        .reminderRequest = QStringLiteral(
            "We would be grateful if you could pay the outstanding amount at your earliest "
            "convenience. If you have already paid, please disregard this letter, and thank you."),
        .reminderQuestions = QStringLiteral("If you have any questions about these invoices, "
                                            "please do not hesitate to contact us."),
        .closing = QStringLiteral("Kind regards,"),
        .emailSubject = QStringLiteral("Payment reminder from %1"),
    };
}

PrintLabels vietnameseLabels()
{
    return PrintLabels {
        .dateFormat = QStringLiteral("dd/MM/yyyy"),
        .page = QStringLiteral("Trang %1/%2"),
        .draft = QStringLiteral("BẢN NHÁP"),
        .taxId = QStringLiteral("Mã số thuế"),
        .email = QStringLiteral("Email"),
        .billTo = QStringLiteral("Khách hàng"),
        .invoiceTitle = QStringLiteral("Hóa đơn"),
        .creditNoteTitle = QStringLiteral("Phiếu ghi có"),
        .cancels = QStringLiteral("Hủy hóa đơn %1"),
        .number = QStringLiteral("Số"),
        .issueDate = QStringLiteral("Ngày lập"),
        .dueDate = QStringLiteral("Hạn thanh toán"),
        .paymentTerms = QStringLiteral("Điều khoản thanh toán"),
        .termsDays = QStringLiteral("Thanh toán trong %1 ngày"),
        .termsOneDay = QStringLiteral("Thanh toán trong 1 ngày"),
        .termsOnReceipt = QStringLiteral("Thanh toán ngay khi nhận"),
        .lineNumber = QStringLiteral("STT"),
        .description = QStringLiteral("Mô tả"),
        .quantity = QStringLiteral("Số lượng"),
        .unitPrice = QStringLiteral("Đơn giá"),
        .discount = QStringLiteral("Chiết khấu"),
        .taxRate = QStringLiteral("Thuế suất"),
        .amount = QStringLiteral("Thành tiền"),
        .amountWithTax = QStringLiteral("Thành tiền (gồm thuế)"),
        .pricesIncludeTax = QStringLiteral("Đơn giá đã bao gồm thuế."),
        .taxSummary = QStringLiteral("Tổng hợp thuế"),
        .rate = QStringLiteral("Thuế suất"),
        .taxBase = QStringLiteral("Giá trị chịu thuế"),
        .tax = QStringLiteral("Tiền thuế"),
        .subtotal = QStringLiteral("Cộng tiền hàng"),
        .taxTotal = QStringLiteral("Tiền thuế"),
        .total = QStringLiteral("Tổng cộng"),
        .paid = QStringLiteral("Đã thanh toán"),
        .amountDue = QStringLiteral("Còn phải trả"),
        .note = QStringLiteral("Ghi chú"),
        .receiptTitle = QStringLiteral("Biên nhận thanh toán"),
        .receiptNumber = QStringLiteral("Số biên nhận"),
        .receivedFrom = QStringLiteral("Đã nhận của"),
        .paymentDate = QStringLiteral("Ngày thanh toán"),
        .paymentMethod = QStringLiteral("Hình thức thanh toán"),
        .paymentReference = QStringLiteral("Mã tham chiếu"),
        .amountReceived = QStringLiteral("Số tiền đã nhận"),
        .allocations = QStringLiteral("Thanh toán cho các hóa đơn"),
        .invoice = QStringLiteral("Hóa đơn"),
        .amountApplied = QStringLiteral("Số tiền"),
        .unallocated = QStringLiteral("Số tiền chưa phân bổ"),
        .unallocatedExplained
        = QStringLiteral("Số tiền chưa phân bổ được giữ trong tài khoản của Quý khách và sẽ được "
                         "trừ vào các hóa đơn tiếp theo."),
        .receiptThanks = QStringLiteral("Cảm ơn Quý khách đã thanh toán."),
        .reminderTitle = QStringLiteral("Thư nhắc thanh toán"),
        .letterDate = QStringLiteral("Ngày"),
        .greeting = QStringLiteral("Kính gửi %1,"),
        .reminderIntro = QStringLiteral("Theo sổ sách của chúng tôi, đến ngày %1 các hóa đơn sau "
                                        "đây đã quá hạn nhưng chưa được thanh toán:"),
        .overdueInvoice = QStringLiteral("Số hóa đơn"),
        .outstanding = QStringLiteral("Còn phải trả"),
        .daysOverdue = QStringLiteral("Số ngày quá hạn"),
        .totalOutstanding = QStringLiteral("Tổng số tiền còn phải trả"),
        .reminderRequest = QStringLiteral(
            "Kính đề nghị Quý khách thanh toán số tiền trên trong thời gian sớm nhất. Nếu Quý "
            "khách đã thanh toán, xin vui lòng bỏ qua thư này và nhận lời cảm ơn của chúng tôi."),
        .reminderQuestions = QStringLiteral(
            "Nếu có thắc mắc về các hóa đơn này, xin Quý khách vui lòng liên hệ với chúng tôi."),
        .closing = QStringLiteral("Trân trọng,"),
        .emailSubject = QStringLiteral("Thư nhắc thanh toán từ %1"),
    };
}

} // namespace

QStringList printLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("vi")};
}

bool isPrintLanguage(const QString &language)
{
    return printLanguages().contains(language);
}

const PrintLabels &labelsFor(const QString &language)
{
    static const PrintLabels english = englishLabels();
    static const PrintLabels vietnamese = vietnameseLabels();
    return language == QLatin1String("vi") ? vietnamese : english;
}

} // namespace coffer::printing
