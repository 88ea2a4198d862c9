#include "dialogs/transferdialog.h"

#include "common/textrules.h"
#include "dialogs/entrydialog.h"
#include "dialogs/formparts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

TransferDialog::TransferDialog(Book &book, const Actor &actor, qint64 fromWalletId, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_actor(actor)
{
    setWindowTitle(tr("New transfer"));
    for (const Wallet &w : book.wallets().list(actor).value_or({})) {
        if (w.isActive())
            m_wallets.append(w);
    }
    buildForm();
    for (int row = 0; row < m_wallets.size(); ++row) {
        if (m_wallets.at(row).id == fromWalletId)
            m_from->setCurrentIndex(row);
    }
    m_to->setCurrentIndex(m_from->currentIndex() == 0 && m_wallets.size() > 1 ? 1 : 0);
    revalidate();
    m_amount->setFocus();
}

void TransferDialog::buildForm()
{
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    fillWallets();
    m_rate = new QLineEdit(this);
    m_rate->setPlaceholderText(tr("units received for 1 unit sent"));
    m_received = new QLineEdit(this);
    m_received->setPlaceholderText(tr("or the amount that arrived"));
    m_conversion = new QLabel(this);
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_rate->setObjectName(QStringLiteral("rate"));
    m_received->setObjectName(QStringLiteral("received"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_note = new QLineEdit(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&To"), m_to);
    const AmountField amount = addAmountRow(form, tr("&Amount sent"), this);
    m_amount = amount.edit;
    m_fromCurrency = amount.currency;
    form->addRow(tr("&Rate"), m_rate);
    form->addRow(tr("Amount &received"), m_received);
    form->addRow(QString(), m_conversion);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Note"), m_note);
    m_crossCurrencyRows = {m_rate, form->labelForField(m_rate), m_received,
                           form->labelForField(m_received), m_conversion};
    const DialogFooter footer = layOutCheckedDialog(this, form);
    m_problem = footer.problem;
    m_buttons = footer.buttons;
    for (QComboBox *box : {m_from, m_to})
        connect(box, &QComboBox::currentIndexChanged, this, &TransferDialog::revalidate);
    for (QLineEdit *edit : {m_amount, m_rate, m_received, m_note})
        connect(edit, &QLineEdit::textChanged, this, &TransferDialog::revalidate);
}

void TransferDialog::fillWallets()
{
    for (QComboBox *box : {m_from, m_to}) {
        const QSignalBlocker quiet(box);
        const int row = box->currentIndex();
        box->clear();
        for (const Wallet &w : m_wallets)
            box->addItem(walletLabel(w));
        box->setCurrentIndex(row);
    }
}

int TransferDialog::rowOf(qint64 walletId) const
{
    for (int row = 0; row < m_wallets.size(); ++row) {
        if (m_wallets.at(row).id == walletId)
            return row;
    }
    return -1;
}

void TransferDialog::setOriginal(const Transaction &original)
{
    Q_ASSERT(original.type == TransactionType::Transfer);
    m_original = original;
    setWindowTitle(tr("Edit transfer #%1").arg(original.id));
    if (rowOf(original.walletId) < 0 || rowOf(original.toWalletId) < 0) {
        // An archived wallet: shown, so that the form can say why OK is refused.
        for (const Wallet &w : m_book.wallets().list(m_actor).value_or({})) {
            if ((w.id == original.walletId || w.id == original.toWalletId) && rowOf(w.id) < 0)
                m_wallets.append(w);
        }
        fillWallets();
    }
    m_from->setCurrentIndex(rowOf(original.walletId));
    m_to->setCurrentIndex(rowOf(original.toWalletId));
    m_amount->setText(editableAmount(original.amount));
    if (original.toAmount && !(original.toAmount->currency() == original.amount.currency()))
        m_received->setText(editableAmount(*original.toAmount));
    m_date->setDate(original.date);
    m_note->setText(original.note);
    revalidate();
}

const Wallet *TransferDialog::walletAt(const QComboBox *box) const
{
    const int row = box->currentIndex();
    return row >= 0 && row < m_wallets.size() ? &m_wallets.at(row) : nullptr;
}

QString TransferDialog::crossCurrencyProblem(const Wallet &from, const Wallet &to,
                                             Request *request) const
{
    const QString rateText = m_rate->text().trimmed();
    const QString receivedText = m_received->text().trimmed();
    if (rateText.isEmpty() && receivedText.isEmpty())
        return tr("%1 and %2 differ: enter the rate or the amount received.")
            .arg(from.currency.code(), to.currency.code());
    if (!rateText.isEmpty() && !receivedText.isEmpty())
        return tr("Enter the rate or the amount received, not both.");
    Money received;
    ExchangeRate rate;
    if (!rateText.isEmpty()) {
        // Rates are written with a '.' in every locale, as banks quote them.
        auto parsed = ExchangeRate::parse(rateText);
        if (!parsed)
            return tr("The rate must be a positive number with at most 6 decimals.");
        auto converted = parsed->convert(request->entry.amount, to.currency, Rounding::HalfUp);
        if (!converted || !converted->isPositive())
            return tr("At this rate nothing would arrive in %1.").arg(to.currency.code());
        rate = *parsed;
        received = *converted;
        request->entry.rate = rate;
    } else {
        if (auto problem = amountProblem(receivedText, to.currency, &received); !problem.isEmpty())
            return problem;
        auto implied = ExchangeRate::implied(request->entry.amount, received);
        if (!implied)
            return tr("These amounts imply a rate outside what Coffer records.");
        rate = *implied;
        request->entry.toAmount = received;
    }
    request->conversion = tr("%1 arrives, at %2 %3 per %4")
                              .arg(received.format(QLocale()), rate.toDecimalString(),
                                   to.currency.code(), from.currency.code());
    return {};
}

QString TransferDialog::firstProblem(Request *request) const
{
    const Wallet *from = walletAt(m_from);
    const Wallet *to = walletAt(m_to);
    if (!from || !to)
        return tr("A transfer needs two active wallets.");
    if (from->id == to->id)
        return tr("Choose two different wallets.");
    for (const Wallet *wallet : {from, to}) {
        if (!wallet->isActive())
            return tr("The wallet “%1” is archived: restore it before changing this entry.")
                .arg(wallet->names.text(QLocale().name().left(2)));
    }
    request->entry.type = TransactionType::Transfer;
    request->entry.walletId = from->id;
    request->entry.toWalletId = to->id;
    request->entry.date = m_date->date();
    request->entry.note = m_note->text().trimmed();
    if (auto problem = amountProblem(m_amount->text(), from->currency, &request->entry.amount);
        !problem.isEmpty())
        return problem;
    if (auto note = checkNote(QStringLiteral("note"), m_note->text()); !note)
        return tr("The note is too long or holds a control character.");
    if (from->currency == to->currency)
        return {};
    return crossCurrencyProblem(*from, *to, request);
}

QString TransferDialog::problem() const
{
    return m_problem->text();
}

QString TransferDialog::conversion() const
{
    return m_conversion->text();
}

void TransferDialog::revalidate()
{
    const Wallet *from = walletAt(m_from);
    const Wallet *to = walletAt(m_to);
    if (from)
        m_fromCurrency->setText(from->currency.code());
    const bool crossCurrency = from && to && !(from->currency == to->currency);
    for (QWidget *widget : std::as_const(m_crossCurrencyRows))
        widget->setVisible(crossCurrency);
    Request request;
    const QString problem = firstProblem(&request);
    m_problem->setText(problem);
    m_conversion->setText(problem.isEmpty() ? request.conversion : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void TransferDialog::accept()
{
    Request request;
    if (!firstProblem(&request).isEmpty())
        return;
    if (m_original && m_original->status == TransactionStatus::Pending)
        request.entry.status = TransactionStatus::Pending; // the form has no such choice
    auto recorded = m_original ? m_book.ledger().correct(m_actor, m_original->id, request.entry)
                               : m_book.ledger().record(m_actor, request.entry);
    if (!recorded) {
        m_problem->setText(recorded.error().detail);
        return; // nothing was written
    }
    m_recorded = *recorded;
    m_request = request.entry;
    QDialog::accept();
}

} // namespace coffer::ui
