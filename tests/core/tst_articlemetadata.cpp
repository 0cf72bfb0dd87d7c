// What a page says about its article: which of its many ways of saying it wins.
#include "articlemetadata.h"
#include "htmltreebuilder.h"

#include <QTest>

class TestArticleMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTitle_data();
    void readsTitle();
    void readsByline_data();
    void readsByline();
    void readsPublished_data();
    void readsPublished();
    void readsSourceUrl_data();
    void readsSourceUrl();
    void readsSiteName();
    void readsBaseUrl_data();
    void readsBaseUrl();
};

namespace {

const QUrl page(QStringLiteral("https://news.example/2024/05/ruling.html?utm_source=feed"));

ExtractedArticle read(const QString &html)
{
    return ArticleMetadata::read(HtmlTreeBuilder::build(html), page);
}

QString jsonLd(const char *json)
{
    return QStringLiteral("<script type=\"application/ld+json\">") + QString::fromUtf8(json) +
           QStringLiteral("</script>");
}

} // namespace

void TestArticleMetadata::readsTitle_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");

    QTest::newRow("og:title first")
        << QStringLiteral(
               "<title>Page | Site</title><meta property=og:title content=\"Open Graph\"><h1>Heading</h1>")
        << QStringLiteral("Open Graph");
    QTest::newRow("JSON-LD headline before h1")
        << jsonLd(R"({"@type":"NewsArticle","headline":"From JSON-LD"})") + QStringLiteral("<h1>Heading</h1>")
        << QStringLiteral("From JSON-LD");
    QTest::newRow("JSON-LD that is no article ignored")
        << jsonLd(R"({"@type":"WebSite","headline":"Site"})") + QStringLiteral("<h1>Heading</h1>")
        << QStringLiteral("Heading");
    QTest::newRow("itemprop headline before h1")
        << QStringLiteral("<h1>Site name</h1><h2 itemprop=headline>The Headline</h2>")
        << QStringLiteral("The Headline");
    QTest::newRow("first h1, its markup and spaces gone")
        << QStringLiteral("<title>T</title><h1> Smith <i>v.</i>\n Jones </h1><h1>Second</h1>")
        << QStringLiteral("Smith v. Jones");
    QTest::newRow("h1 in the article before the logo's h1")
        << QStringLiteral(
               "<header><h1><a href=/>The Ledger</a></h1></header><main><article><h1>Court Rules</h1>")
        << QStringLiteral("Court Rules");
    QTest::newRow("title without the site's name")
        << QStringLiteral("<title>Court Affirms Sanctions Order | The Ledger</title>")
        << QStringLiteral("Court Affirms Sanctions Order");
    QTest::newRow("title with a dash before the site")
        << QStringLiteral("<title>Court Affirms Sanctions Order - The Ledger</title>")
        << QStringLiteral("Court Affirms Sanctions Order");
    QTest::newRow("short part before the bar is no headline")
        << QStringLiteral("<title>Opinion | Why Courts Should Publish Dockets</title>")
        << QStringLiteral("Opinion | Why Courts Should Publish Dockets");
    QTest::newRow("og:title holding escaped markup")
        << QStringLiteral("<meta property=og:title content=\"AT&amp;amp;T wins &lt;b&gt;appeal&lt;/b&gt;\">")
        << QStringLiteral("AT&T wins appeal");
    QTest::newRow("og:title without the site's own name")
        << QStringLiteral("<meta property=og:site_name content=\"Law Wire\">"
                          "<meta property=og:title content=\"Court Rules on Fees | Law Wire\">")
        << QStringLiteral("Court Rules on Fees");
    QTest::newRow("a title that only ends like the site's name kept")
        << QStringLiteral("<meta property=og:site_name content=\"Wire\">"
                          "<meta property=og:title content=\"Court Rules on Law Wire\">")
        << QStringLiteral("Court Rules on Law Wire");
    QTest::newRow("none") << QStringLiteral("<p>text</p>") << QString();
}

void TestArticleMetadata::readsTitle()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QCOMPARE(read(html).title, title);
}

void TestArticleMetadata::readsByline_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("byline");

    QTest::newRow("meta author") << QStringLiteral(
                                        "<meta name=author content=\"Ana Ruiz\"><p class=byline>By X</p>")
                                 << QStringLiteral("Ana Ruiz");
    QTest::newRow("meta author without its By")
        << QStringLiteral("<meta name=author content=\"by Ana Ruiz\">") << QStringLiteral("Ana Ruiz");
    QTest::newRow("meta author that is an address ignored")
        << QStringLiteral(
               "<meta name=author content=\"https://social.example/anaruiz\"><a rel=author>Ana Ruiz</a>")
        << QStringLiteral("Ana Ruiz");
    QTest::newRow("JSON-LD author object")
        << jsonLd(R"({"@type":"BlogPosting","author":{"@type":"Person","name":"Ana Ruiz"}})")
        << QStringLiteral("Ana Ruiz");
    QTest::newRow("JSON-LD author list")
        << jsonLd(R"([{"@type":"Organization"},{"@type":["Article"],"author":[{"name":"A. One"},"B. Two"]}])")
        << QStringLiteral("A. One, B. Two");
    QTest::newRow("JSON-LD in a graph")
        << jsonLd(
               R"({"@graph":[{"@type":"WebPage"},{"@type":"ReportageNewsArticle","author":{"name":"C. Three"}}]})")
        << QStringLiteral("C. Three");
    QTest::newRow("broken JSON-LD ignored") << jsonLd(R"({"@type":"NewsArticle","author":{"name":"Lost")") +
                                                   QStringLiteral("<a rel=author>Ana Ruiz</a>")
                                            << QStringLiteral("Ana Ruiz");
    QTest::newRow("itemprop author with a name inside")
        << QStringLiteral(
               "<span itemprop=author itemscope><img alt=photo><span itemprop=name>Ana Ruiz</span> "
               "Senior Writer</span>")
        << QStringLiteral("Ana Ruiz");
    QTest::newRow("two itemprop authors")
        << QStringLiteral("By <span itemprop=author>Ana Ruiz</span> and <span itemprop=author>Li Wei</span>")
        << QStringLiteral("Ana Ruiz, Li Wei");
    QTest::newRow("rel author links")
        << QStringLiteral("<a rel=\"author external\" href=/a>Ana Ruiz</a> <a rel=author href=/b>Li Wei</a>")
        << QStringLiteral("Ana Ruiz, Li Wei");
    QTest::newRow("posted by") << QStringLiteral("<span class=byline>Posted by Ana Ruiz</span>")
                               << QStringLiteral("Ana Ruiz");
    QTest::newRow("byline class") << QStringLiteral("<div class=\"meta byline\">By  Ana\n Ruiz</div>")
                                  << QStringLiteral("Ana Ruiz");
    QTest::newRow("byline class too long to be a name")
        << QStringLiteral("<div class=author>") +
               QStringLiteral("Ana Ruiz writes about courts. ").repeated(10) + QStringLiteral("</div>")
        << QString();
    QTest::newRow("markup in meta author removed")
        << QStringLiteral("<meta name=author content=\"<script>alert(1)</script><b>Ana Ruiz</b>\">")
        << QStringLiteral("Ana Ruiz");
    QTest::newRow("none") << QStringLiteral("<p>text</p>") << QString();
}

void TestArticleMetadata::readsByline()
{
    QFETCH(QString, html);
    QFETCH(QString, byline);
    QCOMPARE(read(html).byline, byline);
}

void TestArticleMetadata::readsPublished_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QDateTime>("published");

    const QDateTime may2 = QDateTime(QDate(2024, 5, 2), QTime(14, 30), Qt::UTC);
    QTest::newRow("article:published_time")
        << QStringLiteral("<meta property=article:published_time content=2024-05-02T10:30:00-04:00>"
                          "<time datetime=2020-01-01>x</time>")
        << may2;
    QTest::newRow("JSON-LD datePublished")
        << jsonLd(R"({"@type":"NewsArticle","datePublished":"2024-05-02T14:30:00Z"})") << may2;
    QTest::newRow("itemprop datePublished on time")
        << QStringLiteral("<time itemprop=datePublished datetime=\"2024-05-02T14:30:00Z\">May 2</time>")
        << may2;
    QTest::newRow("dc.date") << QStringLiteral("<meta name=DC.date content=\"2024-05-02 14:30:00\">") << may2;
    QTest::newRow("time in the sidebar passed over")
        << QStringLiteral("<aside><time datetime=2023-01-01T00:00:00Z>old</time></aside>"
                          "<time datetime=2024-05-02T14:30:00Z>May 2</time>")
        << may2;
    QTest::newRow("unreadable first date, readable second")
        << QStringLiteral("<meta property=article:published_time content=\"last Tuesday\">"
                          "<time datetime=2024-05-02T14:30:00Z>May 2</time>")
        << may2;
    QTest::newRow("a date alone is midnight UTC") << QStringLiteral("<meta name=date content=2024-05-02>")
                                                  << QDateTime(QDate(2024, 5, 2), QTime(0, 0), Qt::UTC);
    QTest::newRow("none") << QStringLiteral("<p>Posted May 2, 2024</p>") << QDateTime();
}

void TestArticleMetadata::readsPublished()
{
    QFETCH(QString, html);
    QFETCH(QDateTime, published);
    QCOMPARE(read(html).published, published);
}

void TestArticleMetadata::readsSourceUrl_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("url");

    QTest::newRow("canonical link")
        << QStringLiteral(
               "<link rel=canonical href=https://news.example/ruling><meta property=og:url content=x>")
        << QStringLiteral("https://news.example/ruling");
    QTest::newRow("relative canonical resolved")
        << QStringLiteral("<link rel=canonical href=\"/2024/05/ruling\">")
        << QStringLiteral("https://news.example/2024/05/ruling");
    QTest::newRow("canonical resolved against the base")
        << QStringLiteral("<base href=\"https://mirror.example/news/\"><link rel=canonical href=ruling>")
        << QStringLiteral("https://mirror.example/news/ruling");
    QTest::newRow("javascript canonical refused, og:url taken")
        << QStringLiteral("<link rel=canonical href=\"javascript:alert(1)\">"
                          "<meta property=og:url content=\"https://news.example/og\">")
        << QStringLiteral("https://news.example/og");
    QTest::newRow("JSON-LD mainEntityOfPage")
        << jsonLd(R"({"@type":"NewsArticle","mainEntityOfPage":{"@id":"https://news.example/ld"}})")
        << QStringLiteral("https://news.example/ld");
    QTest::newRow("none: the page's own address") << QStringLiteral("<p>text</p>") << page.toString();
    QTest::newRow("only unusable ones: the page's own address")
        << QStringLiteral(
               "<link rel=canonical href=\"ftp://files.example/x\"><meta property=og:url content=\"  \">")
        << page.toString();
}

void TestArticleMetadata::readsSourceUrl()
{
    QFETCH(QString, html);
    QFETCH(QString, url);
    QCOMPARE(read(html).sourceUrl.toString(), url);
}

void TestArticleMetadata::readsSiteName()
{
    QCOMPARE(read(QStringLiteral("<meta property=og:site_name content=\"The  Ledger\">")).siteName,
             QStringLiteral("The Ledger"));
    QCOMPARE(read(jsonLd(R"({"@type":"NewsArticle","publisher":{"name":"Law Wire"}})")).siteName,
             QStringLiteral("Law Wire"));
    QCOMPARE(read(QStringLiteral("<p>text</p>")).siteName, QString());
}

void TestArticleMetadata::readsBaseUrl_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("base");

    QTest::newRow("none") << QStringLiteral("<p>x</p>") << page.toString();
    QTest::newRow("relative base") << QStringLiteral("<base href=\"/archive/\">")
                                   << QStringLiteral("https://news.example/archive/");
    QTest::newRow("javascript base ignored")
        << QStringLiteral("<base href=\"javascript:alert(1)\">") << page.toString();
    QTest::newRow("first base counts")
        << QStringLiteral("<base href=\"https://a.example/\"><base href=\"https://b.example/\">")
        << QStringLiteral("https://a.example/");
    QTest::newRow("base without href ignored")
        << QStringLiteral("<base target=_blank><base href=\"https://b.example/\">")
        << QStringLiteral("https://b.example/");
}

void TestArticleMetadata::readsBaseUrl()
{
    QFETCH(QString, html);
    QFETCH(QString, base);
    QCOMPARE(ArticleMetadata::baseUrl(HtmlTreeBuilder::build(html), page).toString(), base);
}

QTEST_GUILESS_MAIN(TestArticleMetadata)
#include "tst_articlemetadata.moc"
