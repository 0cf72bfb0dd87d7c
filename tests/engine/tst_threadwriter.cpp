// ThreadWriter: writes on its own thread and connection, answered by signals, while the caller reads.
#include "database.h"
#include "feedstore.h"
#include "folderstore.h"
#include "settingsstore.h"
#include "testdata.h"
#include "threadstore.h"
#include "threadwriter.h"

#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestThreadWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addsAFeedFile_data();
    void addsAFeedFile();
    void refusesWhatItCannotRead_data();
    void refusesWhatItCannotRead();
    void marksReadAndKeptOffTheCallingThread();
    void finishesQueuedWritesWhenDestroyed();
    void expiresPastRetention_data();
    void expiresPastRetention();
    void changesAFeed_data();
    void changesAFeed();
    void refusesAFeedChange_data();
    void refusesAFeedChange();
    void removesAFeedWithKeptThreads();
    void savesSettingsThenExpires();
    void importsAListInMemory();

private:
    qint64 onlyFeed() const;
    // Subscribes through writer to a feed of threads posted today; its id, 0 on failure.
    qint64 addTodayFeed(ThreadWriter &writer, int threads);
    std::optional<FeedRecord> feedRecord(qint64 id) const;
    QList<qint64> threadIds() const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_reader;
};

void TestThreadWriter::init()
{
    QVERIFY(m_dir.isValid());
    m_path =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    Result<std::unique_ptr<Database>> opened = Database::open(m_path);
    QVERIFY(opened.ok());
    m_reader = std::move(opened).value();
}

void TestThreadWriter::cleanup()
{
    m_reader.reset();
}

qint64 TestThreadWriter::onlyFeed() const
{
    const Result<QList<FeedRecord>> feeds = FeedStore(*m_reader).list();
    return feeds && feeds->size() == 1 ? feeds->first().id : 0;
}

QList<qint64> TestThreadWriter::threadIds() const
{
    ThreadFilter filter;
    filter.limit = 1000;
    const Result<ThreadPage> page = ThreadStore(*m_reader).list(filter, QDateTime::currentDateTimeUtc());
    QList<qint64> ids;
    if (page) {
        for (const ThreadRecord &thread : page->threads)
            ids.append(thread.id);
    }
    return ids;
}

void TestThreadWriter::addsAFeedFile_data()
{
    QTest::addColumn<bool>("asUrl");
    QTest::newRow("path") << false;
    QTest::newRow("file url") << true;
}

void TestThreadWriter::addsAFeedFile()
{
    QFETCH(bool, asUrl);
    const QString path = TestData::path(QStringLiteral("ui/juriscraper--opinions-ca10_example.xml"));
    ThreadWriter writer(m_path);
    QSignalSpy changed(&writer, &ThreadWriter::feedsChanged);
    QSignalSpy failed(&writer, &ThreadWriter::failed);
    writer.addFeedFile(asUrl ? QUrl::fromLocalFile(path).toString() : path);
    QVERIFY(changed.wait(10000));
    QCOMPARE(failed.size(), 0);
    const qint64 feed = onlyFeed();
    QVERIFY(feed > 0);
    const Result<std::optional<FeedRecord>> record = FeedStore(*m_reader).feed(feed);
    QVERIFY(record && record.value());
    QCOMPARE(record.value()->url, QUrl::fromLocalFile(path));
    QVERIFY(changed.first().first().toString().contains(record.value()->title));
    // The same file again, by the other spelling, is refused as `docket add` refuses it.
    writer.addFeedFile(asUrl ? path : QUrl::fromLocalFile(path).toString());
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(u"already subscribed"),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(onlyFeed(), feed);
}

void TestThreadWriter::refusesWhatItCannotRead_data()
{
    QTest::addColumn<QString>("location");
    QTest::newRow("missing file") << QStringLiteral("/nonexistent/docket/feed.xml");
    QTest::newRow("web address") << QStringLiteral("https://www.jurist.org/feed/");
    QTest::newRow("not a feed") << QStringLiteral("temp:notes.txt");
}

void TestThreadWriter::refusesWhatItCannotRead()
{
    QFETCH(QString, location);
    if (location.startsWith(u"temp:")) {
        location = m_dir.filePath(location.mid(5));
        QFile file(location);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Notes for the hearing, not a feed.\n");
    }
    ThreadWriter writer(m_path);
    QSignalSpy failed(&writer, &ThreadWriter::failed);
    writer.addFeedFile(location);
    QVERIFY(failed.wait(10000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(onlyFeed(), 0);
}

void TestThreadWriter::marksReadAndKeptOffTheCallingThread()
{
    ThreadWriter writer(m_path);
    QSignalSpy changed(&writer, &ThreadWriter::feedsChanged);
    // Posted today, so the retention rule keeps it.
    const QString feedPath = m_dir.filePath(QStringLiteral("today.xml"));
    QFile file(feedPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("<rss version=\"2.0\"><channel><title>Today</title><item><guid>today-1</guid>"
                              "<title>Order entered</title><pubDate>%1</pubDate></item></channel></rss>")
                   .arg(QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                              QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")))
                   .toUtf8());
    file.close();
    writer.addFeedFile(feedPath);
    QVERIFY(changed.wait(10000));
    const QList<qint64> ids = threadIds();
    QCOMPARE(ids.size(), 1);
    QSignalSpy read(&writer, &ThreadWriter::readChanged);
    QSignalSpy kept(&writer, &ThreadWriter::keptChanged);
    writer.setRead({ids.first()}, true);
    writer.setKept({ids.first()}, true);
    QVERIFY(kept.wait(10000));
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().at(0).value<QList<qint64>>(), QList<qint64>{ids.first()});
    const Result<std::optional<ThreadRecord>> thread =
        ThreadStore(*m_reader).thread(ids.first(), QDateTime::currentDateTimeUtc());
    QVERIFY(thread && thread.value());
    QVERIFY(thread.value()->read);
    QVERIFY(thread.value()->kept);
}

void TestThreadWriter::finishesQueuedWritesWhenDestroyed()
{
    {
        ThreadWriter writer(m_path);
        writer.addFeedFile(TestData::path(QStringLiteral("ui/netnewswire--natasha.xml")));
    }
    QVERIFY(onlyFeed() > 0);
}

void TestThreadWriter::expiresPastRetention_data()
{
    QTest::addColumn<bool>("keepOld");
    QTest::addColumn<int>("deleted");
    QTest::addColumn<int>("remaining");
    QTest::newRow("an old thread goes") << false << 1 << 1;
    QTest::newRow("a kept old thread stays") << true << 0 << 2;
}

void TestThreadWriter::expiresPastRetention()
{
    QFETCH(bool, keepOld);
    QFETCH(int, deleted);
    QFETCH(int, remaining);

    // Posted 10 days and 1 day ago: both within the default 21 days when added.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto pubDate = [](const QDateTime &at) {
        return QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    };
    const QString feedPath = m_dir.filePath(QStringLiteral("aging.xml"));
    QFile file(feedPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("<rss version=\"2.0\"><channel><title>Aging</title>"
                              "<item><guid>old</guid><title>Old order</title><pubDate>%1</pubDate></item>"
                              "<item><guid>new</guid><title>New order</title><pubDate>%2</pubDate></item>"
                              "</channel></rss>")
                   .arg(pubDate(now.addDays(-10)), pubDate(now.addDays(-1)))
                   .toUtf8());
    file.close();

    ThreadWriter writer(m_path);
    QSignalSpy changed(&writer, &ThreadWriter::feedsChanged);
    writer.addFeedFile(feedPath);
    QVERIFY(changed.wait(10000));
    QCOMPARE(threadIds().size(), 2);
    // threadIds() lists newest first: the old thread is the last.
    if (keepOld) {
        QSignalSpy kept(&writer, &ThreadWriter::keptChanged);
        writer.setKept({threadIds().last()}, true);
        QVERIFY(kept.wait(10000));
    }
    QVERIFY(SettingsStore(*m_reader).setRetentionDays(5).ok());

    QSignalSpy expired(&writer, &ThreadWriter::expired);
    writer.expire();
    QVERIFY(expired.wait(10000));
    QCOMPARE(expired.first().first().toLongLong(), qint64(deleted));
    QCOMPARE(threadIds().size(), remaining);
}

qint64 TestThreadWriter::addTodayFeed(ThreadWriter &writer, int threads)
{
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(-60),
                                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    QString items;
    for (int i = 0; i < threads; ++i)
        items +=
            QStringLiteral("<item><guid>today-%1</guid><title>Order %1</title><pubDate>%2</pubDate></item>")
                .arg(i)
                .arg(date);
    const QString feedPath = m_dir.filePath(QStringLiteral("today-%1.xml").arg(threads));
    QFile file(feedPath);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    file.write(QStringLiteral("<rss version=\"2.0\"><channel><title>Today</title>%1</channel></rss>")
                   .arg(items)
                   .toUtf8());
    file.close();
    QSignalSpy changed(&writer, &ThreadWriter::feedsChanged);
    writer.addFeedFile(feedPath);
    if (!changed.wait(10000))
        return 0;
    return onlyFeed();
}

std::optional<FeedRecord> TestThreadWriter::feedRecord(qint64 id) const
{
    const Result<std::optional<FeedRecord>> found = FeedStore(*m_reader).feed(id);
    return found ? found.value() : std::nullopt;
}

void TestThreadWriter::changesAFeed_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("retention"); // 0: the global one
    QTest::addColumn<int>("poll");      // 0: the global one
    QTest::addColumn<QString>("summary");
    QTest::newRow("rename") << QStringLiteral("rename") << QStringLiteral("Tenth Circuit opinions")
                            << QString() << 0 << 0 << QStringLiteral("Renamed");
    QTest::newRow("move into a new folder") << QStringLiteral("move") << QStringLiteral("Today")
                                            << QStringLiteral("Courts") << 0 << 0 << QStringLiteral("Moved");
    QTest::newRow("move into a subfolder")
        << QStringLiteral("move") << QStringLiteral("Today") << QStringLiteral("Courts/Appeals") << 0 << 0
        << QStringLiteral("Moved");
    QTest::newRow("own retention") << QStringLiteral("retention") << QStringLiteral("Today") << QString()
                                   << 90 << 0 << QStringLiteral("90 day");
    QTest::newRow("own poll interval") << QStringLiteral("poll") << QStringLiteral("Today") << QString() << 0
                                       << 120 << QStringLiteral("120 minute");
    QTest::newRow("every property at once")
        << QStringLiteral("properties") << QStringLiteral("Ninth Circuit") << QStringLiteral("Courts") << 7
        << 15 << QStringLiteral("Saved the properties");
}

void TestThreadWriter::changesAFeed()
{
    QFETCH(QString, change);
    QFETCH(QString, title);
    QFETCH(QString, folder);
    QFETCH(int, retention);
    QFETCH(int, poll);
    QFETCH(QString, summary);
    ThreadWriter writer(m_path);
    const qint64 feed = addTodayFeed(writer, 1);
    QVERIFY(feed > 0);
    auto optional = [](int value) { return value > 0 ? std::optional<int>(value) : std::nullopt; };
    QSignalSpy changed(&writer, &ThreadWriter::feedsChanged);
    QSignalSpy failed(&writer, &ThreadWriter::failed);
    if (change == u"rename")
        writer.renameFeed(feed, title);
    else if (change == u"move")
        writer.moveFeed(feed, folder);
    else if (change == u"retention")
        writer.setFeedRetention(feed, optional(retention));
    else if (change == u"poll")
        writer.setFeedPollInterval(feed, optional(poll));
    else
        writer.updateFeed(feed, {title, folder, optional(retention), optional(poll), true});
    QVERIFY(changed.wait(10000));
    QCOMPARE(failed.size(), 0);
    QVERIFY2(changed.first().first().toString().contains(summary),
             qPrintable(changed.first().first().toString()));
    const std::optional<FeedRecord> record = feedRecord(feed);
    QVERIFY(record);
    QCOMPARE(record->title, title);
    QCOMPARE(record->folder(), folder);
    QCOMPARE(record->retentionDays, optional(retention));
    QCOMPARE(record->pollIntervalMinutes, optional(poll));
    QCOMPARE(record->threads, 1);
    if (change == u"properties") // the full-article setting goes with the others
        QCOMPARE(FeedStore(*m_reader).capture(feed).value(), std::optional<std::optional<bool>>(true));
}

void TestThreadWriter::refusesAFeedChange_data()
{
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty title") << true << QStringLiteral("   ") << QStringLiteral("needs a title");
    QTest::newRow("feed gone") << false << QStringLiteral("Anything")
                               << QStringLiteral("no longer subscribed");
}

void TestThreadWriter::refusesAFeedChange()
{
    QFETCH(bool, known);
    QFETCH(QString, title);
    QFETCH(QString, message);
    ThreadWriter writer(m_path);
    const qint64 feed = addTodayFeed(writer, 1);
    QVERIFY(feed > 0);
    QSignalSpy changed(&writer, &ThreadWriter::feedsChanged);
    QSignalSpy failed(&writer, &ThreadWriter::failed);
    writer.updateFeed(known ? feed : feed + 100, {title, QStringLiteral("Courts"), 3, 3, {}});
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(message),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(changed.size(), 0);
    // All or nothing: not even the folder was made.
    const std::optional<FeedRecord> record = feedRecord(feed);
    QVERIFY(record);
    QCOMPARE(record->title, QStringLiteral("Today"));
    QCOMPARE(record->folder(), QString());
    QCOMPARE(record->retentionDays, std::optional<int>());
    QVERIFY(FolderStore(*m_reader).list().value().isEmpty());
}

void TestThreadWriter::removesAFeedWithKeptThreads()
{
    ThreadWriter writer(m_path);
    const qint64 feed = addTodayFeed(writer, 3);
    QVERIFY(feed > 0);
    QCOMPARE(threadIds().size(), 3);
    QSignalSpy kept(&writer, &ThreadWriter::keptChanged);
    writer.setKept({threadIds().first()}, true);
    QVERIFY(kept.wait(10000));
    QSignalSpy changed(&writer, &ThreadWriter::feedsChanged);
    writer.removeFeed(feed);
    QVERIFY(changed.wait(10000));
    QVERIFY2(changed.first().first().toString().contains(u"3 thread(s) deleted"),
             qPrintable(changed.first().first().toString()));
    QCOMPARE(onlyFeed(), 0);
    QVERIFY(threadIds().isEmpty());
}

void TestThreadWriter::savesSettingsThenExpires()
{
    // One thread ten days old: within 21 days, past 5.
    const QString feedPath = m_dir.filePath(QStringLiteral("ten-days.xml"));
    QFile file(feedPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("<rss version=\"2.0\"><channel><title>Aging</title><item><guid>old</guid>"
                              "<title>Old order</title><pubDate>%1</pubDate></item></channel></rss>")
                   .arg(QLocale::c().toString(QDateTime::currentDateTimeUtc().addDays(-10),
                                              QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")))
                   .toUtf8());
    file.close();
    ThreadWriter writer(m_path);
    QSignalSpy changed(&writer, &ThreadWriter::feedsChanged);
    writer.addFeedFile(feedPath);
    QVERIFY(changed.wait(10000));
    QCOMPARE(threadIds().size(), 1);

    QSignalSpy saved(&writer, &ThreadWriter::settingsSaved);
    writer.saveSettings({5, 90, QStringLiteral("socks5://proxy.example:1080")});
    QVERIFY(saved.wait(10000));
    QTRY_COMPARE(changed.size(), 2);
    QVERIFY2(changed.last().first().toString().contains(u"1 thread"),
             qPrintable(changed.last().first().toString()));
    const SettingsStore settings(*m_reader);
    QCOMPARE(settings.retentionDays().value(), 5);
    QCOMPARE(settings.pollIntervalMinutes().value(), 90);
    QCOMPARE(settings.proxy().value(), QStringLiteral("socks5://proxy.example:1080"));
    QVERIFY(threadIds().isEmpty());

    // A value the store refuses changes nothing: one transaction.
    QSignalSpy failed(&writer, &ThreadWriter::failed);
    writer.saveSettings({30, 0, QStringLiteral("none")});
    QVERIFY(failed.wait(10000));
    QCOMPARE(settings.retentionDays().value(), 5);
    QCOMPARE(settings.proxy().value(), QStringLiteral("socks5://proxy.example:1080"));
}

void TestThreadWriter::importsAListInMemory()
{
    ThreadWriter writer(m_path);
    QSignalSpy changed(&writer, &ThreadWriter::feedsChanged);
    QSignalSpy failed(&writer, &ThreadWriter::failed);
    writer.importOpmlData("<opml version=\"2.0\"><body><outline text=\"Courts\">"
                          "<outline text=\"Opinions\" xmlUrl=\"https://court.example/opinions.xml\"/>"
                          "</outline></body></opml>",
                          QStringLiteral("the starter feeds"));
    QVERIFY(changed.wait(10000));
    const std::optional<FeedRecord> record = feedRecord(onlyFeed());
    QVERIFY(record);
    QCOMPARE(record->folder(), QStringLiteral("Courts"));
    writer.importOpmlData("<opml><body><outline", QStringLiteral("the starter feeds"));
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(u"the starter feeds"));
}

QTEST_MAIN(TestThreadWriter)
#include "tst_threadwriter.moc"
