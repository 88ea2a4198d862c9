#include "books/welcomewindow.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace coffer::ui {

WelcomeWindow::WelcomeWindow(const QStringList &recentBooks, QWidget *parent)
    : QWidget(parent)
{
    setWindowTitle(tr("Welcome — Coffer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    auto *title = new QLabel(tr("<h1>Welcome to Coffer</h1>"
                                "<p>Exact bookkeeping for your wallets, income and expenses.</p>"),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto addChoice = [&](const QString &text, const QString &description, const char *name,
                         void (WelcomeWindow::*signal)()) {
        auto *button = new QCommandLinkButton(text, description, this);
        button->setObjectName(QString::fromLatin1(name));
        connect(button, &QCommandLinkButton::clicked, this, signal);
        layout->addWidget(button);
    };
    addChoice(tr("Create a book"), tr("A new book in a file on this computer, for one person."),
              "create", &WelcomeWindow::createRequested);
    addChoice(tr("Open a book"), tr("A Coffer book file you already have."), "open",
              &WelcomeWindow::openRequested);
    addChoice(tr("Connect to a server"), tr("A book shared by your team on a PostgreSQL server."),
              "connect", &WelcomeWindow::connectRequested);
    addChoice(tr("Explore a demo book"),
              tr("A café with three years of history, to try everything safely."), "demo",
              &WelcomeWindow::demoRequested);
    if (!recentBooks.isEmpty()) {
        layout->addWidget(new QLabel(tr("<b>Recent books</b>"), this));
        auto *recent = new QListWidget(this);
        recent->setObjectName(QStringLiteral("recent"));
        recent->addItems(recentBooks);
        connect(recent, &QListWidget::itemActivated, this,
                [this](QListWidgetItem *item) { Q_EMIT recentRequested(item->text()); });
        layout->addWidget(recent, 1);
    } else {
        layout->addStretch(1);
    }
    resize(640, 560);
}

} // namespace coffer::ui
