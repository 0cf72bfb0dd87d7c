// File names from article titles: safe on every system, capped, never colliding.
#include "exportfilename.h"

#include <QTest>

class TestExportFileName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stem_data();
    void stem();
    void capsLongTitles_data();
    void capsLongTitles();
    void uniqueNames();
};

void TestExportFileName::stem_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain title") << QStringLiteral("Smith v. Jones") << QStringLiteral("Smith v. Jones");
    QTest::newRow("slash becomes a dash")
        << QStringLiteral("Rule 12(b)/(c) motions") << QStringLiteral("Rule 12(b)-(c) motions");
    QTest::newRow("backslash becomes a dash") << QStringLiteral("a\\b") << QStringLiteral("a-b");
    QTest::newRow("path traversal") << QStringLiteral("../../etc/passwd") << QStringLiteral("-..-etc-passwd");
    QTest::newRow("only dots") << QStringLiteral("..") << QStringLiteral("article");
    QTest::newRow("Windows reserved characters") << QStringLiteral("Notice: fees \"B\" <draft> | final? *")
                                                 << QStringLiteral("Notice fees B draft final");
    QTest::newRow("control characters")
        << QStringLiteral("a\u0001b\u007Fc\u009Bd\te") << QStringLiteral("abcd e");
    QTest::newRow("next-line character is a space") << QStringLiteral("a\u0085b") << QStringLiteral("a b");
    QTest::newRow("new lines collapse")
        << QStringLiteral("Line one\nLine two") << QStringLiteral("Line one Line two");
    QTest::newRow("bidi override cannot hide an extension")
        << QStringLiteral("invoice\u202Efdp.exe") << QStringLiteral("invoicefdp.exe");
    QTest::newRow("leading dot would hide the file") << QStringLiteral(".hidden") << QStringLiteral("hidden");
    QTest::newRow("trailing dots and spaces")
        << QStringLiteral("Judgment entered. . ") << QStringLiteral("Judgment entered");
    QTest::newRow("empty title") << QString() << QStringLiteral("article");
    QTest::newRow("only reserved characters") << QStringLiteral("???") << QStringLiteral("article");
    QTest::newRow("device name") << QStringLiteral("CON") << QStringLiteral("_CON");
    QTest::newRow("device name any case with extension")
        << QStringLiteral("nul.txt") << QStringLiteral("_nul.txt");
    QTest::newRow("COM port") << QStringLiteral("com1") << QStringLiteral("_com1");
    QTest::newRow("not a device name") << QStringLiteral("Console") << QStringLiteral("Console");
    QTest::newRow("accents and section sign stay")
        << QStringLiteral("Arrêt § 1983 – Müller") << QStringLiteral("Arrêt § 1983 – Müller");
    QTest::newRow("NBSP is a space") << QStringLiteral("§\u00A01983") << QStringLiteral("§ 1983");
}

void TestExportFileName::stem()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);
    QCOMPARE(ExportFileName::stem(title), expected);
}

void TestExportFileName::capsLongTitles_data()
{
    QTest::addColumn<QString>("title");

    QTest::newRow("long ASCII words") << QStringLiteral("In re Application of the Commissioner ").repeated(8);
    QTest::newRow("one long word") << QString(500, u'x');
    QTest::newRow("CJK (three UTF-8 bytes each)") << QString(300, QChar(0x5224));
    QTest::newRow("astral characters are never split") << QStringLiteral("\U0001D504").repeated(200);
}

void TestExportFileName::capsLongTitles()
{
    QFETCH(QString, title);
    const QString stem = ExportFileName::stem(title);
    QVERIFY(!stem.isEmpty());
    QVERIFY2(stem.size() <= ExportFileName::maxStemLength, qPrintable(stem));
    QVERIFY(stem.toUtf8().size() <= ExportFileName::maxStemBytes);
    QVERIFY(!stem.endsWith(u' '));
    QVERIFY(!stem.back().isHighSurrogate());
    QVERIFY(title.startsWith(stem) || stem == title.left(stem.size()));
    // With the longest suffix and extension it still fits a 255-byte name.
    QVERIFY((stem + QStringLiteral(" (9999).html")).toUtf8().size() <= 255);
}

void TestExportFileName::uniqueNames()
{
    QSet<QString> taken;
    QCOMPARE(ExportFileName::unique(QStringLiteral("Order"), QStringLiteral("pdf"), taken),
             QStringLiteral("Order.pdf"));
    QCOMPARE(ExportFileName::unique(QStringLiteral("Order"), QStringLiteral("pdf"), taken),
             QStringLiteral("Order (2).pdf"));
    // Windows and macOS see ORDER.pdf and Order.pdf as the same file.
    QCOMPARE(ExportFileName::unique(QStringLiteral("ORDER"), QStringLiteral("pdf"), taken),
             QStringLiteral("ORDER (3).pdf"));
    QCOMPARE(ExportFileName::unique(QStringLiteral("Order"), QStringLiteral("md"), taken),
             QStringLiteral("Order.md"));
    // Titles that differ only in what is not allowed meet at the same stem.
    QCOMPARE(ExportFileName::unique(QStringLiteral("Order?"), QStringLiteral("pdf"), taken),
             QStringLiteral("Order (4).pdf"));
    QCOMPARE(taken.size(), 5);
}

QTEST_GUILESS_MAIN(TestExportFileName)
#include "tst_exportfilename.moc"
