// For tests/bench/bench_startup: reports when the thread list is first painted filled, then quits.
#pragma once

#include <QObject>

#include <optional>

class QAbstractItemView;

class StartupProbe : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        ExitAfterPaint, // report the first filled paint, quit
        ScrollToEnd     // then scroll the list page by page to its last thread, report, quit
    };

    // DOCKET_BENCH_EXIT_AFTER_PAINT=1 or =scroll; nullopt (no probe) otherwise.
    static std::optional<Mode> fromEnvironment();

    // Watches view's paints; reports on stderr as "docket-bench: key=value ...".
    StartupProbe(QAbstractItemView &view, Mode mode, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void painted();
    void scrollToEnd();

    QAbstractItemView &m_view;
    Mode m_mode;
    bool m_seen = false;
};
