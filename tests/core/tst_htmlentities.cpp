// Character references: the generated HTML5 table and decoding as browsers do.
#include "htmlentities.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

class TestHtmlEntities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableIsTheHtml5List();
    void lookup_data();
    void lookup();
    void decode_data();
    void decode();
    void decodeWithoutAmpersandShares();
    void decodeAppendKeepsWhatWasThere();
    void hostileInputStaysFast_data();
    void hostileInputStaysFast();
};

namespace {

QString codePoints(std::initializer_list<char32_t> values)
{
    QString text;
    for (const char32_t value : values)
        text += QString::fromUcs4(&value, 1);
    return text;
}

} // namespace

void TestHtmlEntities::tableIsTheHtml5List()
{
    const auto table = HtmlEntities::namedReferences();
    // html.entities.html5 holds 2,231 names; 2,125 of them end in ';'.
    QCOMPARE(table.size(), size_t(2125));
    QVERIFY(std::is_sorted(table.begin(), table.end(),
                           [](const auto &a, const auto &b) { return a.name < b.name; }));
    QVERIFY(std::adjacent_find(table.begin(), table.end(),
                               [](const auto &a, const auto &b) { return a.name == b.name; }) == table.end());
    const auto twoCodePoints = std::count_if(
        table.begin(), table.end(), [](const HtmlEntities::NamedReference &r) { return r.second != 0; });
    QCOMPARE(twoCodePoints, std::ptrdiff_t(93));
    // Every entry is reachable by its own name.
    for (const HtmlEntities::NamedReference &entry : table) {
        const QString name = QString::fromLatin1(entry.name.data(), qsizetype(entry.name.size()));
        const std::optional<QString> text = HtmlEntities::lookup(name);
        QVERIFY2(text.has_value(), qPrintable(name));
        QCOMPARE(text->toUcs4().first(), uint(entry.first));
    }
}

void TestHtmlEntities::lookup_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("text");

    QTest::newRow("amp") << QStringLiteral("amp") << true << QStringLiteral("&");
    QTest::newRow("AMP in capitals") << QStringLiteral("AMP") << true << QStringLiteral("&");
    QTest::newRow("nbsp") << QStringLiteral("nbsp") << true << codePoints({0xA0});
    QTest::newRow("eacute") << QStringLiteral("eacute") << true << QStringLiteral("é");
    QTest::newRow("sect") << QStringLiteral("sect") << true << QStringLiteral("§");
    QTest::newRow("ndash") << QStringLiteral("ndash") << true << QStringLiteral("–");
    QTest::newRow("first in the table") << QStringLiteral("AElig") << true << QStringLiteral("Æ");
    QTest::newRow("last in the table") << QStringLiteral("zwnj") << true << codePoints({0x200C});
    QTest::newRow("longest name") << QStringLiteral("CounterClockwiseContourIntegral") << true
                                  << codePoints({0x2233});
    QTest::newRow("two code points: NotEqualTilde")
        << QStringLiteral("NotEqualTilde") << true << codePoints({0x2242, 0x338});
    QTest::newRow("two code points: acE") << QStringLiteral("acE") << true << codePoints({0x223E, 0x333});
    QTest::newRow("two code points: fjlig") << QStringLiteral("fjlig") << true << QStringLiteral("fj");
    QTest::newRow("surrogate pair: Afr") << QStringLiteral("Afr") << true << codePoints({0x1D504});
    QTest::newRow("surrogate pair: zopf") << QStringLiteral("zopf") << true << codePoints({0x1D56B});
    QTest::newRow("case matters") << QStringLiteral("Amp") << false << QString();
    QTest::newRow("with semicolon") << QStringLiteral("amp;") << false << QString();
    QTest::newRow("with ampersand") << QStringLiteral("&amp") << false << QString();
    QTest::newRow("longer than a name") << QStringLiteral("ampx") << false << QString();
    QTest::newRow("shorter than a name") << QStringLiteral("am") << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("non-ASCII") << QStringLiteral("ämp") << false << QString();
    QTest::newRow("too long") << QString(64, u'a') << false << QString();
}

void TestHtmlEntities::lookup()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(QString, text);

    const std::optional<QString> found = HtmlEntities::lookup(name);
    QCOMPARE(found.has_value(), known);
    if (known)
        QCOMPARE(*found, text);
}

void TestHtmlEntities::decode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");

    const QString fffd = codePoints({0xFFFD});
    QTest::newRow("no references") << QStringLiteral("Smith v. Jones") << QStringLiteral("Smith v. Jones");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("named") << QStringLiteral("AT&amp;T &sect; 2 &eacute;") << QStringLiteral("AT&T § 2 é");
    QTest::newRow("markup stays text") << QStringLiteral("&lt;b&gt;") << QStringLiteral("<b>");
    QTest::newRow("decoded once") << QStringLiteral("&amp;amp; &amp;lt;") << QStringLiteral("&amp; &lt;");
    QTest::newRow("nbsp is kept") << QStringLiteral("a&nbsp;b")
                                  << QStringLiteral("a") + codePoints({0xA0}) + u'b';
    QTest::newRow("two code points") << QStringLiteral("&NotEqualTilde;") << codePoints({0x2242, 0x338});
    QTest::newRow("surrogate pair") << QStringLiteral("&Afr;") << codePoints({0x1D504});
    QTest::newRow("adjacent") << QStringLiteral("&lt;&gt;&amp;") << QStringLiteral("<>&");
    QTest::newRow("decimal") << QStringLiteral("&#8211;") << QStringLiteral("–");
    QTest::newRow("hex") << QStringLiteral("&#x2013;") << QStringLiteral("–");
    QTest::newRow("hex with capital X") << QStringLiteral("&#X2013;") << QStringLiteral("–");
    QTest::newRow("astral character") << QStringLiteral("&#x1D504;") << codePoints({0x1D504});
    QTest::newRow("leading zeros") << QStringLiteral("&#0000065;") << QStringLiteral("A");
    QTest::newRow("apostrophe") << QStringLiteral("Smith&#39;s") << QStringLiteral("Smith's");
    QTest::newRow("150 is an en dash") << QStringLiteral("&#150;") << QStringLiteral("–");
    QTest::newRow("x96 is an en dash") << QStringLiteral("&#x96;") << QStringLiteral("–");
    QTest::newRow("128 is the euro") << QStringLiteral("&#128;") << QStringLiteral("€");
    QTest::newRow("159 is Y diaeresis") << QStringLiteral("&#159;") << QStringLiteral("Ÿ");
    QTest::newRow("129 has no windows-1252 character") << QStringLiteral("&#129;") << codePoints({0x81});
    QTest::newRow("160 is past the windows-1252 range") << QStringLiteral("&#160;") << codePoints({0xA0});
    QTest::newRow("NUL") << QStringLiteral("&#0;") << fffd;
    QTest::newRow("high surrogate") << QStringLiteral("&#xD800;") << fffd;
    QTest::newRow("low surrogate") << QStringLiteral("&#57343;") << fffd;
    QTest::newRow("last code point") << QStringLiteral("&#x10FFFF;") << codePoints({0x10FFFF});
    QTest::newRow("past the last code point") << QStringLiteral("&#x110000;") << fffd;
    QTest::newRow("huge number") << QStringLiteral("&#99999999999999999999999;") << fffd;
    QTest::newRow("huge hex number") << QStringLiteral("&#xFFFFFFFFFFFFFFFF;") << fffd;
    QTest::newRow("no digits") << QStringLiteral("&#;") << QStringLiteral("&#;");
    QTest::newRow("no hex digits") << QStringLiteral("&#x;") << QStringLiteral("&#x;");
    QTest::newRow("numeric without semicolon")
        << QStringLiteral("&#65 dollars") << QStringLiteral("&#65 dollars");
    QTest::newRow("bad hex digit") << QStringLiteral("&#x41g;") << QStringLiteral("&#x41g;");
    QTest::newRow("named without semicolon") << QStringLiteral("&copy 2020") << QStringLiteral("&copy 2020");
    QTest::newRow("unknown name") << QStringLiteral("&docket;") << QStringLiteral("&docket;");
    QTest::newRow("longer than a name") << QStringLiteral("&ampx;") << QStringLiteral("&ampx;");
    QTest::newRow("empty name") << QStringLiteral("a &; b") << QStringLiteral("a &; b");
    QTest::newRow("lone ampersand") << QStringLiteral("Smith & Jones") << QStringLiteral("Smith & Jones");
    QTest::newRow("trailing ampersand") << QStringLiteral("Smith &") << QStringLiteral("Smith &");
    QTest::newRow("trailing hash") << QStringLiteral("&#") << QStringLiteral("&#");
    QTest::newRow("double ampersand") << QStringLiteral("&&amp;") << QStringLiteral("&&");
    QTest::newRow("non-ASCII name") << QStringLiteral("&é;") << QStringLiteral("&é;");
    QTest::newRow("query string") << QStringLiteral("?a=1&b=2&amp;c=3") << QStringLiteral("?a=1&b=2&c=3");
}

void TestHtmlEntities::decode()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(HtmlEntities::decode(input), output);
    QCOMPARE(HtmlEntities::decode(QStringView(input)), output);
}

void TestHtmlEntities::decodeWithoutAmpersandShares()
{
    const QString title = QStringLiteral("Court of Appeals affirms ").repeated(1000);
    const QString decoded = HtmlEntities::decode(title);
    QCOMPARE(decoded, title);
    QVERIFY(decoded.constData() == title.constData());

    const QString withReference = title + QStringLiteral("&amp;");
    QVERIFY(HtmlEntities::decode(withReference).constData() != withReference.constData());
}

void TestHtmlEntities::decodeAppendKeepsWhatWasThere()
{
    QString out = QStringLiteral("Title: ");
    HtmlEntities::decodeAppend(u"A &amp; B", out);
    HtmlEntities::decodeAppend(u" &#8211; C", out);
    QCOMPARE(out, QStringLiteral("Title: A & B – C"));
}

void TestHtmlEntities::hostileInputStaysFast_data()
{
    QTest::addColumn<QString>("input");
    const qsizetype size = 4 * 1024 * 1024;
    QTest::newRow("ampersands") << QString(size, u'&');
    QTest::newRow("long name without semicolon") << QStringLiteral("&") + QString(size, u'a');
    QTest::newRow("long number without semicolon") << QStringLiteral("&#") + QString(size, u'9');
    QTest::newRow("many unknown names") << QStringLiteral("&abcdefgh").repeated(size / 9);
    QTest::newRow("many references") << QStringLiteral("&amp;&#8211;").repeated(size / 12);
}

void TestHtmlEntities::hostileInputStaysFast()
{
    QFETCH(QString, input);
    QElapsedTimer timer;
    timer.start();
    const QString output = HtmlEntities::decode(input);
    QVERIFY(!output.isEmpty());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestHtmlEntities)
#include "tst_htmlentities.moc"
