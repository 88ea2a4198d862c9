#include "payees/payoutrequestdialog.h"

#include "dialogs/entrydialog.h"
#include "payouts/payoutdialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace coffer::ui {

PayoutRequestDialog::PayoutRequestDialog(const QString &ownerId,
                                         const QList<PayeeBalance> &balances,
                                         const QList<PayoutMethod> &methods,
                                         qint64 instantPartsPerMillion, QWidget *parent)
    : QDialog(parent)
    , m_ownerId(ownerId)
    , m_balances(balances)
    , m_methods(methods)
    , m_instantPartsPerMillion(instantPartsPerMillion)
    , m_idempotencyKey(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_problems(FieldProblems::makeLabel(this))
{
    setWindowTitle(tr("Request a payout"));
    buildForm();
    fillMethods();
    updateSummary();
}

void PayoutRequestDialog::buildForm()
{
    m_wallet = new QComboBox(this);
    m_wallet->setObjectName(QStringLiteral("wallet"));
    for (const PayeeBalance &b : std::as_const(m_balances))
        m_wallet->addItem(
            QStringLiteral("%1 — %2").arg(b.wallet.currency.code(), b.wallet.currency.name()),
            b.wallet.currency.code());
    m_wallet->setEnabled(m_balances.size() > 1);
    m_available = new QLabel(this);
    m_available->setObjectName(QStringLiteral("available"));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_currency = new QLabel(this);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    m_instant = new QCheckBox(tr("&Instant payout (a fee of %1%)")
                                  .arg(percentText(m_instantPartsPerMillion)
                                           .replace(QLatin1Char('.'), QLocale().decimalPoint())),
                              this);
    m_instant->setObjectName(QStringLiteral("instant"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    auto *amountLabel = new QLabel(tr("&Amount"), this);
    amountLabel->setBuddy(m_amount);
    auto *form = new QFormLayout;
    form->addRow(tr("&Wallet"), m_wallet);
    form->addRow(QString(), m_available);
    form->addRow(amountLabel, amountRow);
    form->addRow(QString(), m_problems.addField(QStringLiteral("amount"), this));
    form->addRow(tr("Pay &to"), m_method);
    form->addRow(QString(), m_problems.addField(QStringLiteral("method"), this));
    form->addRow(QString(), m_instant);
    form->addRow(tr("You receive"), m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Request payout"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems.general());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_wallet, &QComboBox::currentIndexChanged, this, [this] {
        fillMethods();
        updateSummary();
    });
    connect(m_amount, &QLineEdit::textChanged, this, &PayoutRequestDialog::updateSummary);
    connect(m_instant, &QCheckBox::toggled, this, &PayoutRequestDialog::updateSummary);
    setMinimumWidth(540);
}

const PayeeBalance *PayoutRequestDialog::chosenBalance() const
{
    const int row = m_wallet->currentIndex();
    return row >= 0 && row < m_balances.size() ? &m_balances.at(row) : nullptr;
}

void PayoutRequestDialog::fillMethods()
{
    m_method->clear();
    const PayeeBalance *balance = chosenBalance();
    if (!balance)
        return;
    m_currency->setText(balance->wallet.currency.code());
    m_available->setText(tr("Available: %1").arg(moneyText(balance->available)));
    for (const PayoutMethod &m : std::as_const(m_methods)) {
        if (!m.active || !(m.currency == balance->wallet.currency))
            continue;
        m_method->addItem(m.isDefault ? tr("%1 (default)").arg(methodText(m)) : methodText(m),
                          m.id);
        if (m.isDefault)
            m_method->setCurrentIndex(m_method->count() - 1);
    }
    m_method->setEnabled(m_method->count() > 0);
    m_problems.show(QStringLiteral("method"),
                    m_method->count() > 0
                        ? QString()
                        : tr("You have no payout method in %1: add one under Payout methods.")
                              .arg(balance->wallet.currency.code()));
}

QString PayoutRequestDialog::amountProblemText(Money *amount) const
{
    const PayeeBalance *balance = chosenBalance();
    if (!balance)
        return tr("You have no wallet to be paid from yet.");
    return amountProblem(m_amount->text(), balance->wallet.currency, amount);
}

void PayoutRequestDialog::updateSummary()
{
    Money amount;
    const QString problem = amountProblemText(&amount);
    // Checked as they type, once there is something to check.
    m_problems.show(QStringLiteral("amount"),
                    m_amount->text().trimmed().isEmpty() ? QString() : problem);
    if (!problem.isEmpty()) {
        m_summary->setText(tr("Enter the amount to see what will be sent."));
        return;
    }
    if (m_quoter) {
        if (auto asked = request()) {
            if (auto quote = m_quoter(*asked)) {
                showQuote(*quote);
                return;
            }
        }
    }
    if (!m_instant->isChecked()) {
        m_summary->setText(tr("%1, by a standard payout").arg(moneyText(amount)));
        return;
    }
    // Priced by the core, as the request will hold it.
    const auto fee = instantPayoutFee(amount, m_instantPartsPerMillion);
    if (!fee) {
        m_problems.show(fee.error());
        m_summary->setText(tr("Nothing would be left to send."));
        return;
    }
    const Money sent(amount.minorUnits() - fee->minorUnits(), amount.currency());
    m_summary->setText(
        tr("%1 instantly, after the instant fee of %2").arg(moneyText(sent), moneyText(*fee)));
}

void PayoutRequestDialog::showQuote(const PayoutQuote &quote)
{
    QString text = m_instant->isChecked()
        ? tr("%1 instantly, after the instant fee of %2")
              .arg(moneyText(quote.sent), moneyText(quote.fee))
        : tr("%1, by a standard payout").arg(moneyText(quote.sent));
    if (quote.deductions.isPositive())
        text += QLatin1Char('\n')
            + tr("%1 you owe is recovered from it").arg(moneyText(quote.deductions));
    if (quote.credits.isPositive())
        text += QLatin1Char('\n') + tr("%1 owed to you is added").arg(moneyText(quote.credits));
    m_summary->setText(text);
}

Result<NewPayout> PayoutRequestDialog::request() const
{
    NewPayout request;
    if (const QString problem = amountProblemText(&request.amount); !problem.isEmpty())
        return makeError(ErrorCode::InvalidAmount, QStringLiteral("amount: ") + problem);
    request.ownerId = m_ownerId;
    request.methodId = m_method->currentData().toLongLong();
    request.instant = m_instant->isChecked();
    request.idempotencyKey = m_idempotencyKey;
    return request;
}

void PayoutRequestDialog::accept()
{
    m_problems.clear();
    Money amount;
    if (const QString problem = amountProblemText(&amount); !problem.isEmpty()) {
        m_problems.show(QStringLiteral("amount"), problem);
        return;
    }
    const auto asked = request();
    const Status done = m_submit ? m_submit(*asked) : success();
    if (done) {
        QDialog::accept();
        return;
    }
    m_problems.show(done.error());
}

void PayoutRequestDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    FieldProblems::growToFit(this);
}

} // namespace coffer::ui
