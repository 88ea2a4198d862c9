#include "mainwindow.h"

#include "dialogs/entrydialog.h"
#include "dialogs/transferdialog.h"
#include "dialogs/walletdialog.h"
#include "models/registermodel.h"
#include "models/walletmodel.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

MainWindow::MainWindow(Book &book, const Merchant &merchant, QWidget *parent)
    : QMainWindow(parent)
    , m_book(book)
    , m_merchant(merchant)
    , m_actor {merchant.id, qEnvironmentVariable("USER", QStringLiteral("coffer"))}
    , m_walletModel(new WalletModel(this))
    , m_registerModel(new RegisterModel(this))
{
    setWindowTitle(tr("%1 — Coffer").arg(merchant.name));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *heading = new QLabel(tr("<h2>%1</h2>").arg(merchant.name.toHtmlEscaped()), central);
    m_totals = new QLabel(central);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_walletView = makeTable(m_walletModel, central);
    m_registerView = makeTable(m_registerModel, central);
    m_registerTitle = new QLabel(central);
    auto *registerPane = new QWidget(central);
    auto *registerLayout = new QVBoxLayout(registerPane);
    registerLayout->setContentsMargins(0, 0, 0, 0);
    registerLayout->addWidget(m_registerTitle);
    registerLayout->addWidget(m_registerView);
    auto *splitter = new QSplitter(Qt::Vertical, central);
    splitter->addWidget(m_walletView);
    splitter->addWidget(registerPane);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(heading);
    layout->addWidget(m_totals);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    buildMenus();
    statusBar()->showMessage(tr("Book: %1").arg(book.database().location().displayName()));
    connect(m_registerModel, &RegisterModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Coffer"), message); });
    connect(m_walletView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showRegister(current.row());
                updateWalletActions();
            });
    connect(m_walletView, &QTableView::doubleClicked, this, &MainWindow::editWallet);
    connect(m_registerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateEntryActions);
    connect(m_registerModel, &QAbstractItemModel::modelReset, this,
            &MainWindow::updateEntryActions);
    resize(1100, 720);
    refresh();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *reload = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *wallets = menuBar()->addMenu(tr("&Wallet"));
    QAction *add = wallets->addAction(tr("&New wallet…"), this, &MainWindow::newWallet);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editWallet = wallets->addAction(tr("&Edit wallet…"), this, &MainWindow::editWallet);
    m_editWallet->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_setDefault = wallets->addAction(tr("Make &default"), this, &MainWindow::setDefaultWallet);
    wallets->addSeparator();
    m_archive = wallets->addAction(tr("&Archive"), this, &MainWindow::archiveWallet);
    m_restore = wallets->addAction(tr("&Restore"), this, &MainWindow::restoreWallet);
    QMenu *entries = menuBar()->addMenu(tr("&Transactions"));
    entries->addAction(tr("New &income…"), this, &MainWindow::newIncome)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    entries->addAction(tr("New &expense…"), this, &MainWindow::newExpense)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    entries->addAction(tr("New &transfer…"), this, &MainWindow::newTransfer)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    entries->addSeparator();
    m_completeEntry = entries->addAction(tr("Mark &completed"), this, &MainWindow::completeEntry);
    m_cancelEntry = entries->addAction(tr("Ca&ncel entry…"), this, &MainWindow::cancelEntry);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Coffer"), this, [this] {
        QMessageBox::about(this, tr("About Coffer"),
                           tr("<b>Coffer</b> %1<br>Exact, double-entry bookkeeping for merchants.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::refresh()
{
    auto wallets = m_book.wallets().list(m_actor);
    if (!wallets) {
        showError(wallets.error());
        return;
    }
    const int row = qMax(0, m_walletView->currentIndex().row());
    m_walletModel->setWallets(*wallets);
    m_walletView->resizeColumnsToContents();
    m_totals->setText(totalsText(*wallets));
    if (m_walletModel->rowCount() > 0)
        m_walletView->selectRow(qMin(row, m_walletModel->rowCount() - 1));
    showRegister(m_walletView->currentIndex().row());
    updateWalletActions();
}

QString MainWindow::totalsText(const QList<Wallet> &wallets) const
{
    QMap<QString, Money> totals;
    for (const Wallet &w : wallets) {
        if (w.isExcluded || !w.isActive())
            continue;
        const Money sum = totals.value(w.currency.code(), Money::zero(w.currency));
        auto added = sum.plus(w.current());
        if (added)
            totals.insert(w.currency.code(), *added);
    }
    QStringList parts;
    for (const Money &total : totals)
        parts << total.format(QLocale());
    return tr("Total across wallets (excluded wallets left out): %1")
        .arg(parts.join(QStringLiteral(" · ")));
}

void MainWindow::showRegister(int walletRow)
{
    const Wallet *wallet = m_walletModel->walletAt(walletRow);
    if (!wallet) {
        m_registerModel->clear();
        m_registerTitle->clear();
        return;
    }
    auto categories = m_book.categories().list(m_actor);
    if (!categories) {
        showError(categories.error());
        return;
    }
    QHash<qint64, QString> categoryNames;
    const QString language = QLocale().name().left(2);
    for (const Category &c : *categories)
        categoryNames.insert(c.id, c.names.text(language));
    QHash<qint64, QString> walletNames;
    for (int i = 0; i < m_walletModel->rowCount(); ++i)
        walletNames.insert(m_walletModel->walletAt(i)->id,
                           m_walletModel->walletAt(i)->names.text(language));
    m_registerModel->setWallet(&m_book.reports(), m_actor, *wallet, categoryNames, walletNames);
    m_registerView->resizeColumnsToContents();
    m_registerTitle->setText(
        tr("<b>%1</b> — newest entries first").arg(wallet->names.text(language).toHtmlEscaped()));
}

const Wallet *MainWindow::selectedWallet() const
{
    return m_walletModel->walletAt(m_walletView->currentIndex().row());
}

void MainWindow::updateWalletActions()
{
    const Wallet *wallet = selectedWallet();
    m_editWallet->setEnabled(wallet);
    m_setDefault->setEnabled(wallet && wallet->isActive() && !wallet->isDefault);
    m_archive->setEnabled(wallet && wallet->isActive() && !wallet->isDefault);
    m_restore->setEnabled(wallet && !wallet->isActive());
}

void MainWindow::selectWallet(qint64 walletId)
{
    for (int row = 0; row < m_walletModel->rowCount(); ++row) {
        if (m_walletModel->walletAt(row)->id == walletId)
            m_walletView->selectRow(row);
    }
}

void MainWindow::newWallet()
{
    WalletDialog dialog(m_book.wallets(), m_actor, m_merchant, nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectWallet(dialog.wallet().id);
}

void MainWindow::editWallet()
{
    const Wallet *wallet = selectedWallet();
    if (!wallet)
        return;
    const Wallet current = *wallet;
    WalletDialog dialog(m_book.wallets(), m_actor, m_merchant, &current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectWallet(current.id);
}

void MainWindow::setDefaultWallet()
{
    if (const Wallet *wallet = selectedWallet()) {
        const qint64 id = wallet->id;
        if (auto done = m_book.wallets().setDefault(m_actor, id); !done)
            showError(done.error());
        refresh();
        selectWallet(id);
    }
}

void MainWindow::archiveWallet()
{
    if (const Wallet *wallet = selectedWallet()) {
        const qint64 id = wallet->id;
        if (auto done = m_book.wallets().archive(m_actor, id); !done)
            showError(done.error());
        refresh();
        selectWallet(id);
    }
}

void MainWindow::restoreWallet()
{
    if (const Wallet *wallet = selectedWallet()) {
        const qint64 id = wallet->id;
        if (auto done = m_book.wallets().restore(m_actor, id); !done)
            showError(done.error());
        refresh();
        selectWallet(id);
    }
}

const Transaction *MainWindow::selectedEntry() const
{
    const RegisterLine *line = m_registerModel->lineAt(m_registerView->currentIndex().row());
    return line ? &line->transaction : nullptr;
}

void MainWindow::updateEntryActions()
{
    const Transaction *entry = selectedEntry();
    m_completeEntry->setEnabled(entry && entry->status == TransactionStatus::Pending);
    m_cancelEntry->setEnabled(entry && entry->status != TransactionStatus::Cancelled
                              && entry->reversesId == 0 && entry->reversedById == 0);
}

void MainWindow::refreshKeepingWallet()
{
    const Wallet *wallet = selectedWallet();
    const qint64 id = wallet ? wallet->id : 0;
    refresh();
    selectWallet(id);
}

void MainWindow::newEntry(TransactionType type)
{
    const Wallet *wallet = selectedWallet();
    const qint64 walletId = wallet ? wallet->id : 0;
    if (type == TransactionType::Transfer) {
        TransferDialog dialog(m_book, m_actor, walletId, this);
        if (dialog.exec() == QDialog::Accepted)
            refreshKeepingWallet();
        return;
    }
    EntryDialog dialog(m_book, m_actor, type, walletId, this);
    if (dialog.exec() == QDialog::Accepted)
        refreshKeepingWallet();
}

void MainWindow::newIncome()
{
    newEntry(TransactionType::Income);
}

void MainWindow::newExpense()
{
    newEntry(TransactionType::Expense);
}

void MainWindow::newTransfer()
{
    newEntry(TransactionType::Transfer);
}

void MainWindow::completeEntry()
{
    if (const Transaction *entry = selectedEntry()) {
        if (auto done = m_book.ledger().complete(m_actor, entry->id); !done)
            showError(done.error());
        refreshKeepingWallet();
    }
}

void MainWindow::cancelEntry()
{
    const Transaction *entry = selectedEntry();
    if (!entry)
        return;
    const qint64 id = entry->id;
    if (entry->status == TransactionStatus::Completed) {
        // A settled entry stays in the book; a reversing entry dated today undoes it.
        const auto answer = QMessageBox::question(
            this, tr("Cancel entry"),
            tr("Entry #%1 is settled. Coffer keeps it and records a reversing entry dated "
               "today. Go ahead?")
                .arg(id));
        if (answer != QMessageBox::Yes)
            return;
    }
    if (auto done = m_book.ledger().cancel(m_actor, id); !done)
        showError(done.error());
    refreshKeepingWallet();
}

void MainWindow::showError(const Error &error)
{
    QMessageBox::warning(this, tr("Coffer"), error.detail);
}

} // namespace coffer::ui
