#pragma once

#include "ledger/book.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace coffer::ui {

// Moves money between two wallets. Across currencies it asks for the rate or the
// amount received and shows the other, computed with core's ExchangeRate (half-up,
// as the ledger records it); the entry keeps both amounts and the rate.
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    TransferDialog(Book &book, const Actor &actor, qint64 fromWalletId = 0,
                   QWidget *parent = nullptr);

    // Fills the form from the transfer `original` and makes OK replace it
    // (LedgerService::correct).
    void setOriginal(const Transaction &original);
    const Transaction &recorded() const { return m_recorded; }
    const NewTransaction &request() const { return m_request; }
    QString problem() const;
    // What the destination would receive and at what rate, as shown to the user.
    QString conversion() const;
    void accept() override;

private:
    struct Request
    {
        NewTransaction entry;
        QString conversion; // "≈ 2,540,050 VND at 25,400.5"
    };
    void buildForm();
    void fillWallets();
    int rowOf(qint64 walletId) const;
    const Wallet *walletAt(const QComboBox *box) const;
    QString firstProblem(Request *request) const;
    QString crossCurrencyProblem(const Wallet &from, const Wallet &to, Request *request) const;
    void revalidate();

    Book &m_book;
    Actor m_actor;
    QList<Wallet> m_wallets;
    Transaction m_recorded;
    NewTransaction m_request;
    std::optional<Transaction> m_original;

    QComboBox *m_from;
    QComboBox *m_to;
    QLineEdit *m_amount;
    QLabel *m_fromCurrency;
    QLineEdit *m_rate;
    QLineEdit *m_received;
    QLabel *m_conversion;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QList<QWidget *> m_crossCurrencyRows;
};

} // namespace coffer::ui
