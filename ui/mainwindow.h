#pragma once

#include "ledger/book.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QTableView;

namespace coffer::ui {

class RegisterModel;
class WalletModel;

// The desktop window over one open book and merchant: wallets with their
// balances and totals, and the selected wallet's register.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Book &book, const Merchant &merchant, QWidget *parent = nullptr);

    WalletModel *walletModel() const { return m_walletModel; }
    RegisterModel *registerModel() const { return m_registerModel; }

    // The wallet selected in the table, if any.
    const Wallet *selectedWallet() const;

public Q_SLOTS:
    void refresh();
    void newWallet();
    void editWallet();
    void setDefaultWallet();
    void archiveWallet();
    void restoreWallet();
    void newIncome();
    void newExpense();
    void newTransfer();
    void completeEntry();
    void cancelEntry();

private:
    void buildMenus();
    void updateWalletActions();
    void updateEntryActions();
    const Transaction *selectedEntry() const;
    void newEntry(TransactionType type);
    // After an entry changed balances: reload, keeping the selected wallet.
    void refreshKeepingWallet();
    void selectWallet(qint64 walletId);
    void showRegister(int walletRow);
    void showError(const Error &error);
    QString totalsText(const QList<Wallet> &wallets) const;

    Book &m_book;
    Merchant m_merchant;
    Actor m_actor;
    WalletModel *m_walletModel;
    RegisterModel *m_registerModel;
    QTableView *m_walletView;
    QTableView *m_registerView;
    QLabel *m_totals;
    QLabel *m_registerTitle;
    QAction *m_editWallet = nullptr;
    QAction *m_setDefault = nullptr;
    QAction *m_archive = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_completeEntry = nullptr;
    QAction *m_cancelEntry = nullptr;
};

} // namespace coffer::ui
