#pragma once

#include <QDialog>

class QComboBox;

namespace coffer::ui {

// The user's preferences: the language of the whole app (English or Vietnamese)
// and its look (the system's, light or dark), kept in QSettings and applied at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The chosen language code ("en", "vi").
    QString language() const;
    // The chosen theme ("system", "light", "dark").
    QString theme() const;

private:
    QComboBox *m_language;
    QComboBox *m_theme;
};

} // namespace coffer::ui
