#include "dialogs/entrydialog.h"

#include "common/textrules.h"
#include "dialogs/formparts.h"

#include <QCheckBox>
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

QString amountProblem(const QString &text, const Currency &currency, Money *amount)
{
    if (text.trimmed().isEmpty())
        return EntryDialog::tr("Enter an amount.");
    auto parsed = Money::parse(text, currency, QLocale());
    if (!parsed) {
        switch (parsed.error().code) {
        case ErrorCode::TooManyDecimals:
            // ISO currencies with decimals have 2, 3 or 4 of them.
            return currency.minorUnits() == 0
                ? EntryDialog::tr("%1 has no decimals: write a whole amount.").arg(currency.code())
                : EntryDialog::tr("%1 allows at most %2 decimal places.")
                      .arg(currency.code())
                      .arg(currency.minorUnits());
        case ErrorCode::AmountOverflow: return EntryDialog::tr("The amount is too large.");
        default: return EntryDialog::tr("“%1” is not an amount.").arg(text.trimmed());
        }
    }
    if (!parsed->isPositive())
        return EntryDialog::tr("The amount must be greater than zero.");
    *amount = *parsed;
    return {};
}

EntryDialog::EntryDialog(Book &book, const Actor &actor, TransactionType type, qint64 walletId,
                         QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_actor(actor)
    , m_type(type)
{
    Q_ASSERT(type != TransactionType::Transfer);
    setWindowTitle(type == TransactionType::Income ? tr("New income") : tr("New expense"));
    for (const Wallet &w : book.wallets().list(actor).value_or({})) {
        if (w.isActive())
            m_wallets.append(w);
    }
    std::sort(m_wallets.begin(), m_wallets.end(),
              [](const Wallet &a, const Wallet &b) { return a.isDefault > b.isDefault; });
    m_categories = book.categories().list(actor).value_or({});
    buildForm();
    const int walletRow = int(std::find_if(m_wallets.cbegin(), m_wallets.cend(),
                                           [&](const Wallet &w) { return w.id == walletId; })
                              - m_wallets.cbegin());
    m_wallet->setCurrentIndex(walletRow < m_wallets.size() ? walletRow : 0);
    revalidate();
    m_amount->setFocus(); // the wallet is chosen already: the amount comes first
}

void EntryDialog::buildForm()
{
    m_wallet = new QComboBox(this);
    fillWallets();
    m_category = new QComboBox(this);
    fillCategories();
    m_wallet->setObjectName(QStringLiteral("wallet"));
    m_category->setObjectName(QStringLiteral("category"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDateRange(QDate(1900, 1, 1), QDate(9999, 12, 31));
    m_pending = new QCheckBox(tr("Not settled yet (pending)"), this);
    m_note = new QLineEdit(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Wallet"), m_wallet);
    const AmountField amount = addAmountRow(form, tr("&Amount"), this);
    m_amount = amount.edit;
    m_currency = amount.currency;
    form->addRow(tr("&Category"), m_category);
    form->addRow(tr("&Date"), m_date);
    form->addRow(QString(), m_pending);
    form->addRow(tr("&Note"), m_note);
    const DialogFooter footer = layOutCheckedDialog(this, form);
    m_problem = footer.problem;
    m_buttons = footer.buttons;
    connect(m_wallet, &QComboBox::currentIndexChanged, this, &EntryDialog::revalidate);
    connect(m_amount, &QLineEdit::textChanged, this, &EntryDialog::revalidate);
    connect(m_note, &QLineEdit::textChanged, this, &EntryDialog::revalidate);
}

void EntryDialog::fillWallets()
{
    const QSignalBlocker quiet(m_wallet);
    const int row = m_wallet->currentIndex();
    m_wallet->clear();
    for (const Wallet &w : m_wallets)
        m_wallet->addItem(walletLabel(w));
    m_wallet->setCurrentIndex(row);
}

void EntryDialog::setOriginal(const Transaction &original)
{
    Q_ASSERT(original.type == m_type);
    m_original = original;
    setWindowTitle(m_type == TransactionType::Income ? tr("Edit income #%1").arg(original.id)
                                                     : tr("Edit expense #%1").arg(original.id));
    auto walletRow = [&] {
        for (int row = 0; row < m_wallets.size(); ++row) {
            if (m_wallets.at(row).id == original.walletId)
                return row;
        }
        return -1;
    };
    if (walletRow() < 0) {
        // An archived wallet: shown, so that the form can say why OK is refused.
        for (const Wallet &w : m_book.wallets().list(m_actor).value_or({})) {
            if (w.id == original.walletId)
                m_wallets.append(w);
        }
        fillWallets();
    }
    m_wallet->setCurrentIndex(walletRow());
    m_amount->setText(editableAmount(original.amount));
    const int categoryRow = m_category->findData(original.categoryId);
    if (categoryRow >= 0)
        m_category->setCurrentIndex(categoryRow);
    m_date->setDate(original.date);
    m_pending->setChecked(original.status == TransactionStatus::Pending);
    m_note->setText(original.note);
    revalidate();
}

void EntryDialog::fillCategories()
{
    // The tree of the entry's type: parents first, children indented below them.
    const CategoryType wanted
        = m_type == TransactionType::Income ? CategoryType::Income : CategoryType::Expense;
    const QString language = QLocale().name().left(2);
    auto addLevel = [&](auto &self, qint64 parentId, int depth) -> void {
        for (const Category &c : m_categories) {
            if (c.type != wanted || c.parentId != parentId || !c.isActive())
                continue;
            m_category->addItem(QString(depth * 4, u' ') + c.names.text(language), c.id);
            self(self, c.id, depth + 1);
        }
    };
    addLevel(addLevel, 0, 0);
    const QString fallback = m_type == TransactionType::Income ? QStringLiteral("OTHER_INCOME")
                                                               : QStringLiteral("OTHER_EXPENSE");
    for (const Category &c : m_categories) {
        if (c.code == fallback)
            m_category->setCurrentIndex(m_category->findData(c.id));
    }
}

std::optional<Wallet> EntryDialog::chosenWallet() const
{
    const int row = m_wallet->currentIndex();
    if (row < 0 || row >= m_wallets.size())
        return std::nullopt;
    return m_wallets.at(row);
}

QString EntryDialog::firstProblem(Money *amount) const
{
    const auto wallet = chosenWallet();
    if (!wallet)
        return tr("Add an active wallet first.");
    if (!wallet->isActive())
        return tr("The wallet “%1” is archived: restore it before changing this entry.")
            .arg(wallet->names.text(QLocale().name().left(2)));
    if (auto problem = amountProblem(m_amount->text(), wallet->currency, amount);
        !problem.isEmpty())
        return problem;
    if (auto note = checkNote(QStringLiteral("note"), m_note->text()); !note)
        return note.error().code == ErrorCode::FieldTooLong
            ? tr("The note is too long.")
            : tr("The note holds a control character.");
    return {};
}

QString EntryDialog::problem() const
{
    return m_problem->text();
}

void EntryDialog::revalidate()
{
    if (const auto wallet = chosenWallet())
        m_currency->setText(wallet->currency.code());
    Money amount;
    const QString problem = firstProblem(&amount);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void EntryDialog::accept()
{
    Money amount;
    if (!firstProblem(&amount).isEmpty())
        return;
    NewTransaction request;
    request.type = m_type;
    request.walletId = chosenWallet()->id;
    request.amount = amount;
    request.categoryId = m_category->currentData().toLongLong();
    request.date = m_date->date();
    request.status
        = m_pending->isChecked() ? TransactionStatus::Pending : TransactionStatus::Completed;
    request.note = m_note->text().trimmed();
    auto recorded = m_original ? m_book.ledger().correct(m_actor, m_original->id, request)
                               : m_book.ledger().record(m_actor, request);
    if (!recorded) {
        m_problem->setText(recorded.error().detail);
        return; // nothing was written
    }
    m_recorded = *recorded;
    m_request = request;
    QDialog::accept();
}

} // namespace coffer::ui
