#include "books/newbookdialog.h"

#include "common/textrules.h"
#include "dialogs/formparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace coffer::ui {

NewBookDialog::NewBookDialog(const QString &where, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New book"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("merchant"));
    m_name->setPlaceholderText(tr("Your business, e.g. Lan's Coffee"));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    for (const Currency &currency : Currency::all())
        m_currency->addItem(QStringLiteral("%1 — %2").arg(currency.code(), currency.name()),
                            currency.code());
    // The currency of the user's own country, when the locale names one.
    const QString local = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    const int row = m_currency->findData(local.isEmpty() ? QStringLiteral("USD") : local);
    m_currency->setCurrentIndex(row >= 0 ? row : m_currency->findData(QStringLiteral("USD")));
    auto *form = new QFormLayout;
    auto *place = new QLabel(where, this);
    place->setWordWrap(true);
    form->addRow(tr("Book"), place);
    form->addRow(tr("&Merchant"), m_name);
    form->addRow(tr("&Currency"), m_currency);
    const DialogFooter footer = layOutCheckedDialog(this, form);
    m_problem = footer.problem;
    m_buttons = footer.buttons;
    connect(m_name, &QLineEdit::textChanged, this, &NewBookDialog::revalidate);
    revalidate();
}

QString NewBookDialog::merchantName() const
{
    return m_name->text().trimmed();
}

Currency NewBookDialog::currency() const
{
    return Currency::fromCode(m_currency->currentData().toString()).value();
}

QString NewBookDialog::problem() const
{
    return m_problem->text();
}

void NewBookDialog::revalidate()
{
    QString problem;
    if (auto name = checkName(QStringLiteral("merchant"), m_name->text(), 100); !name)
        problem = name.error().code == ErrorCode::FieldRequired
            ? tr("Enter the merchant's name.")
            : tr("The name is too long or holds a control character.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace coffer::ui
