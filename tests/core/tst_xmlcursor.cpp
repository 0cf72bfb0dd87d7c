// XmlCursor: reading an element's text or markup, xml:base in scope, and the nesting bound.
#include "xmlcursor.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestXmlCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void tracksXmlBase();
    void boundsNesting();
    void skipsToTheNextSibling();
};

void TestXmlCursor::reads_data()
{
    QTest::addColumn<QString>("child"); // the root's first child, which is read
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("expected");

    QTest::newRow("text of descendants and CDATA")
        << u"<a>x<b>y</b><![CDATA[<z>]]></a>"_s << u"text"_s << u"xy<z>"_s;
    QTest::newRow("html source as sent")
        << u"<d>&lt;p&gt;Tom &amp;amp; Jerry&lt;/p&gt;</d>"_s << u"html"_s << u"<p>Tom &amp; Jerry</p>"_s;
    QTest::newRow("html with markup children")
        << u"<d>&lt;i&gt;a&lt;/i&gt; <b class=\"x\">c &amp; d</b><br/></d>"_s << u"html"_s
        << u"<i>a</i> <b class=\"x\">c &amp; d</b><br>"_s;
    QTest::newRow("xhtml: outer div dropped, inner kept")
        << u"<c><div xmlns=\"http://www.w3.org/1999/xhtml\"><div>x</div><br/><p/></div></c>"_s << u"xhtml"_s
        << u"<div>x</div><br><p></p>"_s;
    QTest::newRow("xhtml: prefixes dropped")
        << u"<c xmlns:h=\"http://www.w3.org/1999/xhtml\"><h:div><h:a h:href=\"u\">l</h:a></h:div></c>"_s
        << u"xhtml"_s << u"<a href=\"u\">l</a>"_s;
    QTest::newRow("xhtml: text and attributes escaped")
        << u"<c><div xmlns=\"http://www.w3.org/1999/xhtml\">1 &lt; 2 &amp; <a title='\"q\" &lt;'>x</a></div></c>"_s
        << u"xhtml"_s << u"1 &lt; 2 &amp; <a title=\"&quot;q&quot; &lt;\">x</a>"_s;
    QTest::newRow("xhtml: a div in another namespace is content")
        << u"<c><div>kept</div></c>"_s << u"xhtml"_s << u"<div>kept</div>"_s;
    QTest::newRow("xhtml: comments and processing instructions dropped")
        << u"<c><!-- c --><?pi x?><b>y</b></c>"_s << u"xhtml"_s << u"<b>y</b>"_s;
    QTest::newRow("named child") << u"<author><name>Ann</name><title>Editor</title></author>"_s << u"name"_s
                                 << u"Ann"_s;
    QTest::newRow("no named child: all text")
        << u"<author>Ann <i>Lee</i></author>"_s << u"name"_s << u"Ann Lee"_s;
}

void TestXmlCursor::reads()
{
    QFETCH(QString, child);
    QFETCH(QString, how);
    QFETCH(QString, expected);

    QXmlStreamReader reader(u"<root>"_s + child + u"<after/></root>"_s);
    QVERIFY(reader.readNextStartElement());
    XmlCursor cursor(reader, 16);
    QVERIFY(cursor.nextChild());
    QString actual;
    if (how == u"text")
        actual = cursor.readText();
    else if (how == u"html")
        actual = cursor.readHtml();
    else if (how == u"xhtml")
        actual = cursor.readXhtml();
    else
        actual = cursor.readTextOrChild(u"name");
    QCOMPARE(actual, expected);
    // The element was read to its end: the next child is its sibling.
    QVERIFY(cursor.nextChild());
    QCOMPARE(cursor.name(), u"after");
    QVERIFY(!cursor.failed());
}

void TestXmlCursor::tracksXmlBase()
{
    QXmlStreamReader reader(u"<r xml:base='http://x.example/a/'><e xml:base='b/'><l xml:base='c/'/><m/></e>"
                            "<n xml:base='/abs/'/><o/></r>"_s);
    QVERIFY(reader.readNextStartElement());
    XmlCursor cursor(reader, 16);
    QCOMPARE(cursor.resolve(u"d"), QUrl(u"http://x.example/a/d"_s));
    QVERIFY(cursor.nextChild()); // e
    QCOMPARE(cursor.base(), QUrl(u"http://x.example/a/b/"_s));
    QVERIFY(cursor.nextChild()); // l
    QCOMPARE(cursor.resolve(u" d "), QUrl(u"http://x.example/a/b/c/d"_s));
    QCOMPARE(cursor.resolve(u"  "), QUrl());
    cursor.skip();
    QVERIFY(cursor.nextChild()); // m
    QCOMPARE(cursor.resolve(u"d"), QUrl(u"http://x.example/a/b/d"_s));
    cursor.skip();
    QVERIFY(!cursor.nextChild()); // end of e
    QVERIFY(cursor.nextChild());  // n
    QCOMPARE(cursor.resolve(u"d"), QUrl(u"http://x.example/abs/d"_s));
    cursor.skip();
    QVERIFY(cursor.nextChild()); // o
    QCOMPARE(cursor.resolve(u"https://other.example/"), QUrl(u"https://other.example/"_s));
    QCOMPARE(cursor.base(), QUrl(u"http://x.example/a/"_s));
}

void TestXmlCursor::boundsNesting()
{
    QXmlStreamReader reader(u"<r><a><b><c>deep</c></b></a><after/></r>"_s);
    QVERIFY(reader.readNextStartElement());
    XmlCursor cursor(reader, 3);
    QVERIFY(cursor.nextChild());        // a, depth 2
    QCOMPARE(cursor.readText(), u""_s); // c at depth 4 is refused
    QVERIFY(cursor.failed());
    QCOMPARE(reader.errorString(), u"the elements nest deeper than 3 levels"_s);
    QVERIFY(!cursor.nextChild());
}

void TestXmlCursor::skipsToTheNextSibling()
{
    QXmlStreamReader reader(u"<r><a><x><y/></x>text</a><b>B</b></r>"_s);
    QVERIFY(reader.readNextStartElement());
    XmlCursor cursor(reader, 16);
    QVERIFY(cursor.nextChild());
    cursor.skip();
    QVERIFY(cursor.nextChild());
    QCOMPARE(cursor.name(), u"b");
    QCOMPARE(cursor.readText(), u"B"_s);
    QVERIFY(!cursor.nextChild());
    QVERIFY(!cursor.failed());
}

QTEST_APPLESS_MAIN(TestXmlCursor)
#include "tst_xmlcursor.moc"
