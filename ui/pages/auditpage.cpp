#include "pages/auditpage.h"

#include "pages/pageparts.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

constexpr int pageSize = 500;

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return QString::fromUtf8(QJsonDocument(value.isArray() ? QJsonDocument(value.toArray())
                                                           : QJsonDocument(value.toObject()))
                                 .toJson(QJsonDocument::Compact));
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return QLatin1Char('"') + QString(text).replace(u'"', QStringLiteral("\"\""))
        + QLatin1Char('"');
}

QString pretty(const QString &json)
{
    if (json.isEmpty())
        return AuditPage::tr("(nothing)");
    return QString::fromUtf8(
        QJsonDocument::fromJson(json.toUtf8()).toJson(QJsonDocument::Indented));
}

} // namespace

QString auditChangeSummary(const AuditRecord &record)
{
    const QJsonObject before = objectOf(record.entry.before);
    const QJsonObject after = objectOf(record.entry.after);
    if (before.isEmpty() && after.isEmpty())
        return {};
    if (before.isEmpty()) {
        const QString name = after.value(QStringLiteral("name")).toString();
        const QString amount = after.value(QStringLiteral("amount")).toString();
        if (!amount.isEmpty())
            return AuditPage::tr("created: %1 %2")
                .arg(amount, after.value(QStringLiteral("currency")).toString());
        return name.isEmpty() ? AuditPage::tr("created") : AuditPage::tr("created: %1").arg(name);
    }
    QStringList changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old != it.value())
            changes << QStringLiteral("%1: %2 → %3").arg(it.key(), valueText(old), valueText(*it));
    }
    return changes.isEmpty() ? AuditPage::tr("no field changed")
                             : changes.join(QStringLiteral("; "));
}

AuditPage::AuditPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(makeTable(m_model, this))
    , m_actor(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_older(new QPushButton(tr("Show &older"), this))
    , m_detail(new QPlainTextEdit(this))
    , m_verification(new QLabel(this))
{
    m_model->setHorizontalHeaderLabels(
        {tr("No."), tr("When"), tr("User"), tr("Action"), tr("Object"), tr("Change")});
    m_view->setObjectName(QStringLiteral("audit"));
    m_actor->setObjectName(QStringLiteral("actor"));
    m_actor->setPlaceholderText(tr("Any user"));
    m_actor->setClearButtonEnabled(true);
    m_action->setObjectName(QStringLiteral("action"));
    m_action->addItem(tr("Every change"), QString());
    m_action->addItem(tr("Entries"), QStringLiteral("transaction."));
    m_action->addItem(tr("Wallets"), QStringLiteral("wallet."));
    m_action->addItem(tr("Categories"), QStringLiteral("category."));
    m_action->addItem(tr("Users and sign-in"), QStringLiteral("user."));
    m_action->addItem(tr("Merchants"), QStringLiteral("merchant."));
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 365 days"), 365);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a record to see the object before and after."));
    m_verification->setObjectName(QStringLiteral("verification"));
    m_verification->setWordWrap(true);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *verify = new QPushButton(tr("&Verify trail"), this);
    auto *saveHead = new QPushButton(tr("Save &head hash…"), this);
    auto *exportCsv = new QPushButton(tr("Export &CSV…"), this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User"), this));
    filters->addWidget(m_actor);
    filters->addWidget(new QLabel(tr("Changes"), this));
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("Period"), this));
    filters->addWidget(m_period);
    filters->addStretch(1);
    filters->addWidget(verify);
    filters->addWidget(saveHead);
    filters->addWidget(exportCsv);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_verification, 1);
    footer->addWidget(m_older);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(footer);

    connect(m_actor, &QLineEdit::editingFinished, this, &AuditPage::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_older, &QPushButton::clicked, this, &AuditPage::loadOlder);
    connect(verify, &QPushButton::clicked, this, &AuditPage::showVerification);
    connect(saveHead, &QPushButton::clicked, this, &AuditPage::saveHeadHash);
    connect(exportCsv, &QPushButton::clicked, this, &AuditPage::chooseCsvFile);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AuditPage::showDetail);
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    f.actor = m_actor->text().trimmed();
    f.action = m_action->currentData().toString();
    const int days = m_period->currentData().toInt();
    if (days > 0)
        f.from = QDate::currentDate().addDays(1 - days);
    f.limit = pageSize;
    return f;
}

QString AuditPage::filterDescription() const
{
    QStringList words {m_action->currentText(), m_period->currentText()};
    if (!m_actor->text().trimmed().isEmpty())
        words << tr("by %1").arg(m_actor->text().trimmed());
    return words.join(QStringLiteral(" · "));
}

void AuditPage::reload()
{
    m_records.clear();
    m_model->removeRows(0, m_model->rowCount());
    m_detail->clear();
    auto records = workspace().book().audit().list(workspace().actor(), filter());
    if (!records) {
        workspace().showError(this, records.error());
        return;
    }
    append(*records);
    m_view->resizeColumnsToContents();
}

void AuditPage::loadOlder()
{
    if (m_records.isEmpty())
        return;
    AuditFilter f = filter();
    f.beforeId = m_records.last().id;
    auto records = workspace().book().audit().list(workspace().actor(), f);
    if (!records) {
        workspace().showError(this, records.error());
        return;
    }
    append(*records);
}

void AuditPage::append(const QList<AuditRecord> &records)
{
    for (const AuditRecord &r : records) {
        QList<QStandardItem *> row;
        auto *id = new QStandardItem(QString::number(r.id));
        id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row << id
            << new QStandardItem(QLocale().toString(r.recordedAt.toLocalTime(),
                                                    QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            << new QStandardItem(r.entry.actor) << new QStandardItem(r.entry.action)
            << new QStandardItem(r.entry.objectType + QLatin1Char(' ') + r.entry.objectId)
            << new QStandardItem(auditChangeSummary(r));
        m_model->appendRow(row);
    }
    m_records += records;
    m_older->setEnabled(records.size() == pageSize);
}

void AuditPage::showDetail()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_records.size()) {
        m_detail->clear();
        return;
    }
    const AuditRecord &r = m_records.at(row);
    m_detail->setPlainText(tr("Record %1 · %2 UTC · %3 · %4\nHash %5\n\nBefore:\n%6\nAfter:\n%7")
                               .arg(r.id)
                               .arg(r.recordedAt.toString(Qt::ISODateWithMs), r.entry.actor,
                                    r.entry.action, r.hash, pretty(r.entry.before),
                                    pretty(r.entry.after)));
}

PrintJob AuditPage::printJob()
{
    return {tr("Audit trail — %1").arg(workspace().merchant().name),
            filterDescription(),
            {{tr("Audit records"), m_model}}};
}

bool AuditPage::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out << "id,recorded_at_utc,merchant_id,user,action,object_type,object_id,before,after,"
           "previous_hash,hash\r\n";
    for (const AuditRecord &r : m_records) {
        const QStringList fields {QString::number(r.id),
                                  r.recordedAt.toString(Qt::ISODateWithMs),
                                  QString::number(r.entry.merchantId),
                                  r.entry.actor,
                                  r.entry.action,
                                  r.entry.objectType,
                                  r.entry.objectId,
                                  r.entry.before,
                                  r.entry.after,
                                  r.previousHash,
                                  r.hash};
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        out << quoted.join(QLatin1Char(',')) << "\r\n";
    }
    out.flush();
    return file.error() == QFileDevice::NoError;
}

void AuditPage::chooseCsvFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit trail"), QStringLiteral("audit.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path))
        QMessageBox::warning(this, tr("Coffer"), tr("Coffer could not write %1.").arg(path));
}

AuditVerification AuditPage::verifyTrail()
{
    auto checked = workspace().book().audit().verify(workspace().actor());
    if (!checked) {
        workspace().showError(this, checked.error());
        return {};
    }
    m_lastCheck = *checked;
    m_verification->setText(verificationText());
    return m_lastCheck;
}

QString AuditPage::verificationText() const
{
    if (!m_lastCheck.sound())
        return tr("The trail is broken at record %1: %2")
            .arg(m_lastCheck.firstBrokenId)
            .arg(m_lastCheck.problem);
    return tr("The trail is intact: %n records. Head hash %1", nullptr, int(m_lastCheck.records))
        .arg(m_lastCheck.headHash);
}

void AuditPage::showVerification()
{
    const AuditVerification result = verifyTrail();
    if (result.sound())
        QMessageBox::information(this, tr("Audit trail"), verificationText());
    else
        QMessageBox::warning(this, tr("Audit trail"), verificationText());
}

void AuditPage::saveHeadHash()
{
    const AuditVerification result = verifyTrail();
    if (!result.sound() || result.headHash.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Keep the head hash outside the book"),
        QStringLiteral("audit-head-%1.txt").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QStringLiteral("%1 %2 records %3\n")
                          .arg(result.headHash)
                          .arg(result.records)
                          .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                          .toUtf8())
            < 0)
        QMessageBox::warning(this, tr("Coffer"), tr("Coffer could not write %1.").arg(path));
}

} // namespace coffer::ui
