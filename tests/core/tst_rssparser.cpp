// RssParser: the RSS 0.9x, 1.0 and 2.0 rules, field by field, on minimal per-quirk documents.
#include "feedfield.h"
#include "rssparser.h"
#include "testdata.h"
#include "xmlcursor.h"
#include "xmlrepair.h"

#include <QElapsedTimer>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestRssParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data();
    void fields();
    void keepsItemsReadBeforeABreak();
    void stopsAtTheDepthLimit();
};

namespace {

// The parser alone, as the facade runs it, without the facade's completion
// (fallback titles and ids, links resolved against the channel link).
Feed parseRss(const QByteArray &bytes, int maxDepth = 256)
{
    const QString text = XmlRepair::repair(QString::fromUtf8(bytes));
    QXmlStreamReader reader(text);
    Feed feed;
    if (!reader.readNextStartElement())
        return feed;
    XmlCursor cursor(reader, maxDepth);
    RssParser(cursor).parse(feed);
    return feed;
}

} // namespace

void TestRssParser::fields_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("item");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char *fixture, int item, const char *field,
                        const QString &expected) {
        QTest::newRow(name) << QString::fromLatin1(fixture) << item << QString::fromLatin1(field) << expected;
    };
    const char *guid = "rss2_guid_ispermalink_false.xml";
    row("guid isPermaLink=false is no link", guid, 0, "link", u""_s);
    row("guid isPermaLink=false is the id", guid, 0, "id", u"https://court.example.gov/internal/7731"_s);
    row("guid permalink by default is the link", guid, 1, "link",
        u"https://court.example.gov/opinions/24-1001"_s);
    row("link wins over a permalink guid", guid, 2, "link",
        u"https://court.example.gov/opinions/24-1002.html"_s);
    row("permalink guid that is no URL is no link", guid, 3, "link", u""_s);
    row("permalink guid that is no URL is the id", guid, 3, "id", u"tag:court.example.gov,2024:1003"_s);
    row("isPermaLink in capitals, guid trimmed", guid, 4, "link",
        u"http://court.example.gov/opinions/24-1004"_s);
    row("guid id is trimmed", guid, 4, "id", u"http://court.example.gov/opinions/24-1004"_s);

    const char *netscape = "rss091_netscape_doctype.xml";
    row("0.91 title with HTML entities", netscape, -1, "title", u"Cour d'appel \u00E9dition 0.91"_s);
    row("0.91 description with HTML entities", netscape, -1, "description",
        u"D\u00E9cisions r\u00E9centes \u00A9 la cour"_s);
    row("0.91 image", netscape, -1, "image", u"http://cour.example.fr/logo.gif"_s);
    row("0.91 language", netscape, -1, "language", u"fr"_s);
    row("0.91 item title", netscape, 0, "title", u"Arr\u00EAt n\u00B0 12345"_s);
    row("0.91 summary keeps nbsp", netscape, 0, "summary",
        u"La cour \u00AB\u00A0casse\u00A0\u00BB l\u2019arr\u00EAt."_s);

    const char *rdf = "rdf_dublin_core.xml";
    row("rdf items beside the channel", rdf, -1, "items", u"2"_s);
    row("rdf dc:language", rdf, -1, "language", u"en-GB"_s);
    row("rdf dc:date as feed updated", rdf, -1, "updated", u"2024-03-01T08:00:00Z"_s);
    row("rdf sy:updatePeriod and frequency", rdf, -1, "ttl", u"720"_s);
    row("rdf image beside the channel", rdf, -1, "image", u"https://journal.example.org/logo.png"_s);
    row("rdf description decoded once", rdf, -1, "description", u"Articles & notes"_s);
    row("rdf dc:creators joined", rdf, 0, "author", u"A. Scholar, B. Student"_s);
    row("rdf dc:date as published", rdf, 0, "published", u"2024-02-28T17:30:00Z"_s);
    row("rdf dcterms:modified as updated", rdf, 0, "updated", u"2024-02-29T08:00:00Z"_s);
    row("rdf dc:subject as categories", rdf, 0, "categories", u"Civil procedure | Standing"_s);
    row("rdf description as summary", rdf, 0, "summary", u"Who may sue."_s);
    row("rdf content:encoded as content", rdf, 0, "content", u"<p>Who <em>may</em> sue.</p>"_s);
    row("rdf item link", rdf, 0, "link", u"https://journal.example.org/a/1"_s);
    row("rdf dc:creator with address", rdf, 1, "author", u"Jane Doe"_s);
    row("rdf only modified leaves published to the facade", rdf, 1, "published", u""_s);
    row("rss 0.90 items", "rdf_090.xml", -1, "items", u"2"_s);
    row("rss 0.90 item title", "rdf_090.xml", 1, "title", u"Second filing"_s);

    const char *entities = "rss_html_entities_in_xml.xml";
    row("entities in channel title", entities, -1, "title", u"Caf\u00E9 Law \u2014 News"_s);
    row("entities in channel link", entities, -1, "link", u"https://entities.example.com/?a=1&b=2"_s);
    row("entities in channel description", entities, -1, "description", u"Tom & Jerry\u2026"_s);
    row("entities in item title", entities, 0, "title", u"\u201CFair use\u201D \u2013 ruling"_s);
    row("entity in item link", entities, 0, "link", u"https://entities.example.com/fair-use?x=%C3%A9"_s);
    row("entities in summary decoded once", entities, 0, "summary", u"<p>Caf\u00E9\u00A0& bar</p>"_s);
    row("entities in category", entities, 0, "categories", u"Droit d\u2019auteur"_s);

    const char *doubled = "rss_double_escaped_title.xml";
    row("double-escaped channel title", doubled, -1, "title", u"AT&T Legal"_s);
    row("double-escaped item title", doubled, 0, "title", u"AT&T v. FCC"_s);
    row("escaped markup in title", doubled, 1, "title", u"Bold move by O\u2019Brien"_s);
    row("escaped entity in CDATA title", doubled, 2, "title", u"Smith & Wesson"_s);

    const char *bare = "rss_bare_ampersand.xml";
    row("bare ampersand in channel title", bare, -1, "title", u"Smith & Jones LLP"_s);
    row("bare ampersands in channel link", bare, -1, "link", u"https://bare.example.com/?feed=rss&lang=en"_s);
    row("bare ampersands in item title", bare, 0, "title", u"M&A update & more"_s);
    row("bare ampersand in item link", bare, 0, "link", u"https://bare.example.com/post?id=1&ref=rss"_s);
    row("bare ampersands around CDATA", bare, 0, "summary", u"Q&A: <b>bold</b> & safe & done"_s);
    row("ampersand in enclosure url", bare, 0, "enclosures",
        u"https://bare.example.com/a.mp3?x=1&y=2 audio/mpeg 12"_s);

    const char *authors = "rss_author_formats.xml";
    row("author address (name)", authors, 0, "author", u"Jane Doe"_s);
    row("author name <address>", authors, 1, "author", u"Jane Doe"_s);
    row("author name (address)", authors, 2, "author", u"Jane Doe"_s);
    row("author address only", authors, 3, "author", u"john@example.com"_s);
    row("author name element", authors, 4, "author", u"Ann Editor"_s);
    row("dc:creators as fallback", authors, 5, "author", u"First Clerk, Second Clerk"_s);
    row("itunes:author as fallback", authors, 6, "author", u"Podcast Host"_s);
    row("author wins over dc:creator", authors, 7, "author", u"Kim Lee"_s);
    row("empty dc:creator", authors, 8, "author", u""_s);

    const char *media = "rss_enclosures_media.xml";
    row("enclosure first, media not repeated, thumbnail ignored", media, 0, "enclosures",
        u"https://files.example.com/argument.mp3 audio/mpeg 1234 | https://files.example.com/slides.pdf application/pdf -1"_s);
    row("odd lengths, media:group, both media namespaces, atom enclosure", media, 1, "enclosures",
        u"https://files.example.com/a.mp3 audio/mpeg -1 | https://files.example.com/b.mp3  -1 | "
        "https://files.example.com/atom.pdf application/pdf 77 | https://files.example.com/hi.mp4 video/mp4 "
        "2048 | "
        "https://files.example.com/lo.mp4 video/mp4 -1 | https://files.example.com/other-namespace.ogg audio/ogg -1"_s);
    row("relative enclosure under xml:base, negative length", media, 2, "enclosures",
        u"https://cdn.example.com/2024/opinion.pdf application/pdf -1"_s);

    const char *dates = "rss_dates_and_ttl.xml";
    row("lastBuildDate wins for the feed", dates, -1, "updated", u"2024-01-02T09:30:00Z"_s);
    row("ttl wins over sy:updatePeriod", dates, -1, "ttl", u"30"_s);
    row("pubDate in UTC", dates, 0, "published", u"2024-01-03T17:00:00Z"_s);
    row("dc:date as published", dates, 1, "published", u"2024-01-04T08:00:00Z"_s);
    row("pubDate wins over dc:date", dates, 2, "published", u"2024-01-05T08:00:00Z"_s);
    row("unreadable date is none", dates, 3, "published", u""_s);
    row("atom:updated as updated", dates, 4, "updated", u"2024-01-06T09:00:00Z"_s);

    const char *fallbacks = "rss_channel_fallbacks.xml";
    row("dc:title as title", fallbacks, -1, "title", u"Dublin Core title"_s);
    row("atom alternate link, not self", fallbacks, -1, "link", u"https://fallbacks.example.com/"_s);
    row("itunes:image as image", fallbacks, -1, "image", u"https://fallbacks.example.com/cover.jpg"_s);
    row("xml:lang of the root as language", fallbacks, -1, "language", u"de-AT"_s);
    row("weekly, 7 times", fallbacks, -1, "ttl", u"1440"_s);
    row("atom:updated as feed updated", fallbacks, -1, "updated", u"2024-03-04T05:06:07Z"_s);
    row("dc:title as item title", fallbacks, 1, "title", u"Dublin Core item title"_s);

    const char *links = "rss_link_variants.xml";
    row("link trimmed", links, 0, "link", u"https://links.example.com/spaced"_s);
    row("link href without namespace", links, 1, "link", u"https://links.example.com/href"_s);
    row("atom alternate link", links, 2, "link", u"https://links.example.com/atom"_s);
    row("relative link under channel base", links, 3, "link",
        u"https://links.example.com/news/2024/story.html"_s);
    row("relative link under item base", links, 4, "link", u"https://links.example.com/archive/old.html"_s);
    row("link wins over guid", links, 5, "link", u"https://links.example.com/link"_s);
    row("unreadable link is no link", links, 6, "link", u""_s);

    const char *markup = "rss_markup_in_description.xml";
    row("unescaped markup kept as html", markup, 0, "summary", u"<p>Hello <b>world</b> &amp; co<br></p>"_s);
    row("content:encoded", markup, 0, "content", u"<p>Full <i>text</i> &amp; more</p>"_s);
    row("escaped markup decoded once and trimmed", markup, 1, "summary",
        u"<p>Escaped &amp; decoded once</p>"_s);
    row("itunes:summary as summary", markup, 2, "summary", u"Episode notes"_s);

    const char *ca1 = "juriscraper--oral_args-ca1_example.xml";
    row("ca1 all items before the junk", ca1, -1, "items", u"21"_s);
    row("ca1 guid not a permalink, link is the mp3", ca1, 0, "link",
        u"https://www.ca1.uscourts.gov/sites/ca1/files/oralargs/21-1948_20220916.mp3"_s);
    row("ca1 ISO-like date without zone", ca1, 0, "published", u"2022-09-16T16:00:00Z"_s);
    row("ca1 escaped html description", ca1, 0, "summary", u"<strong>[Argued: 09-16-2022 ]</strong>"_s);
    row("ca10 dc:creator", "juriscraper--opinions-ca10_example.xml", 0, "author",
        u"United States District Court for the District of New Mexico - Las Cruces"_s);
    row("macworld white space before root", "netnewswire--macworld.rss", -1, "items", u"30"_s);
    row("cafc WordPress numeric entity in title", "juriscraper--opinions-cafc_example.xml", -1, "title",
        u"Opinion-Order \u2013 U.S. Court of Appeals for the Federal Circuit"_s);
    row("cafc empty CDATA creators give no author", "juriscraper--opinions-cafc_example.xml", 0, "author",
        u""_s);
    row("bioRxiv rdf items", "netnewswire--bio.rdf", -1, "items", u"30"_s);
}

void TestRssParser::fields()
{
    QFETCH(QString, fixture);
    QFETCH(int, item);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    const QByteArray bytes = TestData::read(u"xml/"_s + fixture);
    QVERIFY2(!bytes.isEmpty(), qPrintable(fixture));
    QCOMPARE(FeedField::of(parseRss(bytes), item, field), expected);
}

void TestRssParser::keepsItemsReadBeforeABreak()
{
    const Feed feed = parseRss(TestData::read(u"xml/broken_after_two_items.xml"_s));
    QCOMPARE(feed.title, u"Broken feed"_s);
    QCOMPARE(feed.items.size(), 2); // the third is cut off in its middle and not kept
    QCOMPARE(feed.items.at(1).title, u"Second"_s);
}

void TestRssParser::stopsAtTheDepthLimit()
{
    const int levels = 100000;
    QByteArray bytes =
        "<rss version=\"2.0\"><channel><title>Deep</title><item><title>Kept</title></item><item>";
    bytes +=
        QByteArray("<x>").repeated(levels) + QByteArray("</x>").repeated(levels) + "</item></channel></rss>";
    QElapsedTimer timer;
    timer.start();
    const Feed feed = parseRss(bytes, 64);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items.at(0).title, u"Kept"_s);
}

QTEST_APPLESS_MAIN(TestRssParser)
#include "tst_rssparser.moc"
