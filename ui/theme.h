#pragma once

#include <QString>
#include <QStringList>

namespace coffer::ui {

// The look of the app: "system" (the desktop's own style and colours), "light" or
// "dark" (Qt's Fusion style with a light or dark palette). Charts follow the
// palette when a screen is built.
QStringList availableThemes();
// Returns false for an unknown theme (nothing changes then).
bool applyTheme(const QString &theme);
// The theme chosen in Preferences ("system" when none), and saving a choice.
QString savedTheme();
void saveTheme(const QString &theme);

} // namespace coffer::ui
