#include "undo/entrycommands.h"

#include <QApplication>
#include <QLocale>

namespace coffer::ui {

namespace {

Result<qint64> idOf(const Result<Transaction> &outcome)
{
    if (!outcome)
        return outcome.error();
    return outcome->id;
}

} // namespace

QString EntryCommand::describe(const Transaction &entry)
{
    const QString amount = entry.amount.format(QLocale());
    switch (entry.type) {
    case TransactionType::Income: return tr("income of %1").arg(amount);
    case TransactionType::Expense: return tr("expense of %1").arg(amount);
    case TransactionType::Transfer: return tr("transfer of %1").arg(amount);
    }
    return amount;
}

EntryCommand::EntryCommand(Workspace &workspace, qint64 liveId, const QString &text)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_live(workspace.entryHandle(liveId))
{ }

void EntryCommand::undo()
{
    apply(undoChange());
}

void EntryCommand::redo()
{
    if (m_done) {
        m_done = false; // the dialog or action already made the change
        return;
    }
    apply(redoChange());
}

void EntryCommand::apply(const Result<qint64> &outcome)
{
    if (!outcome) {
        setObsolete(true);
        m_workspace.showError(QApplication::activeWindow(), outcome.error());
        return;
    }
    m_workspace.entryReplaced(*m_live, *outcome);
    m_workspace.bookChanged();
}

RecordEntryCommand::RecordEntryCommand(Workspace &workspace, const Transaction &recorded,
                                       const NewTransaction &request)
    : EntryCommand(workspace, recorded.id, EntryCommand::tr("Record %1").arg(describe(recorded)))
    , m_request(request)
{ }

Result<qint64> RecordEntryCommand::undoChange()
{
    auto cancelled = m_workspace.book().ledger().cancel(m_workspace.actor(), *m_live);
    if (!cancelled)
        return cancelled.error();
    return *m_live;
}

Result<qint64> RecordEntryCommand::redoChange()
{
    return idOf(m_workspace.book().ledger().record(m_workspace.actor(), m_request));
}

CorrectEntryCommand::CorrectEntryCommand(Workspace &workspace, const Transaction &original,
                                         const Transaction &replacement,
                                         const NewTransaction &request)
    : EntryCommand(workspace, original.id, EntryCommand::tr("Edit %1").arg(describe(original)))
    , m_before(LedgerService::requestFor(original))
    , m_after(request)
{
    // Earlier commands on this entry follow it to its replacement.
    workspace.entryReplaced(original.id, replacement.id);
}

Result<qint64> CorrectEntryCommand::undoChange()
{
    return idOf(m_workspace.book().ledger().correct(m_workspace.actor(), *m_live, m_before));
}

Result<qint64> CorrectEntryCommand::redoChange()
{
    return idOf(m_workspace.book().ledger().correct(m_workspace.actor(), *m_live, m_after));
}

CancelEntryCommand::CancelEntryCommand(Workspace &workspace, const Transaction &cancelled)
    : EntryCommand(workspace, cancelled.id, EntryCommand::tr("Cancel %1").arg(describe(cancelled)))
    , m_request(LedgerService::requestFor(cancelled))
{ }

Result<qint64> CancelEntryCommand::undoChange()
{
    return idOf(m_workspace.book().ledger().record(m_workspace.actor(), m_request));
}

Result<qint64> CancelEntryCommand::redoChange()
{
    auto cancelled = m_workspace.book().ledger().cancel(m_workspace.actor(), *m_live);
    if (!cancelled)
        return cancelled.error();
    return *m_live;
}

CompleteEntryCommand::CompleteEntryCommand(Workspace &workspace, const Transaction &completed)
    : EntryCommand(workspace, completed.id,
                   EntryCommand::tr("Mark %1 completed").arg(describe(completed)))
    , m_pending(LedgerService::requestFor(completed))
{
    m_pending.status = TransactionStatus::Pending;
}

Result<qint64> CompleteEntryCommand::undoChange()
{
    return idOf(m_workspace.book().ledger().correct(m_workspace.actor(), *m_live, m_pending));
}

Result<qint64> CompleteEntryCommand::redoChange()
{
    return idOf(m_workspace.book().ledger().complete(m_workspace.actor(), *m_live));
}

} // namespace coffer::ui
