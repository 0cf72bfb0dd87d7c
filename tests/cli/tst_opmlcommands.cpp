// `docket import-opml` and `export-opml`: subscriptions in and out with their folders, all or nothing.
#include "docketsandbox.h"

#include "opmlreader.h"

#include <QDir>
#include <QTest>
#include <QUrl>

class TestOpmlCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsFoldersAndTopLevelFeeds();
    void importMergesWithWhatIsSubscribed();
    void importOfABadFileChangesNothing_data();
    void importOfABadFileChangesNothing();
    void exportsToAFile();
    void exportsToStandardOutput();
    void exportKeepsAnExistingFileUnlessForced();
    void exportRefusesBadUsage_data();
    void exportRefusesBadUsage();
    void exportThenImportRoundTrips();
};

namespace {

QStringList importArguments(const QString &file)
{
    return {QStringLiteral("import-opml"), file};
}

const QString foldersFixture = QStringLiteral("opml_folders_and_top_level.opml");

// Folder, title and URL of each feed: what an OPML file carries.
QStringList subscriptions(const DocketSandbox &sandbox, const QString &database)
{
    QStringList rows;
    const QJsonArray feeds =
        sandbox.runOn(database, {QStringLiteral("feeds"), QStringLiteral("--json")}).json().array();
    for (const QJsonValue &value : feeds) {
        const QJsonObject feed = value.toObject();
        rows.append(feed.value(QStringLiteral("folder")).toString() + u'|' +
                    feed.value(QStringLiteral("title")).toString() + u'|' +
                    feed.value(QStringLiteral("url")).toString() + u'|' +
                    feed.value(QStringLiteral("site")).toString());
    }
    rows.sort();
    return rows;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void TestOpmlCommands::importsFoldersAndTopLevelFeeds()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString file = DocketSandbox::fixture(foldersFixture);
    const DocketOutput imported = sandbox.run(importArguments(file));
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QCOMPARE(imported.out, QByteArray("Imported 5 feeds (0 already subscribed) into 3 folders\n"));
    // The outline with a relative address is left out, and said so.
    QCOMPARE(imported.err.count('\n'), 1);
    QVERIFY2(imported.err.startsWith(file.toUtf8() + ":16:"), imported.describe());
    QVERIFY2(imported.err.contains(": warning: "), imported.describe());

    QStringList expected{
        QStringLiteral("|Docket Digest|https://digest.example.org/feed.json|"),
        QStringLiteral("Commentary|Appellate "
                       "Watch|https://appellate.example.org/feed.xml|https://appellate.example.org/"),
        QStringLiteral(
            "Courts/Bankruptcy|S.D.N.Y. Bankruptcy|https://ecf.nysb.uscourts.gov/cgi-bin/rss_outside.pl|"),
        QStringLiteral("Courts|Eighth Circuit arguments|http://media-oa.ca8.uscourts.gov/circ8rss.xml|"),
        QStringLiteral("Courts|Tenth Circuit|https://www.ca10.uscourts.gov/opinions/new/daily_decisions.rss|"
                       "https://www.ca10.uscourts.gov/"),
    };
    expected.sort();
    QCOMPARE(subscriptions(sandbox, sandbox.databasePath()), expected);
    // Imported feeds wait for the poller: nothing was fetched.
    const QJsonArray feeds = sandbox.run({QStringLiteral("feeds"), QStringLiteral("--json")}).json().array();
    for (const QJsonValue &feed : feeds) {
        QCOMPARE(feed.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("new"));
        QVERIFY(feed.toObject().value(QStringLiteral("last_fetch")).isNull());
        QCOMPARE(feed.toObject().value(QStringLiteral("threads")).toInt(), 0);
    }
}

void TestOpmlCommands::importMergesWithWhatIsSubscribed()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    const qint64 id = sandbox.addFixture(QStringLiteral("juriscraper--opinions-ca10_example.xml"),
                                         {QStringLiteral("--folder"), QStringLiteral("Mine")});
    QVERIFY(id > 0);
    // Another reader's list holding the same feed file in another folder, and one new feed.
    const QByteArray fileUrl =
        QUrl::fromLocalFile(
            QDir::cleanPath(DocketSandbox::fixture(QStringLiteral("juriscraper--opinions-ca10_example.xml"))))
            .toEncoded();
    const QString list = sandbox.path(QStringLiteral("other.opml"));
    QVERIFY(writeFile(list,
                      "<?xml version=\"1.0\"?><opml version=\"1.0\"><head/><body>"
                      "<outline text=\"Courts\"><outline text=\"Renamed elsewhere\" type=\"rss\" xmlUrl=\"" +
                          fileUrl +
                          "\"/><outline text=\"Docket Digest\" type=\"rss\" "
                          "xmlUrl=\"https://digest.example.org/feed.json\"/></outline></body></opml>"));
    const DocketOutput imported = sandbox.run(importArguments(list));
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QCOMPARE(imported.out, QByteArray("Imported 1 feed (1 already subscribed) into 1 folder\n"));

    const QJsonArray feeds = sandbox.run({QStringLiteral("feeds"), QStringLiteral("--json")}).json().array();
    QCOMPARE(feeds.size(), 2);
    for (const QJsonValue &value : feeds) {
        const QJsonObject feed = value.toObject();
        if (feed.value(QStringLiteral("id")).toInteger() == id) {
            // The subscription stays as it was: its folder, title and threads.
            QCOMPARE(feed.value(QStringLiteral("folder")).toString(), QStringLiteral("Mine"));
            QCOMPARE(feed.value(QStringLiteral("title")).toString(),
                     QStringLiteral("Tenth Circuit Daily Decisions"));
            QCOMPARE(feed.value(QStringLiteral("threads")).toInt(), 4);
        } else {
            QCOMPARE(feed.value(QStringLiteral("folder")).toString(), QStringLiteral("Courts"));
        }
    }
    // Importing the same list again adds nothing.
    const DocketOutput again = sandbox.run(importArguments(list));
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(again.out, QByteArray("Imported 0 feeds (2 already subscribed) into 1 folder\n"));
    QCOMPARE(sandbox.run({QStringLiteral("feeds")}).lines().size(), 2);
}

void TestOpmlCommands::importOfABadFileChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrHas");

    const QString damaged = DocketSandbox::fixture(QStringLiteral("opml_unclosed_outline.opml"));
    const QString feed = DocketSandbox::fixture(QStringLiteral("juriscraper--opinions-ca10_example.xml"));
    QTest::newRow("damaged OPML") << importArguments(damaged) << damaged + QStringLiteral(":10:10: ");
    QTest::newRow("a feed, not OPML") << importArguments(feed) << feed + QStringLiteral(":1:");
    QTest::newRow("missing file") << importArguments(QStringLiteral("/nonexistent/list.opml"))
                                  << QStringLiteral(
                                         "docket import-opml: /nonexistent/list.opml: no such file");
    QTest::newRow("no file") << QStringList{QStringLiteral("import-opml")}
                             << QStringLiteral("give one OPML file");
    QTest::newRow("two files") << QStringList{QStringLiteral("import-opml"), damaged, feed}
                               << QStringLiteral("give one OPML file");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("import-opml"), QStringLiteral("--merge"),
                                                   damaged}
                                    << QStringLiteral("Unknown option 'merge'");
}

void TestOpmlCommands::importOfABadFileChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrHas);

    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QCOMPARE(sandbox.run(importArguments(DocketSandbox::fixture(foldersFixture))).exitCode, 0);
    const QStringList before = subscriptions(sandbox, sandbox.databasePath());
    const DocketOutput imported = sandbox.run(arguments);
    QVERIFY2(imported.exitCode == 2, imported.describe());
    QVERIFY2(QString::fromUtf8(imported.err).contains(stderrHas), imported.describe());
    QCOMPARE(imported.err.count('\n'), 1);
    QVERIFY(imported.out.isEmpty());
    QCOMPARE(subscriptions(sandbox, sandbox.databasePath()), before);
}

void TestOpmlCommands::exportsToAFile()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QCOMPARE(sandbox.run(importArguments(DocketSandbox::fixture(foldersFixture))).exitCode, 0);
    const QString file = sandbox.path(QStringLiteral("subscriptions.opml"));
    const DocketOutput exported = sandbox.run({QStringLiteral("export-opml"), file});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QCOMPARE(exported.out, "Exported 5 feeds in 3 folders to " + file.toUtf8() + '\n');

    const Result<OpmlReader::Parsed> read = OpmlReader::read(DocketSandbox::fileBytes(file));
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
    QVERIFY(read->warnings.isEmpty());
    const OpmlDocument &document = read->document;
    QCOMPARE(document.subscriptionCount(), 5);
    QCOMPARE(document.folders.size(), 3);
    QCOMPARE(document.folders.at(0).title, QStringLiteral("Commentary"));
    QCOMPARE(document.folders.at(1).title, QStringLiteral("Courts"));
    QCOMPARE(document.folders.at(1).subscriptions.size(), 2);
    QCOMPARE(document.folders.at(2).title, QStringLiteral("Courts/Bankruptcy"));
    QCOMPARE(document.subscriptions.size(), 1);
    QCOMPARE(document.subscriptions.first().feedUrl,
             QUrl(QStringLiteral("https://digest.example.org/feed.json")));
    QVERIFY(document.dateCreated.isValid());
}

void TestOpmlCommands::exportsToStandardOutput()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(sandbox.addFixture(QStringLiteral("feed-rs--jsonfeed_elastic_1.1.json")) > 0);
    const DocketOutput exported = sandbox.run({QStringLiteral("export-opml"), QStringLiteral("-")});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QVERIFY(exported.err.isEmpty());
    const Result<OpmlReader::Parsed> read = OpmlReader::read(exported.out);
    QVERIFY2(read.ok(), exported.describe());
    QCOMPARE(read->document.subscriptions.size(), 1);
    QCOMPARE(read->document.subscriptions.first().title, QStringLiteral("Blog – InfluxData"));
    QCOMPARE(read->document.subscriptions.first().siteUrl,
             QUrl(QStringLiteral("https://www.influxdata.com/blog/")));
    QCOMPARE(read->document.subscriptions.first().feedUrl.scheme(), QStringLiteral("file"));
}

void TestOpmlCommands::exportKeepsAnExistingFileUnlessForced()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QCOMPARE(sandbox.run(importArguments(DocketSandbox::fixture(foldersFixture))).exitCode, 0);
    const QString file = sandbox.path(QStringLiteral("precious.opml"));
    QVERIFY(writeFile(file, "the user's own notes"));

    const DocketOutput refused = sandbox.run({QStringLiteral("export-opml"), file});
    QVERIFY2(refused.exitCode == 2, refused.describe());
    QVERIFY2(refused.err.contains("already exists; add --force to replace it"), refused.describe());
    QCOMPARE(refused.err.count('\n'), 1);
    QCOMPARE(DocketSandbox::fileBytes(file), QByteArray("the user's own notes"));

    const DocketOutput forced = sandbox.run({QStringLiteral("export-opml"), QStringLiteral("--force"), file});
    QVERIFY2(forced.exitCode == 0, forced.describe());
    QVERIFY(OpmlReader::read(DocketSandbox::fileBytes(file)).ok());
    // Nothing is left beside it from the atomic write.
    QCOMPARE(QDir(sandbox.path(QString())).entryList({QStringLiteral("precious*")}, QDir::Files),
             QStringList{QStringLiteral("precious.opml")});
}

void TestOpmlCommands::exportRefusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("stderrHas");

    QTest::newRow("no file") << QStringList() << QByteArray("give one file to write");
    QTest::newRow("two files") << QStringList{QStringLiteral("a.opml"), QStringLiteral("b.opml")}
                               << QByteArray("give one file to write");
    QTest::newRow("a folder") << QStringList{QDir::tempPath()} << QByteArray("is a folder");
    QTest::newRow("missing folder") << QStringList{QStringLiteral("/nonexistent/folder/list.opml")}
                                    << QByteArray("/nonexistent/folder/list.opml: cannot write");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--pretty"), QStringLiteral("-")}
                                    << QByteArray("Unknown option 'pretty'");
}

void TestOpmlCommands::exportRefusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, stderrHas);

    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    const DocketOutput exported = sandbox.run(QStringList{QStringLiteral("export-opml")} + arguments);
    QVERIFY2(exported.exitCode == 2, exported.describe());
    QVERIFY2(exported.err.contains(stderrHas), exported.describe());
    QCOMPARE(exported.err.count('\n'), 1);
    QVERIFY(exported.out.isEmpty());
}

void TestOpmlCommands::exportThenImportRoundTrips()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QCOMPARE(sandbox.run(importArguments(DocketSandbox::fixture(foldersFixture))).exitCode, 0);
    QVERIFY(sandbox.addFixture(QStringLiteral("juriscraper--oral_args-ca8_example.xml"),
                               {QStringLiteral("--folder"), QStringLiteral("Courts/Eighth Circuit"),
                                QStringLiteral("--title"), QStringLiteral("Arguments & audio <8th>")}) > 0);
    QVERIFY(sandbox.addFixture(QStringLiteral("feed-rs--jsonfeed_elastic_1.1.json")) > 0);

    const QString first = sandbox.path(QStringLiteral("first.opml"));
    QCOMPARE(sandbox.run({QStringLiteral("export-opml"), first}).exitCode, 0);
    const QString copy = sandbox.path(QStringLiteral("copy.sqlite"));
    const DocketOutput imported = sandbox.runOn(copy, importArguments(first));
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QVERIFY2(imported.err.isEmpty(), imported.describe());
    QCOMPARE(imported.out, QByteArray("Imported 7 feeds (0 already subscribed) into 4 folders\n"));
    QCOMPARE(subscriptions(sandbox, copy), subscriptions(sandbox, sandbox.databasePath()));

    // And the copy exports the same list again.
    const QString second = sandbox.path(QStringLiteral("second.opml"));
    QCOMPARE(sandbox.runOn(copy, {QStringLiteral("export-opml"), second}).exitCode, 0);
    OpmlDocument a = OpmlReader::read(DocketSandbox::fileBytes(first)).value().document;
    OpmlDocument b = OpmlReader::read(DocketSandbox::fileBytes(second)).value().document;
    a.dateCreated = b.dateCreated = QDateTime();
    QCOMPARE(a, b);
}

QTEST_GUILESS_MAIN(TestOpmlCommands)
#include "tst_opmlcommands.moc"
