#include "invoices/paymentdialog.h"

#include "dialogs/formparts.h"
#include "invoices/allocationmodel.h"
#include "invoices/customerservice.h"
#include "pages/pageparts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

PaymentDialog::PaymentDialog(Workspace &workspace, const QString &customer,
                             const QStringList &invoiceNumbers, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_problems(FieldProblems::makeLabel(this))
{
    setWindowTitle(tr("Register payment"));
    createFields();
    auto *allocateLabel = new QLabel(tr("Allocate to &invoices (ticked ones first, then the "
                                        "oldest):"),
                                     this);
    allocateLabel->setBuddy(m_allocationView);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form());
    layout->addSpacing(6);
    layout->addWidget(allocateLabel);
    layout->addWidget(m_allocationView, 1);
    layout->addWidget(m_problems.addField(QStringLiteral("invoice"), this));
    layout->addWidget(m_keptAsCredit);
    layout->addWidget(m_problems.general());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadCustomers(customer);
    loadCustomer(invoiceNumbers);
    prefillAmount();
    connect(m_customer, &QComboBox::currentIndexChanged, this, [this] {
        loadCustomer({});
        updatePreview();
    });
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::updatePreview);
    connect(m_allocations, &AllocationModel::checkedChanged, this, &PaymentDialog::updatePreview);
    updatePreview();
    setMinimumWidth(600);
    resize(640, 500);
}

void PaymentDialog::createFields()
{
    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    m_method->setEditable(true);
    m_method->setInsertPolicy(QComboBox::NoInsert);
    m_method->addItem(tr("Bank transfer"), QStringLiteral("bank transfer"));
    m_method->addItem(tr("Cash"), QStringLiteral("cash"));
    m_method->addItem(tr("Card"), QStringLiteral("card"));
    m_method->addItem(tr("E-wallet"), QStringLiteral("e-wallet"));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("The bank's reference, a receipt number…"));
    m_date = new QDateEdit(m_workspace.book().invoices().today(), this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_date->setMinimumWidth(140);
    m_wallet = new QComboBox(this);
    m_wallet->setObjectName(QStringLiteral("wallet"));
    m_allocations = new AllocationModel(this);
    m_allocationView = makeTable(m_allocations, this);
    m_allocationView->setObjectName(QStringLiteral("allocations"));
    m_allocationView->horizontalHeader()->setStretchLastSection(false);
    m_allocationView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_allocationView->horizontalHeader()->setSectionResizeMode(AllocationModel::Number,
                                                               QHeaderView::Stretch);
    m_keptAsCredit = new QLabel(this);
    m_keptAsCredit->setObjectName(QStringLiteral("keptAsCredit"));
    m_keptAsCredit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

QLayout *PaymentDialog::form()
{
    auto *form = new QFormLayout;
    form->addRow(tr("&Customer"), m_customer);
    form->addRow(QString(), m_problems.addField(QStringLiteral("customer"), this));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setMaximumWidth(200);
    m_currencyCode = new QLabel(this);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currencyCode);
    amountRow->addStretch(1);
    auto *amountLabel = new QLabel(tr("&Amount received"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountRow);
    form->addRow(QString(), m_problems.addField(QStringLiteral("amount"), this));
    form->addRow(tr("&Method"), m_method);
    form->addRow(QString(), m_problems.addField(QStringLiteral("method"), this));
    form->addRow(tr("&Reference"), m_reference);
    form->addRow(QString(), m_problems.addField(QStringLiteral("reference"), this));
    form->addRow(tr("&Date"), m_date);
    form->addRow(QString(), m_problems.addField(QStringLiteral("date"), this));
    form->addRow(tr("Record in &wallet"), m_wallet);
    form->addRow(QString(), m_problems.addField(QStringLiteral("wallet"), this));
    return form;
}

void PaymentDialog::loadCustomers(const QString &preselected)
{
    auto customers = m_workspace.book().customers().list(m_workspace.actor());
    if (!customers) {
        m_problems.show(customers.error());
        return;
    }
    m_customers = *customers;
    for (const Customer &c : std::as_const(m_customers))
        m_customer->addItem(c.name, c.name);
    const int found = m_customer->findData(preselected.trimmed(), Qt::UserRole,
                                           Qt::MatchFixedString); // case-insensitive
    m_customer->setCurrentIndex(found >= 0 ? found : 0);
}

void PaymentDialog::loadCustomer(const QStringList &checked)
{
    const int index = m_customer->currentIndex();
    if (index < 0 || index >= m_customers.size()) {
        m_allocations->setInvoices({}, {});
        return;
    }
    const Customer &customer = m_customers.at(index);
    m_currency = customer.currency;
    m_currencyCode->setText(m_currency.code());
    fillWallets(m_currency);
    auto account = m_workspace.book().customers().account(m_workspace.actor(), customer.name, 1);
    if (!account) {
        m_problems.show(account.error());
        m_allocations->setInvoices({}, {});
        return;
    }
    m_allocations->setInvoices(account->openInvoices, checked);
}

void PaymentDialog::fillWallets(const Currency &currency)
{
    m_wallet->clear();
    m_wallet->addItem(tr("Don't record in a wallet"), QString());
    auto wallets = m_workspace.book().wallets().list(m_workspace.actor());
    for (const Wallet &w : wallets ? *wallets : QList<Wallet> {}) {
        if (w.isActive() && !w.isPayeeWallet() && w.currency == currency)
            m_wallet->addItem(walletLabel(w), w.name);
    }
}

void PaymentDialog::prefillAmount()
{
    // Paying the invoices the user came from: what is still owed on them.
    qint64 owed = 0;
    for (int row = 0; row < m_allocations->rowCount(); ++row) {
        const Invoice *invoice = m_allocations->invoiceAt(row);
        if (m_allocations->checkedNumbers().contains(invoice->number))
            owed += invoice->outstanding().minorUnits();
    }
    if (owed > 0)
        m_amount->setText(editableAmount(Money(owed, m_currency)));
}

QString PaymentDialog::methodValue() const
{
    const int index = m_method->currentIndex();
    if (index >= 0 && m_method->currentText() == m_method->itemText(index))
        return m_method->itemData(index).toString();
    return m_method->currentText().trimmed();
}

Result<NewPayment> PaymentDialog::request() const
{
    NewPayment p;
    if (m_customer->currentIndex() < 0)
        return makeError(ErrorCode::CustomerNotFound,
                         tr("customer: add a customer before registering a payment"));
    p.customer = m_customer->currentData().toString();
    const QString text = m_amount->text().trimmed();
    auto amount = Money::parse(text, m_currency, QLocale());
    if (!amount) {
        // Plain "1234.50" is understood in every language.
        auto plain = Money::parse(text, m_currency, QLocale::c());
        if (!plain)
            return amount.error();
        amount = plain;
    }
    p.amount = *amount;
    p.method = methodValue();
    p.reference = m_reference->text();
    p.date = m_date->date();
    p.invoiceNumbers = m_allocations->checkedNumbers();
    p.wallet = m_wallet->currentData().toString();
    return p;
}

void PaymentDialog::updatePreview()
{
    const auto payment = request();
    auto plan = payment
        ? m_workspace.book().invoices().planAllocation(m_workspace.actor(), *payment)
        : Result<QList<PaymentAllocation>>(payment.error());
    if (!plan) {
        m_allocations->setPlan({});
        m_keptAsCredit->setText(tr("Kept as credit: —"));
        return;
    }
    m_allocations->setPlan(*plan);
    qint64 rest = payment->amount.minorUnits();
    for (const PaymentAllocation &a : std::as_const(*plan))
        rest -= a.amount.minorUnits();
    m_keptAsCredit->setText(tr("Kept as credit: %1").arg(Money(rest, m_currency).format()));
}

void PaymentDialog::accept()
{
    m_problems.clear();
    const auto payment = request();
    auto registered = payment
        ? m_workspace.book().invoices().registerPayment(m_workspace.actor(), *payment)
        : Result<RegisteredPayment>(payment.error());
    if (!registered) {
        m_problems.show(registered.error());
        return;
    }
    m_registered = *registered;
    m_workspace.bookChanged();
    QDialog::accept();
}

void PaymentDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    FieldProblems::growToFit(this);
}

} // namespace coffer::ui
