#include "invoices/customerdialog.h"

#include "invoices/customertexts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

// A rate as the user reads it: "8.25" with the locale's decimal point.
QString editableRate(qint64 partsPerMillion)
{
    return percentText(partsPerMillion).replace(QLatin1Char('.'), QLocale().decimalPoint());
}

Result<qint64> rateOf(const QLineEdit *edit, const QString &field)
{
    QString text = edit->text().trimmed();
    if (text.isEmpty())
        return 0;
    return parseRate(text.replace(QLocale().decimalPoint(), QStringLiteral(".")), field);
}

// A rate field with its "%" beside it.
QLayout *percentRow(QLineEdit *edit, QWidget *parent)
{
    edit->setAlignment(Qt::AlignRight);
    edit->setMaximumWidth(90);
    auto *row = new QHBoxLayout;
    row->addWidget(edit);
    row->addWidget(new QLabel(QStringLiteral("%"), parent));
    row->addStretch(1);
    return row;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

CustomerDialog::CustomerDialog(Workspace &workspace, const std::optional<Customer> &existing,
                               QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_existing(existing)
    , m_problems(FieldProblems::makeLabel(this))
{
    setWindowTitle(existing ? tr("Edit customer") : tr("New customer"));
    createFields();
    // One form under two headings, so that every field starts in the same column.
    auto *form = new QFormLayout;
    form->addRow(heading(tr("Contact"), this));
    addContactRows(form);
    QLabel *billing = heading(tr("Billing"), this);
    billing->setContentsMargins(0, 8, 0, 0);
    form->addRow(billing);
    addBillingRows(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems.general());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (existing)
        fill(*existing);
    setMinimumWidth(520);
}

void CustomerDialog::createFields()
{
    m_name = new QLineEdit(this);
    m_email = new QLineEdit(this);
    m_email->setPlaceholderText(tr("billing@example.com"));
    m_taxId = new QLineEdit(this);
    m_taxId->setPlaceholderText(tr("Optional"));
    m_address = new QPlainTextEdit(this);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_currency = new QComboBox(this);
    for (const Currency &c : Currency::all())
        m_currency->addItem(QStringLiteral("%1 — %2").arg(c.code(), c.name()), c.code());
    m_currency->setCurrentIndex(
        m_currency->findData(m_workspace.merchant().defaultCurrency.code()));
    m_terms = new QSpinBox(this);
    m_terms->setRange(0, 365);
    m_terms->setValue(NewCustomer().termsDays);
    m_terms->setSuffix(tr(" days"));
    m_terms->setSpecialValueText(tr("Due on receipt"));
    m_terms->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_terms->setMinimumWidth(160);
    m_cycle = new QComboBox(this);
    for (BillingCycle c : {BillingCycle::None, BillingCycle::Monthly})
        m_cycle->addItem(CustomerTexts::cycle(c), toCode(c));
    m_prices = new QComboBox(this);
    for (TaxMode m : {TaxMode::Exclusive, TaxMode::Inclusive})
        m_prices->addItem(CustomerTexts::taxMode(m), toCode(m));
    m_rounding = new QComboBox(this);
    for (TaxRounding r : {TaxRounding::PerLine, TaxRounding::PerInvoice})
        m_rounding->addItem(CustomerTexts::taxRounding(r), toCode(r));
    m_taxRate = new QLineEdit(editableRate(0), this);
    m_costTaxRate = new QLineEdit(editableRate(0), this);
    const QList<std::pair<QWidget *, const char *>> names {{m_name, "name"},
                                                           {m_email, "email"},
                                                           {m_taxId, "taxId"},
                                                           {m_address, "address"},
                                                           {m_currency, "currency"},
                                                           {m_terms, "terms"},
                                                           {m_cycle, "cycle"},
                                                           {m_prices, "prices"},
                                                           {m_rounding, "rounding"},
                                                           {m_taxRate, "taxRate"},
                                                           {m_costTaxRate, "costTaxRate"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));
}

void CustomerDialog::addContactRows(QFormLayout *form)
{
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), m_problems.addField(QStringLiteral("name"), this));
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(QString(), m_problems.addField(QStringLiteral("email"), this));
    form->addRow(tr("&Tax ID"), m_taxId);
    form->addRow(QString(), m_problems.addField(QStringLiteral("tax id"), this));
    form->addRow(tr("&Address"), m_address);
    form->addRow(QString(), m_problems.addField(QStringLiteral("address"), this));
}

void CustomerDialog::addBillingRows(QFormLayout *form)
{
    form->addRow(tr("C&urrency"), m_currency);
    form->addRow(QString(), m_problems.addField(QStringLiteral("currency"), this));
    form->addRow(tr("Payment &terms"), m_terms);
    form->addRow(QString(), m_problems.addField(QStringLiteral("terms"), this));
    form->addRow(tr("Billing &cycle"), m_cycle);
    form->addRow(tr("&Prices"), m_prices);
    form->addRow(tr("Tax r&ounding"), m_rounding);
    form->addRow(buddyLabel(tr("Default tax &rate"), m_taxRate), percentRow(m_taxRate, this));
    form->addRow(QString(), m_problems.addField(QStringLiteral("tax rate"), this));
    form->addRow(buddyLabel(tr("Tax rate on billed co&sts"), m_costTaxRate),
                 percentRow(m_costTaxRate, this));
    form->addRow(QString(), m_problems.addField(QStringLiteral("cost tax rate"), this));
    auto *hint = new QLabel(tr("The rate for lines typed on an invoice, and for the ledger "
                               "entries an invoice bills."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false); // the palette's quieter text
    form->addRow(QString(), hint);
}

void CustomerDialog::fill(const Customer &c)
{
    m_name->setText(c.name);
    m_email->setText(c.email);
    m_taxId->setText(c.taxId);
    m_address->setPlainText(c.address);
    m_currency->setCurrentIndex(m_currency->findData(c.currency.code()));
    // The customer's ledger is kept in this currency.
    m_currency->setEnabled(false);
    m_currency->setToolTip(tr("A customer's account stays in the currency it was opened in."));
    m_terms->setValue(c.termsDays);
    m_cycle->setCurrentIndex(m_cycle->findData(toCode(c.cycle)));
    m_prices->setCurrentIndex(m_prices->findData(toCode(c.taxMode)));
    m_rounding->setCurrentIndex(m_rounding->findData(toCode(c.taxRounding)));
    m_taxRate->setText(editableRate(c.itemTaxRate));
    m_costTaxRate->setText(editableRate(c.costTaxRate));
}

Result<NewCustomer> CustomerDialog::request() const
{
    NewCustomer r;
    r.name = m_name->text();
    r.email = m_email->text();
    r.taxId = m_taxId->text();
    r.address = m_address->toPlainText();
    r.currency = m_currency->currentData().toString();
    r.termsDays = m_terms->value();
    r.cycle = billingCycleFromText(m_cycle->currentData().toString()).value();
    r.taxMode = taxModeFromText(m_prices->currentData().toString()).value();
    r.taxRounding = taxRoundingFromText(m_rounding->currentData().toString()).value();
    auto itemRate = rateOf(m_taxRate, QStringLiteral("tax rate"));
    if (!itemRate)
        return itemRate.error();
    r.itemTaxRate = *itemRate;
    auto costRate = rateOf(m_costTaxRate, QStringLiteral("cost tax rate"));
    if (!costRate)
        return costRate.error();
    r.costTaxRate = *costRate;
    return r;
}

Result<Customer> CustomerDialog::submit(const NewCustomer &request) const
{
    CustomerService &customers = m_workspace.book().customers();
    if (m_existing)
        return customers.update(m_workspace.actor(), m_existing->name, request);
    return customers.add(m_workspace.actor(), request);
}

void CustomerDialog::accept()
{
    m_problems.clear();
    auto form = request();
    auto saved = form ? submit(*form) : Result<Customer>(form.error());
    if (!saved) {
        m_problems.show(saved.error());
        return;
    }
    m_saved = *saved;
    m_workspace.bookChanged();
    QDialog::accept();
}

void CustomerDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    FieldProblems::growToFit(this);
}

} // namespace coffer::ui
