// Storage benchmark on a generated database (run on demand, not by CTest):
// 100,000 threads over 200 feeds inserted in poll-sized batches, the first
// page of 50 (all feeds, one feed), searches, expiring half, bytes per thread.
//   bench_storage [--threads N] [--runs N] [--keep]
// Aims: >= 20,000 threads/s, a page <= 2 ms, a search <= 20 ms, expiring
// 50,000 <= 1 s (medians).
#include "database.h"
#include "feedstore.h"
#include "threadexpiry.h"
#include "threadstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace {

constexpr int feedCount = 200;
constexpr int batchSize = 50; // items in one poll of one feed
constexpr qint64 day = 24 * 60 * 60;

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

// Milliseconds each run of work took, median of runs.
double timeMedian(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

// Legal-news-like text: a vocabulary of common and rare words.
class Words
{
public:
    Words()
    {
        const char *common[] = {"court",      "appeal",   "ruling",   "judge",     "motion",     "filed",
                                "counsel",    "statute",  "contract", "plaintiff", "defendant",  "opinion",
                                "circuit",    "district", "order",    "hearing",   "claim",      "damages",
                                "injunction", "evidence", "jury",     "verdict",   "settlement", "regulation",
                                "agency",     "review",   "brief",    "standing",  "tax",        "patent"};
        for (const char *word : common)
            m_words.append(QString::fromLatin1(word));
        for (int i = 0; i < 5000; ++i)
            m_words.append(QStringLiteral("term%1").arg(i));
    }

    QString sentence(QRandomGenerator &random, int words) const
    {
        QStringList out;
        for (int i = 0; i < words; ++i) {
            // Common words most of the time, like real prose.
            const bool common = random.bounded(3) != 0;
            out.append(
                m_words.at(common ? random.bounded(30) : 30 + random.bounded(int(m_words.size()) - 30)));
        }
        return out.join(u' ');
    }

private:
    QStringList m_words;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("threads in all"),
                                           QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("repeats of each timing"),
                                        QStringLiteral("n"), QStringLiteral("21"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("keep the database folder"));
    parser.addOptions({threadsOption, runsOption, keepOption});
    parser.addHelpOption();
    parser.process(app);
    const int total = qMax(feedCount * batchSize, parser.value(threadsOption).toInt());
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    if (parser.isSet(keepOption)) {
        dir.setAutoRemove(false);
        out() << "database folder: " << dir.path() << Qt::endl;
    }
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        out() << opened.error().message << Qt::endl;
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    FeedStore feeds(*db);
    ThreadStore threads(*db);
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-03-01T12:00:00Z"), Qt::ISODate);
    std::vector<qint64> feedIds;
    for (int i = 0; i < feedCount; ++i) {
        const QUrl url(QStringLiteral("https://feed%1.example/rss").arg(i));
        feedIds.push_back(
            feeds.add(NewFeed{url, QStringLiteral("Feed %1").arg(i), QUrl(), std::nullopt}, start)->id);
    }

    // Generate every batch first, so only storing is timed.
    QRandomGenerator random(20260301);
    const Words words;
    const int perFeed = total / feedCount;
    std::vector<std::pair<qint64, Feed>> batches;
    for (int round = 0; round * batchSize < perFeed; ++round) {
        for (int f = 0; f < feedCount; ++f) {
            Feed feed;
            for (int i = 0; i < batchSize && round * batchSize + i < perFeed; ++i) {
                const int n = round * batchSize + i;
                Item item;
                item.id = QStringLiteral("https://feed%1.example/item/%2").arg(f).arg(n);
                item.link = QUrl(item.id);
                item.title = words.sentence(random, 8);
                item.author = QStringLiteral("Reporter %1").arg(random.bounded(50));
                item.summary = QStringLiteral("<p>%1</p>").arg(words.sentence(random, 30));
                item.content = QStringLiteral("<p>%1</p><p>%2</p>")
                                   .arg(words.sentence(random, 60), words.sentence(random, 60));
                // Spread over the last 20 days, so half are past 21 days ten days later.
                item.published = start.addSecs(-random.bounded(20 * day));
                item.categories = {QStringLiteral("Category %1").arg(random.bounded(10))};
                feed.items.append(item);
            }
            batches.emplace_back(feedIds[f], feed);
        }
    }

    QElapsedTimer insertTimer;
    insertTimer.start();
    const std::clock_t insertCpu = std::clock();
    std::vector<double> batchRates;
    qint64 inserted = 0;
    for (const auto &[feedId, feed] : batches) {
        QElapsedTimer batchTimer;
        batchTimer.start();
        const Result<UpsertReport> stored = threads.store(feedId, feed, start);
        if (!stored) {
            out() << stored.error().message << Qt::endl;
            return 1;
        }
        inserted += stored->inserted;
        batchRates.push_back(stored->inserted / (batchTimer.nsecsElapsed() / 1e9));
    }
    const double insertSeconds = insertTimer.nsecsElapsed() / 1e9;
    const double insertCpuSeconds = double(std::clock() - insertCpu) / CLOCKS_PER_SEC;
    out() << QStringLiteral(
                 "inserted %1 threads in %2 batches of %3: %4 threads/s overall, %5 threads/s median batch, "
                 "%6 threads per CPU second")
                 .arg(inserted)
                 .arg(batches.size())
                 .arg(batchSize)
                 .arg(qRound(inserted / insertSeconds))
                 .arg(qRound(median(batchRates)))
                 .arg(qRound(inserted / insertCpuSeconds))
          << Qt::endl;

    const QDateTime now = start;
    ThreadFilter all;
    all.limit = 50;
    out() << QStringLiteral("first page of 50, all feeds: %1 ms")
                 .arg(timeMedian(runs, [&] { (void)threads.list(all, now); }), 0, 'f', 3)
          << Qt::endl;
    ThreadFilter oneFeed = all;
    oneFeed.feedId = feedIds[feedCount / 2];
    out() << QStringLiteral("first page of 50, one feed: %1 ms")
                 .arg(timeMedian(runs, [&] { (void)threads.list(oneFeed, now); }), 0, 'f', 3)
          << Qt::endl;
    ThreadPage page = threads.list(all, now).value();
    ThreadFilter deeper = all;
    deeper.after = page.next;
    out() << QStringLiteral("second page of 50, all feeds: %1 ms")
                 .arg(timeMedian(runs, [&] { (void)threads.list(deeper, now); }), 0, 'f', 3)
          << Qt::endl;
    out() << QStringLiteral("feed list with counts (%1 feeds): %2 ms")
                 .arg(feedCount)
                 .arg(timeMedian(runs, [&] { (void)feeds.list(); }), 0, 'f', 3)
          << Qt::endl;

    const QStringList queries{QStringLiteral("term42"), QStringLiteral("injunction appeal"),
                              QStringLiteral("\"court ruling\""), QStringLiteral("title:term7*"),
                              QStringLiteral("patent -jury")};
    for (const QString &query : queries) {
        for (ThreadFilter::Order order : {ThreadFilter::Order::Newest, ThreadFilter::Order::BestMatch}) {
            ThreadFilter search = all;
            search.search = query;
            search.order = order;
            const qint64 matches = threads.count(search).value();
            out() << QStringLiteral("search %1 (%2 matches), %3 first, page of 50: %4 ms")
                         .arg(query)
                         .arg(matches)
                         .arg(order == ThreadFilter::Order::Newest ? QStringLiteral("newest")
                                                                   : QStringLiteral("best match"))
                         .arg(timeMedian(runs, [&] { (void)threads.list(search, now); }), 0, 'f', 3)
                  << Qt::endl;
        }
    }

    const qint64 size = db->fileSize() + QFileInfo(path + QStringLiteral("-wal")).size();
    out() << QStringLiteral("file size: %1 MB, %2 bytes per thread")
                 .arg(size / 1e6, 0, 'f', 1)
                 .arg(size / qMax<qint64>(1, inserted))
          << Qt::endl;

    // Expiry deletes, so each run works on its own copy of the database.
    db.reset();
    const int expiryRuns = qMin(runs, 3);
    std::vector<double> expiryTimes;
    qint64 expired = 0;
    for (int i = 0; i < expiryRuns; ++i) {
        const QString copy = dir.filePath(QStringLiteral("expire%1.sqlite").arg(i));
        QFile::copy(path, copy);
        std::unique_ptr<Database> copyDb = std::move(Database::open(copy)).value();
        QElapsedTimer timer;
        timer.start();
        ExpiryOptions options;
        options.now = now.addSecs(10 * day);
        const Result<ExpiryReport> report = ThreadExpiry(*copyDb).run(options);
        expiryTimes.push_back(timer.nsecsElapsed() / 1e6);
        if (!report) {
            out() << report.error().message << Qt::endl;
            return 1;
        }
        expired = report->deleted;
    }
    out() << QStringLiteral("expiring %1 threads: %2 ms").arg(expired).arg(median(expiryTimes), 0, 'f', 1)
          << Qt::endl;
    return 0;
}
