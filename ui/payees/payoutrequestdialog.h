#pragma once

#include "payees/fieldproblems.h"
#include "payouts/payouttypes.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace coffer::ui {

// A payee asks to be paid: the wallet (currency), the amount in its currency, one
// of their active payout methods in that currency (the default chosen), and
// whether to pay instantly, with the instant fee and what will be sent shown as
// they type. OK hands the request to `submit` (PayoutService::request); a refusal
// stays in the dialog under the field it names, and nothing is written.
class PayoutRequestDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status(const NewPayout &request)>;

    PayoutRequestDialog(const QString &ownerId, const QList<PayeeBalance> &balances,
                        const QList<PayoutMethod> &methods, qint64 instantPartsPerMillion,
                        QWidget *parent = nullptr);
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    // Prices the request as typed (PayoutService::quote): the instant fee and the
    // adjustments it would take; without one, only the instant fee is shown.
    using Quoter = std::function<Result<PayoutQuote>(const NewPayout &request)>;
    void setQuoter(Quoter quoter)
    {
        m_quoter = std::move(quoter);
        updateSummary();
    }
    void accept() override;

    // The form as a request. Errors: the amount's, named "amount".
    Result<NewPayout> request() const;
    // The refusal shown under `field` ("amount", "method"; empty: under the form).
    QString problem(const QString &field = {}) const { return m_problems.text(field); }

    QComboBox *wallet() const { return m_wallet; }
    QLineEdit *amount() const { return m_amount; }
    QComboBox *method() const { return m_method; }
    QCheckBox *instant() const { return m_instant; }
    QLabel *summary() const { return m_summary; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildForm();
    const PayeeBalance *chosenBalance() const;
    // Why the amount typed is not one (translated), or empty with `amount` set.
    QString amountProblemText(Money *amount) const;
    void fillMethods();
    void updateSummary();
    void showQuote(const PayoutQuote &quote);

    Quoter m_quoter;
    QString m_ownerId;
    QList<PayeeBalance> m_balances;
    QList<PayoutMethod> m_methods;
    qint64 m_instantPartsPerMillion;
    // One key for the dialog: OK pressed twice, or again after a lost answer, asks once.
    QString m_idempotencyKey;
    Submit m_submit;
    QComboBox *m_wallet = nullptr;
    QLabel *m_available = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_currency = nullptr;
    QComboBox *m_method = nullptr;
    QCheckBox *m_instant = nullptr;
    QLabel *m_summary = nullptr;
    FieldProblems m_problems;
};

} // namespace coffer::ui
