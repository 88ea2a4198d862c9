#include "payees/payeewalletpage.h"

#include "pages/pageparts.h"
#include "payees/payeehistorymodel.h"
#include "payees/payoutrequestdialog.h"
#include "payouts/payoutdetailview.h"
#include "payouts/payoutdialogs.h"

#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

enum PayoutColumn
{
    Number,
    State,
    Amount,
    Requested,
    Method, // last: it takes the room left
    PayoutColumnCount
};

QString bucketName(PayeeWalletPage::Bucket bucket)
{
    switch (bucket) {
    case PayeeWalletPage::Bucket::Available: return QStringLiteral("available");
    case PayeeWalletPage::Bucket::Pending: return QStringLiteral("pending");
    case PayeeWalletPage::Bucket::Held: return QStringLiteral("held");
    }
    return {};
}

QGroupBox *framed(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

// One currency's buckets: the currency, then each bucket's name over its figure.
QFrame *bucketCard(const PayeeBalance &balance, QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(card);
    grid->setHorizontalSpacing(24);
    const QString code = balance.wallet.currency.code();
    auto *currency = new QLabel(QStringLiteral("<b style='font-size:x-large'>%1</b><br>%2")
                                    .arg(code, balance.wallet.currency.name().toHtmlEscaped()),
                                card);
    grid->addWidget(currency, 0, 0, 2, 1);
    const QList<std::pair<PayeeWalletPage::Bucket, Money>> figures {
        {PayeeWalletPage::Bucket::Available, balance.available},
        {PayeeWalletPage::Bucket::Pending, balance.pending},
        {PayeeWalletPage::Bucket::Held, balance.held}};
    const QStringList captions {PayeeWalletPage::tr("Available to pay out"),
                                PayeeWalletPage::tr("Pending (not settled yet)"),
                                PayeeWalletPage::tr("Held for payouts in progress")};
    for (int i = 0; i < figures.size(); ++i) {
        auto *caption = new QLabel(captions.at(i), card);
        auto *figure = new QLabel(moneyText(figures.at(i).second), card);
        figure->setObjectName(bucketName(figures.at(i).first) + QLatin1Char('-') + code);
        QFont font = figure->font();
        font.setPointSizeF(font.pointSizeF() * (i == 0 ? 1.9 : 1.5));
        font.setBold(i == 0);
        figure->setFont(font);
        figure->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(caption, 0, i + 1);
        grid->addWidget(figure, 1, i + 1);
        grid->setColumnStretch(i + 1, 1);
    }
    return card;
}

} // namespace

PayeeWalletPage::PayeeWalletPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_buckets(new QWidget(this))
    , m_bucketsLayout(new QVBoxLayout(m_buckets))
    , m_empty(new QLabel(this))
    , m_history(new PayeeHistoryModel(this))
    , m_historyView(makeTable(m_history, this))
    , m_payoutModel(new QStandardItemModel(0, PayoutColumnCount, this))
    , m_payoutsView(makeTable(m_payoutModel, this))
    , m_detail(new PayoutDetailView(workspace, this))
    , m_request(new QPushButton(tr("&Request payout…"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel payout…"), this))
{
    m_bucketsLayout->setContentsMargins(0, 0, 0, 0);
    m_empty->setObjectName(QStringLiteral("noWallet"));
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_historyView->setObjectName(QStringLiteral("history"));
    m_payoutModel->setHorizontalHeaderLabels(
        {tr("Number"), tr("State"), tr("Amount"), tr("Requested"), tr("Method")});
    m_payoutsView->setObjectName(QStringLiteral("payouts"));
    m_request->setObjectName(QStringLiteral("requestPayout"));
    m_cancel->setObjectName(QStringLiteral("cancelPayout"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_request);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *payouts = new QSplitter(Qt::Horizontal, this);
    payouts->addWidget(m_payoutsView);
    payouts->addWidget(m_detail);
    payouts->setSizes({560, 440});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(framed(tr("History"), m_historyView, this));
    split->addWidget(framed(tr("My payouts"), payouts, this));
    split->setSizes({220, 340});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_buckets);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_request, &QPushButton::clicked, this, qOverload<>(&PayeeWalletPage::requestPayout));
    connect(m_cancel, &QPushButton::clicked, this, &PayeeWalletPage::cancelPayout);
    connect(m_payoutsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PayeeWalletPage::updateSelection);
    updateSelection();
}

QString PayeeWalletPage::ownerId() const
{
    return workspace().actor().payee.ownerId;
}

void PayeeWalletPage::reload()
{
    const Actor &actor = workspace().actor();
    Book &book = workspace().book();
    auto statement = book.payees().show(actor, ownerId(), 500);
    m_statement.reset();
    if (statement)
        m_statement = *statement;
    else if (statement.error().code != ErrorCode::PayeeNotFound)
        workspace().showError(this, statement.error());
    showBuckets();
    m_history->setLines(m_statement ? m_statement->history : QList<PayeeHistoryLine> {});
    fitColumnsToContents(m_historyView);
    if (!m_statement) {
        showPayouts({}, {});
        return;
    }
    PayoutFilter filter;
    filter.ownerId = ownerId();
    filter.limit = 500;
    const auto payouts = book.payouts().list(actor, filter);
    if (!payouts)
        workspace().showError(this, payouts.error());
    showPayouts(payouts.value_or({}), book.methods().list(actor, ownerId()).value_or({}));
}

void PayeeWalletPage::showBuckets()
{
    while (QLayoutItem *item = m_bucketsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const bool hasWallet = m_statement && !m_statement->balances.isEmpty();
    for (const PayeeBalance &balance : m_statement ? m_statement->balances : QList<PayeeBalance> {})
        m_bucketsLayout->addWidget(bucketCard(balance, m_buckets));
    m_empty->setText(tr("You have no wallet with %1 yet. It opens with your first earning.")
                         .arg(workspace().merchant().name));
    m_empty->setVisible(!hasWallet);
    m_request->setEnabled(hasWallet && workspace().may(Permission::RequestOwnPayout));
}

QLabel *PayeeWalletPage::bucketLabel(const QString &currencyCode, Bucket bucket) const
{
    return m_buckets->findChild<QLabel *>(bucketName(bucket) + QLatin1Char('-') + currencyCode);
}

void PayeeWalletPage::showPayouts(const QList<Payout> &payouts, const QList<PayoutMethod> &methods)
{
    const Payout *selected = selectedPayout();
    const QString keep = selected ? selected->number : QString();
    QHash<qint64, QString> methodNames;
    for (const PayoutMethod &m : methods)
        methodNames.insert(m.id, methodText(m));
    m_payouts = payouts;
    m_payoutModel->removeRows(0, m_payoutModel->rowCount());
    for (const Payout &p : std::as_const(m_payouts)) {
        QList<QStandardItem *> row;
        for (const QString &text :
             {p.number, payoutStateName(p.state),
              p.instant ? tr("%1 (instant)").arg(moneyText(p.amount)) : moneyText(p.amount),
              QLocale().toString(p.createdAt.toLocalTime().date(), QLocale::ShortFormat),
              methodNames.value(p.methodId)})
            row.append(new QStandardItem(text));
        row[Amount]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_payoutModel->appendRow(row);
    }
    fitColumnsToContents(m_payoutsView);
    if ((keep.isEmpty() || !selectPayout(keep)) && !m_payouts.isEmpty())
        m_payoutsView->setCurrentIndex(m_payoutModel->index(0, 0));
    updateSelection();
}

const Payout *PayeeWalletPage::selectedPayout() const
{
    return currentPayout(m_payoutsView, m_payouts);
}

bool PayeeWalletPage::selectPayout(const QString &number)
{
    return makePayoutCurrent(m_payoutsView, m_payouts, number);
}

void PayeeWalletPage::updateSelection()
{
    const Payout *p = selectedPayout();
    // Only a payout not yet sent can be stopped (the core's state table says which).
    m_cancel->setEnabled(p && mayMove(p->state, PayoutState::Canceled)
                         && workspace().may(Permission::RequestOwnPayout));
    if (!p) {
        m_detail->show(std::nullopt);
    } else {
        auto detail = workspace().book().payouts().show(workspace().actor(), p->number);
        m_detail->show(detail ? std::optional<PayoutDetail>(*detail) : std::nullopt);
    }
    Q_EMIT selectionChanged();
}

Result<Payout> PayeeWalletPage::requestPayout(const NewPayout &request)
{
    auto payout = workspace().book().payouts().request(workspace().actor(), request);
    if (!payout)
        return payout.error();
    workspace().bookChanged();
    reload();
    selectPayout(payout->number);
    return payout;
}

Status PayeeWalletPage::cancelSelected(const QString &reason)
{
    const Payout *p = selectedPayout();
    if (!p)
        return makeError(ErrorCode::InvalidArgument, tr("payout: select a payout first"));
    const QString number = p->number;
    auto canceled = workspace().book().payouts().cancel(workspace().actor(), number, reason);
    if (!canceled)
        return canceled.error();
    workspace().bookChanged();
    reload();
    selectPayout(number);
    return success();
}

void PayeeWalletPage::requestPayout()
{
    if (!m_statement || m_statement->balances.isEmpty())
        return;
    const Actor &actor = workspace().actor();
    const auto fees = workspace().book().payees().fees(actor);
    if (!fees) {
        workspace().showError(this, fees.error());
        return;
    }
    const auto methods = workspace().book().methods().list(actor, ownerId()).value_or({});
    PayoutRequestDialog dialog(ownerId(), m_statement->balances, methods,
                               fees->instantPartsPerMillion, this);
    dialog.setQuoter([this](const NewPayout &request) {
        return workspace().book().payouts().quote(workspace().actor(), request);
    });
    dialog.setSubmit([this](const NewPayout &request) -> Status {
        auto payout = requestPayout(request);
        if (!payout)
            return payout.error();
        return success();
    });
    dialog.exec();
}

void PayeeWalletPage::cancelPayout()
{
    if (const Payout *p = selectedPayout()) {
        ReasonDialog dialog(tr("Cancel payout"), *p, false, this);
        dialog.setSubmit([this, &dialog] { return cancelSelected(dialog.reason()); });
        dialog.exec();
    }
}

PrintJob PayeeWalletPage::printJob()
{
    PrintJob job;
    job.title = tr("My wallet");
    job.subtitle
        = tr("%1 · %2").arg(workspace().actor().payee.toText(), workspace().merchant().name);
    job.sections = {{tr("History"), m_history}, {tr("My payouts"), m_payoutModel}};
    return job;
}

} // namespace coffer::ui
