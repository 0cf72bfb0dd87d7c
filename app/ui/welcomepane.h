// What the thread list shows on an empty cache: a greeting and the ways to add feeds.
#pragma once

#include <QWidget>

class WelcomePane : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePane(QWidget *parent = nullptr);

Q_SIGNALS:
    void importOpmlRequested();
    void addFeedRequested();
    void starterFeedsRequested();
};
