#pragma once

#include "pages/page.h"

class QBarSet;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QPieSeries;

namespace coffer::ui {

// Headline totals and three charts over a range of months in one currency:
// income against expenses per month (bars), spending by category (donut) and
// each wallet's balance at month ends (lines). Wallets excluded from reports stay
// out. Clicking a bar or a slice asks for the matching transactions.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override { return tr("Dashboard"); }
    void reload() override;

    // What the charts show, for tests.
    const Dashboard &figures() const { return m_dashboard; }
    QBarSet *incomeBars() const { return m_incomeBars; }
    QBarSet *expenseBars() const { return m_expenseBars; }
    QPieSeries *expenseSlices() const { return m_expenseSlices; }
    QList<QLineSeries *> balanceLines() const;
    QString headline() const;

    // The filters behind a bar (income or expense of a month) and a slice.
    TransactionFilter filterForBar(bool income, int monthIndex) const;
    TransactionFilter filterForSlice(int sliceIndex) const;

Q_SIGNALS:
    void transactionsRequested(const TransactionFilter &filter);

private:
    QWidget *buildHeader();
    QChartView *buildFlowChart();
    QChartView *buildExpenseChart();
    QChartView *buildBalanceChart();
    void fillCurrencies();
    void showFlows();
    void showExpenses();
    void showBalances();
    void showHeadline();
    std::pair<int, int> monthRange() const;

    Dashboard m_dashboard;
    QHash<qint64, QString> m_categoryNames;
    QList<Category> m_categories;
    QComboBox *m_range;
    QComboBox *m_currency;
    QLabel *m_balance;
    QLabel *m_income;
    QLabel *m_expense;
    QLabel *m_net;
    QChartView *m_flowView;
    QChartView *m_expenseView;
    QChartView *m_balanceView;
    QBarSet *m_incomeBars = nullptr;
    QBarSet *m_expenseBars = nullptr;
    QPieSeries *m_expenseSlices = nullptr;
};

} // namespace coffer::ui
