<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>EntryCommand</name>
    <message>
        <location filename="../ui/undo/entrycommands.cpp" line="23"/>
        <source>income of %1</source>
        <translation>khoản thu %1</translation>
    </message>
    <message>
        <location filename="../ui/undo/entrycommands.cpp" line="24"/>
        <source>expense of %1</source>
        <translation>khoản chi %1</translation>
    </message>
    <message>
        <location filename="../ui/undo/entrycommands.cpp" line="25"/>
        <source>transfer of %1</source>
        <translation>khoản chuyển %1</translation>
    </message>
    <message>
        <location filename="../ui/undo/entrycommands.cpp" line="63"/>
        <source>Record %1</source>
        <translation>Ghi %1</translation>
    </message>
    <message>
        <location filename="../ui/undo/entrycommands.cpp" line="83"/>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <location filename="../ui/undo/entrycommands.cpp" line="102"/>
        <source>Cancel %1</source>
        <translation>Hủy %1</translation>
    </message>
    <message>
        <location filename="../ui/undo/entrycommands.cpp" line="121"/>
        <source>Mark %1 completed</source>
        <translation>Đánh dấu %1 đã hoàn tất</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../ui/entryeditor.cpp" line="98"/>
        <source>Cancel entry</source>
        <translation>Hủy giao dịch</translation>
    </message>
    <message>
        <location filename="../ui/entryeditor.cpp" line="99"/>
        <source>Entry #%1 is settled. Coffer keeps it and records a reversing entry dated today. Go ahead?</source>
        <translation>Giao dịch #%1 đã hoàn tất. Coffer giữ nguyên giao dịch này và ghi một bút toán đảo ngày hôm nay. Tiếp tục?</translation>
    </message>
</context>
<context>
    <name>InvoiceTexts</name>
    <message>
        <location filename="../ui/invoices/invoiceprinting.cpp" line="80"/>
        <source>Print preview — %1</source>
        <translation>Xem trước khi in — %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceprinting.cpp" line="109"/>
        <source>file: %1 could not be written</source>
        <translation>tệp: không ghi được %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceprinting.cpp" line="119"/>
        <source>folder: %1 could not be made</source>
        <translation>thư mục: không tạo được %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceprinting.cpp" line="124"/>
        <source>%1: a draft has no issued PDF yet</source>
        <translation>%1: bản nháp chưa có bản PDF phát hành</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceprinting.cpp" line="140"/>
        <source>No PDF was saved.</source>
        <translation>Không lưu tệp PDF nào.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceprinting.cpp" line="142"/>
        <source>1 PDF saved to %1:</source>
        <translation>Đã lưu 1 tệp PDF vào %1:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceprinting.cpp" line="144"/>
        <source>%1 PDFs saved to %2:</source>
        <translation>Đã lưu %1 tệp PDF vào %2:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceprinting.cpp" line="150"/>
        <source>Skipped:</source>
        <translation>Đã bỏ qua:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetexts.cpp" line="12"/>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetexts.cpp" line="13"/>
        <source>Issued</source>
        <translation>Đã phát hành</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetexts.cpp" line="14"/>
        <source>Partly paid</source>
        <translation>Đã trả một phần</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetexts.cpp" line="15"/>
        <source>Paid</source>
        <translation>Đã trả đủ</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetexts.cpp" line="16"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetexts.cpp" line="17"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetexts.cpp" line="24"/>
        <source>Credit note</source>
        <translation>Phiếu ghi có</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetexts.cpp" line="24"/>
        <source>Invoice</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetexts.cpp" line="29"/>
        <source>Draft %1</source>
        <translation>Bản nháp %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetexts.cpp" line="38"/>
        <source>1 day late</source>
        <translation>quá hạn 1 ngày</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetexts.cpp" line="40"/>
        <source>%1 days late</source>
        <translation>quá hạn %1 ngày</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetexts.cpp" line="42"/>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetexts.cpp" line="44"/>
        <source>due tomorrow</source>
        <translation>đến hạn ngày mai</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetexts.cpp" line="45"/>
        <source>due in %1 days</source>
        <translation>còn %1 ngày đến hạn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetexts.cpp" line="51"/>
        <source>nothing to bill</source>
        <translation>không có gì để lập hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetexts.cpp" line="53"/>
        <source>already billed</source>
        <translation>đã lập hóa đơn</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <location filename="../ui/dialogs/formparts.cpp" line="68"/>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/coffer/main.cpp" line="13"/>
        <source>Coffer</source>
        <translation>Coffer</translation>
    </message>
    <message>
        <location filename="../app/coffer/main.cpp" line="24"/>
        <source>Coffer desktop bookkeeping</source>
        <translation>Coffer — sổ sách kế toán trên máy tính</translation>
    </message>
    <message>
        <location filename="../app/coffer/main.cpp" line="29"/>
        <source>Open this book: a SQLite file or postgresql://USER@HOST:PORT/DB (the password from PGPASSWORD, the keychain or a prompt).</source>
        <translation>Mở sổ này: một tệp SQLite hoặc postgresql://USER@HOST:PORT/DB (mật khẩu lấy từ PGPASSWORD, kho khóa hoặc hỏi người dùng).</translation>
    </message>
    <message>
        <location filename="../app/coffer/main.cpp" line="33"/>
        <source>Work for this merchant.</source>
        <translation>Làm việc cho cửa hàng này.</translation>
    </message>
    <message>
        <location filename="../app/coffer/main.cpp" line="35"/>
        <source>Show Coffer in this language (en, vi).</source>
        <translation>Hiển thị Coffer bằng ngôn ngữ này (en, vi).</translation>
    </message>
    <message>
        <location filename="../app/coffer/main.cpp" line="39"/>
        <source>Sign in as this user with the password in COFFER_PASSWORD (no dialog).</source>
        <translation>Đăng nhập bằng người dùng này với mật khẩu trong COFFER_PASSWORD (không hiện hộp thoại).</translation>
    </message>
    <message>
        <location filename="../app/coffer/main.cpp" line="45"/>
        <source>Look: system, light or dark.</source>
        <translation>Giao diện: system (theo hệ thống), light (sáng) hoặc dark (tối).</translation>
    </message>
    <message>
        <location filename="../app/coffer/main.cpp" line="54"/>
        <source>Coffer does not speak “%1”; choose one of: %2.</source>
        <translation>Coffer không hỗ trợ ngôn ngữ “%1”; hãy chọn một trong: %2.</translation>
    </message>
    <message>
        <location filename="../app/coffer/main.cpp" line="60"/>
        <source>Coffer has no “%1” look; choose one of: %2.</source>
        <translation>Coffer không có giao diện “%1”; hãy chọn một trong: %2.</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="50"/>
        <source>proof: &apos;%1&apos; is larger than %2 MiB</source>
        <translation>chứng từ: &apos;%1&apos; lớn hơn %2 MiB</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="55"/>
        <source>proof: choose a PDF, PNG or JPEG file to attach</source>
        <translation>chứng từ: hãy chọn tệp PDF, PNG hoặc JPEG để đính kèm</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/language.cpp" line="16"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../ui/language.cpp" line="16"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../ui/language.cpp" line="17"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../ui/language.cpp" line="17"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../ui/language.cpp" line="18"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../ui/rolenames.cpp" line="10"/>
        <source>Owner</source>
        <translation>Chủ cửa hàng</translation>
    </message>
    <message>
        <location filename="../ui/rolenames.cpp" line="11"/>
        <source>Bookkeeper</source>
        <translation>Kế toán</translation>
    </message>
    <message>
        <location filename="../ui/rolenames.cpp" line="12"/>
        <source>Finance reviewer</source>
        <translation>Người duyệt tài chính</translation>
    </message>
    <message>
        <location filename="../ui/rolenames.cpp" line="13"/>
        <source>Reconciliation approver</source>
        <translation>Người duyệt đối soát</translation>
    </message>
    <message>
        <location filename="../ui/rolenames.cpp" line="14"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../ui/rolenames.cpp" line="15"/>
        <source>Payee</source>
        <translation>Người nhận tiền</translation>
    </message>
    <message>
        <location filename="../ui/rolenames.cpp" line="16"/>
        <source>Auditor</source>
        <translation>Kiểm toán viên</translation>
    </message>
</context>
<context>
    <name>coffer::ui::AgingStrip</name>
    <message>
        <location filename="../ui/invoices/agingstrip.cpp" line="45"/>
        <source>Not yet due</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/agingstrip.cpp" line="46"/>
        <source>1–30 days late</source>
        <translation>Quá hạn 1–30 ngày</translation>
    </message>
    <message>
        <location filename="../ui/invoices/agingstrip.cpp" line="47"/>
        <source>31–60 days late</source>
        <translation>Quá hạn 31–60 ngày</translation>
    </message>
    <message>
        <location filename="../ui/invoices/agingstrip.cpp" line="48"/>
        <source>61–90 days late</source>
        <translation>Quá hạn 61–90 ngày</translation>
    </message>
    <message>
        <location filename="../ui/invoices/agingstrip.cpp" line="49"/>
        <source>Over 90 days late</source>
        <translation>Quá hạn trên 90 ngày</translation>
    </message>
    <message>
        <location filename="../ui/invoices/agingstrip.cpp" line="52"/>
        <source>Outstanding</source>
        <translation>Còn nợ</translation>
    </message>
    <message>
        <location filename="../ui/invoices/agingstrip.cpp" line="102"/>
        <source>too large to sum (%1)</source>
        <translation>quá lớn để cộng (%1)</translation>
    </message>
</context>
<context>
    <name>coffer::ui::AllocationModel</name>
    <message>
        <location filename="../ui/invoices/allocationmodel.cpp" line="153"/>
        <source>Invoice</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/allocationmodel.cpp" line="154"/>
        <source>Issued</source>
        <translation>Ngày phát hành</translation>
    </message>
    <message>
        <location filename="../ui/invoices/allocationmodel.cpp" line="155"/>
        <source>Due</source>
        <translation>Hạn thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/invoices/allocationmodel.cpp" line="156"/>
        <source>Outstanding</source>
        <translation>Còn nợ</translation>
    </message>
    <message>
        <location filename="../ui/invoices/allocationmodel.cpp" line="157"/>
        <source>This payment</source>
        <translation>Lần thanh toán này</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ApproveDialog</name>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="100"/>
        <source>Approve payout</source>
        <translation>Duyệt chi trả</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="104"/>
        <source>6 or 8 digits from your authenticator</source>
        <translation>6 hoặc 8 chữ số từ ứng dụng xác thực</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="107"/>
        <source>One-time &amp;code</source>
        <translation>&amp;Mã một lần</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="108"/>
        <source>Approving holds you to this amount, method and fee policy; a change voids the approval.</source>
        <translation>Khi duyệt, bạn xác nhận số tiền, phương thức và chính sách phí này; nếu có thay đổi, phê duyệt sẽ mất hiệu lực.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::AuditPage</name>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="62"/>
        <source>(nothing)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="79"/>
        <source>created: %1 %2</source>
        <translation>tạo mới: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="81"/>
        <source>created</source>
        <translation>tạo mới</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="81"/>
        <source>created: %1</source>
        <translation>tạo mới: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="89"/>
        <source>no field changed</source>
        <translation>không trường nào thay đổi</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="100"/>
        <source>Show &amp;older</source>
        <translation>Xem cũ &amp;hơn</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="105"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="105"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="105"/>
        <location filename="../ui/pages/auditpage.cpp" line="134"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="105"/>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="105"/>
        <source>Object</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="105"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="108"/>
        <source>Any user</source>
        <translation>Mọi người dùng</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="111"/>
        <source>Every change</source>
        <translation>Mọi thay đổi</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="112"/>
        <source>Entries</source>
        <translation>Bút toán</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="113"/>
        <source>Wallets</source>
        <translation>Ví</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="114"/>
        <source>Categories</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="115"/>
        <source>Users and sign-in</source>
        <translation>Người dùng và đăng nhập</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="116"/>
        <source>Merchants</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="118"/>
        <source>Any time</source>
        <translation>Mọi lúc</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="119"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="120"/>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="121"/>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="122"/>
        <source>Last 365 days</source>
        <translation>365 ngày qua</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="125"/>
        <source>Select a record to see the object before and after.</source>
        <translation>Chọn một bản ghi để xem đối tượng trước và sau thay đổi.</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="130"/>
        <source>&amp;Verify trail</source>
        <translation>Kiểm t&amp;ra nhật ký</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="131"/>
        <source>Save &amp;head hash…</source>
        <translation>Lưu &amp;mã băm đầu…</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="132"/>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="136"/>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="138"/>
        <source>Period</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="184"/>
        <source>by %1</source>
        <translation>bởi %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="242"/>
        <source>Record %1 · %2 UTC · %3 · %4
Hash %5

Before:
%6
After:
%7</source>
        <translation>Bản ghi %1 · %2 UTC · %3 · %4
Mã băm %5

Trước:
%6
Sau:
%7</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="251"/>
        <source>Audit trail — %1</source>
        <translation>Nhật ký kiểm toán — %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="253"/>
        <source>Audit records</source>
        <translation>Bản ghi kiểm toán</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="289"/>
        <source>Export the audit trail</source>
        <translation>Xuất nhật ký kiểm toán</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="289"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="291"/>
        <location filename="../ui/pages/auditpage.cpp" line="344"/>
        <source>Coffer</source>
        <translation>Coffer</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="291"/>
        <location filename="../ui/pages/auditpage.cpp" line="344"/>
        <source>Coffer could not write %1.</source>
        <translation>Coffer không ghi được %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="309"/>
        <source>The trail is broken at record %1: %2</source>
        <translation>Nhật ký bị hỏng tại bản ghi %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/auditpage.cpp" line="312"/>
        <source>The trail is intact: %n records. Head hash %1</source>
        <translation>
            <numerusform>Nhật ký nguyên vẹn: %n bản ghi. Mã băm đầu %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="320"/>
        <location filename="../ui/pages/auditpage.cpp" line="322"/>
        <location filename="../ui/pages/auditpage.h" line="26"/>
        <source>Audit trail</source>
        <translation>Nhật ký kiểm toán</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="331"/>
        <source>Keep the head hash outside the book</source>
        <translation>Giữ mã băm đầu bên ngoài sổ</translation>
    </message>
    <message>
        <location filename="../ui/pages/auditpage.cpp" line="333"/>
        <source>Text files (*.txt)</source>
        <translation>Tệp văn bản (*.txt)</translation>
    </message>
</context>
<context>
    <name>coffer::ui::BatchDialog</name>
    <message>
        <location filename="../ui/payouts/batchdialog.cpp" line="26"/>
        <source>Approve payouts</source>
        <translation>Duyệt các khoản chi trả</translation>
    </message>
    <message>
        <location filename="../ui/payouts/batchdialog.cpp" line="26"/>
        <source>Process payouts</source>
        <translation>Chuyển đi các khoản chi trả</translation>
    </message>
    <message>
        <location filename="../ui/payouts/batchdialog.cpp" line="44"/>
        <source>1 payout</source>
        <translation>1 khoản chi trả</translation>
    </message>
    <message>
        <location filename="../ui/payouts/batchdialog.cpp" line="44"/>
        <source>%1 payouts</source>
        <translation>%1 khoản chi trả</translation>
    </message>
    <message>
        <location filename="../ui/payouts/batchdialog.cpp" line="55"/>
        <source>&amp;Approve all</source>
        <translation>&amp;Duyệt tất cả</translation>
    </message>
    <message>
        <location filename="../ui/payouts/batchdialog.cpp" line="55"/>
        <source>&amp;Process all</source>
        <translation>&amp;Chuyển đi tất cả</translation>
    </message>
    <message>
        <location filename="../ui/payouts/batchdialog.cpp" line="64"/>
        <source>6 or 8 digits</source>
        <translation>6 hoặc 8 chữ số</translation>
    </message>
    <message>
        <location filename="../ui/payouts/batchdialog.cpp" line="66"/>
        <source>Your one-time &amp;code for the batch</source>
        <translation>&amp;Mã một lần của bạn cho cả đợt</translation>
    </message>
    <message>
        <location filename="../ui/payouts/batchdialog.cpp" line="109"/>
        <source>✓ %1 · %2</source>
        <translation>✓ %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/payouts/batchdialog.cpp" line="110"/>
        <source>✗ %1 · %2</source>
        <translation>✗ %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/payouts/batchdialog.cpp" line="117"/>
        <source>%1 of %2 approved.</source>
        <translation>Đã duyệt %1 trên %2.</translation>
    </message>
    <message>
        <location filename="../ui/payouts/batchdialog.cpp" line="118"/>
        <source>%1 of %2 processed.</source>
        <translation>Đã chuyển đi %1 trên %2.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::BillingJobsDialog</name>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="56"/>
        <source>✓ %1 — issued %2</source>
        <translation>✓ %1 — đã phát hành %2</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="58"/>
        <source>%1 — already billed (%2)</source>
        <translation>%1 — đã lập hóa đơn (%2)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="60"/>
        <source>%1 — nothing to bill</source>
        <translation>%1 — không có gì để lập hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="61"/>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="73"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="74"/>
        <source>%1, ledger line %2: %3</source>
        <translation>%1, dòng sổ chi tiết %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="75"/>
        <source>%1 — recorded %2, the ledger gives %3</source>
        <translation>%1 — đã ghi %2, theo sổ chi tiết là %3</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="84"/>
        <source>Coffer reminders</source>
        <translation>Thư nhắc Coffer</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="92"/>
        <source>Billing jobs</source>
        <translation>Tác vụ lập hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="131"/>
        <source>Monthly billing</source>
        <translation>Lập hóa đơn hằng tháng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="143"/>
        <source>&amp;Run monthly billing</source>
        <translation>&amp;Lập hóa đơn hằng tháng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="145"/>
        <source>One invoice per customer billed monthly, of the month&apos;s uninvoiced entries, issued. A month billed already gets nothing new.</source>
        <translation>Mỗi khách hàng được lập hóa đơn hằng tháng sẽ nhận một hóa đơn đã phát hành cho các giao dịch chưa lập hóa đơn trong tháng. Tháng đã lập hóa đơn rồi sẽ không có thêm gì mới.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="151"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="165"/>
        <source>Overdue reminders</source>
        <translation>Thư nhắc quá hạn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="174"/>
        <source>Bro&amp;wse…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="175"/>
        <source>Run &amp;reminders</source>
        <translation>&amp;Tạo thư nhắc</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="176"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="181"/>
        <source>Issued invoices due before the day become overdue; each customer with newly overdue invoices gets a reminder letter (PDF) and an e-mail draft to send.</source>
        <translation>Hóa đơn đã phát hành có hạn thanh toán trước ngày này sẽ chuyển sang quá hạn; mỗi khách hàng có hóa đơn mới quá hạn sẽ có một thư nhắc (PDF) và một bản nháp e-mail để gửi.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="187"/>
        <source>As of</source>
        <translation>Tính đến</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="192"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="209"/>
        <source>Reconcile balances</source>
        <translation>Đối soát số dư</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="214"/>
        <source>Re&amp;concile</source>
        <translation>Đối &amp;soát</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="216"/>
        <source>Derives every customer&apos;s balance from their ledger again and lists what differs. Changes nothing.</source>
        <translation>Tính lại số dư của từng khách hàng từ sổ chi tiết và liệt kê những chỗ chênh lệch. Không thay đổi gì.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="260"/>
        <source>No customer is billed monthly.</source>
        <translation>Không có khách hàng nào được lập hóa đơn hằng tháng.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="262"/>
        <source>Nothing new for %1: no invoice issued.</source>
        <translation>Không có gì mới cho %1: không phát hành hóa đơn nào.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="265"/>
        <source>1 invoice issued for %1.</source>
        <translation>Đã phát hành 1 hóa đơn cho %1.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="266"/>
        <source>%1 invoices issued for %2.</source>
        <translation>Đã phát hành %1 hóa đơn cho %2.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="276"/>
        <source>folder: choose where the reminders go</source>
        <translation>thư mục: hãy chọn nơi lưu thư nhắc</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="314"/>
        <source>Nothing new is overdue as of %1.</source>
        <translation>Tính đến %1, không có hóa đơn nào mới quá hạn.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="317"/>
        <source>As of %1: %2 overdue (%3); %4 written.</source>
        <translation>Tính đến %1: %2 quá hạn (%3); đã ghi %4.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="319"/>
        <source>1 invoice became</source>
        <translation>1 hóa đơn chuyển sang</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="319"/>
        <source>%1 invoices became</source>
        <translation>%1 hóa đơn chuyển sang</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="320"/>
        <source>1 customer</source>
        <translation>1 khách hàng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="321"/>
        <source>%1 customers</source>
        <translation>%1 khách hàng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="322"/>
        <source>1 file</source>
        <translation>1 tệp</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="322"/>
        <source>%1 files</source>
        <translation>%1 tệp</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="338"/>
        <source>Every balance follows from its ledger.</source>
        <translation>Mọi số dư đều khớp với sổ chi tiết.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="340"/>
        <source>1 figure differs from what the ledger gives.</source>
        <translation>1 số liệu khác với sổ chi tiết.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="341"/>
        <source>%1 figures differ from what the ledger gives.</source>
        <translation>%1 số liệu khác với sổ chi tiết.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/billingjobsdialog.cpp" line="348"/>
        <source>Folder for reminders</source>
        <translation>Thư mục lưu thư nhắc</translation>
    </message>
</context>
<context>
    <name>coffer::ui::BookSession</name>
    <message>
        <location filename="../ui/books/booksession.cpp" line="24"/>
        <source>Coffer books (*.coffer);;All files (*)</source>
        <translation>Sổ Coffer (*.coffer);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../ui/books/booksession.cpp" line="73"/>
        <source>Coffer</source>
        <translation>Coffer</translation>
    </message>
    <message>
        <location filename="../ui/books/booksession.cpp" line="95"/>
        <source>%1 has nothing to see in %2: an administrator can give them a role there.</source>
        <translation>%1 không có gì để xem trong %2: quản trị viên có thể cấp cho họ một vai trò ở đó.</translation>
    </message>
    <message>
        <location filename="../ui/books/booksession.cpp" line="185"/>
        <source>New shared book</source>
        <translation>Sổ dùng chung mới</translation>
    </message>
    <message>
        <location filename="../ui/books/booksession.cpp" line="186"/>
        <source>%1 holds no Coffer book yet. Create one there?</source>
        <translation>%1 chưa có sổ Coffer. Tạo sổ ở đó?</translation>
    </message>
    <message>
        <location filename="../ui/books/booksession.cpp" line="195"/>
        <source>Coffer could not open %1: %2</source>
        <translation>Coffer không mở được %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/books/booksession.cpp" line="246"/>
        <source>The demo book&apos;s users sign in with the password %1.</source>
        <translation>Người dùng của sổ mẫu đăng nhập bằng mật khẩu %1.</translation>
    </message>
    <message>
        <location filename="../ui/books/booksession.cpp" line="265"/>
        <source>%1 has no role in any merchant of this book. An administrator can give them one.</source>
        <translation>%1 không có vai trò ở cửa hàng nào trong sổ này. Quản trị viên có thể cấp vai trò.</translation>
    </message>
    <message>
        <location filename="../ui/books/booksession.cpp" line="318"/>
        <source>%1 exists already: open it, or choose a new name.</source>
        <translation>%1 đã tồn tại: hãy mở nó, hoặc chọn tên mới.</translation>
    </message>
    <message>
        <location filename="../ui/books/booksession.cpp" line="323"/>
        <source>Coffer could not create %1: %2</source>
        <translation>Coffer không tạo được %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/books/booksession.cpp" line="341"/>
        <source>New book</source>
        <translation>Sổ mới</translation>
    </message>
    <message>
        <location filename="../ui/books/booksession.cpp" line="352"/>
        <source>Open book</source>
        <translation>Mở sổ</translation>
    </message>
    <message>
        <location filename="../ui/books/booksession.cpp" line="383"/>
        <source>Writing three years of café history…</source>
        <translation>Đang ghi ba năm lịch sử của quán…</translation>
    </message>
    <message>
        <location filename="../ui/books/booksession.cpp" line="394"/>
        <source>Coffer could not make the demo book: %1</source>
        <translation>Coffer không tạo được sổ mẫu: %1</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CancelInvoiceDialog</name>
    <message>
        <location filename="../ui/invoices/cancelinvoicedialog.cpp" line="18"/>
        <source>Cancel with a credit note</source>
        <translation>Hủy bằng phiếu ghi có</translation>
    </message>
    <message>
        <location filename="../ui/invoices/cancelinvoicedialog.cpp" line="19"/>
        <source>%1 will be cancelled by a credit note of its own number for its whole total. What was paid on it becomes the customer&apos;s credit. An issued invoice is never changed or deleted.</source>
        <translation>%1 sẽ được hủy bằng một phiếu ghi có mang số riêng, cho toàn bộ tổng tiền của hóa đơn. Số tiền đã trả cho hóa đơn này trở thành số dư có của khách hàng. Hóa đơn đã phát hành không bao giờ bị sửa hay xóa.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/cancelinvoicedialog.cpp" line="26"/>
        <source>Printed on the credit note</source>
        <translation>In trên phiếu ghi có</translation>
    </message>
    <message>
        <location filename="../ui/invoices/cancelinvoicedialog.cpp" line="28"/>
        <source>&amp;Reason</source>
        <translation>&amp;Lý do</translation>
    </message>
    <message>
        <location filename="../ui/invoices/cancelinvoicedialog.cpp" line="31"/>
        <source>&amp;Issue credit note</source>
        <translation>&amp;Phát hành phiếu ghi có</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CategoriesPage</name>
    <message>
        <location filename="../ui/pages/categoriespage.cpp" line="32"/>
        <source>&amp;New category…</source>
        <translation>Danh mục &amp;mới…</translation>
    </message>
    <message>
        <location filename="../ui/pages/categoriespage.cpp" line="33"/>
        <source>Re&amp;name…</source>
        <translation>Đổi &amp;tên…</translation>
    </message>
    <message>
        <location filename="../ui/pages/categoriespage.cpp" line="34"/>
        <source>&amp;Move…</source>
        <translation>&amp;Chuyển…</translation>
    </message>
    <message>
        <location filename="../ui/pages/categoriespage.cpp" line="35"/>
        <source>&amp;Archive</source>
        <translation>&amp;Lưu trữ</translation>
    </message>
    <message>
        <location filename="../ui/pages/categoriespage.cpp" line="36"/>
        <source>Re&amp;store</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../ui/pages/categoriespage.cpp" line="37"/>
        <source>Show archived</source>
        <translation>Hiện mục đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../ui/pages/categoriespage.cpp" line="44"/>
        <source>Drag one of your own categories onto another to move it. Fixed categories belong to every book and stay as they are.</source>
        <translation>Kéo một danh mục của bạn thả vào danh mục khác để chuyển nó. Danh mục cố định có trong mọi sổ và giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../ui/pages/categoriespage.cpp" line="97"/>
        <source>Categories — %1</source>
        <translation>Danh mục — %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/categoriespage.cpp" line="98"/>
        <source>Active and archived categories</source>
        <translation>Danh mục đang dùng và đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../ui/pages/categoriespage.cpp" line="99"/>
        <source>Active categories</source>
        <translation>Danh mục đang dùng</translation>
    </message>
    <message>
        <location filename="../ui/pages/categoriespage.cpp" line="100"/>
        <location filename="../ui/pages/categoriespage.h" line="23"/>
        <source>Categories</source>
        <translation>Danh mục</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CategoryDialog</name>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="27"/>
        <source>New category</source>
        <translation>Danh mục mới</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="28"/>
        <source>Rename “%1”</source>
        <translation>Đổi tên “%1”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="29"/>
        <source>Move “%1”</source>
        <translation>Chuyển “%1”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="38"/>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="39"/>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="40"/>
        <source>Name in &amp;Vietnamese</source>
        <translation>Tên &amp;tiếng Việt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="47"/>
        <source>Income</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="48"/>
        <source>Expense</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="50"/>
        <source>&amp;Type</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="56"/>
        <source>&amp;Under</source>
        <translation>&amp;Thuộc</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="74"/>
        <source>(top level)</source>
        <translation>(cấp cao nhất)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="111"/>
        <source>Enter a name.</source>
        <translation>Hãy nhập tên.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="112"/>
        <source>A name has at most 100 characters.</source>
        <translation>Tên dài tối đa 100 ký tự.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="113"/>
        <source>A name cannot hold tabs, line breaks or control characters.</source>
        <translation>Tên không được chứa tab, xuống dòng hay ký tự điều khiển.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="119"/>
        <source>Choose where to move it.</source>
        <translation>Hãy chọn nơi chuyển đến.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="168"/>
        <source>Another category of this type already has this name.</source>
        <translation>Đã có danh mục cùng loại mang tên này.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/categorydialog.cpp" line="171"/>
        <source>A category cannot go under one of its own subcategories.</source>
        <translation>Không thể đặt danh mục vào dưới danh mục con của chính nó.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CategoryTreeModel</name>
    <message>
        <location filename="../ui/models/categorytreemodel.cpp" line="129"/>
        <source>Income</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../ui/models/categorytreemodel.cpp" line="129"/>
        <source>Expenses</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../ui/models/categorytreemodel.cpp" line="140"/>
        <source>Fixed</source>
        <translation>Cố định</translation>
    </message>
    <message>
        <location filename="../ui/models/categorytreemodel.cpp" line="140"/>
        <source>Own</source>
        <translation>Riêng</translation>
    </message>
    <message>
        <location filename="../ui/models/categorytreemodel.cpp" line="141"/>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../ui/models/categorytreemodel.cpp" line="141"/>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../ui/models/categorytreemodel.cpp" line="146"/>
        <source>A fixed category (%1): every book has it; it cannot be renamed, moved or archived.</source>
        <translation>Danh mục cố định (%1): sổ nào cũng có; không thể đổi tên, chuyển hay lưu trữ.</translation>
    </message>
    <message>
        <location filename="../ui/models/categorytreemodel.cpp" line="161"/>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../ui/models/categorytreemodel.cpp" line="162"/>
        <source>Kind</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <location filename="../ui/models/categorytreemodel.cpp" line="163"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="22"/>
        <source>Connect to a server</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="32"/>
        <source>Remember the password in the system keychain</source>
        <translation>Ghi nhớ mật khẩu trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="43"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Thử kết nối</translation>
    </message>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="47"/>
        <source>&amp;Host</source>
        <translation>&amp;Máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="48"/>
        <source>&amp;Port</source>
        <translation>&amp;Cổng</translation>
    </message>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="49"/>
        <source>&amp;Database</source>
        <translation>&amp;Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="50"/>
        <source>&amp;User</source>
        <translation>&amp;Người dùng</translation>
    </message>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="51"/>
        <source>Pass&amp;word</source>
        <translation>Mật &amp;khẩu</translation>
    </message>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="57"/>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="70"/>
        <source>The system keychain did not answer (%1); type the password.</source>
        <translation>Kho khóa của hệ thống không trả lời (%1); hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="77"/>
        <source>Password taken from the system keychain.</source>
        <translation>Đã lấy mật khẩu từ kho khóa của hệ thống.</translation>
    </message>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="100"/>
        <location filename="../ui/books/connectiondialog.cpp" line="136"/>
        <source>Could not connect: %1</source>
        <translation>Không kết nối được: %1</translation>
    </message>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="112"/>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Hãy nhập tên hoặc địa chỉ máy chủ.</translation>
    </message>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="114"/>
        <source>Enter the database name.</source>
        <translation>Hãy nhập tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="116"/>
        <source>Enter the user name.</source>
        <translation>Hãy nhập tên người dùng.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/books/connectiondialog.cpp" line="131"/>
        <source>Connected: a Coffer book with %n merchant(s).</source>
        <translation>
            <numerusform>Đã kết nối: sổ Coffer có %n người bán.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="133"/>
        <source>Connected. This database holds no Coffer book yet; Connect creates one.</source>
        <translation>Đã kết nối. Cơ sở dữ liệu này chưa có sổ Coffer; bấm Kết nối để tạo.</translation>
    </message>
    <message>
        <location filename="../ui/books/connectiondialog.cpp" line="153"/>
        <source>The password could not be kept in the system keychain (%1). Untick the box to connect without keeping it.</source>
        <translation>Không lưu được mật khẩu vào kho khóa của hệ thống (%1). Bỏ chọn ô để kết nối mà không lưu.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CustomerDetailView</name>
    <message>
        <location filename="../ui/invoices/customerdetailview.cpp" line="55"/>
        <location filename="../ui/invoices/customerdetailview.cpp" line="139"/>
        <location filename="../ui/invoices/customerdetailview.cpp" line="152"/>
        <source>Ledger</source>
        <translation>Sổ chi tiết</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdetailview.cpp" line="56"/>
        <location filename="../ui/invoices/customerdetailview.cpp" line="140"/>
        <source>Open invoices</source>
        <translation>Hóa đơn chưa thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdetailview.cpp" line="66"/>
        <source>Select invoices to register a payment for them.</source>
        <translation>Chọn hóa đơn để ghi nhận thanh toán cho chúng.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdetailview.cpp" line="114"/>
        <source>Tax ID: %1</source>
        <translation>Mã số thuế: %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdetailview.cpp" line="119"/>
        <source>Billed monthly</source>
        <translation>Lập hóa đơn hằng tháng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdetailview.cpp" line="120"/>
        <source>Prices %1</source>
        <translation>Giá %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdetailview.cpp" line="121"/>
        <source>Tax rounded %1</source>
        <translation>Làm tròn thuế %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdetailview.cpp" line="123"/>
        <source>Tax rate %1 %</source>
        <translation>Thuế suất %1 %</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdetailview.cpp" line="134"/>
        <source>No customer selected.</source>
        <translation>Chưa chọn khách hàng nào.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdetailview.cpp" line="146"/>
        <source>Owes %1</source>
        <translation>Còn nợ %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdetailview.cpp" line="147"/>
        <source>Unallocated credit: %1</source>
        <translation>Số dư có chưa phân bổ: %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdetailview.cpp" line="151"/>
        <source>Ledger (the newest %1 lines)</source>
        <translation>Sổ chi tiết (%1 dòng mới nhất)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdetailview.cpp" line="154"/>
        <source>Open invoices: none</source>
        <translation>Hóa đơn chưa thanh toán: không có</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdetailview.cpp" line="155"/>
        <source>Open invoices (%1)</source>
        <translation>Hóa đơn chưa thanh toán (%1)</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CustomerDialog</name>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="71"/>
        <source>Edit customer</source>
        <translation>Sửa khách hàng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="71"/>
        <source>New customer</source>
        <translation>Khách hàng mới</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="75"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="77"/>
        <source>Billing</source>
        <translation>Lập hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="97"/>
        <source>billing@example.com</source>
        <translation>ketoan@example.com</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="99"/>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="111"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="112"/>
        <source>Due on receipt</source>
        <translation>Trả ngay khi nhận</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="143"/>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="145"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="147"/>
        <source>&amp;Tax ID</source>
        <translation>&amp;Mã số thuế</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="149"/>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="155"/>
        <source>C&amp;urrency</source>
        <translation>Tiề&amp;n tệ</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="157"/>
        <source>Payment &amp;terms</source>
        <translation>Điều &amp;khoản thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="159"/>
        <source>Billing &amp;cycle</source>
        <translation>&amp;Chu kỳ lập hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="160"/>
        <source>&amp;Prices</source>
        <translation>&amp;Giá</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="161"/>
        <source>Tax r&amp;ounding</source>
        <translation>&amp;Làm tròn thuế</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="162"/>
        <source>Default tax &amp;rate</source>
        <translation>Thuế &amp;suất mặc định</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="164"/>
        <source>Tax rate on billed co&amp;sts</source>
        <translation>Thuế suất cho chi &amp;phí lập hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="167"/>
        <source>The rate for lines typed on an invoice, and for the ledger entries an invoice bills.</source>
        <translation>Lần lượt là thuế suất cho các dòng nhập trên hóa đơn và cho các giao dịch trong sổ chi tiết được lập hóa đơn.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerdialog.cpp" line="184"/>
        <source>A customer&apos;s account stays in the currency it was opened in.</source>
        <translation>Tài khoản của khách hàng giữ nguyên loại tiền tệ đã dùng khi mở.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CustomerLedgerModel</name>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="178"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="179"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="180"/>
        <source>Description</source>
        <translation>Diễn giải</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="181"/>
        <source>Reference</source>
        <translation>Mã tham chiếu</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="182"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="183"/>
        <source>Balance</source>
        <translation>Số dư</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CustomerTableModel</name>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="100"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="101"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="102"/>
        <source>Terms</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="103"/>
        <source>Cycle</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="104"/>
        <source>Prices</source>
        <translation>Giá</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="105"/>
        <source>Balance</source>
        <translation>Số dư</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CustomerTexts</name>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="10"/>
        <source>Due on receipt</source>
        <translation>Trả ngay khi nhận</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="12"/>
        <source>Net 1 day</source>
        <translation>Trả trong 1 ngày</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="13"/>
        <source>Net %1 days</source>
        <translation>Trả trong %1 ngày</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="19"/>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="20"/>
        <source>Monthly</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="28"/>
        <source>Exclusive of tax</source>
        <translation>Chưa gồm thuế</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="29"/>
        <source>Inclusive of tax</source>
        <translation>Đã gồm thuế</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="37"/>
        <source>Per line</source>
        <translation>Theo từng dòng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="38"/>
        <source>Per invoice</source>
        <translation>Theo cả hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="46"/>
        <source>Invoice</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="47"/>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="48"/>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="49"/>
        <source>Adjustment</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="50"/>
        <source>Credit note</source>
        <translation>Phiếu ghi có</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="58"/>
        <source>Credit %1</source>
        <translation>Dư có %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="72"/>
        <source>Payment #%1</source>
        <translation>Thanh toán #%1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customertexts.cpp" line="74"/>
        <source>Entry #%1</source>
        <translation>Giao dịch #%1</translation>
    </message>
</context>
<context>
    <name>coffer::ui::CustomersPage</name>
    <message>
        <location filename="../ui/invoices/customerspage.cpp" line="49"/>
        <source>Search customers</source>
        <translation>Tìm khách hàng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerspage.cpp" line="84"/>
        <source>&amp;New customer…</source>
        <translation>Khách hàng mớ&amp;i…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerspage.cpp" line="85"/>
        <source>E&amp;dit customer…</source>
        <translation>Sử&amp;a khách hàng…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerspage.cpp" line="86"/>
        <source>Register pa&amp;yment…</source>
        <translation>Ghi nhận thanh t&amp;oán…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerspage.cpp" line="87"/>
        <source>Save &amp;receipt…</source>
        <translation>Lưu &amp;biên nhận…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerspage.cpp" line="90"/>
        <source>&amp;Search</source>
        <translation>Tì&amp;m</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerspage.cpp" line="190"/>
        <source>Saves the receipt of the selected payment as PDF.</source>
        <translation>Lưu biên nhận của khoản thanh toán đang chọn thành tệp PDF.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerspage.cpp" line="191"/>
        <source>Select a payment in the ledger to save its receipt.</source>
        <translation>Chọn một khoản thanh toán trong sổ chi tiết để lưu biên nhận.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerspage.cpp" line="206"/>
        <source>file: %1 cannot be written: %2</source>
        <translation>tệp: không ghi được %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerspage.cpp" line="219"/>
        <source>Receipt %1.pdf</source>
        <translation>Biên nhận %1.pdf</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerspage.cpp" line="220"/>
        <source>Save receipt as PDF</source>
        <translation>Lưu biên nhận thành PDF</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerspage.cpp" line="221"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerspage.cpp" line="257"/>
        <source>Customers — %1</source>
        <translation>Khách hàng — %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerspage.cpp" line="257"/>
        <location filename="../ui/invoices/customerspage.h" line="29"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerspage.cpp" line="259"/>
        <source>Ledger of %1</source>
        <translation>Sổ chi tiết của %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customerspage.cpp" line="260"/>
        <source>Open invoices of %1</source>
        <translation>Hóa đơn chưa thanh toán của %1</translation>
    </message>
</context>
<context>
    <name>coffer::ui::DashboardPage</name>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="56"/>
        <source>billion %1</source>
        <translation>tỷ %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="57"/>
        <source>million %1</source>
        <translation>triệu %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="58"/>
        <source>thousand %1</source>
        <translation>nghìn %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="155"/>
        <source>Last 12 months</source>
        <translation>12 tháng qua</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="156"/>
        <source>Last 6 months</source>
        <translation>6 tháng qua</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="157"/>
        <source>Last 24 months</source>
        <translation>24 tháng qua</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="158"/>
        <source>Last 36 months</source>
        <translation>36 tháng qua</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="226"/>
        <source>Balance today</source>
        <translation>Số dư hôm nay</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="227"/>
        <location filename="../ui/pages/dashboardpage.cpp" line="242"/>
        <source>Income</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="228"/>
        <location filename="../ui/pages/dashboardpage.cpp" line="243"/>
        <source>Expenses</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="229"/>
        <source>Net result</source>
        <translation>Kết quả ròng</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="240"/>
        <source>Income and expenses per month</source>
        <translation>Thu và chi theo tháng</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="282"/>
        <source>%1 to %2</source>
        <translation>%1 đến %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="296"/>
        <source>%1: %2 — click to see the entries</source>
        <translation>%1: %2 — bấm để xem các giao dịch</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="306"/>
        <source>Expenses by category</source>
        <translation>Chi theo danh mục</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="311"/>
        <source>Other categories</source>
        <translation>Danh mục khác</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="322"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/dashboardpage.cpp" line="330"/>
        <source>%1: %2 in %n entries</source>
        <translation>
            <numerusform>%1: %2 trong %n giao dịch</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="343"/>
        <source>Expenses by category: nothing spent in these months</source>
        <translation>Chi theo danh mục: không có khoản chi trong các tháng này</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="349"/>
        <source>Balance at the end of each month</source>
        <translation>Số dư cuối mỗi tháng</translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.h" line="25"/>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
</context>
<context>
    <name>coffer::ui::EntryDialog</name>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="22"/>
        <source>Enter an amount.</source>
        <translation>Hãy nhập số tiền.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="29"/>
        <source>%1 has no decimals: write a whole amount.</source>
        <translation>%1 không có phần thập phân: hãy nhập số nguyên.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="30"/>
        <source>%1 allows at most %2 decimal places.</source>
        <translation>%1 chỉ cho phép tối đa %2 chữ số thập phân.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="33"/>
        <source>The amount is too large.</source>
        <translation>Số tiền quá lớn.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="34"/>
        <source>“%1” is not an amount.</source>
        <translation>“%1” không phải là số tiền.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="38"/>
        <source>The amount must be greater than zero.</source>
        <translation>Số tiền phải lớn hơn không.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="51"/>
        <source>New income</source>
        <translation>Khoản thu mới</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="51"/>
        <source>New expense</source>
        <translation>Khoản chi mới</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="79"/>
        <source>Not settled yet (pending)</source>
        <translation>Chưa hoàn tất (đang chờ)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="83"/>
        <source>&amp;Wallet</source>
        <translation>&amp;Ví</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="84"/>
        <source>&amp;Amount</source>
        <translation>&amp;Số tiền</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="87"/>
        <source>&amp;Category</source>
        <translation>&amp;Danh mục</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="88"/>
        <source>&amp;Date</source>
        <translation>N&amp;gày</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="90"/>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="113"/>
        <source>Edit income #%1</source>
        <translation>Sửa khoản thu #%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="114"/>
        <source>Edit expense #%1</source>
        <translation>Sửa khoản chi #%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="176"/>
        <source>Add an active wallet first.</source>
        <translation>Hãy thêm một ví đang hoạt động trước.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="178"/>
        <source>The wallet “%1” is archived: restore it before changing this entry.</source>
        <translation>Ví “%1” đã lưu trữ: hãy khôi phục ví trước khi sửa giao dịch này.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="185"/>
        <source>The note is too long.</source>
        <translation>Ghi chú quá dài.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="186"/>
        <source>The note holds a control character.</source>
        <translation>Ghi chú chứa ký tự điều khiển.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ExecuteDialog</name>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="114"/>
        <source>Record execution</source>
        <translation>Ghi nhận thực hiện</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="123"/>
        <source>The bank&apos;s or provider&apos;s reference</source>
        <translation>Mã tham chiếu của ngân hàng hoặc nhà cung cấp</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="126"/>
        <source>PDF, PNG or JPEG, up to 10 MiB</source>
        <translation>PDF, PNG hoặc JPEG, tối đa 10 MiB</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="129"/>
        <source>Required when the amount sent differs from %1</source>
        <translation>Bắt buộc khi số tiền đã gửi khác %1</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="132"/>
        <source>Default bank wallet</source>
        <translation>Ví ngân hàng mặc định</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="137"/>
        <source>&amp;Browse…</source>
        <translation>Chọn &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="141"/>
        <source>&amp;Reference</source>
        <translation>&amp;Mã tham chiếu</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="142"/>
        <source>Amount &amp;sent (%1)</source>
        <translation>Số tiền đã &amp;gửi (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="143"/>
        <source>Paid &amp;from</source>
        <translation>Chi từ &amp;ví</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="144"/>
        <source>&amp;Proof of payment</source>
        <translation>&amp;Chứng từ thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="145"/>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="151"/>
        <source>Proof of payment</source>
        <translation>Chứng từ thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="152"/>
        <source>Proofs (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Chứng từ (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>coffer::ui::FailDialog</name>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="177"/>
        <source>Record a failure</source>
        <translation>Ghi nhận thất bại</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="180"/>
        <source>Try again: keep the payout approved for a new attempt</source>
        <translation>Thử lại: giữ chi trả ở trạng thái đã duyệt cho lần thực hiện mới</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="183"/>
        <source>The rail&apos;s code, e.g. R03</source>
        <translation>Mã của kênh thanh toán, ví dụ R03</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="187"/>
        <source>Failure &amp;code</source>
        <translation>&amp;Mã lỗi</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="188"/>
        <source>&amp;Message</source>
        <translation>&amp;Thông báo</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="191"/>
        <source>A failure after paying is a bank return: the payment is reversed and the payee is owed the amount again.</source>
        <translation>Thất bại sau khi đã trả là ngân hàng hoàn lại: khoản thanh toán được đảo và cửa hàng lại nợ người nhận số tiền này.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::InvoiceDetailView</name>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="25"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="54"/>
        <source>%1 days after issue</source>
        <translation>%1 ngày sau khi phát hành</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="56"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="57"/>
        <source>Issued</source>
        <translation>Ngày phát hành</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="58"/>
        <source>Due</source>
        <translation>Hạn thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="59"/>
        <source>Age</source>
        <translation>Tuổi nợ</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="60"/>
        <source>Billing period</source>
        <translation>Kỳ lập hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="61"/>
        <source>Cancels</source>
        <translation>Hủy hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="62"/>
        <source>Cancelled by</source>
        <translation>Bị hủy bởi</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="79"/>
        <source>No lines yet.</source>
        <translation>Chưa có dòng nào.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="82"/>
        <source>Description</source>
        <translation>Diễn giải</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="82"/>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="83"/>
        <source>Price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="85"/>
        <source>Disc.</source>
        <translation>CK</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="86"/>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="117"/>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="130"/>
        <source>Tax</source>
        <translation>Thuế</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="86"/>
        <source>Amount</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="89"/>
        <source>Lines (%1)</source>
        <translation>Các dòng (%1)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="116"/>
        <source>Tax by rate</source>
        <translation>Thuế theo thuế suất</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="116"/>
        <source>Rate</source>
        <translation>Thuế suất</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="117"/>
        <source>Base</source>
        <translation>Giá tính thuế</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="129"/>
        <source>Subtotal</source>
        <translation>Cộng tiền hàng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="131"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="134"/>
        <source>Paid</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="137"/>
        <source>Outstanding</source>
        <translation>Còn nợ</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="140"/>
        <source>Totals</source>
        <translation>Tổng tiền</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="152"/>
        <source>Payments allocated</source>
        <translation>Các khoản thanh toán đã phân bổ</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="156"/>
        <source>Payment %1: %2</source>
        <translation>Khoản thanh toán %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="159"/>
        <source>%1 of %2 received %3 by %4%5</source>
        <translation>%1 trong khoản %2 nhận ngày %3 qua %4%5</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="179"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicedetailview.cpp" line="235"/>
        <source>No invoice selected.</source>
        <translation>Chưa chọn hóa đơn nào.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::InvoiceEditor</name>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="62"/>
        <source>Add uninvoiced entries</source>
        <translation>Thêm giao dịch chưa lập hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="66"/>
        <source>Bill the customer&apos;s ledger entries that no invoice holds yet, dated up to:</source>
        <translation>Lập hóa đơn cho các giao dịch trong sổ chi tiết của khách hàng chưa thuộc hóa đơn nào, tính đến ngày:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="96"/>
        <source>D&amp;ue on</source>
        <translation>&amp;Hạn vào ngày</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="109"/>
        <source>New invoice</source>
        <translation>Hóa đơn mới</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="110"/>
        <source>Edit draft %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="156"/>
        <source>&amp;Customer</source>
        <translation>&amp;Khách hàng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="161"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="174"/>
        <source>Due</source>
        <translation>Hạn thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="177"/>
        <source>Printed under the totals</source>
        <translation>In bên dưới phần tổng tiền</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="179"/>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="194"/>
        <source>&amp;Add line</source>
        <translation>&amp;Thêm dòng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="195"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Xóa dòng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="196"/>
        <source>Add &amp;uninvoiced entries…</source>
        <translation>Thêm giao dịch &amp;chưa lập hóa đơn…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="207"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Lưu bản nháp</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="208"/>
        <source>Save and &amp;issue</source>
        <translation>Lưu và &amp;phát hành</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="258"/>
        <source>else %1 days after issue (the customer&apos;s terms)</source>
        <translation>nếu không, %1 ngày sau khi phát hành (theo điều khoản của khách hàng)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="271"/>
        <source>%1 — the totals leave that line out until it is fixed.</source>
        <translation>%1 — phần tổng tiền chưa tính dòng này cho đến khi được sửa.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="308"/>
        <source>No uninvoiced entries up to %1.</source>
        <translation>Không có giao dịch chưa lập hóa đơn nào tính đến %1.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="310"/>
        <source>1 entry added.</source>
        <translation>Đã thêm 1 giao dịch.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="311"/>
        <source>%1 entries added.</source>
        <translation>Đã thêm %1 giao dịch.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="332"/>
        <source>%1 (fix the marked cell first; nothing was saved)</source>
        <translation>%1 (hãy sửa ô được đánh dấu trước; chưa lưu gì)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="353"/>
        <source>customer: choose whom to bill</source>
        <translation>khách hàng: hãy chọn khách hàng cần lập hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoiceeditor.cpp" line="390"/>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>coffer::ui::InvoiceLinesModel</name>
    <message>
        <location filename="../ui/invoices/invoicelinesmodel.cpp" line="98"/>
        <source>description: required</source>
        <translation>diễn giải: bắt buộc</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelinesmodel.cpp" line="209"/>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelinesmodel.cpp" line="273"/>
        <source>Empty: the customer&apos;s rate, %1 %</source>
        <translation>Để trống: dùng thuế suất của khách hàng, %1 %</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelinesmodel.cpp" line="313"/>
        <source>Description</source>
        <translation>Diễn giải</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelinesmodel.cpp" line="314"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelinesmodel.cpp" line="315"/>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelinesmodel.cpp" line="316"/>
        <source>Discount %</source>
        <translation>Chiết khấu %</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelinesmodel.cpp" line="317"/>
        <source>Tax %</source>
        <translation>Thuế suất %</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelinesmodel.cpp" line="318"/>
        <source>Amount incl. tax</source>
        <translation>Thành tiền gồm thuế</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelinesmodel.cpp" line="318"/>
        <source>Amount</source>
        <translation>Thành tiền</translation>
    </message>
</context>
<context>
    <name>coffer::ui::InvoiceListModel</name>
    <message>
        <location filename="../ui/invoices/invoicelistmodel.cpp" line="115"/>
        <source>Cancels %1</source>
        <translation>Hủy hóa đơn %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelistmodel.cpp" line="126"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelistmodel.cpp" line="127"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelistmodel.cpp" line="128"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelistmodel.cpp" line="129"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelistmodel.cpp" line="130"/>
        <source>Issued</source>
        <translation>Ngày phát hành</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelistmodel.cpp" line="131"/>
        <source>Due</source>
        <translation>Hạn thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelistmodel.cpp" line="132"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelistmodel.cpp" line="133"/>
        <source>Outstanding</source>
        <translation>Còn nợ</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicelistmodel.cpp" line="134"/>
        <source>Age</source>
        <translation>Tuổi nợ</translation>
    </message>
</context>
<context>
    <name>coffer::ui::InvoiceTotalsView</name>
    <message>
        <location filename="../ui/invoices/invoicetotalsview.cpp" line="13"/>
        <source>Subtotal</source>
        <translation>Cộng tiền hàng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetotalsview.cpp" line="14"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetotalsview.cpp" line="79"/>
        <source>Tax %1 %</source>
        <translation>Thuế %1 %</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicetotalsview.cpp" line="80"/>
        <source>on %1</source>
        <translation>trên %1</translation>
    </message>
</context>
<context>
    <name>coffer::ui::InvoicesPage</name>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="116"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="125"/>
        <source>Number</source>
        <translation>Số hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="130"/>
        <source>&amp;State</source>
        <translation>T&amp;rạng thái</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="130"/>
        <source>C&amp;ustomer</source>
        <translation>Khách hà&amp;ng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="163"/>
        <source>&amp;New invoice…</source>
        <translation>Hóa đơn mớ&amp;i…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="166"/>
        <source>&amp;Issue</source>
        <translation>Phát &amp;hành</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="168"/>
        <source>&amp;Cancel with credit note…</source>
        <translation>Hủ&amp;y bằng phiếu ghi có…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="172"/>
        <source>&amp;Billing jobs…</source>
        <translation>Tác vụ &amp;lập hóa đơn…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="130"/>
        <source>Fin&amp;d</source>
        <translation>Tì&amp;m</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="164"/>
        <source>Edit d&amp;raft…</source>
        <translation>Sửa &amp;bản nháp…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="165"/>
        <source>De&amp;lete draft</source>
        <translation>Xó&amp;a bản nháp</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="170"/>
        <source>Register pa&amp;yment…</source>
        <translation>Ghi nhận thanh t&amp;oán…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="180"/>
        <source>Print preview…</source>
        <translation>Xem trước khi in…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="182"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="183"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="185"/>
        <source>Save PDFs to f&amp;older…</source>
        <translation>Lưu PD&amp;F vào thư mục…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="212"/>
        <source>All customers</source>
        <translation>Mọi khách hàng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="345"/>
        <source>1 invoice shown</source>
        <translation>Đang hiện 1 hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="346"/>
        <source>%1 invoices shown</source>
        <translation>Đang hiện %1 hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="381"/>
        <source>A draft has no legal PDF until it is issued; preview it instead.</source>
        <translation>Bản nháp chưa có bản PDF chính thức cho đến khi được phát hành; hãy dùng xem trước khi in.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="382"/>
        <source>Saves the PDF kept when the invoice was issued.</source>
        <translation>Lưu bản PDF được lưu giữ khi hóa đơn được phát hành.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="398"/>
        <location filename="../ui/invoices/invoicespage.cpp" line="411"/>
        <source>invoice: select a draft first</source>
        <translation>hóa đơn: hãy chọn một bản nháp trước</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="422"/>
        <source>invoice: select an issued invoice first</source>
        <translation>hóa đơn: hãy chọn một hóa đơn đã phát hành trước</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="437"/>
        <source>invoice: a draft has no legal PDF until it is issued</source>
        <translation>hóa đơn: bản nháp chưa có bản PDF chính thức cho đến khi được phát hành</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="478"/>
        <source>Delete draft</source>
        <translation>Xóa bản nháp</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="479"/>
        <source>Delete %1 for %2? A draft has no number yet; nothing else changes.</source>
        <translation>Xóa %1 của %2? Bản nháp chưa có số; không có gì khác thay đổi.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="536"/>
        <source>Save invoice as PDF</source>
        <translation>Lưu hóa đơn thành PDF</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="538"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="548"/>
        <location filename="../ui/invoices/invoicespage.cpp" line="556"/>
        <source>Save PDFs to folder</source>
        <translation>Lưu PDF vào thư mục</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="586"/>
        <location filename="../ui/invoices/invoicespage.cpp" line="589"/>
        <location filename="../ui/invoices/invoicespage.h" line="33"/>
        <source>Invoices</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoicespage.cpp" line="587"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>coffer::ui::LetterheadDialog</name>
    <message>
        <location filename="../ui/invoices/letterheaddialog.cpp" line="30"/>
        <source>Letterhead of %1</source>
        <translation>Tiêu đề thư của %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/letterheaddialog.cpp" line="32"/>
        <source>Printed on the invoices, credit notes and reminders issued from now on. Documents issued already keep what they were issued with.</source>
        <translation>In trên các hóa đơn, phiếu ghi có và thư nhắc phát hành từ nay trở đi. Chứng từ đã phát hành giữ nguyên thông tin lúc phát hành.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/letterheaddialog.cpp" line="38"/>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <location filename="../ui/invoices/letterheaddialog.cpp" line="40"/>
        <source>&amp;Tax ID</source>
        <translation>&amp;Mã số thuế</translation>
    </message>
    <message>
        <location filename="../ui/invoices/letterheaddialog.cpp" line="42"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../ui/invoices/letterheaddialog.cpp" line="44"/>
        <location filename="../ui/invoices/letterheaddialog.cpp" line="116"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../ui/invoices/letterheaddialog.cpp" line="46"/>
        <source>Document &amp;language</source>
        <translation>&amp;Ngôn ngữ chứng từ</translation>
    </message>
    <message>
        <location filename="../ui/invoices/letterheaddialog.cpp" line="82"/>
        <source>Reminders are sent from this address</source>
        <translation>Thư nhắc được gửi từ địa chỉ này</translation>
    </message>
    <message>
        <location filename="../ui/invoices/letterheaddialog.cpp" line="97"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/letterheaddialog.cpp" line="99"/>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../ui/invoices/letterheaddialog.cpp" line="117"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/letterheaddialog.cpp" line="127"/>
        <source>logo: %1 cannot be read</source>
        <translation>logo: không đọc được %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/letterheaddialog.cpp" line="151"/>
        <source>No logo</source>
        <translation>Không có logo</translation>
    </message>
    <message>
        <location filename="../ui/invoices/letterheaddialog.cpp" line="151"/>
        <source>Not an image</source>
        <translation>Không phải hình ảnh</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ListPrinter</name>
    <message>
        <location filename="../ui/printing/listprinter.cpp" line="72"/>
        <source>Only the first %1 rows are printed; narrow the filter to print the rest.</source>
        <translation>Chỉ in %1 dòng đầu; hãy thu hẹp bộ lọc để in phần còn lại.</translation>
    </message>
    <message>
        <location filename="../ui/printing/listprinter.cpp" line="84"/>
        <source>Printed %1</source>
        <translation>In lúc %1</translation>
    </message>
</context>
<context>
    <name>coffer::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>%1 — Coffer</source>
        <translation>%1 — Coffer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>Si&amp;gn out…</source>
        <translation>Đăng &amp;xuất…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>Book: %1 · Merchant: %2 · Signed in as %3 (%4)</source>
        <translation>Sổ: %1 · Cửa hàng: %2 · Đăng nhập: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tùy chọn…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>&amp;Wallet</source>
        <translation>&amp;Ví</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>&amp;New wallet…</source>
        <translation>&amp;Ví mới…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>&amp;Edit wallet…</source>
        <translation>&amp;Sửa ví…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>Make &amp;default</source>
        <translation>Đặt làm &amp;mặc định</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>&amp;Archive</source>
        <translation>&amp;Lưu trữ</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;Transactions</source>
        <translation>&amp;Giao dịch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>New &amp;income…</source>
        <translation>Khoản &amp;thu mới…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>New &amp;expense…</source>
        <translation>Khoản &amp;chi mới…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>New &amp;transfer…</source>
        <translation>&amp;Chuyển tiền mới…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>&amp;Edit entry…</source>
        <translation>&amp;Sửa giao dịch…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Mark &amp;completed</source>
        <translation>Đánh dấu &amp;hoàn tất</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>Ca&amp;ncel entry…</source>
        <translation>&amp;Hủy giao dịch…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>&amp;Account</source>
        <translation>Tài &amp;khoản</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>Customer balances</source>
        <translation>Số dư khách hàng</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>Set up a &amp;one-time password…</source>
        <translation>Thiết lập &amp;mật khẩu một lần…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>Change &amp;password…</source>
        <translation>Đổi mật &amp;khẩu…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>&amp;Help</source>
        <translation>Trợ giú&amp;p</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;About Coffer</source>
        <translation>&amp;Giới thiệu Coffer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>About Coffer</source>
        <translation>Giới thiệu Coffer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>&lt;b&gt;Coffer&lt;/b&gt; %1&lt;br&gt;Exact, double-entry bookkeeping for merchants.</source>
        <translation>&lt;b&gt;Coffer&lt;/b&gt; %1&lt;br&gt;Sổ sách kế toán kép, chính xác cho người bán hàng.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>&amp;Payouts</source>
        <translation>&amp;Chi trả</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>&amp;Request payout…</source>
        <translation>&amp;Yêu cầu chi trả…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>&amp;Cancel payout…</source>
        <translation>&amp;Hủy chi trả…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>&amp;Add payout method…</source>
        <translation>&amp;Thêm phương thức nhận tiền…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Make method &amp;default</source>
        <translation>Đặt phương thức &amp;mặc định</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>Re&amp;move method…</source>
        <translation>&amp;Xóa phương thức…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>&amp;New book…</source>
        <translation>Sổ &amp;mới…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>&amp;Open book…</source>
        <translation>&amp;Mở sổ…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="300"/>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Kết nối máy chủ…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="302"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>Explore the &amp;demo book</source>
        <translation>Xem &amp;sổ mẫu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <source>&amp;Merchant</source>
        <translation>&amp;Người bán</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>&amp;Letterhead…</source>
        <translation>Tiêu đề t&amp;hư…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="320"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="323"/>
        <source>E&amp;xport to PDF…</source>
        <translation>&amp;Xuất ra PDF…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <source>C&amp;lose book</source>
        <translation>Đó&amp;ng sổ</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="340"/>
        <source>No other recent books</source>
        <translation>Không có sổ gần đây khác</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="360"/>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454"/>
        <source>Your one-time password is set up.</source>
        <translation>Đã thiết lập mật khẩu một lần.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>Your password is changed.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="552"/>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="552"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="557"/>
        <source>Coffer</source>
        <translation>Coffer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="557"/>
        <source>Coffer could not write %1.</source>
        <translation>Coffer không ghi được %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="560"/>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
<context>
    <name>coffer::ui::MethodDialog</name>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="19"/>
        <source>IBAN or account number</source>
        <translation>IBAN hoặc số tài khoản</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="20"/>
        <source>name@example.com</source>
        <translation>ten@example.com</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="21"/>
        <source>@handle</source>
        <translation>@tên</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="22"/>
        <source>$cashtag</source>
        <translation>$cashtag</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="23"/>
        <source>Card number</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="24"/>
        <source>network:address, e.g. ethereum:0x…</source>
        <translation>mạng:địa chỉ, ví dụ ethereum:0x…</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="33"/>
        <source>An IBAN (checked digit by digit) or an account number of 4 to 34 digits.</source>
        <translation>Một IBAN (được kiểm tra từng chữ số) hoặc số tài khoản từ 4 đến 34 chữ số.</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="35"/>
        <source>The e-mail address of your PayPal account.</source>
        <translation>Địa chỉ e-mail của tài khoản PayPal của bạn.</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="36"/>
        <source>Your Venmo @handle.</source>
        <translation>@tên Venmo của bạn.</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="37"/>
        <source>Your Cash App $cashtag.</source>
        <translation>$cashtag Cash App của bạn.</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="38"/>
        <source>Only the last four digits are kept.</source>
        <translation>Chỉ bốn chữ số cuối được lưu.</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="40"/>
        <source>The network (bitcoin, ethereum, tron or solana) and your address.</source>
        <translation>Mạng (bitcoin, ethereum, tron hoặc solana) và địa chỉ của bạn.</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="51"/>
        <source>Bank account</source>
        <translation>Tài khoản ngân hàng</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="52"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="53"/>
        <source>Venmo</source>
        <translation>Venmo</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="54"/>
        <source>Cash App</source>
        <translation>Cash App</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="55"/>
        <source>Debit card</source>
        <translation>Thẻ ghi nợ</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="56"/>
        <source>Crypto wallet</source>
        <translation>Ví tiền mã hóa</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="69"/>
        <source>Make it my &amp;default in this currency</source>
        <translation>Đặt làm &amp;mặc định cho loại tiền này</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="72"/>
        <source>Add a payout method</source>
        <translation>Thêm phương thức nhận tiền</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="86"/>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="87"/>
        <source>&amp;Details</source>
        <translation>&amp;Chi tiết</translation>
    </message>
    <message>
        <location filename="../ui/payees/methoddialog.cpp" line="90"/>
        <source>&amp;Currency</source>
        <translation>&amp;Tiền tệ</translation>
    </message>
</context>
<context>
    <name>coffer::ui::NewBookDialog</name>
    <message>
        <location filename="../ui/books/newbookdialog.cpp" line="19"/>
        <source>New book</source>
        <translation>Sổ mới</translation>
    </message>
    <message>
        <location filename="../ui/books/newbookdialog.cpp" line="22"/>
        <source>Your business, e.g. Lan&apos;s Coffee</source>
        <translation>Cơ sở kinh doanh của bạn, ví dụ Cà phê Lan</translation>
    </message>
    <message>
        <location filename="../ui/books/newbookdialog.cpp" line="35"/>
        <source>Book</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <location filename="../ui/books/newbookdialog.cpp" line="36"/>
        <source>&amp;Merchant</source>
        <translation>&amp;Người bán</translation>
    </message>
    <message>
        <location filename="../ui/books/newbookdialog.cpp" line="37"/>
        <source>&amp;Currency</source>
        <translation>&amp;Tiền tệ</translation>
    </message>
    <message>
        <location filename="../ui/books/newbookdialog.cpp" line="39"/>
        <source>You are the book&apos;s first user: its administrator and the merchant&apos;s owner.</source>
        <translation>Bạn là người dùng đầu tiên của sổ: quản trị viên và chủ cửa hàng.</translation>
    </message>
    <message>
        <location filename="../ui/books/newbookdialog.cpp" line="53"/>
        <source>&amp;User name</source>
        <translation>&amp;Tên người dùng</translation>
    </message>
    <message>
        <location filename="../ui/books/newbookdialog.cpp" line="54"/>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <location filename="../ui/books/newbookdialog.cpp" line="55"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../ui/books/newbookdialog.cpp" line="96"/>
        <source>Enter the merchant&apos;s name.</source>
        <translation>Hãy nhập tên người bán.</translation>
    </message>
    <message>
        <location filename="../ui/books/newbookdialog.cpp" line="97"/>
        <source>The name is too long or holds a control character.</source>
        <translation>Tên quá dài hoặc chứa ký tự điều khiển.</translation>
    </message>
    <message>
        <location filename="../ui/books/newbookdialog.cpp" line="99"/>
        <source>Enter your user name.</source>
        <translation>Hãy nhập tên người dùng.</translation>
    </message>
    <message>
        <location filename="../ui/books/newbookdialog.cpp" line="101"/>
        <source>The user name holds a control character.</source>
        <translation>Tên người dùng chứa ký tự điều khiển.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::OpenInvoiceModel</name>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="257"/>
        <source>Invoice</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="258"/>
        <source>Issued</source>
        <translation>Ngày phát hành</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="259"/>
        <source>Due</source>
        <translation>Hạn thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="260"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="261"/>
        <source>Outstanding</source>
        <translation>Còn nợ</translation>
    </message>
    <message>
        <location filename="../ui/invoices/customermodels.cpp" line="262"/>
        <source>Days late</source>
        <translation>Số ngày quá hạn</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/passworddialog.cpp" line="23"/>
        <source>Change your password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/passworddialog.cpp" line="33"/>
        <source>&amp;Current password</source>
        <translation>Mật khẩu &amp;hiện tại</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/passworddialog.cpp" line="34"/>
        <source>&amp;New password</source>
        <translation>Mật khẩu &amp;mới</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/passworddialog.cpp" line="35"/>
        <source>&amp;Repeat new password</source>
        <translation>&amp;Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/passworddialog.cpp" line="51"/>
        <source>Enter your current password.</source>
        <translation>Hãy nhập mật khẩu hiện tại.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/passworddialog.cpp" line="66"/>
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PayeeHistoryModel</name>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="117"/>
        <source>Reversal: %1</source>
        <translation>Đảo ngược: %1</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="120"/>
        <source>Earning</source>
        <translation>Thu nhập</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="121"/>
        <source>Tip</source>
        <translation>Tiền tip</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="122"/>
        <source>Bonus</source>
        <translation>Tiền thưởng</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="124"/>
        <source>Commission</source>
        <translation>Hoa hồng</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="126"/>
        <source>Referral</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="127"/>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="129"/>
        <source>Adjustment</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="130"/>
        <source>Payout</source>
        <translation>Chi trả</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="132"/>
        <source>Platform fee</source>
        <translation>Phí nền tảng</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="134"/>
        <source>Instant payout fee</source>
        <translation>Phí chi trả tức thì</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="135"/>
        <source>Entry</source>
        <translation>Bút toán</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="174"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="177"/>
        <source>Pending until %1</source>
        <translation>Chờ đến %1</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="179"/>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="180"/>
        <source>Completed</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="220"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="221"/>
        <source>Kind</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="222"/>
        <source>Gross</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="223"/>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="224"/>
        <source>Net</source>
        <translation>Thực nhận</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="225"/>
        <source>Balance</source>
        <translation>Số dư</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="226"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeehistorymodel.cpp" line="227"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PayeeMethodsPage</name>
    <message>
        <location filename="../ui/payees/payeemethodspage.cpp" line="21"/>
        <source>&amp;Add method…</source>
        <translation>&amp;Thêm phương thức…</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeemethodspage.cpp" line="22"/>
        <source>Make &amp;default</source>
        <translation>Đặt làm &amp;mặc định</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeemethodspage.cpp" line="23"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeemethodspage.cpp" line="26"/>
        <source>Kind</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeemethodspage.cpp" line="26"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeemethodspage.cpp" line="26"/>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeemethodspage.cpp" line="26"/>
        <location filename="../ui/payees/payeemethodspage.cpp" line="76"/>
        <source>Default</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeemethodspage.cpp" line="26"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeemethodspage.cpp" line="76"/>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeemethodspage.cpp" line="76"/>
        <source>Removed</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeemethodspage.cpp" line="86"/>
        <source>You can add payout methods once you have a wallet.</source>
        <translation>Bạn có thể thêm phương thức nhận tiền khi đã có ví.</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeemethodspage.cpp" line="87"/>
        <source>Payouts are sent to these accounts. Each currency has one default; details are shown masked.</source>
        <translation>Tiền chi trả được gửi đến các tài khoản này. Mỗi loại tiền có một tài khoản mặc định; chi tiết được che bớt.</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeemethodspage.cpp" line="169"/>
        <source>Remove payout method</source>
        <translation>Xóa phương thức nhận tiền</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeemethodspage.cpp" line="170"/>
        <source>Remove %1 %2? Payouts already asked for keep it; new ones cannot use it.</source>
        <translation>Xóa %1 %2? Các khoản chi trả đã yêu cầu vẫn giữ nó; khoản mới không dùng được nữa.</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeemethodspage.cpp" line="180"/>
        <location filename="../ui/payees/payeemethodspage.cpp" line="182"/>
        <location filename="../ui/payees/payeemethodspage.h" line="33"/>
        <source>Payout methods</source>
        <translation>Phương thức nhận tiền</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeemethodspage.cpp" line="181"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PayeeWalletPage</name>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="70"/>
        <source>Available to pay out</source>
        <translation>Có thể rút</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="71"/>
        <source>Pending (not settled yet)</source>
        <translation>Đang chờ (chưa quyết toán)</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="72"/>
        <source>Held for payouts in progress</source>
        <translation>Đang giữ cho các khoản chi trả đang xử lý</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="101"/>
        <source>&amp;Request payout…</source>
        <translation>&amp;Yêu cầu chi trả…</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="102"/>
        <source>Ca&amp;ncel payout…</source>
        <translation>&amp;Hủy chi trả…</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="110"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="110"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="110"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="110"/>
        <source>Requested</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="110"/>
        <source>Method</source>
        <translation>Phương thức</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="124"/>
        <location filename="../ui/payees/payeewalletpage.cpp" line="308"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="125"/>
        <location filename="../ui/payees/payeewalletpage.cpp" line="308"/>
        <source>My payouts</source>
        <translation>Các khoản chi trả của tôi</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="180"/>
        <source>You have no wallet with %1 yet. It opens with your first earning.</source>
        <translation>Bạn chưa có ví tại %1. Ví sẽ mở khi bạn có khoản thu nhập đầu tiên.</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="204"/>
        <source>%1 (instant)</source>
        <translation>%1 (tức thì)</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="257"/>
        <source>payout: select a payout first</source>
        <translation>chi trả: hãy chọn một khoản chi trả trước</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="296"/>
        <source>Cancel payout</source>
        <translation>Hủy chi trả</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="305"/>
        <location filename="../ui/payees/payeewalletpage.h" line="36"/>
        <source>My wallet</source>
        <translation>Ví của tôi</translation>
    </message>
    <message>
        <location filename="../ui/payees/payeewalletpage.cpp" line="307"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PaymentDialog</name>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="28"/>
        <source>Register payment</source>
        <translation>Ghi nhận thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="30"/>
        <source>Allocate to &amp;invoices (ticked ones first, then the oldest):</source>
        <translation>Phân bổ vào &amp;hóa đơn (hóa đơn được đánh dấu trước, sau đó đến hóa đơn cũ nhất):</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="35"/>
        <source>&amp;Register</source>
        <translation>&amp;Ghi nhận</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="70"/>
        <source>Bank transfer</source>
        <translation>Chuyển khoản</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="71"/>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="72"/>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="73"/>
        <source>E-wallet</source>
        <translation>Ví điện tử</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="76"/>
        <source>The bank&apos;s reference, a receipt number…</source>
        <translation>Mã tham chiếu của ngân hàng, số biên lai…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="99"/>
        <source>&amp;Customer</source>
        <translation>&amp;Khách hàng</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="110"/>
        <source>&amp;Amount received</source>
        <translation>&amp;Số tiền nhận được</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="114"/>
        <source>&amp;Method</source>
        <translation>&amp;Phương thức</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="116"/>
        <source>&amp;Reference</source>
        <translation>&amp;Mã tham chiếu</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="118"/>
        <source>&amp;Date</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="120"/>
        <source>Record in &amp;wallet</source>
        <translation>Ghi vào &amp;ví</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="163"/>
        <source>Don&apos;t record in a wallet</source>
        <translation>Không ghi vào ví</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="197"/>
        <source>customer: add a customer before registering a payment</source>
        <translation>khách hàng: hãy thêm khách hàng trước khi ghi nhận thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="225"/>
        <source>Kept as credit: —</source>
        <translation>Giữ làm số dư có: —</translation>
    </message>
    <message>
        <location filename="../ui/invoices/paymentdialog.cpp" line="232"/>
        <source>Kept as credit: %1</source>
        <translation>Giữ làm số dư có: %1</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PayoutDetailView</name>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="24"/>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="26"/>
        <source>Awaiting exception approval</source>
        <translation>Chờ duyệt ngoại lệ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="27"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="28"/>
        <source>In transit</source>
        <translation>Đang chuyển</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="29"/>
        <source>Paid</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="31"/>
        <source>Awaiting reconciliation</source>
        <translation>Chờ đối soát</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="32"/>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="33"/>
        <source>Canceled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="34"/>
        <source>Reversed</source>
        <translation>Đã đảo</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="49"/>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="98"/>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="51"/>
        <source>paid</source>
        <translation>đã trả</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="53"/>
        <source>a different amount</source>
        <translation>số tiền khác</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="55"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="56"/>
        <source>returned</source>
        <translation>bị hoàn lại</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="68"/>
        <source>Carry-forward deduction</source>
        <translation>Khoản trừ chuyển kỳ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="69"/>
        <source>Carry-forward credit</source>
        <translation>Khoản cộng chuyển kỳ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="70"/>
        <source>Invoice fee</source>
        <translation>Phí theo hóa đơn</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="71"/>
        <source>Manual recovery</source>
        <translation>Thu hồi thủ công</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="79"/>
        <source>auto</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="80"/>
        <source>manual</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="81"/>
        <source>exception</source>
        <translation>ngoại lệ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="90"/>
        <source>Adjustments</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="96"/>
        <source>applied</source>
        <translation>đã áp dụng</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="97"/>
        <source>opened by this payout, %1</source>
        <translation>phát sinh từ khoản chi trả này, %1</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="98"/>
        <source>used</source>
        <translation>đã dùng</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="99"/>
        <source>#%1 %2 (%3) %4, %5</source>
        <translation>#%1 %2 (%3) %4, %5</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="120"/>
        <source>Payee</source>
        <translation>Người nhận tiền</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="121"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="123"/>
        <source>Instant fee</source>
        <translation>Phí tức thì</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="125"/>
        <source>Deductions</source>
        <translation>Khoản trừ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="127"/>
        <source>Credits</source>
        <translation>Khoản cộng</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="128"/>
        <source>To send</source>
        <translation>Số tiền gửi</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="129"/>
        <source>Held</source>
        <translation>Tạm giữ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="130"/>
        <source>Method</source>
        <translation>Phương thức</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="131"/>
        <source>Requested</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="134"/>
        <source>Reference</source>
        <translation>Mã tham chiếu</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="135"/>
        <source>Timeline</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="139"/>
        <source>by %1</source>
        <translation>bởi %1</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="145"/>
        <source>Approvals</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="149"/>
        <source>%1 by %2, %3, for %4 (policy %5)%6</source>
        <translation>%1 bởi %2, %3, cho %4 (chính sách %5)%6</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="151"/>
        <source>Exception approval</source>
        <translation>Duyệt ngoại lệ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="152"/>
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="157"/>
        <source> — void: %1</source>
        <translation> — mất hiệu lực: %1</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="162"/>
        <source>Execution attempts</source>
        <translation>Các lần thực hiện</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="164"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="166"/>
        <source>, reference %1</source>
        <translation>, mã tham chiếu %1</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="168"/>
        <source>, sent %1</source>
        <translation>, đã gửi %1</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="188"/>
        <source>Open p&amp;roof</source>
        <translation>&amp;Mở chứng từ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="189"/>
        <source>Save proof to &amp;disk…</source>
        <translation>Lưu chứng từ &amp;ra tệp…</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="195"/>
        <source>Proofs of payment</source>
        <translation>Chứng từ thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="221"/>
        <source>&lt;p&gt;Select a payout to see its timeline, approvals, execution attempts and proofs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chọn một khoản chi trả để xem diễn biến, phê duyệt, các lần thực hiện và chứng từ.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="226"/>
        <source>%1 · %2 · %3 bytes · SHA-256 %4</source>
        <translation>%1 · %2 · %3 byte · SHA-256 %4</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="231"/>
        <source> (replaced)</source>
        <translation> (đã thay)</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="233"/>
        <source> (replacement: %1)</source>
        <translation> (thay thế: %1)</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="278"/>
        <source>Save proof of payment</source>
        <translation>Lưu chứng từ thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="286"/>
        <source>file: cannot write %1</source>
        <translation>tệp: không ghi được %1</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PayoutFormDialog</name>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="70"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 to %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 cho %3</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PayoutRequestDialog</name>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="31"/>
        <source>Request a payout</source>
        <translation>Yêu cầu chi trả</translation>
    </message>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="54"/>
        <source>&amp;Instant payout (a fee of %1%)</source>
        <translation>Chi trả &amp;tức thì (phí %1%)</translation>
    </message>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="66"/>
        <source>&amp;Amount</source>
        <translation>&amp;Số tiền</translation>
    </message>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="69"/>
        <source>&amp;Wallet</source>
        <translation>&amp;Ví</translation>
    </message>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="73"/>
        <source>Pay &amp;to</source>
        <translation>Trả &amp;đến</translation>
    </message>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="76"/>
        <source>You receive</source>
        <translation>Bạn nhận được</translation>
    </message>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="78"/>
        <source>&amp;Request payout</source>
        <translation>&amp;Yêu cầu chi trả</translation>
    </message>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="107"/>
        <source>Available: %1</source>
        <translation>Có thể rút: %1</translation>
    </message>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="111"/>
        <source>%1 (default)</source>
        <translation>%1 (mặc định)</translation>
    </message>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="120"/>
        <source>You have no payout method in %1: add one under Payout methods.</source>
        <translation>Bạn chưa có phương thức nhận tiền bằng %1: hãy thêm trong Phương thức nhận tiền.</translation>
    </message>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="128"/>
        <source>You have no wallet to be paid from yet.</source>
        <translation>Bạn chưa có ví để nhận chi trả.</translation>
    </message>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="140"/>
        <source>Enter the amount to see what will be sent.</source>
        <translation>Nhập số tiền để xem số sẽ được gửi.</translation>
    </message>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="152"/>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="172"/>
        <source>%1, by a standard payout</source>
        <translation>%1, theo chi trả thường</translation>
    </message>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="159"/>
        <source>Nothing would be left to send.</source>
        <translation>Sẽ không còn gì để gửi.</translation>
    </message>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="164"/>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="170"/>
        <source>%1 instantly, after the instant fee of %2</source>
        <translation>%1 ngay lập tức, sau phí tức thì %2</translation>
    </message>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="175"/>
        <source>%1 you owe is recovered from it</source>
        <translation>%1 bạn còn nợ được trừ vào khoản này</translation>
    </message>
    <message>
        <location filename="../ui/payees/payoutrequestdialog.cpp" line="177"/>
        <source>%1 owed to you is added</source>
        <translation>%1 còn nợ bạn được cộng thêm</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PayoutsPage</name>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="27"/>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="29"/>
        <source>Awaiting exception approval</source>
        <translation>Chờ duyệt ngoại lệ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="30"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="31"/>
        <source>In transit</source>
        <translation>Đang chuyển</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="32"/>
        <location filename="../ui/payouts/payoutspage.cpp" line="77"/>
        <source>Paid</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="33"/>
        <source>Awaiting reconciliation</source>
        <translation>Chờ đối soát</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="34"/>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="35"/>
        <source>Canceled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="36"/>
        <source>Reversed</source>
        <translation>Đã đảo</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="45"/>
        <source>under an hour</source>
        <translation>dưới một giờ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="47"/>
        <source>1 hour</source>
        <translation>1 giờ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="49"/>
        <source>%1 hours</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="50"/>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="66"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="66"/>
        <source>Payee</source>
        <translation>Người nhận tiền</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="66"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="66"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="67"/>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="67"/>
        <source>Requested by</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="67"/>
        <source>Age</source>
        <translation>Đã chờ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="74"/>
        <source>Needs my review</source>
        <translation>Cần tôi duyệt</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="75"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="76"/>
        <source>Reconciliation queue</source>
        <translation>Hàng chờ đối soát</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="78"/>
        <source>Failed, canceled or reversed</source>
        <translation>Thất bại, đã hủy hoặc đã đảo</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="79"/>
        <source>All payouts</source>
        <translation>Mọi khoản chi trả</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="83"/>
        <source>Any payee</source>
        <translation>Mọi người nhận</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="86"/>
        <source>Show any</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="90"/>
        <source>Any age</source>
        <translation>Mọi thời gian chờ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="91"/>
        <source>Older than a day</source>
        <translation>Chờ hơn một ngày</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="92"/>
        <source>Older than 3 days</source>
        <translation>Chờ hơn 3 ngày</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="93"/>
        <source>Older than a week</source>
        <translation>Chờ hơn một tuần</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="103"/>
        <source>A&amp;pprove…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="104"/>
        <source>Pro&amp;cess</source>
        <translation>&amp;Chuyển đi</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="105"/>
        <source>Record e&amp;xecution…</source>
        <translation>Ghi &amp;nhận thực hiện…</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="106"/>
        <source>Record fai&amp;lure…</source>
        <translation>Ghi nhận thất &amp;bại…</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="107"/>
        <source>Ca&amp;ncel payout…</source>
        <translation>&amp;Hủy chi trả…</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="108"/>
        <source>Replace pro&amp;of…</source>
        <translation>Th&amp;ay chứng từ…</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="109"/>
        <source>Approve except&amp;ion</source>
        <translation>D&amp;uyệt ngoại lệ</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="110"/>
        <source>Resolve &amp;mismatch…</source>
        <translation>Giải &amp;quyết chênh lệch…</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="112"/>
        <source>Approve in b&amp;ulk…</source>
        <translation>Du&amp;yệt hàng loạt…</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="113"/>
        <source>Process in &amp;bulk…</source>
        <translation>&amp;Ra lệnh chuyển hàng loạt…</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="111"/>
        <source>Reve&amp;rse…</source>
        <translation>Đả&amp;o ngược…</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="125"/>
        <source>&amp;Show</source>
        <translation>H&amp;iển thị</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="127"/>
        <source>Pa&amp;yee</source>
        <translation>&amp;Lọc người nhận</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="133"/>
        <source>Hide amounts un&amp;der</source>
        <translation>Ẩn khoản dưới &amp;mức</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="244"/>
        <source>1 payout</source>
        <translation>1 khoản chi trả</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="244"/>
        <source>%1 payouts</source>
        <translation>%1 khoản chi trả</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="360"/>
        <source>payout: select a payout first</source>
        <translation>chi trả: hãy chọn một khoản chi trả trước</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="490"/>
        <source>Cancel payout</source>
        <translation>Hủy chi trả</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="499"/>
        <source>Replace proof of payment</source>
        <translation>Thay chứng từ thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="519"/>
        <source>Resolve the difference</source>
        <translation>Xử lý chênh lệch</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="528"/>
        <source>Reverse payout</source>
        <translation>Đảo ngược chi trả</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.cpp" line="528"/>
        <source>&amp;Evidence</source>
        <translation>&amp;Bằng chứng</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutspage.h" line="42"/>
        <source>Payouts</source>
        <translation>Chi trả</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="17"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="27"/>
        <source>As the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="28"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="29"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="32"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="33"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Giao diện</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ProofViewer</name>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="295"/>
        <source>%1 — proof of payment</source>
        <translation>%1 — chứng từ thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="302"/>
        <source>%1 bytes · SHA-256 %2</source>
        <translation>%1 byte · SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="325"/>
        <source>This PDF could not be shown.</source>
        <translation>Không hiển thị được tệp PDF này.</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdetailview.cpp" line="333"/>
        <source>This image could not be shown.</source>
        <translation>Không hiển thị được hình ảnh này.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::ReasonDialog</name>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="206"/>
        <source>&amp;Browse…</source>
        <translation>Chọn &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="210"/>
        <source>New &amp;proof</source>
        <translation>Chứng từ &amp;mới</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="213"/>
        <source>Proof of payment</source>
        <translation>Chứng từ thanh toán</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="213"/>
        <source>Proofs (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Chứng từ (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/payouts/payoutdialogs.cpp" line="218"/>
        <source>&amp;Reason</source>
        <translation>&amp;Lý do</translation>
    </message>
</context>
<context>
    <name>coffer::ui::RegisterModel</name>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="99"/>
        <source>From %1</source>
        <translation>Từ %1</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="100"/>
        <source>To %1</source>
        <translation>Đến %1</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="105"/>
        <source>Reversal of #%1: %2</source>
        <translation>Đảo bút toán #%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="154"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="155"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="156"/>
        <source>Category / counterpart</source>
        <translation>Danh mục / đối ứng</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="157"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="158"/>
        <source>Balance</source>
        <translation>Số dư</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="159"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>coffer::ui::SignInDialog</name>
    <message>
        <location filename="../ui/books/signindialog.cpp" line="21"/>
        <source>Create the book&apos;s administrator</source>
        <translation>Tạo quản trị viên của sổ</translation>
    </message>
    <message>
        <location filename="../ui/books/signindialog.cpp" line="21"/>
        <location filename="../ui/books/signindialog.cpp" line="55"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../ui/books/signindialog.cpp" line="31"/>
        <source>Book</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <location filename="../ui/books/signindialog.cpp" line="33"/>
        <source>This book has no users yet. The first user is its administrator and the owner of its merchants.</source>
        <translation>Sổ này chưa có người dùng. Người dùng đầu tiên là quản trị viên và chủ các cửa hàng của sổ.</translation>
    </message>
    <message>
        <location filename="../ui/books/signindialog.cpp" line="39"/>
        <source>&amp;User name</source>
        <translation>&amp;Tên người dùng</translation>
    </message>
    <message>
        <location filename="../ui/books/signindialog.cpp" line="40"/>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <location filename="../ui/books/signindialog.cpp" line="45"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../ui/books/signindialog.cpp" line="55"/>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../ui/books/signindialog.cpp" line="83"/>
        <source>Enter your user name.</source>
        <translation>Hãy nhập tên người dùng.</translation>
    </message>
    <message>
        <location filename="../ui/books/signindialog.cpp" line="85"/>
        <source>The name holds a control character.</source>
        <translation>Tên chứa ký tự điều khiển.</translation>
    </message>
    <message>
        <location filename="../ui/books/signindialog.cpp" line="87"/>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <location filename="../ui/books/signindialog.cpp" line="97"/>
        <source>The user name or the password is wrong.</source>
        <translation>Tên người dùng hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <location filename="../ui/books/signindialog.cpp" line="99"/>
        <source>Several attempts failed: wait a moment, then try again.</source>
        <translation>Đã sai nhiều lần: hãy đợi một lát rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../ui/books/signindialog.cpp" line="101"/>
        <source>This user is locked after too many failed attempts. Try again later, or ask an administrator to unlock it.</source>
        <translation>Người dùng này bị khóa do sai quá nhiều lần. Hãy thử lại sau, hoặc nhờ quản trị viên mở khóa.</translation>
    </message>
    <message>
        <location filename="../ui/books/signindialog.cpp" line="103"/>
        <source>An administrator has disabled this user.</source>
        <translation>Quản trị viên đã vô hiệu hóa người dùng này.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::TotpDialog</name>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="38"/>
        <source>Set up a one-time password</source>
        <translation>Thiết lập mật khẩu một lần</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="46"/>
        <source>6 digits</source>
        <translation>6 chữ số</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="47"/>
        <source>8 digits</source>
        <translation>8 chữ số</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="57"/>
        <source>%1, a one-time password from an authenticator app on your phone confirms approvals and other sensitive acts. Most apps read SHA-1 with 6 digits.</source>
        <translation>%1, mật khẩu một lần từ ứng dụng xác thực trên điện thoại dùng để xác nhận việc duyệt chi và các thao tác nhạy cảm khác. Hầu hết ứng dụng đọc SHA-1 với 6 chữ số.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="65"/>
        <source>Your &amp;password</source>
        <translation>&amp;Mật khẩu của bạn</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="71"/>
        <source>Code from your &amp;current app</source>
        <translation>Mã từ ứng dụng &amp;hiện tại</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="74"/>
        <source>&amp;Algorithm</source>
        <translation>&amp;Thuật toán</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="75"/>
        <source>&amp;Length</source>
        <translation>Độ &amp;dài</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="78"/>
        <source>Scan the code with the app, or type the key into it:</source>
        <translation>Quét mã bằng ứng dụng, hoặc nhập khóa vào ứng dụng:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="82"/>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="83"/>
        <source>&amp;Code from the app</source>
        <translation>&amp;Mã từ ứng dụng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="89"/>
        <source>Create the key</source>
        <translation>Tạo khóa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="104"/>
        <source>Enter your password to set up a one-time password.</source>
        <translation>Hãy nhập mật khẩu để thiết lập mật khẩu một lần.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="106"/>
        <source>Enter the code your current app shows: it replaces that one.</source>
        <translation>Hãy nhập mã mà ứng dụng hiện tại đang hiển thị: khóa mới sẽ thay khóa đó.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/totpdialog.cpp" line="109"/>
        <source>Enter the %n-digit code the app shows.</source>
        <translation>
            <numerusform>Hãy nhập mã %n chữ số mà ứng dụng hiển thị.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="123"/>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="142"/>
        <source>That is not your password.</source>
        <translation>Đó không phải mật khẩu của bạn.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="144"/>
        <source>The code from your current app does not match.</source>
        <translation>Mã từ ứng dụng hiện tại không khớp.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="157"/>
        <source>That code was used already: wait for the next one.</source>
        <translation>Mã này đã được dùng: hãy đợi mã tiếp theo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/totpdialog.cpp" line="158"/>
        <source>The code does not match. Check the phone&apos;s clock, then try the next code.</source>
        <translation>Mã không khớp. Hãy kiểm tra đồng hồ điện thoại rồi thử mã tiếp theo.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::TransactionListModel</name>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="88"/>
        <source>Income</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="89"/>
        <source>Expense</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="90"/>
        <source>Transfer</source>
        <translation>Chuyển tiền</translation>
    </message>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="98"/>
        <source>Reversal of #%1</source>
        <translation>Bút toán đảo của #%1</translation>
    </message>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="100"/>
        <source>Reversed by #%1</source>
        <translation>Đã đảo bởi #%1</translation>
    </message>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="102"/>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="103"/>
        <source>Completed</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="104"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="113"/>
        <location filename="../ui/models/transactionlistmodel.cpp" line="120"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="167"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="168"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="169"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="170"/>
        <source>Wallet</source>
        <translation>Ví</translation>
    </message>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="171"/>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="172"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="173"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../ui/models/transactionlistmodel.cpp" line="174"/>
        <source>Note / reference</source>
        <translation>Ghi chú / tham chiếu</translation>
    </message>
</context>
<context>
    <name>coffer::ui::TransactionsPage</name>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="47"/>
        <source>Coffer</source>
        <translation>Coffer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/transactionspage.cpp" line="53"/>
        <source>%n entries shown; scroll down for older ones.</source>
        <translation>
            <numerusform>Đang hiện %n giao dịch; cuộn xuống để xem cũ hơn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/transactionspage.cpp" line="55"/>
        <source>%n entries match.</source>
        <translation>
            <numerusform>%n giao dịch khớp.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="63"/>
        <source>Transfers</source>
        <translation>Chuyển tiền</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="63"/>
        <source>Transactions</source>
        <translation>Giao dịch</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="77"/>
        <source>All dates</source>
        <translation>Mọi ngày</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="78"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="79"/>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="80"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="81"/>
        <source>Last year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="82"/>
        <source>Last 12 months</source>
        <translation>12 tháng qua</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="83"/>
        <source>Custom range</source>
        <translation>Khoảng tùy chọn</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="94"/>
        <source>Any type</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="100"/>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="101"/>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="102"/>
        <source>Completed</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="103"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="106"/>
        <source>Search notes and references</source>
        <translation>Tìm trong ghi chú và tham chiếu</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="108"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Xóa bộ lọc</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="110"/>
        <source>&amp;Period</source>
        <translation>&amp;Thời gian</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="151"/>
        <source>All wallets</source>
        <translation>Mọi ví</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="157"/>
        <source>All categories</source>
        <translation>Mọi danh mục</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="283"/>
        <source>%1 to %2</source>
        <translation>%1 đến %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="291"/>
        <source>words “%1”</source>
        <translation>từ khóa “%1”</translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="299"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>coffer::ui::TransferDialog</name>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="24"/>
        <source>New transfer</source>
        <translation>Chuyển tiền mới</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="45"/>
        <source>units received for 1 unit sent</source>
        <translation>số đơn vị nhận được cho 1 đơn vị chuyển</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="47"/>
        <source>or the amount that arrived</source>
        <translation>hoặc số tiền đã nhận</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="58"/>
        <source>&amp;From</source>
        <translation>&amp;Từ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="59"/>
        <source>&amp;To</source>
        <translation>Đế&amp;n</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="60"/>
        <source>&amp;Amount sent</source>
        <translation>&amp;Số tiền chuyển</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="63"/>
        <source>&amp;Rate</source>
        <translation>Tỷ &amp;giá</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="64"/>
        <source>Amount &amp;received</source>
        <translation>Số tiền nhận đượ&amp;c</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="66"/>
        <source>&amp;Date</source>
        <translation>N&amp;gày</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="67"/>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="104"/>
        <source>Edit transfer #%1</source>
        <translation>Sửa khoản chuyển #%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="135"/>
        <source>%1 and %2 differ: enter the rate or the amount received.</source>
        <translation>%1 và %2 khác nhau: hãy nhập tỷ giá hoặc số tiền nhận được.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="138"/>
        <source>Enter the rate or the amount received, not both.</source>
        <translation>Chỉ nhập tỷ giá hoặc số tiền nhận được, không nhập cả hai.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="145"/>
        <source>The rate must be a positive number with at most 6 decimals.</source>
        <translation>Tỷ giá phải là số dương với tối đa 6 chữ số thập phân.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="148"/>
        <source>At this rate nothing would arrive in %1.</source>
        <translation>Với tỷ giá này sẽ không nhận được gì bằng %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="157"/>
        <source>These amounts imply a rate outside what Coffer records.</source>
        <translation>Các số tiền này cho ra tỷ giá nằm ngoài phạm vi Coffer ghi nhận.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="161"/>
        <source>%1 arrives, at %2 %3 per %4</source>
        <translation>Nhận được %1, theo tỷ giá %2 %3 cho mỗi %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="172"/>
        <source>A transfer needs two active wallets.</source>
        <translation>Chuyển tiền cần hai ví đang hoạt động.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="174"/>
        <source>Choose two different wallets.</source>
        <translation>Hãy chọn hai ví khác nhau.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="177"/>
        <source>The wallet “%1” is archived: restore it before changing this entry.</source>
        <translation>Ví “%1” đã lưu trữ: hãy khôi phục ví trước khi sửa giao dịch này.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="189"/>
        <source>The note is too long or holds a control character.</source>
        <translation>Ghi chú quá dài hoặc chứa ký tự điều khiển.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::UserDialog</name>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="39"/>
        <source>New user</source>
        <translation>Người dùng mới</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="43"/>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="45"/>
        <source>Role of %1</source>
        <translation>Vai trò của %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="46"/>
        <source>New password for %1</source>
        <translation>Mật khẩu mới cho %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="47"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="60"/>
        <source>Creator</source>
        <translation>Nhà sáng tạo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="61"/>
        <source>Affiliate</source>
        <translation>Cộng tác viên</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="62"/>
        <source>Vendor</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="63"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="68"/>
        <source>&amp;Role</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="69"/>
        <source>Payee &amp;kind</source>
        <translation>&amp;Loại người nhận</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="70"/>
        <source>Payee &amp;id</source>
        <translation>&amp;Mã người nhận</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="77"/>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="78"/>
        <source>R&amp;epeat password</source>
        <translation>Nhập &amp;lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="83"/>
        <source>Their one-time password was sealed with the old password: they set it up again after signing in.</source>
        <translation>Mật khẩu một lần của họ được niêm phong bằng mật khẩu cũ: họ cần thiết lập lại sau khi đăng nhập.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="125"/>
        <source>Enter the user&apos;s name.</source>
        <translation>Hãy nhập tên người dùng.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/userdialog.cpp" line="127"/>
        <source>A name has at most %n characters and no control characters.</source>
        <translation>
            <numerusform>Tên có tối đa %n ký tự và không chứa ký tự điều khiển.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="130"/>
        <source>A payee user is bound to one payee: enter the payee&apos;s id.</source>
        <translation>Người dùng nhận tiền gắn với một người nhận: hãy nhập mã người nhận.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::UsersPage</name>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="22"/>
        <source>Disabled</source>
        <translation>Đã vô hiệu hóa</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="24"/>
        <source>Locked until %1</source>
        <translation>Bị khóa đến %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="27"/>
        <source>Active (failed sign-ins: %1)</source>
        <translation>Đang dùng (đăng nhập sai: %1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="28"/>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="38"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="38"/>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="38"/>
        <source>Payee</source>
        <translation>Người nhận tiền</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="38"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="39"/>
        <source>One-time password</source>
        <translation>Mật khẩu một lần</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="39"/>
        <source>Last sign-in</source>
        <translation>Đăng nhập gần nhất</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="42"/>
        <source>&amp;New user…</source>
        <translation>Người dùng &amp;mới…</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="43"/>
        <source>Change &amp;role…</source>
        <translation>Đổi &amp;vai trò…</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="44"/>
        <location filename="../ui/pages/userspage.cpp" line="122"/>
        <source>&amp;Disable</source>
        <translation>&amp;Vô hiệu hóa</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="45"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="46"/>
        <source>Set &amp;password…</source>
        <translation>Đặt &amp;mật khẩu…</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="84"/>
        <source>Set up</source>
        <translation>Đã thiết lập</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="84"/>
        <source>Not set up</source>
        <translation>Chưa thiết lập</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="87"/>
        <source>Never</source>
        <translation>Chưa bao giờ</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="97"/>
        <source>Users — %1</source>
        <translation>Người dùng — %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="99"/>
        <location filename="../ui/pages/userspage.h" line="21"/>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="122"/>
        <source>&amp;Enable</source>
        <translation>&amp;Kích hoạt</translation>
    </message>
</context>
<context>
    <name>coffer::ui::WalletDialog</name>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="22"/>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="23"/>
        <source>Bank account</source>
        <translation>Tài khoản ngân hàng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="24"/>
        <source>E-wallet</source>
        <translation>Ví điện tử</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="25"/>
        <source>Credit card</source>
        <translation>Thẻ tín dụng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="26"/>
        <source>Payee wallet</source>
        <translation>Ví người nhận</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="41"/>
        <source>Edit wallet</source>
        <translation>Sửa ví</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="41"/>
        <source>New wallet</source>
        <translation>Ví mới</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="52"/>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="66"/>
        <source>Default wallet of the merchant</source>
        <translation>Ví mặc định của cửa hàng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="67"/>
        <source>Leave out of reports and totals</source>
        <translation>Không tính vào báo cáo và tổng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="75"/>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="76"/>
        <source>Name in &amp;Vietnamese</source>
        <translation>Tên tiếng &amp;Việt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="77"/>
        <source>&amp;Type</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="78"/>
        <source>&amp;Currency</source>
        <translation>&amp;Tiền tệ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="79"/>
        <source>&amp;Starting balance</source>
        <translation>Số dư &amp;ban đầu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="80"/>
        <source>Account or card &amp;number</source>
        <translation>Số tài khoản hoặc &amp;thẻ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="81"/>
        <source>&amp;Bank or provider</source>
        <translation>&amp;Ngân hàng hoặc nhà cung cấp</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="119"/>
        <source>Give the wallet a name.</source>
        <translation>Hãy đặt tên cho ví.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="135"/>
        <source>%1 has no decimals: write a whole amount.</source>
        <translation>%1 không có phần thập phân: hãy nhập số nguyên.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="137"/>
        <source>%1 allows at most %2 decimal places.</source>
        <translation>%1 chỉ cho phép tối đa %2 chữ số thập phân.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="140"/>
        <source>The starting balance is too large.</source>
        <translation>Số dư ban đầu quá lớn.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="141"/>
        <source>The starting balance is not an amount.</source>
        <translation>Số dư ban đầu không phải là một số tiền.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="146"/>
        <source>Cash and e-wallets cannot start below zero.</source>
        <translation>Tiền mặt và ví điện tử không thể có số dư ban đầu âm.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="200"/>
        <source>Another wallet is already called “%1”.</source>
        <translation>Đã có ví khác tên “%1”.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::WalletModel</name>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="37"/>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="38"/>
        <source>Bank</source>
        <translation>Ngân hàng</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="39"/>
        <source>E-wallet</source>
        <translation>Ví điện tử</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="40"/>
        <source>Credit card</source>
        <translation>Thẻ tín dụng</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="41"/>
        <source>Payee wallet</source>
        <translation>Ví người nhận</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="73"/>
        <source>Excluded from reports</source>
        <translation>Không tính vào báo cáo</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="74"/>
        <source>Default wallet</source>
        <translation>Ví mặc định</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="91"/>
        <source>Wallet</source>
        <translation>Ví</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="92"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="93"/>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="94"/>
        <source>Current</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="95"/>
        <source>Available</source>
        <translation>Khả dụng</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="96"/>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="97"/>
        <source>Held</source>
        <translation>Tạm giữ</translation>
    </message>
</context>
<context>
    <name>coffer::ui::WalletPicker</name>
    <message>
        <location filename="../ui/dialogs/formparts.cpp" line="56"/>
        <source>%1 (%2, archived)</source>
        <translation>%1 (%2, đã lưu trữ)</translation>
    </message>
</context>
<context>
    <name>coffer::ui::WalletsPage</name>
    <message>
        <location filename="../ui/pages/walletspage.cpp" line="42"/>
        <source>&amp;Go to date</source>
        <translation>Đến &amp;ngày</translation>
    </message>
    <message>
        <location filename="../ui/pages/walletspage.cpp" line="43"/>
        <source>&amp;Filter entries…</source>
        <translation>&amp;Lọc giao dịch…</translation>
    </message>
    <message>
        <location filename="../ui/pages/walletspage.cpp" line="44"/>
        <source>This wallet&apos;s entries on the Transactions screen, with every filter</source>
        <translation>Các giao dịch của ví này trên màn hình Giao dịch, với mọi bộ lọc</translation>
    </message>
    <message>
        <location filename="../ui/pages/walletspage.cpp" line="65"/>
        <source>Coffer</source>
        <translation>Coffer</translation>
    </message>
    <message>
        <location filename="../ui/pages/walletspage.cpp" line="112"/>
        <source>Total across wallets (excluded wallets left out): %1</source>
        <translation>Tổng các ví (không tính ví bị loại trừ): %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/walletspage.cpp" line="131"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — newest entries first</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — giao dịch mới nhất ở trên</translation>
    </message>
    <message>
        <location filename="../ui/pages/walletspage.cpp" line="156"/>
        <source>Wallets — %1</source>
        <translation>Ví — %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/walletspage.cpp" line="158"/>
        <location filename="../ui/pages/walletspage.h" line="23"/>
        <source>Wallets</source>
        <translation>Ví</translation>
    </message>
    <message>
        <location filename="../ui/pages/walletspage.cpp" line="161"/>
        <source>Register of %1, newest first</source>
        <translation>Sổ chi tiết của %1, mới nhất trước</translation>
    </message>
</context>
<context>
    <name>coffer::ui::WeeklyReconcile</name>
    <message>
        <location filename="../ui/invoices/weeklyreconcile.cpp" line="39"/>
        <source>Customer balances reconciled: every balance follows from its ledger.</source>
        <translation>Đã đối soát số dư khách hàng: mọi số dư đều khớp với sổ chi tiết.</translation>
    </message>
    <message>
        <location filename="../ui/invoices/weeklyreconcile.cpp" line="44"/>
        <source>%1: %2 is %3, the ledger gives %4</source>
        <translation>%1: %2 là %3, theo sổ chi tiết là %4</translation>
    </message>
    <message>
        <location filename="../ui/invoices/weeklyreconcile.cpp" line="47"/>
        <source>The weekly reconcile found customer balances that do not follow from their ledgers:
%1</source>
        <translation>Đợt đối soát hằng tuần phát hiện số dư khách hàng không khớp với sổ chi tiết:
%1</translation>
    </message>
</context>
<context>
    <name>coffer::ui::WelcomeWindow</name>
    <message>
        <location filename="../ui/books/welcomewindow.cpp" line="13"/>
        <source>Welcome — Coffer</source>
        <translation>Chào mừng — Coffer</translation>
    </message>
    <message>
        <location filename="../ui/books/welcomewindow.cpp" line="16"/>
        <source>&lt;h1&gt;Welcome to Coffer&lt;/h1&gt;&lt;p&gt;Exact bookkeeping for your wallets, income and expenses.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Chào mừng đến với Coffer&lt;/h1&gt;&lt;p&gt;Sổ sách chính xác cho ví, khoản thu và khoản chi của bạn.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/books/welcomewindow.cpp" line="28"/>
        <source>Create a book</source>
        <translation>Tạo sổ</translation>
    </message>
    <message>
        <location filename="../ui/books/welcomewindow.cpp" line="28"/>
        <source>A new book in a file on this computer, for one person.</source>
        <translation>Sổ mới trong một tệp trên máy này, cho một người.</translation>
    </message>
    <message>
        <location filename="../ui/books/welcomewindow.cpp" line="30"/>
        <source>Open a book</source>
        <translation>Mở sổ</translation>
    </message>
    <message>
        <location filename="../ui/books/welcomewindow.cpp" line="30"/>
        <source>A Coffer book file you already have.</source>
        <translation>Một tệp sổ Coffer bạn đã có.</translation>
    </message>
    <message>
        <location filename="../ui/books/welcomewindow.cpp" line="32"/>
        <source>Connect to a server</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <location filename="../ui/books/welcomewindow.cpp" line="32"/>
        <source>A book shared by your team on a PostgreSQL server.</source>
        <translation>Sổ dùng chung của nhóm trên máy chủ PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../ui/books/welcomewindow.cpp" line="34"/>
        <source>Explore a demo book</source>
        <translation>Xem sổ mẫu</translation>
    </message>
    <message>
        <location filename="../ui/books/welcomewindow.cpp" line="35"/>
        <source>A café with three years of history, to try everything safely.</source>
        <translation>Một quán cà phê với ba năm lịch sử, để thử mọi thứ an toàn.</translation>
    </message>
    <message>
        <location filename="../ui/books/welcomewindow.cpp" line="38"/>
        <source>&lt;b&gt;Recent books&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sổ gần đây&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>coffer::ui::Workspace</name>
    <message>
        <location filename="../ui/workspace.cpp" line="75"/>
        <source>Coffer</source>
        <translation>Coffer</translation>
    </message>
</context>
</TS>
