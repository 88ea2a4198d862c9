#pragma once

#include "common/error.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace coffer::ui {

// Shows a refusal next to the field it is about. The core names the field first in
// every refusal ("amount: 50.00 USD is more than the 40.00 USD available"), so the
// text goes under that field's row; a refusal that names no field of the form goes
// under the whole form. The labels stay until the next check.
class FieldProblems
{
public:
    // `general` shows what no field of the form is named for.
    explicit FieldProblems(QLabel *general);
    // A hidden label for `field` ("amount", "details" ...), to lay out under it.
    QLabel *addField(const QString &field, QWidget *parent);
    void show(const Error &error);
    void show(const QString &field, const QString &text);
    void clear();
    // What is shown for `field` (empty: the general one), or nothing.
    QString text(const QString &field = {}) const;

    QLabel *general() const { return m_general; }

    static QLabel *makeLabel(QWidget *parent);
    // Wrapped text may need more height than `window` was given: it grows to fit.
    static void growToFit(QWidget *window);

private:
    QLabel *m_general;
    QHash<QString, QLabel *> m_fields;
};

} // namespace coffer::ui
