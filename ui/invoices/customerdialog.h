#pragma once

#include "payees/fieldproblems.h"
#include "workspace.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace coffer::ui {

// A customer's details and billing settings: name, e-mail, tax id, address,
// currency (fixed once the customer has an account), payment terms, billing cycle,
// how prices and tax are written, and the default tax rates. OK hands the form to
// CustomerService (add, or update when editing); a refusal is shown under the field
// it names and the dialog stays open for a correction.
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    // A new customer without `existing`; else `existing` is edited.
    explicit CustomerDialog(Workspace &workspace,
                            const std::optional<Customer> &existing = std::nullopt,
                            QWidget *parent = nullptr);
    void accept() override;

    // The form as a request. Errors: InvalidRate naming the rate field.
    Result<NewCustomer> request() const;
    // The customer as stored, once OK succeeded.
    const std::optional<Customer> &saved() const { return m_saved; }
    QString problem(const QString &field = {}) const { return m_problems.text(field); }

    QLineEdit *name() const { return m_name; }
    QLineEdit *email() const { return m_email; }
    QLineEdit *taxId() const { return m_taxId; }
    QPlainTextEdit *address() const { return m_address; }
    QComboBox *currency() const { return m_currency; }
    QSpinBox *terms() const { return m_terms; }
    QComboBox *cycle() const { return m_cycle; }
    QComboBox *prices() const { return m_prices; }
    QComboBox *rounding() const { return m_rounding; }
    QLineEdit *taxRate() const { return m_taxRate; }
    QLineEdit *costTaxRate() const { return m_costTaxRate; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createFields();
    void addContactRows(QFormLayout *form);
    void addBillingRows(QFormLayout *form);
    void fill(const Customer &customer);
    Result<Customer> submit(const NewCustomer &request) const;

    Workspace &m_workspace;
    std::optional<Customer> m_existing;
    std::optional<Customer> m_saved;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_taxId = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QComboBox *m_currency = nullptr;
    QSpinBox *m_terms = nullptr;
    QComboBox *m_cycle = nullptr;
    QComboBox *m_prices = nullptr;
    QComboBox *m_rounding = nullptr;
    QLineEdit *m_taxRate = nullptr;
    QLineEdit *m_costTaxRate = nullptr;
    FieldProblems m_problems;
};

} // namespace coffer::ui
