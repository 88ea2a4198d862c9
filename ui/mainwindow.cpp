#include "mainwindow.h"

#include "printing/bookprinting.h"

#include "books/recentbooks.h"
#include "dialogs/passworddialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/totpdialog.h"
#include "invoices/customerspage.h"
#include "invoices/invoicespage.h"
#include "invoices/letterheaddialog.h"
#include "invoices/paymentdialog.h"
#include "invoices/weeklyreconcile.h"
#include "language.h"
#include "pages/auditpage.h"
#include "pages/categoriespage.h"
#include "pages/dashboardpage.h"
#include "pages/transactionspage.h"
#include "pages/userspage.h"
#include "pages/walletspage.h"
#include "payees/payeemethodspage.h"
#include "payees/payeewalletpage.h"
#include "payouts/payoutspage.h"
#include "rolenames.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace coffer::ui {

MainWindow::MainWindow(Book &book, const Merchant &merchant, const Actor &actor,
                       const SignedIn &user, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(book, merchant, actor, user)
    , m_editor(m_workspace)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("%1 — Coffer").arg(merchant.name));
    // Issued invoices and credit notes are kept as this library prints them.
    printing::installInvoicePrinter(book);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    // Only for those who may use them.
    if (m_workspace.may(Permission::ReadBooks))
        addMerchantPages();
    if (m_workspace.may(Permission::ReadOwnWallet) && actor.payee.isSet())
        addPayeePages();
    if (m_workspace.may(Permission::ManageUsers)) {
        m_users = new UsersPage(m_workspace, m_stack);
        addPage(m_users, QStyle::SP_DirHomeIcon);
    }
    if (m_workspace.may(Permission::ReadAudit)) {
        m_audit = new AuditPage(m_workspace, m_stack);
        addPage(m_audit, QStyle::SP_FileDialogContentsView);
    }
    int widest = 0;
    for (const Page *page : std::as_const(m_pages))
        widest = qMax(widest, m_navigation->fontMetrics().horizontalAdvance(page->title()));
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 40);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    buildMenus();
    buildToolBar();
    QStringList roles;
    for (Role role : actor.roles)
        roles << roleName(role);
    statusBar()->showMessage(tr("Book: %1 · Merchant: %2 · Signed in as %3 (%4)")
                                 .arg(book.database().location().displayName(), merchant.name,
                                      user.name, roles.join(QStringLiteral(", "))));

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);
    for (Page *page : std::as_const(m_pages))
        connect(page, &Page::selectionChanged, this, &MainWindow::updateActions);
    resize(1180, 760);
    restoreLayout();
    updateActions();
    // Once the window is up: the weekly check of customer balances, when due.
    QTimer::singleShot(0, this, &MainWindow::reconcileIfDue);
}

void MainWindow::reconcileIfDue()
{
    const QDate today = m_workspace.book().invoices().today();
    if (!WeeklyReconcile::isDue(m_workspace, today))
        return;
    auto drifts = WeeklyReconcile::run(m_workspace, today);
    if (!drifts) {
        statusBar()->showMessage(drifts.error().detail, 10000);
        return;
    }
    if (drifts->isEmpty()) {
        statusBar()->showMessage(WeeklyReconcile::summary(*drifts), 10000);
        return;
    }
    // Not modal: the window stays usable while the message is read.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Customer balances"),
                                WeeklyReconcile::summary(*drifts), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("reconcileWarning"));
    box->setModal(false);
    box->show();
}

void MainWindow::addMerchantPages()
{
    m_dashboard = new DashboardPage(m_workspace, m_stack);
    m_wallets = new WalletsPage(m_workspace, m_stack);
    m_categories = new CategoriesPage(m_workspace, m_stack);
    m_transactions = new TransactionsPage(m_workspace, std::nullopt, m_stack);
    m_transfers = new TransactionsPage(m_workspace, TransactionType::Transfer, m_stack);
    m_payouts = new PayoutsPage(m_workspace, m_stack);
    m_customers = new CustomersPage(m_workspace, m_stack);
    m_invoices = new InvoicesPage(m_workspace, m_stack);
    addPage(m_dashboard, QStyle::SP_FileDialogInfoView);
    addPage(m_wallets, QStyle::SP_DriveHDIcon);
    addPage(m_categories, QStyle::SP_DirIcon);
    addPage(m_transactions, QStyle::SP_FileDialogDetailedView);
    addPage(m_transfers, QStyle::SP_BrowserReload);
    addPage(m_payouts, QStyle::SP_ArrowForward);
    addPage(m_customers, QStyle::SP_ComputerIcon);
    addPage(m_invoices, QStyle::SP_FileIcon);
    // A payment asked for on the invoices page opens the payment dialog for them.
    connect(m_invoices, &InvoicesPage::paymentRequested, this,
            [this](const QString &customer, const QStringList &numbers) {
                PaymentDialog(m_workspace, customer, numbers, this).exec();
            });
    connect(m_wallets, &WalletsPage::entryActivated, this, &MainWindow::editEntry);
    connect(m_wallets, &WalletsPage::filterRequested, this, &MainWindow::showTransactions);
    connect(m_transactions, &TransactionsPage::entryActivated, this, &MainWindow::editEntry);
    connect(m_transfers, &TransactionsPage::entryActivated, this, &MainWindow::editEntry);
    connect(m_dashboard, &DashboardPage::transactionsRequested, this,
            &MainWindow::showTransactions);
}

void MainWindow::addPayeePages()
{
    m_payeeWallet = new PayeeWalletPage(m_workspace, m_stack);
    m_payeeMethods = new PayeeMethodsPage(m_workspace, m_stack);
    addPage(m_payeeWallet, QStyle::SP_DriveHDIcon);
    addPage(m_payeeMethods, QStyle::SP_FileDialogDetailedView);
}

void MainWindow::addPage(Page *page, QStyle::StandardPixmap icon)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(style()->standardIcon(icon), page->title(), m_navigation);
    item->setSizeHint(QSize(0, 36));
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::showPage(Page *page)
{
    m_navigation->setCurrentRow(int(m_pages.indexOf(page)));
}

void MainWindow::buildMenus()
{
    buildFileMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    if (m_wallets) {
        // A payee's changes (payouts, methods) are not undone: they are cancelled or removed.
        m_undo = m_workspace.undoStack()->createUndoAction(this, tr("&Undo"));
        m_undo->setShortcut(QKeySequence::Undo);
        m_redo = m_workspace.undoStack()->createRedoAction(this, tr("&Redo"));
        m_redo->setShortcut(QKeySequence::Redo);
        edit->addAction(m_undo);
        edit->addAction(m_redo);
        edit->addSeparator();
    }
    // QKeySequence::Preferences is empty on most Linux desktops.
    edit->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page; later ones have none.
    for (int i = 0; i < m_pages.size(); ++i) {
        Page *page = m_pages.at(i);
        QAction *show = view->addAction(page->title(), this, [this, page] { showPage(page); });
        if (i < 10)
            show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
    }
    if (m_wallets)
        buildEntryMenus();
    if (m_payeeWallet)
        buildPayeeMenu();

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(tr("Set up a &one-time password…"), this, &MainWindow::setUpTotp)
        ->setObjectName(QStringLiteral("setUpTotp"));
    account->addAction(tr("Change &password…"), this, &MainWindow::changePassword)
        ->setObjectName(QStringLiteral("changePassword"));
    account->addSeparator();
    account->addAction(tr("Si&gn out…"), this, &MainWindow::signOutRequested)
        ->setObjectName(QStringLiteral("signOut"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Coffer"), this, [this] {
        QMessageBox::about(this, tr("About Coffer"),
                           tr("<b>Coffer</b> %1<br>Exact, double-entry bookkeeping for merchants.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildEntryMenus()
{
    QMenu *wallets = menuBar()->addMenu(tr("&Wallet"));
    m_newWallet = wallets->addAction(tr("&New wallet…"), this, [this] {
        showPage(m_wallets);
        m_wallets->newWallet();
    });
    m_newWallet->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editWallet = wallets->addAction(tr("&Edit wallet…"), m_wallets, &WalletsPage::editWallet);
    m_editWallet->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_setDefault
        = wallets->addAction(tr("Make &default"), m_wallets, &WalletsPage::setDefaultWallet);
    wallets->addSeparator();
    m_archive = wallets->addAction(tr("&Archive"), m_wallets, &WalletsPage::archiveWallet);
    m_restore = wallets->addAction(tr("&Restore"), m_wallets, &WalletsPage::restoreWallet);

    QMenu *entries = menuBar()->addMenu(tr("&Transactions"));
    m_newIncome = entries->addAction(tr("New &income…"), this, &MainWindow::newIncome);
    m_newIncome->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_newExpense = entries->addAction(tr("New &expense…"), this, &MainWindow::newExpense);
    m_newExpense->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_newTransfer = entries->addAction(tr("New &transfer…"), this, &MainWindow::newTransfer);
    m_newTransfer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    entries->addSeparator();
    m_editEntry = entries->addAction(tr("&Edit entry…"), this, &MainWindow::editEntry);
    m_editEntry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_completeEntry = entries->addAction(tr("Mark &completed"), this, &MainWindow::completeEntry);
    m_completeEntry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_cancelEntry = entries->addAction(tr("Ca&ncel entry…"), this, &MainWindow::cancelEntry);
    m_cancelEntry->setShortcut(QKeySequence::Delete);
}

void MainWindow::buildPayeeMenu()
{
    QMenu *payouts = menuBar()->addMenu(tr("&Payouts"));
    m_requestPayout = payouts->addAction(tr("&Request payout…"), this, [this] {
        showPage(m_payeeWallet);
        m_payeeWallet->requestPayout();
    });
    m_requestPayout->setObjectName(QStringLiteral("requestPayout"));
    m_requestPayout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_cancelPayout
        = payouts->addAction(tr("&Cancel payout…"), m_payeeWallet, &PayeeWalletPage::cancelPayout);
    payouts->addSeparator();
    m_addMethod = payouts->addAction(tr("&Add payout method…"), this, [this] {
        showPage(m_payeeMethods);
        m_payeeMethods->addMethod();
    });
    m_addMethod->setObjectName(QStringLiteral("addMethod"));
    m_addMethod->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_defaultMethod = payouts->addAction(tr("Make method &default"), m_payeeMethods,
                                         &PayeeMethodsPage::makeSelectedDefault);
    m_removeMethod = payouts->addAction(tr("Re&move method…"), m_payeeMethods,
                                        &PayeeMethodsPage::removeSelected);
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New book…"), this, &MainWindow::newBookRequested)
        ->setShortcut(QKeySequence::New);
    file->addAction(tr("&Open book…"), this, &MainWindow::openBookRequested)
        ->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Connect to a server…"), this, &MainWindow::connectRequested)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QMenu *recent = file->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    file->addAction(tr("Explore the &demo book"), this, &MainWindow::demoRequested);
    file->addSeparator();
    QMenu *merchants = file->addMenu(tr("&Merchant"));
    merchants->setObjectName(QStringLiteral("merchantMenu"));
    fillMerchantMenu(merchants);
    connect(merchants, &QMenu::aboutToShow, this,
            [this, merchants] { fillMerchantMenu(merchants); });
    // The merchant's letterhead on invoices, beside the merchant switcher.
    QAction *letterhead = file->addAction(tr("&Letterhead…"), this,
                                          [this] { LetterheadDialog(m_workspace, this).exec(); });
    letterhead->setObjectName(QStringLiteral("letterhead"));
    // The owner's word, or an administrator's (core refuses anyone else).
    letterhead->setVisible(m_workspace.actor().hasRole(Role::Owner)
                           || m_workspace.may(Permission::ManageSettings));
    file->addAction(tr("&Refresh"), this, &MainWindow::refresh)->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    m_print = file->addAction(tr("&Print…"), this, &MainWindow::print);
    m_print->setShortcut(QKeySequence::Print);
    m_printPreview = file->addAction(tr("Print pre&view…"), this, &MainWindow::printPreview);
    m_exportPdf = file->addAction(tr("E&xport to PDF…"), this, [this] { exportPdf(); });
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    file->addSeparator();
    file->addAction(tr("C&lose book"), this, &MainWindow::closeBookRequested)
        ->setShortcut(QKeySequence::Close);
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);
}

void MainWindow::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QString current = m_workspace.book().database().location().displayName();
    for (const QString &book : RecentBooks::list()) {
        if (book != current)
            menu->addAction(book, this, [this, book] { Q_EMIT recentRequested(book); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No other recent books"))->setEnabled(false);
}

void MainWindow::fillMerchantMenu(QMenu *menu)
{
    // The switcher: every merchant of the book, the current one checked.
    menu->clear();
    for (const Merchant &m :
         m_workspace.book().users().merchantsOf(m_workspace.user()).value_or({})) {
        QAction *action = menu->addAction(m.name, this, [this, id = m.id] {
            if (id != m_workspace.merchant().id)
                Q_EMIT merchantRequested(id);
        });
        action->setCheckable(true);
        action->setChecked(m.id == m_workspace.merchant().id);
    }
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    if (m_payeeWallet) {
        m_requestPayout->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
        m_addMethod->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
        bar->addAction(m_requestPayout);
        bar->addAction(m_addMethod);
    }
    if (!m_wallets)
        return;
    m_newIncome->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_newExpense->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_newTransfer->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
    m_undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    bar->addAction(m_newIncome);
    bar->addAction(m_newExpense);
    bar->addAction(m_newTransfer);
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const int page = settings.value(QStringLiteral("window/page"), 0).toInt();
    m_navigation->setCurrentRow(page >= 0 && page < m_pages.size() ? page : 0);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), m_navigation->currentRow());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::refresh()
{
    m_workspace.bookChanged();
}

void MainWindow::updateActions()
{
    Page *page = currentPage();
    const bool printable = page && page != m_dashboard;
    for (QAction *action : {m_print, m_printPreview, m_exportPdf})
        action->setEnabled(printable);
    if (m_payeeWallet) {
        m_cancelPayout->setEnabled(page == m_payeeWallet
                                   && m_payeeWallet->cancelButton()->isEnabled());
        m_defaultMethod->setEnabled(page == m_payeeMethods
                                    && m_payeeMethods->defaultButton()->isEnabled());
        m_removeMethod->setEnabled(page == m_payeeMethods
                                   && m_payeeMethods->removeButton()->isEnabled());
        const bool manages = m_workspace.may(Permission::RequestOwnPayout);
        for (QAction *action :
             {m_requestPayout, m_cancelPayout, m_addMethod, m_defaultMethod, m_removeMethod})
            action->setVisible(manages);
    }
    if (!m_wallets)
        return;
    const Wallet *wallet = page == m_wallets ? m_wallets->selectedWallet() : nullptr;
    m_editWallet->setEnabled(wallet);
    m_setDefault->setEnabled(wallet && wallet->isActive() && !wallet->isDefault);
    m_archive->setEnabled(wallet && wallet->isActive() && !wallet->isDefault);
    m_restore->setEnabled(wallet && !wallet->isActive());
    const std::optional<Transaction> entry = page ? page->currentEntry() : std::nullopt;
    m_editEntry->setEnabled(entry && EntryEditor::canEdit(*entry));
    m_completeEntry->setEnabled(entry && EntryEditor::canComplete(*entry));
    m_cancelEntry->setEnabled(entry && EntryEditor::canCancel(*entry));
    // What the user's roles do not allow is not offered (the core refuses it anyway).
    const bool wallets = m_workspace.may(Permission::ManageWallets);
    for (QAction *action : {m_newWallet, m_editWallet, m_setDefault, m_archive, m_restore})
        action->setVisible(wallets);
    const bool entries = m_workspace.may(Permission::RecordEntries);
    for (QAction *action :
         {m_newIncome, m_newExpense, m_newTransfer, m_editEntry, m_completeEntry, m_cancelEntry})
        action->setVisible(entries);
}

void MainWindow::setUpTotp()
{
    TotpDialog dialog(m_workspace.book().users(), m_workspace.user(), this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("Your one-time password is set up."), 5000);
        m_workspace.bookChanged();
    }
}

void MainWindow::changePassword()
{
    PasswordDialog dialog(m_workspace.book().users(), m_workspace.user(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password is changed."), 5000);
}

void MainWindow::newIncome()
{
    m_editor.create(TransactionType::Income, currentPage() ? currentPage()->currentWalletId() : 0,
                    this);
}

void MainWindow::newExpense()
{
    m_editor.create(TransactionType::Expense, currentPage() ? currentPage()->currentWalletId() : 0,
                    this);
}

void MainWindow::newTransfer()
{
    m_editor.create(TransactionType::Transfer, currentPage() ? currentPage()->currentWalletId() : 0,
                    this);
}

void MainWindow::editEntry()
{
    if (const auto entry = currentPage() ? currentPage()->currentEntry() : std::nullopt)
        m_editor.edit(*entry, this);
}

void MainWindow::completeEntry()
{
    if (const auto entry = currentPage() ? currentPage()->currentEntry() : std::nullopt)
        m_editor.complete(*entry, this);
}

void MainWindow::cancelEntry()
{
    if (const auto entry = currentPage() ? currentPage()->currentEntry() : std::nullopt)
        m_editor.cancel(*entry, this);
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    saveLanguage(dialog.language());
    bool rebuild
        = dialog.language() != QLocale().name().left(2) && installLanguage(dialog.language());
    if (dialog.theme() != savedTheme()) {
        saveTheme(dialog.theme());
        rebuild = applyTheme(dialog.theme()) || rebuild; // the charts take the new palette
    }
    if (rebuild)
        Q_EMIT lookChanged();
}

void MainWindow::print()
{
    const PrintJob job = currentPage()->printJob();
    if (job.sections.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        ListPrinter(job).print(&printer);
}

void MainWindow::printPreview()
{
    const PrintJob job = currentPage()->printJob();
    if (job.sections.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, this);
    const ListPrinter printerJob(job);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&printerJob](QPrinter *target) { printerJob.print(target); });
    preview.resize(1000, 760);
    preview.exec();
}

bool MainWindow::exportPdf(QString path)
{
    const PrintJob job = currentPage()->printJob();
    if (job.sections.isEmpty())
        return false;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            this, tr("Export to PDF"), job.title + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return false;
    }
    if (!ListPrinter(job).exportPdf(path)) {
        QMessageBox::warning(this, tr("Coffer"), tr("Coffer could not write %1.").arg(path));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

void MainWindow::showTransactions(const TransactionFilter &filter)
{
    if (!m_transactions)
        return;
    showPage(m_transactions);
    m_transactions->showFilter(filter);
}

} // namespace coffer::ui
