#pragma once

#include "mainwindow.h"
#include "models/registermodel.h"
#include "models/walletmodel.h"
#include "pages/walletspage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

namespace coffer::test {

// Shows the window on the offscreen platform with `page` on screen (a page loads
// its figures when shown).
inline bool showWindow(ui::MainWindow &window, ui::Page *page)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.showPage(page);
    return window.currentPage() == page;
}

// The window's action with this menu text ("&Archive"), or null.
inline QAction *menuAction(ui::MainWindow &window, const QString &text)
{
    for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

inline bool selectWalletNamed(ui::WalletsPage *page, const QString &name)
{
    for (int row = 0; row < page->walletModel()->rowCount(); ++row) {
        if (page->walletModel()->walletAt(row)->name == name) {
            page->walletView()->selectRow(row);
            return true;
        }
    }
    return false;
}

inline bool selectRegisterEntry(ui::WalletsPage *page, qint64 id)
{
    for (int row = 0; row < page->registerModel()->rowCount(); ++row) {
        if (page->registerModel()->lineAt(row)->transaction.id == id) {
            page->registerView()->selectRow(row);
            return true;
        }
    }
    return false;
}

// Runs `fill` on the next modal dialog once it is open (the action that opens it
// blocks in exec()); `fill` accepts or rejects it.
inline void whenDialogOpens(const std::function<void(QDialog *)> &fill)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, fill] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            fill(dialog);
        }
    });
    poll->start(10);
}

template<typename Field> Field *fieldOf(QDialog *dialog, const char *name)
{
    auto *found = dialog->findChild<Field *>(QString::fromLatin1(name));
    Q_ASSERT_X(found, "field", name);
    return found;
}

inline void chooseText(QComboBox *box, const QString &text)
{
    box->setCurrentIndex(box->findText(text, Qt::MatchContains));
}

inline QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace coffer::test
