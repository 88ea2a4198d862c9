#include "payees/methoddialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

// What the details of a kind look like (paymentdetails.h has the rules).
QString placeholder(MethodKind kind)
{
    switch (kind) {
    case MethodKind::Bank: return MethodDialog::tr("IBAN or account number");
    case MethodKind::PayPal: return MethodDialog::tr("name@example.com");
    case MethodKind::Venmo: return MethodDialog::tr("@handle");
    case MethodKind::CashApp: return MethodDialog::tr("$cashtag");
    case MethodKind::DebitCard: return MethodDialog::tr("Card number");
    case MethodKind::Crypto: return MethodDialog::tr("network:address, e.g. ethereum:0x…");
    }
    return {};
}

QString hint(MethodKind kind)
{
    switch (kind) {
    case MethodKind::Bank:
        return MethodDialog::tr("An IBAN (checked digit by digit) or an account number of 4 to "
                                "34 digits.");
    case MethodKind::PayPal: return MethodDialog::tr("The e-mail address of your PayPal account.");
    case MethodKind::Venmo: return MethodDialog::tr("Your Venmo @handle.");
    case MethodKind::CashApp: return MethodDialog::tr("Your Cash App $cashtag.");
    case MethodKind::DebitCard: return MethodDialog::tr("Only the last four digits are kept.");
    case MethodKind::Crypto:
        return MethodDialog::tr("The network (bitcoin, ethereum, tron or solana) and your "
                                "address.");
    }
    return {};
}

} // namespace

QString methodKindName(MethodKind kind)
{
    switch (kind) {
    case MethodKind::Bank: return MethodDialog::tr("Bank account");
    case MethodKind::PayPal: return MethodDialog::tr("PayPal");
    case MethodKind::Venmo: return MethodDialog::tr("Venmo");
    case MethodKind::CashApp: return MethodDialog::tr("Cash App");
    case MethodKind::DebitCard: return MethodDialog::tr("Debit card");
    case MethodKind::Crypto: return MethodDialog::tr("Crypto wallet");
    }
    return {};
}

MethodDialog::MethodDialog(const QString &ownerId, const QList<Currency> &currencies,
                           QWidget *parent)
    : QDialog(parent)
    , m_ownerId(ownerId)
    , m_kind(new QComboBox(this))
    , m_details(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_currency(new QComboBox(this))
    , m_default(new QCheckBox(tr("Make it my &default in this currency"), this))
    , m_problems(FieldProblems::makeLabel(this))
{
    setWindowTitle(tr("Add a payout method"));
    m_kind->setObjectName(QStringLiteral("kind"));
    for (MethodKind kind : allMethodKinds())
        m_kind->addItem(methodKindName(kind), toCode(kind));
    m_details->setObjectName(QStringLiteral("details"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // the palette's quieter text
    m_currency->setObjectName(QStringLiteral("currency"));
    for (const Currency &c : currencies)
        m_currency->addItem(QStringLiteral("%1 — %2").arg(c.code(), c.name()), c.code());
    m_currency->setEnabled(currencies.size() > 1);
    m_default->setObjectName(QStringLiteral("makeDefault"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Details"), m_details);
    form->addRow(QString(), m_hint);
    form->addRow(QString(), m_problems.addField(QStringLiteral("details"), this));
    form->addRow(tr("&Currency"), m_currency);
    form->addRow(QString(), m_problems.addField(QStringLiteral("currency"), this));
    form->addRow(QString(), m_default);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems.general());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MethodDialog::showHint);
    setMinimumWidth(480);
    showHint();
}

void MethodDialog::showHint()
{
    const MethodKind kind = methodKindFromText(m_kind->currentData().toString()).value();
    m_details->setPlaceholderText(placeholder(kind));
    m_hint->setText(hint(kind));
}

NewPayoutMethod MethodDialog::method() const
{
    NewPayoutMethod method;
    method.ownerId = m_ownerId;
    method.kind = methodKindFromText(m_kind->currentData().toString()).value();
    method.details = m_details->text();
    // None: the core takes the currency of the payee's only wallet.
    method.currency = Currency::fromCode(m_currency->currentData().toString()).value_or(Currency());
    method.makeDefault = m_default->isChecked();
    return method;
}

void MethodDialog::accept()
{
    m_problems.clear();
    const Status done = m_submit ? m_submit(method()) : success();
    if (done) {
        QDialog::accept();
        return;
    }
    m_problems.show(done.error());
}

void MethodDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    FieldProblems::growToFit(this);
}

} // namespace coffer::ui
