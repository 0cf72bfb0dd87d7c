// FeedSource: which feed addresses Docket can read, and the one URL each file is subscribed under.
#include "feedsource.h"
#include "testdata.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QUrl>

class TestFeedSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAFeedFile_data();
    void readsAFeedFile();
    void refuses_data();
    void refuses();
};

namespace {

const QString fixture = QStringLiteral("cli/juriscraper--opinions-ca10_example.xml");

} // namespace

void TestFeedSource::readsAFeedFile_data()
{
    // How to spell the fixture's location, given its absolute path.
    QTest::addColumn<QString>("spelling");
    QTest::newRow("absolute path") << QStringLiteral("path");
    QTest::newRow("file URL") << QStringLiteral("url");
    QTest::newRow("path with dot segments") << QStringLiteral("dotted");
    QTest::newRow("path relative to the working folder") << QStringLiteral("relative");
}

void TestFeedSource::readsAFeedFile()
{
    QFETCH(QString, spelling);
    const QString path = QDir::cleanPath(TestData::path(fixture));
    const QFileInfo info(path);
    QString location = path;
    if (spelling == u"url")
        location = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    else if (spelling == u"dotted")
        location = info.absolutePath() + QStringLiteral("/../cli/./") + info.fileName();
    const QString before = QDir::currentPath();
    if (spelling == u"relative") {
        QVERIFY(QDir::setCurrent(info.absolutePath()));
        location = info.fileName();
    }
    const Result<FeedSource> source = FeedSource::read(location);
    QDir::setCurrent(before);
    QVERIFY2(source.ok(), source.ok() ? "" : qPrintable(source.error().message));
    QCOMPARE(source->url, QUrl::fromLocalFile(path));
    QCOMPARE(source->shownName, location);
    QCOMPARE(source->bytes, TestData::read(fixture));
}

void TestFeedSource::refuses_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("messageHas");
    QTest::newRow("web address") << QStringLiteral("https://www.jurist.org/feed/")
                                 << QStringLiteral("fetching from the web comes with the poller");
    QTest::newRow("plain http") << QStringLiteral("HTTP://www.ca10.uscourts.gov/opinions.rss")
                                << QStringLiteral("fetching from the web comes with the poller");
    QTest::newRow("standard input") << QStringLiteral("-") << QStringLiteral("not standard input");
    QTest::newRow("file URL on another host")
        << QStringLiteral("file://server/feeds/ca10.xml") << QStringLiteral("not a local file address");
    QTest::newRow("other scheme") << QStringLiteral("ftp://example.org/feed.xml")
                                  << QStringLiteral("Docket cannot read ftp: addresses");
    QTest::newRow("missing file") << QStringLiteral("/nonexistent/docket/feed.xml")
                                  << QStringLiteral("no such file");
    QTest::newRow("a folder") << QStringLiteral("data:cli") << QStringLiteral("is a folder, not a file");
}

void TestFeedSource::refuses()
{
    QFETCH(QString, location);
    QFETCH(QString, messageHas);
    if (location.startsWith(u"data:"))
        location = TestData::path(location.mid(5));
    const Result<FeedSource> source = FeedSource::read(location);
    QVERIFY(!source.ok());
    QVERIFY2(source.error().message.contains(messageHas), qPrintable(source.error().message));
}

QTEST_MAIN(TestFeedSource)
#include "tst_feedsource.moc"
