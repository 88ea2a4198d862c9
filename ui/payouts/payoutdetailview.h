#pragma once

#include "workspace.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace coffer::ui {

// A payout state as people read it ("Pending", "In transit").
QString payoutStateName(PayoutState state);

// One payout in full beside the inbox: its figures, the timeline of its states,
// approvals, execution attempts and proofs of payment, which open in the app.
class PayoutDetailView : public QWidget
{
    Q_OBJECT

public:
    PayoutDetailView(Workspace &workspace, QWidget *parent = nullptr);
    void show(const std::optional<PayoutDetail> &detail);
    QTextBrowser *text() const { return m_text; }
    QListWidget *proofs() const { return m_proofs; }
    // Opens the selected proof in a viewer; returns it (tests close it).
    QDialog *previewSelectedProof();
    void saveSelectedProof();

private:
    const PayoutProof *selectedProof() const;
    Result<QByteArray> proofBytes(const PayoutProof &proof) const;

    Workspace &m_workspace;
    std::optional<PayoutDetail> m_detail;
    QTextBrowser *m_text;
    QListWidget *m_proofs;
    QPushButton *m_preview;
    QPushButton *m_save;
};

// A proof of payment on screen: a PNG or JPEG as it is, a PDF page by page.
class ProofViewer : public QDialog
{
    Q_OBJECT

public:
    ProofViewer(const StoredDocument &document, const QByteArray &bytes, QWidget *parent);
    // Pages (or the one image) as shown.
    int pageCount() const { return m_pages; }

private:
    void addImage(const QImage &image);

    QVBoxLayout *m_pagesLayout;
    int m_pages = 0;
};

} // namespace coffer::ui
