#pragma once

#include "printing/listprinter.h"
#include "workspace.h"

#include <QWidget>

namespace coffer::ui {

// A screen of the main window. It reloads from the book when the book changed:
// at once when it is on screen, else the next time it is shown.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(Workspace &workspace, QWidget *parent = nullptr);

    // The page's title in the navigation.
    virtual QString title() const = 0;
    // Reads the page's figures from the book again.
    virtual void reload() = 0;
    // The entry and wallet the user has selected on this page, if any: the
    // window's actions work on them.
    virtual std::optional<Transaction> currentEntry() const { return std::nullopt; }
    virtual qint64 currentWalletId() const { return 0; }
    // What File > Print prints from this page (no sections: nothing to print).
    virtual PrintJob printJob() { return {}; }

Q_SIGNALS:
    // The selected entry or wallet changed.
    void selectionChanged();

protected:
    void showEvent(QShowEvent *event) override;
    Workspace &workspace() const { return m_workspace; }

private:
    Workspace &m_workspace;
    bool m_stale = true;
};

} // namespace coffer::ui
