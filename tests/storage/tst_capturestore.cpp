// Captured articles and their images in the cache: what is queued for which feed setting, what is read
// back, what ImageStore refuses, and that both go with their feed.
#include "storagetest.h"

#include "capturestore.h"
#include "imagestore.h"
#include "threadstore.h"

#include <QSqlQuery>
#include <QTest>

using namespace StorageTest;

Q_DECLARE_METATYPE(std::optional<bool>)
Q_DECLARE_METATYPE(CaptureStore::Plan)

class TestCaptureStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void plan_data();
    void plan();
    void queuesNewThreadsOnly();
    void savedCaptureRoundTrip();
    void imageStoreRefuses_data();
    void imageStoreRefuses();
    void removingFeedDropsCapturesAndImages();
    void captureSetting();

private:
    qint64 storeOne(const Item &item);
    qint64 rows(const QString &table) const;

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    qint64 m_feed = 0;
};

namespace {

Item teaser(const QString &id)
{
    Item teaser = item(id, QStringLiteral("Ruling %1").arg(id), now().addSecs(-3600), QString(),
                       QStringLiteral("https://court.test/%1").arg(id));
    teaser.summary = QStringLiteral("<p>The court reversed.</p>");
    teaser.content.clear();
    return teaser;
}

} // namespace

void TestCaptureStore::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_db = open(*m_dir);
    QVERIFY(m_db);
    m_feed = addFeed(*m_db, QStringLiteral("https://court.test/feed.xml"));
    QVERIFY(m_feed);
}

void TestCaptureStore::cleanup()
{
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

qint64 TestCaptureStore::storeOne(const Item &one)
{
    const Result<UpsertReport> stored = ThreadStore(*m_db).store(m_feed, feed({one}), now());
    return stored && stored->insertedIds.size() == 1 ? stored->insertedIds.first() : 0;
}

qint64 TestCaptureStore::rows(const QString &table) const
{
    QSqlQuery query(m_db->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

void TestCaptureStore::plan_data()
{
    QTest::addColumn<std::optional<bool>>("setting");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("link");
    QTest::addColumn<CaptureStore::Plan>("expected");

    const QString shortText = QStringLiteral("<p>The court reversed.</p>");
    const QString longText =
        QStringLiteral("<p>%1</p>").arg(QStringLiteral("x").repeated(CaptureStore::teaserLength));
    const QString nearlyLong =
        QStringLiteral("<p><b>%1</b></p>").arg(QStringLiteral("x").repeated(CaptureStore::teaserLength - 1));
    const QString withImage = longText + QStringLiteral("<img src=\"a.png\">");
    const QString web = QStringLiteral("https://court.test/a");
    const std::optional<bool> automatic;

    QTest::newRow("automatic, teaser")
        << automatic << shortText << QString() << web << CaptureStore::Plan::Page;
    QTest::newRow("automatic, teaser one under the length (markup not counted)")
        << automatic << nearlyLong << QString() << web << CaptureStore::Plan::Page;
    QTest::newRow("automatic, long summary")
        << automatic << longText << QString() << web << CaptureStore::Plan::Nothing;
    QTest::newRow("automatic, full content")
        << automatic << shortText << longText << web << CaptureStore::Plan::Nothing;
    QTest::newRow("automatic, full content with an image")
        << automatic << shortText << withImage << web << CaptureStore::Plan::FeedImagesOnly;
    QTest::newRow("automatic, teaser without a link")
        << automatic << shortText << QString() << QString() << CaptureStore::Plan::Nothing;
    QTest::newRow("automatic, teaser linking to a file")
        << automatic << shortText << QString() << QStringLiteral("file:///etc/passwd")
        << CaptureStore::Plan::Nothing;
    QTest::newRow("always, full content")
        << std::optional<bool>(true) << shortText << longText << web << CaptureStore::Plan::Page;
    QTest::newRow("never, teaser") << std::optional<bool>(false) << shortText << QString() << web
                                   << CaptureStore::Plan::Nothing;
    QTest::newRow("never, images in content")
        << std::optional<bool>(false) << shortText << withImage << web << CaptureStore::Plan::Nothing;
}

void TestCaptureStore::plan()
{
    QFETCH(std::optional<bool>, setting);
    QFETCH(QString, summary);
    QFETCH(QString, content);
    QFETCH(QString, link);
    QFETCH(CaptureStore::Plan, expected);
    Item one;
    one.summary = summary;
    one.content = content;
    one.link = QUrl(link);
    QCOMPARE(CaptureStore::plan(setting, one), expected);
}

void TestCaptureStore::queuesNewThreadsOnly()
{
    const qint64 id = storeOne(teaser(QStringLiteral("1")));
    QVERIFY(id);
    auto pending = CaptureStore(*m_db).pending(10);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().threadId, id);
    QCOMPARE(pending->first().link, QUrl(QStringLiteral("https://court.test/1")));
    QVERIFY(pending->first().page);
    QCOMPARE(ThreadStore(*m_db).thread(id, now()).value()->capture.status, ArticleCapture::Status::Pending);

    // Captured, then revised by the feed: not queued again.
    ArticleCapture done;
    done.status = ArticleCapture::Status::Captured;
    done.html = QStringLiteral("<p>Whole article</p>");
    QVERIFY(CaptureStore(*m_db).save(id, done, {}));
    Item revised = teaser(QStringLiteral("1"));
    revised.summary = QStringLiteral("<p>The court reversed, in part.</p>");
    const auto stored = ThreadStore(*m_db).store(m_feed, feed({revised}), now());
    QVERIFY(stored);
    QCOMPARE(stored->revised, 1);
    QCOMPARE(CaptureStore(*m_db).pending(10).value().size(), 0);
    QCOMPARE(ThreadStore(*m_db).thread(id, now()).value()->capture.html, done.html);
}

void TestCaptureStore::savedCaptureRoundTrip()
{
    const qint64 id = storeOne(teaser(QStringLiteral("1")));
    ArticleCapture capture;
    capture.status = ArticleCapture::Status::Captured;
    capture.html = QStringLiteral("<p>Whole article</p>");
    capture.byline = QStringLiteral("Dana Whitfield");
    capture.published = utc(QStringLiteral("2026-02-27T09:00:00Z"));
    capture.provenance.retrievedAt = now();
    capture.provenance.finalUrl = QUrl(QStringLiteral("https://court.test/2026/1"));
    capture.provenance.etag = QStringLiteral("\"v1\"");
    capture.provenance.lastModified = QStringLiteral("Fri, 27 Feb 2026 09:00:00 GMT");
    capture.provenance.sha256 = QStringLiteral("ab").repeated(32);
    const StoredImage image{QByteArray("\x89PNG\r\n\x1a\nrest", 12), QStringLiteral("image/png")};
    const QUrl imageUrl(QStringLiteral("https://court.test/seal.png#top"));
    QVERIFY(CaptureStore(*m_db).save(id, capture, {qMakePair(imageUrl, image)}));

    QCOMPARE(ThreadStore(*m_db).thread(id, now()).value()->capture, capture);
    QCOMPARE(CaptureStore(*m_db).pending(10).value().size(), 0);
    // Found by its address with or without the fragment; another thread's
    // lookup finds nothing.
    QCOMPARE(ImageStore(*m_db).image(id, QUrl(QStringLiteral("https://court.test/seal.png"))).value(),
             std::optional<StoredImage>(image));
    QCOMPARE(ImageStore(*m_db).image(id + 1, imageUrl).value(), std::optional<StoredImage>());

    // A thread deleted while its page was fetched: nothing stored, no error.
    QVERIFY(CaptureStore(*m_db).save(id + 100, capture, {qMakePair(imageUrl, image)}));
    QCOMPARE(rows(QStringLiteral("captures")), 1);
    QCOMPARE(rows(QStringLiteral("images")), 1);
}

void TestCaptureStore::imageStoreRefuses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("stored");

    QTest::newRow("https") << QStringLiteral("https://court.test/a.png") << qint64(100) << true;
    QTest::newRow("at the size cap") << QStringLiteral("http://court.test/a.png") << ImageStore::maxImageBytes
                                     << true;
    QTest::newRow("over the size cap")
        << QStringLiteral("http://court.test/a.png") << ImageStore::maxImageBytes + 1 << false;
    QTest::newRow("file") << QStringLiteral("file:///tmp/a.png") << qint64(100) << false;
    QTest::newRow("data") << QStringLiteral("data:image/png;base64,AAAA") << qint64(100) << false;
}

void TestCaptureStore::imageStoreRefuses()
{
    QFETCH(QString, url);
    QFETCH(qint64, size);
    QFETCH(bool, stored);
    const qint64 id = storeOne(teaser(QStringLiteral("1")));
    const Result<bool> ok = ImageStore(*m_db).store(
        id, QUrl(url), StoredImage{QByteArray(size, 'x'), QStringLiteral("image/png")});
    QCOMPARE(ok.ok(), stored);
    QCOMPARE(rows(QStringLiteral("images")), stored ? 1 : 0);
}

void TestCaptureStore::removingFeedDropsCapturesAndImages()
{
    const qint64 id = storeOne(teaser(QStringLiteral("1")));
    ArticleCapture failed;
    failed.status = ArticleCapture::Status::Failed;
    failed.error = QStringLiteral("The page has no article Docket could find.");
    QVERIFY(CaptureStore(*m_db).save(id, failed,
                                     {qMakePair(QUrl(QStringLiteral("https://court.test/a.png")),
                                                StoredImage{"x", QStringLiteral("image/png")})}));
    QCOMPARE(rows(QStringLiteral("captures")), 1);
    QVERIFY(FeedStore(*m_db).remove(m_feed).value());
    QCOMPARE(rows(QStringLiteral("captures")), 0);
    QCOMPARE(rows(QStringLiteral("images")), 0);
}

void TestCaptureStore::captureSetting()
{
    FeedStore feeds(*m_db);
    QCOMPARE(feeds.capture(m_feed).value(), std::optional<std::optional<bool>>(std::optional<bool>()));
    QVERIFY(feeds.setCapture(m_feed, false).value());
    QCOMPARE(feeds.capture(m_feed).value(), std::optional<std::optional<bool>>(false));
    QVERIFY(storeOne(teaser(QStringLiteral("1"))));
    QCOMPARE(rows(QStringLiteral("captures")), 0);
    QVERIFY(feeds.setCapture(m_feed, std::nullopt).value());
    QCOMPARE(feeds.capture(m_feed).value(), std::optional<std::optional<bool>>(std::optional<bool>()));
    QCOMPARE(feeds.capture(m_feed + 1).value(), std::optional<std::optional<bool>>());
    QVERIFY(!feeds.setCapture(m_feed + 1, true).value());
}

QTEST_GUILESS_MAIN(TestCaptureStore)
#include "tst_capturestore.moc"
