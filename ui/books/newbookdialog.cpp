#include "books/newbookdialog.h"

#include "common/textrules.h"
#include "dialogs/formparts.h"
#include "users/userservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace coffer::ui {

NewBookDialog::NewBookDialog(const QString &where, bool askAdmin, QWidget *parent)
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
    if (askAdmin) {
        auto *intro = new QLabel(tr("You are the book's first user: its administrator and the "
                                    "merchant's owner."),
                                 this);
        intro->setWordWrap(true);
        form->addRow(intro);
        m_admin = new QLineEdit(qEnvironmentVariable("USER"), this);
        m_admin->setObjectName(QStringLiteral("admin"));
        m_admin->setMaxLength(UserService::longestName);
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("password"));
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&User name"), m_admin);
        form->addRow(tr("&Password"), m_password);
        form->addRow(tr("&Repeat password"), m_repeat);
        for (QLineEdit *field : {m_admin, m_password, m_repeat})
            connect(field, &QLineEdit::textChanged, this, &NewBookDialog::revalidate);
    }
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

QString NewBookDialog::adminName() const
{
    return m_admin ? m_admin->text().trimmed() : QString();
}

QString NewBookDialog::password() const
{
    return m_password ? m_password->text() : QString();
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
    else if (m_admin && m_admin->text().trimmed().isEmpty())
        problem = tr("Enter your user name.");
    else if (m_admin && !checkName(QStringLiteral("name"), m_admin->text(), 64))
        problem = tr("The user name holds a control character.");
    else if (m_password)
        problem = newPasswordProblem(m_password->text(), m_repeat->text());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace coffer::ui
