#pragma once

#include "workspace.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace coffer::ui {

// A batch run over the payouts selected in the inbox: approval with one code, or
// processing. Each payout is still checked on its own by the core; the dialog
// shows the progress and, per payout, whether it went through or why not.
class BatchDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Approve,
        Process
    };
    using Outcomes = QList<PayoutService::BatchOutcome>;
    // Runs the batch with the code typed (empty for processing), reporting progress.
    using Runner = std::function<Result<Outcomes>(const QString &code,
                                                  const PayoutService::BatchProgress &progress)>;

    BatchDialog(Kind kind, const QList<Payout> &payouts, QWidget *parent);
    void setRunner(Runner runner) { m_runner = std::move(runner); }
    // Runs it once; a refusal of the whole batch (a wrong code) stays on screen
    // and the batch may be run again.
    void run();

    QLineEdit *code() const { return m_code; }
    QListWidget *results() const { return m_results; }
    QProgressBar *progress() const { return m_progress; }
    QString summary() const;

private:
    void showOutcomes(const Outcomes &outcomes);

    Kind m_kind;
    QList<Payout> m_payouts;
    Runner m_runner;
    QLineEdit *m_code = nullptr;
    QProgressBar *m_progress;
    QListWidget *m_results;
    QLabel *m_summary;
    QPushButton *m_run;
};

} // namespace coffer::ui
