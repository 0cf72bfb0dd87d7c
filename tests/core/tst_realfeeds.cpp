// Every real captured feed in tests/data/feeds, read the way Docket reads a
// download: through FeedParser::parse, with the answers written down by hand.
#include "feedparser.h"
#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>

class TestRealFeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFileHasARow();
    void parses_data();
    void parses();
    void knownTitles_data();
    void knownTitles();
};

namespace {

QString feedFile(const QString &name)
{
    return QStringLiteral("feeds/") + name;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

struct Expected
{
    const char *file;
    FeedFormat format;
    const char *version;
    int items;
    const char *title;
    // The newest date written anywhere in the file (feed or item, read by
    // hand): the file was captured no earlier. Empty when it has no dates.
    const char *captured;
    int warnings;
};

// Item counts were checked against each file (and agree with Python's
// feedparser where it reads the format). ca1 is not well-formed: text "\n"
// after </rss> on line 188 breaks it after all 21 items, which Docket keeps,
// with one warning.
const Expected expectations[] = {
    {"feed-rs--atom_mediarss_reddit_1.xml", FeedFormat::Atom, "1.0", 25, "newest submissions : homelab",
     "2023-07-23T17:57:55Z", 0},
    {"feed-rs--jsonfeed_elastic_1.1.json", FeedFormat::JsonFeed, "1.1", 3, "Blog \u2013 InfluxData",
     "2019-05-31T19:17:58Z", 0},
    {"feed-rs--rss_2.0_bbc.xml", FeedFormat::Rss, "2.0", 1, "In Our Time", "2021-02-25T10:15:00Z", 0},
    {"feed-rs--rss_2.0_spiegel.xml", FeedFormat::Rss, "2.0", 1, "SPIEGEL Update \u2013 Die Nachrichten",
     "2021-02-06T23:01:00Z", 0},
    {"juriscraper--opinions-ca10_example.xml", FeedFormat::Rss, "2.0", 4, "Tenth Circuit Daily Decisions",
     "2025-08-26T16:20:02Z", 0},
    {"juriscraper--opinions-cafc_example.xml", FeedFormat::Rss, "2.0", 100,
     "Opinion-Order \u2013 U.S. Court of Appeals for the Federal Circuit", "2022-01-21T16:00:05Z", 0},
    {"juriscraper--oral_args-ca1_example.xml", FeedFormat::Rss, "2.0", 21, "First Circuit Oral Arguments",
     "2022-09-16T16:00:00Z", 1},
    {"juriscraper--oral_args-ca8_example.xml", FeedFormat::Rss, "2.0", 29,
     "Oral Arguments from the Eighth Circuit U.S. Court of Appeals", "2015-07-23T20:10:01Z", 0},
    {"juriscraper--pacer-cadc.xml", FeedFormat::Rss, "2.0", 13,
     "United States Court of Appeals for District of Columbia Circuit - Recent Entries",
     "2023-02-03T18:01:59Z", 0},
    {"juriscraper--pacer-nysb_1.xml", FeedFormat::Rss, "2.0", 162,
     "Southern District of New York - Recent Entries", "2018-04-19T18:22:08Z", 0},
    {"juriscraper--pacer-sdny_1.xml", FeedFormat::Rss, "2.0", 358,
     "Southern District of New York - Recent Entries", "2018-04-18T00:15:28Z", 0},
    {"netnewswire--3960.json", FeedFormat::JsonFeed, "1.1", 20, "fbo\u00ebs - Der Blog | Startseite",
     "2020-02-21T17:08:06Z", 0},
    {"netnewswire--4fsodonline.atom", FeedFormat::Atom, "1.0", 25, "4 Fighting Serpents of Death",
     "2014-10-05T08:28:05Z", 0},
    {"netnewswire--DaringFireball.atom", FeedFormat::Atom, "1.0", 48, "Daring Fireball",
     "2017-06-27T00:54:20Z", 0},
    {"netnewswire--DaringFireball.json", FeedFormat::JsonFeed, "1.0", 48, "Daring Fireball",
     "2017-06-27T00:54:20Z", 0},
    {"netnewswire--DaringFireball.rss", FeedFormat::Atom, "1.0", 47, "Daring Fireball",
     "2016-02-28T21:06:52Z", 0},
    {"netnewswire--aktuality.rss", FeedFormat::Rss, "2.0", 30, "Aktuality.sk - aktu\u00e1lne spravodajstvo",
     "2021-01-17T22:46:22Z", 0},
    {"netnewswire--allthis.atom", FeedFormat::Rss, "2.0", 12, "And now it\u2019s all this",
     "2017-11-23T21:08:29Z", 0},
    {"netnewswire--atp.rss", FeedFormat::Rss, "2.0", 100, "Accidental Tech Podcast", "2019-01-31T16:58:12Z",
     0},
    {"netnewswire--authors.json", FeedFormat::JsonFeed, "1.1", 4, "Author test feed", "", 0},
    {"netnewswire--bio.rdf", FeedFormat::Rdf, "1.0", 30, "bioRxiv Subject Collection: Plant Biology",
     "2019-08-27T00:00:00Z", 0},
    {"netnewswire--cloudblog.rss", FeedFormat::Rss, "2.0", 20, "Cloud Blog", "2019-09-03T18:00:00Z", 0},
    {"netnewswire--curt.json", FeedFormat::JsonFeed, "1.0", 26, "curtclifton.net", "2018-01-06T08:00:00Z", 0},
    {"netnewswire--dcrainmaker.xml", FeedFormat::Rss, "2.0", 8, "DC Rainmaker", "2017-11-11T14:35:39Z", 0},
    {"netnewswire--expertopinionent.atom", FeedFormat::Atom, "1.0", 43, "ENT expert opinion",
     "2017-04-07T01:50:50Z", 0},
    {"netnewswire--inessential.json", FeedFormat::JsonFeed, "1.0", 20, "inessential.com",
     "2017-06-03T05:05:47Z", 0},
    // Dates like "2020/1/10 14:33:00": year, month, day, no zone.
    {"netnewswire--kc0011.rss", FeedFormat::Rss, "2.0", 20,
     "\u6295\u8d44\u8d44\u8baf\u7f51\u4ea4\u6613\u5728\u7ebf--"
     "\u6d41\u901a\u7eaa\u5ff5\u5e01\u6700\u65b020\u7bc7"
     "\u8bba\u575b\u4e3b\u9898-\u5168\u6587",
     "2020-01-10T14:33:00Z", 0},
    {"netnewswire--livemint.xml", FeedFormat::Rss, "2.0", 25, "Livemint - News", "2019-05-29T10:16:00Z", 0},
    {"netnewswire--macworld.rss", FeedFormat::Rss, "2.0", 30, "Macworld", "2017-11-29T05:19:26Z", 0},
    {"netnewswire--manton.rss", FeedFormat::Rss, "2.0", 10, "Manton Reece", "2015-09-25T14:26:40Z", 0},
    {"netnewswire--medscape.rss", FeedFormat::Rss, "2.0", 20, "Medscape Family Medicine Headlines",
     "2025-11-06T03:21:32Z", 0},
    {"netnewswire--natasha.xml", FeedFormat::Rss, "2.0", 10, "Natasha The Robot", "2017-07-07T11:06:10Z", 0},
    {"netnewswire--phpxml.rss", FeedFormat::Rss, "2.0", 20, "www.fcutrecht.net voetbalnieuws",
     "2021-09-07T00:47:57Z", 0},
    {"netnewswire--pxlnv.json", FeedFormat::JsonFeed, "1.0", 20, "Pixel Envy", "2018-02-13T23:51:35Z", 0},
    {"netnewswire--qemu.atom", FeedFormat::Atom, "1.0", 10, "QEMU", "2025-10-08T23:46:50Z", 0},
    {"netnewswire--rose.json", FeedFormat::JsonFeed, "1.0", 84, "Rosemary Orchard", "2018-08-24T12:55:45Z",
     0},
    {"netnewswire--russcox.atom", FeedFormat::Atom, "1.0", 19, "research!rsc", "2019-03-01T16:02:00Z", 0},
    {"netnewswire--scriptingNews.rss", FeedFormat::Rss, "2.0", 50, "Scripting News", "2017-06-26T19:41:48Z",
     0},
    {"netnewswire--theomnishow.rss", FeedFormat::Rss, "2.0", 4, "The Omni Show", "2017-12-06T14:00:00Z", 0},
    {"netnewswire--yakubin.atom", FeedFormat::Atom, "1.0", 12, "yakubin\u2019s notes", "2025-02-20T00:00:00Z",
     0},
};

// Why a parse failed, for a test's message; empty when it did not.
QString failureOf(const Result<FeedParser::Parsed> &parsed)
{
    return parsed.ok() ? QString() : parsed.error().toString();
}

bool absoluteOrEmpty(const QUrl &url)
{
    return url.isEmpty() || (url.isValid() && !url.isRelative());
}

} // namespace

// A file added to the folder without an expectation would go untested.
void TestRealFeeds::everyFileHasARow()
{
    QStringList files = QDir(TestData::path(QStringLiteral("feeds"))).entryList(QDir::Files, QDir::Name);
    files.removeAll(QStringLiteral("README.md"));
    QStringList rows;
    for (const Expected &expected : expectations)
        rows.append(QString::fromUtf8(expected.file));
    rows.sort();
    QCOMPARE(rows, files);
}

void TestRealFeeds::parses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<FeedFormat>("format");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDateTime>("captured");
    QTest::addColumn<int>("warnings");

    for (const Expected &e : expectations) {
        QTest::newRow(e.file) << QString::fromUtf8(e.file) << e.format << QString::fromUtf8(e.version)
                              << e.items << QString::fromUtf8(e.title) << utc(e.captured) << e.warnings;
    }
}

void TestRealFeeds::parses()
{
    QFETCH(QString, file);
    QFETCH(FeedFormat, format);
    QFETCH(QString, version);
    QFETCH(int, items);
    QFETCH(QString, title);
    QFETCH(QDateTime, captured);
    QFETCH(int, warnings);

    const QByteArray bytes = TestData::read(feedFile(file));
    QVERIFY(!bytes.isEmpty());
    QElapsedTimer timer;
    timer.start();
    const Result<FeedParser::Parsed> parsed = FeedParser::parse(bytes);
    QVERIFY2(timer.elapsed() < 10000, "parsing took longer than ten seconds");
    QVERIFY2(parsed.ok(), qPrintable(failureOf(parsed)));
    const Feed &feed = parsed->feed;

    QCOMPARE(feedFormatName(feed.format), feedFormatName(format));
    QCOMPARE(feed.version, version);
    QCOMPARE(feed.title, title);
    QCOMPARE(feed.items.size(), items);
    QVERIFY2(absoluteOrEmpty(feed.link), qPrintable(feed.link.toString()));
    QVERIFY2(absoluteOrEmpty(feed.image), qPrintable(feed.image.toString()));

    QStringList warningTexts;
    for (const Diagnostic &warning : parsed->warnings)
        warningTexts.append(warning.toString());
    QVERIFY2(parsed->warnings.size() == warnings, qPrintable(warningTexts.join(u'\n')));

    const QDateTime latest = captured.isValid() ? captured.addDays(1) : QDateTime();
    QSet<QString> ids;
    for (qsizetype i = 0; i < feed.items.size(); ++i) {
        const Item &item = feed.items.at(i);
        const QByteArray where = QByteArray("item ") + QByteArray::number(i) + ": ";
        QVERIFY2(!item.title.isEmpty(), where + "no title");
        QVERIFY2(!item.id.isEmpty(), where + "no id");
        QVERIFY2(!ids.contains(item.id), where + "id already used: " + item.id.toUtf8());
        ids.insert(item.id);
        QVERIFY2(absoluteOrEmpty(item.link), where + item.link.toEncoded());
        for (const Enclosure &enclosure : item.enclosures)
            QVERIFY2(!enclosure.url.isEmpty() && absoluteOrEmpty(enclosure.url),
                     where + enclosure.url.toEncoded());
        if (item.published.isValid() && latest.isValid()) {
            QVERIFY2(item.published <= latest, where + "published " +
                                                   item.published.toString(Qt::ISODate).toUtf8() +
                                                   " is after the capture");
        }
    }
}

void TestRealFeeds::knownTitles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("title");

    QTest::newRow("gb2312: first item")
        << QStringLiteral("netnewswire--kc0011.rss") << 0
        << QStringLiteral("\u5efa\u56fd35\u5468\u5e74\u7eaa\u5ff5\uff0c\u534e\u8868"
                          "\uff0c\u548c\u5e73\u9e3d");
    QTest::newRow("gb2312: last item")
        << QStringLiteral("netnewswire--kc0011.rss") << 19 << QStringLiteral("\u4e16\u535a\u4e94\u5377");
    QTest::newRow("WordPress entity in an RSS title")
        << QStringLiteral("juriscraper--opinions-cafc_example.xml") << 0
        << QStringLiteral("20-1046: KYOCERA SENCO INDUS. TOOLS INC v. ITC [OPINION], Precedential");
    QTest::newRow("Slovak diacritics")
        << QStringLiteral("netnewswire--aktuality.rss") << 0
        << QStringLiteral("Analytici Goldman Sachs zv\u00fd\u0161ili odhad rastu "
                          "ekonomiky USA");
    QTest::newRow("last item before the break") << QStringLiteral("juriscraper--oral_args-ca1_example.xml")
                                                << 20 << QStringLiteral("Case: 21-1704, US v Wright");
    QTest::newRow("PACER title with trailing spaces")
        << QStringLiteral("juriscraper--pacer-sdny_1.xml") << 0
        << QStringLiteral("1:18-cv-03365 Chau v. Donovan et al");
    QTest::newRow("German podcast") << QStringLiteral("feed-rs--rss_2.0_spiegel.xml") << 0
                                    << QStringLiteral(
                                           "07.02. \u2013 die Wochenvorschau: Lockdown-Verl\u00e4ngerung, "
                                           "Kriegsverbrecher vor Gericht, Super Bowl, Karneval");
    QTest::newRow("JSON Feed title") << QStringLiteral("feed-rs--jsonfeed_elastic_1.1.json") << 0
                                     << QStringLiteral("InfluxDB vs. Graphite for Time Series Data & Metrics "
                                                       "Benchmark");
}

void TestRealFeeds::knownTitles()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, title);

    const Result<FeedParser::Parsed> parsed = FeedParser::parse(TestData::read(feedFile(file)));
    QVERIFY2(parsed.ok(), qPrintable(failureOf(parsed)));
    QVERIFY(index < parsed->feed.items.size());
    QCOMPARE(parsed->feed.items.at(index).title, title);
}

QTEST_GUILESS_MAIN(TestRealFeeds)
#include "tst_realfeeds.moc"
