#pragma once

#include "entryeditor.h"
#include "workspace.h"

#include <QMainWindow>
#include <QStyle>

class QAction;
class QListWidget;
class QStackedWidget;

namespace coffer::ui {

class AuditPage;
class CategoriesPage;
class DashboardPage;
class CustomersPage;
class InvoicesPage;
class Page;
class PayeeMethodsPage;
class PayeeWalletPage;
class TransactionsPage;
class UsersPage;
class PayoutsPage;
class WalletsPage;

// The desktop window over one open book and merchant: a navigation list on the
// left (Dashboard, Wallets, Categories, Transactions, Transfers ...), the chosen screen on the
// right, menus, a toolbar and keyboard shortcuts for the frequent actions, and
// an undo history of the user's edits. Size, position and the last screen are
// remembered between runs. A payee (ReadOwnWallet without ReadBooks) gets only
// their own pages, My wallet and Payout methods, and the menus that act on them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Book &book, const Merchant &merchant, const Actor &actor, const SignedIn &user,
               QWidget *parent = nullptr);

    Workspace &workspace() { return m_workspace; }
    // Null for a payee, who does not read the merchant's books.
    DashboardPage *dashboardPage() const { return m_dashboard; }
    WalletsPage *walletsPage() const { return m_wallets; }
    CategoriesPage *categoriesPage() const { return m_categories; }
    TransactionsPage *transactionsPage() const { return m_transactions; }
    TransactionsPage *transfersPage() const { return m_transfers; }
    // Null when the user may not manage users, or read the audit trail.
    UsersPage *usersPage() const { return m_users; }
    AuditPage *auditPage() const { return m_audit; }
    PayoutsPage *payoutsPage() const { return m_payouts; }
    CustomersPage *customersPage() const { return m_customers; }
    InvoicesPage *invoicesPage() const { return m_invoices; }
    // A payee's own pages; null for staff.
    PayeeWalletPage *payeeWalletPage() const { return m_payeeWallet; }
    PayeeMethodsPage *payeeMethodsPage() const { return m_payeeMethods; }
    const QList<Page *> &pages() const { return m_pages; }
    Page *currentPage() const;
    void showPage(Page *page);
    // Keeps the window's size, position and screen for the next run.
    void saveLayout();

public Q_SLOTS:
    void refresh();
    void setUpTotp();
    void changePassword();
    void newIncome();
    void newExpense();
    void newTransfer();
    void editEntry();
    void completeEntry();
    void cancelEntry();
    void showTransactions(const TransactionFilter &filter);
    void editPreferences();
    void print();
    void printPreview();
    // Writes the current screen's lists to `path` (asked for when empty).
    bool exportPdf(QString path = {});

Q_SIGNALS:
    // Book and merchant choices, carried out by the BookSession.
    void newBookRequested();
    void openBookRequested();
    void connectRequested();
    void demoRequested();
    void recentRequested(const QString &locationText);
    void merchantRequested(qint64 merchantId);
    void closeBookRequested();
    void signOutRequested();
    // The user chose another language or look: the window is rebuilt in it.
    void lookChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The weekly reconcile of customer balances (WeeklyReconcile), when due.
    void reconcileIfDue();
    void addPage(Page *page, QStyle::StandardPixmap icon);
    void addMerchantPages();
    void addPayeePages();
    void buildMenus();
    void buildEntryMenus();
    void buildPayeeMenu();
    void buildFileMenu();
    void fillRecentMenu(QMenu *menu);
    void fillMerchantMenu(QMenu *menu);
    void buildToolBar();
    void updateActions();
    void restoreLayout();

    Workspace m_workspace;
    EntryEditor m_editor;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    DashboardPage *m_dashboard = nullptr;
    WalletsPage *m_wallets = nullptr;
    CategoriesPage *m_categories = nullptr;
    TransactionsPage *m_transactions = nullptr;
    TransactionsPage *m_transfers = nullptr;
    PayeeWalletPage *m_payeeWallet = nullptr;
    PayeeMethodsPage *m_payeeMethods = nullptr;
    UsersPage *m_users = nullptr;
    AuditPage *m_audit = nullptr;
    PayoutsPage *m_payouts = nullptr;
    CustomersPage *m_customers = nullptr;
    InvoicesPage *m_invoices = nullptr;
    QList<Page *> m_pages;
    QAction *m_newIncome = nullptr;
    QAction *m_newExpense = nullptr;
    QAction *m_newTransfer = nullptr;
    QAction *m_newWallet = nullptr;
    QAction *m_editWallet = nullptr;
    QAction *m_setDefault = nullptr;
    QAction *m_archive = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_editEntry = nullptr;
    QAction *m_completeEntry = nullptr;
    QAction *m_cancelEntry = nullptr;
    QAction *m_print = nullptr;
    QAction *m_printPreview = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_requestPayout = nullptr;
    QAction *m_cancelPayout = nullptr;
    QAction *m_addMethod = nullptr;
    QAction *m_defaultMethod = nullptr;
    QAction *m_removeMethod = nullptr;
};

} // namespace coffer::ui
