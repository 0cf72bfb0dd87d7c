// CharacterReference: reading one reference the way feeds write them.
#include "characterreference.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCharacterReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
};

Q_DECLARE_METATYPE(CharacterReference::Kind)

void TestCharacterReference::reads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CharacterReference::Kind>("kind");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<QString>("standsFor");

    const auto bare = CharacterReference::Bare;
    const auto xml = CharacterReference::Xml;
    const auto rewrite = CharacterReference::Rewrite;
    QTest::newRow("amp") << u"&amp;x"_s << xml << qsizetype(5) << u"&"_s;
    QTest::newRow("lt") << u"&lt;"_s << xml << qsizetype(4) << u"<"_s;
    QTest::newRow("apos") << u"&apos;"_s << xml << qsizetype(6) << u"'"_s;
    QTest::newRow("decimal") << u"&#233;"_s << xml << qsizetype(6) << u"\u00E9"_s;
    QTest::newRow("hex, upper-case X") << u"&#XE9;"_s << xml << qsizetype(6) << u"\u00E9"_s;
    QTest::newRow("astral") << u"&#x1F600;"_s << xml << qsizetype(9) << u"\U0001F600"_s;
    QTest::newRow("html name") << u"&eacute;"_s << rewrite << qsizetype(8) << u"\u00E9"_s;
    QTest::newRow("html name of two code points")
        << u"&NotEqualTilde;"_s << rewrite << qsizetype(15) << u"\u2242\u0338"_s;
    QTest::newRow("html name is case-sensitive") << u"&AMP;"_s << rewrite << qsizetype(5) << u"&"_s;
    QTest::newRow("windows-1252 number") << u"&#150;"_s << rewrite << qsizetype(6) << u"\u2013"_s;
    QTest::newRow("NUL") << u"&#0;"_s << rewrite << qsizetype(4) << u"\uFFFD"_s;
    QTest::newRow("surrogate") << u"&#xDC00;"_s << rewrite << qsizetype(8) << u"\uFFFD"_s;
    QTest::newRow("beyond Unicode") << u"&#99999999999999999999;"_s << rewrite << qsizetype(23)
                                    << u"\uFFFD"_s;
    QTest::newRow("forbidden control") << u"&#x8;"_s << rewrite << qsizetype(5) << QString();
    QTest::newRow("tab is allowed") << u"&#9;"_s << xml << qsizetype(4) << u"\t"_s;
    QTest::newRow("unknown name") << u"&lol;"_s << bare << qsizetype(0) << QString();
    QTest::newRow("no semicolon") << u"&amp x"_s << bare << qsizetype(0) << QString();
    QTest::newRow("lone ampersand") << u"& x"_s << bare << qsizetype(0) << QString();
    QTest::newRow("ampersand at the end") << u"&"_s << bare << qsizetype(0) << QString();
    QTest::newRow("number without digits") << u"&#x;"_s << bare << qsizetype(0) << QString();
    QTest::newRow("name starting with a digit") << u"&1a;"_s << bare << qsizetype(0) << QString();
    QTest::newRow("name too long") << u"&"_s + QString(50, u'a') + u";"_s << bare << qsizetype(0)
                                   << QString();
}

void TestCharacterReference::reads()
{
    QFETCH(QString, text);
    QFETCH(CharacterReference::Kind, kind);
    QFETCH(qsizetype, end);
    QFETCH(QString, standsFor);

    const CharacterReference reference = CharacterReference::read(text, 0);
    QCOMPARE(reference.kind, kind);
    QCOMPARE(reference.end, end);
    QCOMPARE(reference.text().toString(), standsFor);
}

QTEST_APPLESS_MAIN(TestCharacterReference)
#include "tst_characterreference.moc"
