#include "pages/walletspage.h"

#include "dialogs/walletdialog.h"
#include "models/registermodel.h"
#include "models/walletmodel.h"
#include "pages/pageparts.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

WalletsPage::WalletsPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_walletModel(new WalletModel(this))
    , m_registerModel(new RegisterModel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_totals = new QLabel(this);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    m_walletView = makeTable(m_walletModel, this);
    m_walletView->setObjectName(QStringLiteral("wallets"));
    m_registerView = makeTable(m_registerModel, this);
    m_registerView->setObjectName(QStringLiteral("register"));
    m_registerTitle = new QLabel(this);
    auto *registerPane = new QWidget(this);
    auto *registerLayout = new QVBoxLayout(registerPane);
    registerLayout->setContentsMargins(0, 0, 0, 0);
    auto *registerBar = new QHBoxLayout;
    m_goToDate = new QDateEdit(QDate::currentDate(), registerPane);
    m_goToDate->setObjectName(QStringLiteral("goToDate"));
    m_goToDate->setCalendarPopup(true);
    m_goToDate->setDateRange(QDate(1900, 1, 1), QDate(9999, 12, 31));
    auto *goTo = new QPushButton(tr("&Go to date"), registerPane);
    auto *filter = new QPushButton(tr("&Filter entries…"), registerPane);
    filter->setToolTip(tr("This wallet's entries on the Transactions screen, with every filter"));
    registerBar->addWidget(m_registerTitle, 1);
    registerBar->addWidget(m_goToDate);
    registerBar->addWidget(goTo);
    registerBar->addWidget(filter);
    registerLayout->addLayout(registerBar);
    connect(goTo, &QPushButton::clicked, this, [this] { goToDate(m_goToDate->date()); });
    connect(filter, &QPushButton::clicked, this, [this] {
        TransactionFilter wanted;
        wanted.walletId = currentWalletId();
        Q_EMIT filterRequested(wanted);
    });
    registerLayout->addWidget(m_registerView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_walletView);
    splitter->addWidget(registerPane);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(m_totals);
    layout->addWidget(splitter, 1);

    connect(m_registerModel, &RegisterModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Coffer"), message); });
    connect(m_walletView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showRegister(current.row());
                Q_EMIT selectionChanged();
            });
    connect(m_walletView, &QTableView::doubleClicked, this, &WalletsPage::editWallet);
    connect(m_registerView, &QTableView::doubleClicked, this, &WalletsPage::entryActivated);
    connect(m_registerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WalletsPage::selectionChanged);
    connect(m_registerModel, &QAbstractItemModel::modelReset, this, &WalletsPage::selectionChanged);
}

void WalletsPage::reload()
{
    auto wallets = workspace().book().wallets().list(workspace().actor());
    if (!wallets) {
        workspace().showError(this, wallets.error());
        return;
    }
    const Wallet *selected = selectedWallet();
    const qint64 selectedId = selected ? selected->id : 0;
    m_shownWalletId = -1; // the register reloads: balances may have changed
    m_walletModel->setWallets(*wallets);
    m_walletView->resizeColumnsToContents();
    m_totals->setText(totalsText(*wallets));
    if (m_walletModel->rowCount() > 0)
        m_walletView->selectRow(0);
    selectWallet(selectedId);
    showRegister(m_walletView->currentIndex().row());
    Q_EMIT selectionChanged();
}

QString WalletsPage::totalsText(const QList<Wallet> &wallets) const
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

void WalletsPage::showRegister(int walletRow)
{
    const Wallet *wallet = m_walletModel->walletAt(walletRow);
    if (!wallet) {
        m_shownWalletId = 0;
        m_registerModel->clear();
        m_registerTitle->clear();
        return;
    }
    if (wallet->id == m_shownWalletId)
        return;
    m_shownWalletId = wallet->id;
    m_registerModel->setWallet(&workspace().book().reports(), workspace().actor(), *wallet,
                               workspace().categoryNames(), workspace().walletNames());
    m_registerView->resizeColumnsToContents();
    m_registerTitle->setText(tr("<b>%1</b> — newest entries first")
                                 .arg(wallet->names.text(Workspace::language()).toHtmlEscaped()));
}

const Wallet *WalletsPage::selectedWallet() const
{
    return m_walletModel->walletAt(m_walletView->currentIndex().row());
}

qint64 WalletsPage::currentWalletId() const
{
    const Wallet *wallet = selectedWallet();
    return wallet ? wallet->id : 0;
}

std::optional<Transaction> WalletsPage::currentEntry() const
{
    const RegisterLine *line = m_registerModel->lineAt(m_registerView->currentIndex().row());
    if (!line)
        return std::nullopt;
    return line->transaction;
}

PrintJob WalletsPage::printJob()
{
    PrintJob job {tr("Wallets — %1").arg(workspace().merchant().name),
                  m_totals->text(),
                  {{tr("Wallets"), m_walletModel}}};
    if (const Wallet *wallet = selectedWallet()) {
        job.sections.append(
            {tr("Register of %1, newest first").arg(wallet->names.text(Workspace::language())),
             m_registerModel});
    }
    return job;
}

void WalletsPage::goToDate(const QDate &date)
{
    const Wallet *wallet = selectedWallet();
    if (!wallet)
        return;
    auto row
        = workspace().book().reports().registerRowOnOrBefore(workspace().actor(), *wallet, date);
    if (!row) {
        workspace().showError(this, row.error());
        return;
    }
    if (*row >= m_registerModel->rowCount())
        return; // nothing that old: stay where the user is
    const QModelIndex index = m_registerModel->index(int(*row), 0);
    m_registerView->scrollTo(index, QAbstractItemView::PositionAtTop);
    m_registerView->setCurrentIndex(index);
}

void WalletsPage::selectWallet(qint64 walletId)
{
    for (int row = 0; row < m_walletModel->rowCount(); ++row) {
        if (m_walletModel->walletAt(row)->id == walletId)
            m_walletView->selectRow(row);
    }
}

void WalletsPage::newWallet()
{
    if (!workspace().may(Permission::ManageWallets))
        return;
    WalletDialog dialog(workspace().book().wallets(), workspace().actor(), workspace().merchant(),
                        nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    workspace().bookChanged();
    selectWallet(dialog.wallet().id);
}

void WalletsPage::editWallet()
{
    if (!workspace().may(Permission::ManageWallets))
        return;
    const Wallet *wallet = selectedWallet();
    if (!wallet)
        return;
    const Wallet current = *wallet;
    WalletDialog dialog(workspace().book().wallets(), workspace().actor(), workspace().merchant(),
                        &current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    workspace().bookChanged();
}

void WalletsPage::changeSelectedWallet(Status (WalletService::*change)(const Actor &, qint64))
{
    const Wallet *wallet = selectedWallet();
    if (!wallet)
        return;
    if (auto done = (workspace().book().wallets().*change)(workspace().actor(), wallet->id); !done)
        workspace().showError(this, done.error());
    workspace().bookChanged();
}

void WalletsPage::setDefaultWallet()
{
    changeSelectedWallet(&WalletService::setDefault);
}

void WalletsPage::archiveWallet()
{
    changeSelectedWallet(&WalletService::archive);
}

void WalletsPage::restoreWallet()
{
    changeSelectedWallet(&WalletService::restore);
}

} // namespace coffer::ui
