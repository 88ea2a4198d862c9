#pragma once

#include <QString>
#include <QStringList>

namespace coffer::ui {

// The languages the app ships: "en" (the source) and "vi".
QStringList availableLanguages();

// Installs the translation for `language` on the running application and makes its
// locale the default for dates and amounts. Returns false for a language Coffer
// does not ship (nothing changes then).
bool installLanguage(const QString &language);

// The language chosen in Preferences (empty: the system's), and saving a choice.
QString savedLanguage();
void saveLanguage(const QString &language);

} // namespace coffer::ui
