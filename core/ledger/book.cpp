#include "ledger/book.h"

#include "storage/migrator.h"

#include <QFileInfo>

namespace coffer {

Book::Book(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_wallets(*m_database)
    , m_categories(*m_database)
    , m_ledger(*m_database)
    , m_events(m_ledger, m_categories)
    , m_reports(*m_database)
    , m_dashboard(*m_database)
    , m_audit(*m_database)
    , m_users(*m_database, m_wallets)
    , m_payees(*m_database, m_ledger)
    , m_methods(*m_database)
    , m_payouts(*m_database, m_ledger, m_payees, m_users)
    , m_adjustments(*m_database, m_payees)
    , m_customers(*m_database)
    , m_invoices(*m_database, m_ledger, m_wallets, m_categories)
{ }

Result<std::unique_ptr<Book>> Book::open(const BookLocation &location, Opening opening)
{
    const bool mustExist = opening == Opening::MustExist;
    if (mustExist && location.dialect == Dialect::SQLite && !QFileInfo(location.path).isFile())
        return makeError(
            ErrorCode::BookNotFound,
            QStringLiteral("book: there is no book at %1; 'init' creates one").arg(location.path));
    auto database = Database::open(location);
    if (!database)
        return database.error();
    Migrator migrator(**database);
    if (mustExist) {
        auto version = migrator.currentVersion();
        if (!version)
            return version.error();
        if (*version == 0)
            return makeError(ErrorCode::BookNotInitialised,
                             QStringLiteral("book: %1 holds no Coffer book yet; 'init' creates one")
                                 .arg(location.displayName()));
    }
    COFFER_TRY(migrator.migrate());
    return std::unique_ptr<Book>(new Book(std::move(*database)));
}

} // namespace coffer
