#pragma once

#include "workspace.h"

#include <QDialog>

#include <functional>

class QAbstractItemView;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace coffer::ui {

// The small forms of the payout inbox. Each checks nothing itself: OK hands the
// fields to `submit` (a core call), and a refusal is shown in the dialog, which
// stays open for a correction.
class PayoutFormDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status()>;
    PayoutFormDialog(const QString &title, const Payout &payout, QWidget *parent);
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    void accept() override;
    QString problem() const;

protected:
    QFormLayout *form() const { return m_form; }

private:
    Submit m_submit;
    QFormLayout *m_form;
    QLabel *m_problem;
};

// The approver's one-time code for a payout.
class ApproveDialog : public PayoutFormDialog
{
    Q_OBJECT

public:
    ApproveDialog(const Payout &payout, QWidget *parent);
    QLineEdit *code() const { return m_code; }

private:
    QLineEdit *m_code;
};

// What the rail did: its reference, the amount it sent, the proof file, a note
// (required when the amount differs) and the merchant wallet that paid.
class ExecuteDialog : public PayoutFormDialog
{
    Q_OBJECT

public:
    ExecuteDialog(const Payout &payout, const QList<Wallet> &wallets, QWidget *parent);
    // The form as an execution; the proof file is read here. Error: InvalidProof
    // (an unreadable file), the amount's parse errors.
    Result<Execution> execution() const;
    QLineEdit *reference() const { return m_reference; }
    QLineEdit *actual() const { return m_actual; }
    QLineEdit *proofPath() const { return m_proof; }
    QPlainTextEdit *note() const { return m_note; }

private:
    void chooseProof();

    Currency m_currency;
    QLineEdit *m_reference;
    QLineEdit *m_actual;
    QLineEdit *m_proof;
    QPlainTextEdit *m_note;
    QComboBox *m_wallet;
};

// The rail's failure code and message; retry keeps the payout approved.
class FailDialog : public PayoutFormDialog
{
    Q_OBJECT

public:
    FailDialog(const Payout &payout, QWidget *parent);
    QLineEdit *failureCode() const { return m_code; }
    QLineEdit *message() const { return m_message; }
    QCheckBox *retry() const { return m_retry; }

private:
    QLineEdit *m_code;
    QLineEdit *m_message;
    QCheckBox *m_retry;
};

// A reason, and for a proof replacement the new file.
class ReasonDialog : public PayoutFormDialog
{
    Q_OBJECT

public:
    // `fileLabel`: the file row's label (a new proof, unless named otherwise).
    ReasonDialog(const QString &title, const Payout &payout, bool withFile, QWidget *parent,
                 const QString &fileLabel = {});
    QString reason() const;
    Result<ProofFile> file() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *filePath() const { return m_file; }

private:
    QPlainTextEdit *m_reason;
    QLineEdit *m_file = nullptr;
};

// A list of payouts shown one per row of `view` (the model's rows in that order):
// the payout of the current row, and making a payout's row current.
const Payout *currentPayout(const QAbstractItemView *view, const QList<Payout> &payouts);
bool makePayoutCurrent(QAbstractItemView *view, const QList<Payout> &payouts,
                       const QString &number);

// Reads a proof file from disk. Error: InvalidProof naming the file.
Result<ProofFile> readProofFile(const QString &path);
// "1,234.50 USD" in the user's locale; amountText without the code.
QString moneyText(const Money &money);
QString amountText(const Money &money);
// How a payout method reads on screen: "PayPal L•••@example.com", "IBAN GB ••••5432".
QString methodText(const PayoutMethod &method);

} // namespace coffer::ui
