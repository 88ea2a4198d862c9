#include "storage/textfolding.h"

#include "storage/database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace coffer {

namespace {

void foldText(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const QByteArray folded
        = QString::fromUtf8(text, sqlite3_value_bytes(arguments[0])).toCaseFolded().toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

Status registerTextFolding(const Database &database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(ErrorCode::StorageError,
                         QStringLiteral("text folding: not a SQLite connection"));
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.data());
    if (sqlite3_create_function_v2(connection, "coffer_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   nullptr, &foldText, nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return makeError(
            ErrorCode::StorageError,
            QStringLiteral("text folding: %1").arg(QString::fromUtf8(sqlite3_errmsg(connection))));
    return success();
}

} // namespace coffer
