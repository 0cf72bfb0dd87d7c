// Full-article capture: the article on saved web pages, its metadata, and pages that hold none.
#include "articleextractor.h"
#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringDecoder>
#include <QTest>

class TestArticleExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractsArticle_data();
    void extractsArticle();
    void matchesGoldenFiles_data();
    void matchesGoldenFiles();
    void failsWithoutArticle_data();
    void failsWithoutArticle();
    void decodesAsDeclared_data();
    void decodesAsDeclared();
    void hostilePageComesOutClean();
    void largePageStaysBounded();
    void pagePastTheCapKeepsItsStart();
    void capNeverSplitsACharacter();
    void deepNestingStaysBounded();
};

namespace {

// Address-sanitizer builds run some fifty times slower here; a tenth of the
// size still shows anything worse than linear.
#if defined(__SANITIZE_ADDRESS__)
constexpr int hostileSizeDivisor = 10;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int hostileSizeDivisor = 10;
#else
constexpr int hostileSizeDivisor = 1;
#endif
#else
constexpr int hostileSizeDivisor = 1;
#endif

const QString noArticle = QStringLiteral("No article found on this page");

// What no extracted article may ever contain, from any page.
const QStringList neverInHtml = {
    QStringLiteral("<script"),       QStringLiteral("<style"),   QStringLiteral("<iframe"),
    QStringLiteral("<form"),         QStringLiteral("<input"),   QStringLiteral("<svg"),
    QStringLiteral("<object"),       QStringLiteral("<embed"),   QStringLiteral("javascript:"),
    QStringLiteral(" onerror="),     QStringLiteral(" onload="), QStringLiteral(" onclick="),
    QStringLiteral(" onmouseover="), QStringLiteral(" style="),  QStringLiteral(" class="),
    QStringLiteral(" id=")};

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// A long, plainly article-like body, for pages built in the test.
QString articleBody()
{
    QString body = QStringLiteral("<article><h1>Court Sets Schedule</h1>");
    for (int i = 0; i < 8; ++i)
        body.append(
            QStringLiteral("<p>Paragraph %1 of the order explains, at some length and with care, why the "
                           "schedule is set as it is, and what the parties must file, and when.</p>")
                .arg(i + 1));
    body.append(u"</article>");
    return body;
}

} // namespace

void TestArticleExtractor::extractsArticle_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("pageUrl");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QDateTime>("published");
    QTest::addColumn<QString>("sourceUrl");
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QString>("firstSentence");
    QTest::addColumn<QString>("lastSentence");
    QTest::addColumn<QStringList>("inHtml");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("news site with nav, share bar, related links, ads and sidebar")
        << QStringLiteral("news_site_full_chrome.html")
        << QStringLiteral(
               "https://www.courthouseledger.example/2024/03/05/appeals-court-revives-tenant-class-action/"
               "?utm_source=feed")
        << QStringLiteral("Appeals Court Revives Tenant Class Action Over Junk Fees")
        << QStringLiteral("Marisol Ortega") << utc("2024-03-05T19:32:00Z")
        << QStringLiteral(
               "https://www.courthouseledger.example/2024/03/05/appeals-court-revives-tenant-class-action/")
        << QStringLiteral("The Courthouse Ledger")
        << QStringLiteral(
               "A state appeals court on Tuesday revived a proposed class action accusing one of the "
               "region's largest landlords of charging tenants hidden \"convenience\" and "
               "\"administrative\" fees")
        << QStringLiteral(
               "The case now returns to the trial court, where the tenants are expected to renew their "
               "motion for class certification this spring.")
        << QStringList{QStringLiteral("<img "
                                      "src=\"https://www.courthouseledger.example/images/2024/03/"
                                      "courthouse-steps.jpg\""),
                       QStringLiteral(
                           "<img src=\"https://www.courthouseledger.example/images/2024/03/fee-chart.png\"")}
        << QStringList{QStringLiteral("Skip to content"),
                       QStringLiteral("cookies"),
                       QStringLiteral("Share on Facebook"),
                       QStringLiteral("Advertisement"),
                       QStringLiteral("Lawmakers weigh ban"),
                       QStringLiteral("Related coverage"),
                       QStringLiteral("Most read"),
                       QStringLiteral("Morning Docket"),
                       QStringLiteral("All rights reserved"),
                       QStringLiteral("googletag"),
                       QStringLiteral("Unlock unlimited access"),
                       QStringLiteral("Sign in"),
                       QStringLiteral("Class actions"),
                       QStringLiteral("Litigation")};

    QTest::newRow("WordPress post with comments below")
        << QStringLiteral("wordpress_post_with_comments.html")
        << QStringLiteral("https://trialnotes.example/2023/12/04/five-lessons-rule-702/")
        << QStringLiteral("Five Lessons From the New Federal Rule on Expert Testimony")
        << QStringLiteral("Dana Kessler") << utc("2023-12-04T08:15:22Z")
        << QStringLiteral("https://trialnotes.example/2023/12/04/five-lessons-rule-702/") << QString()
        << QStringLiteral(
               "The amendment to Federal Rule of Evidence 702 took effect on December 1, and the first "
               "wave of motions applying it is already landing on dockets.")
        << QStringLiteral(
               "I will update this post as the first appellate decisions applying the amended rule "
               "come down.")
        << QStringList{QStringLiteral("<h2>3. Application counts as much as method</h2>")}
        << QStringList{QStringLiteral("Skip to content"),
                       QStringLiteral("Great summary"),
                       QStringLiteral("Lesson four is the one people will forget"),
                       QStringLiteral("Thanks, Pat"),
                       QStringLiteral("Leave a Reply"),
                       QStringLiteral("Share this"),
                       QStringLiteral("Recent Posts"),
                       QStringLiteral("Daubert hearings in state court"),
                       QStringLiteral("Proudly powered by WordPress"),
                       QStringLiteral("Categories:"),
                       QStringLiteral("Posted on"),
                       QStringLiteral("windowOpen"),
                       QStringLiteral("Nothing here is legal advice")};

    QTest::newRow("legal blog: opinion summary with blockquotes and footnotes")
        << QStringLiteral("legal_blog_opinion_summary.html")
        << QStringLiteral("https://appellateblawg.example/posts/ninth-circuit-geofence-warrant-search")
        << QStringLiteral("Ninth Circuit Holds Geofence Warrant Was a Search") << QStringLiteral("Lena Hart")
        << utc("2024-01-22T16:45:00Z")
        << QStringLiteral("https://appellateblawg.example/posts/ninth-circuit-geofence-warrant-search")
        << QString()
        << QStringLiteral(
               "In United States v. Calloway, No. 22-50117 (9th Cir. Jan. 19, 2024), the court held "
               "that obtaining two hours of location history for every device near a bank robbery "
               "was a Fourth Amendment search")
        << QStringLiteral("did not reach the government's alternative inevitable-discovery argument. \u21A9")
        << QStringList{QStringLiteral("<blockquote>"), QStringLiteral("<i>United States v. Calloway</i>"),
                       QStringLiteral("<sup><a href=\"https://appellateblawg.example/posts/"
                                      "ninth-circuit-geofence-warrant-search#fn1\">1</a></sup>"),
                       QStringLiteral("A warrant that leaves to the executing officers the choice of whose "
                                      "identity to learn is, to that extent, a general warrant.")}
        << QStringList{QStringLiteral("Blog Archive"),
                       QStringLiteral("Email This"),
                       QStringLiteral("Newer Post"),
                       QStringLiteral("Labels:"),
                       QStringLiteral("Posted by"),
                       QStringLiteral("_blogStats"),
                       QStringLiteral("not legal advice"),
                       QStringLiteral("4 comments"),
                       QStringLiteral("Notes on the federal courts of appeals")};

    QTest::newRow("article with schema.org markup and JSON-LD")
        << QStringLiteral("schema_article_jsonld.html")
        << QStringLiteral("https://regreview.example/news/sec-climate-disclosure-final-rule?ref=rss")
        << QStringLiteral("SEC Adopts Climate Disclosure Rule, Scaled Back From 2022 Proposal")
        << QStringLiteral("Priya Raman, Thomas Wexler") << utc("2024-03-06T17:05:00Z")
        << QStringLiteral("https://regreview.example/news/sec-climate-disclosure-final-rule")
        << QStringLiteral("Regulatory Review Daily")
        << QStringLiteral("The Securities and Exchange Commission voted 3-2 on Wednesday to require public "
                          "companies to disclose certain climate-related risks")
        << QStringLiteral(
               "The requirements phase in beginning with annual reports for fiscal year 2025 for the "
               "largest companies.")
        << QStringList{QStringLiteral("<h2>Challenges expected</h2>")}
        << QStringList{QStringLiteral("investor protection, not climate policy"),
                       QStringLiteral("Rulemaking Tracker"),
                       QStringLiteral("CFPB caps"),
                       QStringLiteral("Correction:"),
                       QStringLiteral("Search rules"),
                       QStringLiteral("More from Regulatory Review Daily"),
                       QStringLiteral("BreadcrumbList")};

    QTest::newRow("divs only: scoring picks the article's div")
        << QStringLiteral("divs_only_scoring.html")
        << QStringLiteral("http://www.countylawjournal.example/news/2024/02/27/malpractice-disclosure")
        << QStringLiteral("State Bar Proposes Mandatory Malpractice Insurance Disclosure") << QString()
        << QDateTime()
        << QStringLiteral("http://www.countylawjournal.example/news/2024/02/27/malpractice-disclosure")
        << QString()
        << QStringLiteral(
               "Lawyers who do not carry professional liability insurance would have to tell their "
               "clients so in writing")
        << QStringLiteral("the rule would then go to the state supreme court for approval.") << QStringList()
        << QStringList{QStringLiteral("Judge Alvarez to retire"),
                       QStringLiteral("Latest news"),
                       QStringLiteral("Office space to share"),
                       QStringLiteral("Classified ads"),
                       QStringLiteral("Copyright 2024"),
                       QStringLiteral("Weather"),
                       QStringLiteral("Verdicts"),
                       QStringLiteral("February 27, 2024")};

    QTest::newRow("windows-1252 declared by meta charset")
        << QStringLiteral("windows1252_meta_charset.html")
        << QStringLiteral("https://lexquebec.example/en/2024/02/14/phantom-billing-fine")
        << QStringLiteral("Montréal firm fined €250,000 over “phantom” billing")
        << QStringLiteral("Hélène Dubé") << utc("2024-02-14T14:00:00Z")
        << QStringLiteral("https://lexquebec.example/en/2024/02/14/phantom-billing-fine")
        << QStringLiteral("Lex Québec")
        << QStringLiteral(
               "A disciplinary council has fined a Montréal litigation boutique €250,000 — the largest "
               "penalty of its kind — after finding")
        << QStringLiteral("The decision may be appealed to the Professions Tribunal within 30 days.")
        << QStringList{QStringLiteral("under § 59.2 of the Professional Code"),
                       QStringLiteral("Me François Léger")}
        << QStringList{QStringLiteral("Français"), QStringLiteral("Tous droits réservés"),
                       QStringLiteral("\uFFFD")};

    QTest::newRow("ISO-8859-1 declared by http-equiv")
        << QStringLiteral("http_equiv_latin1_charset.html")
        << QStringLiteral("https://droitmedia.example/tgi")
        << QStringLiteral("Tribunal confirms 'droit de réponse' for online media") << QString() << QDateTime()
        << QStringLiteral("https://droitmedia.example/tgi") << QString()
        << QStringLiteral(
               "The Tribunal de grande instance held on Thursday that the statutory right of reply")
        << QStringLiteral("Counsel for the newspaper, Maître Inès Barré, said her client would appeal.")
        << QStringList() << QStringList{QStringLiteral("\uFFFD")};

    QTest::newRow("court news inside an ASP.NET form and a layout table")
        << QStringLiteral("aspnet_form_court_news.html")
        << QStringLiteral("https://courts.state.example/News/NewsDetail.aspx?id=1462")
        << QStringLiteral("Supreme Court Adopts Remote Appearance Rules") << QString()
        << utc("2024-01-10T00:00:00Z")
        << QStringLiteral("https://courts.state.example/News/NewsDetail.aspx?id=1462") << QString()
        << QStringLiteral(
               "The Supreme Court today adopted rules that allow parties, lawyers and witnesses to "
               "appear remotely in most civil hearings")
        << QStringLiteral(
               "Criminal proceedings remain governed by existing rules, which a separate committee is "
               "reviewing.")
        << QStringList()
        << QStringList{QStringLiteral("Find a Court"),  QStringLiteral("Self-Help Center"),
                       QStringLiteral("Accessibility"), QStringLiteral("__VIEWSTATE"),
                       QStringLiteral("wEPDw"),         QStringLiteral("State Judicial Branch")};

    QTest::newRow("wrapper named like a sidebar: second try without class names")
        << QStringLiteral("wrapper_named_like_sidebar.html")
        << QStringLiteral("https://probatenotes.example/notes/e-filing-deadlines")
        << QStringLiteral("Clerk Explains New E-Filing Deadlines") << QString() << QDateTime()
        << QStringLiteral("https://probatenotes.example/notes/e-filing-deadlines") << QString()
        << QStringLiteral(
               "The probate clerk's office has clarified when an electronically filed document counts "
               "as filed on a given day")
        << QStringLiteral(
               "Practitioners should keep the portal's submission receipt, which the clerk will accept "
               "as proof of the time of filing.")
        << QStringList()
        << QStringList{QStringLiteral("Recent notes"), QStringLiteral("Small estate affidavits"),
                       QStringLiteral("Notice to creditors")};

    QTest::newRow("press release: text split by <br>, in a layout table")
        << QStringLiteral("press_release_br_paragraphs.html")
        << QStringLiteral("https://ag.state.example/press/2024/03/01/debt-buyers.html")
        << QStringLiteral("Attorney General Announces Settlement With Debt Buyers") << QString()
        << utc("2024-03-01T00:00:00Z")
        << QStringLiteral("https://ag.state.example/press/2024/03/01/debt-buyers.html") << QString()
        << QStringLiteral(
               "The Attorney General today announced a settlement with three debt buyers that sued "
               "consumers on debts that had been paid or discharged in bankruptcy")
        << QStringLiteral("###") << QStringList{QStringLiteral("<br/>")}
        << QStringList{QStringLiteral("File a Complaint"), QStringLiteral("Consumer Protection"),
                       QStringLiteral("Privacy"), QStringLiteral("ag-banner")};

    QTest::newRow("hostile page: scripts, handlers and javascript: links in the article")
        << QStringLiteral("hostile_article_scripts.html")
        << QStringLiteral("https://legaltechwire.example/2024/02/02/firm-data-breach?src=feed")
        << QStringLiteral("Firm Data Breach Exposes Client Files") << QStringLiteral("Jordan Blake")
        << utc("2024-02-02T12:00:00Z")
        << QStringLiteral("https://legaltechwire.example/2024/02/02/firm-data-breach") << QString()
        << QStringLiteral("A ransomware attack on a 60-lawyer firm exposed the files of about 3,000 clients")
        << QStringLiteral("The firm has notified its malpractice carrier and the state bar, a step the bar's "
                          "guidance recommends.")
        << QStringList{QStringLiteral("<a href=\"https://legaltechwire.example/2024/02/02/notice.pdf\">"),
                       QStringLiteral("<a href=\"https://legaltechwire.example/ransom-payments\">")}
        << QStringList{QStringLiteral("alert("),         QStringLiteral("evil.example"),
                       QStringLiteral("bar number"),     QStringLiteral("Continue"),
                       QStringLiteral("tracker"),        QStringLiteral("display:none"),
                       QStringLiteral("document.cookie")};
}

void TestArticleExtractor::extractsArticle()
{
    QFETCH(QString, fixture);
    QFETCH(QString, pageUrl);
    QFETCH(QString, title);
    QFETCH(QString, byline);
    QFETCH(QDateTime, published);
    QFETCH(QString, sourceUrl);
    QFETCH(QString, siteName);
    QFETCH(QString, firstSentence);
    QFETCH(QString, lastSentence);
    QFETCH(QStringList, inHtml);
    QFETCH(QStringList, absent);

    const QByteArray page = TestData::read(QStringLiteral("articles/") + fixture);
    QVERIFY(!page.isEmpty());
    const Result<ExtractedArticle> result = ArticleExtractor::extract(page, QUrl(pageUrl));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const ExtractedArticle &article = result.value();

    QCOMPARE(article.title, title);
    QCOMPARE(article.byline, byline);
    QCOMPARE(article.published, published);
    QCOMPARE(article.sourceUrl.toString(), sourceUrl);
    QCOMPARE(article.siteName, siteName);

    const qsizetype first = article.text.indexOf(firstSentence);
    const qsizetype last = article.text.indexOf(lastSentence);
    QVERIFY2(first >= 0, qPrintable(article.text));
    QVERIFY2(last > first, qPrintable(article.text));
    QVERIFY2(article.text.endsWith(lastSentence), qPrintable(article.text.right(200)));
    // Pages that set their headline in plain bold text keep it in the body.
    const bool headlineIsText = fixture.startsWith(u"aspnet") || fixture.startsWith(u"press_release");
    QVERIFY2(!article.text.contains(title) || title.isEmpty() || headlineIsText,
             "the headline is the title, not the body's first line");
    for (const QString &markup : std::as_const(inHtml))
        QVERIFY2(article.html.contains(markup), qPrintable(markup + u'\n' + article.html));
    for (const QString &unwanted : std::as_const(absent)) {
        QVERIFY2(!article.text.contains(unwanted), qPrintable(unwanted));
        QVERIFY2(!article.html.contains(unwanted), qPrintable(unwanted));
    }
    for (const QString &unsafe : neverInHtml)
        QVERIFY2(!article.html.contains(unsafe, Qt::CaseInsensitive), qPrintable(unsafe));
}

void TestArticleExtractor::matchesGoldenFiles_data()
{
    QTest::addColumn<QString>("name");
    const QDir folder(TestData::path(QStringLiteral("articles")));
    const QStringList pages = folder.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    QVERIFY(pages.size() >= 8);
    for (const QString &page : pages)
        QTest::newRow(qPrintable(page)) << page.chopped(5);
}

// Every page's whole result, against reviewed output in <name>.expected:
// the metadata, then the text a reader gets. DOCKET_UPDATE_GOLDEN=1
// rewrites the expected files (then read the diff before committing it).
void TestArticleExtractor::matchesGoldenFiles()
{
    QFETCH(QString, name);
    const QByteArray page = TestData::read(QStringLiteral("articles/%1.html").arg(name));
    QVERIFY(!page.isEmpty());
    const Result<ExtractedArticle> result =
        ArticleExtractor::extract(page, QUrl(QStringLiteral("https://site.example/news/%1").arg(name)));
    QString actual;
    if (result.ok()) {
        actual =
            QStringLiteral("title: %1\nbyline: %2\npublished: %3\nsource: %4\nsite: %5\nencoding: %6\n\n%7\n")
                .arg(result->title, result->byline, result->published.toString(Qt::ISODate),
                     result->sourceUrl.toString(), result->siteName, QString::fromLatin1(result->encoding),
                     result->text);
    } else {
        actual = QStringLiteral("failure: %1\n").arg(result.error().message);
    }
    const QString expectedPath = TestData::path(QStringLiteral("articles/%1.expected").arg(name));
    if (qEnvironmentVariableIntValue("DOCKET_UPDATE_GOLDEN") == 1) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
    }
    QFile expected(expectedPath);
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expectedPath));
    QCOMPARE(actual, QString::fromUtf8(expected.readAll()));
}

void TestArticleExtractor::failsWithoutArticle_data()
{
    QTest::addColumn<QByteArray>("page");

    QTest::newRow("home page of teasers")
        << TestData::read(QStringLiteral("articles/home_page_no_article.html"));
    QTest::newRow("court's list of opinions")
        << TestData::read(QStringLiteral("articles/court_opinions_link_list.html"));
    QTest::newRow("page not found") << TestData::read(QStringLiteral("articles/not_found_page.html"));
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("white space") << QByteArray(" \r\n\t ");
    QTest::newRow("PDF bytes") << QByteArray(
        "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj << /Type /Catalog >> endobj\n");
    QTest::newRow("only a script") << QByteArray("<html><body><script>") + QByteArray(4000, 'x') +
                                          QByteArray("</script></body></html>");
    QTest::newRow("only hidden text") << QByteArray("<body><div hidden><p>") +
                                             QByteArray("Hidden words, many of them. ").repeated(40) +
                                             QByteArray("</p></div></body>");
}

void TestArticleExtractor::failsWithoutArticle()
{
    QFETCH(QByteArray, page);
    const Result<ExtractedArticle> result =
        ArticleExtractor::extract(page, QUrl(QStringLiteral("https://www.courthouseledger.example/")));
    QVERIFY2(!result.ok(), qPrintable(result.ok() ? result->text : QString()));
    QCOMPARE(result.error().message, noArticle);
}

void TestArticleExtractor::decodesAsDeclared_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("body"); // windows-1252 / ISO-8859-15 bytes: 0xA4, 0x80
    QTest::addColumn<QByteArray>("hint");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("expected");

    QTest::newRow("meta charset") << QByteArray("<meta charset=\"windows-1252\">") << QByteArray("fee \x80 1")
                                  << QByteArray() << QByteArray("windows-1252") << QStringLiteral("fee € 1");
    QTest::newRow("meta http-equiv")
        << QByteArray("<meta http-equiv=\"content-type\" content=\"text/html; charset=ISO-8859-1\">")
        << QByteArray("Gen\xE8ve") << QByteArray() << QByteArray("windows-1252") << QStringLiteral("Genève");
    QTest::newRow("server's charset over the page's")
        << QByteArray("<meta charset=\"windows-1252\">") << QByteArray("fee \xA4 1")
        << QByteArray("ISO-8859-15") << QByteArray("ISO-8859-15") << QStringLiteral("fee € 1");
    QTest::newRow("UTF-8 meta the bytes contradict")
        << QByteArray("<meta charset=\"utf-8\">") << QByteArray("Gen\xE8ve") << QByteArray()
        << QByteArray("windows-1252") << QStringLiteral("Genève");
    QTest::newRow("no declaration, UTF-8 bytes")
        << QByteArray() << QByteArray("Gen\xC3\xA8ve") << QByteArray() << QByteArray("UTF-8")
        << QStringLiteral("Genève");
    QTest::newRow("meta past the first 1024 bytes is not read")
        << QByteArray("<!--") + QByteArray(1100, '-') + QByteArray("--><meta charset=\"ISO-8859-15\">")
        << QByteArray("fee \xA4 1") << QByteArray() << QByteArray("windows-1252")
        << QStringLiteral("fee ¤ 1");
    QTest::newRow("byte order mark over everything")
        << QByteArray("\xEF\xBB\xBF<meta charset=\"windows-1252\">") << QByteArray("Gen\xC3\xA8ve")
        << QByteArray("windows-1252") << QByteArray("UTF-8") << QStringLiteral("Genève");
}

void TestArticleExtractor::decodesAsDeclared()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, hint);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, expected);
    if (encoding == "ISO-8859-15" && !QStringDecoder("ISO-8859-15").isValid())
        QSKIP("This Qt has no ISO-8859-15 decoder");

    // A byte order mark only counts at the very start.
    const QByteArray mark = head.startsWith("\xEF\xBB\xBF") ? head.first(3) : QByteArray();
    head.remove(0, mark.size());
    const QByteArray page =
        mark + QByteArray("<html><head>") + head + QByteArray("<title>t</title></head><body>") +
        articleBody().toUtf8().replace("Paragraph 3", "Paragraph 3 " + body) + QByteArray("</body></html>");
    const Result<ExtractedArticle> result =
        ArticleExtractor::extract(page, QUrl(QStringLiteral("https://courts.example/order")), hint);
    QVERIFY(result.ok());
    QCOMPARE(QByteArray(result->encoding).toUpper(), encoding.toUpper());
    QVERIFY2(result->text.contains(expected), qPrintable(result->text));
}

void TestArticleExtractor::hostilePageComesOutClean()
{
    // Markup that tries to survive into the article by hiding in places a
    // plain tag filter would miss.
    const QString page = QStringLiteral(
        "<html><body><article><h1>Order</h1>"
        "<p>First paragraph of the order, long enough to count as prose, and it sets out the facts.</p>"
        "<p><a href=\"JaVaScRiPt:alert(1)\">click</a> <a href=\"  javascript:alert(2)\">two</a> "
        "<a href=\"data:text/html,<script>alert(3)</script>\">three</a> "
        "<img src=\"https://courts.example/seal.png\" onerror=\"alert(4)\"> "
        "<a href=\"/opinion.pdf\" onclick=\"alert(5)\">opinion</a>, with the commas, and words, that it "
        "needs.</p>"
        "<p>Second paragraph of the order, also long enough to count, with its own reasons and citations.</p>"
        "<p>Third paragraph<scr<script>ipt>shown(6)</script>, which closes the order and sets the hearing "
        "date.</p>"
        "<math><mi xlink:href=\"javascript:alert(7)\">x</mi></math>"
        "</article></body></html>");
    const Result<ExtractedArticle> result = ArticleExtractor::extractFromText(
        page, QUrl(QStringLiteral("https://courts.example/news/order.html")));
    QVERIFY(result.ok());
    for (const QString &unsafe : neverInHtml)
        QVERIFY2(!result->html.contains(unsafe, Qt::CaseInsensitive),
                 qPrintable(unsafe + u'\n' + result->html));
    QVERIFY(!result->html.contains(u"alert", Qt::CaseInsensitive));
    QVERIFY(!result->html.contains(u"data:", Qt::CaseInsensitive));
    QVERIFY(!result->text.contains(u"alert", Qt::CaseInsensitive));
    QVERIFY(result->html.contains(u"<a href=\"https://courts.example/opinion.pdf\">opinion</a>"));
    QVERIFY(result->html.contains(u"<img src=\"https://courts.example/seal.png\""));
}

void TestArticleExtractor::largePageStaysBounded()
{
    // A real article followed by megabytes of comments, each a small
    // article of its own: the shape of a popular post's page.
    QString page = QStringLiteral("<html><body><nav><a href=\"/\">Home</a></nav>") + articleBody();
    page.append(u"<section id=\"comments\">");
    const QString comment = QStringLiteral("<div class=\"comment\"><p>A reader's comment with <a "
                                           "href=\"/u\">a link</a>, some commas, and text.</p></div>");
    while (page.size() < 5 * 1024 * 1024 / hostileSizeDivisor)
        page.append(comment);
    page.append(u"</section></body></html>");
    const QByteArray bytes = page.toUtf8();

    QElapsedTimer timer;
    timer.start();
    const Result<ExtractedArticle> result =
        ArticleExtractor::extract(bytes, QUrl(QStringLiteral("https://courts.example/news/schedule.html")));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(result.ok());
    QVERIFY(result->text.contains(u"Paragraph 8 of the order"));
    QVERIFY(!result->text.contains(u"A reader's comment"));
}

void TestArticleExtractor::pagePastTheCapKeepsItsStart()
{
    QByteArray page = QByteArray("<html><body>") + articleBody().toUtf8();
    page.append(QByteArray("<div>").repeated(1000));
    page.append(QByteArray(ArticleExtractor::MaxScannedBytes + 1024 * 1024, 'x'));

    QElapsedTimer timer;
    timer.start();
    const Result<ExtractedArticle> result =
        ArticleExtractor::extract(page, QUrl(QStringLiteral("https://courts.example/news/schedule.html")));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(result.ok());
    QVERIFY(result->text.contains(u"Paragraph 1 of the order"));
}

void TestArticleExtractor::capNeverSplitsACharacter()
{
    // Two-byte characters across the cap, with the cap falling inside one:
    // a cut there would make the page invalid UTF-8, read as windows-1252.
    QByteArray page =
        QByteArray("<html><body>") +
        articleBody()
            .replace(QStringLiteral("Paragraph 1 "), QStringLiteral("Paragraph 1 in Gen\u00E8ve "))
            .toUtf8() +
        QByteArray("<p>");
    if ((ArticleExtractor::MaxScannedBytes - page.size()) % 2 == 0)
        page.append(' ');
    while (page.size() < ArticleExtractor::MaxScannedBytes + 16)
        page.append("\xC3\xA9");
    QCOMPARE(uchar(page[ArticleExtractor::MaxScannedBytes]) & 0xC0, 0x80);

    const Result<ExtractedArticle> result =
        ArticleExtractor::extract(page, QUrl(QStringLiteral("https://courts.example/news/schedule.html")));
    QVERIFY(result.ok());
    QCOMPARE(result->encoding, QByteArray("UTF-8"));
    QVERIFY(result->text.contains(u"Paragraph 1 in Gen\u00E8ve"));
}

void TestArticleExtractor::deepNestingStaysBounded()
{
    // Nesting that would exhaust a recursive walk, with elements that each
    // ask for a look at everything inside them (bylines, author markup).
    QString page = QStringLiteral("<html><body>");
    const int levels = 50000 / hostileSizeDivisor;
    for (int i = 0; i < levels; ++i)
        page.append(u"<div class=\"byline\" itemprop=\"author\" rel=\"author\"><form>");
    page.append(articleBody());
    for (int i = 0; i < levels; ++i)
        page.append(u"</form></div>");
    page.append(u"</body></html>");

    QElapsedTimer timer;
    timer.start();
    const Result<ExtractedArticle> result =
        ArticleExtractor::extractFromText(page, QUrl(QStringLiteral("https://courts.example/deep.html")));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    // Past the depth bound the article's markup is flattened; what matters
    // is an answer, soon, and no crash.
    if (result.ok())
        QVERIFY(result->text.contains(u"Paragraph"));
    else
        QCOMPARE(result.error().message, noArticle);
}

QTEST_GUILESS_MAIN(TestArticleExtractor)
#include "tst_articleextractor.moc"
