#include "payouts/batchdialog.h"

#include "payouts/payoutdialogs.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

BatchDialog::BatchDialog(Kind kind, const QList<Payout> &payouts, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_payouts(payouts)
    , m_progress(new QProgressBar(this))
    , m_results(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_run(new QPushButton(this))
{
    setWindowTitle(kind == Kind::Approve ? tr("Approve payouts") : tr("Process payouts"));
    setObjectName(QStringLiteral("batchDialog"));
    QMap<QString, Money> sums;
    for (const Payout &p : payouts) {
        const QString code = p.amount.currency().code();
        if (!sums.contains(code))
            sums.insert(code, p.amount);
        else if (auto sum = sums[code].plus(p.amount))
            sums[code] = *sum;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2 · %3").arg(p.number, p.ownerId, moneyText(p.amount)),
            m_results);
        item->setData(Qt::UserRole, p.number);
    }
    QStringList totals;
    for (const Money &sum : std::as_const(sums))
        totals << moneyText(sum);
    auto *heading
        = new QLabel((payouts.size() == 1 ? tr("1 payout") : tr("%1 payouts").arg(payouts.size()))
                         + QStringLiteral(" · ") + totals.join(QStringLiteral(" · ")),
                     this);
    heading->setObjectName(QStringLiteral("heading"));
    m_results->setObjectName(QStringLiteral("results"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, int(payouts.size()));
    m_progress->setValue(0);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setText(kind == Kind::Approve ? tr("&Approve all") : tr("&Process all"));
    m_run->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_results, 1);
    if (kind == Kind::Approve) {
        m_code = new QLineEdit(this);
        m_code->setObjectName(QStringLiteral("code"));
        m_code->setMaxLength(8);
        m_code->setPlaceholderText(tr("6 or 8 digits"));
        auto *form = new QFormLayout;
        form->addRow(tr("Your one-time &code for the batch"), m_code);
        layout->addLayout(form);
    }
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(m_run, &QPushButton::clicked, this, &BatchDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 420);
}

void BatchDialog::run()
{
    if (!m_runner)
        return;
    m_progress->setValue(0);
    auto outcomes
        = m_runner(m_code ? m_code->text().trimmed() : QString(), [this](int done, int total) {
              m_progress->setMaximum(total);
              m_progress->setValue(done);
              QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
          });
    if (!outcomes) {
        m_summary->setText(outcomes.error().detail);
        if (m_code)
            m_code->selectAll();
        return;
    }
    showOutcomes(*outcomes);
}

void BatchDialog::showOutcomes(const Outcomes &outcomes)
{
    int done = 0;
    for (int row = 0; row < m_results->count(); ++row) {
        QListWidgetItem *item = m_results->item(row);
        const QString number = item->data(Qt::UserRole).toString();
        for (const PayoutService::BatchOutcome &o : outcomes) {
            if (o.number != number)
                continue;
            done += o.payout ? 1 : 0;
            item->setText(o.payout ? tr("✓ %1 · %2").arg(number, o.payout->ownerId)
                                   : tr("✗ %1 · %2").arg(number, o.refusal));
            item->setForeground(o.payout ? palette().color(QPalette::Text)
                                         : QColor(QStringLiteral("#b3261e")));
        }
    }
    m_progress->setValue(m_progress->maximum());
    m_summary->setText(m_kind == Kind::Approve
                           ? tr("%1 of %2 approved.").arg(done).arg(outcomes.size())
                           : tr("%1 of %2 processed.").arg(done).arg(outcomes.size()));
    m_run->setEnabled(false);
    if (m_code)
        m_code->setEnabled(false);
}

QString BatchDialog::summary() const
{
    return m_summary->text();
}

} // namespace coffer::ui
