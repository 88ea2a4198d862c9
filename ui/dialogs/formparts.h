#pragma once

#include "ledger/types.h"

#include <QString>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace coffer::ui {

// An amount field with its currency code beside it, added to `form` under
// `labelText` (a row whose field is a layout needs its own buddy label for the
// & shortcut to work).
struct AmountField
{
    QLineEdit *edit;
    QLabel *currency;
};
AmountField addAmountRow(QFormLayout *form, const QString &labelText, QDialog *dialog);

// What every checking dialog shows under its form: the broken rule, if any, and
// OK / Cancel wired to accept() and reject(). Lays out the whole dialog.
struct DialogFooter
{
    QLabel *problem;
    QDialogButtonBox *buttons;
};
DialogFooter layOutCheckedDialog(QDialog *dialog, QFormLayout *form);

// What is wrong with a new password typed twice, in the user's words; empty when
// it meets the core's rules (UserService::checkPassword) and both agree.
QString newPasswordProblem(const QString &password, const QString &repeat);

// An amount as the user would type it in the current locale: no grouping, the
// locale's decimal point ("12000,5" in Vietnamese). Parses back to the same amount.
QString editableAmount(const Money &amount);

// A wallet as the pickers show it: "Name (CUR)", marked when archived.
QString walletLabel(const Wallet &wallet);

} // namespace coffer::ui
