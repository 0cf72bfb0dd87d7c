// Start-up benchmark (run on demand, not by CTest): makes a cache of 100,000
// threads, then starts `docket --database CACHE` again and again and measures
// the time from launch to the first paint of the window with the thread list
// filled, and the process's peak memory; then scrolls the list page by page to
// its last thread as a user would (fetching pages on the way) and reports the
// total time and the slowest frame.
//   bench_startup [--threads N] [--runs N] [--scroll-runs N] [--docket PATH] [--keep]
// Under X it needs a display: without one it runs itself again under
// `xvfb-run -a` (Debian: xvfb, xauth), else falls back to QT_QPA_PLATFORM=offscreen.
// The window reports its paint through DOCKET_BENCH_EXIT_AFTER_PAINT (see
// app/ui/startupprobe.h). Aims: first paint < 0.5 s, peak memory < 150 MB (medians).
#include "database.h"
#include "feedstore.h"
#include "threadstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <map>
#include <optional>
#include <vector>

#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

constexpr int feedCount = 200;
constexpr int batchSize = 50;
constexpr qint64 day = 24 * 60 * 60;
// A start that takes longer than this has hung: it is stopped and reported.
constexpr int childTimeoutMs = 180000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Fills path with total threads over feedCount feeds, posted over the last
// 20 days (so the 21-day rule the window runs at start deletes none).
bool fillCache(const QString &path, int total)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        out() << opened.error().message << Qt::endl;
        return false;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    FeedStore feeds(*db);
    ThreadStore threads(*db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QRandomGenerator random(20261129);
    const QStringList words{
        QStringLiteral("court"),    QStringLiteral("appeal"),   QStringLiteral("ruling"),
        QStringLiteral("judge"),    QStringLiteral("motion"),   QStringLiteral("statute"),
        QStringLiteral("contract"), QStringLiteral("circuit"),  QStringLiteral("hearing"),
        QStringLiteral("order"),    QStringLiteral("district"), QStringLiteral("counsel")};
    auto sentence = [&](int count) {
        QStringList picked;
        for (int i = 0; i < count; ++i)
            picked.append(words.at(random.bounded(int(words.size()))));
        return picked.join(u' ');
    };
    std::vector<qint64> feedIds;
    for (int f = 0; f < feedCount; ++f) {
        const Result<FeedRecord> added =
            feeds.add(NewFeed{QUrl(QStringLiteral("https://feed%1.example/rss").arg(f)),
                              QStringLiteral("Feed %1").arg(f), QUrl(), std::nullopt},
                      now);
        if (!added)
            return false;
        feedIds.push_back(added->id);
    }
    const int perFeed = total / feedCount;
    for (int round = 0; round * batchSize < perFeed; ++round) {
        for (int f = 0; f < feedCount; ++f) {
            Feed feed;
            for (int i = 0; i < batchSize && round * batchSize + i < perFeed; ++i) {
                Item item;
                item.id = QStringLiteral("https://feed%1.example/item/%2").arg(f).arg(round * batchSize + i);
                item.link = QUrl(item.id);
                item.title = sentence(8);
                item.author = QStringLiteral("Reporter %1").arg(random.bounded(50));
                item.summary = QStringLiteral("<p>%1</p>").arg(sentence(30));
                item.content = QStringLiteral("<p>%1</p><p>%2</p>").arg(sentence(60), sentence(60));
                item.published = now.addSecs(-random.bounded(20 * day));
                feed.items.append(item);
            }
            const Result<UpsertReport> stored = threads.store(feedIds[f], feed, now);
            if (!stored) {
                out() << stored.error().message << Qt::endl;
                return false;
            }
        }
    }
    return true;
}

struct Launch
{
    qint64 startedAtMs = 0;            // epoch ms just before the process was started
    std::map<QString, QString> report; // the window's "docket-bench:" key=value pairs
    long peakKb = 0;                   // the child's maximum resident set
    bool ok = false;
    QString problem;
};

// Starts docket with extra environment, reads its stderr until it exits (or
// the time limit), and collects its peak memory from the kernel.
Launch launch(const QString &docket, const QStringList &arguments, const QStringList &extraEnvironment)
{
    Launch result;
    int pipeFds[2];
    if (::pipe(pipeFds) != 0) {
        result.problem = QStringLiteral("pipe failed");
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);

    std::vector<QByteArray> argStore{QFile::encodeName(docket)};
    for (const QString &argument : arguments)
        argStore.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : argStore)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStore;
    for (char **entry = environ; *entry; ++entry)
        envStore.emplace_back(*entry);
    for (const QString &entry : extraEnvironment)
        envStore.push_back(entry.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &entry : envStore)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    pid_t pid = 0;
    result.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    if (spawned != 0) {
        ::close(pipeFds[0]);
        result.problem = QStringLiteral("could not start %1").arg(docket);
        return result;
    }
    QByteArray errors;
    QElapsedTimer timer;
    timer.start();
    bool timedOut = false;
    for (;;) {
        pollfd watched{pipeFds[0], POLLIN, 0};
        const int remaining = int(qMax<qint64>(0, childTimeoutMs - timer.elapsed()));
        const int ready = ::poll(&watched, 1, remaining);
        if (ready == 0) {
            timedOut = true;
            ::kill(pid, SIGKILL);
            break;
        }
        if (ready < 0 && errno == EINTR)
            continue;
        char buffer[4096];
        const ssize_t got = ::read(pipeFds[0], buffer, sizeof buffer);
        if (got <= 0)
            break;
        errors.append(buffer, got);
    }
    ::close(pipeFds[0]);
    int status = 0;
    rusage usage{};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    result.peakKb = usage.ru_maxrss;
    for (const QByteArray &line : errors.split('\n')) {
        if (!line.startsWith("docket-bench: "))
            continue;
        for (const QByteArray &pair : line.mid(14).split(' ')) {
            const qsizetype equals = pair.indexOf('=');
            if (equals > 0)
                result.report[QString::fromUtf8(pair.left(equals))] = QString::fromUtf8(pair.mid(equals + 1));
        }
    }
    result.ok = !timedOut && WIFEXITED(status) && WEXITSTATUS(status) == 0 &&
                result.report.count(QStringLiteral("first-paint-epoch-ms"));
    if (!result.ok)
        result.problem =
            timedOut ? QStringLiteral("timed out") : QString::fromLocal8Bit(errors).trimmed().right(500);
    return result;
}

// Runs this program again under xvfb-run when there is no display; returns
// the exit status when it did, nullopt when this process should go on itself.
std::optional<int> rerunUnderXvfb(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
        qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DOCKET_BENCH_XVFB"))
        return std::nullopt;
    const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    if (xvfbRun.isEmpty()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::nullopt;
    }
    qputenv("DOCKET_BENCH_XVFB", "1");
    std::vector<QByteArray> store{QFile::encodeName(xvfbRun), "-a", "-s", "-screen 0 1920x1080x24"};
    for (int i = 0; i < argc; ++i)
        store.emplace_back(argv[i]);
    std::vector<char *> args;
    for (QByteArray &arg : store)
        args.push_back(arg.data());
    args.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, args[0], nullptr, nullptr, args.data(), environ) != 0)
        return 1;
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (const std::optional<int> status = rerunUnderXvfb(argc, argv))
        return *status;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("threads in the cache"),
                                           QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("starts measured"),
                                        QStringLiteral("n"), QStringLiteral("11"));
    const QCommandLineOption scrollOption(QStringLiteral("scroll-runs"),
                                          QStringLiteral("starts that scroll to the end"),
                                          QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption docketOption(QStringLiteral("docket"), QStringLiteral("the docket program"),
                                          QStringLiteral("path"), QStringLiteral(DOCKET_BINARY));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("keep the cache folder"));
    parser.addOptions({threadsOption, runsOption, scrollOption, docketOption, keepOption});
    parser.addHelpOption();
    parser.process(app);
    const int total = qMax(feedCount, parser.value(threadsOption).toInt());
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int scrollRuns = qMax(0, parser.value(scrollOption).toInt());
    const QString docket = parser.value(docketOption);

    QTemporaryDir dir;
    if (parser.isSet(keepOption)) {
        dir.setAutoRemove(false);
        out() << "cache folder: " << dir.path() << Qt::endl;
    }
    const QString cache = dir.filePath(QStringLiteral("bench.sqlite"));
    QElapsedTimer filling;
    filling.start();
    if (!fillCache(cache, total))
        return 1;
    out() << QStringLiteral("cache of %1 threads over %2 feeds made in %3 s (%4)")
                 .arg(total)
                 .arg(feedCount)
                 .arg(filling.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(qEnvironmentVariableIsSet("DOCKET_BENCH_XVFB") ? QStringLiteral("under xvfb-run")
                      : qEnvironmentVariableIsSet("DISPLAY")         ? QStringLiteral("on the display")
                                                                     : QStringLiteral("offscreen"))
          << Qt::endl;

    // Each start sees a first-run user: no saved geometry or source.
    const QStringList environment{QStringLiteral("XDG_CONFIG_HOME=") + dir.filePath(QStringLiteral("config")),
                                  QStringLiteral("XDG_DATA_HOME=") + dir.filePath(QStringLiteral("data"))};
    const QStringList arguments{QStringLiteral("--database"), cache};

    // The first start warms the disk cache (and runs the start-up expiry once).
    const Launch warm = launch(docket, arguments,
                               environment + QStringList{QStringLiteral("DOCKET_BENCH_EXIT_AFTER_PAINT=1")});
    if (!warm.ok) {
        out() << "docket did not report its first paint: " << warm.problem << Qt::endl;
        return 1;
    }
    std::vector<double> paints, memories;
    for (int i = 0; i < runs; ++i) {
        const Launch run = launch(
            docket, arguments, environment + QStringList{QStringLiteral("DOCKET_BENCH_EXIT_AFTER_PAINT=1")});
        if (!run.ok) {
            out() << "run " << i << " failed: " << run.problem << Qt::endl;
            return 1;
        }
        paints.push_back(
            double(run.report.at(QStringLiteral("first-paint-epoch-ms")).toLongLong() - run.startedAtMs));
        memories.push_back(run.peakKb / 1024.0);
    }
    out() << QStringLiteral(
                 "launch to first paint with the list filled: median %1 ms (min %2, max %3) over %4 starts")
                 .arg(median(paints), 0, 'f', 0)
                 .arg(*std::min_element(paints.begin(), paints.end()), 0, 'f', 0)
                 .arg(*std::max_element(paints.begin(), paints.end()), 0, 'f', 0)
                 .arg(runs)
          << Qt::endl;
    out() << QStringLiteral("peak memory at first paint: median %1 MB (max %2 MB)")
                 .arg(median(memories), 0, 'f', 1)
                 .arg(*std::max_element(memories.begin(), memories.end()), 0, 'f', 1)
          << Qt::endl;

    std::vector<double> scrollTotals, worstFrames, scrollMemories;
    int rows = 0;
    for (int i = 0; i < scrollRuns; ++i) {
        const Launch run =
            launch(docket, arguments,
                   environment + QStringList{QStringLiteral("DOCKET_BENCH_EXIT_AFTER_PAINT=scroll")});
        if (!run.ok || !run.report.count(QStringLiteral("total-ms"))) {
            out() << "scroll run " << i << " failed: " << run.problem << Qt::endl;
            return 1;
        }
        scrollTotals.push_back(run.report.at(QStringLiteral("total-ms")).toDouble());
        worstFrames.push_back(run.report.at(QStringLiteral("worst-frame-ms")).toDouble());
        scrollMemories.push_back(run.peakKb / 1024.0);
        rows = run.report.at(QStringLiteral("rows")).toInt();
        out() << QStringLiteral("  scroll %1: %2 rows in %3 pages, %4 ms, worst frame %5 ms, peak %6 MB")
                     .arg(i)
                     .arg(rows)
                     .arg(run.report.at(QStringLiteral("pages")))
                     .arg(run.report.at(QStringLiteral("total-ms")))
                     .arg(run.report.at(QStringLiteral("worst-frame-ms")))
                     .arg(run.peakKb / 1024.0, 0, 'f', 1)
              << Qt::endl;
    }
    if (scrollRuns > 0) {
        out() << QStringLiteral(
                     "scrolling to the last of %1 threads: median %2 ms, worst frame median %3 ms, "
                     "peak memory median %4 MB")
                     .arg(rows)
                     .arg(median(scrollTotals), 0, 'f', 0)
                     .arg(median(worstFrames), 0, 'f', 1)
                     .arg(median(scrollMemories), 0, 'f', 1)
              << Qt::endl;
    }
    return 0;
}
