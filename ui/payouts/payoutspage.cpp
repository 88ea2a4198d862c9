#include "payouts/payoutspage.h"

#include "pages/pageparts.h"
#include "payouts/payoutdetailview.h"
#include "payouts/payoutdialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

QString stateText(PayoutState state)
{
    switch (state) {
    case PayoutState::Pending: return PayoutsPage::tr("Pending");
    case PayoutState::AwaitingExceptionApproval:
        return PayoutsPage::tr("Awaiting exception approval");
    case PayoutState::Approved: return PayoutsPage::tr("Approved");
    case PayoutState::InTransit: return PayoutsPage::tr("In transit");
    case PayoutState::Paid: return PayoutsPage::tr("Paid");
    case PayoutState::AwaitingReconciliation: return PayoutsPage::tr("Awaiting reconciliation");
    case PayoutState::Failed: return PayoutsPage::tr("Failed");
    case PayoutState::Canceled: return PayoutsPage::tr("Canceled");
    case PayoutState::Reversed: return PayoutsPage::tr("Reversed");
    }
    return {};
}

QString ageText(const QDateTime &created)
{
    const qint64 hours = created.secsTo(QDateTime::currentDateTimeUtc()) / 3600;
    if (hours < 1)
        return PayoutsPage::tr("under an hour");
    if (hours < 2)
        return PayoutsPage::tr("1 hour");
    if (hours < 48)
        return PayoutsPage::tr("%1 hours").arg(hours);
    return PayoutsPage::tr("%1 days").arg(hours / 24);
}

} // namespace

PayoutsPage::PayoutsPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(makeTable(m_model, this))
    , m_show(new QComboBox(this))
    , m_payee(new QLineEdit(this))
    , m_minimum(new QLineEdit(this))
    , m_age(new QComboBox(this))
    , m_totals(new QLabel(this))
    , m_detail(new PayoutDetailView(workspace, this))
{
    m_model->setHorizontalHeaderLabels({tr("Number"), tr("Payee"), tr("State"), tr("Amount"),
                                        tr("Currency"), tr("Requested by"), tr("Age")});
    m_view->setObjectName(QStringLiteral("payouts"));
    // Several payouts may be selected for a batch run (Ctrl or Shift and click).
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(Payee, QHeaderView::Stretch);
    m_show->setObjectName(QStringLiteral("show"));
    m_show->addItem(tr("Needs my review"), int(Show::NeedsMyReview));
    m_show->addItem(tr("Open"), int(Show::Open));
    m_show->addItem(tr("Reconciliation queue"), int(Show::Reconciliation));
    m_show->addItem(tr("Paid"), int(Show::Paid));
    m_show->addItem(tr("Failed, canceled or reversed"), int(Show::Ended));
    m_show->addItem(tr("All payouts"), int(Show::All));
    if (!workspace.may(Permission::ReviewPayouts))
        m_show->setCurrentIndex(1);
    m_payee->setObjectName(QStringLiteral("payee"));
    m_payee->setPlaceholderText(tr("Any payee"));
    m_payee->setClearButtonEnabled(true);
    m_minimum->setObjectName(QStringLiteral("minimumAmount"));
    m_minimum->setPlaceholderText(tr("Show any"));
    m_minimum->setClearButtonEnabled(true);
    m_minimum->setMaximumWidth(140);
    m_age->setObjectName(QStringLiteral("age"));
    m_age->addItem(tr("Any age"), 0);
    m_age->addItem(tr("Older than a day"), 1);
    m_age->addItem(tr("Older than 3 days"), 3);
    m_age->addItem(tr("Older than a week"), 7);
    m_totals->setObjectName(QStringLiteral("totals"));

    struct Action
    {
        const char *name;
        QString text;
        void (PayoutsPage::*slot)();
    };
    const QList<Action> actions {
        {"approve", tr("A&pprove…"), &PayoutsPage::approve},
        {"process", tr("Pro&cess"), &PayoutsPage::process},
        {"execute", tr("Record e&xecution…"), &PayoutsPage::execute},
        {"fail", tr("Record fai&lure…"), &PayoutsPage::fail},
        {"cancel", tr("Ca&ncel payout…"), &PayoutsPage::cancel},
        {"replaceProof", tr("Replace pro&of…"), &PayoutsPage::replaceProof},
        {"approveException", tr("Approve except&ion"), &PayoutsPage::approveException},
        {"resolve", tr("Resolve &mismatch…"), &PayoutsPage::resolve},
        {"reverse", tr("Reve&rse…"), &PayoutsPage::reverse},
        {"batchApprove", tr("Approve in b&ulk…"), &PayoutsPage::batchApprove},
        {"batchProcess", tr("Process in &bulk…"), &PayoutsPage::batchProcess},
    };
    auto *buttons = new QHBoxLayout;
    for (const Action &a : actions) {
        auto *button = new QPushButton(a.text, this);
        button->setObjectName(QString::fromLatin1(a.name));
        connect(button, &QPushButton::clicked, this, a.slot);
        buttons->addWidget(button);
        m_buttons.append(button);
    }
    buttons->addStretch(1);
    auto *filters = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show"), this);
    showLabel->setBuddy(m_show);
    auto *payeeLabel = new QLabel(tr("Pa&yee"), this);
    payeeLabel->setBuddy(m_payee);
    filters->addWidget(showLabel);
    filters->addWidget(m_show);
    filters->addWidget(payeeLabel);
    filters->addWidget(m_payee);
    auto *minimumLabel = new QLabel(tr("Hide amounts un&der"), this);
    minimumLabel->setBuddy(m_minimum);
    filters->addWidget(minimumLabel);
    filters->addWidget(m_minimum);
    filters->addWidget(m_age);
    filters->addStretch(1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({720, 420});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    layout->addWidget(m_totals);

    connect(m_show, &QComboBox::currentIndexChanged, this, &PayoutsPage::reload);
    connect(m_age, &QComboBox::currentIndexChanged, this, &PayoutsPage::reload);
    connect(m_payee, &QLineEdit::editingFinished, this, &PayoutsPage::reload);
    connect(m_minimum, &QLineEdit::editingFinished, this, &PayoutsPage::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PayoutsPage::updateSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PayoutsPage::updateSelection);
    updateSelection();
}

void PayoutsPage::setShow(Show show)
{
    m_show->setCurrentIndex(m_show->findData(int(show)));
}

void PayoutsPage::setMinimumAmount(const QString &amount)
{
    m_minimum->setText(amount);
    reload();
}

void PayoutsPage::setPayeeFilter(const QString &ownerId)
{
    m_payee->setText(ownerId);
    reload();
}

bool PayoutsPage::shows(const Payout &p) const
{
    const QString minimum = m_minimum->text().trimmed();
    if (!minimum.isEmpty()) {
        // Read in the payout's currency; text that is no amount there hides nothing.
        auto floor = Money::parse(minimum, p.amount.currency(), QLocale());
        if (floor && p.amount.minorUnits() < floor->minorUnits())
            return false;
    }
    const int days = m_age->currentData().toInt();
    if (days > 0 && p.createdAt.secsTo(QDateTime::currentDateTimeUtc()) < days * 86400)
        return false;
    switch (Show(m_show->currentData().toInt())) {
    case Show::NeedsMyReview:
        return (p.state == PayoutState::Pending
                || p.state == PayoutState::AwaitingExceptionApproval)
            && p.requestedById != workspace().actor().userId;
    case Show::Open: return holdsFunds(p.state);
    case Show::Reconciliation: return p.state == PayoutState::AwaitingReconciliation;
    case Show::Paid: return p.state == PayoutState::Paid;
    case Show::Ended:
        return p.state == PayoutState::Failed || p.state == PayoutState::Canceled
            || p.state == PayoutState::Reversed;
    case Show::All: return true;
    }
    return true;
}

void PayoutsPage::reload()
{
    const Payout *selected = selectedPayout();
    const QString keep = selected ? selected->number : QString();
    PayoutFilter filter;
    filter.ownerId = m_payee->text().trimmed();
    filter.limit = 2000;
    auto payouts = workspace().book().payouts().list(workspace().actor(), filter);
    if (!payouts) {
        workspace().showError(this, payouts.error());
        return;
    }
    m_payouts.clear();
    m_model->removeRows(0, m_model->rowCount());
    QMap<QString, Money> sums;
    for (const Payout &p : std::as_const(*payouts)) {
        if (!shows(p))
            continue;
        m_payouts.append(p);
        QList<QStandardItem *> row;
        for (const QString &text :
             {p.number, p.ownerId, stateText(p.state), amountText(p.amount),
              p.amount.currency().code(), p.requestedBy, ageText(p.createdAt)})
            row.append(new QStandardItem(text));
        row[Amount]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(row);
        const QString code = p.amount.currency().code();
        if (!sums.contains(code))
            sums.insert(code, p.amount);
        else if (auto sum = sums[code].plus(p.amount))
            sums[code] = *sum;
    }
    m_view->resizeColumnsToContents();
    QStringList parts;
    for (const Money &sum : std::as_const(sums))
        parts << moneyText(sum);
    m_totals->setText(
        (m_payouts.size() == 1 ? tr("1 payout") : tr("%1 payouts").arg(m_payouts.size()))
        + (parts.isEmpty() ? QString()
                           : QStringLiteral(" · ") + parts.join(QStringLiteral(" · "))));
    // The selection stays; with none, the first payout is shown beside the list.
    if (keep.isEmpty() || !selectPayout(keep)) {
        if (!m_payouts.isEmpty())
            m_view->setCurrentIndex(m_model->index(0, 0));
    }
    updateSelection();
}

QList<Payout> PayoutsPage::selectedPayouts() const
{
    QList<Payout> chosen;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (row.row() < m_payouts.size())
            chosen.append(m_payouts.at(row.row()));
    }
    return chosen;
}

const Payout *PayoutsPage::selectedPayout() const
{
    return currentPayout(m_view, m_payouts);
}

bool PayoutsPage::selectPayout(const QString &number)
{
    return makePayoutCurrent(m_view, m_payouts, number);
}

QPushButton *PayoutsPage::button(const QString &objectName) const
{
    for (QPushButton *b : m_buttons) {
        if (b->objectName() == objectName)
            return b;
    }
    return nullptr;
}

void PayoutsPage::updateSelection()
{
    const Payout *p = selectedPayout();
    const Workspace &w = workspace();
    const PayoutState s = p ? p->state : PayoutState::Canceled;
    const bool canCancel = p && mayMove(s, PayoutState::Canceled)
        && (w.may(Permission::ReviewPayouts) || w.may(Permission::RequestPayouts));
    QMap<QString, bool> enabled {
        {QStringLiteral("approve"),
         p && s == PayoutState::Pending && w.may(Permission::ReviewPayouts)
             && p->requestedById != w.actor().userId},
        {QStringLiteral("process"),
         p && s == PayoutState::Approved && w.may(Permission::ExecutePayouts)},
        {QStringLiteral("execute"),
         p && s == PayoutState::InTransit && w.may(Permission::ExecutePayouts)},
        {QStringLiteral("fail"),
         p
             && ((s == PayoutState::InTransit && w.may(Permission::ExecutePayouts))
                 || ((s == PayoutState::Paid || s == PayoutState::AwaitingReconciliation)
                     && w.may(Permission::ReconcilePayouts)))},
        {QStringLiteral("cancel"), canCancel},
        {QStringLiteral("replaceProof"),
         p && w.may(Permission::ReconcilePayouts) && !p->latestReference.isEmpty()},
        {QStringLiteral("approveException"),
         p && s == PayoutState::AwaitingExceptionApproval
             && (w.may(Permission::ReviewPayouts) || w.may(Permission::ReconcilePayouts))
             && p->requestedById != w.actor().userId},
        {QStringLiteral("resolve"),
         p && s == PayoutState::AwaitingReconciliation && w.may(Permission::ReconcilePayouts)},
        {QStringLiteral("reverse"),
         p && (s == PayoutState::Paid || s == PayoutState::AwaitingReconciliation)
             && w.may(Permission::ReconcilePayouts)},
    };
    const QList<Payout> chosen = selectedPayouts();
    const bool anyPending = std::any_of(chosen.cbegin(), chosen.cend(), [](const Payout &c) {
        return c.state == PayoutState::Pending;
    });
    const bool anyApproved = std::any_of(chosen.cbegin(), chosen.cend(), [](const Payout &c) {
        return c.state == PayoutState::Approved;
    });
    enabled.insert(QStringLiteral("batchApprove"),
                   chosen.size() > 1 && anyPending && w.may(Permission::ReviewPayouts));
    enabled.insert(QStringLiteral("batchProcess"),
                   chosen.size() > 1 && anyApproved && w.may(Permission::ExecutePayouts));
    const QStringList reconcilerActions {QStringLiteral("replaceProof"), QStringLiteral("resolve"),
                                         QStringLiteral("reverse")};
    for (QPushButton *b : m_buttons) {
        b->setEnabled(enabled.value(b->objectName()));
        // What the user's roles never allow is not offered at all.
        const bool offered = b->objectName() == QStringLiteral("approve")
                || b->objectName() == QStringLiteral("batchApprove")
            ? w.may(Permission::ReviewPayouts)
            : reconcilerActions.contains(b->objectName()) ? w.may(Permission::ReconcilePayouts)
            : b->objectName() == QStringLiteral("approveException")
            ? w.may(Permission::ReviewPayouts) || w.may(Permission::ReconcilePayouts)
            : b->objectName() == QStringLiteral("cancel")
            ? w.may(Permission::ReviewPayouts) || w.may(Permission::RequestPayouts)
            : b->objectName() == QStringLiteral("fail")
            ? w.may(Permission::ExecutePayouts) || w.may(Permission::ReconcilePayouts)
            : w.may(Permission::ExecutePayouts);
        b->setVisible(offered);
    }
    if (!p) {
        m_detail->show(std::nullopt);
    } else {
        auto detail = workspace().book().payouts().show(workspace().actor(), p->number);
        m_detail->show(detail ? std::optional<PayoutDetail>(*detail) : std::nullopt);
    }
    Q_EMIT selectionChanged();
}

Status PayoutsPage::act(const std::function<Result<Payout>(const Payout &)> &action)
{
    const Payout *p = selectedPayout();
    if (!p)
        return makeError(ErrorCode::InvalidArgument, tr("payout: select a payout first"));
    const QString number = p->number;
    auto done = action(*p);
    if (!done)
        return done.error();
    workspace().bookChanged();
    reload();
    if (!selectPayout(number)) {
        setShow(Show::All);
        selectPayout(number);
    }
    return success();
}

Status PayoutsPage::approveSelected(const QString &code)
{
    return act([this, code](const Payout &p) {
        return workspace().book().payouts().approve(workspace().actor(), workspace().user(),
                                                    p.number, code.trimmed());
    });
}

Status PayoutsPage::processSelected()
{
    return act([this](const Payout &p) {
        return workspace().book().payouts().process(workspace().actor(), p.number);
    });
}

Status PayoutsPage::executeSelected(const Execution &execution)
{
    return act([this, execution](const Payout &p) {
        return workspace().book().payouts().execute(workspace().actor(), p.number, execution);
    });
}

Status PayoutsPage::failSelected(const QString &code, const QString &message, bool retry)
{
    return act([=, this](const Payout &p) {
        return workspace().book().payouts().fail(workspace().actor(), p.number, code, message,
                                                 retry);
    });
}

Status PayoutsPage::cancelSelected(const QString &reason)
{
    return act([this, reason](const Payout &p) {
        return workspace().book().payouts().cancel(workspace().actor(), p.number, reason);
    });
}

Status PayoutsPage::replaceSelectedProof(const ProofFile &proof, const QString &reason)
{
    return act([=, this](const Payout &p) -> Result<Payout> {
        auto replaced = workspace().book().payouts().replaceProof(workspace().actor(), p.number,
                                                                  proof, reason);
        if (!replaced)
            return replaced.error();
        return p;
    });
}

Status PayoutsPage::approveSelectedException()
{
    return act([this](const Payout &p) {
        return workspace().book().payouts().approveException(workspace().actor(), p.number);
    });
}

Status PayoutsPage::resolveSelected(const QString &note)
{
    return act([this, note](const Payout &p) {
        return workspace().book().payouts().resolve(workspace().actor(), p.number, note);
    });
}

Status PayoutsPage::reverseSelected(const QString &reason, const ProofFile &evidence)
{
    return act([=, this](const Payout &p) {
        return workspace().book().payouts().reverse(workspace().actor(), p.number, reason,
                                                    evidence);
    });
}

void PayoutsPage::approve()
{
    if (const Payout *p = selectedPayout()) {
        ApproveDialog dialog(*p, this);
        dialog.setSubmit([this, &dialog] { return approveSelected(dialog.code()->text()); });
        dialog.exec();
    }
}

void PayoutsPage::process()
{
    if (const Status done = processSelected(); !done)
        workspace().showError(this, done.error());
}

void PayoutsPage::execute()
{
    const Payout *p = selectedPayout();
    if (!p)
        return;
    auto wallets = workspace().book().wallets().list(workspace().actor());
    ExecuteDialog dialog(*p, wallets ? *wallets : QList<Wallet> {}, this);
    dialog.setSubmit([this, &dialog]() -> Status {
        auto execution = dialog.execution();
        if (!execution)
            return execution.error();
        return executeSelected(*execution);
    });
    dialog.exec();
}

void PayoutsPage::fail()
{
    if (const Payout *p = selectedPayout()) {
        FailDialog dialog(*p, this);
        dialog.setSubmit([this, &dialog] {
            return failSelected(dialog.failureCode()->text(), dialog.message()->text(),
                                dialog.retry()->isChecked());
        });
        dialog.exec();
    }
}

void PayoutsPage::cancel()
{
    if (const Payout *p = selectedPayout()) {
        ReasonDialog dialog(tr("Cancel payout"), *p, false, this);
        dialog.setSubmit([this, &dialog] { return cancelSelected(dialog.reason()); });
        dialog.exec();
    }
}

void PayoutsPage::replaceProof()
{
    if (const Payout *p = selectedPayout()) {
        ReasonDialog dialog(tr("Replace proof of payment"), *p, true, this);
        dialog.setSubmit([this, &dialog]() -> Status {
            auto file = dialog.file();
            if (!file)
                return file.error();
            return replaceSelectedProof(*file, dialog.reason());
        });
        dialog.exec();
    }
}

void PayoutsPage::approveException()
{
    if (const Status done = approveSelectedException(); !done)
        workspace().showError(this, done.error());
}

void PayoutsPage::resolve()
{
    if (const Payout *p = selectedPayout()) {
        ReasonDialog dialog(tr("Resolve the difference"), *p, false, this);
        dialog.setSubmit([this, &dialog] { return resolveSelected(dialog.reason()); });
        dialog.exec();
    }
}

void PayoutsPage::reverse()
{
    if (const Payout *p = selectedPayout()) {
        ReasonDialog dialog(tr("Reverse payout"), *p, true, this, tr("&Evidence"));
        dialog.setSubmit([this, &dialog]() -> Status {
            auto file = dialog.file();
            if (!file)
                return file.error();
            return reverseSelected(dialog.reason(), *file);
        });
        dialog.exec();
    }
}

void PayoutsPage::runBatch(BatchDialog::Kind kind)
{
    const QList<Payout> chosen = selectedPayouts();
    QStringList numbers;
    for (const Payout &p : chosen)
        numbers << p.number;
    BatchDialog dialog(kind, chosen, this);
    dialog.setRunner([this, kind, numbers](const QString &code,
                                           const PayoutService::BatchProgress &progress)
                         -> Result<BatchDialog::Outcomes> {
        PayoutService &payouts = workspace().book().payouts();
        Result<BatchDialog::Outcomes> outcomes = kind == BatchDialog::Kind::Approve
            ? payouts.approveBatch(workspace().actor(), workspace().user(), numbers, code, progress)
            : Result<BatchDialog::Outcomes>(
                payouts.processBatch(workspace().actor(), numbers, progress));
        if (outcomes) {
            workspace().bookChanged();
            reload();
        }
        return outcomes;
    });
    m_batch = &dialog;
    dialog.exec();
    m_batch = nullptr;
}

void PayoutsPage::batchApprove()
{
    runBatch(BatchDialog::Kind::Approve);
}

void PayoutsPage::batchProcess()
{
    runBatch(BatchDialog::Kind::Process);
}

} // namespace coffer::ui
