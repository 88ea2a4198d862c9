#pragma once

#include "ledger/book.h"

#include <QHash>
#include <QObject>

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
    Workspace(Book &book, const Merchant &merchant, QObject *parent = nullptr);

    Book &book() const { return m_book; }
    const Merchant &merchant() const { return m_merchant; }
    const Actor &actor() const { return m_actor; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The language names are shown in ("en", "vi"), from the current locale.
    static QString language();
    // Display names of the merchant's wallets and the categories it sees, read
    // again after each change.
    const QHash<qint64, QString> &walletNames();
    const QHash<qint64, QString> &categoryNames();

    // Tells every screen that the book changed (after a write).
    void bookChanged();
    // Shows a refused or failed operation to the user.
    void showError(QWidget *parent, const Error &error) const;

Q_SIGNALS:
    void changed();

private:
    Book &m_book;
    Merchant m_merchant;
    Actor m_actor;
    QUndoStack *m_undoStack;
    QHash<qint64, QString> m_walletNames;
    QHash<qint64, QString> m_categoryNames;
    bool m_namesStale = true;
    void loadNames();
};

} // namespace coffer::ui
