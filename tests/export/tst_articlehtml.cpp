// Article HTML in exports: sanitised, images embedded only from bytes Docket holds, the rest links.
#include "articlehtml.h"
#include "exportfixture.h"

#include <QBuffer>
#include <QImage>
#include <QTest>

Q_DECLARE_METATYPE(ArticleHtml::Images)

class TestArticleHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void images_data();
    void images();
    void imageType_data();
    void imageType();
};

namespace {

const QString sealUrl = QStringLiteral("https://appellate.example.org/seal.png");

QByteArray pngBytes()
{
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

void TestArticleHtml::images_data()
{
    using ArticleHtml::Images;
    QTest::addColumn<QString>("html");
    QTest::addColumn<QByteArray>("held"); // bytes Docket holds for sealUrl
    QTest::addColumn<Images>("mode");
    QTest::addColumn<QString>("expected");

    const QByteArray png = pngBytes();
    const QString dataUri = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());

    QTest::newRow("remote image becomes a link")
        << QStringLiteral("<p><img src=\"/seal.png\" alt=\"Court seal\"></p>") << QByteArray()
        << Images::Embedded << QStringLiteral("<p><a href=\"%1\">[Image: Court seal]</a></p>").arg(sealUrl);
    QTest::newRow("remote image without alt")
        << QStringLiteral("<img src=\"/seal.png\">") << QByteArray() << Images::Embedded
        << QStringLiteral("<a href=\"%1\">[Image]</a>").arg(sealUrl);
    QTest::newRow("image inside a link leaves the words")
        << QStringLiteral("<a href=\"/full\"><img src=\"/seal.png\" alt=\"Seal\"></a>") << QByteArray()
        << Images::Embedded
        << QStringLiteral("<a href=\"https://appellate.example.org/full\">[Image: Seal]</a>");
    QTest::newRow("held image embedded")
        << QStringLiteral("<img src=\"/seal.png\" alt=\"Seal\" width=\"4\">") << png << Images::Embedded
        << QStringLiteral("<img src=\"%1\" alt=\"Seal\" width=\"4\"/>").arg(dataUri);
    QTest::newRow("held image referenced for the renderer")
        << QStringLiteral("<img src=\"/seal.png\" alt=\"Seal\">") << png << Images::Referenced
        << QStringLiteral("<img src=\"%1\" alt=\"Seal\"/>").arg(sealUrl);
    QTest::newRow("held SVG is never embedded")
        << QStringLiteral("<img src=\"/seal.png\" alt=\"Seal\">")
        << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
        << Images::Embedded << QStringLiteral("<a href=\"%1\">[Image: Seal]</a>").arg(sealUrl);
    QTest::newRow("tracking pixel gone")
        << QStringLiteral("<p>a<img src=\"https://t.example/p.gif\" width=\"1\" height=\"1\"></p>")
        << QByteArray() << Images::Embedded << QStringLiteral("<p>a</p>");
    QTest::newRow("hostile markup sanitised around images")
        << QStringLiteral(
               "<p onclick=\"x()\">a &amp; <img src=\"/seal.png\" onerror=\"x()\"><script>x()</script></p>")
        << QByteArray() << Images::Embedded
        << QStringLiteral("<p>a &amp; <a href=\"%1\">[Image]</a></p>").arg(sealUrl);
    QTest::newRow("no image: the sanitiser's output as it is")
        << QStringLiteral("<p>\"quoted\" &lt;text&gt;</p>") << QByteArray() << Images::Embedded
        << QStringLiteral("<p>&quot;quoted&quot; &lt;text&gt;</p>");
}

void TestArticleHtml::images()
{
    QFETCH(QString, html);
    QFETCH(QByteArray, held);
    QFETCH(ArticleHtml::Images, mode);
    QFETCH(QString, expected);

    ExportArticle article = ExportFixture::withBody(html);
    article.link = QUrl(QStringLiteral("https://appellate.example.org/2026/ruling"));
    if (!held.isEmpty())
        article.images.insert(sealUrl, held);
    QCOMPARE(ArticleHtml::forExport(article, mode), expected);
}

void TestArticleHtml::imageType_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("type");

    QTest::newRow("png") << pngBytes() << QStringLiteral("image/png");
    QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0rest") << QStringLiteral("image/jpeg");
    QTest::newRow("gif") << QByteArray("GIF89a....") << QStringLiteral("image/gif");
    QTest::newRow("webp") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) << QStringLiteral("image/webp");
    QTest::newRow("riff but not webp") << QByteArray("RIFF\x10\0\0\0WAVEfmt ", 16) << QString();
    QTest::newRow("svg") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>") << QString();
    QTest::newRow("html") << QByteArray("<html><script>") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestArticleHtml::imageType()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, type);
    QCOMPARE(ArticleHtml::imageType(bytes), type);
}

QTEST_MAIN(TestArticleHtml)
#include "tst_articlehtml.moc"
