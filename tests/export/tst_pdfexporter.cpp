// PDF exports as a reader sees them: their text through pdftotext, their pages through pdfinfo.
#include "exportfixture.h"
#include "pdfexporter.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestPdfExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pageSizeByLocale_data();
    void pageSizeByLocale();
    void oneArticleHasTitleBodyAndCitation();
    void everyPageHasHeaderAndNumber();
    void eachArticleStartsAPage();
    void writesThePageSizeAsked_data();
    void writesThePageSizeAsked();
    void embedsOnlyHeldImages();
    void longPreformattedLinesWrap();

private:
    // Runs a poppler tool on the PDF; its stdout, or a null string.
    QString poppler(const QString &tool, const QByteArray &pdf, const QStringList &arguments = {});

    QTemporaryDir m_dir;
};

namespace {

QByteArray pdfOf(const QList<ExportArticle> &articles, const PdfExporter::Options &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<bool> written = PdfExporter::write(articles, buffer, options);
    return written ? buffer.data() : QByteArray();
}

// pdftotext breaks lines where the page does, and gives ligatures as one
// character ("\uFB01"): compare words, not lines or glyphs.
QString words(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

void TestPdfExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString &tool : {QStringLiteral("pdftotext"), QStringLiteral("pdfinfo")}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QFAIL(
                qPrintable(tool + QStringLiteral(" (Debian package poppler-utils) is needed to read exported "
                                                 "PDFs: apt-get install poppler-utils")));
    }
}

QString TestPdfExporter::poppler(const QString &tool, const QByteArray &pdf, const QStringList &arguments)
{
    QFile file(m_dir.filePath(QStringLiteral("export.pdf")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess process;
    QStringList all = arguments;
    all.append(file.fileName());
    if (tool == u"pdftotext")
        all.append(QStringLiteral("-"));
    process.start(QStandardPaths::findExecutable(tool), all);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestPdfExporter::pageSizeByLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("size");

    QTest::newRow("United States") << QStringLiteral("en_US") << int(QPageSize::Letter);
    QTest::newRow("Canada, English") << QStringLiteral("en_CA") << int(QPageSize::Letter);
    QTest::newRow("Canada, French") << QStringLiteral("fr_CA") << int(QPageSize::Letter);
    QTest::newRow("Mexico") << QStringLiteral("es_MX") << int(QPageSize::Letter);
    QTest::newRow("United Kingdom") << QStringLiteral("en_GB") << int(QPageSize::A4);
    QTest::newRow("Germany") << QStringLiteral("de_DE") << int(QPageSize::A4);
    QTest::newRow("Australia") << QStringLiteral("en_AU") << int(QPageSize::A4);
    QTest::newRow("C locale") << QStringLiteral("C") << int(QPageSize::A4);
}

void TestPdfExporter::pageSizeByLocale()
{
    QFETCH(QString, locale);
    QFETCH(int, size);
    QCOMPARE(int(PdfExporter::pageSizeFor(QLocale(locale)).id()), size);
}

void TestPdfExporter::oneArticleHasTitleBodyAndCitation()
{
    const QList<ExportArticle> articles =
        ExportFixture::articles(QStringLiteral("rss2_opinion_with_attachment.xml"));
    QCOMPARE(articles.size(), 1);
    const QByteArray pdf = pdfOf(articles);
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString text =
        words(poppler(QStringLiteral("pdftotext"), pdf, {QStringLiteral("-enc"), QStringLiteral("UTF-8")}));
    QVERIFY2(!text.isEmpty(), "pdftotext read no text");
    const QStringList expected{
        QStringLiteral("Court rules on standing in data-breach case"),
        QStringLiteral("The panel reversed the dismissal & remanded."),
        QStringLiteral("Injury need not be certain."),
        QStringLiteral("Standing found"),
        QStringLiteral("Categories: Standing, Privacy"),
        QStringLiteral("Appellate Watch · 2026-11-27 14:30 UTC"), // the running header
        QStringLiteral("Page 1 of 1"),
        QStringLiteral(
            "Bluebook: Jane Marshall, Court rules on standing in data-breach case, Appellate Watch "
            "(Nov. 27, 2026), https://appellate.example.org/2026/standing-ruling."),
        QStringLiteral(
            "OSCOLA: Jane Marshall, ‘Court rules on standing in data-breach case’ (Appellate Watch, 27 "
            "November 2026) <https://appellate.example.org/2026/standing-ruling> accessed 28 November "
            "2026."),
    };
    for (const QString &phrase : expected)
        QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral("\n--- not in ---\n") + text));
    QVERIFY(!text.contains(u"tracked")); // the feed's <script>
}

void TestPdfExporter::everyPageHasHeaderAndNumber()
{
    QString body;
    for (int i = 1; i <= 150; ++i)
        body += QStringLiteral("<p>Paragraph %1 of the long opinion, which runs on for pages and pages.</p>")
                    .arg(i);
    ExportArticle article = ExportFixture::withBody(body);
    const QString text = poppler(QStringLiteral("pdftotext"), pdfOf({article}),
                                 {QStringLiteral("-enc"), QStringLiteral("UTF-8")});
    // pdftotext ends every page with a form feed.
    QStringList pages = text.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    QVERIFY2(pages.size() >= 3, qPrintable(text));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString page = words(pages.at(i));
        QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())),
                 qPrintable(page));
        QVERIFY2(page.contains(u"Appellate Watch · 2026-11-27 14:30 UTC"), qPrintable(page));
    }
    // Nothing lost at page breaks.
    const QString all = words(text);
    for (int i = 1; i <= 150; ++i)
        QVERIFY2(all.contains(QStringLiteral("Paragraph %1 of").arg(i)), qPrintable(QString::number(i)));
}

void TestPdfExporter::eachArticleStartsAPage()
{
    QList<ExportArticle> articles =
        ExportFixture::articles(QStringLiteral("juriscraper--opinions-ca10_example.xml"));
    articles += ExportFixture::articles(QStringLiteral("rss2_undated_no_author.xml"));
    QCOMPARE(articles.size(), 5);
    const QString text = poppler(QStringLiteral("pdftotext"), pdfOf(articles),
                                 {QStringLiteral("-enc"), QStringLiteral("UTF-8")});
    QStringList pages = text.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    QCOMPARE(pages.size(), 5);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const QString page = words(pages.at(i));
        QVERIFY2(page.contains(articles.at(i).title), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("Page %1 of 5").arg(i + 1)), qPrintable(page));
    }
    // The header follows the article on the page.
    QVERIFY(words(pages.at(0)).contains(u"Tenth Circuit Daily Decisions · 2025-08-26 14:40 UTC"));
    QVERIFY(words(pages.at(4)).contains(u"Regulatory Notices · retrieved 2026-11-28 09:00 UTC"));
}

void TestPdfExporter::writesThePageSizeAsked_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("pdfinfoSize");

    QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("(A4)");
    QTest::newRow("Letter") << int(QPageSize::Letter) << QStringLiteral("(letter)");
}

void TestPdfExporter::writesThePageSizeAsked()
{
    QFETCH(int, size);
    QFETCH(QString, pdfinfoSize);
    PdfExporter::Options options;
    options.pageSize = QPageSize(QPageSize::PageSizeId(size));
    const QString info = poppler(QStringLiteral("pdfinfo"),
                                 pdfOf({ExportFixture::withBody(QStringLiteral("<p>x</p>"))}, options));
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Page size:\\s+(.*)")).match(info);
    QVERIFY2(match.hasMatch(), qPrintable(info));
    QVERIFY2(match.captured(1).trimmed().endsWith(pdfinfoSize), qPrintable(match.captured(1)));
    QVERIFY2(QRegularExpression(QStringLiteral("Creator:\\s+Docket\\n")).match(info).hasMatch(),
             qPrintable(info));
}

void TestPdfExporter::embedsOnlyHeldImages()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));

    ExportArticle held = ExportFixture::withBody(
        QStringLiteral("<p><img src=\"https://x.example/held.png\" alt=\"Held\"></p>"));
    held.images.insert(QStringLiteral("https://x.example/held.png"), png);
    const QByteArray withImage = pdfOf({held});
    QVERIFY(withImage.contains("/Subtype /Image"));
    QVERIFY(!words(poppler(QStringLiteral("pdftotext"), withImage)).contains(u"[Image: Held]"));

    const ExportArticle remote = ExportFixture::withBody(
        QStringLiteral("<p><img src=\"https://x.example/remote.png\" alt=\"Remote\"></p>"));
    const QByteArray withLink = pdfOf({remote});
    QVERIFY(!withLink.contains("/Subtype /Image"));
    QVERIFY(words(poppler(QStringLiteral("pdftotext"), withLink,
                          {QStringLiteral("-enc"), QStringLiteral("UTF-8")}))
                .contains(u"[Image: Remote]"));
}

// A statute quoted in <pre> with a line wider than the page: nothing may be
// cut off at the margin.
void TestPdfExporter::longPreformattedLinesWrap()
{
    QString line;
    for (int i = 1; i <= 60; ++i)
        line += QStringLiteral("word%1 ").arg(i);
    const ExportArticle article =
        ExportFixture::withBody(QStringLiteral("<pre>%1</pre>").arg(line.trimmed()));
    const QString text = words(poppler(QStringLiteral("pdftotext"), pdfOf({article}),
                                       {QStringLiteral("-enc"), QStringLiteral("UTF-8")}));
    for (int i = 1; i <= 60; ++i)
        QVERIFY2(text.contains(QStringLiteral("word%1").arg(i)),
                 qPrintable(QString::number(i) + u' ' + text));
}

QTEST_MAIN(TestPdfExporter)
#include "tst_pdfexporter.moc"
