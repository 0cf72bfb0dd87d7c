// The starter feeds built into Docket: a well-formed list of https feeds in folders.
#include "opmlreader.h"
#include "starterfeeds.h"

#include <QSet>
#include <QTest>

class TestStarterFeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsWithoutWarnings();
    void everyAddressIsHttps();
    void namedSourcesAreThere_data();
    void namedSourcesAreThere();

private:
    QList<OpmlSubscription> all() const;
    OpmlDocument m_document;
};

void TestStarterFeeds::initTestCase()
{
    const QByteArray bytes = StarterFeeds::opml();
    QVERIFY(!bytes.isEmpty());
    const Result<OpmlReader::Parsed> parsed = OpmlReader::read(bytes);
    QVERIFY2(parsed.ok(), parsed ? "" : qPrintable(parsed.error().toString()));
    QVERIFY(parsed->warnings.isEmpty());
    m_document = parsed->document;
}

QList<OpmlSubscription> TestStarterFeeds::all() const
{
    QList<OpmlSubscription> subscriptions = m_document.subscriptions;
    for (const OpmlFolder &folder : m_document.folders)
        subscriptions += folder.subscriptions;
    return subscriptions;
}

void TestStarterFeeds::readsWithoutWarnings()
{
    // Every feed sits in a folder, and there are enough to fill a first morning.
    QVERIFY(m_document.subscriptions.isEmpty());
    QVERIFY(m_document.folders.size() >= 3);
    QVERIFY(m_document.subscriptionCount() >= 10);
    QSet<QString> urls;
    for (const OpmlSubscription &subscription : all()) {
        QVERIFY2(!subscription.title.isEmpty(), qPrintable(subscription.feedUrl.toString()));
        urls.insert(subscription.feedUrl.toString());
    }
    QCOMPARE(urls.size(), int(m_document.subscriptionCount()));
}

void TestStarterFeeds::everyAddressIsHttps()
{
    for (const OpmlSubscription &subscription : all()) {
        QVERIFY2(subscription.feedUrl.isValid(), qPrintable(subscription.title));
        QCOMPARE(subscription.feedUrl.scheme(), QStringLiteral("https"));
        QVERIFY(!subscription.feedUrl.host().isEmpty());
        QCOMPARE(subscription.siteUrl.scheme(), QStringLiteral("https"));
    }
}

void TestStarterFeeds::namedSourcesAreThere_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("feed");
    QTest::newRow("JURIST") << QStringLiteral("JURIST")
                            << QStringLiteral("https://www.jurist.org/news/feed/");
    QTest::newRow("SCOTUSblog") << QStringLiteral("SCOTUSblog")
                                << QStringLiteral("https://www.scotusblog.com/feed/");
    QTest::newRow("EFF Deeplinks") << QStringLiteral("EFF Deeplinks")
                                   << QStringLiteral("https://www.eff.org/rss/updates.xml");
}

void TestStarterFeeds::namedSourcesAreThere()
{
    QFETCH(QString, title);
    QFETCH(QString, feed);
    bool found = false;
    for (const OpmlSubscription &subscription : all()) {
        if (subscription.title == title) {
            QCOMPARE(subscription.feedUrl, QUrl(feed));
            found = true;
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestStarterFeeds)
#include "tst_starterfeeds.moc"
