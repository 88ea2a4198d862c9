#include "invoices/letterheaddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer::ui {

namespace {

constexpr int previewWidth = 180;
constexpr int previewHeight = 72;

} // namespace

LetterheadDialog::LetterheadDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_problems(FieldProblems::makeLabel(this))
{
    setWindowTitle(tr("Letterhead of %1").arg(workspace.merchant().name));
    createFields();
    auto *intro = new QLabel(tr("Printed on the invoices, credit notes and reminders issued from "
                                "now on. Documents issued already keep what they were issued "
                                "with."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Address"), m_address);
    form->addRow(QString(), m_problems.addField(QStringLiteral("address"), this));
    form->addRow(tr("&Tax ID"), m_taxId);
    form->addRow(QString(), m_problems.addField(QStringLiteral("tax id"), this));
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(QString(), m_problems.addField(QStringLiteral("email"), this));
    form->addRow(tr("Logo"), logoRow());
    form->addRow(QString(), m_problems.addField(QStringLiteral("logo"), this));
    form->addRow(tr("Document &language"), m_language);
    form->addRow(QString(), m_problems.addField(QStringLiteral("language"), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_problems.general());
    layout->addSpacing(6);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto current = workspace.book().invoices().letterhead(workspace.actor());
    if (current)
        m_letterhead = *current;
    else
        m_problems.show(current.error());
    m_address->setPlainText(m_letterhead.address);
    m_taxId->setText(m_letterhead.taxId);
    m_email->setText(m_letterhead.email);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_letterhead.language)));
    showLogo();
    setMinimumWidth(520);
}

void LetterheadDialog::createFields()
{
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_taxId = new QLineEdit(this);
    m_taxId->setObjectName(QStringLiteral("taxId"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("Reminders are sent from this address"));
    m_logoPreview = new QLabel(this);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setFixedSize(previewWidth, previewHeight);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language in its own name, as language pickers do.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
}

QLayout *LetterheadDialog::logoRow()
{
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseLogo"));
    m_removeLogo = new QPushButton(tr("Re&move"), this);
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    connect(choose, &QPushButton::clicked, this, &LetterheadDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, &LetterheadDialog::removeLogo);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(choose);
    buttons->addWidget(m_removeLogo);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_logoPreview);
    row->addLayout(buttons);
    row->addStretch(1);
    return row;
}

void LetterheadDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Logo"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        setLogoFile(path);
}

bool LetterheadDialog::setLogoFile(const QString &path)
{
    m_problems.show(QStringLiteral("logo"), QString());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.show(QStringLiteral("logo"), tr("logo: %1 cannot be read").arg(path));
        return false;
    }
    m_letterhead.logo = file.readAll();
    m_logoChanged = true;
    showLogo();
    return true;
}

void LetterheadDialog::removeLogo()
{
    m_letterhead.logo.clear();
    m_logoChanged = true;
    showLogo();
}

void LetterheadDialog::showLogo()
{
    QPixmap logo;
    if (!m_letterhead.logo.isEmpty() && logo.loadFromData(m_letterhead.logo)) {
        m_logoPreview->setPixmap(logo.scaled(m_logoPreview->contentsRect().size(),
                                             Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(m_letterhead.logo.isEmpty() ? tr("No logo") : tr("Not an image"));
    }
    m_removeLogo->setEnabled(!m_letterhead.logo.isEmpty());
}

void LetterheadDialog::accept()
{
    m_problems.clear();
    Letterhead l = m_letterhead;
    l.address = m_address->toPlainText();
    l.taxId = m_taxId->text();
    l.email = m_email->text();
    l.language = m_language->currentData().toString();
    auto saved = m_workspace.book().invoices().setLetterhead(m_workspace.actor(), l, m_logoChanged);
    if (!saved) {
        m_problems.show(saved.error());
        return;
    }
    m_letterhead = *saved;
    m_logoChanged = false;
    m_workspace.bookChanged();
    QDialog::accept();
}

void LetterheadDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    FieldProblems::growToFit(this);
}

} // namespace coffer::ui
