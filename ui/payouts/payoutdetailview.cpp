#include "payouts/payoutdetailview.h"

#include "payouts/payoutdialogs.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPdfDocument>
#include <QPushButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace coffer::ui {

QString payoutStateName(PayoutState state)
{
    switch (state) {
    case PayoutState::Pending: return PayoutDetailView::tr("Pending");
    case PayoutState::AwaitingExceptionApproval:
        return PayoutDetailView::tr("Awaiting exception approval");
    case PayoutState::Approved: return PayoutDetailView::tr("Approved");
    case PayoutState::InTransit: return PayoutDetailView::tr("In transit");
    case PayoutState::Paid: return PayoutDetailView::tr("Paid");
    case PayoutState::AwaitingReconciliation:
        return PayoutDetailView::tr("Awaiting reconciliation");
    case PayoutState::Failed: return PayoutDetailView::tr("Failed");
    case PayoutState::Canceled: return PayoutDetailView::tr("Canceled");
    case PayoutState::Reversed: return PayoutDetailView::tr("Reversed");
    }
    return {};
}

namespace {

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString outcomeText(const QString &outcome)
{
    if (outcome == QStringLiteral("open"))
        return PayoutDetailView::tr("open");
    if (outcome == QStringLiteral("paid"))
        return PayoutDetailView::tr("paid");
    if (outcome == QStringLiteral("mismatch"))
        return PayoutDetailView::tr("a different amount");
    if (outcome == QStringLiteral("failed"))
        return PayoutDetailView::tr("failed");
    return PayoutDetailView::tr("returned");
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString adjustmentClassText(AdjustmentClass adjustmentClass)
{
    switch (adjustmentClass) {
    case AdjustmentClass::CarryForwardDeduction:
        return PayoutDetailView::tr("Carry-forward deduction");
    case AdjustmentClass::CarryForwardCredit: return PayoutDetailView::tr("Carry-forward credit");
    case AdjustmentClass::InvoiceFee: return PayoutDetailView::tr("Invoice fee");
    case AdjustmentClass::ManualRecovery: return PayoutDetailView::tr("Manual recovery");
    }
    return {};
}

QString adjustmentModeText(AdjustmentMode mode)
{
    switch (mode) {
    case AdjustmentMode::Auto: return PayoutDetailView::tr("auto");
    case AdjustmentMode::Manual: return PayoutDetailView::tr("manual");
    case AdjustmentMode::Exception: return PayoutDetailView::tr("exception");
    }
    return {};
}

QString adjustmentsHtml(const PayoutDetail &d)
{
    if (d.adjustments.isEmpty())
        return {};
    QString html = QStringLiteral("<h4>%1</h4><ul>").arg(esc(PayoutDetailView::tr("Adjustments")));
    for (const Adjustment &a : d.adjustments) {
        const QString amount
            = (isDeduction(a.adjustmentClass) ? QStringLiteral("−") : QStringLiteral("+"))
            + moneyText(a.amount);
        const QString how = a.appliedTo == d.payout.number
            ? PayoutDetailView::tr("applied")
            : PayoutDetailView::tr("opened by this payout, %1")
                  .arg(a.isOpen() ? PayoutDetailView::tr("open") : PayoutDetailView::tr("used"));
        QString text = PayoutDetailView::tr("#%1 %2 (%3) %4, %5")
                           .arg(a.id)
                           .arg(adjustmentClassText(a.adjustmentClass), adjustmentModeText(a.mode),
                                amount, how);
        if (!a.note.isEmpty())
            text += QStringLiteral(" — ") + a.note;
        html += QStringLiteral("<li>%1</li>").arg(esc(text));
    }
    return html + QStringLiteral("</ul>");
}

QString detailHtml(const PayoutDetail &d)
{
    const Payout &p = d.payout;
    QString html
        = QStringLiteral("<h3>%1 · %2</h3>").arg(esc(p.number), esc(payoutStateName(p.state)));
    html += QStringLiteral("<table cellspacing=4>");
    auto row = [&html](const QString &label, const QString &value) {
        html
            += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    row(PayoutDetailView::tr("Payee"), p.ownerId);
    row(PayoutDetailView::tr("Amount"), moneyText(p.amount));
    if (p.instant)
        row(PayoutDetailView::tr("Instant fee"), moneyText(p.fee));
    if (!p.deductions.isZero())
        row(PayoutDetailView::tr("Deductions"), moneyText(p.deductions));
    if (!p.credits.isZero())
        row(PayoutDetailView::tr("Credits"), moneyText(p.credits));
    row(PayoutDetailView::tr("To send"), moneyText(p.sent()));
    row(PayoutDetailView::tr("Held"), moneyText(p.held));
    row(PayoutDetailView::tr("Method"), methodText(d.method));
    row(PayoutDetailView::tr("Requested"),
        p.requestedBy + QStringLiteral(", ") + when(p.createdAt));
    if (!p.latestReference.isEmpty())
        row(PayoutDetailView::tr("Reference"), p.latestReference);
    html += QStringLiteral("</table><h4>%1</h4><ul>").arg(esc(PayoutDetailView::tr("Timeline")));
    for (const PayoutEvent &e : d.timeline) {
        html += QStringLiteral("<li>%1 — <b>%2</b> %3%4</li>")
                    .arg(esc(when(e.at)), esc(payoutStateName(e.to)),
                         esc(PayoutDetailView::tr("by %1").arg(e.actor)),
                         e.note.isEmpty() ? QString()
                                          : QStringLiteral(" · <i>%1</i>").arg(esc(e.note)));
    }
    html += QStringLiteral("</ul>");
    if (!d.approvals.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(PayoutDetailView::tr("Approvals")));
        for (const PayoutApproval &a : d.approvals)
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(
                            PayoutDetailView::tr("%1 by %2, %3, for %4 (policy %5)%6")
                                .arg(a.kind == QStringLiteral("exception")
                                         ? PayoutDetailView::tr("Exception approval")
                                         : PayoutDetailView::tr("Approval"),
                                     a.approver, when(a.at), moneyText(a.amount))
                                .arg(a.policyVersion)
                                .arg(a.voidedAt.isNull()
                                         ? QString()
                                         : PayoutDetailView::tr(" — void: %1").arg(a.voidReason))));
        html += QStringLiteral("</ul>");
    }
    if (!d.attempts.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>")
                    .arg(esc(PayoutDetailView::tr("Execution attempts")));
        for (const PayoutAttempt &a : d.attempts) {
            QString text = PayoutDetailView::tr("#%1 %2").arg(a.number).arg(outcomeText(a.outcome));
            if (!a.reference.isEmpty())
                text += PayoutDetailView::tr(", reference %1").arg(a.reference);
            if (a.actual)
                text += PayoutDetailView::tr(", sent %1").arg(moneyText(*a.actual));
            if (!a.failureCode.isEmpty())
                text += QStringLiteral(", %1: %2").arg(a.failureCode, a.failureMessage);
            if (!a.note.isEmpty())
                text += QStringLiteral(" — ") + a.note;
            html += QStringLiteral("<li>%1</li>").arg(esc(text));
        }
        html += QStringLiteral("</ul>");
    }
    html += adjustmentsHtml(d);
    return html;
}

} // namespace

PayoutDetailView::PayoutDetailView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_text(new QTextBrowser(this))
    , m_proofs(new QListWidget(this))
    , m_preview(new QPushButton(tr("Open p&roof"), this))
    , m_save(new QPushButton(tr("Save proof to &disk…"), this))
{
    m_text->setObjectName(QStringLiteral("payoutDetail"));
    m_proofs->setObjectName(QStringLiteral("proofs"));
    m_proofs->setMaximumHeight(90);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Proofs of payment"), this), 1);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_proofs);
    connect(m_preview, &QPushButton::clicked, this, [this] {
        if (QDialog *viewer = previewSelectedProof())
            viewer->show();
    });
    connect(m_proofs, &QListWidget::itemDoubleClicked, m_preview, &QPushButton::click);
    connect(m_save, &QPushButton::clicked, this, &PayoutDetailView::saveSelectedProof);
    connect(m_proofs, &QListWidget::currentRowChanged, this, [this](int row) {
        m_preview->setEnabled(row >= 0);
        m_save->setEnabled(row >= 0);
    });
    show(std::nullopt);
}

void PayoutDetailView::show(const std::optional<PayoutDetail> &detail)
{
    m_detail = detail;
    m_proofs->clear();
    if (!detail) {
        m_text->setHtml(tr("<p>Select a payout to see its timeline, approvals, execution "
                           "attempts and proofs.</p>"));
    } else {
        m_text->setHtml(detailHtml(*detail));
        for (const PayoutProof &proof : detail->proofs) {
            QString line = tr("%1 · %2 · %3 bytes · SHA-256 %4")
                               .arg(proof.document.fileName, proof.document.mimeType)
                               .arg(proof.document.size)
                               .arg(proof.document.sha256.left(16) + QStringLiteral("…"));
            if (proof.replacedById != 0)
                line += tr(" (replaced)");
            else if (!proof.reason.isEmpty())
                line += tr(" (replacement: %1)").arg(proof.reason);
            m_proofs->addItem(line);
        }
        if (!detail->proofs.isEmpty())
            m_proofs->setCurrentRow(int(detail->proofs.size()) - 1);
    }
    m_preview->setEnabled(m_proofs->currentRow() >= 0);
    m_save->setEnabled(m_proofs->currentRow() >= 0);
}

const PayoutProof *PayoutDetailView::selectedProof() const
{
    const int row = m_proofs->currentRow();
    if (!m_detail || row < 0 || row >= m_detail->proofs.size())
        return nullptr;
    return &m_detail->proofs.at(row);
}

Result<QByteArray> PayoutDetailView::proofBytes(const PayoutProof &proof) const
{
    return m_workspace.book().payouts().proofFile(m_workspace.actor(), m_detail->payout.number,
                                                  proof.document.id);
}

QDialog *PayoutDetailView::previewSelectedProof()
{
    const PayoutProof *proof = selectedProof();
    if (!proof)
        return nullptr;
    auto bytes = proofBytes(*proof);
    if (!bytes) {
        m_workspace.showError(this, bytes.error());
        return nullptr;
    }
    auto *viewer = new ProofViewer(proof->document, *bytes, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    return viewer;
}

void PayoutDetailView::saveSelectedProof()
{
    const PayoutProof *proof = selectedProof();
    if (!proof)
        return;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save proof of payment"), proof->document.fileName);
    if (path.isEmpty())
        return;
    auto bytes = proofBytes(*proof);
    QFile file(path);
    if (!bytes || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size())
        m_workspace.showError(
            this,
            bytes ? makeError(ErrorCode::InvalidArgument, tr("file: cannot write %1").arg(path))
                  : bytes.error());
}

ProofViewer::ProofViewer(const StoredDocument &document, const QByteArray &bytes, QWidget *parent)
    : QDialog(parent)
    , m_pagesLayout(new QVBoxLayout)
{
    setObjectName(QStringLiteral("proofViewer"));
    setWindowTitle(tr("%1 — proof of payment").arg(document.fileName));
    auto *pages = new QWidget;
    pages->setLayout(m_pagesLayout);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(pages);
    scroll->setWidgetResizable(true);
    auto *info
        = new QLabel(tr("%1 bytes · SHA-256 %2").arg(document.size).arg(document.sha256), this);
    info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(info);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(720, 820);

    if (document.mimeType == QStringLiteral("application/pdf")) {
        QPdfDocument pdf;
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        pdf.load(&buffer);
        // At most 20 pages on screen; the whole file is saved with "Save proof".
        for (int page = 0; page < qMin(pdf.pageCount(), 20); ++page) {
            const QSizeF points = pdf.pagePointSize(page);
            const QSize size = (points * (660.0 / qMax(points.width(), 1.0))).toSize();
            addImage(pdf.render(page, size));
        }
        if (m_pages == 0)
            m_pagesLayout->addWidget(new QLabel(tr("This PDF could not be shown."), this));
    } else {
        QImage image;
        image.loadFromData(bytes);
        if (!image.isNull())
            addImage(image.width() > 680 ? image.scaledToWidth(680, Qt::SmoothTransformation)
                                         : image);
        else
            m_pagesLayout->addWidget(new QLabel(tr("This image could not be shown."), this));
    }
    m_pagesLayout->addStretch(1);
}

void ProofViewer::addImage(const QImage &image)
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("page%1").arg(m_pages));
    label->setPixmap(QPixmap::fromImage(image));
    label->setFrameShape(QFrame::Box);
    m_pagesLayout->addWidget(label, 0, Qt::AlignHCenter);
    ++m_pages;
}

} // namespace coffer::ui
