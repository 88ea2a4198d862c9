#pragma once

#include "workspace.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace coffer::ui {

// Undoable edits of the ledger. The ledger never rewrites a settled entry, so
// undoing and redoing are new entries too: a recorded entry is undone by
// cancelling it (voided when pending, reversed when settled), a cancellation by
// recording the entry again, an edit by correcting it back. Each command follows
// the entry that currently stands for the user's change through a handle shared by
// every command on that entry (Workspace::entryHandle).
//
// Every command is pushed after its change was made by a dialog or action, so the
// first redo() does nothing. An undo or redo the ledger refuses (say, a wallet
// archived meanwhile) is shown and drops the command from the history.
class EntryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EntryCommand)

public:
    // A short description of an entry for the Edit menu ("expense of 12,000 VND").
    static QString describe(const Transaction &entry);

    EntryCommand(Workspace &workspace, qint64 liveId, const QString &text);

    void undo() final;
    void redo() final;
    qint64 liveId() const { return *m_live; }

protected:
    virtual Result<qint64> undoChange() = 0;
    virtual Result<qint64> redoChange() = 0;
    Workspace &m_workspace;
    std::shared_ptr<qint64> m_live;

private:
    void apply(const Result<qint64> &outcome);
    bool m_done = true;
};

// A new income, expense or transfer.
class RecordEntryCommand : public EntryCommand
{
public:
    RecordEntryCommand(Workspace &workspace, const Transaction &recorded,
                       const NewTransaction &request);

protected:
    Result<qint64> undoChange() override;
    Result<qint64> redoChange() override;

private:
    NewTransaction m_request;
};

// An entry replaced by an edited one.
class CorrectEntryCommand : public EntryCommand
{
public:
    CorrectEntryCommand(Workspace &workspace, const Transaction &original,
                        const Transaction &replacement, const NewTransaction &request);

protected:
    Result<qint64> undoChange() override;
    Result<qint64> redoChange() override;

private:
    NewTransaction m_before;
    NewTransaction m_after;
};

// An entry cancelled by the user.
class CancelEntryCommand : public EntryCommand
{
public:
    CancelEntryCommand(Workspace &workspace, const Transaction &cancelled);

protected:
    Result<qint64> undoChange() override;
    Result<qint64> redoChange() override;

private:
    NewTransaction m_request;
};

// A pending entry marked completed; undone by a pending entry in its place.
class CompleteEntryCommand : public EntryCommand
{
public:
    CompleteEntryCommand(Workspace &workspace, const Transaction &completed);

protected:
    Result<qint64> undoChange() override;
    Result<qint64> redoChange() override;

private:
    NewTransaction m_pending;
};

} // namespace coffer::ui
