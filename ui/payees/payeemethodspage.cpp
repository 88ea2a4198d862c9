#include "payees/payeemethodspage.h"

#include "pages/pageparts.h"
#include "payees/methoddialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

PayeeMethodsPage::PayeeMethodsPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(makeTable(m_model, this))
    , m_notice(new QLabel(this))
    , m_add(new QPushButton(tr("&Add method…"), this))
    , m_default(new QPushButton(tr("Make &default"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
{
    m_model->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Details"), tr("Currency"), tr("Default"), tr("Status")});
    m_view->setObjectName(QStringLiteral("methods"));
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addMethod"));
    m_default->setObjectName(QStringLiteral("makeDefault"));
    m_remove->setObjectName(QStringLiteral("removeMethod"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_default);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    const bool manages = workspace.may(Permission::RequestOwnPayout);
    for (QPushButton *button : {m_add, m_default, m_remove})
        button->setVisible(manages);
    connect(m_add, &QPushButton::clicked, this, qOverload<>(&PayeeMethodsPage::addMethod));
    connect(m_default, &QPushButton::clicked, this, &PayeeMethodsPage::makeSelectedDefault);
    connect(m_remove, &QPushButton::clicked, this, &PayeeMethodsPage::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PayeeMethodsPage::updateSelection);
    updateSelection();
}

QString PayeeMethodsPage::ownerId() const
{
    return workspace().actor().payee.ownerId;
}

void PayeeMethodsPage::reload()
{
    const PayoutMethod *selected = selectedMethod();
    const qint64 keep = selected ? selected->id : 0;
    const Actor &actor = workspace().actor();
    auto statement = workspace().book().payees().show(actor, ownerId(), 1);
    m_currencies.clear();
    for (const PayeeBalance &b : statement ? statement->balances : QList<PayeeBalance> {})
        m_currencies.append(b.wallet.currency);
    auto methods = workspace().book().methods().list(actor, ownerId());
    if (!methods && methods.error().code != ErrorCode::PayeeNotFound)
        workspace().showError(this, methods.error());
    m_methods = methods.value_or({});
    m_model->removeRows(0, m_model->rowCount());
    for (const PayoutMethod &m : std::as_const(m_methods)) {
        QList<QStandardItem *> row;
        for (const QString &text :
             {methodKindName(m.kind), m.masked, m.currency.code(),
              m.isDefault ? tr("Default") : QString(), m.active ? tr("Active") : tr("Removed")})
            row.append(new QStandardItem(text));
        if (!m.active) {
            for (QStandardItem *item : std::as_const(row))
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        m_model->appendRow(row);
    }
    fitColumnsToContents(m_view);
    m_notice->setText(m_currencies.isEmpty()
                          ? tr("You can add payout methods once you have a wallet.")
                          : tr("Payouts are sent to these accounts. Each currency has one "
                               "default; details are shown masked."));
    m_add->setEnabled(!m_currencies.isEmpty());
    if (!selectMethod(keep) && !m_methods.isEmpty())
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateSelection();
}

const PayoutMethod *PayeeMethodsPage::selectedMethod() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_methods.size())
        return nullptr;
    return &m_methods.at(current.row());
}

bool PayeeMethodsPage::selectMethod(qint64 methodId)
{
    for (qsizetype row = 0; row < m_methods.size(); ++row) {
        if (m_methods.at(row).id == methodId) {
            m_view->setCurrentIndex(m_model->index(int(row), 0));
            return true;
        }
    }
    return false;
}

void PayeeMethodsPage::updateSelection()
{
    const PayoutMethod *m = selectedMethod();
    m_default->setEnabled(m && m->active && !m->isDefault);
    m_remove->setEnabled(m && m->active);
    Q_EMIT selectionChanged();
}

Status PayeeMethodsPage::addMethod(const NewPayoutMethod &method)
{
    auto added = workspace().book().methods().add(workspace().actor(), method);
    if (!added)
        return added.error();
    workspace().bookChanged();
    reload();
    selectMethod(added->id);
    return success();
}

void PayeeMethodsPage::addMethod()
{
    MethodDialog dialog(ownerId(), m_currencies, this);
    dialog.setSubmit([this](const NewPayoutMethod &method) { return addMethod(method); });
    dialog.exec();
}

void PayeeMethodsPage::change(const std::function<Result<PayoutMethod>(qint64)> &change)
{
    const PayoutMethod *m = selectedMethod();
    if (!m)
        return;
    const qint64 id = m->id;
    auto changed = change(id);
    if (!changed) {
        workspace().showError(this, changed.error());
        return;
    }
    workspace().bookChanged();
    reload();
    selectMethod(id);
}

void PayeeMethodsPage::makeSelectedDefault()
{
    change([this](qint64 id) {
        return workspace().book().methods().setDefault(workspace().actor(), id);
    });
}

void PayeeMethodsPage::removeSelected()
{
    const PayoutMethod *m = selectedMethod();
    if (!m)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove payout method"),
        tr("Remove %1 %2? Payouts already asked for keep it; new ones cannot use it.")
            .arg(methodKindName(m->kind), m->masked));
    if (answer != QMessageBox::Yes)
        return;
    change(
        [this](qint64 id) { return workspace().book().methods().remove(workspace().actor(), id); });
}

PrintJob PayeeMethodsPage::printJob()
{
    return {tr("Payout methods"),
            tr("%1 · %2").arg(workspace().actor().payee.toText(), workspace().merchant().name),
            {{tr("Payout methods"), m_model}}};
}

} // namespace coffer::ui
