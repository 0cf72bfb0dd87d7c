// Export benchmark (run on demand, not by CTest): 1,000 threads to one PDF,
// and to one HTML file each in a temporary folder, as `docket export` writes
// them; also one Markdown and one text document of all. Prints the median
// time of N runs and the process's peak resident memory after each part.
//   bench_export [--threads N] [--runs N] [--only pdf|html|md|txt]
#include "articleexporter.h"
#include "exportfilename.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

namespace {

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

// User and system CPU time of this process so far, in milliseconds: on a
// shared machine wall time alone says more about the neighbours.
double cpuMilliseconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// Peak resident set size of this process so far, in MiB (Linux reports KiB).
double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// Threads shaped like court and law-blog posts: about 3 KB of HTML with
// paragraphs, emphasis, a list, a quotation, links, and a <script> the
// sanitiser must remove, which every export pays for.
QList<ExportArticle> articles(int count)
{
    QRandomGenerator random(1983);
    const QStringList words{QStringLiteral("court"),    QStringLiteral("appeal"),  QStringLiteral("motion"),
                            QStringLiteral("statute"),  QStringLiteral("counsel"), QStringLiteral("judgment"),
                            QStringLiteral("district"), QStringLiteral("held"),    QStringLiteral("standing"),
                            QStringLiteral("remand"),   QStringLiteral("the"),     QStringLiteral("of")};
    const auto sentence = [&](int length) {
        QStringList out;
        for (int i = 0; i < length; ++i)
            out.append(words.at(random.bounded(int(words.size()))));
        return out.join(u' ');
    };
    QList<ExportArticle> out;
    const QDateTime start(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        ExportArticle article;
        article.title = QStringLiteral("Opinion %1: %2").arg(i + 1).arg(sentence(6));
        article.source = QStringLiteral("Circuit %1 Decisions").arg(i % 13 + 1);
        article.author = QStringLiteral("Judge %1").arg(sentence(1));
        article.published = start.addSecs(qint64(i) * 600);
        article.retrieved = article.published.addSecs(3600);
        article.link = QUrl(QStringLiteral("https://court%1.example.gov/opinions/%2").arg(i % 13).arg(i));
        QString html;
        for (int p = 0; p < 6; ++p)
            html += QStringLiteral("<p>%1 <b>%2</b> %3 <a href=\"/cases/%4\">%5</a>.</p>")
                        .arg(sentence(40), sentence(3), sentence(20))
                        .arg(i * 10 + p)
                        .arg(sentence(2));
        html += QStringLiteral(
                    "<script>track(%1)</script><blockquote>%2</blockquote><ul><li>%3</li><li>%4</li></ul>")
                    .arg(i)
                    .arg(sentence(30), sentence(8), sentence(8));
        article.html = html;
        article.categories = {QStringLiteral("Opinions"), QStringLiteral("Circuit %1").arg(i % 13 + 1)};
        out.append(article);
    }
    return out;
}

bool writeFile(const QString &path, const QList<ExportArticle> &articles, ExportFormat format)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const Result<bool> written = ArticleExporter::write(articles, format, file);
    return written.ok() && file.commit();
}

void report(const QString &what, const std::vector<double> &milliseconds, const std::vector<double> &cpu,
            qint64 bytes)
{
    out() << what << ": median " << QString::number(median(milliseconds), 'f', 0) << " ms (CPU "
          << QString::number(median(cpu), 'f', 0) << " ms) of " << milliseconds.size() << " runs, "
          << QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) << " MiB written, peak RSS so far "
          << QString::number(peakMiB(), 'f', 0) << " MiB" << Qt::endl;
}

qint64 folderBytes(const QString &path)
{
    qint64 total = 0;
    const QFileInfoList files = QDir(path).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files)
        total += file.size();
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    // QPdfWriter lays text out in fonts, which only a QGuiApplication loads.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QString(), QStringLiteral("n"),
                                           QStringLiteral("1000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QString(), QStringLiteral("n"),
                                        QStringLiteral("3"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QString(), QStringLiteral("format"));
    parser.addOptions({threadsOption, runsOption, onlyOption});
    parser.process(app);
    const int threadCount = std::max(1, parser.value(threadsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString only = parser.value(onlyOption);
    const auto wanted = [&only](const QString &name) { return only.isEmpty() || only == name; };

    QTemporaryDir dir;
    if (!dir.isValid()) {
        out() << "cannot make a temporary folder" << Qt::endl;
        return 1;
    }
    const QList<ExportArticle> all = articles(threadCount);
    out() << threadCount << " threads, " << runs << " runs each; peak RSS after generating them "
          << QString::number(peakMiB(), 'f', 0) << " MiB" << Qt::endl;

    if (wanted(QStringLiteral("html"))) {
        std::vector<double> times;
        std::vector<double> cpu;
        qint64 bytes = 0;
        for (int run = 0; run < runs; ++run) {
            const QString folder = dir.filePath(QStringLiteral("html-%1").arg(run));
            QDir().mkpath(folder);
            const double cpuBefore = cpuMilliseconds();
            QElapsedTimer timer;
            timer.start();
            QSet<QString> taken;
            for (const ExportArticle &article : all) {
                const QString name = ExportFileName::unique(article.title, QStringLiteral("html"), taken);
                if (!writeFile(QDir(folder).filePath(name), {article}, ExportFormat::Html)) {
                    out() << "writing " << name << " failed" << Qt::endl;
                    return 1;
                }
            }
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            cpu.push_back(cpuMilliseconds() - cpuBefore);
            bytes = folderBytes(folder);
            QDir(folder).removeRecursively();
        }
        report(QStringLiteral("HTML, one file per thread"), times, cpu, bytes);
    }
    const struct
    {
        QString name;
        ExportFormat format;
        QString label;
    } documents[] = {
        {QStringLiteral("md"), ExportFormat::Markdown, QStringLiteral("Markdown, one document")},
        {QStringLiteral("txt"), ExportFormat::Text, QStringLiteral("text, one document")},
        {QStringLiteral("pdf"), ExportFormat::Pdf, QStringLiteral("PDF, one document")},
    };
    for (const auto &document : documents) {
        if (!wanted(document.name))
            continue;
        std::vector<double> times;
        std::vector<double> cpu;
        qint64 bytes = 0;
        const QString path = dir.filePath(QStringLiteral("all.") + document.name);
        for (int run = 0; run < runs; ++run) {
            const double cpuBefore = cpuMilliseconds();
            QElapsedTimer timer;
            timer.start();
            if (!writeFile(path, all, document.format)) {
                out() << "writing " << path << " failed" << Qt::endl;
                return 1;
            }
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            cpu.push_back(cpuMilliseconds() - cpuBefore);
            bytes = QFileInfo(path).size();
        }
        report(document.label, times, cpu, bytes);
    }
    return 0;
}
