// Sanitised HTML to Markdown and plain text: structure kept, markup-like text escaped, bounded time.
#include "htmlsanitizer.h"
#include "htmltotext.h"

#include <QElapsedTimer>
#include <QTest>

Q_DECLARE_METATYPE(HtmlToText::Style)

class TestHtmlToText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convert_data();
    void convert();
    void deepAndLargeInputStaysFast();
};

void TestHtmlToText::convert_data()
{
    using HtmlToText::Style;
    QTest::addColumn<QString>("html");
    QTest::addColumn<Style>("style");
    QTest::addColumn<QString>("expected");

    const auto both = [](const char *name, const QString &html, const QString &markdown,
                         const QString &plain) {
        QTest::newRow(qPrintable(QString::fromLatin1(name) + QStringLiteral(" md")))
            << html << Style::Markdown << markdown;
        QTest::newRow(qPrintable(QString::fromLatin1(name) + QStringLiteral(" txt")))
            << html << Style::Plain << plain;
    };
    both("paragraphs", QStringLiteral("<p>One</p><p>Two</p>"), QStringLiteral("One\n\nTwo"),
         QStringLiteral("One\n\nTwo"));
    both("white space collapses", QStringLiteral("<p>  a \n\t b  </p>"), QStringLiteral("a b"),
         QStringLiteral("a b"));
    both("emphasis keeps spaces outside markers", QStringLiteral("<p>a<b> bold </b>c <i>it</i></p>"),
         QStringLiteral("a **bold** c *it*"), QStringLiteral("a bold c it"));
    both("empty emphasis writes nothing", QStringLiteral("<p>a<b> </b>b</p>"), QStringLiteral("a b"),
         QStringLiteral("a b"));
    both("strike", QStringLiteral("<p><s>old</s> new</p>"), QStringLiteral("~~old~~ new"),
         QStringLiteral("old new"));
    both("headings", QStringLiteral("<h1>Top</h1><h3>Third</h3>"), QStringLiteral("# Top\n\n### Third"),
         QStringLiteral("Top\n\nThird"));
    both("heading with a break stays one line", QStringLiteral("<h2>a<br/>b</h2>"), QStringLiteral("## a b"),
         QStringLiteral("a b"));
    both("line break", QStringLiteral("<p>a<br/>b<br/><br/>c</p>"), QStringLiteral("a\\\nb\\\nc"),
         QStringLiteral("a\nb\nc"));
    both("link", QStringLiteral("<p><a href=\"https://x.example/a\">words</a></p>"),
         QStringLiteral("[words](https://x.example/a)"), QStringLiteral("words <https://x.example/a>"));
    both("link with parentheses", QStringLiteral("<a href=\"https://x.example/a_(b)\">w</a>"),
         QStringLiteral("[w](https://x.example/a_%28b%29)"), QStringLiteral("w <https://x.example/a_(b)>"));
    both("link whose words are its address",
         QStringLiteral("<a href=\"https://x.example/\">https://x.example/</a>"),
         QStringLiteral("[https://x.example/](https://x.example/)"), QStringLiteral("https://x.example/"));
    both("mail link", QStringLiteral("<a href=\"mailto:a@b.example\">a@b.example</a>"),
         QStringLiteral("[a@b.example](mailto:a@b.example)"), QStringLiteral("a@b.example"));
    both("unordered list", QStringLiteral("<ul><li>a</li><li>b</li></ul>"), QStringLiteral("- a\n- b"),
         QStringLiteral("- a\n- b"));
    both("ordered list with start", QStringLiteral("<ol start=\"9\"><li>a</li><li>b</li></ol>"),
         QStringLiteral("9. a\n10. b"), QStringLiteral("9. a\n10. b"));
    both("nested list indented under its item", QStringLiteral("<ol><li>a<ul><li>b</li></ul></li></ol>"),
         QStringLiteral("1. a\n   - b"), QStringLiteral("1. a\n   - b"));
    both("blockquote", QStringLiteral("<blockquote><p>a</p><p>b</p></blockquote>"),
         QStringLiteral("> a\n>\n> b"), QStringLiteral("    a\n\n    b"));
    both("nested blockquote", QStringLiteral("<blockquote><blockquote>a</blockquote></blockquote>"),
         QStringLiteral("> > a"), QStringLiteral("        a"));
    both("pre keeps its spaces", QStringLiteral("<pre>\n  a\n    b\n</pre>"),
         QStringLiteral("```\n  a\n    b\n```"), QStringLiteral("      a\n        b"));
    both("pre holding a fence", QStringLiteral("<pre>```</pre>"), QStringLiteral("````\n```\n````"),
         QStringLiteral("    ```"));
    both("code span with a backtick", QStringLiteral("<p><code>a`b</code></p>"), QStringLiteral("``a`b``"),
         QStringLiteral("a`b"));
    both("code is not escaped", QStringLiteral("<code>*p_x</code>"), QStringLiteral("`*p_x`"),
         QStringLiteral("*p_x"));
    both("markdown characters escaped", QStringLiteral("<p>5 * 3 _x_ [a](b) &lt;i&gt; a|b ~c</p>"),
         QStringLiteral("5 \\* 3 \\_x\\_ \\[a\\](b) \\<i\\> a\\|b \\~c"),
         QStringLiteral("5 * 3 _x_ [a](b) <i> a|b ~c"));
    both("line start that would be a heading", QStringLiteral("<p># 1</p>"), QStringLiteral("\\# 1"),
         QStringLiteral("# 1"));
    both("line start that would be a list", QStringLiteral("<p>1. a</p><p>- b</p><p>+ c</p>"),
         QStringLiteral("1\\. a\n\n\\- b\n\n\\+ c"), QStringLiteral("1. a\n\n- b\n\n+ c"));
    both("entity-like text", QStringLiteral("<p>&amp;copy; AT&amp;T &amp; co</p>"),
         QStringLiteral("\\&copy; AT\\&T & co"), QStringLiteral("&copy; AT&T & co"));
    both("rule", QStringLiteral("<p>a</p><hr/><p>b</p>"), QStringLiteral("a\n\n---\n\nb"),
         QStringLiteral("a\n\n* * *\n\nb"));
    both("table", QStringLiteral("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td></tr></table>"),
         QStringLiteral("| A | B |\n| --- | --- |\n| 1 |  |"), QStringLiteral("A | B\n1 |"));
    both("definition list", QStringLiteral("<dl><dt>T</dt><dd>D</dd></dl>"), QStringLiteral("**T**\n  D"),
         QStringLiteral("T\n  D"));
    both("image link placeholder", QStringLiteral("<a href=\"https://x.example/i.png\">[Image: Seal]</a>"),
         QStringLiteral("[\\[Image: Seal\\]](https://x.example/i.png)"),
         QStringLiteral("[Image: Seal] <https://x.example/i.png>"));
    both("embedded image", QStringLiteral("<img src=\"data:image/png;base64,AAAA\" alt=\"Seal\"/>"),
         QStringLiteral("![Seal](data:image/png;base64,AAAA)"), QStringLiteral("[Image: Seal]"));
    both("block inside a link", QStringLiteral("<a href=\"https://x.example/\"><div>a</div>b</a>"),
         QStringLiteral("[a b](https://x.example/)"), QStringLiteral("a b <https://x.example/>"));
    both("empty", QString(), QString(), QString());
    both("only white space", QStringLiteral("<p> </p><div>\n</div>"), QString(), QString());
    both("NBSP kept", QStringLiteral("<p>§\u00A01983</p>"), QStringLiteral("§\u00A01983"),
         QStringLiteral("§\u00A01983"));
}

void TestHtmlToText::convert()
{
    QFETCH(QString, html);
    QFETCH(HtmlToText::Style, style);
    QFETCH(QString, expected);
    QCOMPARE(HtmlToText::convert(html, style), expected);
}

void TestHtmlToText::deepAndLargeInputStaysFast()
{
    // The sanitiser bounds depth; the converter must stay linear in size.
    const QString deep = HtmlSanitizer::sanitize(
        QStringLiteral("<blockquote><ul><li>").repeated(5000) + QStringLiteral("deep"), QUrl());
    const QString large = HtmlSanitizer::sanitize(
        QStringLiteral("<p>Paragraph with <b>bold</b>, <a href=\"https://x.example/\">a link</a>.</p>")
            .repeated(20000),
        QUrl());
    QElapsedTimer timer;
    timer.start();
    for (const auto style : {HtmlToText::Style::Markdown, HtmlToText::Style::Plain}) {
        QVERIFY(HtmlToText::convert(deep, style).contains(u"deep"));
        QCOMPARE(HtmlToText::convert(large, style).count(u"a link"), 20000);
    }
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestHtmlToText)
#include "tst_htmltotext.moc"
