#include "books/connectiondialog.h"

#include "dialogs/formparts.h"
#include "ledger/book.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace coffer::ui {

ConnectionDialog::ConnectionDialog(const BookLocation &start, const SecretStore &secrets,
                                   QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
{
    setWindowTitle(tr("Connect to a server"));
    const bool known = start.dialect == Dialect::PostgreSQL;
    m_host = new QLineEdit(known ? start.host : QStringLiteral("localhost"), this);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(known ? start.port : 5432);
    m_database = new QLineEdit(known ? start.database : QString(), this);
    m_user = new QLineEdit(known ? start.user : QString(), this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember the password in the system keychain"), this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("testResult"));
    for (auto [widget, name] : {std::pair<QWidget *, const char *> {m_host, "host"},
                                {m_port, "port"},
                                {m_database, "database"},
                                {m_user, "user"},
                                {m_password, "password"},
                                {m_remember, "remember"}})
        widget->setObjectName(QString::fromLatin1(name));
    auto *test = new QPushButton(tr("&Test connection"), this);
    test->setObjectName(QStringLiteral("test"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host"), m_host);
    form->addRow(tr("&Port"), m_port);
    form->addRow(tr("&Database"), m_database);
    form->addRow(tr("&User"), m_user);
    form->addRow(tr("Pass&word"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(test, m_result);
    const DialogFooter footer = layOutCheckedDialog(this, form);
    m_problem = footer.problem;
    m_buttons = footer.buttons;
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::revalidate);
    connect(test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    if (known)
        loadPassword();
    revalidate();
}

void ConnectionDialog::loadPassword()
{
    auto stored = m_secrets.read(location().displayName());
    if (!stored) {
        m_result->setText(tr("The system keychain did not answer (%1); type the password.")
                              .arg(stored.error().detail));
        return;
    }
    if (stored->has_value()) {
        m_password->setText(**stored);
        m_remember->setChecked(true);
        m_result->setText(tr("Password taken from the system keychain."));
    }
}

BookLocation ConnectionDialog::location() const
{
    BookLocation location;
    location.dialect = Dialect::PostgreSQL;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    location.password = m_password->text();
    return location;
}

QString ConnectionDialog::problem() const
{
    return m_problem->text();
}

void ConnectionDialog::showFailure(const QString &reason)
{
    m_result->setText(tr("Could not connect: %1").arg(reason));
}

QString ConnectionDialog::testResult() const
{
    return m_result->text();
}

void ConnectionDialog::revalidate()
{
    QString problem;
    if (m_host->text().trimmed().isEmpty())
        problem = tr("Enter the server's host name or address.");
    else if (m_database->text().trimmed().isEmpty())
        problem = tr("Enter the database name.");
    else if (m_user->text().trimmed().isEmpty())
        problem = tr("Enter the user name.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ConnectionDialog::testConnection()
{
    if (!problem().isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto book = Book::open(location(), Book::Opening::MustExist);
    QApplication::restoreOverrideCursor();
    if (book) {
        const auto merchants = (*book)->wallets().merchants().value_or({});
        m_result->setText(
            tr("Connected: a Coffer book with %n merchant(s).", "", int(merchants.size())));
    } else if (book.error().code == ErrorCode::BookNotInitialised) {
        m_result->setText(tr("Connected. This database holds no Coffer book yet; Connect "
                             "creates one."));
    } else {
        m_result->setText(tr("Could not connect: %1").arg(book.error().detail));
    }
}

void ConnectionDialog::accept()
{
    if (!problem().isEmpty())
        return;
    const QString key = location().displayName();
    // Only when asked: the keychain, never a settings file. The keychain call waits in
    // an event loop: nothing in the dialog may be pressed meanwhile (a Cancel would
    // otherwise be overridden by this accept).
    setEnabled(false);
    const Status kept = m_remember->isChecked() ? m_secrets.write(key, m_password->text())
                                                : m_secrets.remove(key);
    setEnabled(true);
    if (!kept && m_remember->isChecked()) {
        m_result->setText(tr("The password could not be kept in the system keychain (%1). "
                             "Untick the box to connect without keeping it.")
                              .arg(kept.error().detail));
        return;
    }
    QDialog::accept();
}

} // namespace coffer::ui
