#pragma once

#include <QWidget>

class QListWidget;

namespace coffer::ui {

// What Coffer shows with no book open: create a book, open one, connect to a
// server, explore the demo book, or pick one of the recent books.
class WelcomeWindow : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeWindow(const QStringList &recentBooks, QWidget *parent = nullptr);

Q_SIGNALS:
    void createRequested();
    void openRequested();
    void connectRequested();
    void demoRequested();
    void recentRequested(const QString &locationText);
};

} // namespace coffer::ui
