#pragma once

#include "pages/page.h"

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QVBoxLayout;

namespace coffer::ui {

class PayeeHistoryModel;
class PayoutDetailView;

// A payee's own wallet ("My wallet"), for a user signed in as a payee: the three
// buckets of each currency (available, pending, held) in large figures, the
// history of credits, fees and payouts, and their payouts with the selected one in
// full. They request a payout here and cancel one not yet sent. Everything comes
// from the core for the payee bound to the user (Actor::payee); nothing else of
// the merchant is shown.
class PayeeWalletPage : public Page
{
    Q_OBJECT

public:
    enum class Bucket
    {
        Available,
        Pending,
        Held
    };

    explicit PayeeWalletPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override { return tr("My wallet"); }
    void reload() override;
    PrintJob printJob() override;

    const std::optional<PayeeStatement> &statement() const { return m_statement; }
    // The figure of `bucket` in `currencyCode` as shown, or null.
    QLabel *bucketLabel(const QString &currencyCode, Bucket bucket) const;
    QLabel *emptyNotice() const { return m_empty; }
    PayeeHistoryModel *historyModel() const { return m_history; }
    QTableView *historyView() const { return m_historyView; }
    QTableView *payoutsView() const { return m_payoutsView; }
    const QList<Payout> &payouts() const { return m_payouts; }
    PayoutDetailView *detail() const { return m_detail; }
    QPushButton *requestButton() const { return m_request; }
    QPushButton *cancelButton() const { return m_cancel; }
    const Payout *selectedPayout() const;
    bool selectPayout(const QString &number);

    // What the dialogs call: the core's answer, the page reloaded.
    Result<Payout> requestPayout(const NewPayout &request);
    Status cancelSelected(const QString &reason);

public Q_SLOTS:
    // Opens the request dialog.
    void requestPayout();
    // Asks for a reason and cancels the selected payout.
    void cancelPayout();

private:
    QString ownerId() const;
    void showBuckets();
    void showPayouts(const QList<Payout> &payouts, const QList<PayoutMethod> &methods);
    void updateSelection();

    std::optional<PayeeStatement> m_statement;
    QList<Payout> m_payouts;
    QWidget *m_buckets;
    QVBoxLayout *m_bucketsLayout;
    QLabel *m_empty;
    PayeeHistoryModel *m_history;
    QTableView *m_historyView;
    QStandardItemModel *m_payoutModel;
    QTableView *m_payoutsView;
    PayoutDetailView *m_detail;
    QPushButton *m_request;
    QPushButton *m_cancel;
};

} // namespace coffer::ui
