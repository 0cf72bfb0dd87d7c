// Encoding detection on small per-quirk documents and Content-Type values.
#include "textdecoder.h"

#include "testdata.h"

#include <QElapsedTimer>
#include <QStringDecoder>
#include <QTest>

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeXml_data();
    void decodeXml();
    void labelNeedingIcu_data();
    void labelNeedingIcu();
    void realGb2312Feed();
    void declarationEdges_data();
    void declarationEdges();
    void decodeJson_data();
    void decodeJson();
    void charsetFromContentType_data();
    void charsetFromContentType();
    void windows1252MatchesIcu();
    void largeInputStaysFast();
};

namespace {

const QString ReplacementCharacter(QChar(0xFFFD));

// Every fixture is a document whose text starts with '<' once decoded (after
// white space): a byte order mark or a wrong width would show up there.
void verifyDocumentStart(const QString &text)
{
    QVERIFY2(!text.startsWith(QChar(0xFEFF)), "the byte order mark must not reach the text");
    QVERIFY2(text.trimmed().startsWith(u'<'), qPrintable(text.left(40)));
}

void addXmlColumns()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("hint");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("warnings");
}

void verifyXml()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, hint);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, title);
    QFETCH(QStringList, warnings);

    const QByteArray bytes = TestData::read(QStringLiteral("encoding/") + fixture);
    QVERIFY2(!bytes.isEmpty(), qPrintable(fixture));
    const TextDecoder::Decoded decoded = TextDecoder::decodeXml(bytes, hint);
    verifyDocumentStart(decoded.text);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(decoded.encoding, encoding);
    QVERIFY2(decoded.text.contains(QStringLiteral("<title>") + title + QStringLiteral("</title>")),
             qPrintable(decoded.text));
    QVERIFY(!decoded.text.contains(ReplacementCharacter));
    QCOMPARE(decoded.warnings, warnings);
}

} // namespace

void TestTextDecoder::decodeXml_data()
{
    addXmlColumns();
    const QString wideTitle = QStringLiteral("Mängel – ✓ ") + QString::fromUcs4(U"\U0001D504");

    QTest::newRow("latin1 declared, cp1252 bytes")
        << QStringLiteral("latin1_declared_holds_cp1252.xml") << QByteArray() << QByteArray("windows-1252")
        << QStringLiteral("Smith – Jones: “café” € 5")
        << QStringList{QStringLiteral("declared ISO-8859-1 but the bytes are windows-1252")};
    QTest::newRow("latin1 declared, latin1 bytes")
        << QStringLiteral("latin1_declared_plain.xml") << QByteArray() << QByteArray("windows-1252")
        << QStringLiteral("Urteil über Mängel, § 433 BGB") << QStringList();
    QTest::newRow("latin1 declared in single quotes")
        << QStringLiteral("latin1_declared_single_quotes.xml") << QByteArray() << QByteArray("windows-1252")
        << QStringLiteral("Cour de cassation, arrêt du 5 mai") << QStringList();
    QTest::newRow("white space before the declaration")
        << QStringLiteral("whitespace_before_declaration.xml") << QByteArray() << QByteArray("windows-1252")
        << QStringLiteral("Arrêt") << QStringList();
    QTest::newRow("US-ASCII declared, high bytes")
        << QStringLiteral("ascii_declared_holds_high_bytes.xml") << QByteArray() << QByteArray("windows-1252")
        << QStringLiteral("42 U.S.C. § 1983")
        << QStringList{
               QStringLiteral("declared US-ASCII but holds bytes beyond ASCII; read as windows-1252")};
    QTest::newRow("latin1 declared, UTF-8 bytes")
        << QStringLiteral("latin1_declared_holds_utf8.xml") << QByteArray() << QByteArray("UTF-8")
        << QStringLiteral("Urteil über Mängel")
        << QStringList{QStringLiteral("declared ISO-8859-1 but the bytes are UTF-8; read as UTF-8")};
    QTest::newRow("UTF-8 declared, invalid bytes")
        << QStringLiteral("utf8_declared_invalid_bytes.xml") << QByteArray() << QByteArray("windows-1252")
        << QStringLiteral("Café – Bar")
        << QStringList{
               QStringLiteral("declared UTF-8 but the bytes are not valid UTF-8; read as windows-1252")};
    QTest::newRow("no declaration, UTF-8")
        << QStringLiteral("no_declaration_utf8.xml") << QByteArray() << QByteArray("UTF-8")
        << QStringLiteral("Ärzte – § 630a BGB ") + QString::fromUcs4(U"\U0001D504") << QStringList();
    QTest::newRow("no declaration, invalid UTF-8")
        << QStringLiteral("no_declaration_invalid_utf8.xml") << QByteArray() << QByteArray("windows-1252")
        << QStringLiteral("Café – Bar")
        << QStringList{QStringLiteral("the bytes are not valid UTF-8; read as windows-1252")};
    QTest::newRow("unknown label")
        << QStringLiteral("unknown_declared_encoding.xml") << QByteArray() << QByteArray("UTF-8")
        << QStringLiteral("Mängel")
        << QStringList{
               QStringLiteral("declared x-docket-unknown, which is not an encoding Docket knows; ignored")};
    QTest::newRow("locale is no feed's encoding")
        << QStringLiteral("locale_declared.xml") << QByteArray() << QByteArray("UTF-8")
        << QStringLiteral("Plain ASCII")
        << QStringList{QStringLiteral("declared locale, which is not an encoding Docket knows; ignored")};
    QTest::newRow("UTF-16 declared, one-byte text")
        << QStringLiteral("utf16_declared_holds_ascii.xml") << QByteArray() << QByteArray("UTF-8")
        << QStringLiteral("Plain ASCII")
        << QStringList{QStringLiteral("declared UTF-16 but the bytes cannot be in that encoding; ignored")};
    QTest::newRow("UTF-8 mark") << QStringLiteral("utf8_bom.xml") << QByteArray() << QByteArray("UTF-8")
                                << QStringLiteral("Mängel – ✓") << QStringList();
    QTest::newRow("UTF-8 mark, latin1 declared")
        << QStringLiteral("utf8_bom_declared_latin1.xml") << QByteArray() << QByteArray("UTF-8")
        << QStringLiteral("Mängel")
        << QStringList{QStringLiteral(
               "declared ISO-8859-1 but the document starts with a UTF-8 byte order mark; read as UTF-8")};
    QTest::newRow("UTF-16LE mark") << QStringLiteral("utf16le_bom.xml") << QByteArray()
                                   << QByteArray("UTF-16LE") << wideTitle << QStringList();
    QTest::newRow("UTF-16BE mark") << QStringLiteral("utf16be_bom.xml") << QByteArray()
                                   << QByteArray("UTF-16BE") << wideTitle << QStringList();
    QTest::newRow("UTF-32LE mark") << QStringLiteral("utf32le_bom.xml") << QByteArray()
                                   << QByteArray("UTF-32LE") << wideTitle << QStringList();
    QTest::newRow("UTF-32BE mark") << QStringLiteral("utf32be_bom.xml") << QByteArray()
                                   << QByteArray("UTF-32BE") << wideTitle << QStringList();
    QTest::newRow("UTF-16LE without mark") << QStringLiteral("utf16le_no_bom.xml") << QByteArray()
                                           << QByteArray("UTF-16LE") << wideTitle << QStringList();
    QTest::newRow("UTF-16BE without mark") << QStringLiteral("utf16be_no_bom.xml") << QByteArray()
                                           << QByteArray("UTF-16BE") << wideTitle << QStringList();
    QTest::newRow("UTF-16LE without mark, latin1 declared")
        << QStringLiteral("utf16le_no_bom_declared_latin1.xml") << QByteArray() << QByteArray("UTF-16LE")
        << wideTitle
        << QStringList{QStringLiteral("declared ISO-8859-1 but the bytes are UTF-16LE; read as UTF-16LE")};

    // The server's charset comes before the declaration.
    QTest::newRow("server UTF-8, UTF-8 bytes, latin1 declared")
        << QStringLiteral("latin1_declared_holds_utf8.xml") << QByteArray("utf-8") << QByteArray("UTF-8")
        << QStringLiteral("Urteil über Mängel") << QStringList();
    QTest::newRow("server UTF-8 contradicted, declaration used")
        << QStringLiteral("latin1_declared_plain.xml") << QByteArray("UTF-8") << QByteArray("windows-1252")
        << QStringLiteral("Urteil über Mängel, § 433 BGB")
        << QStringList{
               QStringLiteral("the server declared UTF-8 but the bytes are not valid UTF-8; ignored")};
    QTest::newRow("server UTF-8 contradicted, nothing else")
        << QStringLiteral("no_declaration_invalid_utf8.xml") << QByteArray("utf-8")
        << QByteArray("windows-1252") << QStringLiteral("Café – Bar")
        << QStringList{QStringLiteral(
               "the server declared utf-8 but the bytes are not valid UTF-8; read as windows-1252")};
    QTest::newRow("server latin1, UTF-8 bytes")
        << QStringLiteral("no_declaration_utf8.xml") << QByteArray("ISO-8859-1") << QByteArray("UTF-8")
        << QStringLiteral("Ärzte – § 630a BGB ") + QString::fromUcs4(U"\U0001D504")
        << QStringList{
               QStringLiteral("the server declared ISO-8859-1 but the bytes are UTF-8; read as UTF-8")};
    QTest::newRow("server label unknown, declaration used")
        << QStringLiteral("latin1_declared_plain.xml") << QByteArray("x-bogus") << QByteArray("windows-1252")
        << QStringLiteral("Urteil über Mängel, § 433 BGB")
        << QStringList{
               QStringLiteral("the server declared x-bogus, which is not an encoding Docket knows; ignored")};
    QTest::newRow("server UTF-16 on one-byte text")
        << QStringLiteral("latin1_declared_plain.xml") << QByteArray("utf-16") << QByteArray("windows-1252")
        << QStringLiteral("Urteil über Mängel, § 433 BGB")
        << QStringList{QStringLiteral(
               "the server declared utf-16 but the bytes cannot be in that encoding; ignored")};
    QTest::newRow("server latin1 against a UTF-16LE mark")
        << QStringLiteral("utf16le_bom.xml") << QByteArray("ISO-8859-1") << QByteArray("UTF-16LE")
        << wideTitle
        << QStringList{QStringLiteral("the server declared ISO-8859-1 but the document starts with a "
                                      "UTF-16LE byte order mark; read as "
                                      "UTF-16LE")};
}

void TestTextDecoder::decodeXml()
{
    verifyXml();
}

void TestTextDecoder::labelNeedingIcu_data()
{
    addXmlColumns();
    const QString supremeCourt = QStringLiteral("Верховный суд");
    QTest::newRow("gb2312 label, GBK characters")
        << QStringLiteral("gb2312_declared_holds_gbk.xml") << QByteArray() << QByteArray("GB18030")
        << QStringLiteral("朱镕基 喆") << QStringList();
    QTest::newRow("Shift_JIS") << QStringLiteral("shift_jis_declared.xml") << QByteArray()
                               << QByteArray("Shift_JIS") << QStringLiteral("最高裁判所 判例")
                               << QStringList();
    QTest::newRow("koi8-r") << QStringLiteral("koi8r_declared.xml") << QByteArray() << QByteArray("KOI8-R")
                            << supremeCourt << QStringList();
    QTest::newRow("server koi8-r over declared windows-1251")
        << QStringLiteral("hint_overrides_declaration.xml") << QByteArray("KOI8-R") << QByteArray("KOI8-R")
        << supremeCourt << QStringList();
    QTest::newRow("server charset from a Content-Type")
        << QStringLiteral("hint_overrides_declaration.xml")
        << TextDecoder::charsetFromContentType("application/rss+xml; charset=\"koi8-r\"")
        << QByteArray("KOI8-R") << supremeCourt << QStringList();
    QTest::newRow("EBCDIC declared, ASCII bytes")
        << QStringLiteral("ebcdic_declared_holds_ascii.xml") << QByteArray() << QByteArray("UTF-8")
        << QStringLiteral("Plain ASCII")
        << QStringList{QStringLiteral("declared IBM037 but the bytes cannot be in that encoding; ignored")};
}

void TestTextDecoder::labelNeedingIcu()
{
    if (!QStringDecoder("Shift_JIS").isValid())
        QSKIP("this Qt has no ICU converters");
    verifyXml();
}

void TestTextDecoder::realGb2312Feed()
{
    if (!QStringDecoder("GB18030").isValid())
        QSKIP("this Qt has no ICU converters");
    const TextDecoder::Decoded decoded =
        TextDecoder::decodeXml(TestData::read(QStringLiteral("encoding/gb2312_declared.xml")));
    verifyDocumentStart(decoded.text);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(decoded.encoding, QByteArray("GB18030"));
    QCOMPARE(decoded.warnings, QStringList());
    QVERIFY(decoded.text.contains(QStringLiteral("<description>投资资讯网交易在线</description>")));
    QVERIFY(decoded.text.contains(QStringLiteral("<title>建国35周年纪念，华表，和平鸽</title>")));
    QVERIFY(decoded.text.contains(QStringLiteral("<author>大鱼儿</author>")));
    QVERIFY(decoded.text.endsWith(QStringLiteral("</item></channel></rss>\n")));
    QVERIFY(!decoded.text.contains(ReplacementCharacter));
}

void TestTextDecoder::declarationEdges_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("empty input") << QByteArray() << QByteArray("UTF-8") << QStringList();
    QTest::newRow("only a UTF-8 mark") << QByteArray("\xEF\xBB\xBF") << QByteArray("UTF-8") << QStringList();
    QTest::newRow("stylesheet instruction is no declaration")
        << QByteArray("<?xml-stylesheet encoding=\"ISO-8859-1\"?><a>\xC3\xA9</a>") << QByteArray("UTF-8")
        << QStringList();
    QTest::newRow("declaration without encoding")
        << QByteArray("<?xml version=\"1.0\"?><a>\xE9</a>") << QByteArray("windows-1252")
        << QStringList{QStringLiteral("the bytes are not valid UTF-8; read as windows-1252")};
    QTest::newRow("unterminated declaration")
        << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1") << QByteArray("UTF-8") << QStringList();
    QTest::newRow("label with spaces around '='")
        << QByteArray("<?xml version=\"1.0\" encoding = 'windows-1252' ?><a>\x80</a>")
        << QByteArray("windows-1252") << QStringList();
    QTest::newRow("label with spaces inside the quotes")
        << QByteArray("<?xml version=\"1.0\" encoding=\" ISO-8859-1 \"?><a>\xE9</a>")
        << QByteArray("windows-1252") << QStringList();
    QTest::newRow("overlong label is cut short in the warning")
        << QByteArray("<?xml version=\"1.0\" encoding=\"") + QByteArray(100, 'x') + QByteArray("\"?><a/>")
        << QByteArray("UTF-8")
        << QStringList{QStringLiteral("declared ") + QString(40, u'x') +
                       QStringLiteral("..., which is not an encoding Docket knows; ignored")};
    QTest::newRow("control bytes in a label are not echoed")
        << QByteArray("<?xml version=\"1.0\" encoding=\"a\x01\x1B[2Jb\"?><a/>") << QByteArray("UTF-8")
        << QStringList{QStringLiteral("declared a??[2Jb, which is not an encoding Docket knows; ignored")};
    QTest::newRow("UTF-8 overlong form is invalid")
        << QByteArray("<a>\xC0\xAF</a>") << QByteArray("windows-1252")
        << QStringList{QStringLiteral("the bytes are not valid UTF-8; read as windows-1252")};
    QTest::newRow("UTF-8 surrogate is invalid")
        << QByteArray("<a>\xED\xA0\x80</a>") << QByteArray("windows-1252")
        << QStringList{QStringLiteral("the bytes are not valid UTF-8; read as windows-1252")};
    QTest::newRow("UTF-8 past U+10FFFF is invalid")
        << QByteArray("<a>\xF4\x90\x80\x80</a>") << QByteArray("windows-1252")
        << QStringList{QStringLiteral("the bytes are not valid UTF-8; read as windows-1252")};
    QTest::newRow("UTF-8 cut mid-character is invalid")
        << QByteArray("<a>\xE2\x80") << QByteArray("windows-1252")
        << QStringList{QStringLiteral("the bytes are not valid UTF-8; read as windows-1252")};
    QTest::newRow("UTF-8 four-byte character is valid")
        << QByteArray("<a>\xF0\x9D\x94\x84</a>") << QByteArray("UTF-8") << QStringList();
    QTest::newRow("UTF-16LE cut mid-character")
        << QByteArray("\xFF\xFE<\0a\0>\0x", 9) << QByteArray("UTF-16LE")
        << QStringList{
               QStringLiteral("some bytes are not valid UTF-16LE and show as replacement characters")};
    QTest::newRow("UTF-8 mark, invalid bytes after it")
        << QByteArray("\xEF\xBB\xBF<a>\xFF</a>") << QByteArray("UTF-8")
        << QStringList{QStringLiteral("some bytes are not valid UTF-8 and show as replacement characters")};
}

void TestTextDecoder::declarationEdges()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, encoding);
    QFETCH(QStringList, warnings);

    const TextDecoder::Decoded decoded = TextDecoder::decodeXml(bytes);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.warnings, warnings);
    QVERIFY(!decoded.text.startsWith(QChar(0xFEFF)));
}

void TestTextDecoder::decodeJson_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("warnings");

    const QString title = QStringLiteral("Mängel – § 433 ") + QString::fromUcs4(U"\U0001D504");
    QTest::newRow("UTF-8") << QStringLiteral("json_utf8.json") << QByteArray("UTF-8") << title
                           << QStringList();
    QTest::newRow("UTF-8 mark") << QStringLiteral("json_utf8_bom.json") << QByteArray("UTF-8") << title
                                << QStringList();
    QTest::newRow("UTF-16LE mark") << QStringLiteral("json_utf16le_bom.json") << QByteArray("UTF-16LE")
                                   << title << QStringList();
    QTest::newRow("UTF-16BE without mark")
        << QStringLiteral("json_utf16be_no_bom.json") << QByteArray("UTF-16BE") << title << QStringList();
    QTest::newRow("UTF-32LE without mark")
        << QStringLiteral("json_utf32le_no_bom.json") << QByteArray("UTF-32LE") << title << QStringList();
    QTest::newRow("windows-1252") << QStringLiteral("json_cp1252.json") << QByteArray("windows-1252")
                                  << QStringLiteral("Café – § 433")
                                  << QStringList{QStringLiteral(
                                         "the bytes are not valid UTF-8; read as windows-1252")};
}

void TestTextDecoder::decodeJson()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, title);
    QFETCH(QStringList, warnings);

    const QByteArray bytes = TestData::read(QStringLiteral("encoding/") + fixture);
    QVERIFY2(!bytes.isEmpty(), qPrintable(fixture));
    const TextDecoder::Decoded decoded = TextDecoder::decodeJson(bytes);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, QStringLiteral("{\"title\": \"") + title + QStringLiteral("\"}\n"));
    QCOMPARE(decoded.warnings, warnings);
}

void TestTextDecoder::charsetFromContentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("charset");

    QTest::newRow("plain") << QByteArray("text/xml; charset=ISO-8859-1") << QByteArray("ISO-8859-1");
    QTest::newRow("no space") << QByteArray("application/rss+xml;charset=utf-8") << QByteArray("utf-8");
    QTest::newRow("parameter name in capitals")
        << QByteArray("text/xml; CHARSET=UTF-8") << QByteArray("UTF-8");
    QTest::newRow("double quotes") << QByteArray("text/xml; charset=\"windows-1252\"")
                                   << QByteArray("windows-1252");
    QTest::newRow("single quotes") << QByteArray("text/xml; charset='koi8-r'") << QByteArray("koi8-r");
    QTest::newRow("escape in quotes") << QByteArray("text/xml; charset=\"ut\\\"f\"") << QByteArray("ut\"f");
    QTest::newRow("spaces around") << QByteArray("text/xml ;  charset = utf-8 ") << QByteArray("utf-8");
    QTest::newRow("after another parameter")
        << QByteArray("text/xml; format=flowed; charset=utf-8") << QByteArray("utf-8");
    QTest::newRow("before another parameter")
        << QByteArray("text/xml; charset=utf-8; format=flowed") << QByteArray("utf-8");
    QTest::newRow("charset inside another quoted value")
        << QByteArray("text/xml; x=\"a; charset=bad\"; charset=good") << QByteArray("good");
    QTest::newRow("parameter without value")
        << QByteArray("text/xml; flag; charset=utf-8") << QByteArray("utf-8");
    QTest::newRow("no parameters") << QByteArray("text/xml") << QByteArray();
    QTest::newRow("empty value") << QByteArray("text/xml; charset=") << QByteArray();
    QTest::newRow("unclosed quote") << QByteArray("text/xml; charset=\"utf-8") << QByteArray("utf-8");
    QTest::newRow("charset as media type") << QByteArray("charset=utf-8") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestTextDecoder::charsetFromContentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, charset);
    QCOMPARE(TextDecoder::charsetFromContentType(contentType), charset);
}

void TestTextDecoder::windows1252MatchesIcu()
{
    QStringDecoder icu("windows-1252");
    if (!icu.isValid())
        QSKIP("this Qt has no ICU converters");
    for (int byte = 0; byte < 256; ++byte) {
        const QString expected = icu.decode(QByteArray(1, char(byte)));
        QCOMPARE(QString(QChar(TextDecoder::fromWindows1252(uchar(byte)))), expected);
    }
}

void TestTextDecoder::largeInputStaysFast()
{
    // Eight megabytes of each kind of text: a quadratic step would take minutes.
    const QByteArray utf8 = QByteArray("<a>Mängel – § 433</a>").repeated(8 * 1024 * 1024 / 24);
    const QByteArray cp1252 = QByteArray("<a>M\xE4ngel \x96 \xA7 433</a>").repeated(8 * 1024 * 1024 / 20);
    QElapsedTimer timer;
    timer.start();
    const TextDecoder::Decoded fromUtf8 = TextDecoder::decodeXml(utf8, "iso-8859-1");
    const TextDecoder::Decoded fromCp1252 = TextDecoder::decodeXml(cp1252, "utf-8");
    QCOMPARE(fromUtf8.encoding, QByteArray("UTF-8"));
    QCOMPARE(fromCp1252.encoding, QByteArray("windows-1252"));
    QVERIFY(fromCp1252.text.endsWith(QStringLiteral("<a>Mängel – § 433</a>")));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
