#include "workspace.h"

#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>

namespace coffer::ui {

Workspace::Workspace(Book &book, const Merchant &merchant, const Actor &actor, const SignedIn &user,
                     QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_merchant(merchant)
    , m_actor(actor)
    , m_user(user)
    , m_undoStack(new QUndoStack(this))
{ }

QString Workspace::language()
{
    return QLocale().name().left(2);
}

void Workspace::loadNames()
{
    if (!m_namesStale)
        return;
    m_namesStale = false;
    m_walletNames.clear();
    m_categoryNames.clear();
    const QString lang = language();
    for (const Wallet &w : m_book.wallets().list(m_actor).value_or({}))
        m_walletNames.insert(w.id, w.names.text(lang));
    for (const Category &c : m_book.categories().list(m_actor).value_or({}))
        m_categoryNames.insert(c.id, c.names.text(lang));
}

const QHash<qint64, QString> &Workspace::walletNames()
{
    loadNames();
    return m_walletNames;
}

const QHash<qint64, QString> &Workspace::categoryNames()
{
    loadNames();
    return m_categoryNames;
}

void Workspace::bookChanged()
{
    m_namesStale = true;
    Q_EMIT changed();
}

std::shared_ptr<qint64> Workspace::entryHandle(qint64 entryId)
{
    if (auto handle = m_entryHandles.value(entryId).lock())
        return handle;
    auto handle = std::make_shared<qint64>(entryId);
    m_entryHandles.insert(entryId, handle);
    return handle;
}

void Workspace::entryReplaced(qint64 oldId, qint64 newId)
{
    const std::shared_ptr<qint64> handle = entryHandle(oldId);
    *handle = newId;
    m_entryHandles.remove(oldId);
    m_entryHandles.insert(newId, handle);
}

void Workspace::showError(QWidget *parent, const Error &error) const
{
    QMessageBox::warning(parent, tr("Coffer"), error.detail);
}

} // namespace coffer::ui
