#include "tools/demobook.h"

#include "tools/historygenerator.h"

#include <QDir>
#include <QFileInfo>

namespace coffer {

namespace {

// Staff of the café, so that the users screen and the audit trail show a team.
Status addDemoStaff(Book &book, const Actor &admin)
{
    const QList<std::pair<QString, Role>> staff {{QStringLiteral("lan"), Role::Bookkeeper},
                                                 {QStringLiteral("minh"), Role::Reviewer},
                                                 {QStringLiteral("thu"), Role::Reconciler},
                                                 {QStringLiteral("an"), Role::Auditor}};
    for (const auto &[name, role] : staff) {
        NewUser user {name, DemoCredentials::password(), role, {}};
        auto added = book.users().add(admin, user);
        if (!added)
            return added.error();
    }
    return success();
}

} // namespace

Result<SignedIn> seedDemoBook(Book &book)
{
    auto demo
        = book.users().createFirstAdmin(DemoCredentials::userName(), DemoCredentials::password());
    if (!demo)
        return demo.error();
    auto merchant = book.users().createMerchant(*demo, QStringLiteral("Coffer Demo Café"),
                                                Currency::fromCode(QStringLiteral("VND")).value());
    if (!merchant)
        return merchant.error();
    auto actor = book.users().actorFor(*demo, merchant->id);
    if (!actor)
        return actor.error();
    COFFER_TRY(addDemoStaff(book, *actor));
    GenerateOptions options;
    options.transactions = 20000;
    options.seed = 2026;
    auto generated = HistoryGenerator(book).run(*actor, options);
    if (!generated)
        return generated.error();
    return demo;
}

BookLocation demoBookLocation()
{
    const QFileInfo defaultBook(BookLocation::defaultBook().path);
    return BookLocation::sqlite(defaultBook.dir().filePath(QStringLiteral("demo.coffer")));
}

} // namespace coffer
