#pragma once

#include "common/result.h"

#include <QString>

namespace coffer {

enum class Dialect
{
    SQLite,
    PostgreSQL
};

// Where a book lives: a SQLite file, or a PostgreSQL database given as
// postgresql://USER@HOST:PORT/DB. The password is never part of the text; it
// comes from PGPASSWORD, a prompt or (later) the keychain.
struct BookLocation
{
    Dialect dialect = Dialect::SQLite;
    QString path; // SQLite
    QString host; // PostgreSQL
    int port = 5432;
    QString database;
    QString user;
    QString password;

    // Error: InvalidArgument naming what is wrong with the text.
    static Result<BookLocation> parse(const QString &text);
    static BookLocation sqlite(const QString &path);
    // The embedded default book in the user's data directory.
    static BookLocation defaultBook();

    // Text without the password, for titles and messages.
    QString displayName() const;
};

// Names the application so that the app and coffer-cli share one data folder
// (~/.local/share/coffer on Linux). Call once after creating the application object.
void setApplicationIdentity();

} // namespace coffer
