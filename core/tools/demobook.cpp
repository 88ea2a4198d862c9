#include "tools/demobook.h"

#include "tools/historygenerator.h"

#include <QDir>
#include <QFileInfo>

namespace coffer {

Result<Merchant> seedDemoBook(Book &book, const QString &userName)
{
    auto merchant = book.wallets().createMerchant(QStringLiteral("Coffer Demo Café"),
                                                  Currency::fromCode(QStringLiteral("VND")).value(),
                                                  userName);
    if (!merchant)
        return merchant.error();
    GenerateOptions options;
    options.transactions = 20000;
    options.seed = 2026;
    auto generated = HistoryGenerator(book).run(Actor {merchant->id, userName}, options);
    if (!generated)
        return generated.error();
    return merchant;
}

BookLocation demoBookLocation()
{
    const QFileInfo defaultBook(BookLocation::defaultBook().path);
    return BookLocation::sqlite(defaultBook.dir().filePath(QStringLiteral("demo.coffer")));
}

} // namespace coffer
