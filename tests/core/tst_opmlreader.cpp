// Reading the subscription lists other feed readers export, and refusing broken ones.
#include "opmlreader.h"
#include "testdata.h"

#include <QElapsedTimer>
#include <QTest>

class TestOpmlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsExports_data();
    void readsExports();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void refusesDeepNesting();
    void refusesOversizedFiles();
    void staysLinearOnLargeLists();
    void readsUtf16WithByteOrderMark();
};

namespace {

QString line(const OpmlSubscription &subscription)
{
    return QStringLiteral("%1 | %2 | %3")
        .arg(subscription.title, subscription.feedUrl.toString(), subscription.siteUrl.toString());
}

// The document as lines a test row can spell out: folders, each with its
// subscriptions indented, then the subscriptions outside any folder.
QStringList describe(const OpmlDocument &document)
{
    QStringList lines;
    for (const OpmlFolder &folder : document.folders) {
        lines.append(QStringLiteral("[%1]").arg(folder.title));
        for (const OpmlSubscription &subscription : folder.subscriptions)
            lines.append(QStringLiteral("  ") + line(subscription));
    }
    for (const OpmlSubscription &subscription : document.subscriptions)
        lines.append(line(subscription));
    return lines;
}

// "LINE: words the message has"
QStringList describe(const QList<Diagnostic> &warnings)
{
    QStringList lines;
    for (const Diagnostic &warning : warnings)
        lines.append(QStringLiteral("%1: %2").arg(warning.line).arg(warning.message));
    return lines;
}

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

} // namespace

void TestOpmlReader::readsExports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDateTime>("dateCreated");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("warnings"); // "LINE: substring" each

    QTest::newRow("NetNewsWire: OPML 1.1, folders and loose feeds")
        << QStringLiteral("netnewswire_export.opml") << QStringLiteral("Subscriptions-OnMyMac.opml") << QDateTime()
        << QStringList{
               QStringLiteral("[Courts]"),
               QStringLiteral("  SCOTUSblog | https://www.scotusblog.com/feed/ | https://www.scotusblog.com/"),
               QStringLiteral("  Federal Circuit Opinions & Orders | "
                              "https://cafc.uscourts.gov/category/opinion-order/feed/ | https://cafc.uscourts.gov"),
               QStringLiteral("[Law blogs]"),
               QStringLiteral("  The Volokh Conspiracy | https://reason.com/volokh/feed/ | https://reason.com/volokh/"),
               QStringLiteral("  Lawfare | https://www.lawfaremedia.org/feeds/articles | https://www.lawfaremedia.org"),
               QStringLiteral("Daring Fireball | https://daringfireball.net/feeds/json | https://daringfireball.net/"),
               QStringLiteral("inessential | https://inessential.com/feed.json | https://inessential.com/"),
           }
        << QStringList{};

    QTest::newRow("Feedly: double-escaped title, one feed in two categories")
        << QStringLiteral("feedly_export.opml") << QStringLiteral("Jane subscriptions in feedly Cloud") << QDateTime()
        << QStringList{
               QStringLiteral("[Legal News]"),
               QStringLiteral("  Above the Law | https://abovethelaw.com/feed/ | https://abovethelaw.com"),
               QStringLiteral("  Law360 - Legal News & Analysis | https://www.law360.com/rss/articles | "
                              "https://www.law360.com"),
               QStringLiteral("  Reuters Legal | https://www.reuters.com/legal/rss | https://www.reuters.com/legal/"),
               QStringLiteral("[Courts]"),
               QStringLiteral("  SCOTUSblog | https://www.scotusblog.com/feed/ | https://www.scotusblog.com/"),
               QStringLiteral("[Must Read]"),
           }
        << QStringList{QStringLiteral("17: 'Above the Law' (https://abovethelaw.com/feed/) is listed more than once")};

    QTest::newRow("Inoreader: query strings, non-ASCII titles")
        << QStringLiteral("inoreader_export.opml")
        << QStringLiteral("Subscriptions of Jane from Inoreader [https://www.inoreader.com]") << QDateTime()
        << QStringList{
               QStringLiteral("[EU law]"),
               QStringLiteral("  EUR-Lex - Latest Judgments | https://eur-lex.europa.eu/EN/display-feed.rss?rssId=162 | "
                              "https://eur-lex.europa.eu/"),
               QStringLiteral("  Court of Justice of the European Union \u2013 Press releases | "
                              "https://curia.europa.eu/jcms/jcms/Jo2_7052/en/?rss=true&lang=en | "
                              "https://curia.europa.eu"),
               QStringLiteral("[UK]"),
               QStringLiteral("  UK Supreme Court \u2013 Latest judgments | https://www.supremecourt.uk/rss/judgments.xml | "
                              "https://www.supremecourt.uk"),
               QStringLiteral("  Legal Cheek | https://www.legalcheek.com/feed/ | https://www.legalcheek.com"),
               QStringLiteral("Bundesverfassungsgericht \u2013 Pressemitteilungen | "
                              "https://www.bundesverfassungsgericht.de/SiteGlobals/Functions/RSSFeed/DE/RSSNewsfeed/"
                              "RSSNewsfeed_Pressemitteilungen.xml | https://www.bundesverfassungsgericht.de/"),
           }
        << QStringList{};

    QTest::newRow("Thunderbird: account folder on top, deeper folders flattened into it")
        << QStringLiteral("thunderbird_export.opml") << QStringLiteral("Thunderbird OPML Export - Blogs & News Feeds")
        << utc(QStringLiteral("2024-02-06T09:15:22Z"))
        << QStringList{
               QStringLiteral("[Blogs & News Feeds]"),
               QStringLiteral("  Second Circuit decisions | https://www.ca2.uscourts.gov/decisions/rss.xml | "
                              "https://www.ca2.uscourts.gov/"),
               QStringLiteral("  S.D.N.Y. Bankruptcy Court | https://ecf.nysb.uscourts.gov/cgi-bin/rss_outside.pl | "
                              "https://www.nysb.uscourts.gov/"),
               QStringLiteral("  Lawfare | https://www.lawfaremedia.org/feeds/articles | https://www.lawfaremedia.org"),
               QStringLiteral("[Local Folders]"),
           }
        << QStringList{};

    QTest::newRow("newsboat: no folders, exec: and filter: sources skipped")
        << QStringLiteral("newsboat_export.opml") << QStringLiteral("newsboat - Exported Feeds") << QDateTime()
        << QStringList{
               QStringLiteral("CourtListener: Supreme Court opinions | https://www.courtlistener.com/feed/court/scotus/ | "
                              "https://www.courtlistener.com/"),
               QStringLiteral("Just Security | https://www.justsecurity.org/feed/ | https://www.justsecurity.org/"),
               QStringLiteral(" | https://blog.ericgoldman.org/feed | https://blog.ericgoldman.org"),
           }
        << QStringList{
               QStringLiteral("9: skipped 'exec:~/bin/pacer-to-rss.sh nysb': its feed address "
                              "'exec:~/bin/pacer-to-rss.sh nysb' is not a web address"),
               QStringLiteral("10: skipped 'Law.com': its feed address 'filter:~/bin/clean.py:https://www.law.com/feed/' "
                              "is not a web address"),
           };

    QTest::newRow("Miniflux: OPML 2.0, dateCreated in UTC, outlines with end tags")
        << QStringLiteral("miniflux_export.opml") << QStringLiteral("Miniflux")
        << utc(QStringLiteral("2024-02-04T15:22:37Z"))
        << QStringList{
               QStringLiteral("[All]"),
               QStringLiteral("  Courthouse News Service | https://www.courthousenews.com/feed/ | "
                              "https://www.courthousenews.com/"),
               QStringLiteral("  Lawyerist | https://lawyerist.com/feed/ | https://lawyerist.com/"),
               QStringLiteral("[Privacy]"),
               QStringLiteral("  noyb | https://noyb.eu/en/rss | https://noyb.eu/en"),
           }
        << QStringList{};

    QTest::newRow("nested folders kept one level deep; same-named folders merged")
        << QStringLiteral("nested_folders.opml") << QStringLiteral("Nested folders") << QDateTime()
        << QStringList{
               QStringLiteral("[Litigation]"),
               QStringLiteral("  Ninth Circuit | https://www.ca9.uscourts.gov/rss/opinions.xml | "),
               QStringLiteral("  Supreme Court | https://www.supremecourt.gov/rss/opinions.xml | "),
               QStringLiteral("  California Courts | https://newsroom.courts.ca.gov/rss.xml | "),
               QStringLiteral("  Litigation Daily | https://www.law.com/litigationdaily/feed/ | "),
               QStringLiteral("  Mass torts | https://www.masstortnexus.com/feed/ | "),
               QStringLiteral("[Empty folder]"),
               QStringLiteral("Unfiled | https://www.lawsitesblog.com/feed | "),
           }
        << QStringList{};

    QTest::newRow("missing titles: text used, none, white space collapsed, nameless folder")
        << QStringLiteral("missing_titles.opml") << QString() << QDateTime()
        << QStringList{
               QStringLiteral("Only text | https://example.org/only-text.xml | "),
               QStringLiteral("Only title | https://example.org/only-title.xml | "),
               QStringLiteral("Empty title, text used | https://example.org/empty-title.xml | "),
               QStringLiteral(" | https://example.org/no-title.xml | https://example.org/blog/"),
               QStringLiteral("Spaced out title | https://example.org/spaced.xml | "),
               QStringLiteral("In a nameless folder | https://example.org/nameless-folder.xml | "),
           }
        << QStringList{QStringLiteral("14: skipped 'No address': it has no feed address")};

    QTest::newRow("addresses: relative and foreign skipped, feed: and file: taken")
        << QStringLiteral("unusable_addresses.opml") << QStringLiteral("Addresses of every kind") << QDateTime()
        << QStringList{
               QStringLiteral("Feed scheme | http://www.example.org/feed.xml | "),
               QStringLiteral("Feed over https | https://www.example.org/secure.xml | "),
               QStringLiteral("Local file | file:///home/jane/feeds/local.xml | "),
               QStringLiteral("Padded | https://www.example.org/padded.xml | "),
               QStringLiteral("Upper-case attribute | https://www.example.org/lowercase-attribute.xml | "),
           }
        << QStringList{
               QStringLiteral("7: skipped 'Relative': its feed address 'feeds/court.xml' is incomplete"),
               QStringLiteral("8: skipped 'Root relative': its feed address '/rss/news.xml' is incomplete"),
               QStringLiteral("9: skipped 'Script': its feed address 'javascript:alert(1)' is not a web address"),
               QStringLiteral("10: skipped 'FTP': its feed address 'ftp://ftp.example.org/feed.xml' is not a web "
                              "address"),
               QStringLiteral("11: skipped 'No host': its feed address 'https:///feed.xml' is not a valid address"),
               QStringLiteral("12: skipped 'Space in host': its feed address 'https://www.exa mple.org/' is not a "
                              "valid address"),
           };

    QTest::newRow("duplicates: first kept, each reported once, host case ignored")
        << QStringLiteral("duplicate_feeds.opml") << QStringLiteral("Duplicates") << QDateTime()
        << QStringList{
               QStringLiteral("[One]"),
               QStringLiteral("  JURIST | https://www.jurist.org/news/feed/ | "),
               QStringLiteral("[Two]"),
               QStringLiteral("  Bloomberg Law | https://news.bloomberglaw.com/rss | "),
           }
        << QStringList{
               QStringLiteral("9: 'JURIST again' (https://www.jurist.org/news/feed/) is listed more than once"),
               QStringLiteral("15: 'Bloomberg Law' (https://news.bloomberglaw.com/rss) is listed more than once"),
           };

    QTest::newRow("HTML entities XML does not know, and double escaping")
        << QStringLiteral("html_entities_in_titles.opml") << QStringLiteral("Caf\u00e9 des juristes") << QDateTime()
        << QStringList{
               QStringLiteral("[Droit & soci\u00e9t\u00e9]"),
               QStringLiteral("  Conseil d\u2019\u00c9tat | https://www.conseil-etat.fr/rss/actualites-rss | "),
               QStringLiteral("  AT&T v. Concepcion \u2013 commentary | https://example.com/concepcion.xml | "),
           }
        << QStringList{};

    QTest::newRow("ISO-8859-1 declared and used")
        << QStringLiteral("latin1_encoding.opml") << QStringLiteral("Abonnements juridiques") << QDateTime()
        << QStringList{QStringLiteral("Cour de cassation \u00e9 arr\u00eats | "
                                      "https://www.courdecassation.fr/rss/arrets.xml | ")}
        << QStringList{};

    QTest::newRow("DOCTYPE without entities is ignored")
        << QStringLiteral("doctype_without_entities.opml") << QStringLiteral("Plain doctype") << QDateTime()
        << QStringList{QStringLiteral("Harmless | https://example.org/feed.xml | ")} << QStringList{};
}

void TestOpmlReader::readsExports()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QDateTime, dateCreated);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, warnings);

    const QByteArray bytes = TestData::read(QStringLiteral("opml/") + file);
    QVERIFY(!bytes.isEmpty());
    const auto result = OpmlReader::read(bytes);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const OpmlDocument &document = result->document;
    QCOMPARE(describe(document), expected);
    QCOMPARE(document.title, title);
    QCOMPARE(document.dateCreated, dateCreated);

    const QStringList actualWarnings = describe(result->warnings);
    QCOMPARE(actualWarnings.size(), warnings.size());
    for (qsizetype i = 0; i < warnings.size(); ++i)
        QVERIFY2(actualWarnings[i].startsWith(warnings[i]), qPrintable(actualWarnings[i]));
}

void TestOpmlReader::refusesBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("message");

    const auto file = [](const char *name) {
        return TestData::read(QStringLiteral("opml/") + QLatin1String(name));
    };
    QTest::newRow("outline never closed") << file("broken_unclosed_outline.opml") << qint64(9)
                                          << QStringLiteral("the subscription list is damaged here");
    QTest::newRow("file cut off") << file("broken_truncated.opml") << qint64(10)
                                  << QStringLiteral("ends too early; the file may be incomplete");
    QTest::newRow("billion laughs") << file("doctype_entity_expansion.opml") << qint64(13)
                                    << QStringLiteral("declares entities in a DOCTYPE");
    QTest::newRow("external entity") << file("doctype_external_entity.opml") << qint64(4)
                                     << QStringLiteral("declares entities in a DOCTYPE");
    QTest::newRow("a news feed") << file("not_opml_rss_feed.xml") << qint64(2)
                                 << QStringLiteral("this is a news feed, not a subscription list");
    QTest::newRow("a list of addresses") << file("not_opml_plain_url_list.txt") << qint64(1)
                                         << QStringLiteral("the file is not an XML document");
    QTest::newRow("a web page") << QByteArray("<!DOCTYPE html>\n<html><body>Feeds</body></html>") << qint64(2)
                                << QStringLiteral("this is a web page");
    QTest::newRow("another XML document") << QByteArray("<?xml version=\"1.0\"?>\n<settings/>") << qint64(2)
                                          << QStringLiteral("the file starts with <settings>");
    QTest::newRow("empty file") << QByteArray() << qint64(0) << QStringLiteral("the file is empty");
    QTest::newRow("only white space")
        << QByteArray(" \n\t\n") << qint64(0) << QStringLiteral("the file is empty");
    QTest::newRow("undeclared entity")
        << QByteArray("<opml><body><outline text=\"&bogus;\"/></body></opml>") << qint64(1)
        << QStringLiteral("the subscription list is damaged here");
    QTest::newRow("second root") << QByteArray("<opml><body/></opml>\n<opml/>") << qint64(2)
                                 << QStringLiteral("the subscription list is damaged here");
}

void TestOpmlReader::refusesBrokenFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, line);
    QFETCH(QString, message);

    QElapsedTimer timer;
    timer.start();
    const auto result = OpmlReader::read(bytes);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QCOMPARE(result.error().line, line);
    if (line > 0)
        QVERIFY(result.error().column > 0);
}

void TestOpmlReader::refusesDeepNesting()
{
    QByteArray bytes = "<opml><body>";
    for (int i = 0; i < 100000; ++i)
        bytes += "<outline text=\"f\">";
    const auto result = OpmlReader::read(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("nested more than 64 levels")),
             qPrintable(result.error().message));

    QByteArray shallow = "<opml><body>";
    for (int i = 0; i < 60; ++i)
        shallow += "<outline text=\"f\">";
    shallow += "<outline text=\"deep\" xmlUrl=\"https://example.org/deep.xml\"/>";
    for (int i = 0; i < 60; ++i)
        shallow += "</outline>";
    shallow += "</body></opml>";
    const auto flattened = OpmlReader::read(shallow);
    QVERIFY(flattened.ok());
    QCOMPARE(
        describe(flattened->document),
        (QStringList{QStringLiteral("[f]"), QStringLiteral("  deep | https://example.org/deep.xml | ")}));
}

void TestOpmlReader::refusesOversizedFiles()
{
    OpmlReader::Options options;
    options.maxBytes = 1024;
    const auto result = OpmlReader::read(QByteArray(2048, ' '), options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("larger than a subscription list can be")),
             qPrintable(result.error().message));
}

void TestOpmlReader::staysLinearOnLargeLists()
{
    // A subscription list near the size limit: many folders, many feeds,
    // many duplicates. Anything quadratic would take hours here.
    QByteArray bytes = "<opml><body>";
    for (int i = 0; i < 100000; ++i)
        bytes += "<outline text=\"Folder " + QByteArray::number(i) +
                 "\"><outline xmlUrl=\"https://e.example/" + QByteArray::number(i % 50000) + "\"/></outline>";
    bytes += "</body></opml>";
    QElapsedTimer timer;
    timer.start();
    const auto result = OpmlReader::read(bytes);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(result.ok());
    QCOMPARE(result->document.folders.size(), 100000);
    QCOMPARE(result->document.subscriptionCount(), 50000);
    QCOMPARE(result->warnings.size(), 50000);
}

void TestOpmlReader::readsUtf16WithByteOrderMark()
{
    const QString text =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?><opml><body>"
                       "<outline text=\"R\u00e9sum\u00e9s\" xmlUrl=\"https://example.org/r.xml\"/>"
                       "</body></opml>");
    QByteArray bytes("\xff\xfe", 2);
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto result = OpmlReader::read(bytes);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(describe(result->document),
             (QStringList{QStringLiteral("R\u00e9sum\u00e9s | https://example.org/r.xml | ")}));
}

QTEST_GUILESS_MAIN(TestOpmlReader)
#include "tst_opmlreader.moc"
