#pragma once

#include "pages/page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace coffer::ui {

class TransactionListModel;

// Every entry of the merchant, newest first, narrowed by date range, wallet,
// category (with its subcategories), type, status and words of the note or
// reference. The Transfers screen is the same list fixed to transfers.
class TransactionsPage : public Page
{
    Q_OBJECT

public:
    // With `fixedType`, the page lists only that type and offers no type filter.
    TransactionsPage(Workspace &workspace, std::optional<TransactionType> fixedType = {},
                     QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    std::optional<Transaction> currentEntry() const override;
    qint64 currentWalletId() const override;
    PrintJob printJob() override;
    // The filter in words, as the printout heads it.
    QString filterDescription() const;

    // Replaces the filter (the dashboard's click-through) and shows the result.
    void showFilter(const TransactionFilter &filter);
    TransactionFilter filter() const;
    TransactionListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public Q_SLOTS:
    void clearFilters();

Q_SIGNALS:
    void entryActivated();

private:
    enum class Period
    {
        All,
        ThisMonth,
        LastMonth,
        ThisYear,
        LastYear,
        Last12Months,
        Custom
    };
    QWidget *buildFilterBar();
    void fillChoices();
    void applyPeriod();
    void applyFilter();
    void selectData(QComboBox *box, const QVariant &value);

    std::optional<TransactionType> m_fixedType;
    TransactionListModel *m_model;
    QTableView *m_view;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_wallet;
    QComboBox *m_category;
    QComboBox *m_type;
    QComboBox *m_status;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_summary;
    QList<Category> m_categories;
    bool m_applying = false;
};

} // namespace coffer::ui
