#include "dialogs/categorydialog.h"

#include "common/textrules.h"
#include "dialogs/formparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace coffer::ui {

CategoryDialog::CategoryDialog(Book &book, const Actor &actor, Mode mode, const Category &category,
                               QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_actor(actor)
    , m_mode(mode)
    , m_category(category)
{
    m_categories = book.categories().list(actor).value_or({});
    auto *form = new QFormLayout;
    const QString shown = category.names.text(QLocale().name().left(2));
    switch (mode) {
    case Mode::Add: setWindowTitle(tr("New category")); break;
    case Mode::Rename: setWindowTitle(tr("Rename “%1”").arg(shown)); break;
    case Mode::Move: setWindowTitle(tr("Move “%1”").arg(shown)); break;
    }
    if (mode != Mode::Move) {
        m_name = new QLineEdit(mode == Mode::Rename ? category.name : QString(), this);
        m_name->setObjectName(QStringLiteral("name"));
        m_vietnameseName = new QLineEdit(
            mode == Mode::Rename ? category.names.all().value(QStringLiteral("vi")) : QString(),
            this);
        m_vietnameseName->setObjectName(QStringLiteral("vietnameseName"));
        m_vietnameseName->setPlaceholderText(tr("Optional"));
        form->addRow(tr("&Name"), m_name);
        form->addRow(tr("Name in &Vietnamese"), m_vietnameseName);
        connect(m_name, &QLineEdit::textChanged, this, &CategoryDialog::revalidate);
        connect(m_vietnameseName, &QLineEdit::textChanged, this, &CategoryDialog::revalidate);
    }
    if (mode == Mode::Add) {
        m_type = new QComboBox(this);
        m_type->setObjectName(QStringLiteral("type"));
        m_type->addItem(tr("Income"), int(CategoryType::Income));
        m_type->addItem(tr("Expense"), int(CategoryType::Expense));
        m_type->setCurrentIndex(category.type == CategoryType::Income ? 0 : 1);
        form->addRow(tr("&Type"), m_type);
        connect(m_type, &QComboBox::currentIndexChanged, this, &CategoryDialog::fillParents);
    }
    if (mode != Mode::Rename) {
        m_parent = new QComboBox(this);
        m_parent->setObjectName(QStringLiteral("parent"));
        form->addRow(tr("&Under"), m_parent);
        fillParents();
        connect(m_parent, &QComboBox::currentIndexChanged, this, &CategoryDialog::revalidate);
    }
    const DialogFooter footer = layOutCheckedDialog(this, form);
    m_problem = footer.problem;
    m_buttons = footer.buttons;
    revalidate();
}

void CategoryDialog::fillParents()
{
    const CategoryType type
        = m_type ? CategoryType(m_type->currentData().toInt()) : m_category.type;
    const qint64 wanted
        = m_parent->count() > 0 ? m_parent->currentData().toLongLong() : m_category.parentId;
    const QSignalBlocker quiet(m_parent);
    m_parent->clear();
    m_parent->addItem(tr("(top level)"), qint64(0));
    // A category cannot go under itself or its own subcategories.
    const QList<qint64> excluded
        = m_mode == Mode::Move ? categorySubtree(m_categories, m_category.id) : QList<qint64> {};
    const QString language = QLocale().name().left(2);
    auto addLevel = [&](auto &self, qint64 parentId, int depth) -> void {
        for (const Category &c : std::as_const(m_categories)) {
            if (c.type != type || c.parentId != parentId || !c.isActive()
                || excluded.contains(c.id))
                continue;
            m_parent->addItem(QString(depth * 4, u' ') + c.names.text(language), c.id);
            self(self, c.id, depth + 1);
        }
    };
    addLevel(addLevel, 0, 0);
    const int row = m_parent->findData(wanted);
    m_parent->setCurrentIndex(row >= 0 ? row : 0);
    revalidate();
}

LocalizedText CategoryDialog::names() const
{
    LocalizedText names;
    names.set(QStringLiteral("en"), m_name->text().trimmed());
    if (!m_vietnameseName->text().trimmed().isEmpty())
        names.set(QStringLiteral("vi"), m_vietnameseName->text().trimmed());
    return names;
}

QString CategoryDialog::firstProblem() const
{
    if (m_name) {
        for (QLineEdit *edit : {m_name, m_vietnameseName}) {
            if (edit == m_vietnameseName && edit->text().trimmed().isEmpty())
                continue;
            if (auto name = checkName(QStringLiteral("name"), edit->text(), 100); !name) {
                switch (name.error().code) {
                case ErrorCode::FieldRequired: return tr("Enter a name.");
                case ErrorCode::FieldTooLong: return tr("A name has at most 100 characters.");
                default: return tr("A name cannot hold tabs, line breaks or control characters.");
                }
            }
        }
    }
    if (m_mode == Mode::Move && m_parent->currentData().toLongLong() == m_category.parentId)
        return tr("Choose where to move it.");
    return {};
}

QString CategoryDialog::problem() const
{
    return m_problem->text();
}

void CategoryDialog::revalidate()
{
    if (!m_buttons)
        return; // still building the form
    const QString problem = firstProblem();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void CategoryDialog::accept()
{
    if (!firstProblem().isEmpty())
        return;
    CategoryService &categories = m_book.categories();
    Status done = success();
    m_categoryId = m_category.id;
    switch (m_mode) {
    case Mode::Add: {
        NewCategory request;
        request.name = m_name->text().trimmed();
        request.names = names();
        request.type = CategoryType(m_type->currentData().toInt());
        request.parentId = m_parent->currentData().toLongLong();
        auto added = categories.add(m_actor, request);
        if (added)
            m_categoryId = added->id;
        else
            done = added.error();
        break;
    }
    case Mode::Rename:
        done = categories.rename(m_actor, m_category.id, m_name->text(), names());
        break;
    case Mode::Move:
        done = categories.move(m_actor, m_category.id, m_parent->currentData().toLongLong());
        break;
    }
    if (!done) {
        switch (done.error().code) {
        case ErrorCode::CategoryNameTaken:
            m_problem->setText(tr("Another category of this type already has this name."));
            break;
        case ErrorCode::CategoryCycle:
            m_problem->setText(tr("A category cannot go under one of its own subcategories."));
            break;
        default: m_problem->setText(done.error().detail);
        }
        return; // nothing was written
    }
    QDialog::accept();
}

} // namespace coffer::ui
