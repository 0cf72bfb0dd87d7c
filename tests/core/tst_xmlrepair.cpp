// XmlRepair: what a strict XML reader needs changed in real feeds, and nothing more.
#include "xmlrepair.h"

#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>
#include <QXmlStreamReader>

#include <utility>

using namespace Qt::StringLiterals;

class TestXmlRepair : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repairs_data();
    void repairs();
    void leavesGoodDocumentsAlone_data();
    void leavesGoodDocumentsAlone();
    void decodesTextReferences_data();
    void decodesTextReferences();
    void decodingReadsTheSame_data();
    void decodingReadsTheSame();
    void decodingReadsTheSameInRealFeeds_data();
    void decodingReadsTheSameInRealFeeds();
    void keepsLineNumbers();
    void repairedDocumentsReadAsXml_data();
    void repairedDocumentsReadAsXml();
    void hostileInputCostsLinearTime_data();
    void hostileInputCostsLinearTime();
};

void TestXmlRepair::repairs_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("html nbsp") << u"<t>a&nbsp;b</t>"_s << u"<t>a&#160;b</t>"_s;
    QTest::newRow("html eacute") << u"<t>caf&eacute;</t>"_s << u"<t>caf&#233;</t>"_s;
    QTest::newRow("html mdash and hellip") << u"a&mdash;b&hellip;"_s << u"a&#8212;b&#8230;"_s;
    QTest::newRow("html entity of two code points") << u"&NotEqualTilde;"_s << u"&#8770;&#824;"_s;
    QTest::newRow("html AMP in capitals") << u"AT&AMP;T"_s << u"AT&#38;T"_s;
    QTest::newRow("unknown entity") << u"<t>&lol9;</t>"_s << u"<t>&amp;lol9;</t>"_s;
    QTest::newRow("bare ampersand in word") << u"AT&T"_s << u"AT&amp;T"_s;
    QTest::newRow("bare ampersand between words") << u"Smith & Jones"_s << u"Smith &amp; Jones"_s;
    QTest::newRow("ampersand at the end") << u"a&"_s << u"a&amp;"_s;
    QTest::newRow("html entity without semicolon") << u"&copy 2024"_s << u"&amp;copy 2024"_s;
    QTest::newRow("entity name too long") << u"&abcdefghijabcdefghijabcdefghijabcdefghijabcdefghij;"_s
                                          << u"&amp;abcdefghijabcdefghijabcdefghijabcdefghijabcdefghij;"_s;
    QTest::newRow("ampersand in attribute")
        << u"<a href=\"/?a=1&b=2&amp;c=3\"/>"_s << u"<a href=\"/?a=1&amp;b=2&amp;c=3\"/>"_s;
    QTest::newRow("windows-1252 numeric reference") << u"it&#146;s"_s << u"it&#8217;s"_s;
    QTest::newRow("windows-1252 hex reference") << u"&#x93;q&#x94;"_s << u"&#8220;q&#8221;"_s;
    QTest::newRow("NUL reference") << u"a&#0;b"_s << u"a&#65533;b"_s;
    QTest::newRow("surrogate reference") << u"a&#xD800;b"_s << u"a&#65533;b"_s;
    QTest::newRow("reference beyond Unicode")
        << u"a&#x110000;b&#99999999999999;"_s << u"a&#65533;b&#65533;"_s;
    QTest::newRow("control character reference") << u"a&#1;b&#x1F;c"_s << u"abc"_s;
    QTest::newRow("FFFE reference") << u"a&#xFFFE;b"_s << u"ab"_s;
    QTest::newRow("numeric reference without digits") << u"&#;&#x;"_s << u"&amp;#;&amp;#x;"_s;
    QTest::newRow("numeric reference without semicolon") << u"&#12 and &#x4"_s << u"&amp;#12 and &amp;#x4"_s;
    QTest::newRow("control characters") << u"<t>a\u0001b\u000Bc\u001Fd</t>"_s << u"<t>abcd</t>"_s;
    QTest::newRow("noncharacters FFFE FFFF") << u"a\uFFFEb\uFFFFc"_s << u"abc"_s;
    QTest::newRow("control character in CDATA") << u"<![CDATA[a\u0002b]]>"_s << u"<![CDATA[ab]]>"_s;
    QTest::newRow("netscape doctype")
        << u"<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
           "  \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss/>"_s
        << u"<?xml version=\"1.0\"?>\n\n\n<rss/>"_s;
    QTest::newRow("doctype with internal subset")
        << u"<!DOCTYPE r [\n<!ENTITY a \"x>]y\">\n<!-- ] > -->\n<!ENTITY b '&a;&a;'>\n]>\n<r>&a;</r>"_s
        << u"\n\n\n\n\n<r>&amp;a;</r>"_s;
    QTest::newRow("external entity doctype")
        << u"<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"_s << u"<r>&amp;x;</r>"_s;
    QTest::newRow("lower-case html doctype") << u"<!doctype html><html></html>"_s << u"<html></html>"_s;
    QTest::newRow("unterminated doctype") << u"<!DOCTYPE r [ <!ENTITY a \"b"_s << QString();
    QTest::newRow("late xml declaration holding a control character")
        << u"\n<?xml version=\"1.0\"\u0001?><rss/>"_s << u"\n<rss/>"_s;
    QTest::newRow("late xml declaration")
        << u"\n  <?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss/>"_s << u"\n  \n<rss/>"_s;
    QTest::newRow("less-than that is not markup") << u"<p>a < b, 1<2</p>"_s << u"<p>a &lt; b, 1&lt;2</p>"_s;
    QTest::newRow("less-than at the end") << u"a<"_s << u"a&lt;"_s;
}

void TestXmlRepair::repairs()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(XmlRepair::repair(input), expected);
}

void TestXmlRepair::leavesGoodDocumentsAlone_data()
{
    QTest::addColumn<QString>("literal");

    QTest::newRow("plain document") << u"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>"_s;
    QTest::newRow("xml entities") << u"<t a=\"&quot;\">&amp;&lt;&gt;&quot;&apos;</t>"_s;
    QTest::newRow("numeric references") << u"<t>&#233;&#xE9;&#x1F600;&#9;</t>"_s;
    QTest::newRow("CDATA holding html entities") << u"<t><![CDATA[a & b &nbsp; <p>]]></t>"_s;
    QTest::newRow("comment holding ampersands") << u"<t><!-- a & b &nbsp; < --></t>"_s;
    QTest::newRow("processing instruction") << u"<?xml-stylesheet href=\"a?b&c\"?><t/>"_s;
    QTest::newRow("tab CR LF") << u"<t>a\tb\r\nc</t>"_s;
    QTest::newRow("unterminated CDATA") << u"<t><![CDATA[ & "_s;
    QTest::newRow("non-ascii element name") << u"<été/>"_s;
}

void TestXmlRepair::leavesGoodDocumentsAlone()
{
    QFETCH(QString, literal);
    const QString input(literal.constData(), literal.size()); // on the heap, like a decoded document
    const QString output = XmlRepair::repair(input);
    QCOMPARE(output, input);
    QVERIFY(output.isSharedWith(input));
}

void TestXmlRepair::decodesTextReferences_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("escaped html") << u"<t>a &lt;b&gt; c</t>"_s << u"<t><![CDATA[a <b> c]]></t>"_s;
    QTest::newRow("html entity") << u"<t>a&nbsp;b</t>"_s << u"<t><![CDATA[a\u00A0b]]></t>"_s;
    QTest::newRow("bare and unknown") << u"<t>AT&T &lol;</t>"_s << u"<t><![CDATA[AT&T &lol;]]></t>"_s;
    QTest::newRow("windows-1252 and NUL") << u"<t>&#146;&#0;</t>"_s << u"<t><![CDATA[\u2019\uFFFD]]></t>"_s;
    QTest::newRow("control character") << u"<t>&amp;\u0001</t>"_s << u"<t><![CDATA[&]]></t>"_s;
    QTest::newRow("attribute keeps references")
        << u"<a t=\"&lt;&nbsp;\">x &amp; y</a>"_s << u"<a t=\"&lt;&#160;\"><![CDATA[x & y]]></a>"_s;
    QTest::newRow("decoded CDATA end") << u"<t>]]&gt;</t>"_s << u"<t><![CDATA[]]]]><![CDATA[>]]></t>"_s;
    QTest::newRow("decoded CDATA end across a reference")
        << u"<t>]&#93;&gt;</t>"_s << u"<t><![CDATA[]]]]><![CDATA[>]]></t>"_s;
    QTest::newRow("carriage return reference")
        << u"<t>a&#13;b</t>"_s << u"<t><![CDATA[a]]>&#13;<![CDATA[b]]></t>"_s;
    QTest::newRow("literal CDATA end is left for the reader")
        << u"<t>a]]>&amp;</t>"_s << u"<t>a]]>&amp;</t>"_s;
    QTest::newRow("text without references") << u"<t>plain</t>"_s << u"<t>plain</t>"_s;
}

void TestXmlRepair::decodesTextReferences()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(XmlRepair::repair(input, XmlRepair::TextReferences::Decode), expected);
}

namespace {

// What a reader of the document sees: elements, attributes, and the text
// between them (however it was split into tokens).
QStringList readerView(const QString &document)
{
    QStringList view;
    QString text;
    QXmlStreamReader reader(document);
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += reader.text();
            continue;
        }
        if (!text.isEmpty())
            view.append(std::exchange(text, QString()));
        if (token == QXmlStreamReader::StartElement) {
            view.append(u'<' + reader.qualifiedName().toString());
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                view.append(attribute.qualifiedName().toString() + u'=' + attribute.value().toString());
        } else if (token == QXmlStreamReader::EndElement) {
            view.append(u"</"_s + reader.qualifiedName().toString());
        }
    }
    if (reader.hasError())
        view.append(u"error at line "_s + QString::number(reader.lineNumber()));
    return view;
}

} // namespace

void TestXmlRepair::decodingReadsTheSame_data()
{
    QTest::addColumn<QString>("fixture");

    QTest::newRow("PACER descriptions") << u"xml/juriscraper--pacer-cadc.xml"_s;
    QTest::newRow("WordPress opinions") << u"xml/juriscraper--opinions-cafc_example.xml"_s;
    QTest::newRow("magazine") << u"xml/netnewswire--macworld.rss"_s;
    QTest::newRow("xhtml content") << u"xml/netnewswire--expertopinionent.atom"_s;
    QTest::newRow("html entities") << u"xml/rss_html_entities_in_xml.xml"_s;
    QTest::newRow("broken document") << u"xml/juriscraper--oral_args-ca1_example.xml"_s;
    QTest::newRow("bare ampersands") << u"xml/rss_bare_ampersand.xml"_s;
    QTest::newRow("doctype and entities") << u"xml/rss091_netscape_doctype.xml"_s;
}

void TestXmlRepair::decodingReadsTheSame()
{
    QFETCH(QString, fixture);
    const QByteArray bytes = TestData::read(fixture);
    QVERIFY(!bytes.isEmpty());
    const QString document = QString::fromUtf8(bytes);
    const QString decoded = XmlRepair::repair(document, XmlRepair::TextReferences::Decode);
    QVERIFY(!decoded.isSharedWith(document)); // the case is exercised
    QCOMPARE(readerView(decoded), readerView(XmlRepair::repair(document)));
}

void TestXmlRepair::decodingReadsTheSameInRealFeeds_data()
{
    QTest::addColumn<QString>("fixture");

    const QDir feeds(TestData::path(u"feeds"_s));
    const QStringList files = feeds.entryList({u"*.xml"_s, u"*.rss"_s, u"*.atom"_s, u"*.rdf"_s}, QDir::Files);
    QVERIFY(files.size() >= 30);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << u"feeds/"_s + file;
}

void TestXmlRepair::decodingReadsTheSameInRealFeeds()
{
    QFETCH(QString, fixture);
    const QString document = QString::fromUtf8(TestData::read(fixture));
    QVERIFY(!document.isEmpty());
    QCOMPARE(readerView(XmlRepair::repair(document, XmlRepair::TextReferences::Decode)),
             readerView(XmlRepair::repair(document)));
}

void TestXmlRepair::keepsLineNumbers()
{
    const QString input =
        u"<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a \"b\">\n]>\n<rss>\n<x>&nbsp;</x>\n<y>\n</rss>"_s;
    QXmlStreamReader reader(XmlRepair::repair(input));
    while (!reader.atEnd())
        reader.readNext();
    QVERIFY(reader.hasError());
    QCOMPARE(reader.lineNumber(), 8); // </rss> closes <y>: where the publisher wrote it
}

void TestXmlRepair::repairedDocumentsReadAsXml_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");

    QTest::newRow("entities") << u"<t>caf&eacute; &amp; AT&T&nbsp;&copy</t>"_s << u"café & AT&T\u00A0&copy"_s;
    QTest::newRow("doctype and unknown entity")
        << u"<!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><t>&x;</t>"_s << u"&x;"_s;
    QTest::newRow("windows-1252 and controls") << u"<t>it&#146;s\u0001 &#0;</t>"_s << u"it\u2019s \uFFFD"_s;
    QTest::newRow("stray less-than") << u"<t>1 < 2</t>"_s << u"1 < 2"_s;
}

void TestXmlRepair::repairedDocumentsReadAsXml()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QXmlStreamReader reader(XmlRepair::repair(input));
    QVERIFY(reader.readNextStartElement());
    QCOMPARE(reader.readElementText(), text);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
}

void TestXmlRepair::hostileInputCostsLinearTime_data()
{
    QTest::addColumn<QString>("unit");

    QTest::newRow("ampersands") << u"&"_s;
    QTest::newRow("long entity names") << u"&abcdefghijklmnopqrstuvwxyz"_s;
    QTest::newRow("numeric references without end") << u"&#123456789"_s;
    QTest::newRow("html entities") << u"&nbsp;"_s;
    QTest::newRow("doctype openers") << u"<!DOCTYPE ["_s;
    QTest::newRow("comment openers") << u"<!--"_s;
    QTest::newRow("CDATA openers") << u"<![CDATA["_s;
    QTest::newRow("declarations") << u"<?xml "_s;
    QTest::newRow("less-thans") << u"< "_s;
    QTest::newRow("control characters") << u"\u0001"_s;
}

void TestXmlRepair::hostileInputCostsLinearTime()
{
    QFETCH(QString, unit);
    // Large enough that quadratic work would take hours, small enough that a
    // sanitizer build on a busy machine stays well inside the bound.
    const QString input = unit.repeated(2 * 1024 * 1024 / unit.size());
    QElapsedTimer timer;
    timer.start();
    const QString output = XmlRepair::repair(input);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(output.size() <= input.size() * 8);
}

QTEST_APPLESS_MAIN(TestXmlRepair)
#include "tst_xmlrepair.moc"
