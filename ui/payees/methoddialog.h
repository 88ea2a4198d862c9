#pragma once

#include "payees/fieldproblems.h"
#include "payees/payeetypes.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace coffer::ui {

// A new payout method: its kind, the details the kind needs (an IBAN, an e-mail,
// a @handle ...), the currency it pays in (one of the payee's wallets) and whether
// it becomes the default. OK hands it to `submit` (MethodService::add); the core
// checks the details, and a refusal stays under the field it names.
class MethodDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status(const NewPayoutMethod &method)>;

    MethodDialog(const QString &ownerId, const QList<Currency> &currencies,
                 QWidget *parent = nullptr);
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    void accept() override;

    NewPayoutMethod method() const;
    QString problem(const QString &field = {}) const { return m_problems.text(field); }
    QComboBox *kind() const { return m_kind; }
    QLineEdit *details() const { return m_details; }
    QComboBox *currency() const { return m_currency; }
    QCheckBox *makeDefault() const { return m_default; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showHint();

    QString m_ownerId;
    Submit m_submit;
    QComboBox *m_kind;
    QLineEdit *m_details;
    QLabel *m_hint;
    QComboBox *m_currency;
    QCheckBox *m_default;
    FieldProblems m_problems;
};

// "Bank account", "PayPal", "Debit card" ...
QString methodKindName(MethodKind kind);

} // namespace coffer::ui
