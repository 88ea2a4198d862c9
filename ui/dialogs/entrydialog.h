#pragma once

#include "ledger/book.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace coffer::ui {

// Records an income or an expense: wallet, amount in that wallet's currency,
// category of the matching type (the tree shown indented), date, pending or
// settled, and a note. Checks as the user types with core's rules and names the
// broken one; OK calls LedgerService::record, and a refusal keeps the dialog open
// with nothing written. Editing an entry (setOriginal) replaces it through
// LedgerService::correct: a settled entry is reversed, never rewritten.
class EntryDialog : public QDialog
{
    Q_OBJECT

public:
    EntryDialog(Book &book, const Actor &actor, TransactionType type, qint64 walletId = 0,
                QWidget *parent = nullptr);

    // Fills the form from `original` and makes OK replace it.
    void setOriginal(const Transaction &original);
    const Transaction &recorded() const { return m_recorded; }
    // What OK recorded (for undo).
    const NewTransaction &request() const { return m_request; }
    QString problem() const;
    void accept() override;

private:
    void buildForm();
    void fillCategories();
    std::optional<Wallet> chosenWallet() const;
    QString firstProblem(Money *amount) const;
    void fillWallets();
    void revalidate();

    Book &m_book;
    Actor m_actor;
    TransactionType m_type;
    QList<Wallet> m_wallets;
    QList<Category> m_categories;
    Transaction m_recorded;
    NewTransaction m_request;
    std::optional<Transaction> m_original;

    QComboBox *m_wallet;
    QLineEdit *m_amount;
    QLabel *m_currency;
    QComboBox *m_category;
    QDateEdit *m_date;
    QCheckBox *m_pending;
    QLineEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// The user's amount text in `currency`, or the named rule it breaks (shared by the
// entry and transfer dialogs).
QString amountProblem(const QString &text, const Currency &currency, Money *amount);

} // namespace coffer::ui
