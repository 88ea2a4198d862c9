#include "dialogs/walletdialog.h"

#include "common/textrules.h"
#include "dialogs/formparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

QString typeName(WalletType type)
{
    switch (type) {
    case WalletType::Cash: return WalletDialog::tr("Cash");
    case WalletType::Bank: return WalletDialog::tr("Bank account");
    case WalletType::EWallet: return WalletDialog::tr("E-wallet");
    case WalletType::CreditCard: return WalletDialog::tr("Credit card");
    case WalletType::Payee: return WalletDialog::tr("Payee wallet");
    }
    return {};
}

} // namespace

WalletDialog::WalletDialog(WalletService &wallets, const Actor &actor, const Merchant &merchant,
                           const Wallet *existing, QWidget *parent)
    : QDialog(parent)
    , m_wallets(wallets)
    , m_actor(actor)
    , m_merchant(merchant)
    , m_editing(existing != nullptr)
{
    setWindowTitle(m_editing ? tr("Edit wallet") : tr("New wallet"));
    buildForm();
    if (existing)
        fill(*existing);
    revalidate();
}

void WalletDialog::buildForm()
{
    m_name = new QLineEdit(this);
    m_vietnameseName = new QLineEdit(this);
    m_vietnameseName->setPlaceholderText(tr("Optional"));
    m_type = new QComboBox(this);
    for (WalletType type :
         {WalletType::Cash, WalletType::Bank, WalletType::EWallet, WalletType::CreditCard})
        m_type->addItem(typeName(type), QVariant::fromValue(int(type)));
    m_currency = new QComboBox(this);
    for (const Currency &currency : Currency::all())
        m_currency->addItem(QStringLiteral("%1 — %2").arg(currency.code(), currency.name()),
                            currency.code());
    m_currency->setCurrentIndex(m_currency->findData(m_merchant.defaultCurrency.code()));
    m_initial = new QLineEdit(QLocale().toString(0), this);
    m_initial->setAlignment(Qt::AlignRight);
    m_accountNumber = new QLineEdit(this);
    m_bankName = new QLineEdit(this);
    m_default = new QCheckBox(tr("Default wallet of the merchant"), this);
    m_excluded = new QCheckBox(tr("Leave out of reports and totals"), this);
    m_name->setObjectName(QStringLiteral("name"));
    m_type->setObjectName(QStringLiteral("type"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_initial->setObjectName(QStringLiteral("initial"));
    m_excluded->setObjectName(QStringLiteral("excluded"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Name in &Vietnamese"), m_vietnameseName);
    form->addRow(tr("&Type"), m_type);
    form->addRow(tr("&Currency"), m_currency);
    form->addRow(tr("&Starting balance"), m_initial);
    form->addRow(tr("Account or card &number"), m_accountNumber);
    form->addRow(tr("&Bank or provider"), m_bankName);
    form->addRow(QString(), m_default);
    form->addRow(QString(), m_excluded);
    const DialogFooter footer = layOutCheckedDialog(this, form);
    m_problem = footer.problem;
    m_buttons = footer.buttons;

    for (QLineEdit *edit : {m_name, m_vietnameseName, m_initial, m_accountNumber, m_bankName})
        connect(edit, &QLineEdit::textChanged, this, &WalletDialog::revalidate);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &WalletDialog::revalidate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &WalletDialog::revalidate);
}

void WalletDialog::fill(const Wallet &wallet)
{
    m_saved = wallet;
    m_name->setText(wallet.name);
    m_vietnameseName->setText(wallet.names.all().value(QStringLiteral("vi")));
    m_type->setCurrentIndex(m_type->findData(int(wallet.type)));
    m_currency->setCurrentIndex(m_currency->findData(wallet.currency.code()));
    m_currency->setEnabled(false); // balances are kept in it
    m_initial->setText(wallet.initial().format(QLocale()).section(QLatin1Char(' '), 0, 0));
    m_initial->setEnabled(false);
    m_accountNumber->setText(wallet.accountNumber);
    m_bankName->setText(wallet.bankName);
    m_default->setChecked(wallet.isDefault);
    m_default->setEnabled(!wallet.isDefault); // choose another default instead
    m_excluded->setChecked(wallet.isExcluded);
}

Currency WalletDialog::chosenCurrency() const
{
    return Currency::fromCode(m_currency->currentData().toString()).value();
}

QString WalletDialog::firstProblem(qint64 *initialMinor) const
{
    if (auto name = checkName(QStringLiteral("name"), m_name->text()); !name)
        return name.error().code == ErrorCode::FieldRequired ? tr("Give the wallet a name.")
                                                             : name.error().detail;
    if (!m_vietnameseName->text().isEmpty()) {
        if (auto name = checkName(QStringLiteral("name"), m_vietnameseName->text()); !name)
            return name.error().detail;
    }
    if (m_editing)
        return {};
    const Currency currency = chosenCurrency();
    auto initial
        = Money::parse(m_initial->text().isEmpty() ? QLocale().toString(0) : m_initial->text(),
                       currency, QLocale());
    if (!initial) {
        switch (initial.error().code) {
        case ErrorCode::TooManyDecimals:
            return currency.minorUnits() == 0
                ? tr("%1 has no decimals: write a whole amount.").arg(currency.code())
                // ISO currencies with decimals have 2, 3 or 4 of them.
                : tr("%1 allows at most %2 decimal places.")
                      .arg(currency.code())
                      .arg(currency.minorUnits());
        case ErrorCode::AmountOverflow: return tr("The starting balance is too large.");
        default: return tr("The starting balance is not an amount.");
        }
    }
    const auto type = WalletType(m_type->currentData().toInt());
    if (initial->isNegative() && (type == WalletType::Cash || type == WalletType::EWallet))
        return tr("Cash and e-wallets cannot start below zero.");
    *initialMinor = initial->minorUnits();
    return {};
}

QString WalletDialog::problem() const
{
    return m_problem->text();
}

void WalletDialog::revalidate()
{
    qint64 initialMinor = 0;
    const QString problem = firstProblem(&initialMinor);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void WalletDialog::accept()
{
    qint64 initialMinor = 0;
    if (!firstProblem(&initialMinor).isEmpty())
        return;
    LocalizedText names;
    names.set(QStringLiteral("en"), m_name->text().trimmed());
    if (!m_vietnameseName->text().trimmed().isEmpty())
        names.set(QStringLiteral("vi"), m_vietnameseName->text().trimmed());
    Result<Wallet> saved = makeError(ErrorCode::InvalidArgument, QString());
    if (m_editing) {
        Wallet changed = m_saved;
        changed.name = m_name->text();
        changed.names = names;
        changed.type = WalletType(m_type->currentData().toInt());
        changed.accountNumber = m_accountNumber->text();
        changed.bankName = m_bankName->text();
        changed.isDefault = m_default->isChecked();
        changed.isExcluded = m_excluded->isChecked();
        saved = m_wallets.update(m_actor, changed);
    } else {
        NewWallet request;
        request.name = m_name->text();
        request.names = names;
        request.type = WalletType(m_type->currentData().toInt());
        request.currency = chosenCurrency();
        request.initialMinor = initialMinor;
        request.accountNumber = m_accountNumber->text();
        request.bankName = m_bankName->text();
        request.isDefault = m_default->isChecked();
        request.isExcluded = m_excluded->isChecked();
        saved = m_wallets.add(m_actor, request);
    }
    if (!saved) {
        m_problem->setText(
            saved.error().code == ErrorCode::WalletNameTaken
                ? tr("Another wallet is already called “%1”.").arg(m_name->text().trimmed())
                : saved.error().detail);
        return; // nothing was written; the user can correct the input
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace coffer::ui
