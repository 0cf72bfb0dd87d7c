#include "pollfeedback.h"

#include "poller.h"

#include <QDateTime>
#include <QProgressBar>
#include <QStatusBar>

namespace {

constexpr qint64 reloadEveryMs = 1000;

} // namespace

PollFeedback::PollFeedback(Poller &poller, QStatusBar &statusBar, QObject *parent)
    : QObject(parent), m_statusBar(statusBar), m_bar(new QProgressBar(&statusBar))
{
    m_bar->setAccessibleName(tr("Feeds polled"));
    m_bar->setFormat(tr("%v of %m feeds"));
    m_bar->setMaximumWidth(220);
    m_bar->setVisible(false);
    statusBar.addPermanentWidget(m_bar);
    connect(&poller, &Poller::started, this, &PollFeedback::onStarted);
    connect(&poller, &Poller::progress, this, [this](int done, int total) {
        m_bar->setMaximum(qMax(total, 1));
        m_bar->setValue(done);
    });
    connect(&poller, &Poller::feedPolled, this, &PollFeedback::onFeedPolled);
    connect(&poller, &Poller::finished, this, &PollFeedback::onFinished);
}

QString PollFeedback::summaryText(const PollSummary &summary)
{
    if (!summary.error.isEmpty())
        return summary.error;
    if (summary.feeds == 0)
        return tr("No feed was due for a fetch.");
    QString text =
        tr("Polled %n feed(s): ", nullptr, summary.feeds) + tr("%n new thread(s)", nullptr, summary.inserted);
    if (summary.revised > 0)
        text += tr(", %n revised", nullptr, summary.revised);
    if (summary.failed > 0)
        text += tr("; %n failed (see Feeds ▸ Problems)", nullptr, summary.failed);
    return text + u'.';
}

void PollFeedback::onStarted(int total)
{
    m_newFrom.clear();
    m_pendingReload = false;
    m_bar->setRange(0, qMax(total, 1));
    m_bar->setValue(0);
    m_bar->setVisible(total > 0);
    if (total > 0)
        Q_EMIT message(tr("Fetching %n feed(s)…", nullptr, total));
}

void PollFeedback::onFeedPolled(const FeedPollResult &result)
{
    if (result.inserted <= 0 && result.revised <= 0)
        return;
    if (result.inserted > 0 && !m_newFrom.contains(result.title))
        m_newFrom.append(result.title);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastReload >= reloadEveryMs) {
        m_lastReload = now;
        m_pendingReload = false;
        Q_EMIT cacheChanged();
    } else {
        m_pendingReload = true;
    }
}

void PollFeedback::onFinished(const PollSummary &summary)
{
    m_bar->setVisible(false);
    // Expiry may have deleted threads even when nothing was new.
    if (m_pendingReload || summary.inserted > 0 || summary.revised > 0 || summary.expired > 0)
        Q_EMIT cacheChanged();
    m_pendingReload = false;
    Q_EMIT message(summaryText(summary));
    if (summary.inserted > 0)
        Q_EMIT newThreads(summary.inserted, m_newFrom);
}
