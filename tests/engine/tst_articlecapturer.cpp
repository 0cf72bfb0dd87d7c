// Full-article capture in a poll, against loopback servers: the automatic, always and never settings,
// failures that leave the feed ok, image caps, provenance, and captures deleted with their thread.
#include "articlecapturer.h"
#include "capturestore.h"
#include "database.h"
#include "feedstore.h"
#include "imagestore.h"
#include "pollrun.h"
#include "testdata.h"
#include "testhttpserver.h"
#include "threadexpiry.h"
#include "threadstore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

class TestArticleCapturer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void capturesArticleAndImages();
    void followsTheFeedSetting_data();
    void followsTheFeedSetting();
    void failuresAreStoredAndTheFeedStaysOk_data();
    void failuresAreStoredAndTheFeedStaysOk();
    void keepsFeedContentImages();
    void capsImages_data();
    void capsImages();
    void imageUrlsFromSanitisedHtml_data();
    void imageUrlsFromSanitisedHtml();
    void recordsItemProvenance();
    void capturesGoWithTheirThread();
    void cancelLeavesCapturesPending();

private:
    qint64 subscribe(const QUrl &url, std::optional<bool> capture = std::nullopt);
    std::optional<PollSummary> poll(QList<FeedPollResult> *results = nullptr);
    ThreadRecord onlyThread() const;
    qint64 rows(const QString &table) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager m_manager;
};

Q_DECLARE_METATYPE(TestHttpResponse)
Q_DECLARE_METATYPE(std::optional<bool>)

namespace {

QDateTime now()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

// One RSS item posted an hour ago, linking to link, with the given
// description and (when not empty) content:encoded.
QByteArray feedWith(const QUrl &link, const QString &summary, const QString &content = {})
{
    const QString date =
        QLocale::c().toString(now().addSecs(-3600), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"));
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                                 "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                                 "<title>Courthouse Ledger</title><link>%1</link><item><title>Appeals court "
                                 "narrows arbitration</title><guid>ruling-1</guid><link>%1</link><pubDate>%2"
                                 "</pubDate><description><![CDATA[%3]]></description>")
                      .arg(link.toString(QUrl::FullyEncoded), date, summary);
    if (!content.isEmpty())
        xml += QStringLiteral("<content:encoded><![CDATA[%1]]></content:encoded>").arg(content);
    return (xml + QStringLiteral("</item></channel></rss>\n")).toUtf8();
}

QByteArray articlePage(const TestHttpServer &server)
{
    QByteArray page = TestData::read(QStringLiteral("capture/article_with_images.html"));
    return page.replace("IMAGE_HOST", server.url(QStringLiteral("/")).authority().toUtf8());
}

TestHttpResponse picture()
{
    return TestHttpResponse::ok(TestData::read(QStringLiteral("capture/pixel.png")), "image/png");
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const QString teaser = QStringLiteral("The Court of Appeals reversed an order compelling arbitration.");

} // namespace

void TestArticleCapturer::init()
{
    QVERIFY(m_dir.isValid());
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
    auto opened = Database::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(opened);
    m_db = std::move(opened).value();
}

qint64 TestArticleCapturer::subscribe(const QUrl &url, std::optional<bool> capture)
{
    NewFeed feed;
    feed.url = url;
    feed.title = QStringLiteral("Courthouse Ledger");
    const Result<FeedRecord> added = FeedStore(*m_db).add(feed, now());
    if (!added)
        return 0;
    if (capture && !FeedStore(*m_db).setCapture(added->id, capture))
        return 0;
    return added->id;
}

std::optional<PollSummary> TestArticleCapturer::poll(QList<FeedPollResult> *results)
{
    PollRun run(*m_db, &m_manager);
    FetchLimits limits;
    limits.totalTimeout = std::chrono::milliseconds(5000);
    run.setLimits(limits);
    QSignalSpy finished(&run, &PollRun::finished);
    QSignalSpy polled(&run, &PollRun::feedPolled);
    run.start(FeedStore(*m_db).list().value());
    QElapsedTimer timer;
    timer.start();
    while (finished.isEmpty() && timer.elapsed() < 30000)
        finished.wait(50);
    if (finished.size() != 1)
        return std::nullopt;
    if (results) {
        for (const QList<QVariant> &arguments : std::as_const(polled))
            results->append(arguments.first().value<FeedPollResult>());
    }
    return finished.first().first().value<PollSummary>();
}

ThreadRecord TestArticleCapturer::onlyThread() const
{
    const ThreadPage page = ThreadStore(*m_db).list(ThreadFilter{}, now()).value();
    if (page.threads.size() != 1)
        return {};
    return ThreadStore(*m_db).thread(page.threads.first().id, now()).value().value_or(ThreadRecord{});
}

qint64 TestArticleCapturer::rows(const QString &table) const
{
    QSqlQuery query(m_db->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

void TestArticleCapturer::capturesArticleAndImages()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    const QByteArray page = articlePage(server);
    server.route("/feed.xml", TestHttpResponse::ok(feedWith(server.url(QStringLiteral("/ruling")), teaser)));
    // The article moved: provenance names where it was read.
    server.route("/ruling", TestHttpResponse::redirect(302, "/2026/ruling"));
    server.route("/2026/ruling",
                 TestHttpResponse::ok(page, "text/html; charset=utf-8").header("ETag", "\"p1\""));
    server.route("/images/courthouse.png", picture());
    server.route("/judge.jpg", picture());
    QVERIFY(subscribe(server.url(QStringLiteral("/feed.xml"))));

    const auto summary = poll();
    QVERIFY(summary);
    QCOMPARE(summary->inserted, 1);
    QCOMPARE(summary->captured, 1);
    QCOMPARE(summary->captureFailed, 0);

    const ThreadRecord thread = onlyThread();
    const ArticleCapture &capture = thread.capture;
    QCOMPARE(capture.status, ArticleCapture::Status::Captured);
    QVERIFY(capture.html.contains(QStringLiteral("bears the cost of its silence")));
    QVERIFY(!capture.html.contains(QStringLiteral("Copyright Courthouse Ledger")));
    QCOMPARE(capture.byline, QStringLiteral("Dana Whitfield"));
    QCOMPARE(capture.published, QDateTime(QDate(2026, 11, 20), QTime(14, 30), Qt::UTC));
    QVERIFY(capture.error.isEmpty());
    QCOMPARE(capture.provenance.finalUrl, server.url(QStringLiteral("/2026/ruling")));
    QCOMPARE(capture.provenance.etag, QStringLiteral("\"p1\""));
    QVERIFY(qAbs(capture.provenance.retrievedAt.secsTo(now())) < 60);
    QCOMPARE(capture.provenance.sha256, sha256(capture.html.toUtf8()));

    // Both images are kept under the addresses the stored HTML names.
    const QList<QUrl> named = ArticleCapturer::imageUrls(capture.html);
    QCOMPARE(named.size(), 2);
    for (const QUrl &url : named) {
        const auto image = ImageStore(*m_db).image(thread.id, url);
        QVERIFY(image);
        QVERIFY2(image.value(), qPrintable(url.toString()));
        QCOMPARE(image.value()->mediaType, QStringLiteral("image/png"));
        QCOMPARE(image.value()->bytes, TestData::read(QStringLiteral("capture/pixel.png")));
    }
    QCOMPARE(server.hits("/images/courthouse.png"), 1);

    // Nothing is fetched twice: the next poll finds nothing waiting.
    const auto again = poll();
    QVERIFY(again);
    QCOMPARE(again->captured, 0);
    QCOMPARE(server.hits("/2026/ruling"), 1);
}

void TestArticleCapturer::followsTheFeedSetting_data()
{
    QTest::addColumn<std::optional<bool>>("setting");
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("fetched");

    const QString full =
        QStringLiteral("<p>%1</p>").arg(QString(QStringLiteral("The whole opinion. ")).repeated(20));
    QTest::newRow("automatic, teaser only") << std::optional<bool>() << QString() << true;
    QTest::newRow("automatic, full content") << std::optional<bool>() << full << false;
    QTest::newRow("never, teaser only") << std::optional<bool>(false) << QString() << false;
    QTest::newRow("always, full content") << std::optional<bool>(true) << full << true;
}

void TestArticleCapturer::followsTheFeedSetting()
{
    QFETCH(std::optional<bool>, setting);
    QFETCH(QString, content);
    QFETCH(bool, fetched);

    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/feed.xml",
                 TestHttpResponse::ok(feedWith(server.url(QStringLiteral("/ruling")), teaser, content)));
    server.route("/ruling", TestHttpResponse::ok(articlePage(server), "text/html"));
    const qint64 feedId = subscribe(server.url(QStringLiteral("/feed.xml")), setting);
    QVERIFY(feedId);
    QCOMPARE(FeedStore(*m_db).capture(feedId).value(), std::optional<std::optional<bool>>(setting));

    const auto summary = poll();
    QVERIFY(summary);
    QCOMPARE(summary->inserted, 1);
    QCOMPARE(server.hits("/ruling"), fetched ? 1 : 0);
    QCOMPARE(summary->captured, fetched ? 1 : 0);
    QCOMPARE(onlyThread().capture.status,
             fetched ? ArticleCapture::Status::Captured : ArticleCapture::Status::None);
}

void TestArticleCapturer::failuresAreStoredAndTheFeedStaysOk_data()
{
    QTest::addColumn<TestHttpResponse>("answer");
    QTest::addColumn<QString>("errorHas");

    QTest::newRow("404") << TestHttpResponse::withStatus(404) << QStringLiteral("404");
    QTest::newRow("page without an article")
        << TestHttpResponse::ok(TestData::read(QStringLiteral("capture/page_without_article.html")),
                                "text/html")
        << QStringLiteral("The page has no article Docket could find.");
    QTest::newRow("not a web page") << TestHttpResponse::ok("%PDF-1.7 binary", "application/pdf")
                                    << QStringLiteral("The page has no article Docket could find.");
}

void TestArticleCapturer::failuresAreStoredAndTheFeedStaysOk()
{
    QFETCH(TestHttpResponse, answer);
    QFETCH(QString, errorHas);

    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/feed.xml", TestHttpResponse::ok(feedWith(server.url(QStringLiteral("/ruling")), teaser)));
    server.route("/ruling", answer);
    const qint64 feedId = subscribe(server.url(QStringLiteral("/feed.xml")));

    QList<FeedPollResult> results;
    const auto summary = poll(&results);
    QVERIFY(summary);
    QCOMPARE(summary->ok, 1);
    QCOMPARE(summary->failed, 0);
    QCOMPARE(summary->captured, 0);
    QCOMPARE(summary->captureFailed, 1);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().status, FeedPollResult::Status::Ok);
    QCOMPARE(FeedStore(*m_db).feed(feedId).value()->status, FeedStatus::Ok);

    const ArticleCapture capture = onlyThread().capture;
    QCOMPARE(capture.status, ArticleCapture::Status::Failed);
    QVERIFY2(capture.error.contains(errorHas), qPrintable(capture.error));
    QVERIFY(capture.html.isEmpty());
    QCOMPARE(capture.provenance.finalUrl, server.url(QStringLiteral("/ruling")));
}

void TestArticleCapturer::keepsFeedContentImages()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    // A full article in the feed: no page is fetched, its image is kept,
    // under the address the reader resolves it to (against the item's link).
    const QString content =
        QStringLiteral("<p>%1</p><img src=\"/images/seal.png\" width=\"200\" height=\"200\">")
            .arg(QString(QStringLiteral("The whole opinion. ")).repeated(20));
    server.route("/feed.xml",
                 TestHttpResponse::ok(feedWith(server.url(QStringLiteral("/news/ruling")), teaser, content)));
    server.route("/images/seal.png", picture());
    QVERIFY(subscribe(server.url(QStringLiteral("/feed.xml"))));

    const auto summary = poll();
    QVERIFY(summary);
    QCOMPARE(summary->captured, 0);
    QCOMPARE(summary->captureFailed, 0);
    QCOMPARE(server.hits("/news/ruling"), 0);
    QCOMPARE(server.hits("/images/seal.png"), 1);
    const ThreadRecord thread = onlyThread();
    QCOMPARE(thread.capture.status, ArticleCapture::Status::None);
    const auto image = ImageStore(*m_db).image(thread.id, server.url(QStringLiteral("/images/seal.png")));
    QVERIFY(image && image.value());
    QCOMPARE(image.value()->mediaType, QStringLiteral("image/png"));
}

void TestArticleCapturer::capsImages_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<TestHttpResponse>("answer");
    QTest::addColumn<int>("fetched");
    QTest::addColumn<int>("kept");

    QTest::newRow("a picture each") << 3 << picture() << 3 << 3;
    QTest::newRow("more than the count cap")
        << ImageStore::maxImagesPerThread + 5 << picture() << ImageStore::maxImagesPerThread
        << ImageStore::maxImagesPerThread;
    QByteArray huge = TestData::read(QStringLiteral("capture/pixel.png"));
    huge.append(QByteArray(ImageStore::maxImageBytes, 'x'));
    QTest::newRow("over the size cap") << 2 << TestHttpResponse::ok(huge, "image/png") << 2 << 0;
    QByteArray large = TestData::read(QStringLiteral("capture/pixel.png"));
    large.append(QByteArray(ArticleCapturer::maxImageBytesPerThread / 4 - large.size(), 'x'));
    QTest::newRow("over the total for a thread") << 5 << TestHttpResponse::ok(large, "image/png") << 5 << 4;
    QTest::newRow("a page under an image's address")
        << 2 << TestHttpResponse::ok("<html><body>Not an image</body></html>", "image/png") << 2 << 0;
    QTest::newRow("svg, which may carry script")
        << 1 << TestHttpResponse::ok("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "image/svg+xml") << 1
        << 0;
    QTest::newRow("missing") << 2 << TestHttpResponse::withStatus(404) << 2 << 0;
}

void TestArticleCapturer::capsImages()
{
    QFETCH(int, count);
    QFETCH(TestHttpResponse, answer);
    QFETCH(int, fetched);
    QFETCH(int, kept);

    TestHttpServer server;
    QVERIFY(server.listen());
    QString content = QString(QStringLiteral("<p>The whole opinion. </p>")).repeated(30);
    for (int n = 0; n < count; ++n)
        content += QStringLiteral("<img src=\"/img/%1.png\" width=\"50\" height=\"50\">").arg(n);
    // Never fetched: not http(s).
    content += QStringLiteral("<img src=\"ftp://files.court.test/a.png\"><img src=\"file:///etc/passwd\">");
    int hits = 0;
    server.route("/feed.xml",
                 TestHttpResponse::ok(feedWith(server.url(QStringLiteral("/ruling")), teaser, content)));
    for (int n = 0; n < count; ++n)
        server.route(QStringLiteral("/img/%1.png").arg(n).toUtf8(), [&hits, answer](const TestHttpRequest &) {
            ++hits;
            return answer;
        });
    QVERIFY(subscribe(server.url(QStringLiteral("/feed.xml"))));

    QVERIFY(poll());
    QCOMPARE(hits, fetched);
    const qint64 threadId = onlyThread().id;
    QCOMPARE(ImageStore(*m_db).urls(threadId).value().size(), kept);
    QCOMPARE(rows(QStringLiteral("images")), kept);
}

void TestArticleCapturer::imageUrlsFromSanitisedHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("urls");

    QTest::newRow("none") << QStringLiteral("<p>Text</p>") << QStringList();
    QTest::newRow("in order, each once")
        << QStringLiteral(
               "<img src=\"https://a.test/1.png\"/><p><img alt=\"x\" src=\"https://a.test/2.png\"/>"
               "<img src=\"https://a.test/1.png\"/></p>")
        << QStringList{QStringLiteral("https://a.test/1.png"), QStringLiteral("https://a.test/2.png")};
    QTest::newRow("escaped ampersand") << QStringLiteral("<img src=\"https://a.test/i?w=1&amp;h=2\"/>")
                                       << QStringList{QStringLiteral("https://a.test/i?w=1&h=2")};
    QTest::newRow("not http") << QStringLiteral("<img src=\"data:image/png;base64,AAAA\"/>") << QStringList();
}

void TestArticleCapturer::imageUrlsFromSanitisedHtml()
{
    QFETCH(QString, html);
    QFETCH(QStringList, urls);
    QStringList found;
    for (const QUrl &url : ArticleCapturer::imageUrls(html))
        found.append(url.toString());
    QCOMPARE(found, urls);
}

void TestArticleCapturer::recordsItemProvenance()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    const QByteArray feed = feedWith(QUrl(QStringLiteral("https://court.test/ruling")), teaser);
    server.route("/old.xml", TestHttpResponse::redirect(302, "/feed.xml"));
    server.route("/feed.xml", TestHttpResponse::ok(feed)
                                  .header("ETag", "\"f1\"")
                                  .header("Last-Modified", "Sat, 28 Nov 2026 10:00:00 GMT"));
    QVERIFY(subscribe(server.url(QStringLiteral("/old.xml")), false));
    QVERIFY(poll());

    const ThreadRecord thread = onlyThread();
    QCOMPARE(thread.provenance.finalUrl, server.url(QStringLiteral("/feed.xml")));
    QCOMPARE(thread.provenance.etag, QStringLiteral("\"f1\""));
    QCOMPARE(thread.provenance.lastModified, QStringLiteral("Sat, 28 Nov 2026 10:00:00 GMT"));
    QVERIFY(qAbs(thread.provenance.retrievedAt.secsTo(now())) < 60);
    // The hash of the stored body anyone can recompute: title, summary and
    // content joined by line feeds, in UTF-8.
    const QString body = thread.title + u'\n' + thread.summary + u'\n' + thread.content;
    QCOMPARE(thread.provenance.sha256, sha256(body.toUtf8()));
    QCOMPARE(thread.capture.status, ArticleCapture::Status::None);
}

void TestArticleCapturer::capturesGoWithTheirThread()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/feed.xml", TestHttpResponse::ok(feedWith(server.url(QStringLiteral("/ruling")), teaser)));
    server.route("/ruling", TestHttpResponse::ok(articlePage(server), "text/html"));
    server.route("/images/courthouse.png", picture());
    server.route("/judge.jpg", picture());
    QVERIFY(subscribe(server.url(QStringLiteral("/feed.xml"))));
    QVERIFY(poll());
    QCOMPARE(rows(QStringLiteral("captures")), 1);
    QCOMPARE(rows(QStringLiteral("images")), 2);

    ExpiryOptions expiry;
    expiry.now = now().addDays(60);
    const auto expired = ThreadExpiry(*m_db).run(expiry);
    QVERIFY(expired);
    QCOMPARE(expired->deleted, 1);
    QCOMPARE(rows(QStringLiteral("captures")), 0);
    QCOMPARE(rows(QStringLiteral("images")), 0);
    QCOMPARE(m_db->checkIntegrity().value(), true);
}

void TestArticleCapturer::cancelLeavesCapturesPending()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/feed.xml", TestHttpResponse::ok(feedWith(server.url(QStringLiteral("/ruling")), teaser)));
    TestHttpResponse silent;
    silent.behaviour = TestHttpResponse::Behaviour::Silent;
    server.route("/ruling", silent);
    QVERIFY(subscribe(server.url(QStringLiteral("/feed.xml"))));

    PollRun run(*m_db, &m_manager);
    QSignalSpy finished(&run, &PollRun::finished);
    QSignalSpy polled(&run, &PollRun::feedPolled);
    run.start(FeedStore(*m_db).list().value());
    // The feed is stored and the page asked for; the poll waits for it.
    QElapsedTimer timer;
    timer.start();
    while (server.hits("/ruling") == 0 && timer.elapsed() < 10000)
        QTest::qWait(20);
    QCOMPARE(server.hits("/ruling"), 1);
    QCOMPARE(polled.size(), 1);
    QVERIFY(finished.isEmpty());
    QVERIFY(run.isRunning());

    run.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const PollSummary summary = finished.first().first().value<PollSummary>();
    QCOMPARE(summary.ok, 1);
    QCOMPARE(summary.captured + summary.captureFailed, 0);
    QVERIFY(!run.isRunning());
    // Still waiting, for the next poll.
    QCOMPARE(onlyThread().capture.status, ArticleCapture::Status::Pending);
    QCOMPARE(CaptureStore(*m_db).pending(10).value().size(), 1);
}

QTEST_GUILESS_MAIN(TestArticleCapturer)
#include "tst_articlecapturer.moc"
