#pragma once

#include "ledger/book.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace coffer::ui {

// Adds a category (name, Vietnamese name, type, parent), renames one, or moves
// one under another parent. Checks the name as the user types; OK asks core,
// and a refusal (a taken name, a cycle) stays in the dialog with nothing written.
class CategoryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Add,
        Rename,
        Move
    };
    // `category` is the one to rename or move; for Add, its type and parent are the
    // starting choices.
    CategoryDialog(Book &book, const Actor &actor, Mode mode, const Category &category,
                   QWidget *parent = nullptr);

    QString problem() const;
    // The added or changed category's id.
    qint64 categoryId() const { return m_categoryId; }
    void accept() override;

private:
    void fillParents();
    void revalidate();
    QString firstProblem() const;
    LocalizedText names() const;

    Book &m_book;
    Actor m_actor;
    Mode m_mode;
    Category m_category;
    QList<Category> m_categories;
    qint64 m_categoryId = 0;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_vietnameseName = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_parent = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace coffer::ui
