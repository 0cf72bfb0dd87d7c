// How fast FeedParser::parse reads the largest real feeds: median MB/s per file
// and overall, in-process (no start-up, no I/O). Wall time is the figure that
// counts; CPU time is printed beside it because on a shared, busy machine the
// wall clock also counts the time other processes held the CPU. Run on demand:
//   bench_parse [--runs N] [--min-ms MS] [FILE...]
// FILE is a name under tests/data/feeds or a path; the default is the largest feeds.
#include "feedparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace {

const double targetMBps = 50.0; // 1 MB = 10^6 bytes

struct Settings
{
    int runs = 30;
    qint64 minRunNs = 50'000'000; // each run repeats the parse until it lasts this long
    QStringList files;
};

struct Elapsed
{
    double wallNs = 0;
    double cpuNs = 0;
};

struct Measure
{
    QString name;
    qint64 bytes = 0;
    int repetitions = 0;
    Elapsed medianPerParse;
    double medianMBps = 0;
    double slowestMBps = 0;
    double fastestMBps = 0;
    double medianCpuMBps = 0;
};

QStringList defaultFiles()
{
    return {QStringLiteral("netnewswire--yakubin.atom"),    QStringLiteral("netnewswire--russcox.atom"),
            QStringLiteral("netnewswire--dcrainmaker.xml"), QStringLiteral("netnewswire--atp.rss"),
            QStringLiteral("netnewswire--rose.json"),       QStringLiteral("juriscraper--pacer-sdny_1.xml"),
            QStringLiteral("netnewswire--cloudblog.rss"),   QStringLiteral("netnewswire--curt.json")};
}

QString resolvePath(const QString &file)
{
    if (QFileInfo::exists(file))
        return file;
    return QStringLiteral(DOCKET_TEST_DATA "/feeds/") + file;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double megabytesPerSecond(qint64 bytes, double ns)
{
    return ns > 0 ? double(bytes) * 1e3 / ns : 0; // bytes per ns * 1000 = MB/s
}

// Parses `repetitions` times. The item count is folded into `sink` so the work
// cannot be optimised away.
Elapsed timeParses(const QByteArray &bytes, int repetitions, qint64 &sink)
{
    const std::clock_t cpuStart = std::clock();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repetitions; ++i) {
        const Result<FeedParser::Parsed> parsed = FeedParser::parse(bytes);
        sink += parsed.ok() ? parsed->feed.items.size() : -1;
    }
    const double wallNs = double(timer.nsecsElapsed());
    return {wallNs, double(std::clock() - cpuStart) * 1e9 / CLOCKS_PER_SEC};
}

Measure measure(const QString &name, const QByteArray &bytes, const Settings &settings, qint64 &sink)
{
    Measure m;
    m.name = name;
    m.bytes = bytes.size();
    m.repetitions = 1;
    while (timeParses(bytes, m.repetitions, sink).wallNs < double(settings.minRunNs) &&
           m.repetitions < (1 << 20))
        m.repetitions *= 2;

    QList<double> wallNs;
    QList<double> cpuNs;
    QList<double> throughput;
    QList<double> cpuThroughput;
    for (int run = 0; run < settings.runs; ++run) {
        const Elapsed elapsed = timeParses(bytes, m.repetitions, sink);
        wallNs.append(elapsed.wallNs / m.repetitions);
        cpuNs.append(elapsed.cpuNs / m.repetitions);
        throughput.append(megabytesPerSecond(m.bytes, wallNs.last()));
        cpuThroughput.append(megabytesPerSecond(m.bytes, cpuNs.last()));
    }
    m.medianPerParse = {median(wallNs), median(cpuNs)};
    m.medianMBps = median(throughput);
    m.slowestMBps = *std::min_element(throughput.cbegin(), throughput.cend());
    m.fastestMBps = *std::max_element(throughput.cbegin(), throughput.cend());
    m.medianCpuMBps = median(cpuThroughput);
    return m;
}

bool parseArguments(const QStringList &arguments, Settings &settings, QTextStream &err)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if ((argument == u"--runs" || argument == u"--min-ms") && i + 1 < arguments.size()) {
            bool ok = false;
            const int value = arguments.at(++i).toInt(&ok);
            if (!ok || value <= 0) {
                err << argument << " needs a positive number\n";
                return false;
            }
            if (argument == u"--runs")
                settings.runs = value;
            else
                settings.minRunNs = qint64(value) * 1'000'000;
        } else if (argument.startsWith(u'-')) {
            err << "usage: bench_parse [--runs N] [--min-ms MS] [FILE...]\n";
            return false;
        } else {
            settings.files.append(argument);
        }
    }
    if (settings.files.isEmpty())
        settings.files = defaultFiles();
    return true;
}

void report(const QList<Measure> &measures, const Settings &settings, QTextStream &out)
{
    out << QStringLiteral(
               "bench_parse: FeedParser::parse in-process, median of %1 runs (1 MB = 10^6 bytes)\n")
               .arg(settings.runs);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("file"), -36)
               .arg(QStringLiteral("KB"), 5)
               .arg(QStringLiteral("reps"), 5)
               .arg(QStringLiteral("ms/parse"), 9)
               .arg(QStringLiteral("MB/s"), 7)
               .arg(QStringLiteral("(min-max)"), 14)
               .arg(QStringLiteral("CPU MB/s"), 9);
    qint64 totalBytes = 0;
    Elapsed total;
    for (const Measure &m : measures) {
        const QString range =
            QStringLiteral("(%1-%2)").arg(m.slowestMBps, 0, 'f', 1).arg(m.fastestMBps, 0, 'f', 1);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(m.name, -36)
                   .arg(double(m.bytes) / 1000, 5, 'f', 0)
                   .arg(m.repetitions, 5)
                   .arg(m.medianPerParse.wallNs / 1e6, 9, 'f', 3)
                   .arg(m.medianMBps, 7, 'f', 1)
                   .arg(range, 14)
                   .arg(m.medianCpuMBps, 9, 'f', 1);
        totalBytes += m.bytes;
        total.wallNs += m.medianPerParse.wallNs;
        total.cpuNs += m.medianPerParse.cpuNs;
    }
    const double overall = megabytesPerSecond(totalBytes, total.wallNs);
    out << QStringLiteral("overall: %1 MB in %2 ms = %3 MB/s wall, %4 MB/s CPU (aim >= %5 MB/s wall: %6)\n")
               .arg(double(totalBytes) / 1e6, 0, 'f', 2)
               .arg(total.wallNs / 1e6, 0, 'f', 2)
               .arg(overall, 0, 'f', 1)
               .arg(megabytesPerSecond(totalBytes, total.cpuNs), 0, 'f', 1)
               .arg(targetMBps, 0, 'f', 0)
               .arg(overall >= targetMBps ? QStringLiteral("met") : QStringLiteral("NOT met"));
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    Settings settings;
    if (!parseArguments(arguments, settings, err))
        return 2;

    qint64 sink = 0;
    QList<Measure> measures;
    for (const QString &file : std::as_const(settings.files)) {
        QFile input(resolvePath(file));
        if (!input.open(QIODevice::ReadOnly)) {
            err << file << ": cannot read it\n";
            return 2;
        }
        const QByteArray bytes = input.readAll();
        const Result<FeedParser::Parsed> first = FeedParser::parse(bytes);
        if (!first) {
            err << file << ": does not parse: " << first.error().toString() << '\n';
            return 1;
        }
        measures.append(measure(QFileInfo(file).fileName(), bytes, settings, sink));
    }
    report(measures, settings, out);
    // Printed so the parses count as used.
    err << "items parsed: " << sink << '\n';
    return 0;
}
