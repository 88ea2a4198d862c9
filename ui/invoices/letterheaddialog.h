#pragma once

#include "payees/fieldproblems.h"
#include "workspace.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace coffer::ui {

// What every invoice, credit note and reminder prints about the merchant: address,
// tax id, the e-mail reminders come from, a logo (a PNG or JPEG file, shown small;
// Remove drops it) and the documents' language. OK hands it to
// InvoiceService::setLetterhead for the documents issued from then on; a refusal
// shows under the field it names and the dialog stays open.
class LetterheadDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LetterheadDialog(Workspace &workspace, QWidget *parent = nullptr);
    void accept() override;

    // Reads the logo from `path`; false (and a problem under the logo) when the file
    // cannot be read. The core checks that it is a PNG or JPEG on OK.
    bool setLogoFile(const QString &path);
    void removeLogo();
    // The logo that OK would keep (empty: none).
    const QByteArray &logo() const { return m_letterhead.logo; }
    QString problem(const QString &field = {}) const { return m_problems.text(field); }

    QPlainTextEdit *address() const { return m_address; }
    QLineEdit *taxId() const { return m_taxId; }
    QLineEdit *email() const { return m_email; }
    QComboBox *language() const { return m_language; }
    QLabel *logoPreview() const { return m_logoPreview; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createFields();
    QLayout *logoRow();
    void chooseLogo();
    void showLogo();

    Workspace &m_workspace;
    Letterhead m_letterhead;
    bool m_logoChanged = false;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_taxId = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_logoPreview = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QComboBox *m_language = nullptr;
    FieldProblems m_problems;
};

} // namespace coffer::ui
