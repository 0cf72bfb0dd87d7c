// Plain text from feed markup: tags, raw-text elements, references, spaces.
#include "plaintext.h"

#include <QElapsedTimer>
#include <QTest>

class TestPlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collapse_data();
    void collapse();
    void collapseSharesWhatNeedsNoChange();
    void fromHtml_data();
    void fromHtml();
    void hostileInputStaysFast_data();
    void hostileInputStaysFast();
};

void TestPlainText::collapse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");

    QTest::newRow("already plain") << QStringLiteral("Smith v. Jones") << QStringLiteral("Smith v. Jones");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << QStringLiteral(" \t\n ") << QString();
    QTest::newRow("ends trimmed") << QStringLiteral("  Title  ") << QStringLiteral("Title");
    QTest::newRow("runs become one space") << QStringLiteral("a  \t\r\n\f\v b") << QStringLiteral("a b");
    QTest::newRow("NBSP padding") << QStringLiteral("\u00A0\u00A0Title\u00A0 \u00A0")
                                  << QStringLiteral("Title");
    QTest::newRow("NBSP between words") << QStringLiteral("§\u00A01983") << QStringLiteral("§ 1983");
    QTest::newRow("Unicode spaces") << QStringLiteral("a\u2003b\u3000c\u2028d\u0085e\u202Ff")
                                    << QStringLiteral("a b c d e f");
    QTest::newRow("zero-width space is no white space")
        << QStringLiteral("a\u200Bb") << QStringLiteral("a\u200Bb");
    QTest::newRow("astral characters survive")
        << QStringLiteral(" \U0001D504  \U0001D505 ") << QStringLiteral("\U0001D504 \U0001D505");
}

void TestPlainText::collapse()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(PlainText::collapse(input), output);
    QCOMPARE(PlainText::collapse(QStringView(input)), output);
}

void TestPlainText::collapseSharesWhatNeedsNoChange()
{
    const QString plain = QStringLiteral("Court of Appeals affirms");
    QVERIFY(PlainText::collapse(plain).constData() == plain.constData());
    const QString padded = QStringLiteral("Court of  Appeals");
    QVERIFY(PlainText::collapse(padded).constData() != padded.constData());
}

void TestPlainText::fromHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("plain text") << QStringLiteral("Smith v. Jones") << QStringLiteral("Smith v. Jones");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("inline tags join")
        << QStringLiteral("Smi<b>th</b> v. <i>Jones</i>") << QStringLiteral("Smith v. Jones");
    QTest::newRow("paragraphs separate")
        << QStringLiteral("<p>Held:</p><p>Affirmed.</p>") << QStringLiteral("Held: Affirmed.");
    QTest::newRow("nested tags") << QStringLiteral("<div><p><b>Bold <i>and</i></b> plain</p></div>")
                                 << QStringLiteral("Bold and plain");
    QTest::newRow("br in every form")
        << QStringLiteral("one<br>two<br/>three<BR />four") << QStringLiteral("one two three four");
    QTest::newRow("list items") << QStringLiteral("<ul><li>One</li><li>Two</li></ul>")
                                << QStringLiteral("One Two");
    QTest::newRow("table cells") << QStringLiteral("<table><tr><td>A</td><td>B</td></tr></table>")
                                 << QStringLiteral("A B");
    QTest::newRow("tags in capitals")
        << QStringLiteral("<P>Up</P><H2>Down</H2>") << QStringLiteral("Up Down");
    QTest::newRow("attribute holding '>'")
        << QStringLiteral("<a title=\"a > b\" href=\"x\">link</a> text") << QStringLiteral("link text");
    QTest::newRow("single-quoted attribute holding '>'")
        << QStringLiteral("<img alt='1>0' src=x>after") << QStringLiteral("after");
    QTest::newRow("quote outside a value")
        << QStringLiteral("<p class=x don't>Text</p>") << QStringLiteral("Text");
    QTest::newRow("unclosed quote in a tag")
        << QStringLiteral("<a title=\"oops>Text</a> more") << QStringLiteral("Text more");
    QTest::newRow("element never closed")
        << QStringLiteral("<p>Open paragraph") << QStringLiteral("Open paragraph");
    QTest::newRow("tag cut off at the end") << QStringLiteral("Read more <a href=\"http://exa")
                                            << QStringLiteral("Read more <a href=\"http://exa");
    QTest::newRow("less-than with a space") << QStringLiteral("a < b") << QStringLiteral("a < b");
    QTest::newRow("less-than before a digit")
        << QStringLiteral("x<3 and y<=4") << QStringLiteral("x<3 and y<=4");
    QTest::newRow("less-than at the end") << QStringLiteral("trailing <") << QStringLiteral("trailing <");
    QTest::newRow("doubled brackets") << QStringLiteral("<<b>bold</b>>") << QStringLiteral("<bold>");
    QTest::newRow("letter after less-than starts a tag")
        << QStringLiteral("a<b and c>d") << QStringLiteral("ad");
    QTest::newRow("end tag with attributes") << QStringLiteral("a</p class=x>b") << QStringLiteral("a b");
    QTest::newRow("less-than slash before a digit") << QStringLiteral("1</2") << QStringLiteral("1</2");
    QTest::newRow("script removed") << QStringLiteral(
                                           "Before <script>if (a < b) { x = '</div>'; }</script>After")
                                    << QStringLiteral("Before After");
    QTest::newRow("script in capitals")
        << QStringLiteral("<SCRIPT type=x>evil()</Script >ok") << QStringLiteral("ok");
    QTest::newRow("script end needs the whole name")
        << QStringLiteral("<script>a</scripts>b</script>c") << QStringLiteral("c");
    QTest::newRow("script never closed")
        << QStringLiteral("Title<script>alert(1) visible?") << QStringLiteral("Title");
    QTest::newRow("self-closed script")
        << QStringLiteral("<script src=\"x.js\"/>Text") << QStringLiteral("Text");
    QTest::newRow("style removed") << QStringLiteral("<style>p > a { color: red; }</style>Text")
                                   << QStringLiteral("Text");
    QTest::newRow("comment removed") << QStringLiteral("Keep<!-- hidden -->this")
                                     << QStringLiteral("Keepthis");
    QTest::newRow("comment holding tags") << QStringLiteral("a <!-- <p>x</p> --> b") << QStringLiteral("a b");
    QTest::newRow("comment never closed") << QStringLiteral("a <!-- open") << QStringLiteral("a");
    QTest::newRow("doctype and instruction")
        << QStringLiteral("<!DOCTYPE html><?xml-stylesheet href=\"x\"?>Text") << QStringLiteral("Text");
    QTest::newRow("CDATA markers") << QStringLiteral("<![CDATA[<p>Inside &amp; out</p>]]>")
                                   << QStringLiteral("Inside & out");
    QTest::newRow("CDATA end without a start") << QStringLiteral("x ]]> y") << QStringLiteral("x ]]> y");
    QTest::newRow("references") << QStringLiteral("Smith &amp; Jones &#8211; &lt;b&gt;not a tag&lt;/b&gt;")
                                << QStringLiteral("Smith & Jones – <b>not a tag</b>");
    QTest::newRow("references decoded once")
        << QStringLiteral("&amp;lt;p&amp;gt;") << QStringLiteral("&lt;p&gt;");
    QTest::newRow("reference split by a tag") << QStringLiteral("&am<b></b>p;") << QStringLiteral("&amp;");
    QTest::newRow("NBSP padding") << QStringLiteral("&nbsp;&nbsp;Title&nbsp;") << QStringLiteral("Title");
    QTest::newRow("white space") << QStringLiteral("  <p>\n  Lots\tof\n\n space </p> ")
                                 << QStringLiteral("Lots of space");
    QTest::newRow("WordPress title") << QStringLiteral("In re Smith &#8211; Federal Circuit&#8217;s ruling")
                                     << QStringLiteral("In re Smith – Federal Circuit’s ruling");
}

void TestPlainText::fromHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(PlainText::fromHtml(html), text);
}

void TestPlainText::hostileInputStaysFast_data()
{
    // Each input is built in the test, about ten million characters long:
    // anything quadratic would run for hours.
    QTest::addColumn<QString>("pattern");
    QTest::newRow("less-than signs") << QStringLiteral("<");
    QTest::newRow("tags never closed") << QStringLiteral("<a");
    QTest::newRow("end tags never closed") << QStringLiteral("</a");
    QTest::newRow("quoted values hiding every '>'") << QStringLiteral("<a b=\">\" ");
    QTest::newRow("quotes never closed") << QStringLiteral("<a b='x>");
    QTest::newRow("comments never closed") << QStringLiteral("<!--");
    QTest::newRow("declarations never closed") << QStringLiteral("<!x");
    QTest::newRow("CDATA never closed") << QStringLiteral("<![CDATA[");
    QTest::newRow("scripts never closed") << QStringLiteral("<script></scrip");
    QTest::newRow("many small tags") << QStringLiteral("<b>x</b>");
    QTest::newRow("ampersands") << QStringLiteral("&");
    QTest::newRow("spaces") << QStringLiteral(" ");
}

void TestPlainText::hostileInputStaysFast()
{
    QFETCH(QString, pattern);
    const QString html = pattern.repeated(10 * 1000 * 1000 / pattern.size());
    QElapsedTimer timer;
    timer.start();
    const QString text = PlainText::fromHtml(html);
    QVERIFY(text.size() <= html.size());
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestPlainText)
#include "tst_plaintext.moc"
