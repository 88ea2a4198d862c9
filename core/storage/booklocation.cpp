#include "storage/booklocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace coffer {

Result<BookLocation> BookLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("--db: must not be empty"));
    if (!trimmed.startsWith(QStringLiteral("postgresql://"))
        && !trimmed.startsWith(QStringLiteral("postgres://")))
        return sqlite(trimmed);

    const QUrl url(trimmed, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || url.userName().isEmpty() || database.isEmpty()
        || database.contains(QLatin1Char('/')))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("--db: '%1' must look like postgresql://USER@HOST:PORT/DB")
                             .arg(trimmed));
    if (!url.password().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("--db: a password must not be written in the URL; use "
                                        "PGPASSWORD or the prompt"));
    BookLocation location;
    location.dialect = Dialect::PostgreSQL;
    location.host = url.host();
    location.port = url.port(5432);
    location.database = database;
    location.user = url.userName();
    return location;
}

BookLocation BookLocation::sqlite(const QString &path)
{
    BookLocation location;
    location.dialect = Dialect::SQLite;
    location.path = path;
    return location;
}

BookLocation BookLocation::defaultBook()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqlite(QDir(dir.isEmpty() ? QDir::homePath() + QStringLiteral("/.coffer") : dir)
                      .filePath(QStringLiteral("book.coffer")));
}

QString BookLocation::displayName() const
{
    if (dialect == Dialect::SQLite)
        return path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("coffer"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

} // namespace coffer
