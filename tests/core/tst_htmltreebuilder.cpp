// Web pages to element trees: where browsers would put each tag and text, within bounds.
#include "htmltree.h"
#include "htmltreebuilder.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

class TestHtmlTreeBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsAsBrowsers_data();
    void buildsAsBrowsers();
    void rendersText_data();
    void rendersText();
    void removedNodesLeaveTheTree();
    void boundsDepth();
    void boundsNodeCount();
    void boundsAttributeCount();
    void staysLinearOnHostileInput_data();
    void staysLinearOnHostileInput();
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

QString built(const QString &html)
{
    const HtmlTree tree = HtmlTreeBuilder::build(html);
    return tree.outerHtml(tree.root());
}

int depthOf(const HtmlTree &tree, HtmlTree::NodeId id)
{
    int depth = 0;
    for (HtmlTree::NodeId n = tree.node(id).parent; n != HtmlTree::None; n = tree.node(n).parent)
        ++depth;
    return depth;
}

} // namespace

void TestHtmlTreeBuilder::buildsAsBrowsers_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("tree");

    QTest::newRow("paragraph closed by the next")
        << QStringLiteral("<p>a<p>b") << QStringLiteral("<p>a</p><p>b</p>");
    QTest::newRow("paragraph closed by a block")
        << QStringLiteral("<p>a<div>b</div>") << QStringLiteral("<p>a</p><div>b</div>");
    QTest::newRow("paragraph not closed by inline markup")
        << QStringLiteral("<p>a<b>b</b>c") << QStringLiteral("<p>a<b>b</b>c</p>");
    QTest::newRow("list items close each other")
        << QStringLiteral("<ul><li>a<li>b</ul>") << QStringLiteral("<ul><li>a</li><li>b</li></ul>");
    QTest::newRow("nested list keeps the outer item open")
        << QStringLiteral("<ul><li>a<ul><li>b</ul><li>c</ul>")
        << QStringLiteral("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>");
    QTest::newRow("definition terms and descriptions")
        << QStringLiteral("<dl><dt>a<dd>b<dt>c</dl>")
        << QStringLiteral("<dl><dt>a</dt><dd>b</dd><dt>c</dt></dl>");
    QTest::newRow("table rows and cells")
        << QStringLiteral("<table><tr><td>a<td>b<tr><td>c</table>")
        << QStringLiteral("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>");
    QTest::newRow("nested table keeps the outer cell")
        << QStringLiteral("<table><tr><td><table><tr><td>a</table>b<td>c</table>")
        << QStringLiteral("<table><tr><td><table><tr><td>a</td></tr></table>b</td><td>c</td></tr></table>");
    QTest::newRow("void elements hold nothing")
        << QStringLiteral("<p>a<br>b<img src=x>c</p>") << QStringLiteral("<p>a<br>b<img src=\"x\">c</p>");
    QTest::newRow("self-closing div stays open")
        << QStringLiteral("<div/>a</div>b") << QStringLiteral("<div>a</div>b");
    QTest::newRow("self-closing in SVG closes")
        << QStringLiteral("<svg><path/><g></g></svg>") << QStringLiteral("<svg><path></path><g></g></svg>");
    QTest::newRow("links do not nest") << QStringLiteral("<a href=1>a<a href=2>b</a>")
                                       << QStringLiteral("<a href=\"1\">a</a><a href=\"2\">b</a>");
    QTest::newRow("heading closes an open heading")
        << QStringLiteral("<h2>a<h3>b</h3>") << QStringLiteral("<h2>a</h2><h3>b</h3>");
    QTest::newRow("stray end tag ignored")
        << QStringLiteral("<div>a</span>b</div>") << QStringLiteral("<div>ab</div>");
    QTest::newRow("end tag closes what was left open")
        << QStringLiteral("<div><b>a</div>c") << QStringLiteral("<div><b>a</b></div>c");
    QTest::newRow("end tag does not leave a table cell")
        << QStringLiteral("<div><table><tr><td>a</div>b</td></tr></table>c</div>")
        << QStringLiteral("<div><table><tr><td>ab</td></tr></table>c</div>");
    QTest::newRow("head closed by content") << QStringLiteral("<head><title>t</title><div>x</div>")
                                            << QStringLiteral("<head><title>t</title></head><div>x</div>");
    QTest::newRow("head closed by words")
        << QStringLiteral("<head><meta charset=utf-8>\nWords<p>x")
        << QStringLiteral("<head><meta charset=\"utf-8\"></head>\nWords<p>x</p>");
    QTest::newRow("second body ignored") << QStringLiteral("<body><p>a</p><body class=x><p>b")
                                         << QStringLiteral("<body><p>a</p><p>b</p></body>");
    QTest::newRow("content after the body's end stays in it")
        << QStringLiteral("<body><p>a</p></body><p>b</p>") << QStringLiteral("<body><p>a</p><p>b</p></body>");
    QTest::newRow("script text is not markup")
        << QStringLiteral("<script>if (a<b) x='</div>'</script><p>x")
        << QStringLiteral("<script>if (a&lt;b) x='&lt;/div&gt;'</script><p>x</p>");
    QTest::newRow("text and attributes escaped")
        << QStringLiteral("<p title='a\"b'>1 &lt; 2 &amp; 3</p>")
        << QStringLiteral("<p title=\"a&quot;b\">1 &lt; 2 &amp; 3</p>");
    QTest::newRow("tag cut off at the end dropped") << QStringLiteral("<p>a<b") << QStringLiteral("<p>a</p>");
    QTest::newRow("</br> is a line break") << QStringLiteral("a</br>b") << QStringLiteral("a<br>b");
    QTest::newRow("option closes option")
        << QStringLiteral("<select><option>a<option>b</select>")
        << QStringLiteral("<select><option>a</option><option>b</option></select>");
    QTest::newRow("adjacent text joins") << QStringLiteral("a<!-- c -->b") << QStringLiteral("ab");
    QTest::newRow("only attributes Docket reads kept")
        << QStringLiteral("<p onclick=x class=a data-x=1 itemprop=articleBody>t</p>")
        << QStringLiteral("<p class=\"a\" itemprop=\"articleBody\">t</p>");
    QTest::newRow("empty") << QString() << QString();
}

void TestHtmlTreeBuilder::buildsAsBrowsers()
{
    QFETCH(QString, html);
    QFETCH(QString, tree);
    QCOMPARE(built(html), tree);
}

void TestHtmlTreeBuilder::rendersText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("paragraphs apart") << QStringLiteral("<p>a</p><p>b</p>") << QStringLiteral("a\n\nb");
    QTest::newRow("list items on lines")
        << QStringLiteral("<ul><li>a<li>b</ul>c") << QStringLiteral("a\nb\n\nc");
    QTest::newRow("line break") << QStringLiteral("a<br>b<br>\n<br>c") << QStringLiteral("a\nb\n\nc");
    QTest::newRow("white space collapsed")
        << QStringLiteral("  <p> a \n\t b </p>  ") << QStringLiteral("a b");
    QTest::newRow("inline markup joins words")
        << QStringLiteral("<p>Smith <i>v.</i> Jones</p>") << QStringLiteral("Smith v. Jones");
    QTest::newRow("cells spaced, rows on lines")
        << QStringLiteral("<table><tr><td>a<td>b<tr><td>c</table>") << QStringLiteral("a b\nc");
    QTest::newRow("scripts and styles unseen")
        << QStringLiteral("<p>a<script>x()</script><style>p{}</style>b</p>") << QStringLiteral("ab");
    QTest::newRow("no break at the start or end")
        << QStringLiteral("<div><p></p><p>a</p><br></div>") << QStringLiteral("a");
}

void TestHtmlTreeBuilder::rendersText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    const HtmlTree tree = HtmlTreeBuilder::build(html);
    QCOMPARE(tree.renderedText(tree.root()), text);
}

void TestHtmlTreeBuilder::removedNodesLeaveTheTree()
{
    HtmlTree tree = HtmlTreeBuilder::build(u"<div><p>a</p><aside><p>b</p></aside><p>c</p></div>");
    HtmlTree::NodeId aside = HtmlTree::None;
    HtmlTree::NodeId inside = HtmlTree::None;
    for (HtmlTree::NodeId n = tree.root(); n != HtmlTree::None; n = tree.next(n, tree.root())) {
        if (tree.isElement(n, u"aside"))
            aside = n;
        else if (aside != HtmlTree::None && inside == HtmlTree::None && tree.isElement(n, u"p"))
            inside = n;
    }
    QVERIFY(aside != HtmlTree::None && inside != HtmlTree::None);
    tree.remove(aside);
    QCOMPARE(tree.textContent(tree.root()), QStringLiteral("ac"));
    QCOMPARE(tree.outerHtml(tree.root()), QStringLiteral("<div><p>a</p><p>c</p></div>"));
    QVERIFY(!tree.isAttached(aside));
    QVERIFY(!tree.isAttached(inside));
    QVERIFY(tree.isAttached(tree.node(tree.root()).firstChild));
}

void TestHtmlTreeBuilder::boundsDepth()
{
    const int levels = 100000 / hostileSizeDivisor;
    QString html;
    for (int i = 0; i < levels; ++i)
        html.append(u"<div>");
    html.append(u"deep text");
    for (int i = 0; i < levels; ++i)
        html.append(u"</div>");
    html.append(u"<p>after</p>");

    QElapsedTimer timer;
    timer.start();
    const HtmlTree tree = HtmlTreeBuilder::build(html);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    int deepest = 0;
    for (HtmlTree::NodeId n = tree.root(); n != HtmlTree::None; n = tree.next(n, tree.root()))
        deepest = std::max(deepest, depthOf(tree, n));
    QVERIFY2(deepest <= HtmlTreeBuilder::Options{}.maxDepth + 1, qPrintable(QString::number(deepest)));
    const QString text = tree.textContent(tree.root());
    QVERIFY(text.contains(u"deep text"));
    QVERIFY(text.contains(u"after"));
}

void TestHtmlTreeBuilder::boundsNodeCount()
{
    QString html;
    for (int i = 0; i < 1000; ++i)
        html.append(u"<p>paragraph</p>");
    HtmlTreeBuilder::Options options;
    options.maxNodes = 100;
    const HtmlTree tree = HtmlTreeBuilder::build(html, options);
    QVERIFY2(tree.size() <= 101, qPrintable(QString::number(tree.size())));
    QVERIFY(tree.textContent(tree.root()).startsWith(u"paragraphparagraph"));
}

void TestHtmlTreeBuilder::boundsAttributeCount()
{
    HtmlTreeBuilder::Options options;
    options.maxAttributes = 3;
    const HtmlTree tree = HtmlTreeBuilder::build(u"<p class=a id=b><p class=c id=d><p class=e>", options);
    QCOMPARE(tree.outerHtml(tree.root()),
             QStringLiteral("<p class=\"a\" id=\"b\"></p><p class=\"c\"></p><p></p>"));
}

void TestHtmlTreeBuilder::staysLinearOnHostileInput_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("repeat");

    QTest::newRow("unclosed inline elements") << QStringLiteral("<b><i>x") << 300000;
    QTest::newRow("end tags of nothing open") << QStringLiteral("<div>x</span></em>") << 300000;
    QTest::newRow("list items without lists") << QStringLiteral("<li>x<dd>y") << 300000;
    QTest::newRow("table parts without a table") << QStringLiteral("<td>x<tr>y</td>") << 300000;
    QTest::newRow("paragraph in a deep stack of spans") << QStringLiteral("<span><p>x") << 300000;
    QTest::newRow("many attributes") << QStringLiteral("<p a=1 b=2 c=3 d=4 e=5 f=6>x") << 100000;
}

void TestHtmlTreeBuilder::staysLinearOnHostileInput()
{
    QFETCH(QString, unit);
    QFETCH(int, repeat);
    const QString html = unit.repeated(repeat / hostileSizeDivisor);
    QElapsedTimer timer;
    timer.start();
    const HtmlTree tree = HtmlTreeBuilder::build(html);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(tree.size() > 1);
    QVERIFY(tree.size() <= HtmlTreeBuilder::Options{}.maxNodes + 1);
}

QTEST_GUILESS_MAIN(TestHtmlTreeBuilder)
#include "tst_htmltreebuilder.moc"
