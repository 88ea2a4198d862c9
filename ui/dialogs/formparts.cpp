#include "dialogs/formparts.h"

#include "users/userservice.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace coffer::ui {

AmountField addAmountRow(QFormLayout *form, const QString &labelText, QDialog *dialog)
{
    AmountField field {new QLineEdit(dialog), new QLabel(dialog)};
    field.edit->setObjectName(QStringLiteral("amount"));
    field.edit->setAlignment(Qt::AlignRight);
    auto *row = new QHBoxLayout;
    row->addWidget(field.edit, 1);
    row->addWidget(field.currency);
    auto *label = new QLabel(labelText, dialog);
    label->setBuddy(field.edit);
    form->addRow(label, row);
    return field;
}

DialogFooter layOutCheckedDialog(QDialog *dialog, QFormLayout *form)
{
    DialogFooter footer {
        new QLabel(dialog),
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog)};
    footer.problem->setWordWrap(true);
    footer.problem->setStyleSheet(QStringLiteral("color: palette(link);"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(footer.problem);
    layout->addWidget(footer.buttons);
    QObject::connect(footer.buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(footer.buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return footer;
}

QString editableAmount(const Money &amount)
{
    return amount.toDecimalString().replace(QLatin1Char('.'), QLocale().decimalPoint());
}

QString walletLabel(const Wallet &wallet)
{
    const QString name = wallet.names.text(QLocale().name().left(2));
    return wallet.isActive()
        ? QStringLiteral("%1 (%2)").arg(name, wallet.currency.code())
        : QCoreApplication::translate("coffer::ui::WalletPicker", "%1 (%2, archived)")
              .arg(name, wallet.currency.code());
}

QString newPasswordProblem(const QString &password, const QString &repeat)
{
    if (password.size() < UserService::shortestPassword)
        return QCoreApplication::translate("NewPassword", "A password has at least %n characters.",
                                           nullptr, UserService::shortestPassword);
    if (auto rules = UserService::checkPassword(password); !rules)
        return rules.error().detail;
    if (repeat != password)
        return QCoreApplication::translate("NewPassword", "The two passwords differ.");
    return {};
}

} // namespace coffer::ui
