// Finding a page's article: each rule on the smallest page that needs it.
#include "articlecontent.h"
#include "htmltreebuilder.h"
#include "plaintext.h"

#include <QTest>

class TestArticleContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsArticle_data();
    void findsArticle();
    void findsNothing_data();
    void findsNothing();
    void secondTryIgnoresClassNames();
};

namespace {

// A paragraph that reads as prose and counts as one.
QString prose(const QString &label)
{
    return QStringLiteral("<p>%1: the court held, after long argument and with some hesitation, that the "
                          "motion was timely, that the notice was adequate, and that the fees were owed.</p>")
        .arg(label);
}

QString article(int paragraphs, const QString &label = QStringLiteral("Holding"))
{
    QString out;
    for (int i = 0; i < paragraphs; ++i)
        out.append(prose(label + QString::number(i + 1)));
    return out;
}

std::optional<QString> find(const QString &html, const QString &title = QString())
{
    HtmlTree tree = HtmlTreeBuilder::build(html);
    return ArticleContent::find(tree, title);
}

} // namespace

void TestArticleContent::findsArticle_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const QString body = article(4);
    QTest::newRow("articleBody over a longer block")
        << QStringLiteral("<body><div itemprop=articleBody>") + body + QStringLiteral("</div><div>") +
               article(8, QStringLiteral("Other")) + QStringLiteral("</div>")
        << QString() << QStringList{QStringLiteral("Holding4")} << QStringList{QStringLiteral("Other1")};
    QTest::newRow("the one article element")
        << QStringLiteral(
               "<div>Top bar text that is long enough to count as a paragraph of text.</div><article>") +
               body + QStringLiteral("</article>")
        << QString() << QStringList{QStringLiteral("Holding1")} << QStringList{QStringLiteral("Top bar")};
    QTest::newRow("an article dwarfing teaser articles")
        << QStringLiteral("<article>") + body +
               QStringLiteral("</article><article><h3><a href=/a>Teaser</a></h3></article>"
                              "<article><h3><a href=/b>Teaser two</a></h3></article>")
        << QString() << QStringList{QStringLiteral("Holding4")} << QStringList{QStringLiteral("Teaser")};
    QTest::newRow("scoring inside main, not the body")
        << QStringLiteral("<div class=intro>") + article(6, QStringLiteral("Outside")) +
               QStringLiteral("</div><main><div>") + body + QStringLiteral("</div></main>")
        << QString() << QStringList{QStringLiteral("Holding1")} << QStringList{QStringLiteral("Outside1")};
    QTest::newRow("navigation, header, footer, aside, form and frames removed")
        << QStringLiteral("<header>Masthead words</header><nav><a href=/>Home</a></nav><div id=story>") +
               body +
               QStringLiteral("<aside>Pull quote words</aside><form><p>Sign up words</p></form>"
                              "<iframe>Frame words</iframe></div><footer>Footer words</footer>")
        << QString() << QStringList{QStringLiteral("Holding2")}
        << QStringList{QStringLiteral("Masthead"), QStringLiteral("Home"),  QStringLiteral("Pull quote"),
                       QStringLiteral("Sign up"),  QStringLiteral("Frame"), QStringLiteral("Footer")};
    QTest::newRow("hidden elements removed")
        << QStringLiteral("<div>") + body +
               QStringLiteral(
                   "<p hidden>Hidden one</p><p aria-hidden=true>Hidden two</p>"
                   "<p style=\"display: none\">Hidden three</p><p style=\"VISIBILITY:hidden\">Hidden "
                   "four</p></div>")
        << QString() << QStringList{QStringLiteral("Holding3")} << QStringList{QStringLiteral("Hidden")};
    QTest::newRow("chrome roles removed")
        << QStringLiteral("<div>") + body +
               QStringLiteral("<div role=navigation>Role nav</div><div role=complementary>Role aside</div>"
                              "<div role=contentinfo>Role footer</div></div>")
        << QString() << QStringList{QStringLiteral("Holding3")} << QStringList{QStringLiteral("Role")};
    QTest::newRow("chrome class names removed")
        << QStringLiteral("<div class=entry-content>") + body +
               QStringLiteral("<div class=share-buttons>Share words</div><div id=comments>") +
               article(6, QStringLiteral("Comment")) +
               QStringLiteral(
                   "</div><div class=\"ad ad-slot\">Ad words</div><div class=newsletter-box>Letter "
                   "words</div></div>")
        << QString() << QStringList{QStringLiteral("Holding4")}
        << QStringList{QStringLiteral("Share"), QStringLiteral("Comment1"), QStringLiteral("Ad words"),
                       QStringLiteral("Letter")};
    QTest::newRow("a form holding the page kept")
        << QStringLiteral("<form id=aspnetForm><div class=body>") + body + QStringLiteral("</div></form>")
        << QString() << QStringList{QStringLiteral("Holding4")} << QStringList();
    QTest::newRow("the block with the headline kept, though named header")
        << QStringLiteral("<div class=post-header><h1>Ruling</h1>") + body + QStringLiteral("</div>")
        << QString() << QStringList{QStringLiteral("Holding1")} << QStringList();
    QTest::newRow("link list inside the article dropped")
        << QStringLiteral("<article>") + body +
               QStringLiteral(
                   "<div><a href=/1>More one</a> <a href=/2>More two</a> <a href=/3>More three</a></div>"
                   "</article>")
        << QString() << QStringList{QStringLiteral("Holding4")} << QStringList{QStringLiteral("More")};
    QTest::newRow("cited cases with commas kept")
        << QStringLiteral("<article>") + body +
               QStringLiteral("<ul><li><a href=/1>Smith v. Jones, 1 F.4th 1, 2 (1st Cir. 2021)</a>"
                              "<li><a href=/2>Doe v. Roe, 3 F.4th 3, 4 (2d Cir. 2022)</a>"
                              "<li><a href=/3>Ng v. Park, 5 F.4th 5, 6 (3d Cir. 2023)</a></ul></article>")
        << QString() << QStringList{QStringLiteral("Doe v. Roe")} << QStringList();
    QTest::newRow("heading that repeats the title dropped")
        << QStringLiteral("<article><h1>Court  Rules</h1><h2>Background</h2>") + body +
               QStringLiteral("</article>")
        << QStringLiteral("court rules") << QStringList{QStringLiteral("<h2>Background</h2>")}
        << QStringList{QStringLiteral("<h1>")};
    QTest::newRow("siblings that score near the best come along")
        << QStringLiteral("<div><div class=part>") + article(4) + QStringLiteral("</div><div class=part>") +
               article(3, QStringLiteral("Second")) +
               QStringLiteral("</div><div class=part2>Short.</div></div>")
        << QString() << QStringList{QStringLiteral("Holding1"), QStringLiteral("Second3")} << QStringList();
    QTest::newRow("sibling paragraph of prose comes along")
        << QStringLiteral("<div><div>") + body +
               QStringLiteral(
                   "</div><p>A closing paragraph, outside the body's div, that is long enough.</p></div>")
        << QString() << QStringList{QStringLiteral("A closing paragraph")} << QStringList();
    QTest::newRow("text between <br>s counts")
        << QStringLiteral("<div id=nav><a href=/>Home</a></div><div>") +
               QStringLiteral(
                   "The first order of the court, set out as plain text, with commas, and more.<br><br>")
                   .repeated(5) +
               QStringLiteral("</div>")
        << QString() << QStringList{QStringLiteral("The first order")} << QStringList{QStringLiteral("Home")};
    QTest::newRow("lazy image keeps its real address")
        << QStringLiteral("<article>") + body +
               QStringLiteral(
                   "<img src=\"data:image/gif;base64,R0lG\" data-src=\"/chart.png\" alt=chart></article>")
        << QString() << QStringList{QStringLiteral("src=\"/chart.png\"")}
        << QStringList{QStringLiteral("data:")};
    QTest::newRow("indentation between blocks dropped, spaces between words kept")
        << QStringLiteral("<article>\n  ") + body + QStringLiteral("\n  <p><b>a</b> <i>b</i></p>\n</article>")
        << QString() << QStringList{QStringLiteral("<b>a</b> <i>b</i>")}
        << QStringList{QStringLiteral("\n  <p>")};
}

void TestArticleContent::findsArticle()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const std::optional<QString> found = find(html, title);
    QVERIFY(found);
    for (const QString &text : std::as_const(present))
        QVERIFY2(found->contains(text), qPrintable(text + u'\n' + *found));
    for (const QString &text : std::as_const(absent))
        QVERIFY2(!found->contains(text), qPrintable(text + u'\n' + *found));
}

void TestArticleContent::findsNothing_data()
{
    QTest::addColumn<QString>("html");

    QTest::newRow("empty") << QString();
    QTest::newRow("too short") << prose(QStringLiteral("Only"));
    QTest::newRow("mostly links")
        << QStringLiteral("<div>") +
               QStringLiteral("<p><a href=/x>A link with a long title that goes on and on, and on</a> and a "
                              "little text.</p>")
                   .repeated(8) +
               QStringLiteral("</div>");
    QTest::newRow("teasers under linked headings")
        << QStringLiteral("<div>") + QStringLiteral("<h2><a href=/x>Headline of a story</a></h2>") +
               prose(QStringLiteral("Teaser")) +
               QStringLiteral("<h2><a href=/y>Headline of another</a></h2>") +
               prose(QStringLiteral("Teaser")) +
               QStringLiteral("<h2><a href=/z>Headline of a third</a></h2>") +
               prose(QStringLiteral("Teaser")) + QStringLiteral("</div>");
    QTest::newRow("several articles alike")
        << QStringLiteral("<main><article>") + article(2, QStringLiteral("One")) +
               QStringLiteral("</article><article>") + article(2, QStringLiteral("Two")) +
               QStringLiteral("</article><article>") + article(2, QStringLiteral("Three")) +
               QStringLiteral("</article></main>");
    QTest::newRow("everything hidden or chrome")
        << QStringLiteral("<nav>") + article(3) + QStringLiteral("</nav><aside>") + article(3) +
               QStringLiteral("</aside><div hidden>") + article(3) + QStringLiteral("</div>");
}

void TestArticleContent::findsNothing()
{
    QFETCH(QString, html);
    const std::optional<QString> found = find(html);
    QVERIFY2(!found, qPrintable(found.value_or(QString())));
}

void TestArticleContent::secondTryIgnoresClassNames()
{
    const QString html =
        QStringLiteral("<div class=page-with-sidebar>") + article(4) + QStringLiteral("</div>");
    HtmlTree first = HtmlTreeBuilder::build(html);
    QVERIFY(!ArticleContent::find(first, QString()));
    HtmlTree second = HtmlTreeBuilder::build(html);
    const std::optional<QString> found = ArticleContent::find(second, QString(), false);
    QVERIFY(found);
    QVERIFY(found->contains(u"Holding4"));
}

QTEST_GUILESS_MAIN(TestArticleContent)
#include "tst_articlecontent.moc"
