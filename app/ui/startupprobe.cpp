#include "startupprobe.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QScrollBar>
#include <QTimer>

#include <cstdio>

namespace {

// A list that has not reached its end by then is reported as it stands.
constexpr qint64 scrollLimitMs = 120000;

void say(const QString &line)
{
    std::fprintf(stderr, "docket-bench: %s\n", qPrintable(line));
    std::fflush(stderr);
}

} // namespace

std::optional<StartupProbe::Mode> StartupProbe::fromEnvironment()
{
    const QByteArray value = qgetenv("DOCKET_BENCH_EXIT_AFTER_PAINT");
    if (value == "1")
        return Mode::ExitAfterPaint;
    if (value == "scroll")
        return Mode::ScrollToEnd;
    return std::nullopt;
}

StartupProbe::StartupProbe(QAbstractItemView &view, Mode mode, QObject *parent)
    : QObject(parent), m_view(view), m_mode(mode)
{
    m_view.viewport()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    // Reported just after the paint this event starts, once rows are there to paint.
    if (!m_seen && event->type() == QEvent::Paint && m_view.model() && m_view.model()->rowCount() > 0) {
        m_seen = true;
        QTimer::singleShot(0, this, &StartupProbe::painted);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::painted()
{
    // Epoch milliseconds: the bench compares them with the moment it started the process.
    say(QStringLiteral("first-paint-epoch-ms=%1 rows=%2")
            .arg(QDateTime::currentMSecsSinceEpoch())
            .arg(m_view.model()->rowCount()));
    if (m_mode == Mode::ScrollToEnd)
        scrollToEnd();
    QCoreApplication::exit(0);
}

void StartupProbe::scrollToEnd()
{
    // As a user paging down would: each step moves a page, lets the view lay
    // out the rows it fetched, and paints. A step is one frame.
    QScrollBar *bar = m_view.verticalScrollBar();
    QAbstractItemModel *model = m_view.model();
    QElapsedTimer total;
    total.start();
    qint64 worstNs = 0;
    int pages = 0;
    while (total.elapsed() < scrollLimitMs) {
        const bool atEnd = bar->value() >= bar->maximum();
        if (atEnd && !model->canFetchMore({}))
            break;
        QElapsedTimer frame;
        frame.start();
        if (atEnd)
            model->fetchMore({}); // the view asks only when the value changes
        else
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        QCoreApplication::processEvents();
        m_view.viewport()->repaint();
        worstNs = qMax(worstNs, frame.nsecsElapsed());
        ++pages;
    }
    say(QStringLiteral("scrolled rows=%1 pages=%2 total-ms=%3 worst-frame-ms=%4")
            .arg(model->rowCount())
            .arg(pages)
            .arg(total.elapsed())
            .arg(double(worstNs) / 1e6, 0, 'f', 1));
}
