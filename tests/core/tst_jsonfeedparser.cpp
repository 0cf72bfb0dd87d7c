// JSON Feed 1.0 and 1.1 as publishers really write it, one quirk per fixture.
#include "jsonfeedparser.h"
#include "testdata.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTest>

#include <functional>

class TestJsonFeedParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failures_data();
    void failures();
    void feedFields_data();
    void feedFields();
    void itemFields_data();
    void itemFields();
    void callerBaseUrl_data();
    void callerBaseUrl();
    void enclosures_data();
    void enclosures();
    void warnings_data();
    void warnings();
};

namespace {

QByteArray fixture(const char *name)
{
    return TestData::read(QStringLiteral("json/") + QString::fromUtf8(name));
}

Result<FeedParser::Parsed> parseFixture(const QString &file, const FeedParser::Options &options = {})
{
    const QByteArray bytes = TestData::read(QStringLiteral("json/") + file);
    if (bytes.isEmpty())
        return Result<FeedParser::Parsed>::failure(QStringLiteral("missing fixture json/") + file);
    return JsonFeedParser::parse(bytes, options);
}

// Why a parse failed, for a test's message; empty when it did not.
QString failureOf(const Result<FeedParser::Parsed> &parsed)
{
    return parsed.ok() ? QString() : parsed.error().toString();
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// The item fields a row can name, as the text a person would compare.
QString field(const Item &item, const QString &name)
{
    static const QHash<QString, std::function<QString(const Item &)>> fields{
        {QStringLiteral("id"), [](const Item &i) { return i.id; }},
        {QStringLiteral("title"), [](const Item &i) { return i.title; }},
        {QStringLiteral("link"), [](const Item &i) { return i.link.toString(); }},
        {QStringLiteral("author"), [](const Item &i) { return i.author; }},
        {QStringLiteral("summary"), [](const Item &i) { return i.summary; }},
        {QStringLiteral("content"), [](const Item &i) { return i.content; }},
        {QStringLiteral("published"), [](const Item &i) { return iso(i.published); }},
        {QStringLiteral("updated"), [](const Item &i) { return iso(i.updated); }},
        {QStringLiteral("categories"), [](const Item &i) { return i.categories.join(u'|'); }},
    };
    const auto found = fields.constFind(name);
    return found == fields.cend() ? QStringLiteral("<no field %1>").arg(name) : (*found)(item);
}

} // namespace

void TestJsonFeedParser::failures_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QString>("messageHas");
    QTest::addColumn<qint64>("line"); // -1: any
    QTest::addColumn<qint64>("column");

    const qint64 unlimited = 50LL * 1024 * 1024;
    QTest::newRow("syntax error on line 3") << fixture("syntax_error_line_3.json") << unlimited
                                            << QStringLiteral("not valid") << qint64(3) << qint64(28);
    QTest::newRow("truncated document")
        << fixture("truncated.json") << unlimited << QStringLiteral("not valid") << qint64(5) << qint64(-1);
    QTest::newRow("empty document") << QByteArray() << unlimited << QStringLiteral("not valid") << qint64(1)
                                    << qint64(1);
    QTest::newRow("not an object") << fixture("not_object.json") << unlimited
                                   << QStringLiteral("not an object") << qint64(1) << qint64(1);
    QTest::newRow("version does not name JSON Feed")
        << fixture("not_jsonfeed.json") << unlimited << QStringLiteral("\"version\"") << qint64(1)
        << qint64(1);
    QTest::newRow("items is not an array") << fixture("items_not_array.json") << unlimited
                                           << QStringLiteral("\"items\"") << qint64(1) << qint64(1);
    QTest::newRow("items missing") << fixture("items_missing.json") << unlimited
                                   << QStringLiteral("\"items\"") << qint64(1) << qint64(1);
    QTest::newRow("larger than maxBytes")
        << fixture("feed_fields.json") << qint64(100) << QStringLiteral("larger than 100 bytes") << qint64(-1)
        << qint64(-1);
    QTest::newRow("nested a hundred thousand deep")
        << QByteArray(100000, '[') << unlimited << QStringLiteral("not valid") << qint64(1) << qint64(-1);
    QTest::newRow("bare string") << QByteArray("\"https://jsonfeed.org/version/1.1\"") << unlimited
                                 << QStringLiteral("not valid") << qint64(1) << qint64(-1);
    QTest::newRow("garbage after the object")
        << QByteArray("{\"version\": \"https://jsonfeed.org/version/1\"}\n x") << unlimited
        << QStringLiteral("not valid") << qint64(2) << qint64(2);
}

void TestJsonFeedParser::failures()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, messageHas);
    QFETCH(qint64, line);
    QFETCH(qint64, column);

    FeedParser::Options options;
    options.maxBytes = maxBytes;
    QElapsedTimer timer;
    timer.start();
    const Result<FeedParser::Parsed> parsed = JsonFeedParser::parse(bytes, options);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(messageHas), qPrintable(parsed.error().toString()));
    if (line >= 0)
        QCOMPARE(parsed.error().line, line);
    if (column >= 0)
        QCOMPARE(parsed.error().column, column);
}

void TestJsonFeedParser::feedFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("image");
    QTest::addColumn<int>("itemCount");

    QTest::newRow("all feed fields, favicon when no icon")
        << QStringLiteral("feed_fields.json") << QStringLiteral("1.1")
        << QStringLiteral("Ninth Circuit Opinions") << QStringLiteral("https://circuit.example.gov/opinions/")
        << QStringLiteral("Published opinions of the court.") << QStringLiteral("en-US")
        << QStringLiteral("https://circuit.example.gov/favicon.ico") << 0;
    QTest::newRow("version 1 over http")
        << QStringLiteral("version_http_scheme.json") << QStringLiteral("1.0") << QStringLiteral("Old scheme")
        << QString() << QString() << QString() << QString() << 1;
    QTest::newRow("escaped slashes") << QStringLiteral("escaped_slashes.json") << QStringLiteral("1.0")
                                     << QStringLiteral("Escaped slashes")
                                     << QStringLiteral("https://example.com/") << QString() << QString()
                                     << QString() << 1;
    QTest::newRow("html entities in feed title and description")
        << QStringLiteral("html_entities_in_title.json") << QStringLiteral("1.1")
        << QStringLiteral("Blog \u2013 Courts & Tribunals") << QString() << QStringLiteral("News & opinions")
        << QString() << QString() << 3;
    QTest::newRow("relative home page and icon against feed_url")
        << QStringLiteral("relative_urls.json") << QStringLiteral("1.1") << QStringLiteral("Relative links")
        << QStringLiteral("https://courts.example.org/blog/") << QString() << QString()
        << QStringLiteral("https://courts.example.org/images/icon.png") << 5;
    QTest::newRow("wrong value types are ignored")
        << QStringLiteral("wrong_value_types.json") << QStringLiteral("1.1") << QString() << QString()
        << QString() << QString() << QString() << 2;
    QTest::newRow("utf-8 with byte order mark") << QStringLiteral("utf8_bom.json") << QStringLiteral("1.1")
                                                << QStringLiteral("Cour d\u2019appel \u2013 arr\u00eats")
                                                << QString() << QString() << QString() << QString() << 1;
    QTest::newRow("utf-16 little endian with byte order mark")
        << QStringLiteral("utf16le_bom.json") << QStringLiteral("1.1")
        << QStringLiteral("Cour d\u2019appel \u2013 arr\u00eats") << QString() << QString() << QString()
        << QString() << 1;
    QTest::newRow("windows-1252 bytes that are not utf-8")
        << QStringLiteral("windows1252_not_utf8.json") << QStringLiteral("1.1")
        << QStringLiteral("Cour d\u2019appel \u2013 arr\u00eats") << QString() << QString() << QString()
        << QString() << 1;
}

void TestJsonFeedParser::feedFields()
{
    QFETCH(QString, file);
    QFETCH(QString, version);
    QFETCH(QString, title);
    QFETCH(QString, link);
    QFETCH(QString, description);
    QFETCH(QString, language);
    QFETCH(QString, image);
    QFETCH(int, itemCount);

    const Result<FeedParser::Parsed> parsed = parseFixture(file);
    QVERIFY2(parsed.ok(), qPrintable(failureOf(parsed)));
    const Feed &feed = parsed->feed;
    QCOMPARE(feed.format, FeedFormat::JsonFeed);
    QCOMPARE(feed.version, version);
    QCOMPARE(feed.title, title);
    QCOMPARE(feed.link.toString(), link);
    QCOMPARE(feed.description, description);
    QCOMPARE(feed.language, language);
    QCOMPARE(feed.image.toString(), image);
    QCOMPARE(feed.items.size(), itemCount);
    QVERIFY(!feed.updated.isValid());
}

void TestJsonFeedParser::itemFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const char *file, int index, const char *field, const QString &expected) {
        QTest::newRow(name) << QString::fromUtf8(file) << index << QString::fromUtf8(field) << expected;
    };
    const char *authors = "authors_v1_vs_v11.json";
    row("no item author falls back to feed authors (1.1)", authors, 0, "author",
        QStringLiteral("Clerk One, Clerk Two"));
    row("1.0 item author", authors, 1, "author", QStringLiteral("Justice Legacy"));
    row("1.1 item authors joined", authors, 2, "author", QStringLiteral("Justice A, Justice B"));
    row("1.1 authors beat 1.0 author", authors, 3, "author", QStringLiteral("Justice A, Justice B"));
    row("empty 1.1 list falls back to 1.0 author", authors, 4, "author", QStringLiteral("Justice Fallback"));
    row("nameless authors fall back to the feed's", authors, 5, "author",
        QStringLiteral("Clerk One, Clerk Two"));
    row("feed author 1.0 only", "feed_author_v1_only.json", 0, "author", QStringLiteral("Appellate Desk"));

    const char *text = "content_text_only.json";
    row("content_text keeps paragraphs and line breaks, escaped", text, 0, "content",
        QStringLiteral(
            "<p>First paragraph, line one.<br>\nLine two of the same paragraph.</p>\n"
            "<p>Second paragraph: 5 &lt; 6 &amp; &quot;quoted&quot; &lt;b&gt;not bold&lt;/b&gt;.</p>\n"
            "<p>Third paragraph.</p>"));
    row("content_html beats content_text", text, 1, "content",
        QStringLiteral("<p>The <em>HTML</em> body.</p>"));
    row("summary is plain text, escaped", text, 2, "summary",
        QStringLiteral("Motion to dismiss &lt;granted&gt; &amp; costs awarded"));
    row("no summary", text, 0, "summary", QString());

    const char *numeric = "numeric_id.json";
    row("integer id", numeric, 0, "id", QStringLiteral("42"));
    row("large integer id", numeric, 1, "id", QStringLiteral("1234567890123"));
    row("fractional id", numeric, 2, "id", QStringLiteral("2.5"));
    row("string id trimmed", numeric, 3, "id", QStringLiteral("padded"));
    row("null id left for the facade", numeric, 4, "id", QString());

    const char *relative = "relative_urls.json";
    row("relative url against feed_url", relative, 0, "link",
        QStringLiteral("https://courts.example.org/feeds/2024/opinion-1.html"));
    row("root-relative url", relative, 1, "link", QStringLiteral("https://courts.example.org/docket/7"));
    row("protocol-relative url", relative, 2, "link", QStringLiteral("https://cdn.example.org/a.html"));
    row("external_url when no url", relative, 3, "link",
        QStringLiteral("https://elsewhere.example.com/story"));
    row("url beats external_url", relative, 4, "link", QStringLiteral("https://example.com/x"));

    const char *entities = "html_entities_in_title.json";
    row("numeric references in title", entities, 0, "title",
        QStringLiteral("Smith v. Jones \u2013 Opinion & Order"));
    row("content_html kept as sent", entities, 0, "content", QStringLiteral("<p>&#8220;Held&#8221;</p>"));
    row("markup and white space removed from title", entities, 1, "title", QStringLiteral("Marked up title"));
    row("JSON escape then entity in title", entities, 2, "title", QStringLiteral("Caf\u00e9 & Bar"));

    const char *slashes = "escaped_slashes.json";
    row("escaped slashes in id", slashes, 0, "id", QStringLiteral("https://example.com/2018/a"));
    row("escaped slashes in url", slashes, 0, "link", QStringLiteral("https://example.com/2018/a"));
    row("escaped slashes in title", slashes, 0, "title", QStringLiteral("A / B"));
    row("escaped slashes in content", slashes, 0, "content",
        QStringLiteral("<p>See <a href=\"https://example.com/c\">C</a>.</p>"));

    const char *dates = "dates.json";
    row("published with offset", dates, 0, "published", QStringLiteral("2024-03-01T14:30:00Z"));
    row("modified", dates, 0, "updated", QStringLiteral("2024-03-02T10:00:00Z"));
    row("published falls back to modified", dates, 1, "published", QStringLiteral("2024-03-02T09:00:00Z"));
    row("RFC 822 date", dates, 2, "published", QStringLiteral("2019-05-31T19:17:58Z"));
    row("unreadable date is absent, never now", dates, 3, "published", QString());
    row("no date", dates, 4, "published", QString());

    row("tags become categories, duplicates once", "attachments.json", 0, "categories",
        QStringLiteral("oral argument|tax"));

    const char *wrong = "wrong_value_types.json";
    row("object id ignored", wrong, 0, "id", QString());
    row("array url and numeric external_url ignored", wrong, 0, "link", QString());
    row("numeric title ignored", wrong, 0, "title", QString());
    row("non-string content ignored", wrong, 0, "content", QString());
    row("numeric summary ignored", wrong, 0, "summary", QString());
    row("numeric date ignored", wrong, 0, "published", QString());
    row("only the named authors", wrong, 0, "author", QStringLiteral("Bare Name, Real Name"));
    row("object tags ignored", wrong, 0, "categories", QString());
    row("boolean id ignored", wrong, 1, "id", QString());
    row("string feed author when authors is not a list", wrong, 1, "author", QStringLiteral("Feed Desk"));
    row("comma-separated tags string", wrong, 1, "categories", QStringLiteral("tax|appeals"));
}

void TestJsonFeedParser::itemFields()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    const Result<FeedParser::Parsed> parsed = parseFixture(file);
    QVERIFY2(parsed.ok(), qPrintable(failureOf(parsed)));
    const Feed &feed = parsed->feed;
    QVERIFY(index < feed.items.size());
    QCOMPARE(::field(feed.items.at(index), field), expected);
}

void TestJsonFeedParser::callerBaseUrl_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QString>("feedLink");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("itemLink");

    QTest::newRow("no base: relative links dropped") << QUrl() << QString() << QString() << QString();
    QTest::newRow("base resolves the home page, which resolves the rest")
        << QUrl(QStringLiteral("https://news.example.net/feeds/x.json"))
        << QStringLiteral("https://news.example.net/blog/")
        << QStringLiteral("https://news.example.net/blog/favicon.ico")
        << QStringLiteral("https://news.example.net/blog/posts/1.html");
    QTest::newRow("relative base is no base")
        << QUrl(QStringLiteral("feeds/x.json")) << QString() << QString() << QString();
}

void TestJsonFeedParser::callerBaseUrl()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(QString, feedLink);
    QFETCH(QString, image);
    QFETCH(QString, itemLink);

    FeedParser::Options options;
    options.baseUrl = baseUrl;
    const Result<FeedParser::Parsed> parsed =
        parseFixture(QStringLiteral("relative_urls_no_context.json"), options);
    QVERIFY2(parsed.ok(), qPrintable(failureOf(parsed)));
    const Feed &feed = parsed->feed;
    QCOMPARE(feed.link.toString(), feedLink);
    QCOMPARE(feed.image.toString(), image);
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items.first().link.toString(), itemLink);
}

void TestJsonFeedParser::enclosures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QList<Enclosure>>("expected");

    auto enclosure = [](const char *url, const char *type, qint64 length) {
        return Enclosure{QUrl(QString::fromUtf8(url)), QString::fromUtf8(type), length};
    };
    QTest::newRow("attachments with and without size")
        << QStringLiteral("attachments.json") << 0
        << QList<Enclosure>{enclosure("https://court.example.gov/audio/23-1234.mp3", "audio/mpeg", 9876543),
                            enclosure("https://court.example.gov/briefs/23-1234.pdf", "application/pdf", -1)};
    QTest::newRow("relative attachment url")
        << QStringLiteral("relative_urls.json") << 0
        << QList<Enclosure>{
               enclosure("https://courts.example.org/files/opinion-1.pdf", "application/pdf", 123456)};
    QTest::newRow("attachments not a list")
        << QStringLiteral("wrong_value_types.json") << 0 << QList<Enclosure>{};
    QTest::newRow("malformed attachments skipped, odd sizes unknown")
        << QStringLiteral("wrong_value_types.json") << 1
        << QList<Enclosure>{enclosure("https://example.com/ok.mp3", "", 2048),
                            enclosure("https://example.com/negative.mp3", "", -1),
                            enclosure("https://example.com/huge.mp3", "", -1)};
    QTest::newRow("no attachments") << QStringLiteral("numeric_id.json") << 0 << QList<Enclosure>{};
}

void TestJsonFeedParser::enclosures()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QList<Enclosure>, expected);

    const Result<FeedParser::Parsed> parsed = parseFixture(file);
    QVERIFY2(parsed.ok(), qPrintable(failureOf(parsed)));
    const Feed &feed = parsed->feed;
    QVERIFY(index < feed.items.size());
    const QList<Enclosure> actual = feed.items.at(index).enclosures;
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).url, expected.at(i).url);
        QCOMPARE(actual.at(i).type, expected.at(i).type);
        QCOMPARE(actual.at(i).length, expected.at(i).length);
    }
}

void TestJsonFeedParser::warnings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("itemIds");
    QTest::addColumn<QStringList>("warningsHave");

    QTest::newRow("items that are not objects are skipped with a warning each")
        << QStringLiteral("item_not_object.json")
        << QStringList{QStringLiteral("first"), QStringLiteral("last")}
        << QStringList{QStringLiteral("item 2"), QStringLiteral("item 3"), QStringLiteral("item 4")};
    QTest::newRow("a clean feed has no warnings")
        << QStringLiteral("numeric_id.json")
        << QStringList{QStringLiteral("42"), QStringLiteral("1234567890123"), QStringLiteral("2.5"),
                       QStringLiteral("padded"), QString()}
        << QStringList{};
}

void TestJsonFeedParser::warnings()
{
    QFETCH(QString, file);
    QFETCH(QStringList, itemIds);
    QFETCH(QStringList, warningsHave);

    const Result<FeedParser::Parsed> parsed = parseFixture(file);
    QVERIFY2(parsed.ok(), qPrintable(failureOf(parsed)));
    QStringList ids;
    for (const Item &item : parsed->feed.items)
        ids.append(item.id);
    QCOMPARE(ids, itemIds);
    QCOMPARE(parsed->warnings.size(), warningsHave.size());
    for (qsizetype i = 0; i < warningsHave.size(); ++i)
        QVERIFY2(parsed->warnings.at(i).message.contains(warningsHave.at(i)),
                 qPrintable(parsed->warnings.at(i).message));
}

QTEST_GUILESS_MAIN(TestJsonFeedParser)
#include "tst_jsonfeedparser.moc"
