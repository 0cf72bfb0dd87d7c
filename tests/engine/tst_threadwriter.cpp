// ThreadWriter: writes on its own thread and connection, answered by signals, while the caller reads.
#include "database.h"
#include "feedstore.h"
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

private:
    qint64 onlyFeed() const;
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

QTEST_MAIN(TestThreadWriter)
#include "tst_threadwriter.moc"
