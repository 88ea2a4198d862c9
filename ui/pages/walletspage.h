#pragma once

#include "pages/page.h"

class QDateEdit;
class QLabel;
class QTableView;

namespace coffer::ui {

class RegisterModel;
class WalletModel;

// Wallets with their balances and totals per currency, and the selected
// wallet's register with a running balance.
class WalletsPage : public Page
{
    Q_OBJECT

public:
    explicit WalletsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override { return tr("Wallets"); }
    void reload() override;
    std::optional<Transaction> currentEntry() const override;
    qint64 currentWalletId() const override;
    PrintJob printJob() override;

    WalletModel *walletModel() const { return m_walletModel; }
    RegisterModel *registerModel() const { return m_registerModel; }
    QTableView *walletView() const { return m_walletView; }
    QTableView *registerView() const { return m_registerView; }
    const Wallet *selectedWallet() const;
    void selectWallet(qint64 walletId);

public Q_SLOTS:
    void newWallet();
    void editWallet();
    void setDefaultWallet();
    void archiveWallet();
    void restoreWallet();
    // Scrolls the register to the newest entry dated `date` or earlier.
    void goToDate(const QDate &date);

Q_SIGNALS:
    // The user asked to edit the register entry (double click).
    void entryActivated();
    // The user wants the selected wallet's entries with every filter (Transactions).
    void filterRequested(const TransactionFilter &filter);

private:
    void showRegister(int walletRow);
    void changeSelectedWallet(Status (WalletService::*change)(const Actor &, qint64));
    QString totalsText(const QList<Wallet> &wallets) const;

    WalletModel *m_walletModel;
    RegisterModel *m_registerModel;
    QTableView *m_walletView;
    QTableView *m_registerView;
    QLabel *m_totals;
    QLabel *m_registerTitle;
    QDateEdit *m_goToDate;
    qint64 m_shownWalletId = -1;
};

} // namespace coffer::ui
