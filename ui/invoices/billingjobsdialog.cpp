#include "invoices/billingjobsdialog.h"

#include "invoices/invoicetexts.h"
#include "printing/reminderfiles.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

QLabel *summaryLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QListWidget *resultList(const char *name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setMinimumHeight(list->fontMetrics().height() * 4);
    list->setMaximumHeight(list->fontMetrics().height() * 7);
    return list;
}

void addItem(QListWidget *list, const QString &text, bool refused = false)
{
    auto *item = new QListWidgetItem(text, list);
    if (refused)
        item->setForeground(QColor(0xb3, 0x26, 0x1e));
}

QString outcomeText(const BillingOutcome &o)
{
    if (o.created)
        return BillingJobsDialog::tr("✓ %1 — issued %2").arg(o.customer, o.number);
    if (o.note == QLatin1String("already billed"))
        return BillingJobsDialog::tr("%1 — already billed (%2)").arg(o.customer, o.number);
    if (o.note == QLatin1String("nothing to bill"))
        return BillingJobsDialog::tr("%1 — nothing to bill").arg(o.customer);
    return BillingJobsDialog::tr("✗ %1 — %2").arg(o.customer, InvoiceTexts::billingNote(o.note));
}

bool refused(const BillingOutcome &o)
{
    return !o.created && o.note != QLatin1String("already billed")
        && o.note != QLatin1String("nothing to bill");
}

QString driftText(const BalanceDrift &d)
{
    const QString where = d.lineId == 0
        ? BillingJobsDialog::tr("%1: %2").arg(d.customer, d.what)
        : BillingJobsDialog::tr("%1, ledger line %2: %3").arg(d.customer).arg(d.lineId).arg(d.what);
    return BillingJobsDialog::tr("%1 — recorded %2, the ledger gives %3")
        .arg(where, InvoiceTexts::money(d.recorded), InvoiceTexts::money(d.derived));
}

} // namespace

QString BillingJobsDialog::defaultReminderFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(tr("Coffer reminders"));
}

BillingJobsDialog::BillingJobsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("billingJobs"));
    setWindowTitle(tr("Billing jobs"));
    auto *layout = new QVBoxLayout(this);
    if (workspace.may(Permission::ManageInvoices)) {
        layout->addWidget(buildMonthly());
        layout->addWidget(buildOverdue());
    }
    layout->addWidget(buildReconcile());
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, sizeHint().height());
}

QPushButton *BillingJobsDialog::makeButton(const QString &text, const char *name)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false);
    m_buttons << b;
    return b;
}

QPushButton *BillingJobsDialog::button(const QString &objectName) const
{
    for (QPushButton *b : m_buttons) {
        if (b->objectName() == objectName)
            return b;
    }
    return nullptr;
}

QGroupBox *BillingJobsDialog::section(const QString &objectName) const
{
    return findChild<QGroupBox *>(objectName);
}

QGroupBox *BillingJobsDialog::buildMonthly()
{
    auto *box = new QGroupBox(tr("Monthly billing"), this);
    box->setObjectName(QStringLiteral("monthly"));
    const QDate today = m_workspace.book().invoices().today();
    m_month = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(-1), box);
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_month->setMaximumDate(today);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setValue(0);
    m_outcomes = resultList("outcomes", box);
    m_monthlySummary = summaryLabel("monthlySummary", box);
    QPushButton *run = makeButton(tr("&Run monthly billing"), "runMonthly");
    connect(run, &QPushButton::clicked, this, [this] { static_cast<void>(runMonthly()); });
    auto *text = new QLabel(tr("One invoice per customer billed monthly, of the month's "
                               "uninvoiced entries, issued. A month billed already gets "
                               "nothing new."),
                            box);
    text->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Month"), box));
    row->addWidget(m_month);
    row->addWidget(m_progress, 1);
    row->addWidget(run);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addWidget(m_outcomes);
    layout->addWidget(m_monthlySummary);
    return box;
}

QGroupBox *BillingJobsDialog::buildOverdue()
{
    auto *box = new QGroupBox(tr("Overdue reminders"), this);
    box->setObjectName(QStringLiteral("overdue"));
    m_asOf = new QDateEdit(m_workspace.book().invoices().today(), box);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setCalendarPopup(true);
    m_folder = new QLineEdit(defaultReminderFolder(), box);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_files = resultList("files", box);
    m_overdueSummary = summaryLabel("overdueSummary", box);
    QPushButton *browse = makeButton(tr("Bro&wse…"), "chooseFolder");
    QPushButton *run = makeButton(tr("Run &reminders"), "runOverdue");
    QPushButton *open = makeButton(tr("&Open folder"), "openFolder");
    open->setEnabled(false);
    connect(browse, &QPushButton::clicked, this, &BillingJobsDialog::chooseFolder);
    connect(run, &QPushButton::clicked, this, [this] { static_cast<void>(runOverdue()); });
    connect(open, &QPushButton::clicked, this, &BillingJobsDialog::openFolder);
    auto *text = new QLabel(tr("Issued invoices due before the day become overdue; each "
                               "customer with newly overdue invoices gets a reminder letter "
                               "(PDF) and an e-mail draft to send."),
                            box);
    text->setWordWrap(true);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(new QLabel(tr("As of"), box));
    dateRow->addWidget(m_asOf);
    dateRow->addStretch(1);
    dateRow->addWidget(run);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(new QLabel(tr("Folder"), box));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_overdueSummary, 1);
    resultRow->addWidget(open, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(text);
    layout->addLayout(dateRow);
    layout->addLayout(folderRow);
    layout->addWidget(m_files);
    layout->addLayout(resultRow);
    return box;
}

QGroupBox *BillingJobsDialog::buildReconcile()
{
    auto *box = new QGroupBox(tr("Reconcile balances"), this);
    box->setObjectName(QStringLiteral("reconcile"));
    m_drift = resultList("drift", box);
    m_drift->hide();
    m_reconcileSummary = summaryLabel("reconcileSummary", box);
    QPushButton *run = makeButton(tr("Re&concile"), "runReconcile");
    connect(run, &QPushButton::clicked, this, [this] { static_cast<void>(runReconcile()); });
    auto *text = new QLabel(tr("Derives every customer's balance from their ledger again "
                               "and lists what differs. Changes nothing."),
                            box);
    text->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(text, 1);
    row->addWidget(run, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_drift);
    layout->addWidget(m_reconcileSummary);
    return box;
}

Status BillingJobsDialog::runMonthly()
{
    const QString month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    m_outcomes->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    auto outcomes = m_workspace.book().invoices().runMonthly(
        m_workspace.actor(), month, [this](int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        });
    if (!outcomes) {
        m_monthlySummary->setText(outcomes.error().detail);
        return outcomes.error();
    }
    m_progress->setValue(m_progress->maximum());
    showOutcomes(*outcomes, m_month->text());
    m_workspace.bookChanged();
    return success();
}

void BillingJobsDialog::showOutcomes(const QList<BillingOutcome> &outcomes, const QString &month)
{
    int issued = 0;
    for (const BillingOutcome &o : outcomes) {
        addItem(m_outcomes, outcomeText(o), refused(o));
        issued += o.created ? 1 : 0;
    }
    if (outcomes.isEmpty())
        m_monthlySummary->setText(tr("No customer is billed monthly."));
    else if (issued == 0)
        m_monthlySummary->setText(tr("Nothing new for %1: no invoice issued.").arg(month));
    else
        m_monthlySummary->setText(issued == 1
                                      ? tr("1 invoice issued for %1.").arg(month)
                                      : tr("%1 invoices issued for %2.").arg(issued).arg(month));
}

Status BillingJobsDialog::runOverdue()
{
    const QString folder = m_folder->text().trimmed();
    m_files->clear();
    button(QStringLiteral("openFolder"))->setEnabled(false);
    if (folder.isEmpty()) {
        const Error error
            = makeError(ErrorCode::InvalidArgument, tr("folder: choose where the reminders go"));
        m_overdueSummary->setText(error.detail);
        return error;
    }
    // The letters are written before the marks are kept: if they cannot be, nothing
    // is marked and the next run writes them all.
    QStringList files;
    const QDate asOf = m_asOf->date();
    auto notices = m_workspace.book().invoices().markOverdue(
        m_workspace.actor(), asOf, [&](const QList<OverdueNotice> &newlyOverdue) -> Status {
            auto written = printing::writeReminderFiles(newlyOverdue, asOf, folder);
            if (!written)
                return written.error();
            files = *written;
            return success();
        });
    if (!notices) {
        m_overdueSummary->setText(notices.error().detail);
        return notices.error();
    }
    m_workspace.bookChanged();
    if (notices->isEmpty()) {
        showReminders({}, {});
        return success();
    }
    showReminders(*notices, files);
    return success();
}

void BillingJobsDialog::showReminders(const QList<OverdueNotice> &notices, const QStringList &files)
{
    int marked = 0;
    for (const OverdueNotice &n : notices)
        marked += int(n.newlyOverdue.size());
    for (const QString &path : files)
        addItem(m_files, QFileInfo(path).fileName());
    const QString asOf = QLocale().toString(m_asOf->date(), QLocale::ShortFormat);
    if (notices.isEmpty())
        m_overdueSummary->setText(tr("Nothing new is overdue as of %1.").arg(asOf));
    else
        m_overdueSummary->setText(
            tr("As of %1: %2 overdue (%3); %4 written.")
                .arg(asOf,
                     marked == 1 ? tr("1 invoice became") : tr("%1 invoices became").arg(marked),
                     notices.size() == 1 ? tr("1 customer")
                                         : tr("%1 customers").arg(notices.size()),
                     files.size() == 1 ? tr("1 file") : tr("%1 files").arg(files.size())));
    button(QStringLiteral("openFolder"))->setEnabled(!files.isEmpty());
}

Status BillingJobsDialog::runReconcile()
{
    m_drift->clear();
    auto drift = m_workspace.book().customers().reconcile(m_workspace.actor());
    if (!drift) {
        m_reconcileSummary->setText(drift.error().detail);
        return drift.error();
    }
    for (const BalanceDrift &d : std::as_const(*drift))
        addItem(m_drift, driftText(d), true);
    m_drift->setVisible(!drift->isEmpty());
    m_reconcileSummary->setText(
        drift->isEmpty() ? tr("Every balance follows from its ledger.")
            : drift->size() == 1
            ? tr("1 figure differs from what the ledger gives.")
            : tr("%1 figures differ from what the ledger gives.").arg(drift->size()));
    return success();
}

void BillingJobsDialog::chooseFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Folder for reminders"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void BillingJobsDialog::openFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder->text().trimmed()));
}

} // namespace coffer::ui
