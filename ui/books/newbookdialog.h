#pragma once

#include "money/currency.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace coffer::ui {

// The first merchant of a new book: its name and home currency.
class NewBookDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewBookDialog(const QString &where, QWidget *parent = nullptr);

    QString merchantName() const;
    Currency currency() const;
    QString problem() const;

private:
    void revalidate();

    QLineEdit *m_name;
    QComboBox *m_currency;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace coffer::ui
