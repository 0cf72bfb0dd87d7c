// `docket poll` capturing full articles and `docket show` giving them, as text and as JSON with provenance,
// against a loopback server.
#include "docketsandbox.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QTest>

class TestShowCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pollSummarisesCaptures();
    void textGivesTheFullArticle();
    void jsonCarriesCaptureAndProvenance();
    void failedCaptureIsShownPlainly();
    void exportTakesArticleImagesAndProvenance();

private:
    QJsonObject shown(qint64 id) const;

    TestHttpServer m_server;
    DocketSandbox m_sandbox;
    DocketOutput m_polled;
};

namespace {

// Two summary-only items: one links to an article, the other to a page
// that has none.
QByteArray teaserFeed(const TestHttpServer &server)
{
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"));
    QString xml = QStringLiteral("<rss version=\"2.0\"><channel><title>Courthouse Ledger</title>");
    for (const QString &path : {QStringLiteral("/ruling"), QStringLiteral("/front")})
        xml +=
            QStringLiteral("<item><title>Item %1</title><guid>%1</guid><link>%2</link><pubDate>%3</pubDate>"
                           "<description>The court reversed.</description></item>")
                .arg(path, server.url(path).toString(), date);
    return (xml + QStringLiteral("</channel></rss>")).toUtf8();
}

QString sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

void TestShowCapture::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    QVERIFY(m_server.listen());
    QByteArray page = TestData::read(QStringLiteral("capture/article_with_images.html"));
    page.replace("IMAGE_HOST", m_server.url(QStringLiteral("/")).authority().toUtf8());
    const QByteArray pixel = TestData::read(QStringLiteral("capture/pixel.png"));
    m_server.route("/feed.xml", TestHttpResponse::ok(teaserFeed(m_server)).header("ETag", "\"f1\""));
    m_server.route("/ruling", TestHttpResponse::ok(page, "text/html; charset=utf-8"));
    m_server.route("/front",
                   TestHttpResponse::ok(TestData::read(QStringLiteral("capture/page_without_article.html")),
                                        "text/html"));
    m_server.route("/images/courthouse.png", TestHttpResponse::ok(pixel, "image/png"));
    m_server.route("/judge.jpg", TestHttpResponse::ok(pixel, "image/png"));
    // Imported, not added: the poll is the first fetch, and stores each
    // thread with the provenance of the feed it came in.
    const QString opml = m_sandbox.path(QStringLiteral("feeds.opml"));
    QFile file(opml);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
               "<outline type=\"rss\" text=\"Courthouse Ledger\" xmlUrl=\"" +
               m_server.url(QStringLiteral("/feed.xml")).toEncoded() + "\"/></body></opml>");
    file.close();
    const DocketOutput imported = m_sandbox.run({QStringLiteral("import-opml"), opml});
    QVERIFY2(imported.exitCode == 0, imported.describe());
    m_polled = m_sandbox.runServing({QStringLiteral("poll"), QStringLiteral("--all")});
}

QJsonObject TestShowCapture::shown(qint64 id) const
{
    return m_sandbox.run({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")})
        .json()
        .object();
}

void TestShowCapture::pollSummarisesCaptures()
{
    // A capture that fails is not a failed feed: exit 0.
    QVERIFY2(m_polled.exitCode == 0, m_polled.describe());
    QCOMPARE(m_polled.lines().last(),
             QByteArray("polled 1 feed: 1 ok, 0 not modified, 0 failed; 2 new threads, "
                        "0 revised; 0 expired; 1 article captured, 1 failed"));
    QCOMPARE(m_server.hits("/ruling"), 1);
    QCOMPARE(m_server.hits("/front"), 1);
    QCOMPARE(m_server.hits("/judge.jpg"), 1);
}

void TestShowCapture::textGivesTheFullArticle()
{
    const DocketOutput text = m_sandbox.run({QStringLiteral("show"), QStringLiteral("1")});
    QVERIFY2(text.exitCode == 0, text.describe());
    const QString out = QString::fromUtf8(text.out);
    const qsizetype heading =
        out.indexOf(QStringLiteral("\nFull article\nDana Whitfield · 2026-11-20 14:30\n"));
    QVERIFY2(heading > 0, text.describe());
    // After the feed's summary, as plain paragraphs.
    QVERIFY(out.indexOf(QStringLiteral("The court reversed.")) < heading);
    QVERIFY2(out.contains(QStringLiteral("\n\nWriting for the panel, the presiding judge said")),
             text.describe());
    QVERIFY(!out.contains(u'<'));
    QVERIFY2(out.contains(QStringLiteral("Captured ")) && out.contains(QStringLiteral("(SHA-256 ")),
             text.describe());
}

void TestShowCapture::jsonCarriesCaptureAndProvenance()
{
    const QJsonObject thread = shown(1);
    const QString fullHtml = thread.value(QStringLiteral("full_html")).toString();
    QVERIFY(fullHtml.contains(QStringLiteral("bears the cost of its silence")));
    QVERIFY(!fullHtml.contains(QStringLiteral("<script")));
    const QJsonObject capture = thread.value(QStringLiteral("capture")).toObject();
    QCOMPARE(capture.value(QStringLiteral("status")).toString(), QStringLiteral("captured"));
    QVERIFY(capture.value(QStringLiteral("error")).isNull());
    QCOMPARE(capture.value(QStringLiteral("byline")).toString(), QStringLiteral("Dana Whitfield"));
    QCOMPARE(capture.value(QStringLiteral("published")).toString(), QStringLiteral("2026-11-20T14:30:00Z"));
    const QJsonObject captureSource = capture.value(QStringLiteral("provenance")).toObject();
    QCOMPARE(captureSource.value(QStringLiteral("final_url")).toString(),
             m_server.url(QStringLiteral("/ruling")).toString());
    QCOMPARE(captureSource.value(QStringLiteral("sha256")).toString(), sha256(fullHtml));
    QVERIFY(!captureSource.value(QStringLiteral("retrieved_at")).toString().isEmpty());

    // The item's own provenance: the feed it came in, with its validator,
    // and the hash of the stored title, summary and content.
    const QJsonObject source = thread.value(QStringLiteral("provenance")).toObject();
    QCOMPARE(source.value(QStringLiteral("final_url")).toString(),
             m_server.url(QStringLiteral("/feed.xml")).toString());
    QCOMPARE(source.value(QStringLiteral("etag")).toString(), QStringLiteral("\"f1\""));
    QVERIFY(source.value(QStringLiteral("last_modified")).isNull());
    const QString body = thread.value(QStringLiteral("title")).toString() + u'\n' +
                         thread.value(QStringLiteral("summary")).toString() + u'\n' +
                         thread.value(QStringLiteral("content")).toString();
    QCOMPARE(source.value(QStringLiteral("sha256")).toString(), sha256(body));
}

void TestShowCapture::failedCaptureIsShownPlainly()
{
    const QJsonObject thread = shown(2);
    QVERIFY(thread.value(QStringLiteral("full_html")).isNull());
    const QJsonObject capture = thread.value(QStringLiteral("capture")).toObject();
    QCOMPARE(capture.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(capture.value(QStringLiteral("error")).toString(),
             QStringLiteral("The page has no article Docket could find."));
    const DocketOutput text = m_sandbox.run({QStringLiteral("show"), QStringLiteral("2")});
    QVERIFY2(text.out.contains(
                 "\nFull article: could not be captured. The page has no article Docket could find.\n"),
             text.describe());
}

void TestShowCapture::exportTakesArticleImagesAndProvenance()
{
    const QString path = m_sandbox.path(QStringLiteral("ruling.html"));
    const DocketOutput exported =
        m_sandbox.run({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"),
                       QStringLiteral("html"), QStringLiteral("--output"), path});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    // The captured article is the body, its images embedded from the cache.
    QVERIFY(html.contains("bears the cost of its silence"));
    QCOMPARE(html.count("src=\"data:image/png;base64,"), 2);
    // The citation block states where the text came from and its hash.
    const QJsonObject capture = shown(1).value(QStringLiteral("capture")).toObject();
    const QString hash =
        capture.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("sha256")).toString();
    QVERIFY(!hash.isEmpty());
    QVERIFY(html.contains("SHA-256 of the stored text"));
    QVERIFY(html.contains(hash.toUtf8()));
    QVERIFY(html.contains(m_server.url(QStringLiteral("/ruling")).toEncoded()));
}

QTEST_GUILESS_MAIN(TestShowCapture)
#include "tst_showcapture.moc"
