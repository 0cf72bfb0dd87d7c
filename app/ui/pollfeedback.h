// What the window shows of a poll: progress in the status bar, the outcome, and news of new threads.
#pragma once

#include "feedpollresult.h"

#include <QObject>
#include <QStringList>

#include <functional>

class Poller;
class QLabel;
class QProgressBar;
class QStatusBar;

class PollFeedback : public QObject
{
    Q_OBJECT

public:
    // Adds its progress bar to statusBar (hidden between polls).
    PollFeedback(Poller &poller, QStatusBar &statusBar, QObject *parent = nullptr);

    QProgressBar *progressBar() const { return m_bar; }

    // "Polled 40 feeds: 5 new threads; 2 failed (see Problems)."
    static QString summaryText(const PollSummary &summary);

Q_SIGNALS:
    // Threads were stored: lists should read the cache again. Sent at most
    // every second during a poll (reading the lists on every feed would keep
    // the window busy), and at the end.
    void cacheChanged();
    // The poll is over: count new threads from these feeds.
    void newThreads(int count, const QStringList &feedTitles);
    void message(const QString &text);

private:
    void onStarted(int total);
    void onFeedPolled(const FeedPollResult &result);
    void onFinished(const PollSummary &summary);

    QStatusBar &m_statusBar;
    QProgressBar *m_bar = nullptr;
    QStringList m_newFrom;
    qint64 m_lastReload = 0;
    bool m_pendingReload = false;
};
