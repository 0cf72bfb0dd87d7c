// Finding the feeds a web page advertises, on small pages with one quirk each.
#include "feeddiscovery.h"
#include "testdata.h"

#include <QElapsedTimer>
#include <QTest>

class TestFeedDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidates_data();
    void candidates();
    void typesAndTitles();
    void hostileInputIsBounded_data();
    void hostileInputIsBounded();
};

void TestFeedDiscovery::candidates_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QUrl>("pageUrl");
    QTest::addColumn<QStringList>("expected");

    const QUrl page(QStringLiteral("https://news.example.com/law/firms/index.html"));
    QTest::newRow("rss then atom, document order")
        << QStringLiteral("discovery_rss_then_atom.html") << page
        << QStringList{QStringLiteral("https://courts.example.org/opinions.rss"),
                       QStringLiteral("https://courts.example.org/opinions.atom")};
    QTest::newRow("rel tokens in any order and case")
        << QStringLiteral("discovery_rel_tokens_any_order_and_case.html") << page
        << QStringList{QStringLiteral("https://news.example.com/a.xml"),
                       QStringLiteral("https://news.example.com/b.xml")};
    QTest::newRow("relative hrefs resolved")
        << QStringLiteral("discovery_relative_href.html") << page
        << QStringList{QStringLiteral("https://news.example.com/law/firms/feed.xml"),
                       QStringLiteral("https://news.example.com/law/rulings/feed.xml?page=1&size=20"),
                       QStringLiteral("https://cdn.example.net/feed.xml")};
    QTest::newRow("first base href counts for the whole page")
        << QStringLiteral("discovery_base_href.html") << page
        << QStringList{QStringLiteral("https://mirror.example.com/bar/sub/early.xml"),
                       QStringLiteral("https://mirror.example.com/bar/sub/late.atom")};
    QTest::newRow("json feed types") << QStringLiteral("discovery_json_feed_types.html") << page
                                     << QStringList{QStringLiteral("https://news.example.com/feed.json"),
                                                    QStringLiteral("https://news.example.com/legacy.json")};
    QTest::newRow("page without feed links")
        << QStringLiteral("discovery_no_feed.html") << page << QStringList{};
    QTest::newRow("comments, scripts, styles and attribute text ignored")
        << QStringLiteral("discovery_comment_and_script_ignored.html") << page
        << QStringList{QStringLiteral("https://news.example.com/real.xml")};
    QTest::newRow("unquoted and single-quoted attributes")
        << QStringLiteral("discovery_unquoted_and_single_quoted.html") << page
        << QStringList{QStringLiteral("https://news.example.com/unquoted.xml"),
                       QStringLiteral("https://news.example.com/single.atom")};
    QTest::newRow("duplicates once, non-http schemes dropped")
        << QStringLiteral("discovery_duplicates_and_bad_schemes.html") << page
        << QStringList{QStringLiteral("https://news.example.com/feed.xml"),
                       QStringLiteral("https://news.example.com/second.atom")};
    QTest::newRow("page cut off inside a tag keeps what came before")
        << QStringLiteral("discovery_cut_off_mid_tag.html")
        << QUrl(QStringLiteral("http://blog.example.com/"))
        << QStringList{QStringLiteral("http://blog.example.com/first.xml")};
}

void TestFeedDiscovery::candidates()
{
    QFETCH(QString, fixture);
    QFETCH(QUrl, pageUrl);
    QFETCH(QStringList, expected);

    const QByteArray html = TestData::read(QStringLiteral("net/") + fixture);
    QVERIFY(!html.isEmpty());
    QStringList found;
    for (const FeedDiscovery::Candidate &candidate : FeedDiscovery::candidates(html, pageUrl))
        found.append(candidate.url.toString());
    QCOMPARE(found, expected);
}

void TestFeedDiscovery::typesAndTitles()
{
    const QUrl page(QStringLiteral("https://news.example.com/"));
    const auto rss =
        FeedDiscovery::candidates(TestData::read(QStringLiteral("net/discovery_rss_then_atom.html")), page);
    QCOMPARE(rss.size(), 2);
    QCOMPARE(rss.at(0).type, QStringLiteral("application/rss+xml"));
    QCOMPARE(rss.at(0).title, QStringLiteral("Opinions (RSS)"));
    QCOMPARE(rss.at(1).type, QStringLiteral("application/atom+xml"));

    const auto quoted = FeedDiscovery::candidates(
        TestData::read(QStringLiteral("net/discovery_unquoted_and_single_quoted.html")), page);
    QCOMPARE(quoted.size(), 2);
    QCOMPARE(quoted.at(1).title, QStringLiteral("Rulings & Orders"));

    const auto mixed = FeedDiscovery::candidates(
        TestData::read(QStringLiteral("net/discovery_rel_tokens_any_order_and_case.html")), page);
    QCOMPARE(mixed.size(), 2);
    QCOMPARE(mixed.at(0).type, QStringLiteral("application/rss+xml"));
    QCOMPARE(mixed.at(1).type, QStringLiteral("application/atom+xml")); // parameters dropped
}

void TestFeedDiscovery::hostileInputIsBounded_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<int>("expectedCount");

    const QByteArray link = "<link rel=alternate type=application/rss+xml href=/x>";
    QTest::newRow("endless open angles") << QByteArray(8 * 1024 * 1024, '<') << 0;
    QTest::newRow("endless unterminated attribute")
        << QByteArray("<link href=\"") + QByteArray(8 * 1024 * 1024, 'a') << 0;
    QTest::newRow("endless comment opener") << QByteArray("<!--").repeated(2 * 1024 * 1024) << 0;
    QTest::newRow("the same link a hundred thousand times") << link.repeated(100000) << 1;
    QTest::newRow("link beyond the scanned prefix")
        << QByteArray(FeedDiscovery::maxScannedBytes, ' ') + link << 0;
}

void TestFeedDiscovery::hostileInputIsBounded()
{
    QFETCH(QByteArray, html);
    QFETCH(int, expectedCount);

    QElapsedTimer timer;
    timer.start();
    const auto found = FeedDiscovery::candidates(html, QUrl(QStringLiteral("https://x.example/")));
    QCOMPARE(found.size(), expectedCount);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestFeedDiscovery)
#include "tst_feeddiscovery.moc"
