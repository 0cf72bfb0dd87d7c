// FeedParser: format detection from content, refusals, broken and hostile documents, and the
// completion every format shares (absolute links, fallback titles and ids).
#include "feedfield.h"
#include "feedparser.h"
#include "testdata.h"

#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFeedParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data();
    void detects();
    void refuses_data();
    void refuses();
    void survivesHostileDocuments_data();
    void survivesHostileDocuments();
    void keepsItemsBeforeABreak_data();
    void keepsItemsBeforeABreak();
    void keepsDecoderWarnings();
    void completes_data();
    void completes();
    void separatesItemsSharingAnId();
    void idsAreStable_data();
    void idsAreStable();
};

namespace {

QByteArray fixture(const char *name)
{
    return TestData::read(u"xml/"_s + QString::fromLatin1(name));
}

QByteArray nested(const QByteArray &open, const QByteArray &close, int levels)
{
    return open.repeated(levels) + close.repeated(levels);
}

QByteArray manyItems(int count)
{
    QByteArray bytes = "<rss version=\"2.0\"><channel><title>Many</title>";
    for (int i = 0; i < count; ++i) {
        bytes += "<item><title>Entry " + QByteArray::number(i) + "</title><guid>https://many.example.com/" +
                 QByteArray::number(i) +
                 "</guid><description>&lt;p&gt;Docket entry &amp;amp; order&lt;/p&gt;" +
                 QByteArray("&lt;b&gt;text&lt;/b&gt; ").repeated(40) + "</description></item>";
    }
    return bytes + "</channel></rss>";
}

// Every text field of the feed, to look for what must not be there.
QString everything(const Feed &feed)
{
    QString all;
    for (const char *field : {"title", "link", "description", "language", "image"})
        all += FeedField::of(feed, -1, QString::fromLatin1(field)) + u'\n';
    for (int i = 0; i < feed.items.size(); ++i) {
        for (const char *field :
             {"title", "link", "id", "author", "summary", "content", "categories", "enclosures"})
            all += FeedField::of(feed, i, QString::fromLatin1(field)) + u'\n';
    }
    return all;
}

} // namespace

void TestFeedParser::detects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("version");

    QTest::newRow("rss 2.0") << fixture("rss2_guid_ispermalink_false.xml") << u"rss"_s << u"2.0"_s;
    QTest::newRow("rss 0.91 behind a doctype")
        << fixture("rss091_netscape_doctype.xml") << u"rss"_s << u"0.91"_s;
    QTest::newRow("rss 0.92") << QByteArray("<rss version=\"0.92\"><channel><title>t</title></channel></rss>")
                              << u"rss"_s << u"0.92"_s;
    QTest::newRow("rss without version")
        << QByteArray("<rss><channel><title>t</title></channel></rss>") << u"rss"_s << u"2.0"_s;
    QTest::newRow("rdf 1.0") << fixture("rdf_dublin_core.xml") << u"rdf"_s << u"1.0"_s;
    QTest::newRow("rss 0.90") << fixture("rdf_090.xml") << u"rdf"_s << u"0.90"_s;
    QTest::newRow("atom 1.0") << fixture("atom_xhtml_content.xml") << u"atom"_s << u"1.0"_s;
    QTest::newRow("atom 0.3") << fixture("atom03.xml") << u"atom"_s << u"0.3"_s;
    QTest::newRow("atom without namespace")
        << QByteArray("<feed><title>t</title></feed>") << u"atom"_s << u"1.0"_s;
    QTest::newRow("atom 0.3 without namespace")
        << QByteArray("<feed version=\"0.3\"><title>t</title></feed>") << u"atom"_s << u"0.3"_s;
    QTest::newRow("json feed")
        << QByteArray(R"({"version":"https://jsonfeed.org/version/1.1","title":"J","items":[]})")
        << u"jsonfeed"_s << u"1.1"_s;
    QTest::newRow("json feed after BOM and white space")
        << QByteArray("\xEF\xBB\xBF "
                      "\r\n\t{\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"J\",\"items\":[]}")
        << u"jsonfeed"_s << u"1.0"_s;
    QTest::newRow("atom in a file named .rss")
        << fixture("netnewswire--DaringFireball.rss") << u"atom"_s << u"1.0"_s;
    QTest::newRow("rss in a file named .atom")
        << fixture("netnewswire--allthis.atom") << u"rss"_s << u"2.0"_s;
    QTest::newRow("white space before the root")
        << fixture("netnewswire--macworld.rss") << u"rss"_s << u"2.0"_s;
    QTest::newRow("BOM and white space before the declaration")
        << QByteArray("\xEF\xBB\xBF\n  <?xml version=\"1.0\"?><rss "
                      "version=\"2.0\"><channel><title>t</title></channel></rss>")
        << u"rss"_s << u"2.0"_s;
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-16 with BOM")
        << QByteArray(utf16.encode(
               u"<?xml version=\"1.0\" encoding=\"UTF-16\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
               "<title>t</title></feed>"))
        << u"atom"_s << u"1.0"_s;
}

void TestFeedParser::detects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QString, version);

    const Result<FeedParser::Parsed> parsed = FeedParser::parse(bytes);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
    QCOMPARE(feedFormatName(parsed->feed.format), format);
    QCOMPARE(parsed->feed.version, version);
}

void TestFeedParser::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("line");

    const qint64 noLimit = 50LL * 1024 * 1024;
    QTest::newRow("empty file") << fixture("empty.xml") << noLimit << u"the document is empty"_s << qint64(0);
    QTest::newRow("only a BOM") << fixture("bom_only.xml") << noLimit << u"the document is empty"_s
                                << qint64(0);
    QTest::newRow("only white space")
        << QByteArray(" \r\n\t ") << noLimit << u"the document is empty"_s << qint64(0);
    QTest::newRow("over the size limit")
        << fixture("rdf_090.xml") << qint64(100)
        << u"the document is too large: 478 bytes, over the limit of 100 bytes"_s << qint64(0);
    QTest::newRow("web page") << fixture("not_a_feed.html") << noLimit
                              << u"Not a feed: this is a web page (HTML)"_s << qint64(1);
    QTest::newRow("well-formed xhtml page")
        << QByteArray("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")
        << noLimit << u"Not a feed: this is a web page (HTML)"_s << qint64(2);
    QTest::newRow("html after a comment") << QByteArray("<!-- generated -->\n\n<HTML><P>x</HTML>") << noLimit
                                          << u"Not a feed: this is a web page (HTML)"_s << qint64(3);
    QTest::newRow("opml") << QByteArray("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body/></opml>")
                          << noLimit << u"Not a feed: the document is <opml>, not RSS, RDF or Atom"_s
                          << qint64(2);
    QTest::newRow("feed in a foreign namespace")
        << QByteArray("<feed xmlns=\"http://example.com/other\"/>") << noLimit
        << u"Not a feed: the document is <feed>, not RSS, RDF or Atom"_s << qint64(1);
    QTest::newRow("plain text") << QByteArray("hello world") << noLimit
                                << u"Not a feed: the document is not XML (Start tag expected.)"_s
                                << qint64(1);
    QTest::newRow("declaration only")
        << QByteArray("<?xml version=\"1.0\"?>\n") << noLimit
        << u"Not a feed: the document is not XML (Premature end of document.)"_s << qint64(2);
    QTest::newRow("broken before anything usable")
        << QByteArray("<rss version=\"2.0\">\n<channel>\n<item><title>x</wrong></item></channel></rss>")
        << noLimit << u"the document breaks here: Opening and ending tag mismatch."_s << qint64(3);
    QTest::newRow("100,000 levels deep")
        << nested("<rss>", "</rss>", 100000) << noLimit
        << u"the document breaks here: the elements nest deeper than 256 levels"_s << qint64(1);
}

void TestFeedParser::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, message);
    QFETCH(qint64, line);

    FeedParser::Options options;
    options.maxBytes = maxBytes;
    QElapsedTimer timer;
    timer.start();
    const Result<FeedParser::Parsed> parsed = FeedParser::parse(bytes, options);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().message, message);
    QCOMPARE(parsed.error().line, line);
}

void TestFeedParser::survivesHostileDocuments_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("warnings");

    QTest::newRow("billion laughs") << fixture("billion_laughs.xml") << 1 << u"Laughs &lol9;"_s << 0;
    QTest::newRow("external entity") << fixture("external_entity.xml") << 1 << u"External &passwd;"_s << 0;
    QTest::newRow("100,000 levels deep after an item")
        << QByteArray("<rss><channel><title>Deep</title><item><title>Kept</title></item><item>") +
               nested("<x>", "</x>", 100000) + "</item></channel></rss>"
        << 1 << u"Deep"_s << 1;
    QTest::newRow("100,000 levels of xhtml content")
        << QByteArray(
               "<feed "
               "xmlns='http://www.w3.org/2005/Atom'><title>Deep</title><entry><title>Kept</title></entry>"
               "<entry><content type='xhtml'>") +
               nested("<div>", "</div>", 100000) + "</content></entry></feed>"
        << 1 << u"Deep"_s << 1;
    QTest::newRow("20,000 items of escaped html") << manyItems(20000) << 20000 << u"Many"_s << 0;
    QTest::newRow("one 8 MB description of references")
        << QByteArray("<rss><channel><title>Big</title><item><title>One</title><description>") +
               QByteArray("&lt;p&gt;&nbsp;&amp;").repeated(400000) + "</description></item></channel></rss>"
        << 1 << u"Big"_s << 0;
    QTest::newRow("unknown elements nested 200 deep, many times")
        << QByteArray("<rss><channel><title>Wide</title>") + nested("<x>", "</x>", 200).repeated(2000) +
               "<item><title>After</title></item></channel></rss>"
        << 1 << u"Wide"_s << 0;
}

void TestFeedParser::survivesHostileDocuments()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, items);
    QFETCH(QString, title);
    QFETCH(int, warnings);

    QElapsedTimer timer;
    timer.start();
    const Result<FeedParser::Parsed> parsed = FeedParser::parse(bytes);
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->feed.items.size(), items);
    QCOMPARE(parsed->feed.title, title);
    QCOMPARE(parsed->warnings.size(), warnings);
    const QString all = everything(parsed->feed);
    QVERIFY(!all.contains(u"root:"_s));  // nothing of /etc/passwd
    QVERIFY(!all.contains(u"lollol"_s)); // no entity expanded
}

void TestFeedParser::keepsItemsBeforeABreak_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("lastTitle");
    QTest::addColumn<QString>("warningStart");
    QTest::addColumn<QString>("warningEnd");
    QTest::addColumn<qint64>("line");

    QTest::newRow("tag mismatch in the third item")
        << fixture("broken_after_two_items.xml") << 2 << u"Second"_s << u"the document breaks at 16:"_s
        << u": Opening and ending tag mismatch; 2 items read before it"_s << qint64(16);
    QTest::newRow("text after the root (ca1)")
        << fixture("juriscraper--oral_args-ca1_example.xml") << 21 << u"Case: 21-1704, US v Wright"_s
        << u"the document breaks at 188:"_s << u"; 21 items read before it"_s << qint64(188);
    QTest::newRow("cut off after one item")
        << QByteArray("<rss><channel><title>Cut</title><item><title>Whole</title></item><item><title>Half")
        << 1 << u"Whole"_s << u"the document breaks at 1:"_s << u"; 1 item read before it"_s << qint64(1);
}

void TestFeedParser::keepsItemsBeforeABreak()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, items);
    QFETCH(QString, lastTitle);
    QFETCH(QString, warningStart);
    QFETCH(QString, warningEnd);
    QFETCH(qint64, line);

    const Result<FeedParser::Parsed> parsed = FeedParser::parse(bytes);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->feed.items.size(), items);
    QCOMPARE(parsed->feed.items.last().title, lastTitle);
    QCOMPARE(parsed->warnings.size(), 1);
    const Diagnostic &warning = parsed->warnings.first();
    QVERIFY2(warning.message.startsWith(warningStart), qPrintable(warning.message));
    QVERIFY2(warning.message.endsWith(warningEnd), qPrintable(warning.message));
    QCOMPARE(warning.line, line);
    QVERIFY(warning.column > 0);
}

void TestFeedParser::keepsDecoderWarnings()
{
    // Declared UTF-8, written in windows-1252: the decoder says so, and the text still reads right.
    const QByteArray bytes =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><title>Caf\xE9</title></channel></rss>";
    const Result<FeedParser::Parsed> parsed = FeedParser::parse(bytes);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->feed.title, u"Caf\u00E9"_s);
    QCOMPARE(parsed->warnings.size(), 1);
    QVERIFY(!parsed->warnings.first().message.isEmpty());
}

void TestFeedParser::completes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<int>("item");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    const QByteArray untitled = fixture("rss_missing_titles_and_ids.xml");
    QTest::newRow("title from a long summary, cut at a word")
        << untitled << QString() << 0 << u"title"_s
        << u"The court of appeals affirmed the judgment of the district court in part\u2026"_s;
    QTest::newRow("title from a short summary, decoded")
        << untitled << QString() << 1 << u"title"_s << u"Short & sweet."_s;
    QTest::newRow("title from the content")
        << untitled << QString() << 2 << u"title"_s << u"Only the full text says what this is about."_s;
    QTest::newRow("title from text without spaces")
        << untitled << QString() << 3 << u"title"_s
        << u"Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylon\u2026"_s;
    QTest::newRow("title from the link")
        << untitled << QString() << 4 << u"title"_s << u"https://untitled.example.com/posts/5"_s;
    QTest::newRow("id from the link")
        << untitled << QString() << 4 << u"id"_s << u"https://untitled.example.com/posts/5"_s;
    QTest::newRow("id from title and date")
        << untitled << QString() << 5 << u"id"_s << u"sha1:6fdc51999a4511b575504b91e2edcc09c040b117"_s;
    QTest::newRow("untitled") << untitled << QString() << 6 << u"title"_s << u"Untitled"_s;
    QTest::newRow("id of an empty item")
        << untitled << QString() << 6 << u"id"_s << u"sha1:601ecf9b54483389204ce19afba8a17f893742cd"_s;
    QTest::newRow("id of an item with only an enclosure")
        << untitled << QString() << 7 << u"id"_s << u"sha1:1541c07098f26bd1bee99fcc792d4da025face87"_s;
    QTest::newRow("guid kept as id") << untitled << QString() << 0 << u"id"_s << u"long-1"_s;

    const QByteArray relative = fixture("rss_relative_links.xml");
    const QString base = u"https://court.example.gov/feeds/rss.xml"_s;
    QTest::newRow("channel link against the base url")
        << relative << base << -1 << u"link"_s << u"https://court.example.gov/court/"_s;
    QTest::newRow("image against the channel link")
        << relative << base << -1 << u"image"_s << u"https://court.example.gov/court/img/seal.png"_s;
    QTest::newRow("item link against the channel link")
        << relative << base << 0 << u"link"_s << u"https://court.example.gov/court/opinions/1.html"_s;
    QTest::newRow("enclosure against the channel link")
        << relative << base << 0 << u"enclosures"_s
        << u"https://court.example.gov/files/1.pdf application/pdf 10"_s;
    QTest::newRow("absolute path against the channel link")
        << relative << base << 1 << u"link"_s << u"https://court.example.gov/press/2"_s;
    QTest::newRow("no base: relative channel link dropped")
        << relative << QString() << -1 << u"link"_s << QString();
    QTest::newRow("no base: relative item link dropped")
        << relative << QString() << 0 << u"link"_s << QString();
    QTest::newRow("no base: relative enclosure dropped")
        << relative << QString() << 0 << u"enclosures"_s << QString();
    QTest::newRow("no base: the relative link still names the item")
        << relative << QString() << 0 << u"id"_s << u"opinions/1.html"_s;
    QTest::newRow("base url does not beat xml:base")
        << fixture("atom_xml_base_nested.xml") << base << 0 << u"link"_s
        << u"https://base.example.com/blog/posts/2024/first.html"_s;
    QTest::newRow("jekyll links against the base url")
        << fixture("netnewswire--qemu.atom") << u"https://www.qemu.org/feed.xml"_s << 0 << u"link"_s
        << u"https://www.qemu.org/2025/08/26/qemu-10-1-0/"_s;

    QTest::newRow("rss only modified: published too")
        << fixture("rdf_dublin_core.xml") << QString() << 1 << u"published"_s << u"2024-02-27T08:00:00Z"_s;
    QTest::newRow("atom 0.3 only modified: published too")
        << fixture("atom03.xml") << QString() << 2 << u"published"_s << u"2004-04-27T10:00:00Z"_s;
    QTest::newRow("unreadable link: id from the title")
        << fixture("rss_link_variants.xml") << QString() << 6 << u"id"_s
        << u"sha1:ba71d0fd91f31ab15a8992266c4093e1081b2df5"_s;
    QTest::newRow("atom without title")
        << fixture("atom_authors_and_links.xml") << QString() << 6 << u"title"_s << u"Untitled"_s;
}

void TestFeedParser::completes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, baseUrl);
    QFETCH(int, item);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    FeedParser::Options options;
    options.baseUrl = QUrl(baseUrl);
    const Result<FeedParser::Parsed> parsed = FeedParser::parse(bytes, options);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
    QCOMPARE(FeedField::of(parsed->feed, item, field), expected);
}

void TestFeedParser::separatesItemsSharingAnId()
{
    const Result<FeedParser::Parsed> parsed = FeedParser::parse(fixture("rss_shared_guid.xml"));
    QVERIFY(parsed.ok());
    const QList<Item> &items = parsed->feed.items;
    QCOMPARE(items.size(), 3);
    const QString guid = u"https://ecf.example.uscourts.gov/cgi-bin/DktRpt.pl?1&7"_s;
    QCOMPARE(items.at(0).id, guid);
    QVERIFY2(items.at(1).id.startsWith(guid + u'#'), qPrintable(items.at(1).id)); // another docket entry
    QCOMPARE(items.at(1).id.size(), guid.size() + 13);
    QCOMPARE(items.at(2).id, guid); // the same entry sent twice
}

void TestFeedParser::idsAreStable_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("fallback ids") << fixture("rss_missing_titles_and_ids.xml");
    QTest::newRow("shared guids") << fixture("rss_shared_guid.xml");
    QTest::newRow("atom ids") << fixture("atom_authors_and_links.xml");
    QTest::newRow("PACER") << fixture("juriscraper--pacer-cadc.xml");
}

void TestFeedParser::idsAreStable()
{
    QFETCH(QByteArray, bytes);
    const auto ids = [](const QByteArray &document) {
        QStringList ids;
        const Result<FeedParser::Parsed> parsed = FeedParser::parse(document);
        for (const Item &item : parsed->feed.items)
            ids.append(item.id);
        return ids;
    };
    const QStringList first = ids(bytes);
    QVERIFY(!first.isEmpty());
    QCOMPARE(ids(QByteArray(bytes.constData(), bytes.size())), first);
}

QTEST_APPLESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
