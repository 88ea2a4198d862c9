#include "dialogs/totpdialog.h"

#include "dialogs/formparts.h"
#include "qrcode.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

QString groupedSecret(const QString &base32)
{
    QStringList groups;
    for (qsizetype i = 0; i < base32.size(); i += 4)
        groups << base32.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

TotpDialog::TotpDialog(UserService &users, SignedIn &user, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_user(user)
    , m_password(new QLineEdit(this))
    , m_algorithm(new QComboBox(this))
    , m_digits(new QComboBox(this))
    , m_qr(new QLabel(this))
    , m_secret(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_secretPart(new QWidget(this))
{
    setWindowTitle(tr("Set up a one-time password"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_algorithm->setObjectName(QStringLiteral("algorithm"));
    m_algorithm->addItem(QStringLiteral("SHA-1"), int(OtpAlgorithm::Sha1));
    m_algorithm->addItem(QStringLiteral("SHA-256"), int(OtpAlgorithm::Sha256));
    m_algorithm->addItem(QStringLiteral("SHA-512"), int(OtpAlgorithm::Sha512));
    m_digits->setObjectName(QStringLiteral("digits"));
    m_digits->addItem(tr("6 digits"), 6);
    m_digits->addItem(tr("8 digits"), 8);
    m_qr->setObjectName(QStringLiteral("qr"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secret->setAlignment(Qt::AlignCenter);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setMaxLength(8);
    m_code->setInputMask(QString());

    auto *intro = new QLabel(tr("%1, a one-time password from an authenticator app on your "
                                "phone confirms approvals and other sensitive acts. Most apps "
                                "read SHA-1 with 6 digits.")
                                 .arg(user.name),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(intro);
    form->addRow(tr("Your &password"), m_password);
    if (users.self(user).value_or(User {}).totpEnrolled) {
        // Moving the second factor to another phone takes a code from the old one.
        m_currentCode = new QLineEdit(this);
        m_currentCode->setObjectName(QStringLiteral("currentCode"));
        m_currentCode->setMaxLength(8);
        form->addRow(tr("Code from your &current app"), m_currentCode);
        connect(m_currentCode, &QLineEdit::textChanged, this, &TotpDialog::revalidate);
    }
    form->addRow(tr("&Algorithm"), m_algorithm);
    form->addRow(tr("&Length"), m_digits);
    auto *secretForm = new QFormLayout(m_secretPart);
    secretForm->setContentsMargins(0, 0, 0, 0);
    auto *scan = new QLabel(tr("Scan the code with the app, or type the key into it:"), this);
    scan->setWordWrap(true);
    secretForm->addRow(scan);
    secretForm->addRow(m_qr);
    secretForm->addRow(tr("Key"), m_secret);
    secretForm->addRow(tr("&Code from the app"), m_code);
    m_secretPart->setVisible(false);
    form->addRow(m_secretPart);
    const DialogFooter footer = layOutCheckedDialog(this, form);
    m_problem = footer.problem;
    m_buttons = footer.buttons;
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create the key"));
    connect(m_password, &QLineEdit::textChanged, this, &TotpDialog::revalidate);
    connect(m_code, &QLineEdit::textChanged, this, &TotpDialog::revalidate);
    revalidate();
}

QString TotpDialog::problem() const
{
    return m_problem->text();
}

void TotpDialog::revalidate()
{
    QString problem;
    if (!enrolled() && m_password->text().isEmpty())
        problem = tr("Enter your password to set up a one-time password.");
    else if (!enrolled() && m_currentCode && m_currentCode->text().trimmed().size() < 6)
        problem = tr("Enter the code your current app shows: it replaces that one.");
    else if (enrolled() && m_code->text().trimmed().size() != m_enrolment.parameters.digits)
        problem
            = tr("Enter the %n-digit code the app shows.", nullptr, m_enrolment.parameters.digits);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void TotpDialog::showSecret()
{
    m_qr->setPixmap(QPixmap::fromImage(qrCodeImage(m_enrolment.uri, 5)));
    m_secret->setText(groupedSecret(m_enrolment.base32));
    for (QWidget *w : std::initializer_list<QWidget *> {m_password, m_algorithm, m_digits})
        w->setEnabled(false);
    if (m_currentCode)
        m_currentCode->setEnabled(false);
    m_secretPart->setVisible(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Confirm"));
    m_code->setFocus();
    adjustSize();
}

void TotpDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (!enrolled()) {
        TotpParameters parameters;
        parameters.algorithm = OtpAlgorithm(m_algorithm->currentData().toInt());
        parameters.digits = m_digits->currentData().toInt();
        auto enrolment
            = m_users.enrolTotp(m_user, m_password->text(), QStringLiteral("Coffer"), parameters,
                                m_currentCode ? m_currentCode->text().trimmed() : QString());
        QApplication::restoreOverrideCursor();
        m_password->clear();
        if (!enrolment) {
            const ErrorCode code = enrolment.error().code;
            m_problem->setText(code == ErrorCode::SignInFailed ? tr("That is not your password.")
                                   : code == ErrorCode::InvalidOtp || code == ErrorCode::OtpReplayed
                                   ? tr("The code from your current app does not match.")
                                   : enrolment.error().detail);
            return;
        }
        m_enrolment = *enrolment;
        showSecret();
        revalidate();
        return;
    }
    const Status verified = m_users.verifyTotp(m_user, m_code->text().trimmed());
    QApplication::restoreOverrideCursor();
    if (!verified) {
        m_problem->setText(verified.error().code == ErrorCode::OtpReplayed
                               ? tr("That code was used already: wait for the next one.")
                               : tr("The code does not match. Check the phone's clock, then "
                                    "try the next code."));
        return;
    }
    QDialog::accept();
}

} // namespace coffer::ui
