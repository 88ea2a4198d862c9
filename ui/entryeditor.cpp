#include "entryeditor.h"

#include "dialogs/entrydialog.h"
#include "dialogs/transferdialog.h"
#include "undo/entrycommands.h"

#include <QMessageBox>
#include <QUndoStack>

namespace coffer::ui {

bool EntryEditor::canEdit(const Transaction &entry)
{
    // Reversals and reversed or voided entries are history, not editable.
    return entry.status != TransactionStatus::Cancelled && entry.reversesId == 0
        && entry.reversedById == 0;
}

bool EntryEditor::canComplete(const Transaction &entry)
{
    return entry.status == TransactionStatus::Pending;
}

bool EntryEditor::canCancel(const Transaction &entry)
{
    return canEdit(entry);
}

qint64 EntryEditor::create(TransactionType type, qint64 walletId, QWidget *parent)
{
    // Not offered to those who may not record entries (the core refuses it anyway).
    if (!m_workspace.may(Permission::RecordEntries))
        return 0;
    Transaction recorded;
    NewTransaction request;
    if (type == TransactionType::Transfer) {
        TransferDialog dialog(m_workspace.book(), m_workspace.actor(), walletId, parent);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        recorded = dialog.recorded();
        request = dialog.request();
    } else {
        EntryDialog dialog(m_workspace.book(), m_workspace.actor(), type, walletId, parent);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        recorded = dialog.recorded();
        request = dialog.request();
    }
    m_workspace.undoStack()->push(new RecordEntryCommand(m_workspace, recorded, request));
    m_workspace.bookChanged();
    return recorded.id;
}

qint64 EntryEditor::edit(const Transaction &entry, QWidget *parent)
{
    if (!canEdit(entry) || !m_workspace.may(Permission::RecordEntries))
        return 0;
    Transaction replacement;
    NewTransaction request;
    if (entry.type == TransactionType::Transfer) {
        TransferDialog dialog(m_workspace.book(), m_workspace.actor(), entry.walletId, parent);
        dialog.setOriginal(entry);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        replacement = dialog.recorded();
        request = dialog.request();
    } else {
        EntryDialog dialog(m_workspace.book(), m_workspace.actor(), entry.type, entry.walletId,
                           parent);
        dialog.setOriginal(entry);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        replacement = dialog.recorded();
        request = dialog.request();
    }
    m_workspace.undoStack()->push(
        new CorrectEntryCommand(m_workspace, entry, replacement, request));
    m_workspace.bookChanged();
    return replacement.id;
}

void EntryEditor::complete(const Transaction &entry, QWidget *parent)
{
    auto done = m_workspace.book().ledger().complete(m_workspace.actor(), entry.id);
    if (!done) {
        m_workspace.showError(parent, done.error());
        return;
    }
    m_workspace.undoStack()->push(new CompleteEntryCommand(m_workspace, *done));
    m_workspace.bookChanged();
}

void EntryEditor::cancel(const Transaction &entry, QWidget *parent)
{
    if (entry.status == TransactionStatus::Completed) {
        // A settled entry stays in the book; a reversing entry dated today undoes it.
        const auto answer = QMessageBox::question(
            parent, tr("Cancel entry"),
            tr("Entry #%1 is settled. Coffer keeps it and records a reversing entry "
               "dated today. Go ahead?")
                .arg(entry.id));
        if (answer != QMessageBox::Yes)
            return;
    }
    auto done = m_workspace.book().ledger().cancel(m_workspace.actor(), entry.id);
    if (!done) {
        m_workspace.showError(parent, done.error());
        return;
    }
    m_workspace.undoStack()->push(new CancelEntryCommand(m_workspace, entry));
    m_workspace.bookChanged();
}

} // namespace coffer::ui
