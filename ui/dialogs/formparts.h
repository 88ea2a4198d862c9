#pragma once

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

} // namespace coffer::ui
