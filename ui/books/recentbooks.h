#pragma once

#include "storage/booklocation.h"

#include <QStringList>

#include <optional>

namespace coffer::ui {

// The books this user opened, newest first, as location texts without passwords
// (QSettings), and the merchant last worked for in each.
namespace RecentBooks {

constexpr int capacity = 8;

QStringList list();
void remember(const BookLocation &location, qint64 merchantId);
void forget(const QString &locationText);
// The merchant last chosen in that book, 0 when none.
qint64 lastMerchant(const BookLocation &location);
// The user who signed in to that book last (offered at the next sign-in).
QString lastUser(const BookLocation &location);
void rememberUser(const BookLocation &location, const QString &userName);
// The book opened last, if it can still be named.
std::optional<BookLocation> last();

} // namespace RecentBooks

} // namespace coffer::ui
