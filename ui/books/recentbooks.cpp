#include "books/recentbooks.h"

#include <QSettings>
#include <QVariantMap>

namespace coffer::ui::RecentBooks {

namespace {

const QString recentKey = QStringLiteral("books/recent");
const QString merchantsKey = QStringLiteral("books/merchants");
const QString usersKey = QStringLiteral("books/users");

} // namespace

QStringList list()
{
    return QSettings().value(recentKey).toStringList();
}

void remember(const BookLocation &location, qint64 merchantId)
{
    QSettings settings;
    const QString text = location.displayName(); // never the password
    QStringList books = list();
    books.removeAll(text);
    books.prepend(text);
    while (books.size() > capacity)
        books.removeLast();
    settings.setValue(recentKey, books);
    QVariantMap merchants = settings.value(merchantsKey).toMap();
    merchants.insert(text, merchantId);
    settings.setValue(merchantsKey, merchants);
}

void forget(const QString &locationText)
{
    QSettings settings;
    QStringList books = list();
    books.removeAll(locationText);
    settings.setValue(recentKey, books);
}

qint64 lastMerchant(const BookLocation &location)
{
    return QSettings().value(merchantsKey).toMap().value(location.displayName()).toLongLong();
}

QString lastUser(const BookLocation &location)
{
    return QSettings().value(usersKey).toMap().value(location.displayName()).toString();
}

void rememberUser(const BookLocation &location, const QString &userName)
{
    QSettings settings;
    QVariantMap users = settings.value(usersKey).toMap();
    users.insert(location.displayName(), userName);
    settings.setValue(usersKey, users);
}

std::optional<BookLocation> last()
{
    const QStringList books = list();
    if (books.isEmpty())
        return std::nullopt;
    auto parsed = BookLocation::parse(books.first());
    if (!parsed)
        return std::nullopt;
    return *parsed;
}

} // namespace coffer::ui::RecentBooks
