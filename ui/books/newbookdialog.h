#pragma once

#include "money/currency.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace coffer::ui {

// A new merchant: its name and home currency; for a book without users, also its
// first user, the administrator (name and password, typed twice).
class NewBookDialog : public QDialog
{
    Q_OBJECT

public:
    NewBookDialog(const QString &where, bool askAdmin, QWidget *parent = nullptr);

    QString merchantName() const;
    Currency currency() const;
    QString adminName() const;
    QString password() const;
    QString problem() const;

private:
    void revalidate();

    QLineEdit *m_name;
    QComboBox *m_currency;
    QLineEdit *m_admin = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace coffer::ui
