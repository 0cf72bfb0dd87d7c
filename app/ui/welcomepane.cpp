#include "welcomepane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePane::WelcomePane(QWidget *parent) : QWidget(parent)
{
    auto *greeting =
        new QLabel(tr("<h2>Welcome to Docket</h2>"
                      "<p>Docket keeps the legal news you follow as closed threads you can read "
                      "offline, search and keep. Each thread is deleted 21 days after it was "
                      "posted unless you keep it.</p>"
                      "<p>Start by importing the subscriptions from another reader, or add a feed. "
                      "Or subscribe to a starter list of public legal-news feeds (JURIST, SCOTUSblog, "
                      "Courthouse News and others, in folders); you can remove any of them later.</p>"),
                   this);
    greeting->setWordWrap(true);
    greeting->setTextFormat(Qt::RichText);
    auto *import = new QPushButton(tr("Import OPML…"), this);
    auto *add = new QPushButton(tr("Add a feed…"), this);
    auto *starter = new QPushButton(tr("Subscribe to starter feeds"), this);
    starter->setObjectName(QStringLiteral("starterFeeds"));
    starter->setAccessibleName(tr("Subscribe to a starter list of legal-news feeds"));
    import->setAccessibleName(tr("Import subscriptions from an OPML file"));
    add->setAccessibleName(tr("Add a feed"));
    connect(import, &QPushButton::clicked, this, &WelcomePane::importOpmlRequested);
    connect(add, &QPushButton::clicked, this, &WelcomePane::addFeedRequested);
    connect(starter, &QPushButton::clicked, this, &WelcomePane::starterFeedsRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(import);
    buttons->addWidget(add);
    buttons->addWidget(starter);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(greeting);
    layout->addLayout(buttons);
    layout->addStretch();
    setTabOrder(import, add);
    setTabOrder(add, starter);
}
