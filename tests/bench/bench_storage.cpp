// Storage benchmark on a generated database (run on demand, not by CTest):
// 100,000 threads over 200 feeds inserted in poll-sized batches, the first
// page of 50 (all feeds, one feed), searches, expiring half, bytes per thread.
//   bench_storage [--threads N] [--runs N] [--group N] [--keep]
// (--group: polls stored per transaction, as a refresh of many feeds could)
// Aims: >= 20,000 threads/s, a page <= 2 ms, a search <= 20 ms, expiring
// 50,000 <= 1 s (medians).
#include "database.h"
#include "feedstore.h"
#include "threadexpiry.h"
#include "threadstore.h"
#include "transaction.h"

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

// Text with the word frequencies of prose (Zipf's law: the word of rank r
// is used in proportion to 1/r), over 20,000 words, so a search for a word of
// middling rank matches a few percent of threads as in real news.
class Words
{
public:
    static constexpr int vocabulary = 20000;

    Words()
    {
        const char *top[] = {"the",     "court",   "of",       "and",       "appeal",
                             "to",      "ruling",  "judge",    "motion",    "filed",
                             "counsel", "statute", "contract", "plaintiff", "defendant",
                             "opinion", "circuit", "district", "order",     "hearing"};
        for (const char *word : top)
            m_words.append(QString::fromLatin1(word));
        for (int i = int(m_words.size()); i < vocabulary; ++i)
            m_words.append(QStringLiteral("term%1").arg(i));
        double sum = 0;
        for (int rank = 1; rank <= vocabulary; ++rank) {
            sum += 1.0 / rank;
            m_cumulative.push_back(sum);
        }
    }

    // The word of this rank (1 = the most used).
    QString word(int rank) const { return m_words.at(rank - 1); }

    QString sentence(QRandomGenerator &random, int words) const
    {
        QStringList out;
        for (int i = 0; i < words; ++i) {
            const double pick = random.generateDouble() * m_cumulative.back();
            const auto at = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), pick);
            out.append(m_words.at(int(at - m_cumulative.begin())));
        }
        return out.join(u' ');
    }

private:
    QStringList m_words;
    std::vector<double> m_cumulative;
};

// Median wall and processor milliseconds of runs of work: the machine may
// be shared, and processor time is what the work itself costs.
struct Timing
{
    double wall = 0;
    double cpu = 0;

    QString text() const
    {
        return QStringLiteral("%1 ms (%2 ms processor)").arg(wall, 0, 'f', 2).arg(cpu, 0, 'f', 2);
    }
};

Timing timeMedians(int runs, const std::function<void()> &work)
{
    std::vector<double> walls;
    std::vector<double> cpus;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        work();
        cpus.push_back(double(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
        walls.push_back(timer.nsecsElapsed() / 1e6);
    }
    return Timing{median(walls), median(cpus)};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("threads in all"),
                                           QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("repeats of each timing"),
                                        QStringLiteral("n"), QStringLiteral("21"));
    const QCommandLineOption groupOption(QStringLiteral("group"),
                                         QStringLiteral("polls stored per transaction"), QStringLiteral("n"),
                                         QStringLiteral("1"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("keep the database folder"));
    parser.addOptions({threadsOption, runsOption, groupOption, keepOption});
    parser.addHelpOption();
    parser.process(app);
    const int total = qMax(feedCount * batchSize, parser.value(threadsOption).toInt());
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int groupSize = qMax(1, parser.value(groupOption).toInt());

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
    std::unique_ptr<Transaction> group;
    int inGroup = 0;
    for (const auto &[feedId, feed] : batches) {
        // Optionally several polls share one transaction, as a refresh of
        // many feeds could.
        if (groupSize > 1 && !group)
            group = std::make_unique<Transaction>(*db);
        QElapsedTimer batchTimer;
        batchTimer.start();
        const Result<UpsertReport> stored = threads.store(feedId, feed, start);
        if (group && ++inGroup == groupSize) {
            if (!group->commit())
                return 1;
            group.reset();
            inGroup = 0;
        }
        if (!stored) {
            out() << stored.error().message << Qt::endl;
            return 1;
        }
        inserted += stored->inserted;
        batchRates.push_back(stored->inserted / (batchTimer.nsecsElapsed() / 1e9));
    }
    if (group && !group->commit())
        return 1;
    group.reset();
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
    out() << "first page of 50, all feeds: "
          << timeMedians(runs, [&] { (void)threads.list(all, now); }).text() << Qt::endl;
    ThreadFilter oneFeed = all;
    oneFeed.feedId = feedIds[feedCount / 2];
    out() << "first page of 50, one feed: "
          << timeMedians(runs, [&] { (void)threads.list(oneFeed, now); }).text() << Qt::endl;
    ThreadFilter deeper = all;
    for (int page = 0; page < 100; ++page)
        deeper.after = threads.list(deeper, now).value().next;
    out() << "page 101 of 50, all feeds: "
          << timeMedians(runs, [&] { (void)threads.list(deeper, now); }).text() << Qt::endl;
    ThreadFilter unread = all;
    unread.unreadOnly = true;
    out() << "first page of 50 unread: " << timeMedians(runs, [&] { (void)threads.list(unread, now); }).text()
          << Qt::endl;
    out() << "feed list with counts (" << feedCount
          << " feeds): " << timeMedians(runs, [&] { (void)feeds.list(); }).text() << Qt::endl;

    // Words by rank: 300 is in about 5% of threads, 3000 in about 0.5%.
    const QStringList queries{
        words.word(300),
        words.word(3000),
        words.word(100) + u' ' + words.word(200),
        u'"' + words.word(2) + u' ' + words.word(5) + u'"',
        QStringLiteral("title:") + words.word(1500).chopped(2) + u'*',
        words.word(300) + QStringLiteral(" -") + words.word(50),
        QStringLiteral("NEAR(%1 %2, 5)").arg(words.word(60), words.word(70)),
        words.word(4), // the worst case: a word nearly every thread has
    };
    for (const QString &query : queries) {
        for (ThreadFilter::Order order : {ThreadFilter::Order::Newest, ThreadFilter::Order::BestMatch}) {
            ThreadFilter search = all;
            search.search = query;
            search.order = order;
            const qint64 matches = threads.count(search).value();
            out() << QStringLiteral("search %1 (%2 matches), %3 first: ")
                         .arg(query)
                         .arg(matches)
                         .arg(order == ThreadFilter::Order::Newest ? QStringLiteral("newest")
                                                                   : QStringLiteral("best match"))
                  << timeMedians(runs, [&] { (void)threads.list(search, now); }).text() << Qt::endl;
        }
    }

    db.reset(); // folds the log into the file
    const qint64 size = QFileInfo(path).size();
    out() << QStringLiteral("file size: %1 MB, %2 bytes per thread")
                 .arg(size / 1e6, 0, 'f', 1)
                 .arg(size / qMax<qint64>(1, inserted))
          << Qt::endl;

    // Expiry deletes, so each run works on its own copy of the database.
    const int expiryRuns = qMin(runs, 3);
    std::vector<double> deleteWall, deleteCpu, purgeWall, purgeCpu;
    qint64 expired = 0;
    for (int i = 0; i < expiryRuns; ++i) {
        const QString copy = dir.filePath(QStringLiteral("expire%1.sqlite").arg(i));
        QFile::copy(path, copy);
        std::unique_ptr<Database> copyDb = std::move(Database::open(copy)).value();
        ThreadExpiry expiry(*copyDb);
        ExpiryOptions options;
        options.now = now.addSecs(10 * day);
        options.purgeSearchIndex = false;
        QElapsedTimer timer;
        timer.start();
        std::clock_t cpu = std::clock();
        const Result<ExpiryReport> report = expiry.run(options);
        deleteCpu.push_back(double(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
        deleteWall.push_back(timer.nsecsElapsed() / 1e6);
        if (!report) {
            out() << report.error().message << Qt::endl;
            return 1;
        }
        expired = report->deleted;
        timer.restart();
        cpu = std::clock();
        (void)expiry.purgeSearchIndex();
        (void)copyDb->reclaimFreePages();
        purgeCpu.push_back(double(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
        purgeWall.push_back(timer.nsecsElapsed() / 1e6);
        copyDb.reset();
        QFile::remove(copy);
    }
    out() << QStringLiteral(
                 "expiring %1 threads (deleted, tombstoned, space reclaimed): %2 ms (%3 ms processor)")
                 .arg(expired)
                 .arg(median(deleteWall), 0, 'f', 1)
                 .arg(median(deleteCpu), 0, 'f', 1)
          << Qt::endl;
    out() << QStringLiteral("then purging their search rows: %1 ms (%2 ms processor)")
                 .arg(median(purgeWall), 0, 'f', 1)
                 .arg(median(purgeCpu), 0, 'f', 1)
          << Qt::endl;
    return 0;
}
