#pragma once

#include "workspace.h"

#include <QCoreApplication>

class QWidget;

namespace coffer::ui {

// The user's actions on entries, shared by every screen that lists them: new,
// edit, mark completed and cancel. Each opens the dialog or asks what it must,
// lets core do the change, puts it on the undo history and tells the workspace.
class EntryEditor
{
    Q_DECLARE_TR_FUNCTIONS(EntryEditor)

public:
    explicit EntryEditor(Workspace &workspace)
        : m_workspace(workspace)
    { }

    // Returns the new entry's id, 0 when the user cancelled.
    qint64 create(TransactionType type, qint64 walletId, QWidget *parent);
    // Returns the replacement's id, 0 when the user cancelled.
    qint64 edit(const Transaction &entry, QWidget *parent);
    void complete(const Transaction &entry, QWidget *parent);
    void cancel(const Transaction &entry, QWidget *parent);

    // What the ledger allows for an entry, for enabling actions.
    static bool canEdit(const Transaction &entry);
    static bool canComplete(const Transaction &entry);
    static bool canCancel(const Transaction &entry);

private:
    Workspace &m_workspace;
};

} // namespace coffer::ui
