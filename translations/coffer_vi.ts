<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/coffer/main.cpp" line="34"/>
        <source>Coffer</source>
        <translation>Coffer</translation>
    </message>
    <message>
        <location filename="../app/coffer/main.cpp" line="45"/>
        <source>Coffer desktop bookkeeping</source>
        <translation>Coffer — sổ sách kế toán trên máy tính</translation>
    </message>
    <message>
        <location filename="../app/coffer/main.cpp" line="50"/>
        <source>Open this book: a SQLite file or postgresql://USER@HOST:PORT/DB.</source>
        <translation>Mở sổ này: một tệp SQLite hoặc postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <location filename="../app/coffer/main.cpp" line="53"/>
        <source>Work for this merchant.</source>
        <translation>Làm việc cho cửa hàng này.</translation>
    </message>
    <message>
        <location filename="../app/coffer/main.cpp" line="55"/>
        <source>Show Coffer in this language (en, vi).</source>
        <translation>Hiển thị Coffer bằng ngôn ngữ này (en, vi).</translation>
    </message>
    <message>
        <location filename="../app/coffer/main.cpp" line="62"/>
        <source>Coffer does not speak “%1”; choose one of: %2.</source>
        <translation>Coffer không hỗ trợ ngôn ngữ “%1”; hãy chọn một trong: %2.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/language.cpp" line="15"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../ui/language.cpp" line="15"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../ui/language.cpp" line="16"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../ui/language.cpp" line="16"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../ui/language.cpp" line="17"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>coffer::ui::EntryDialog</name>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="21"/>
        <source>Enter an amount.</source>
        <translation>Hãy nhập số tiền.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="28"/>
        <source>%1 has no decimals: write a whole amount.</source>
        <translation>%1 không có phần thập phân: hãy nhập số nguyên.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="29"/>
        <source>%1 allows at most %2 decimal places.</source>
        <translation>%1 chỉ cho phép tối đa %2 chữ số thập phân.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="32"/>
        <source>The amount is too large.</source>
        <translation>Số tiền quá lớn.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="33"/>
        <source>“%1” is not an amount.</source>
        <translation>“%1” không phải là số tiền.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="37"/>
        <source>The amount must be greater than zero.</source>
        <translation>Số tiền phải lớn hơn không.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="50"/>
        <source>New income</source>
        <translation>Khoản thu mới</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="50"/>
        <source>New expense</source>
        <translation>Khoản chi mới</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="81"/>
        <source>Not settled yet (pending)</source>
        <translation>Chưa hoàn tất (đang chờ)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="89"/>
        <source>&amp;Wallet</source>
        <translation>&amp;Ví</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="91"/>
        <source>&amp;Amount</source>
        <translation>&amp;Số tiền</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="94"/>
        <source>&amp;Category</source>
        <translation>&amp;Danh mục</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="95"/>
        <source>&amp;Date</source>
        <translation>N&amp;gày</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="97"/>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="144"/>
        <source>Add an active wallet first.</source>
        <translation>Hãy thêm một ví đang hoạt động trước.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="150"/>
        <source>The note is too long.</source>
        <translation>Ghi chú quá dài.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/entrydialog.cpp" line="151"/>
        <source>The note holds a control character.</source>
        <translation>Ghi chú chứa ký tự điều khiển.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>%1 — Coffer</source>
        <translation>%1 — Coffer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Book: %1</source>
        <translation>Sổ: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>Coffer</source>
        <translation>Coffer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>&amp;Wallet</source>
        <translation>&amp;Ví</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>&amp;New wallet…</source>
        <translation>&amp;Ví mới…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>&amp;Edit wallet…</source>
        <translation>&amp;Sửa ví…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Make &amp;default</source>
        <translation>Đặt làm &amp;mặc định</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>&amp;Archive</source>
        <translation>&amp;Lưu trữ</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>&amp;Transactions</source>
        <translation>&amp;Giao dịch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>New &amp;income…</source>
        <translation>Khoản &amp;thu mới…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>New &amp;expense…</source>
        <translation>Khoản &amp;chi mới…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>New &amp;transfer…</source>
        <translation>&amp;Chuyển tiền mới…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Mark &amp;completed</source>
        <translation>Đánh dấu &amp;hoàn tất</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Ca&amp;ncel entry…</source>
        <translation>&amp;Hủy giao dịch…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>&amp;About Coffer</source>
        <translation>&amp;Giới thiệu Coffer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>About Coffer</source>
        <translation>Giới thiệu Coffer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>&lt;b&gt;Coffer&lt;/b&gt; %1&lt;br&gt;Exact, double-entry bookkeeping for merchants.</source>
        <translation>&lt;b&gt;Coffer&lt;/b&gt; %1&lt;br&gt;Sổ sách kế toán kép, chính xác cho người bán hàng.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>Total across wallets (excluded wallets left out): %1</source>
        <translation>Tổng các ví (không tính ví bị loại trừ): %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — newest entries first</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — giao dịch mới nhất ở trên</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>Cancel entry</source>
        <translation>Hủy giao dịch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="332"/>
        <source>Entry #%1 is settled. Coffer keeps it and records a reversing entry dated today. Go ahead?</source>
        <translation>Giao dịch #%1 đã hoàn tất. Coffer giữ nguyên giao dịch này và ghi một bút toán đảo ngày hôm nay. Tiếp tục?</translation>
    </message>
</context>
<context>
    <name>coffer::ui::RegisterModel</name>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="87"/>
        <source>From %1</source>
        <translation>Từ %1</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="88"/>
        <source>To %1</source>
        <translation>Đến %1</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="93"/>
        <source>Reversal of #%1: %2</source>
        <translation>Đảo bút toán #%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="102"/>
        <source>Reversed</source>
        <translation>Đã đảo</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="104"/>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="105"/>
        <source>Completed</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="106"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="121"/>
        <source>Income</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="122"/>
        <source>Expense</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../ui/models/registermodel.cpp" line="123"/>
        <source>Transfer</source>
        <translation>Chuyển tiền</translation>
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
    <name>coffer::ui::TransferDialog</name>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="23"/>
        <source>New transfer</source>
        <translation>Chuyển tiền mới</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="54"/>
        <source>units received for 1 unit sent</source>
        <translation>số đơn vị nhận được cho 1 đơn vị chuyển</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="56"/>
        <source>or the amount that arrived</source>
        <translation>hoặc số tiền đã nhận</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="67"/>
        <source>&amp;From</source>
        <translation>&amp;Từ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="68"/>
        <source>&amp;To</source>
        <translation>Đế&amp;n</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="70"/>
        <source>&amp;Amount sent</source>
        <translation>&amp;Số tiền chuyển</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="73"/>
        <source>&amp;Rate</source>
        <translation>Tỷ &amp;giá</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="74"/>
        <source>Amount &amp;received</source>
        <translation>Số tiền nhận đượ&amp;c</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="76"/>
        <source>&amp;Date</source>
        <translation>N&amp;gày</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="77"/>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="104"/>
        <source>%1 and %2 differ: enter the rate or the amount received.</source>
        <translation>%1 và %2 khác nhau: hãy nhập tỷ giá hoặc số tiền nhận được.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="107"/>
        <source>Enter the rate or the amount received, not both.</source>
        <translation>Chỉ nhập tỷ giá hoặc số tiền nhận được, không nhập cả hai.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="114"/>
        <source>The rate must be a positive number with at most 6 decimals.</source>
        <translation>Tỷ giá phải là số dương với tối đa 6 chữ số thập phân.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="117"/>
        <source>At this rate nothing would arrive in %1.</source>
        <translation>Với tỷ giá này sẽ không nhận được gì bằng %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="126"/>
        <source>These amounts imply a rate outside what Coffer records.</source>
        <translation>Các số tiền này cho ra tỷ giá nằm ngoài phạm vi Coffer ghi nhận.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="130"/>
        <source>%1 arrives, at %2 %3 per %4</source>
        <translation>Nhận được %1, theo tỷ giá %2 %3 cho mỗi %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="141"/>
        <source>A transfer needs two active wallets.</source>
        <translation>Chuyển tiền cần hai ví đang hoạt động.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="143"/>
        <source>Choose two different wallets.</source>
        <translation>Hãy chọn hai ví khác nhau.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/transferdialog.cpp" line="153"/>
        <source>The note is too long or holds a control character.</source>
        <translation>Ghi chú quá dài hoặc chứa ký tự điều khiển.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::WalletDialog</name>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="21"/>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="22"/>
        <source>Bank account</source>
        <translation>Tài khoản ngân hàng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="23"/>
        <source>E-wallet</source>
        <translation>Ví điện tử</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="24"/>
        <source>Credit card</source>
        <translation>Thẻ tín dụng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="39"/>
        <source>Edit wallet</source>
        <translation>Sửa ví</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="39"/>
        <source>New wallet</source>
        <translation>Ví mới</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="50"/>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="64"/>
        <source>Default wallet of the merchant</source>
        <translation>Ví mặc định của cửa hàng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="65"/>
        <source>Leave out of reports and totals</source>
        <translation>Không tính vào báo cáo và tổng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="72"/>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="73"/>
        <source>Name in &amp;Vietnamese</source>
        <translation>Tên tiếng &amp;Việt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="74"/>
        <source>&amp;Type</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="75"/>
        <source>&amp;Currency</source>
        <translation>&amp;Tiền tệ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="76"/>
        <source>&amp;Starting balance</source>
        <translation>Số dư &amp;ban đầu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="77"/>
        <source>Account or card &amp;number</source>
        <translation>Số tài khoản hoặc &amp;thẻ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/walletdialog.cpp" line="78"/>
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
        <location filename="../ui/models/walletmodel.cpp" line="72"/>
        <source>Excluded from reports</source>
        <translation>Không tính vào báo cáo</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="73"/>
        <source>Default wallet</source>
        <translation>Ví mặc định</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="90"/>
        <source>Wallet</source>
        <translation>Ví</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="91"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="92"/>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="93"/>
        <source>Current</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="94"/>
        <source>Available</source>
        <translation>Khả dụng</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="95"/>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../ui/models/walletmodel.cpp" line="96"/>
        <source>Held</source>
        <translation>Tạm giữ</translation>
    </message>
</context>
</TS>
