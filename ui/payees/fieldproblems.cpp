#include "payees/fieldproblems.h"

#include <QLabel>
#include <QLayout>

namespace coffer::ui {

FieldProblems::FieldProblems(QLabel *general)
    : m_general(general)
{ }

QLabel *FieldProblems::makeLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QLabel *FieldProblems::addField(const QString &field, QWidget *parent)
{
    QLabel *label = makeLabel(parent);
    label->setObjectName(field + QStringLiteral("Problem"));
    m_fields.insert(field, label);
    return label;
}

void FieldProblems::show(const Error &error)
{
    const QString field = error.detail.section(QLatin1Char(':'), 0, 0).trimmed();
    show(m_fields.contains(field) ? field : QString(), error.detail);
}

void FieldProblems::show(const QString &field, const QString &text)
{
    QLabel *label = m_fields.value(field, m_general);
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (label->window()->isVisible())
        growToFit(label->window());
}

void FieldProblems::growToFit(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

void FieldProblems::clear()
{
    for (QLabel *label : std::as_const(m_fields))
        label->hide();
    m_general->hide();
}

QString FieldProblems::text(const QString &field) const
{
    const QLabel *label = m_fields.value(field, field.isEmpty() ? m_general : nullptr);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace coffer::ui
