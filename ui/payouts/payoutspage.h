#pragma once

#include "pages/page.h"
#include "payouts/batchdialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace coffer::ui {

class PayoutDetailView;

// The finance reviewer's inbox: payouts that need the user's review, the open ones,
// the reconciliation queue or any state, filtered by payee and age, with totals
// per currency; the selected payout in full beside the list; and the actions its
// state and the user's roles allow: approve with a one-time code, process, record
// the execution with its proof, record a failure, cancel, replace a proof, approve
// an exception, resolve a mismatch, reverse; and batch runs over several selected
// payouts (approve with one code, process).
class PayoutsPage : public Page
{
    Q_OBJECT

public:
    // What the list shows.
    enum class Show
    {
        NeedsMyReview, // pending or awaiting an exception, and not requested by the user
        Open, // holding money: not yet paid, failed or canceled
        Reconciliation, // awaiting reconciliation
        Paid,
        Ended, // failed, canceled or reversed
        All
    };

    explicit PayoutsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override { return tr("Payouts"); }
    void reload() override;

    QTableView *view() const { return m_view; }
    QLabel *totals() const { return m_totals; }
    PayoutDetailView *detail() const { return m_detail; }
    void setShow(Show show);
    void setPayeeFilter(const QString &ownerId);
    // Only payouts of at least this amount (in each payout's own currency).
    void setMinimumAmount(const QString &amount);
    QLineEdit *minimumAmount() const { return m_minimum; }
    const QList<Payout> &listed() const { return m_payouts; }
    const Payout *selectedPayout() const;
    QList<Payout> selectedPayouts() const;
    // The batch dialog while it is open (for tests), else null.
    BatchDialog *batchDialog() const { return m_batch; }
    bool selectPayout(const QString &number);
    QPushButton *button(const QString &objectName) const;

    // The actions on the selected payout, as the dialogs call them.
    Status approveSelected(const QString &code);
    Status processSelected();
    Status executeSelected(const Execution &execution);
    Status failSelected(const QString &code, const QString &message, bool retry);
    Status cancelSelected(const QString &reason);
    Status replaceSelectedProof(const ProofFile &proof, const QString &reason);
    Status approveSelectedException();
    Status resolveSelected(const QString &note);
    Status reverseSelected(const QString &reason, const ProofFile &evidence);

public Q_SLOTS:
    void approve();
    void process();
    void execute();
    void fail();
    void cancel();
    void replaceProof();
    void approveException();
    void batchApprove();
    void batchProcess();
    void runBatch(BatchDialog::Kind kind);
    void resolve();
    void reverse();

private:
    enum Column
    {
        Number,
        Payee,
        State,
        Amount,
        Currency,
        RequestedBy,
        Age,
        ColumnCount
    };
    bool shows(const Payout &payout) const;
    void updateSelection();
    // Runs `act` on the selected payout, then reloads and keeps it selected.
    Status act(const std::function<Result<Payout>(const Payout &)> &act);

    QList<Payout> m_payouts;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QComboBox *m_show;
    QLineEdit *m_payee;
    QLineEdit *m_minimum;
    QComboBox *m_age;
    QLabel *m_totals;
    PayoutDetailView *m_detail;
    QList<QPushButton *> m_buttons;
    BatchDialog *m_batch = nullptr;
};

} // namespace coffer::ui
