#pragma once

#include <QDialog>

class QComboBox;

namespace coffer::ui {

// The user's preferences: for now the language of the whole app (English or
// Vietnamese), kept in QSettings and applied at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The chosen language code ("en", "vi").
    QString language() const;

private:
    QComboBox *m_language;
};

} // namespace coffer::ui
