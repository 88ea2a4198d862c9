#pragma once

#include "pages/page.h"

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace coffer::ui {

// A payee's own payout methods ("Payout methods"): kind, masked details,
// currency, which is the default and which are removed. They add a method (the
// core checks its details), make one the default, and remove one after saying
// yes. Every change goes through MethodService for the payee bound to the user.
class PayeeMethodsPage : public Page
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        DetailsColumn,
        CurrencyColumn,
        DefaultColumn,
        StatusColumn,
        ColumnCount
    };

    explicit PayeeMethodsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override { return tr("Payout methods"); }
    void reload() override;
    PrintJob printJob() override;

    QTableView *view() const { return m_view; }
    const QList<PayoutMethod> &methods() const { return m_methods; }
    const PayoutMethod *selectedMethod() const;
    bool selectMethod(qint64 methodId);
    QPushButton *addButton() const { return m_add; }
    QPushButton *defaultButton() const { return m_default; }
    QPushButton *removeButton() const { return m_remove; }

    // What the dialogs call: the core's answer, the page reloaded.
    Status addMethod(const NewPayoutMethod &method);

public Q_SLOTS:
    // Opens the dialog for a new method.
    void addMethod();
    void makeSelectedDefault();
    // Asks first, then removes the selected method.
    void removeSelected();

private:
    QString ownerId() const;
    // Runs `change` on the selected method, then reloads and keeps it selected.
    void change(const std::function<Result<PayoutMethod>(qint64 methodId)> &change);
    void updateSelection();

    QList<PayoutMethod> m_methods;
    QList<Currency> m_currencies; // of the payee's wallets
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_notice;
    QPushButton *m_add;
    QPushButton *m_default;
    QPushButton *m_remove;
};

} // namespace coffer::ui
