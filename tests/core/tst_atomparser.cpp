// AtomParser: the Atom 1.0 and 0.3 rules, field by field, on minimal per-quirk documents.
#include "atomparser.h"
#include "feedfield.h"
#include "testdata.h"
#include "xmlcursor.h"
#include "xmlrepair.h"

#include <QElapsedTimer>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestAtomParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data();
    void fields();
    void stopsAtTheDepthLimitInsideContent();
};

namespace {

// The parser alone, as the facade runs it, without the facade's completion
// (fallback titles and ids, links resolved against the feed's link).
Feed parseAtom(const QByteArray &bytes, int maxDepth = 256)
{
    const QString text = XmlRepair::repair(QString::fromUtf8(bytes));
    QXmlStreamReader reader(text);
    Feed feed;
    if (!reader.readNextStartElement())
        return feed;
    const QString ns = reader.namespaceUri().toString();
    XmlCursor cursor(reader, maxDepth);
    AtomParser(cursor, ns).parse(feed);
    return feed;
}

} // namespace

void TestAtomParser::fields_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("item");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char *fixture, int item, const char *field,
                        const QString &expected) {
        QTest::newRow(name) << QString::fromLatin1(fixture) << item << QString::fromLatin1(field) << expected;
    };

    const char *old = "atom03.xml";
    row("0.3 title", old, -1, "title", u"Old Atom Docket"_s);
    row("0.3 escaped html tagline as description", old, -1, "description", u"Filings <daily>"_s);
    row("0.3 alternate link", old, -1, "link", u"http://atom03.example.com/"_s);
    row("0.3 modified as feed updated", old, -1, "updated", u"2004-05-01T12:00:00Z"_s);
    row("0.3 xml:lang", old, -1, "language", u"en-US"_s);
    row("0.3 issued as published", old, 0, "published", u"2004-04-30T14:00:00Z"_s);
    row("0.3 modified as updated", old, 0, "updated", u"2004-04-30T15:00:00Z"_s);
    row("0.3 text/plain summary escaped", old, 0, "summary", u"Plain summary &lt;not a tag&gt;"_s);
    row("0.3 escaped html content", old, 0, "content", u"<p>Order <b>granted</b>.</p>"_s);
    row("0.3 feed author for the entry", old, 0, "author", u"Clerk of Court"_s);
    row("0.3 id", old, 0, "id", u"tag:atom03.example.com,2004:1"_s);
    row("0.3 base64 title", old, 1, "title", u"Base 64 title"_s);
    row("0.3 created as published", old, 1, "published", u"2004-04-28T10:00:00Z"_s);
    row("0.3 inline xhtml content", old, 1, "content", u"<p>Inline <i>xhtml</i></p>"_s);
    row("0.3 entry author", old, 1, "author", u"Judge Roe"_s);
    row("0.3 only modified leaves published to the facade", old, 2, "published", u""_s);
    row("0.3 only modified", old, 2, "updated", u"2004-04-27T10:00:00Z"_s);

    const char *xhtml = "atom_xhtml_content.xml";
    row("xhtml feed title as text", xhtml, -1, "title", u"The XHTML & Docket"_s);
    row("link without rel is alternate", xhtml, -1, "link", u"https://xhtml.example.com/"_s);
    row("xhtml title in a prefixed div", xhtml, 0, "title", u"Ruling on motion"_s);
    row("xhtml summary: div dropped, text escaped", xhtml, 0, "summary", u"A &lt;short&gt; summary"_s);
    row("xhtml content serialised", xhtml, 0, "content",
        u"<p class=\"lead\">The court <a href=\"/cases/1\" title=\"Case &quot;1&quot;\">held</a> that "
        u"a&amp;b.<br>"
        "Next line<img src=\"seal.png\" alt=\"\"></p><p></p>"_s);

    const char *bases = "atom_xml_base_nested.xml";
    row("feed link against the feed base", bases, -1, "link", u"https://base.example.com/blog/"_s);
    row("logo against the feed base, before icon", bases, -1, "image",
        u"https://base.example.com/blog/images/logo.png"_s);
    row("entry base relative to the feed base", bases, 0, "link",
        u"https://base.example.com/blog/posts/2024/first.html"_s);
    row("enclosure against the entry base", bases, 0, "enclosures",
        u"https://base.example.com/blog/files/opinion.pdf application/pdf 1024"_s);
    row("link base relative to an absolute entry base", bases, 1, "link",
        u"https://other.example.org/root/sub/page.html"_s);
    row("absolute path against the feed base", bases, 2, "link", u"https://base.example.com/absolute-path"_s);
    row("absolute link ignores bases", bases, 3, "link", u"http://elsewhere.example.net/x"_s);

    const char *doubled = "atom_double_escaped_title.xml";
    row("text feed title decoded once more", doubled, -1, "title", u"AT&T Legal"_s);
    row("text title decoded once more, no markup removed", doubled, 0, "title", u"AT&T v. FCC <b>"_s);
    row("text summary escaped into html", doubled, 0, "summary",
        u"Text with &lt;tags&gt; &amp; ampersands"_s);
    row("html title loses markup", doubled, 1, "title", u"AT&T v. FCC"_s);
    row("html content as sent", doubled, 1, "content", u"<p>Fine &amp; dandy</p>"_s);

    const char *people = "atom_authors_and_links.xml";
    row("html alternate wins over json", people, -1, "link", u"https://people.example.com/"_s);
    row("icon when there is no logo", people, -1, "image", u"https://people.example.com/icon.png"_s);
    row("several authors joined, email when no name", people, 0, "author", u"Ann, bob@example.com"_s);
    row("text/html alternate wins over pdf", people, 0, "link", u"https://people.example.com/0"_s);
    row("enclosure links, IANA relation URI", people, 0, "enclosures",
        u"https://people.example.com/0.mp3 audio/mpeg 4096 | https://people.example.com/0.m4a audio/mp4 -1"_s);
    row("category label, else term, no repeats", people, 0, "categories", u"Civil Procedure | appeals"_s);
    row("entry without author takes the feed's", people, 1, "author", u"Feed Author, Second Feed Author"_s);
    row("published with offset", people, 1, "published", u"2024-01-31T08:00:00Z"_s);
    row("author from source", people, 2, "author", u"Original Writer"_s);
    row("dc:creator before the feed's authors", people, 3, "author", u"DC Writer"_s);
    row("media:description as summary", people, 4, "summary", u"Oral argument &lt;full&gt; recording"_s);
    row("media:content in a group", people, 4, "enclosures",
        u"https://people.example.com/4.mp4 video/mp4 -1"_s);
    row("content src as link", people, 5, "link", u"https://people.example.com/5.pdf"_s);
    row("no title left to the facade", people, 6, "title", u""_s);
    row("double-escaped author name", people, 6, "author", u"AT&T Press"_s);

    const char *fireball = "netnewswire--DaringFireball.rss";
    row("Atom in a file named .rss", fireball, -1, "items", u"47"_s);
    row("Daring Fireball feed link", fireball, -1, "link", u"http://daringfireball.net/"_s);
    row("Daring Fireball feed author", fireball, 0, "author", u"John Gruber"_s);
    const char *typepad = "netnewswire--expertopinionent.atom";
    row("TypePad entries", typepad, -1, "items", u"43"_s);
    row("TypePad xhtml content keeps inner divs", typepad, 0, "content",
        u"<div><a "
        u"href=\"https://ia601702.us.archive.org/23/items/ENTExpertOpinion/DavePothier-EeoPodcast.mp3\">"
        "Dr Nicholas Jufas interviews Dr Dave <span class=\"il\">Pothier</span>"_s);
    row("Jekyll relative links stay relative for the facade", "netnewswire--qemu.atom", 0, "link",
        u"/2025/08/26/qemu-10-1-0/"_s);
}

void TestAtomParser::fields()
{
    QFETCH(QString, fixture);
    QFETCH(int, item);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    const QByteArray bytes = TestData::read(u"xml/"_s + fixture);
    QVERIFY2(!bytes.isEmpty(), qPrintable(fixture));
    const QString actual = FeedField::of(parseAtom(bytes), item, field);
    if (field == u"content" && expected.size() < actual.size())
        QCOMPARE(actual.first(expected.size()), expected); // long articles: their start
    else
        QCOMPARE(actual, expected);
}

void TestAtomParser::stopsAtTheDepthLimitInsideContent()
{
    const int levels = 100000;
    QByteArray bytes = "<feed xmlns='http://www.w3.org/2005/Atom'><title>Deep</title>"
                       "<entry><title>Kept</title></entry><entry><content type='xhtml'>";
    bytes += QByteArray("<div>").repeated(levels) + QByteArray("</div>").repeated(levels) +
             "</content></entry></feed>";
    QElapsedTimer timer;
    timer.start();
    const Feed feed = parseAtom(bytes, 64);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items.at(0).title, u"Kept"_s);
}

QTEST_APPLESS_MAIN(TestAtomParser)
#include "tst_atomparser.moc"
