// Reading HTML into tags and text the way browsers do, malformed input included.
#include "htmltokenizer.h"

#include <QTest>

class TestHtmlTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void decodesReferences_data();
    void decodesReferences();
    void keepsFirstOfDuplicateAttributesAndBoundsTheirNumber();
};

namespace {

// "<a href=x>" as "S:a[href=x]", "</a>" as "E:a", text as "T:text"; a
// self-closed tag ends in "/".
QString describe(QStringView html)
{
    HtmlTokenizer tokenizer(html);
    QStringList parts;
    for (int guard = 0; guard < 10000; ++guard) {
        const HtmlTokenizer::Token token = tokenizer.next();
        switch (token.kind) {
        case HtmlTokenizer::Kind::End:
            return parts.join(u' ');
        case HtmlTokenizer::Kind::Text:
            parts.append(QStringLiteral("T:") + token.text);
            break;
        case HtmlTokenizer::Kind::EndTag:
            parts.append(QStringLiteral("E:") + token.name);
            break;
        case HtmlTokenizer::Kind::StartTag: {
            QString part = QStringLiteral("S:") + token.name;
            for (const HtmlTokenizer::Attribute &attribute : token.attributes)
                part += QStringLiteral("[%1=%2]").arg(attribute.name, attribute.value);
            if (token.selfClosing)
                part += u'/';
            parts.append(part);
            break;
        }
        }
    }
    return QStringLiteral("(does not end)");
}

} // namespace

void TestHtmlTokenizer::tokens_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char *html, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(html) << QString::fromUtf8(expected);
    };
    row("plain text", "Hello", "T:Hello");
    row("element", "<p>Hi</p>", "S:p T:Hi E:p");
    row("names folded to lower case", "<P CLASS=X>t</P>", "S:p[class=X] T:t E:p");
    row("quoted attributes", "<a href=\"x y\" title='it''s'>", "S:a[href=x y][title=it]['s'=]");
    row("unquoted attribute ends at space or >", "<a href=x/y>z", "S:a[href=x/y] T:z");
    row("attribute without value", "<input disabled checked=>", "S:input[disabled=][checked=]");
    row("quoted value holding >", "<a title=\"a>b\">t", "S:a[title=a>b] T:t");
    row("slash between attributes", "<img/src=x/>", "S:img[src=x/]");
    row("self-closing", "<br/><img src=\"a\" />", "S:br/ S:img[src=a]/");
    row("attribute name starting with =", "<a =x>", "S:a[=x=]");
    row("backtick is not a quote", "<a href=`x y`>", "S:a[href=`x][y`=]");
    row("less-than inside tag name", "<scr<script>ipt>", "S:scr<script T:ipt>");
    row("lone less-than is text", "a < b <3 <", "T:a < b <3 <");
    row("end tag with attributes", "</p class=x>", "E:p");
    row("empty end tag ignored", "a</>b", "T:a T:b");
    row("end tag of odd characters is a comment", "a</ p>b", "T:a T:b");
    row("comment", "a<!-- x -->b", "T:a T:b");
    row("empty comments", "<!-->a<!--->b", "T:a T:b");
    row("comment ended by --!>", "<!-- x --!>a", "T:a");
    row("comment never ended", "a<!-- <p>b", "T:a");
    row("comment holding a tag-like string", "<!--<img src=\"-->x\">", "T:x\">");
    row("doctype and processing instruction", "<!DOCTYPE html><?xml version=\"1.0\"?>t", "T:t");
    row("CDATA outside SVG is a bogus comment", "<![CDATA[<b>]]>t", "T:]]>t");
    row("script content is text", "<script>if (a<b) document.write('<p>')</script>x",
        "S:script T:if (a<b) document.write('<p>') E:script T:x");
    row("script ends only at its own end tag", "<script>a</scripty></script>",
        "S:script T:a</scripty> E:script");
    row("script end tag in any case", "<script>a</SCRIPT >b", "S:script T:a E:script T:b");
    row("script never closed", "<script>alert(1)", "S:script T:alert(1)");
    row("self-closed script still has content", "<script/>x</script>y", "S:script/ T:x E:script T:y");
    row("style content is text", "<style>p{}</style>", "S:style T:p{} E:style");
    row("textarea decodes references", "<textarea>&lt;b&gt;</textarea>", "S:textarea T:<b> E:textarea");
    row("title decodes references", "<title>a&amp;b</title>", "S:title T:a&b E:title");
    row("script does not decode references", "<script>&amp;</script>", "S:script T:&amp; E:script");
    row("plaintext swallows the rest", "<plaintext><b>x</b>", "S:plaintext T:<b>x</b>");
    row("tag cut off at the end", "a<img src=\"x", "T:a");
    row("tag cut off after its name", "a<div", "T:a");
    row("text references decoded", "a&amp;b&lt;c", "T:a&b<c");
    row("NUL kept for the sanitiser", "a\x01z", "T:a\x01z");
}

void TestHtmlTokenizer::tokens()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(describe(html), expected);
}

void TestHtmlTokenizer::decodesReferences_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("inAttribute");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char *input, bool inAttribute, const QString &expected) {
        QTest::newRow(name) << QString::fromUtf8(input) << inAttribute << expected;
    };
    row("XML names", "&amp;&lt;&gt;&quot;&apos;", false, QStringLiteral("&<>\"'"));
    row("HTML names", "&eacute;&mdash;&nbsp;", false, QStringLiteral("\u00e9\u2014\u00a0"));
    row("decimal", "&#106;&#97;", false, QStringLiteral("ja"));
    row("hex either case", "&#x6A;&#X41;", false, QStringLiteral("jA"));
    row("numeric without semicolons", "&#106&#x61v", false, QStringLiteral("jav"));
    row("padded with zeros", "&#0000106;", false, QStringLiteral("j"));
    row("windows-1252 range", "&#146;&#150;", false, QStringLiteral("\u2019\u2013"));
    row("NUL becomes U+FFFD", "&#0;", false, QStringLiteral("\ufffd"));
    row("surrogate becomes U+FFFD", "&#xD800;", false, QStringLiteral("\ufffd"));
    row("past U+10FFFF becomes U+FFFD", "&#x110000;&#99999999999999999999;", false,
        QStringLiteral("\ufffd\ufffd"));
    row("astral character", "&#x1F3DB;", false, QStringLiteral("\U0001F3DB"));
    row("no digits", "&#;&#x;", false, QStringLiteral("&#;&#x;"));
    row("unknown name", "&bogus; &", false, QStringLiteral("&bogus; &"));
    row("legacy name without semicolon in text", "&copy 2024 &ampx", false, QStringLiteral("\u00a9 2024 &x"));
    row("legacy name in attribute before letter stays", "?a=1&copy=2&ampx", true,
        QStringLiteral("?a=1&copy=2&ampx"));
    row("legacy name in attribute at end decodes", "a&amp", true, QStringLiteral("a&"));
    row("tab and newline names", "java&Tab;script&colon;&NewLine;", true, QStringLiteral("java\tscript:\n"));
}

void TestHtmlTokenizer::decodesReferences()
{
    QFETCH(QString, input);
    QFETCH(bool, inAttribute);
    QFETCH(QString, expected);
    QCOMPARE(HtmlTokenizer::decodeReferences(input, inAttribute), expected);
}

void TestHtmlTokenizer::keepsFirstOfDuplicateAttributesAndBoundsTheirNumber()
{
    QCOMPARE(describe(u"<a href=1 HREF=2 href=3>"), QStringLiteral("S:a[href=1]"));

    QString html = QStringLiteral("<a");
    for (int i = 0; i < 1000; ++i)
        html += QStringLiteral(" a%1=%1").arg(i);
    html += QStringLiteral(" href=x>");
    HtmlTokenizer tokenizer(html);
    const HtmlTokenizer::Token token = tokenizer.next();
    QCOMPARE(token.kind, HtmlTokenizer::Kind::StartTag);
    QCOMPARE(token.attributes.size(), HtmlTokenizer::maxAttributes);
    QCOMPARE(token.attribute(u"a63"), QStringLiteral("63"));
    QVERIFY(!token.hasAttribute(u"href"));
    QCOMPARE(tokenizer.next().kind, HtmlTokenizer::Kind::End);
}

QTEST_GUILESS_MAIN(TestHtmlTokenizer)
#include "tst_htmltokenizer.moc"
