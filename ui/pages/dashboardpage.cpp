#include "pages/dashboardpage.h"

#include "money/int128.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QValueAxis>

namespace coffer::ui {

namespace {

// Charts plot in floating point; amounts are converted only here, for drawing.
// Every figure the user reads (labels, tooltips, totals) is exact Money text.
qreal plotValue(const Money &amount)
{
    return qreal(amount.minorUnits()) / qreal(amount.currency().scale());
}

QDate monthStart(int month)
{
    return QDate(month / 100, month % 100, 1);
}

// "03/26": short enough for a bar axis in every language.
QString monthLabel(int month)
{
    return QStringLiteral("%1/%2")
        .arg(month % 100, 2, 10, QLatin1Char('0'))
        .arg(month / 100 % 100, 2, 10, QLatin1Char('0'));
}

// Axis numbers stay short: large amounts are shown in thousands, millions or
// billions, named in the axis title.
qreal scaleAxis(QValueAxis *axis, qreal largest, const QString &currency,
                const QList<QAbstractSeries *> &series)
{
    struct Unit
    {
        qreal divisor;
        QString title;
    };
    const QList<Unit> units {{1e9, DashboardPage::tr("billion %1")},
                             {1e6, DashboardPage::tr("million %1")},
                             {1e3, DashboardPage::tr("thousand %1")}};
    Unit chosen {1, QStringLiteral("%1")};
    for (const Unit &unit : units) {
        if (largest / unit.divisor >= 10) {
            chosen = unit;
            break;
        }
    }
    axis->setTitleText(chosen.title.arg(currency));
    if (chosen.divisor == 1)
        return 1;
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    set->replace(i, set->at(i) / chosen.divisor);
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(s)) {
            QList<QPointF> points = line->points();
            for (QPointF &point : points)
                point.setY(point.y() / chosen.divisor);
            line->replace(points);
        }
    }
    return chosen.divisor;
}

int monthOf(const QDate &date)
{
    return date.year() * 100 + date.month();
}

// A chart drawn in the window's palette, so that it reads in light and dark.
QChart *newChart(const QString &title, const QPalette &palette)
{
    auto *chart = new QChart;
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->setTitle(title);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart); // the view owns the new chart and lets go of the old one
    delete old;
}

QLabel *headlineLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setFrameShape(QFrame::StyledPanel);
    label->setTextFormat(Qt::RichText);
    label->setMargin(8);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DashboardPage::DashboardPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent)
{
    auto *layout = new QGridLayout(this);
    layout->addWidget(buildHeader(), 0, 0, 1, 2);
    m_flowView = new QChartView(this);
    m_expenseView = new QChartView(this);
    m_balanceView = new QChartView(this);
    for (QChartView *view : {m_flowView, m_expenseView, m_balanceView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 220);
    }
    m_flowView->setObjectName(QStringLiteral("flows"));
    m_expenseView->setObjectName(QStringLiteral("expenses"));
    m_balanceView->setObjectName(QStringLiteral("balances"));
    layout->addWidget(m_flowView, 1, 0);
    layout->addWidget(m_expenseView, 1, 1);
    layout->addWidget(m_balanceView, 2, 0, 1, 2);
    layout->setRowStretch(1, 1);
    layout->setRowStretch(2, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
}

QWidget *DashboardPage::buildHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    m_range = new QComboBox(header);
    m_range->setObjectName(QStringLiteral("range"));
    m_range->addItem(tr("Last 12 months"), 12);
    m_range->addItem(tr("Last 6 months"), 6);
    m_range->addItem(tr("Last 24 months"), 24);
    m_range->addItem(tr("Last 36 months"), 36);
    m_currency = new QComboBox(header);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_balance = headlineLabel(header, QStringLiteral("balance"));
    m_income = headlineLabel(header, QStringLiteral("income"));
    m_expense = headlineLabel(header, QStringLiteral("expense"));
    m_net = headlineLabel(header, QStringLiteral("net"));
    row->addWidget(m_range);
    row->addWidget(m_currency);
    for (QLabel *label : {m_balance, m_income, m_expense, m_net})
        row->addWidget(label, 1);
    connect(m_range, &QComboBox::currentIndexChanged, this, &DashboardPage::reload);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &DashboardPage::reload);
    return header;
}

std::pair<int, int> DashboardPage::monthRange() const
{
    const QDate today = QDate::currentDate();
    const int months = m_range->currentData().toInt();
    return {monthOf(today.addMonths(1 - months)), monthOf(today)};
}

void DashboardPage::fillCurrencies()
{
    // The merchant's own currency first, then every other one a wallet holds.
    const QSignalBlocker quiet(m_currency);
    const QString chosen = m_currency->currentText();
    m_currency->clear();
    m_currency->addItem(workspace().merchant().defaultCurrency.code());
    for (const Wallet &w : workspace().book().wallets().list(workspace().actor()).value_or({})) {
        if (!w.isExcluded && m_currency->findText(w.currency.code()) < 0)
            m_currency->addItem(w.currency.code());
    }
    const int row = m_currency->findText(chosen);
    m_currency->setCurrentIndex(row >= 0 ? row : 0);
}

void DashboardPage::reload()
{
    fillCurrencies();
    const auto [from, to] = monthRange();
    DashboardRequest request;
    request.currency = Currency::fromCode(m_currency->currentText())
                           .value_or(workspace().merchant().defaultCurrency);
    request.fromMonth = from;
    request.toMonth = to;
    auto built = workspace().book().dashboard().build(workspace().actor(), request);
    if (!built) {
        workspace().showError(this, built.error());
        return;
    }
    m_dashboard = *built;
    m_categories = workspace().book().categories().list(workspace().actor()).value_or({});
    m_categoryNames = workspace().categoryNames();
    showHeadline();
    showFlows();
    showExpenses();
    showBalances();
}

void DashboardPage::showHeadline()
{
    const QLocale locale;
    auto card = [](const QString &name, const Money &amount) {
        return QStringLiteral("%1<br><b style='font-size:large'>%2</b>")
            .arg(name.toHtmlEscaped(), amount.format(QLocale()).toHtmlEscaped());
    };
    m_balance->setText(card(tr("Balance today"), m_dashboard.balance));
    m_income->setText(card(tr("Income"), m_dashboard.income));
    m_expense->setText(card(tr("Expenses"), m_dashboard.expense));
    m_net->setText(card(tr("Net result"), m_dashboard.net));
}

QString DashboardPage::headline() const
{
    return QStringList {m_balance->text(), m_income->text(), m_expense->text(), m_net->text()}.join(
        QLatin1Char('\n'));
}

void DashboardPage::showFlows()
{
    QChart *chart = newChart(tr("Income and expenses per month"), palette());
    auto *series = new QBarSeries(chart);
    m_incomeBars = new QBarSet(tr("Income"), series);
    m_expenseBars = new QBarSet(tr("Expenses"), series);
    m_incomeBars->setColor(QColor(0x2e, 0x9d, 0x5b));
    m_expenseBars->setColor(QColor(0xd0, 0x4a, 0x3c));
    QStringList months;
    for (const MonthFlow &flow : std::as_const(m_dashboard.months)) {
        months << monthLabel(flow.month);
        m_incomeBars->append(plotValue(flow.income));
        m_expenseBars->append(plotValue(flow.expense));
    }
    series->append(m_incomeBars);
    series->append(m_expenseBars);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis(chart);
    axisX->append(months);
    auto *axisY = new QValueAxis(chart);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    qreal lowest = 0;
    qreal largest = 0;
    for (const QBarSet *set : {m_incomeBars, m_expenseBars}) {
        for (int i = 0; i < set->count(); ++i) {
            lowest = qMin(lowest, set->at(i));
            largest = qMax(largest, set->at(i));
        }
    }
    const qreal divisor
        = scaleAxis(axisY, qMax(largest, -lowest), m_dashboard.currency.code(), chart->series());
    axisY->setRange(lowest / divisor, (largest > lowest ? largest : 1) / divisor);
    axisY->applyNiceNumbers();
    if (m_dashboard.months.size() > 12) {
        axisX->setLabelsAngle(-90); // two years and more: every label still readable
    } else if (!m_dashboard.months.isEmpty()) {
        // A year or less: the month number under each pair of bars, the years in the title.
        axisX->clear();
        for (const MonthFlow &flow : std::as_const(m_dashboard.months))
            axisX->append(QStringLiteral("%1").arg(flow.month % 100, 2, 10, QLatin1Char('0')));
        axisX->setTitleText(tr("%1 to %2")
                                .arg(monthLabel(m_dashboard.months.first().month),
                                     monthLabel(m_dashboard.months.last().month)));
    }
    for (const bool income : {true, false}) {
        QBarSet *set = income ? m_incomeBars : m_expenseBars;
        connect(set, &QBarSet::clicked, this, [this, income](int index) {
            Q_EMIT transactionsRequested(filterForBar(income, index));
        });
        connect(set, &QBarSet::hovered, this, [this, income](bool on, int index) {
            if (!on || index < 0 || index >= m_dashboard.months.size())
                return;
            const MonthFlow &flow = m_dashboard.months.at(index);
            QToolTip::showText(QCursor::pos(),
                               tr("%1: %2 — click to see the entries")
                                   .arg(monthLabel(flow.month),
                                        (income ? flow.income : flow.expense).format(QLocale())));
        });
    }
    replaceChart(m_flowView, chart);
}

void DashboardPage::showExpenses()
{
    QChart *chart = newChart(tr("Expenses by category"), palette());
    m_expenseSlices = new QPieSeries(chart);
    m_expenseSlices->setHoleSize(0.45);
    const qint64 total = m_dashboard.expense.minorUnits();
    for (const CategoryShare &share : std::as_const(m_dashboard.expenses)) {
        const QString name = share.categoryId == 0 ? tr("Other categories")
                                                   : m_categoryNames.value(share.categoryId);
        // Whole percent, half up, from exact minor units.
        const qint64 percent
            = total > 0 ? qint64((Int128(share.amount.minorUnits()) * 200 / total + 1) / 2) : 0;
        // Distinct colours in both looks (the dark chart theme shades one hue).
        static const QList<QColor> colours {QColor(0x42, 0x85, 0xf4), QColor(0xea, 0x43, 0x35),
                                            QColor(0xfb, 0xbc, 0x05), QColor(0x34, 0xa8, 0x53),
                                            QColor(0xab, 0x47, 0xbc), QColor(0x00, 0xac, 0xc1),
                                            QColor(0xff, 0x70, 0x43), QColor(0x9e, 0x9e, 0x9e)};
        const QColor colour = colours.at(m_expenseSlices->count() % colours.size());
        QPieSlice *slice = m_expenseSlices->append(tr("%1 (%2%)").arg(name).arg(percent),
                                                   plotValue(share.amount));
        slice->setBrush(colour);
        slice->setBorderColor(palette().color(QPalette::Base));
        connect(slice, &QPieSlice::hovered, this, [slice, share, name](bool on) {
            slice->setExploded(on);
            if (on)
                QToolTip::showText(QCursor::pos(),
                                   tr("%1: %2 in %n entries", "", int(share.entries))
                                       .arg(name, share.amount.format(QLocale())));
        });
    }
    connect(m_expenseSlices, &QPieSeries::clicked, this, [this](QPieSlice *slice) {
        Q_EMIT transactionsRequested(filterForSlice(int(m_expenseSlices->slices().indexOf(slice))));
    });
    chart->addSeries(m_expenseSlices);
    chart->legend()->setAlignment(Qt::AlignRight);
    QFont small = chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    chart->legend()->setFont(small);
    if (m_dashboard.expenses.isEmpty())
        chart->setTitle(tr("Expenses by category: nothing spent in these months"));
    replaceChart(m_expenseView, chart);
}

void DashboardPage::showBalances()
{
    QChart *chart = newChart(tr("Balance at the end of each month"), palette());
    auto *axisX = new QBarCategoryAxis(chart);
    for (const MonthFlow &flow : std::as_const(m_dashboard.months))
        axisX->append(monthLabel(flow.month));
    auto *axisY = new QValueAxis(chart);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    qreal low = 0;
    qreal high = 0;
    const QHash<qint64, QString> &names = workspace().walletNames();
    for (const WalletSeries &wallet : std::as_const(m_dashboard.balances)) {
        auto *line = new QLineSeries(chart);
        line->setName(names.value(wallet.walletId));
        for (qsizetype i = 0; i < wallet.points.size(); ++i) {
            const qreal value = plotValue(wallet.points.at(i).balance);
            line->append(qreal(i), value);
            low = qMin(low, value);
            high = qMax(high, value);
        }
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    const qreal divisor = scaleAxis(axisY, qMax(qAbs(low), qAbs(high)), m_dashboard.currency.code(),
                                    chart->series());
    axisY->setRange(low / divisor, (high > low ? high : low + 1) / divisor);
    axisY->applyNiceNumbers();
    replaceChart(m_balanceView, chart);
}

QList<QLineSeries *> DashboardPage::balanceLines() const
{
    QList<QLineSeries *> lines;
    if (!m_balanceView->chart())
        return lines;
    for (QAbstractSeries *series : m_balanceView->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            lines << line;
    }
    return lines;
}

TransactionFilter DashboardPage::filterForBar(bool income, int monthIndex) const
{
    TransactionFilter filter;
    if (monthIndex < 0 || monthIndex >= m_dashboard.months.size())
        return filter;
    const QDate start = monthStart(m_dashboard.months.at(monthIndex).month);
    filter.from = start;
    filter.to = start.addMonths(1).addDays(-1);
    filter.type = income ? TransactionType::Income : TransactionType::Expense;
    filter.status = TransactionStatus::Completed;
    return filter;
}

TransactionFilter DashboardPage::filterForSlice(int sliceIndex) const
{
    TransactionFilter filter;
    if (!m_dashboard.months.isEmpty()) {
        filter.from = monthStart(m_dashboard.months.first().month);
        filter.to = monthStart(m_dashboard.months.last().month).addMonths(1).addDays(-1);
    }
    filter.status = TransactionStatus::Completed;
    if (sliceIndex >= 0 && sliceIndex < m_dashboard.expenses.size()) {
        const qint64 category = m_dashboard.expenses.at(sliceIndex).categoryId;
        if (category != 0)
            filter.categoryIds = {category};
    }
    if (filter.categoryIds.isEmpty())
        filter.type = TransactionType::Expense; // "other": every expense of the months
    return filter;
}

} // namespace coffer::ui
