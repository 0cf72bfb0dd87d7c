// The reader's Feed summary / Full article switch, the capture's states, the Provenance section and stored
// images.
#include "articlebrowser.h"
#include "capturestore.h"
#include "imagestore.h"
#include "mainwindow.h"
#include "readerview.h"
#include "threaddocument.h"
#include "threadlistmodel.h"
#include "uitestcache.h"

#include <QAbstractButton>
#include <QAction>
#include <QBuffer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

using namespace UiTestCache;

namespace {

// Counts what the reader asks for, and sends it nowhere: "the network is off".
class CountingNetwork : public QNetworkAccessManager
{
public:
    QList<QUrl> asked;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        asked.append(request.url());
        QNetworkRequest nowhere(request);
        nowhere.setUrl(QUrl(QStringLiteral("http://127.0.0.1:1/")));
        return QNetworkAccessManager::createRequest(op, nowhere, data);
    }
};

const QString capturedText = QStringLiteral("the panel held that the notarisation was valid");

QByteArray png(const QSize &size, Qt::GlobalColor color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Provenance provenanceOf(const QString &url, const QString &etag, const QString &sha)
{
    Provenance made;
    made.retrievedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 15, 30), Qt::UTC);
    made.finalUrl = QUrl(url);
    made.etag = etag;
    made.lastModified = QStringLiteral("Thu, 26 Nov 2026 18:00:00 GMT");
    made.sha256 = sha;
    return made;
}

} // namespace

class TestFullArticle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void captureStates_data();
    void captureStates();
    void switchChangesTheText();
    void switchIsReachable();
    void fullArticleIsDatedByItsPage();
    void capturedHtmlIsSanitised();
    void provenance_data();
    void provenance();
    void storedImagesShowWithTheNetworkOff();
    void storedImagesAreAskedForTheShownThread();
    void windowShowsStoredImagesOffline();

private:
    ThreadRecord courtThread() const;
    ThreadRecord captured() const;
    ThreadRecord storedWith(const ArticleCapture &capture) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    qint64 m_court = 0;
    qint64 m_blog = 0;
};

void TestFullArticle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The window's settings go to this test's folder, and it never polls.
    QCoreApplication::setOrganizationName(QStringLiteral("DocketTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_fullarticle"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("pollAutomatically"), false);
    m_path = m_dir.filePath(QStringLiteral("cache.sqlite"));
    m_database = open(m_path);
    QVERIFY(m_database);
    m_court = addFixture(*m_database, tenthCircuit);
    m_blog = addFixture(*m_database, blogWithImages);
    QVERIFY(m_court && m_blog);
    QVERIFY(keepFixtures(*m_database));
}

ThreadRecord TestFullArticle::courtThread() const
{
    ThreadStore store(*m_database);
    ThreadFilter filter;
    filter.feedId = m_court;
    filter.limit = 1;
    const Result<ThreadPage> page = store.list(filter, generatedNow());
    if (!page || page->threads.isEmpty())
        return {};
    const Result<std::optional<ThreadRecord>> full = store.thread(page->threads.first().id, generatedNow());
    return full && full.value() ? *full.value() : ThreadRecord();
}

// The court thread as stored, with the article Docket captured from its page.
// The court thread with the article Docket captured from its page, stored
// as a capture stores it and read back as the window reads it.
ThreadRecord TestFullArticle::captured() const
{
    ArticleCapture capture;
    capture.status = ArticleCapture::Status::Captured;
    capture.html = QString::fromUtf8(TestData::read(QStringLiteral("ui/captured_article_with_script.html")));
    capture.byline = QStringLiteral("A. Reporter");
    capture.provenance = provenanceOf(QStringLiteral("https://www.ca10.uscourts.gov/opinions/final"),
                                      QStringLiteral("\"page-etag-7\""), QStringLiteral("ab").repeated(32));
    return storedWith(capture);
}

ThreadRecord TestFullArticle::storedWith(const ArticleCapture &capture) const
{
    const qint64 id = courtThread().id;
    if (id == 0 || !CaptureStore(*m_database).save(id, capture, {}))
        return {};
    const Result<std::optional<ThreadRecord>> thread = ThreadStore(*m_database).thread(id, generatedNow());
    return thread && thread.value() ? *thread.value() : ThreadRecord();
}

void TestFullArticle::captureStates_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("switchShown");
    QTest::addColumn<bool>("fullEnabled");
    QTest::addColumn<bool>("fullChecked");
    QTest::addColumn<QString>("line");
    QTest::newRow("capture off") << int(ArticleCapture::Status::None) << false << false << false << QString();
    QTest::newRow("pending") << int(ArticleCapture::Status::Pending) << true << false << false
                             << QStringLiteral("Fetching the full article…");
    QTest::newRow("failed") << int(ArticleCapture::Status::Failed) << true << false << false
                            << QStringLiteral("The full article could not be fetched: The site answered 403 "
                                              "Forbidden.");
    QTest::newRow("captured") << int(ArticleCapture::Status::Captured) << true << true << true << QString();
}

void TestFullArticle::captureStates()
{
    QFETCH(int, status);
    QFETCH(bool, switchShown);
    QFETCH(bool, fullEnabled);
    QFETCH(bool, fullChecked);
    QFETCH(QString, line);
    ArticleCapture capture = captured().capture;
    const QString summary = courtThread().content.isEmpty() ? courtThread().summary : courtThread().content;
    capture.status = ArticleCapture::Status(status);
    if (capture.status != ArticleCapture::Status::Captured)
        capture.html.clear();
    if (capture.status == ArticleCapture::Status::Failed)
        capture.error = QStringLiteral("The site answered 403 Forbidden.");
    const ThreadRecord thread = storedWith(capture);
    QCOMPARE(thread.capture.status, capture.status);
    QSettings settings(m_dir.filePath(QStringLiteral("states.ini")), QSettings::IniFormat);
    ReaderView reader(settings, nullptr);
    reader.showThread(thread, generatedNow());
    QCOMPARE(reader.bodySwitchShown(), switchShown);
    QCOMPARE(reader.fullArticleAction()->isEnabled(), fullEnabled);
    QCOMPARE(reader.fullArticleAction()->isChecked(), fullChecked);
    QCOMPARE(reader.feedSummaryAction()->isChecked(), !fullChecked);
    const QString text = reader.browser()->toPlainText();
    QCOMPARE(text.contains(capturedText), fullChecked);
    if (!line.isEmpty())
        QVERIFY2(text.contains(line), qPrintable(text.left(600)));
    if (!fullChecked) {
        // Whatever happened to the capture, the feed's text is there to read.
        QTextDocument feed;
        feed.setHtml(summary);
        QVERIFY(text.contains(feed.toPlainText().simplified().left(40)));
    }
}

void TestFullArticle::switchChangesTheText()
{
    QSettings settings(m_dir.filePath(QStringLiteral("switch.ini")), QSettings::IniFormat);
    ReaderView reader(settings, nullptr);
    const ThreadRecord thread = captured();
    reader.showThread(thread, generatedNow());
    QVERIFY(reader.browser()->toPlainText().contains(capturedText));
    QVERIFY(reader.browser()->toPlainText().contains(QStringLiteral("A. Reporter")));

    reader.feedSummaryAction()->trigger();
    QCOMPARE(reader.body(), ThreadDocument::Body::FeedSummary);
    QVERIFY(!reader.browser()->toPlainText().contains(capturedText));
    QVERIFY(reader.feedSummaryAction()->isChecked());
    QVERIFY(!reader.fullArticleAction()->isChecked());

    reader.fullArticleAction()->trigger();
    QCOMPARE(reader.body(), ThreadDocument::Body::FullArticle);
    QVERIFY(reader.browser()->toPlainText().contains(capturedText));

    // The next thread starts from its own default, not the last choice.
    reader.feedSummaryAction()->trigger();
    reader.showThread(thread, generatedNow());
    QCOMPARE(reader.body(), ThreadDocument::Body::FullArticle);
}

void TestFullArticle::switchIsReachable()
{
    QSettings settings(m_dir.filePath(QStringLiteral("keys.ini")), QSettings::IniFormat);
    ReaderView reader(settings, nullptr);
    reader.showThread(captured(), generatedNow());
    const QList<QToolButton *> buttons = reader.findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 2);
    for (QToolButton *button : buttons) {
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
    }
    buttons.first()->click();
    QCOMPARE(reader.body(), ThreadDocument::Body::FeedSummary);
    buttons.last()->click();
    QCOMPARE(reader.body(), ThreadDocument::Body::FullArticle);
}

void TestFullArticle::fullArticleIsDatedByItsPage()
{
    ThreadRecord thread = captured();
    thread.published = QDateTime(); // the feed gave no date
    thread.capture.published = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    const QString date = QLocale().toString(thread.capture.published.toLocalTime(), QLocale::LongFormat);
    QVERIFY(ThreadDocument::html(thread, generatedNow(), ThreadDocument::Body::FullArticle).contains(date));
    QVERIFY(!ThreadDocument::html(thread, generatedNow(), ThreadDocument::Body::FeedSummary).contains(date));
}

void TestFullArticle::capturedHtmlIsSanitised()
{
    QSettings settings(m_dir.filePath(QStringLiteral("hostile.ini")), QSettings::IniFormat);
    ReaderView reader(settings, nullptr);
    const ThreadRecord thread = captured();
    const QString html = ThreadDocument::html(thread, generatedNow(), ThreadDocument::Body::FullArticle);
    QVERIFY(html.contains(capturedText));
    for (const QString &forbidden : {QStringLiteral("tracker.example"), QStringLiteral("onclick"),
                                     QStringLiteral("<script"), QStringLiteral("document.cookie")})
        QVERIFY2(!html.contains(forbidden, Qt::CaseInsensitive), qPrintable(forbidden));
    reader.showThread(thread, generatedNow());
    QVERIFY(!reader.documentHtml().contains(QStringLiteral("tracker.example")));
}

void TestFullArticle::provenance_data()
{
    QTest::addColumn<bool>("feedKnown");
    QTest::addColumn<bool>("captureKnown");
    QTest::newRow("feed item and full article") << true << true;
    QTest::newRow("feed item only") << true << false;
    QTest::newRow("full article only") << false << true;
    QTest::newRow("nothing known") << false << false;
}

void TestFullArticle::provenance()
{
    QFETCH(bool, feedKnown);
    QFETCH(bool, captureKnown);
    ThreadRecord thread = captured();
    const QString feedSha = QStringLiteral("0123456789abcdef").repeated(4);
    if (feedKnown)
        thread.provenance = provenanceOf(QStringLiteral("https://www.ca10.uscourts.gov/feed.xml"),
                                         QStringLiteral("W/\"feed-etag-3\""), feedSha);
    if (!captureKnown)
        thread.capture = ArticleCapture();
    QSettings settings(m_dir.filePath(QStringLiteral("provenance.ini")), QSettings::IniFormat);
    ReaderView reader(settings, nullptr);
    reader.showThread(thread, generatedNow());
    const QString text = reader.browser()->toPlainText();
    QCOMPARE(text.contains(QStringLiteral("Provenance")), feedKnown || captureKnown);
    QCOMPARE(text.contains(QStringLiteral("Feed item")), feedKnown);
    QCOMPARE(text.contains(feedSha), feedKnown);
    QCOMPARE(text.contains(QStringLiteral("W/\"feed-etag-3\"")), feedKnown);
    QCOMPARE(text.contains(QStringLiteral("https://www.ca10.uscourts.gov/feed.xml")), feedKnown);
    QCOMPARE(text.contains(QStringLiteral("ab").repeated(32)), captureKnown);
    QCOMPARE(text.contains(QStringLiteral("https://www.ca10.uscourts.gov/opinions/final")), captureKnown);
    if (feedKnown || captureKnown) {
        // Local time for the reader, UTC for whoever the value is sent to.
        QVERIFY(text.contains(QStringLiteral("2026-11-27 10:15:30 UTC")));
        const QDateTime local = QDateTime(QDate(2026, 11, 27), QTime(10, 15, 30), Qt::UTC).toLocalTime();
        QVERIFY(text.contains(QLocale().toString(local, QLocale::LongFormat)));
        QVERIFY(text.contains(QStringLiteral("Thu, 26 Nov 2026 18:00:00 GMT")));
    }
    // Selectable, so it can be copied into a declaration.
    QVERIFY(reader.browser()->textInteractionFlags() & Qt::TextSelectableByMouse);
    // Evidence is read, never followed: the final URL is text, not a link.
    QVERIFY(!reader.documentHtml().contains(QStringLiteral("href=\"https://www.ca10.uscourts.gov/feed.xml")));
}

void TestFullArticle::storedImagesShowWithTheNetworkOff()
{
    ThreadStore store(*m_database);
    ThreadFilter filter;
    filter.feedId = m_blog;
    filter.limit = 1;
    const Result<ThreadPage> page = store.list(filter, generatedNow());
    QVERIFY(page && !page->threads.isEmpty());
    const Result<std::optional<ThreadRecord>> thread = store.thread(page->threads.first().id, generatedNow());
    QVERIFY(thread && thread.value());

    // First without a store: the article's images wait for consent.
    QSettings settings(m_dir.filePath(QStringLiteral("images.ini")), QSettings::IniFormat);
    CountingNetwork network;
    ReaderView reader(settings, &network);
    reader.resize(800, 600);
    reader.show();
    reader.showThread(*thread.value(), generatedNow());
    const QList<QUrl> images = reader.browser()->blockedImages();
    QVERIFY(images.size() >= 2);
    QVERIFY(reader.imageBarShown());

    // Every image but the last is stored: those show, only the last is asked about.
    const QByteArray bytes = png(QSize(40, 30), Qt::darkGreen);
    QList<qint64> askedFor;
    reader.setImageLookup([&](qint64 threadId, const QUrl &url) -> std::optional<QByteArray> {
        askedFor.append(threadId);
        if (url == images.last())
            return std::nullopt;
        return bytes;
    });
    reader.showThread(*thread.value(), generatedNow());
    QCoreApplication::processEvents();
    QCOMPARE(reader.browser()->blockedImages(), QList<QUrl>{images.last()});
    QVERIFY(reader.imageBarShown());
    const QVariant shown = reader.browser()->loadResource(QTextDocument::ImageResource, images.first());
    QCOMPARE(shown.value<QImage>().size(), QSize(40, 30));
    QCOMPARE(shown.value<QImage>().pixelColor(5, 5), QColor(Qt::darkGreen));
    QVERIFY(network.asked.isEmpty());
    QVERIFY(!askedFor.isEmpty());
    for (const qint64 id : std::as_const(askedFor))
        QCOMPARE(id, thread.value()->id);

    // All stored: no bar, nothing asked of the network.
    reader.setImageLookup([&](qint64, const QUrl &) -> std::optional<QByteArray> { return bytes; });
    reader.showThread(*thread.value(), generatedNow());
    QCoreApplication::processEvents();
    QVERIFY(reader.browser()->blockedImages().isEmpty());
    QVERIFY(!reader.imageBarShown());
    QVERIFY(network.asked.isEmpty());
}

void TestFullArticle::storedImagesAreAskedForTheShownThread()
{
    // Bytes that are not an image are as good as none: the consent rules apply.
    QSettings settings(m_dir.filePath(QStringLiteral("broken.ini")), QSettings::IniFormat);
    CountingNetwork network;
    ReaderView reader(settings, &network);
    reader.setImageLookup([](qint64, const QUrl &) -> std::optional<QByteArray> {
        return QByteArrayLiteral("<html>not an image</html>");
    });
    ThreadRecord thread = captured();
    reader.showThread(thread, generatedNow());
    QCOMPARE(reader.browser()->blockedImages(),
             QList<QUrl>{QUrl(QStringLiteral("https://images.example.org/bench.png"))});
    QVERIFY(reader.imageBarShown());
    QVERIFY(network.asked.isEmpty());
}

void TestFullArticle::windowShowsStoredImagesOffline()
{
    ThreadStore store(*m_database);
    ThreadFilter filter;
    filter.feedId = m_blog;
    filter.limit = 1;
    const Result<ThreadPage> page = store.list(filter, generatedNow());
    QVERIFY(page && !page->threads.isEmpty());
    const qint64 id = page->threads.first().id;

    // The images the article asks for, stored as a capture stores them.
    QList<QUrl> images;
    {
        QSettings settings(m_dir.filePath(QStringLiteral("find.ini")), QSettings::IniFormat);
        ReaderView finder(settings, nullptr);
        const Result<std::optional<ThreadRecord>> thread = store.thread(id, generatedNow());
        QVERIFY(thread && thread.value());
        finder.showThread(*thread.value(), generatedNow());
        images = finder.browser()->blockedImages();
    }
    QVERIFY(!images.isEmpty());
    ImageStore stored(*m_database);
    for (const QUrl &url : std::as_const(images))
        QVERIFY(stored.store(id, url,
                             StoredImage{png(QSize(24, 16), Qt::darkBlue), QStringLiteral("image/png")}));

    // The window's own network never hears of them: they come from the cache.
    MainWindow window(m_path);
    const int row = window.threadModel()->rowOf(id);
    QVERIFY(row >= 0);
    window.threadView()->setCurrentIndex(window.threadModel()->index(row, 0));
    ReaderView *reader = window.readerView();
    QCOMPARE(reader->threadId(), id);
    QVERIFY(reader->browser()->blockedImages().isEmpty());
    QVERIFY(!reader->imageBarShown());
    const QImage shown =
        reader->browser()->loadResource(QTextDocument::ImageResource, images.first()).value<QImage>();
    QCOMPARE(shown.size(), QSize(24, 16));
    QCOMPARE(shown.pixelColor(3, 3), QColor(Qt::darkBlue));
}

QTEST_MAIN(TestFullArticle)
#include "tst_fullarticle.moc"
