#include "payouts/payoutdialogs.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

QString moneyText(const Money &money)
{
    return money.format(QLocale());
}

QString amountText(const Money &money)
{
    const QString text = money.format(QLocale());
    return text.left(text.size() - money.currency().code().size() - 1);
}

QString methodText(const PayoutMethod &method)
{
    switch (method.kind) {
    case MethodKind::PayPal: return QStringLiteral("PayPal ") + method.masked;
    case MethodKind::Venmo: return QStringLiteral("Venmo ") + method.masked;
    case MethodKind::CashApp: return QStringLiteral("Cash App ") + method.masked;
    case MethodKind::Bank:
    case MethodKind::DebitCard:
    case MethodKind::Crypto: return method.masked;
    }
    return method.masked;
}

Result<ProofFile> readProofFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).size() > ProofFile::maxProofBytes)
        return makeError(ErrorCode::InvalidProof,
                         QObject::tr("proof: '%1' is larger than %2 MiB")
                             .arg(QFileInfo(path).fileName())
                             .arg(ProofFile::maxProofBytes / (1024 * 1024)));
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidProof,
                         QObject::tr("proof: choose a PDF, PNG or JPEG file to attach"));
    return ProofFile {QFileInfo(path).fileName(), file.readAll()};
}

PayoutFormDialog::PayoutFormDialog(const QString &title, const Payout &payout, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_problem(new QLabel(this))
{
    setWindowTitle(title);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    auto *summary = new QLabel(
        tr("<b>%1</b> · %2 to %3")
            .arg(payout.number, moneyText(payout.amount), payout.ownerId.toHtmlEscaped()),
        this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void PayoutFormDialog::accept()
{
    const Status done = m_submit ? m_submit() : success();
    if (done) {
        QDialog::accept();
        return;
    }
    m_problem->setText(done.error().detail);
    m_problem->show();
}

QString PayoutFormDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

ApproveDialog::ApproveDialog(const Payout &payout, QWidget *parent)
    : PayoutFormDialog(tr("Approve payout"), payout, parent)
    , m_code(new QLineEdit(this))
{
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("6 or 8 digits from your authenticator"));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setMaxLength(8);
    form()->addRow(tr("One-time &code"), m_code);
    form()->addRow(new QLabel(tr("Approving holds you to this amount, method and fee policy; a "
                                 "change voids the approval."),
                              this));
}

ExecuteDialog::ExecuteDialog(const Payout &payout, const QList<Wallet> &wallets, QWidget *parent)
    : PayoutFormDialog(tr("Record execution"), payout, parent)
    , m_currency(payout.amount.currency())
    , m_reference(new QLineEdit(this))
    , m_actual(new QLineEdit(payout.sent().toDecimalString(), this))
    , m_proof(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_wallet(new QComboBox(this))
{
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("The bank's or provider's reference"));
    m_actual->setObjectName(QStringLiteral("actual"));
    m_proof->setObjectName(QStringLiteral("proof"));
    m_proof->setPlaceholderText(tr("PDF, PNG or JPEG, up to 10 MiB"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(
        tr("Required when the amount sent differs from %1").arg(moneyText(payout.sent())));
    m_note->setMaximumHeight(70);
    m_wallet->setObjectName(QStringLiteral("wallet"));
    m_wallet->addItem(tr("Default bank wallet"), QString());
    for (const Wallet &w : wallets) {
        if (w.isActive() && w.currency == payout.amount.currency())
            m_wallet->addItem(w.name, w.name);
    }
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *proofRow = new QHBoxLayout;
    proofRow->addWidget(m_proof, 1);
    proofRow->addWidget(browse);
    form()->addRow(tr("&Reference"), m_reference);
    form()->addRow(tr("Amount &sent (%1)").arg(m_currency.code()), m_actual);
    form()->addRow(tr("Paid &from"), m_wallet);
    form()->addRow(tr("&Proof of payment"), proofRow);
    form()->addRow(tr("&Note"), m_note);
    connect(browse, &QPushButton::clicked, this, &ExecuteDialog::chooseProof);
}

void ExecuteDialog::chooseProof()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Proof of payment"), QString(),
                                                      tr("Proofs (*.pdf *.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        m_proof->setText(path);
}

Result<Execution> ExecuteDialog::execution() const
{
    Execution e;
    e.reference = m_reference->text();
    auto actual = Money::parse(m_actual->text().trimmed(), m_currency, QLocale());
    if (!actual)
        actual = Money::parse(m_actual->text().trimmed(), m_currency, QLocale::c());
    if (!actual)
        return actual.error();
    e.actual = *actual;
    auto proof = readProofFile(m_proof->text().trimmed());
    if (!proof)
        return proof.error();
    e.proof = *proof;
    e.note = m_note->toPlainText();
    e.fromWallet = m_wallet->currentData().toString();
    return e;
}

FailDialog::FailDialog(const Payout &payout, QWidget *parent)
    : PayoutFormDialog(tr("Record a failure"), payout, parent)
    , m_code(new QLineEdit(this))
    , m_message(new QLineEdit(this))
    , m_retry(new QCheckBox(tr("Try again: keep the payout approved for a new attempt"), this))
{
    m_code->setObjectName(QStringLiteral("failureCode"));
    m_code->setPlaceholderText(tr("The rail's code, e.g. R03"));
    m_message->setObjectName(QStringLiteral("message"));
    m_retry->setObjectName(QStringLiteral("retry"));
    m_retry->setEnabled(payout.state == PayoutState::InTransit);
    form()->addRow(tr("Failure &code"), m_code);
    form()->addRow(tr("&Message"), m_message);
    form()->addRow(m_retry);
    if (payout.state == PayoutState::Paid)
        form()->addRow(new QLabel(tr("A failure after paying is a bank return: the payment is "
                                     "reversed and the payee is owed the amount again."),
                                  this));
}

ReasonDialog::ReasonDialog(const QString &title, const Payout &payout, bool withFile,
                           QWidget *parent, const QString &fileLabel)
    : PayoutFormDialog(title, payout, parent)
    , m_reason(new QPlainTextEdit(this))
{
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaximumHeight(80);
    if (withFile) {
        m_file = new QLineEdit(this);
        m_file->setObjectName(QStringLiteral("file"));
        auto *browse = new QPushButton(tr("&Browse…"), this);
        auto *row = new QHBoxLayout;
        row->addWidget(m_file, 1);
        row->addWidget(browse);
        form()->addRow(fileLabel.isEmpty() ? tr("New &proof") : fileLabel, row);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Proof of payment"), QString(), tr("Proofs (*.pdf *.png *.jpg *.jpeg)"));
            if (!path.isEmpty())
                m_file->setText(path);
        });
    }
    form()->addRow(tr("&Reason"), m_reason);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText();
}

Result<ProofFile> ReasonDialog::file() const
{
    return readProofFile(m_file ? m_file->text().trimmed() : QString());
}

const Payout *currentPayout(const QAbstractItemView *view, const QList<Payout> &payouts)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid() || current.row() >= payouts.size())
        return nullptr;
    return &payouts.at(current.row());
}

bool makePayoutCurrent(QAbstractItemView *view, const QList<Payout> &payouts, const QString &number)
{
    for (qsizetype row = 0; row < payouts.size(); ++row) {
        if (payouts.at(row).number == number) {
            view->setCurrentIndex(view->model()->index(int(row), 0));
            return true;
        }
    }
    return false;
}

} // namespace coffer::ui
