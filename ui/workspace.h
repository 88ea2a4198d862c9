#pragma once

#include "ledger/book.h"

#include <QHash>
#include <QObject>

#include <memory>

class QUndoStack;
class QWidget;

namespace coffer::ui {

// What every screen of the window shares: the open book, the merchant worked
// for, who is acting, the undo history of the user's edits, and one signal when
// the book changed so that every screen shows the same state.
class Workspace : public QObject
{
    Q_OBJECT

public:
    // `actor` is `user` acting for `merchant` (UserService::actorFor).
    Workspace(Book &book, const Merchant &merchant, const Actor &actor, const SignedIn &user,
              QObject *parent = nullptr);

    Book &book() const { return m_book; }
    const Merchant &merchant() const { return m_merchant; }
    const Actor &actor() const { return m_actor; }
    const SignedIn &user() const { return m_user; }
    // The signed-in user, whose key changes when they enrol a one-time password.
    SignedIn &user() { return m_user; }
    // Whether the signed-in user may do this here: screens hide what they may not.
    bool may(Permission permission) const { return m_actor.may(permission); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The language names are shown in ("en", "vi"), from the current locale.
    static QString language();
    // Display names of the merchant's wallets and the categories it sees, read
    // again after each change.
    const QHash<qint64, QString> &walletNames();
    const QHash<qint64, QString> &categoryNames();

    // Tells every screen that the book changed (after a write).
    void bookChanged();
    // The handle of the entry that now stands as `entryId` for the user's edits.
    // Undoing and redoing replace entries (a reversal, a re-recorded copy), so every
    // command on one logical entry shares one handle and follows the same entry.
    std::shared_ptr<qint64> entryHandle(qint64 entryId);
    // The entry `oldId` was replaced by `newId`: its handle now names `newId`.
    void entryReplaced(qint64 oldId, qint64 newId);

    // Shows a refused or failed operation to the user.
    void showError(QWidget *parent, const Error &error) const;

Q_SIGNALS:
    void changed();

private:
    Book &m_book;
    Merchant m_merchant;
    Actor m_actor;
    SignedIn m_user;
    QUndoStack *m_undoStack;
    QHash<qint64, QString> m_walletNames;
    QHash<qint64, QString> m_categoryNames;
    QHash<qint64, std::weak_ptr<qint64>> m_entryHandles;
    bool m_namesStale = true;
    void loadNames();
};

} // namespace coffer::ui
