// ReaderView and what it shows: the board's header, sanitised bodies, the image bar, the link rules.
#include "articlebrowser.h"
#include "imageconsent.h"
#include "imageconsentbar.h"
#include "linkpolicy.h"
#include "readerview.h"
#include "threaddocument.h"
#include "uitestcache.h"

#include <QAbstractButton>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>

using namespace UiTestCache;

namespace {

// Counts what the reader asks for, and sends it nowhere.
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

} // namespace

class TestReaderView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void header_data();
    void header();
    void hostileBodyIsSanitised_data();
    void hostileBodyIsSanitised();
    void remoteImagesWaitForConsent();
    void alwaysForThisFeedIsRemembered();
    void imagePolicyDecides_data();
    void imagePolicyDecides();
    void articleWithoutImagesHasNoBar();
    void linkRules_data();
    void linkRules();
    void refusedLinkIsReported();

private:
    ThreadRecord firstThread(qint64 feedId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_blog = 0;
    qint64 m_court = 0;
};

void TestReaderView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = open(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(m_database);
    m_blog = addFixture(*m_database, blogWithImages);
    m_court = addFixture(*m_database, tenthCircuit);
    QVERIFY(m_blog && m_court);
}

ThreadRecord TestReaderView::firstThread(qint64 feedId) const
{
    ThreadStore store(*m_database);
    ThreadFilter filter;
    filter.feedId = feedId;
    filter.limit = 1;
    const Result<ThreadPage> page = store.list(filter, generatedNow());
    if (!page || page->threads.isEmpty())
        return {};
    const Result<std::optional<ThreadRecord>> full = store.thread(page->threads.first().id, generatedNow());
    return full && full.value() ? *full.value() : ThreadRecord();
}

void TestReaderView::header_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("kept");
    QTest::newRow("blog post") << blogWithImages << false;
    QTest::newRow("court opinion kept") << tenthCircuit << true;
}

void TestReaderView::header()
{
    QFETCH(QString, fixture);
    QFETCH(bool, kept);
    ThreadRecord thread = firstThread(fixture == blogWithImages ? m_blog : m_court);
    QVERIFY(thread.id > 0);
    thread.kept = kept;
    if (kept)
        thread.expires = QDateTime();
    const QDateTime now = thread.expires.isValid() ? thread.expires.addDays(-5).addSecs(-60) : generatedNow();
    QSettings settings(m_dir.filePath(QStringLiteral("header.ini")), QSettings::IniFormat);
    ReaderView reader(settings, nullptr);
    reader.showThread(thread, now);
    const QString text = reader.browser()->toPlainText();
    QVERIFY2(text.contains(thread.title), qPrintable(text.left(300)));
    QVERIFY(text.contains(thread.feedTitle + QStringLiteral(" started this thread")));
    QVERIFY(text.contains(QStringLiteral("Closed · not open for replies")));
    QVERIFY(text.contains(kept ? QStringLiteral("Kept") : QStringLiteral("Deleted in 5 days unless kept")));
    if (!thread.author.isEmpty())
        QVERIFY(text.contains(thread.author));
    QVERIFY(text.contains(QStringLiteral("Continue reading at %1").arg(thread.link.host())));
    for (const QString &category : thread.categories)
        QVERIFY(text.contains(category));
    QVERIFY(reader.documentHtml().contains(thread.link.toString(QUrl::FullyEncoded).toHtmlEscaped()));
}

void TestReaderView::hostileBodyIsSanitised_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("forbidden");
    QTest::newRow("script") << QStringLiteral("<p>Ruling</p><script>stealCookies()</script>")
                            << QStringLiteral("stealCookies");
    QTest::newRow("event handler") << QStringLiteral("<p onclick=\"track()\">Ruling</p>")
                                   << QStringLiteral("track()");
    QTest::newRow("javascript link") << QStringLiteral("<a href=\"javascript:alert(1)\">Ruling</a>")
                                     << QStringLiteral("javascript:");
    QTest::newRow("data link") << QStringLiteral("<a href=\"data:text/html,<b>x</b>\">Ruling</a>")
                               << QStringLiteral("data:");
    QTest::newRow("iframe") << QStringLiteral("<p>Ruling</p><iframe src=\"https://evil.example/\"></iframe>")
                            << QStringLiteral("evil.example");
    QTest::newRow("style import")
        << QStringLiteral("<style>@import url(https://evil.example/x.css)</style><p>Ruling</p>")
        << QStringLiteral("evil.example");
    QTest::newRow("hostile title") << QStringLiteral("<p>Ruling</p>") << QStringLiteral("<blink>");
}

void TestReaderView::hostileBodyIsSanitised()
{
    QFETCH(QString, body);
    QFETCH(QString, forbidden);
    ThreadRecord thread = firstThread(m_court);
    thread.content = body;
    thread.title = QStringLiteral("<blink>Title</blink>");
    const QString html = ThreadDocument::html(thread, generatedNow());
    QVERIFY2(!html.contains(forbidden, Qt::CaseInsensitive), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("onclick"), Qt::CaseInsensitive));
    QSettings settings(m_dir.filePath(QStringLiteral("hostile.ini")), QSettings::IniFormat);
    ReaderView reader(settings, nullptr);
    reader.showThread(thread, generatedNow());
    QVERIFY(reader.browser()->toPlainText().contains(QStringLiteral("Ruling")));
    QVERIFY(!reader.documentHtml().contains(forbidden, Qt::CaseInsensitive));
}

void TestReaderView::remoteImagesWaitForConsent()
{
    const ThreadRecord thread = firstThread(m_blog);
    QVERIFY(thread.content.contains(QStringLiteral("<img")));
    QSettings settings(m_dir.filePath(QStringLiteral("once.ini")), QSettings::IniFormat);
    CountingNetwork network;
    ReaderView reader(settings, &network);
    reader.resize(800, 600);
    reader.show();
    reader.showThread(thread, generatedNow());
    QCoreApplication::processEvents();
    QVERIFY(reader.imageBarShown());
    QVERIFY(reader.imageBarText().contains(QStringLiteral("www.natashatherobot.com")));
    QVERIFY(!reader.browser()->blockedImages().isEmpty());
    QVERIFY(network.asked.isEmpty());

    // "Load images" asks for exactly the article's images, asynchronously.
    auto *once = reader.findChild<ImageConsentBar *>()->findChild<QAbstractButton *>();
    QVERIFY(once);
    once->click();
    QVERIFY(!reader.imageBarShown());
    QCOMPARE(network.asked, reader.browser()->blockedImages());
    QVERIFY(!ImageConsent(settings).alwaysFor(thread.feedId));
}

void TestReaderView::alwaysForThisFeedIsRemembered()
{
    const ThreadRecord thread = firstThread(m_blog);
    QSettings settings(m_dir.filePath(QStringLiteral("always.ini")), QSettings::IniFormat);
    CountingNetwork network;
    {
        ReaderView reader(settings, &network);
        reader.showThread(thread, generatedNow());
        QVERIFY(reader.imageBarShown());
        const QList<QAbstractButton *> buttons =
            reader.findChild<ImageConsentBar *>()->findChildren<QAbstractButton *>();
        QCOMPARE(buttons.size(), 2);
        buttons.at(1)->click();
        QVERIFY(ImageConsent(settings).alwaysFor(thread.feedId));
    }
    network.asked.clear();
    ReaderView again(settings, &network);
    again.showThread(thread, generatedNow());
    QVERIFY(!again.imageBarShown());
    QVERIFY(!network.asked.isEmpty());
    QVERIFY(!ImageConsent(settings).alwaysFor(m_court));
}

void TestReaderView::imagePolicyDecides_data()
{
    QTest::addColumn<QString>("policy"); // as Settings stores it; empty: never set
    QTest::addColumn<bool>("barShown");
    QTest::addColumn<bool>("loaded");
    QTest::newRow("never set: ask") << QString() << true << false;
    QTest::newRow("ask each time") << QStringLiteral("ask") << true << false;
    QTest::newRow("always load") << QStringLiteral("always") << false << true;
    QTest::newRow("never load") << QStringLiteral("never") << false << false;
    QTest::newRow("damaged value: ask") << QStringLiteral("sometimes") << true << false;
}

void TestReaderView::imagePolicyDecides()
{
    QFETCH(QString, policy);
    QFETCH(bool, barShown);
    QFETCH(bool, loaded);
    const ThreadRecord thread = firstThread(m_blog);
    QSettings settings(
        m_dir.filePath(QStringLiteral("policy-%1.ini").arg(QString::fromLatin1(QTest::currentDataTag()))),
        QSettings::IniFormat);
    if (!policy.isEmpty())
        settings.setValue(QStringLiteral("images/policy"), policy);
    CountingNetwork network;
    ReaderView reader(settings, &network);
    reader.showThread(thread, generatedNow());
    QCOMPARE(reader.imageBarShown(), barShown);
    QCOMPARE(!network.asked.isEmpty(), loaded);
    QVERIFY(!reader.browser()->blockedImages().isEmpty());
}

void TestReaderView::articleWithoutImagesHasNoBar()
{
    QSettings settings(m_dir.filePath(QStringLiteral("none.ini")), QSettings::IniFormat);
    CountingNetwork network;
    ReaderView reader(settings, &network);
    ThreadRecord thread = firstThread(m_court);
    thread.content = QStringLiteral("<p>No pictures.</p><img src=\"file:///etc/passwd\"/>");
    reader.showThread(thread, generatedNow());
    QVERIFY(!reader.imageBarShown());
    QVERIFY(network.asked.isEmpty());
}

void TestReaderView::linkRules_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("opens");
    QTest::newRow("https") << QStringLiteral("https://www.jurist.org/news/") << true;
    QTest::newRow("http") << QStringLiteral("http://www.ca10.uscourts.gov/opinions") << true;
    QTest::newRow("mailto") << QStringLiteral("mailto:clerk@example.org") << true;
    QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://example.org/") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("vbscript") << QStringLiteral("vbscript:msgbox(1)") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,hello") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org/") << false;
    QTest::newRow("relative") << QStringLiteral("/opinions/1") << false;
    QTest::newRow("http without host") << QStringLiteral("http:///path") << false;
    QTest::newRow("empty mailto") << QStringLiteral("mailto:") << false;
}

void TestReaderView::linkRules()
{
    QFETCH(QString, link);
    QFETCH(bool, opens);
    QCOMPARE(LinkPolicy::mayOpen(QUrl(link)), opens);
}

void TestReaderView::refusedLinkIsReported()
{
    QSettings settings(m_dir.filePath(QStringLiteral("links.ini")), QSettings::IniFormat);
    ReaderView reader(settings, nullptr);
    QSignalSpy refused(&reader, &ReaderView::linkRefused);
    reader.followLink(QUrl(QStringLiteral("javascript:alert(1)")));
    QCOMPARE(refused.size(), 1);
}

QTEST_MAIN(TestReaderView)
#include "tst_readerview.moc"
