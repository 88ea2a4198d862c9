#pragma once

#include "ledger/walletservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace coffer::ui {

// Creates a wallet, or edits one's descriptive fields (its currency and starting
// balance are fixed once it exists). Checks as the user types, with the rules of
// core (names, amounts in the wallet's currency), names the broken rule next to the
// buttons and keeps OK disabled until the input is valid; on OK it calls
// WalletService, and a refusal keeps the dialog open with the reason.
class WalletDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` null: a new wallet in `merchant`'s default currency.
    WalletDialog(WalletService &wallets, const Actor &actor, const Merchant &merchant,
                 const Wallet *existing, QWidget *parent = nullptr);

    // The saved wallet, after accept().
    const Wallet &wallet() const { return m_saved; }
    QString problem() const;

    void accept() override;

private:
    void buildForm();
    void fill(const Wallet &wallet);
    Currency chosenCurrency() const;
    // The first broken rule of the input, or an empty text.
    QString firstProblem(qint64 *initialMinor) const;
    void revalidate();

    WalletService &m_wallets;
    Actor m_actor;
    Merchant m_merchant;
    bool m_editing;
    Wallet m_saved;

    QLineEdit *m_name;
    QLineEdit *m_vietnameseName;
    QComboBox *m_type;
    QComboBox *m_currency;
    QLineEdit *m_initial;
    QLineEdit *m_accountNumber;
    QLineEdit *m_bankName;
    QCheckBox *m_default;
    QCheckBox *m_excluded;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace coffer::ui
