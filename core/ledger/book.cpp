#include "ledger/book.h"

#include "storage/migrator.h"

namespace coffer {

Book::Book(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_wallets(*m_database)
    , m_categories(*m_database)
    , m_ledger(*m_database)
    , m_events(m_ledger, m_categories)
    , m_reports(*m_database)
{ }

Result<std::unique_ptr<Book>> Book::open(const BookLocation &location)
{
    auto database = Database::open(location);
    if (!database)
        return database.error();
    COFFER_TRY(Migrator(**database).migrate());
    return std::unique_ptr<Book>(new Book(std::move(*database)));
}

} // namespace coffer
