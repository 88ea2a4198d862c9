#include "pages/page.h"

namespace coffer::ui {

Page::Page(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    connect(&workspace, &Workspace::changed, this, [this] {
        m_stale = true;
        if (isVisible()) {
            m_stale = false;
            reload();
        }
    });
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        reload();
    }
}

} // namespace coffer::ui
