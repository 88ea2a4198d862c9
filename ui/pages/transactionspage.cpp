#include "pages/transactionspage.h"

#include "models/transactionlistmodel.h"
#include "pages/pageparts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

constexpr int anyChoice = -1;

QDateEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDateRange(QDate(1900, 1, 1), QDate(9999, 12, 31));
    return edit;
}

} // namespace

TransactionsPage::TransactionsPage(Workspace &workspace, std::optional<TransactionType> fixedType,
                                   QWidget *parent)
    : Page(workspace, parent)
    , m_fixedType(fixedType)
    , m_model(new TransactionListModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    m_view = makeTable(m_model, this);
    m_view->setObjectName(QStringLiteral("transactions"));
    m_summary = new QLabel(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    connect(m_model, &TransactionListModel::loadFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Coffer"), message); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TransactionsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TransactionsPage::selectionChanged);
    connect(m_view, &QTableView::doubleClicked, this, &TransactionsPage::entryActivated);
    const auto showCount = [this] {
        m_summary->setText(m_model->hasMore() ? tr("%n entries shown; scroll down for older ones.",
                                                   "", m_model->rowCount())
                                              : tr("%n entries match.", "", m_model->rowCount()));
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, showCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, showCount);
}

QString TransactionsPage::title() const
{
    return m_fixedType == TransactionType::Transfer ? tr("Transfers") : tr("Transactions");
}

QWidget *TransactionsPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *dates = new QHBoxLayout;
    auto *choices = new QHBoxLayout;
    rows->addLayout(dates);
    rows->addLayout(choices);
    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("All dates"), int(Period::All));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last month"), int(Period::LastMonth));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Last year"), int(Period::LastYear));
    m_period->addItem(tr("Last 12 months"), int(Period::Last12Months));
    m_period->addItem(tr("Custom range"), int(Period::Custom));
    m_from = makeDateEdit(bar);
    m_to = makeDateEdit(bar);
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_wallet = new QComboBox(bar);
    m_wallet->setObjectName(QStringLiteral("wallet"));
    m_category = new QComboBox(bar);
    m_category->setObjectName(QStringLiteral("category"));
    m_type = new QComboBox(bar);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->addItem(tr("Any type"), anyChoice);
    for (TransactionType type :
         {TransactionType::Income, TransactionType::Expense, TransactionType::Transfer})
        m_type->addItem(TransactionListModel::typeName(type), int(type));
    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("Any status"), anyChoice);
    m_status->addItem(tr("Pending"), int(TransactionStatus::Pending));
    m_status->addItem(tr("Completed"), int(TransactionStatus::Completed));
    m_status->addItem(tr("Cancelled"), int(TransactionStatus::Cancelled));
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search notes and references"));
    m_search->setClearButtonEnabled(true);
    auto *clear = new QPushButton(tr("C&lear filters"), bar);

    auto *dateLabel = new QLabel(tr("&Period"), bar);
    dateLabel->setBuddy(m_period);
    dates->addWidget(dateLabel);
    dates->addWidget(m_period);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), bar));
    dates->addWidget(m_to);
    dates->addWidget(m_search, 1);
    for (QComboBox *box : {m_wallet, m_category, m_type, m_status}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        choices->addWidget(box);
    }
    choices->addStretch(1);
    choices->addWidget(clear);
    m_type->setVisible(!m_fixedType);
    m_category->setVisible(m_fixedType != TransactionType::Transfer);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // search once the user pauses typing
    connect(m_searchDelay, &QTimer::timeout, this, &TransactionsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_period, &QComboBox::currentIndexChanged, this, &TransactionsPage::applyPeriod);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &TransactionsPage::applyFilter);
    for (QComboBox *box : {m_wallet, m_category, m_type, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &TransactionsPage::applyFilter);
    connect(clear, &QPushButton::clicked, this, &TransactionsPage::clearFilters);
    m_applying = true; // the first query waits for reload()
    applyPeriod();
    m_applying = false;
    return bar;
}

void TransactionsPage::fillChoices()
{
    const QSignalBlocker quietWallet(m_wallet);
    const QSignalBlocker quietCategory(m_category);
    const QVariant wallet = m_wallet->currentData();
    const QVariant category = m_category->currentData();
    m_wallet->clear();
    m_wallet->addItem(tr("All wallets"), qint64(0));
    const QString language = Workspace::language();
    for (const Wallet &w : workspace().book().wallets().list(workspace().actor()).value_or({}))
        m_wallet->addItem(w.names.text(language), w.id);
    m_categories = workspace().book().categories().list(workspace().actor()).value_or({});
    m_category->clear();
    m_category->addItem(tr("All categories"), qint64(0));
    auto addLevel = [&](auto &self, qint64 parentId, int depth) -> void {
        for (const Category &c : std::as_const(m_categories)) {
            if (c.parentId != parentId)
                continue;
            if (m_fixedType && m_fixedType != TransactionType::Transfer
                && (c.type == CategoryType::Income) != (m_fixedType == TransactionType::Income))
                continue;
            m_category->addItem(QString(depth * 4, u' ') + c.names.text(language), c.id);
            self(self, c.id, depth + 1);
        }
    };
    addLevel(addLevel, 0, 0);
    selectData(m_wallet, wallet.isValid() ? wallet : QVariant(qint64(0)));
    selectData(m_category, category.isValid() ? category : QVariant(qint64(0)));
}

void TransactionsPage::selectData(QComboBox *box, const QVariant &value)
{
    const int row = box->findData(value);
    box->setCurrentIndex(row >= 0 ? row : 0);
}

void TransactionsPage::applyPeriod()
{
    const auto period = Period(m_period->currentData().toInt());
    const QDate today = QDate::currentDate();
    const QDate monthStart(today.year(), today.month(), 1);
    const bool applying = m_applying;
    m_applying = true;
    switch (period) {
    case Period::ThisMonth:
        m_from->setDate(monthStart);
        m_to->setDate(monthStart.addMonths(1).addDays(-1));
        break;
    case Period::LastMonth:
        m_from->setDate(monthStart.addMonths(-1));
        m_to->setDate(monthStart.addDays(-1));
        break;
    case Period::ThisYear:
        m_from->setDate(QDate(today.year(), 1, 1));
        m_to->setDate(QDate(today.year(), 12, 31));
        break;
    case Period::LastYear:
        m_from->setDate(QDate(today.year() - 1, 1, 1));
        m_to->setDate(QDate(today.year() - 1, 12, 31));
        break;
    case Period::Last12Months:
        m_from->setDate(monthStart.addMonths(-11));
        m_to->setDate(monthStart.addMonths(1).addDays(-1));
        break;
    case Period::All:
    case Period::Custom: break;
    }
    m_applying = applying;
    m_from->setEnabled(period == Period::Custom);
    m_to->setEnabled(period == Period::Custom);
    applyFilter();
}

TransactionFilter TransactionsPage::filter() const
{
    TransactionFilter filter;
    if (Period(m_period->currentData().toInt()) != Period::All) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    filter.walletId = m_wallet->currentData().toLongLong();
    if (const qint64 category = m_category->currentData().toLongLong(); category != 0)
        filter.categoryIds = categorySubtree(m_categories, category);
    if (m_fixedType)
        filter.type = m_fixedType;
    else if (const int type = m_type->currentData().toInt(); type != anyChoice)
        filter.type = TransactionType(type);
    if (const int status = m_status->currentData().toInt(); status != anyChoice)
        filter.status = TransactionStatus(status);
    filter.text = m_search->text();
    return filter;
}

void TransactionsPage::applyFilter()
{
    if (m_applying)
        return;
    m_searchDelay->stop();
    m_model->setFilter(&workspace().book().ledger(), workspace().actor(), filter(),
                       workspace().walletNames(), workspace().categoryNames());
    m_view->resizeColumnsToContents();
}

void TransactionsPage::reload()
{
    fillChoices();
    applyFilter();
}

void TransactionsPage::showFilter(const TransactionFilter &filter)
{
    fillChoices();
    m_applying = true;
    selectData(m_period,
               int(filter.from.isValid() || filter.to.isValid() ? Period::Custom : Period::All));
    m_from->setDate(filter.from.isValid() ? filter.from : QDate(1900, 1, 1));
    m_to->setDate(filter.to.isValid() ? filter.to : QDate(9999, 12, 31));
    m_from->setEnabled(filter.from.isValid() || filter.to.isValid());
    m_to->setEnabled(m_from->isEnabled());
    selectData(m_wallet, filter.walletId);
    selectData(m_category, filter.categoryIds.isEmpty() ? 0 : filter.categoryIds.first());
    selectData(m_type, filter.type ? int(*filter.type) : anyChoice);
    selectData(m_status, filter.status ? int(*filter.status) : anyChoice);
    m_search->setText(filter.text);
    m_applying = false;
    applyFilter();
}

void TransactionsPage::clearFilters()
{
    showFilter(TransactionFilter {});
}

QString TransactionsPage::filterDescription() const
{
    QStringList parts;
    if (Period(m_period->currentData().toInt()) == Period::All)
        parts << m_period->currentText();
    else
        parts << tr("%1 to %2")
                     .arg(QLocale().toString(m_from->date(), QLocale::ShortFormat),
                          QLocale().toString(m_to->date(), QLocale::ShortFormat));
    for (QComboBox *box : {m_wallet, m_category, m_type, m_status}) {
        if (box->isVisible() || box == m_wallet || box == m_status)
            parts << box->currentText().trimmed();
    }
    if (!m_search->text().trimmed().isEmpty())
        parts << tr("words “%1”").arg(m_search->text().trimmed());
    return parts.join(QStringLiteral(" · "));
}

PrintJob TransactionsPage::printJob()
{
    while (m_model->hasMore() && m_model->rowCount() < ListPrinter::rowLimit)
        m_model->fetchMore({});
    return {tr("%1 — %2").arg(title(), workspace().merchant().name),
            filterDescription(),
            {{title(), m_model}}};
}

std::optional<Transaction> TransactionsPage::currentEntry() const
{
    const Transaction *t = m_model->transactionAt(m_view->currentIndex().row());
    if (!t)
        return std::nullopt;
    return *t;
}

qint64 TransactionsPage::currentWalletId() const
{
    if (const Transaction *t = m_model->transactionAt(m_view->currentIndex().row()))
        return t->walletId;
    return m_wallet->currentData().toLongLong();
}

} // namespace coffer::ui
