#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace coffer::ui {

namespace {

// Qt's own texts for standard buttons are looked up in the QPlatformTheme context
// through every installed translator. Debian's Qt ships no Vietnamese for them, so
// coffer_vi.ts carries them; listing them here keeps lupdate from dropping them.
[[maybe_unused]] const char *const standardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),  QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
};

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("vi")};
}

bool installLanguage(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    static QTranslator *installed = nullptr;
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
        installed = nullptr;
    }
    if (language != QStringLiteral("en")) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (!translator->load(QStringLiteral(":/i18n/coffer_%1.qm").arg(language))) {
            delete translator;
            return false;
        }
        QCoreApplication::installTranslator(translator);
        installed = translator;
    }
    QLocale::setDefault(QLocale(language == QStringLiteral("vi") ? QStringLiteral("vi_VN")
                                                                 : QStringLiteral("en_US")));
    return true;
}

QString savedLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void saveLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

} // namespace coffer::ui
