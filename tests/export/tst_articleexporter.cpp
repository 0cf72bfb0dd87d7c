// Every export format: golden files of fixture threads, and hostile HTML absent from all of them.
#include "articleexporter.h"
#include "exportfixture.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ExportFormat)

class TestArticleExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesGoldenFiles_data();
    void matchesGoldenFiles();
    void hostileHtmlIsAbsent_data();
    void hostileHtmlIsAbsent();
    void markupInFieldsStaysText_data();
    void markupInFieldsStaysText();
    void formatNames_data();
    void formatNames();
};

namespace {

QByteArray exported(const QList<ExportArticle> &articles, ExportFormat format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<bool> written = ArticleExporter::write(articles, format, buffer);
    return written ? buffer.data() : QByteArray();
}

// A PDF's text as pdftotext reads it (empty, with a failed check, when it cannot).
QString pdfText(const QByteArray &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("export.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess process;
    process.start(tool,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file.fileName(), QStringLiteral("-")});
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

void TestArticleExporter::matchesGoldenFiles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<ExportFormat>("format");

    const QStringList fixtures{
        QStringLiteral("rss2_opinion_with_attachment"), QStringLiteral("atom_markup_elements"),
        QStringLiteral("rss2_undated_no_author"), QStringLiteral("juriscraper--opinions-ca10_example")};
    for (const QString &fixture : fixtures) {
        for (const ExportFormat format : {ExportFormat::Html, ExportFormat::Markdown, ExportFormat::Text}) {
            const QString row = fixture + u' ' + exportFormatExtension(format);
            QTest::newRow(qPrintable(row)) << fixture << format;
        }
    }
}

// Whole exports against reviewed output in <fixture>.<ext>.expected.
// DOCKET_UPDATE_GOLDEN=1 rewrites the expected files (then read the diff
// before committing it).
void TestArticleExporter::matchesGoldenFiles()
{
    QFETCH(QString, fixture);
    QFETCH(ExportFormat, format);

    const QList<ExportArticle> articles = ExportFixture::articles(fixture + QStringLiteral(".xml"));
    QVERIFY(!articles.isEmpty());
    const QByteArray output = exported(articles, format);
    QVERIFY(!output.isEmpty());
    const QString expectedPath =
        TestData::path(QStringLiteral("export/%1.%2.expected").arg(fixture, exportFormatExtension(format)));
    if (qEnvironmentVariableIntValue("DOCKET_UPDATE_GOLDEN") == 1) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(output);
    }
    QFile expected(expectedPath);
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expectedPath));
    QCOMPARE(QString::fromUtf8(output), QString::fromUtf8(expected.readAll()));
}

void TestArticleExporter::hostileHtmlIsAbsent_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("forbidden");
    QTest::addColumn<ExportFormat>("format");

    const struct
    {
        const char *name;
        QString html;
        QString forbidden;
    } cases[] = {
        {"script element", QStringLiteral("<p>a</p><script>steal('TOKEN-1')</script>"),
         QStringLiteral("TOKEN-1")},
        {"script self-closed", QStringLiteral("<script/>steal('TOKEN-2')</script><p>a</p>"),
         QStringLiteral("TOKEN-2")},
        {"onerror handler", QStringLiteral("<img src=\"https://x.example/a.png\" onerror=\"TOKEN3()\">"),
         QStringLiteral("TOKEN3")},
        {"onclick on a link", QStringLiteral("<a href=\"https://x.example/\" onclick=\"TOKEN4()\">x</a>"),
         QStringLiteral("TOKEN4")},
        {"javascript link", QStringLiteral("<a href=\"javascript:TOKEN5()\">click</a>"),
         QStringLiteral("TOKEN5")},
        {"javascript link with a tab", QStringLiteral("<a href=\"java&#9;script:TOKEN6()\">click</a>"),
         QStringLiteral("TOKEN6")},
        {"data link", QStringLiteral("<a href=\"data:text/html,TOKEN7\">click</a>"),
         QStringLiteral("TOKEN7")},
        {"iframe", QStringLiteral("<iframe src=\"https://TOKEN8.example/\">fallback TOKEN8</iframe>"),
         QStringLiteral("TOKEN8")},
        {"style element with url()",
         QStringLiteral("<style>body{background:url(https://TOKEN9.example/)}</style>"),
         QStringLiteral("TOKEN9")},
        {"style attribute with url()",
         QStringLiteral("<p style=\"background:url(https://TOKEN10.example/)\">text</p>"),
         QStringLiteral("TOKEN10")},
        {"object and embed",
         QStringLiteral("<object data=\"https://TOKEN11.example/x.swf\"></object><embed "
                        "src=\"https://TOKEN11.example/\">"),
         QStringLiteral("TOKEN11")},
        {"form", QStringLiteral("<form action=\"https://TOKEN12.example/\"><input name=q></form>"),
         QStringLiteral("TOKEN12")},
        {"svg with script", QStringLiteral("<svg><script>TOKEN13()</script></svg>"),
         QStringLiteral("TOKEN13")},
        {"meta refresh",
         QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=https://TOKEN14.example/\">"),
         QStringLiteral("TOKEN14")},
        {"base href", QStringLiteral("<base href=\"https://TOKEN15.example/\"><a href=\"x\">x</a>"),
         QStringLiteral("TOKEN15")},
        {"link stylesheet", QStringLiteral("<link rel=stylesheet href=\"https://TOKEN16.example/x.css\">"),
         QStringLiteral("TOKEN16")},
        {"vbscript link", QStringLiteral("<a href=\"vbscript:TOKEN17\">x</a>"), QStringLiteral("TOKEN17")},
        {"remote image never an image",
         QStringLiteral("<img src=\"https://pixel.example/TOKEN18.gif\" width=\"1\" height=\"1\">"),
         QStringLiteral("TOKEN18")},
    };
    const ExportFormat formats[] = {ExportFormat::Html, ExportFormat::Markdown, ExportFormat::Text,
                                    ExportFormat::Pdf};
    for (const auto &c : cases) {
        for (const ExportFormat format : formats) {
            const QString row = QString::fromLatin1(c.name) + u' ' + exportFormatExtension(format);
            QTest::newRow(qPrintable(row)) << c.html << c.forbidden << format;
        }
    }
}

void TestArticleExporter::hostileHtmlIsAbsent()
{
    QFETCH(QString, html);
    QFETCH(QString, forbidden);
    QFETCH(ExportFormat, format);

    const QByteArray output = exported({ExportFixture::withBody(html)}, format);
    QVERIFY(!output.isEmpty());
    // The bytes themselves (for a PDF: its link annotations too) and, for
    // a PDF, the text a reader sees.
    QVERIFY2(!output.contains(forbidden.toUtf8()), output.constData());
    QVERIFY(!output.contains("javascript:"));
    QVERIFY(!output.contains("onerror"));
    if (format == ExportFormat::Pdf) {
        const QString text = pdfText(output);
        if (text.isEmpty())
            QFAIL("pdftotext (Debian package poppler-utils) is needed to read the exported PDF");
        QVERIFY2(text.contains(u"Hostile body"), qPrintable(text));
        QVERIFY2(!text.contains(forbidden), qPrintable(text));
    }
}

void TestArticleExporter::markupInFieldsStaysText_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QByteArray>("shown"); // how the title's tag must appear

    QTest::newRow("html") << ExportFormat::Html << QByteArray("&lt;script&gt;");
    QTest::newRow("md") << ExportFormat::Markdown << QByteArray("\\<script\\>");
    QTest::newRow("txt") << ExportFormat::Text << QByteArray("<script>");
}

// Titles, authors, feed names and categories are plain text from the feed:
// whatever markup they hold is shown as characters, never made into tags.
void TestArticleExporter::markupInFieldsStaysText()
{
    QFETCH(ExportFormat, format);
    QFETCH(QByteArray, shown);

    ExportArticle article = ExportFixture::withBody(QStringLiteral("<p>body</p>"));
    article.title = QStringLiteral("<script>alert(1)</script> ruling");
    article.author = QStringLiteral("<img src=x onerror=alert(2)>");
    article.source = QStringLiteral("<iframe src=https://evil.example/>");
    article.categories = {QStringLiteral("<b>bold</b>")};
    const QByteArray output = exported({article}, format);
    QVERIFY2(output.contains(shown + "alert(1)"), output.constData());
    if (format == ExportFormat::Text)
        return; // plain text is never rendered: the characters are the point
    if (format == ExportFormat::Markdown) {
        // Every '<' is escaped, but for the autolinks Docket writes itself.
        const QRegularExpression raw(QStringLiteral("(?<!\\\\)<(?!https://)"));
        const QRegularExpressionMatch match = raw.match(QString::fromUtf8(output));
        QVERIFY2(!match.hasMatch(), qPrintable(match.captured() + QStringLiteral(" at ") +
                                               QString::number(match.capturedStart())));
        return;
    }
    for (const QByteArray &tag :
         {QByteArray("<script"), QByteArray("<img"), QByteArray("<iframe"), QByteArray("<b>bold")})
        QVERIFY2(!output.contains(tag), output.constData());
}

void TestArticleExporter::formatNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format"); // -1: not a format

    QTest::newRow("html") << QStringLiteral("html") << int(ExportFormat::Html);
    QTest::newRow("md") << QStringLiteral("md") << int(ExportFormat::Markdown);
    QTest::newRow("txt") << QStringLiteral("txt") << int(ExportFormat::Text);
    QTest::newRow("pdf") << QStringLiteral("pdf") << int(ExportFormat::Pdf);
    QTest::newRow("upper case") << QStringLiteral("PDF") << int(ExportFormat::Pdf);
    QTest::newRow("markdown spelled out") << QStringLiteral("markdown") << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("with a dot") << QStringLiteral(".html") << -1;
}

void TestArticleExporter::formatNames()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    const std::optional<ExportFormat> parsed = exportFormatFromName(name);
    QCOMPARE(parsed ? int(*parsed) : -1, format);
    if (parsed)
        QCOMPARE(exportFormatExtension(*parsed), name.toLower());
}

QTEST_MAIN(TestArticleExporter)
#include "tst_articleexporter.moc"
