// Full-text search: the query language, its translation to FTS5, results, ranking, saved searches.
#include "storagetest.h"

#include "folderstore.h"
#include "savedsearchstore.h"
#include "searchindex.h"
#include "searchquery.h"
#include "threadstore.h"

#include <QTest>

using namespace StorageTest;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void translation_data();
    void translation();
    void refusals_data();
    void refusals();
    void results_data();
    void results();
    void restrictedToFeedOrFolder();
    void bestMatchFirst();
    void snippetsMarkMatches();
    void pagesThroughMatches_data();
    void pagesThroughMatches();
    void savedSearches();

private:
    QStringList titles(const ThreadFilter &filter);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_courts = 0;
    qint64 m_news = 0;
    qint64 m_folder = 0;
};

void TestSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = open(m_dir);
    QVERIFY(m_db);
    m_folder = FolderStore(*m_db).ensure({QStringLiteral("Courts")}).value().id;
    m_courts = addFeed(*m_db, QStringLiteral("https://courts.example/feed"), m_folder);
    m_news = addFeed(*m_db, QStringLiteral("https://news.example/feed"));

    auto story = [](const QString &id, const QString &title, int hoursAgo, const QString &content,
                    const QString &author = QString()) {
        Item made = item(id, title, now().addSecs(-hoursAgo * 3600), content);
        made.author = author;
        return made;
    };
    ThreadStore store(*m_db);
    QVERIFY(
        store
            .store(m_courts,
                   feed({story(QStringLiteral("c1"), QStringLiteral("Appeal dismissed in Smith v. Jones"), 1,
                               QStringLiteral("<p>The appeal was <b>dismissed</b> for want of standing.</p>"),
                               QStringLiteral("Jane Doe")),
                         story(QStringLiteral("c2"), QStringLiteral("Contract dispute heard"), 2,
                               QStringLiteral("<p>Counsel argued the contracts were void.</p>"),
                               QStringLiteral("John Roe")),
                         story(QStringLiteral("c3"), QStringLiteral("Tax court ruling"), 3,
                               QStringLiteral("<p>The court ruled the appeal could proceed; dismissed claims "
                                              "were many years old and the court was not persuaded.</p>"),
                               QStringLiteral("Jane Doe"))}),
                   now())
            .ok());
    QVERIFY(store
                .store(m_news,
                       feed({story(QStringLiteral("n1"), QStringLiteral("Café owners win zoning case"), 4,
                                   QStringLiteral("<p><span class=\"x\">Zoning</span> board reversed.</p>"),
                                   QStringLiteral("Reporter")),
                             story(QStringLiteral("n2"), QStringLiteral("Patent office backlog"), 5,
                                   QStringLiteral("<p>Examiners face a backlog of patent appeals.</p>")),
                             story(QStringLiteral("n3"), QStringLiteral("Bar exam results"), 6,
                                   QStringLiteral("<p>Results for the summary judgment essay.</p>"))}),
                       now())
                .ok());
}

void TestSearch::cleanupTestCase()
{
    m_db.reset();
}

QStringList TestSearch::titles(const ThreadFilter &filter)
{
    const Result<ThreadPage> page = ThreadStore(*m_db).list(filter, now());
    if (!page) {
        qWarning("%s", qPrintable(page.error().message));
        return {QStringLiteral("error")};
    }
    QStringList out;
    for (const ThreadRecord &thread : page->threads)
        out.append(thread.title);
    return out;
}

void TestSearch::translation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("fts5");

    QTest::newRow("one word") << QStringLiteral("appeal") << QStringLiteral("\"appeal\"");
    QTest::newRow("words side by side must all match")
        << QStringLiteral("appeal court") << QStringLiteral("(\"appeal\" AND \"court\")");
    QTest::newRow("phrase") << QStringLiteral("\"summary judgment\"")
                            << QStringLiteral("\"summary judgment\"");
    QTest::newRow("prefix") << QStringLiteral("contract*") << QStringLiteral("\"contract\"*");
    QTest::newRow("phrase prefix") << QStringLiteral("\"tax cou\"*") << QStringLiteral("\"tax cou\"*");
    QTest::newRow("OR") << QStringLiteral("tax OR patent") << QStringLiteral("(\"tax\" OR \"patent\")");
    QTest::newRow("AND") << QStringLiteral("tax AND patent") << QStringLiteral("(\"tax\" AND \"patent\")");
    QTest::newRow("NOT") << QStringLiteral("tax NOT patent") << QStringLiteral("(\"tax\" NOT \"patent\")");
    QTest::newRow("minus") << QStringLiteral("tax -patent") << QStringLiteral("(\"tax\" NOT \"patent\")");
    QTest::newRow("minus first") << QStringLiteral("-patent tax")
                                 << QStringLiteral("(\"tax\" NOT \"patent\")");
    QTest::newRow("hyphenated word is not a minus")
        << QStringLiteral("ex-parte") << QStringLiteral("\"ex-parte\"");
    QTest::newRow("NEAR with distance")
        << QStringLiteral("NEAR(appeal dismissed, 5)") << QStringLiteral("NEAR(\"appeal\" \"dismissed\", 5)");
    QTest::newRow("NEAR with a phrase")
        << QStringLiteral("NEAR(\"tax court\" ruling)") << QStringLiteral("NEAR(\"tax court\" \"ruling\")");
    QTest::newRow("title field") << QStringLiteral("title:smith") << QStringLiteral("title : \"smith\"");
    QTest::newRow("author field, any case")
        << QStringLiteral("Author:\"jane doe\"") << QStringLiteral("author : \"jane doe\"");
    QTest::newRow("field over a group")
        << QStringLiteral("title:(tax OR patent)") << QStringLiteral("title : (\"tax\" OR \"patent\")");
    QTest::newRow("groups") << QStringLiteral("(tax OR patent) appeal")
                            << QStringLiteral("((\"tax\" OR \"patent\") AND \"appeal\")");
    QTest::newRow("OR binds loosest")
        << QStringLiteral("a b OR c") << QStringLiteral("((\"a\" AND \"b\") OR \"c\")");
    QTest::newRow("stray quote closes at the end")
        << QStringLiteral("smith \"v jones") << QStringLiteral("(\"smith\" AND \"v jones\")");
    QTest::newRow("unclosed bracket closes at the end")
        << QStringLiteral("(tax OR patent") << QStringLiteral("(\"tax\" OR \"patent\")");
    QTest::newRow("stray closing bracket is left out")
        << QStringLiteral("tax) patent") << QStringLiteral("\"tax\" AND \"patent\"");
    QTest::newRow("dangling operators are left out")
        << QStringLiteral("OR tax AND") << QStringLiteral("\"tax\"");
    QTest::newRow("lower-case operators are words")
        << QStringLiteral("tax or patent") << QStringLiteral("(\"tax\" AND \"or\" AND \"patent\")");
    QTest::newRow("FTS5 syntax is only text")
        << QStringLiteral("{title}:x ^y c:d") << QStringLiteral("(\"{title}:x\" AND \"^y\" AND \"c:d\")");
    QTest::newRow("quotes inside words are doubled")
        << QStringLiteral("it\"s") << QStringLiteral("(\"it\" AND \"s\")");
    QTest::newRow("SQL stays text") << QStringLiteral("'); DROP TABLE threads; --")
                                    << QStringLiteral("(\"DROP\" AND \"TABLE\" AND \"threads;\")");
    QTest::newRow("punctuation alone is left out")
        << QStringLiteral("tax & § *") << QStringLiteral("\"tax\"");
    QTest::newRow("non-Latin text") << QStringLiteral("Bundesgerichtshof Urteil")
                                    << QStringLiteral("(\"Bundesgerichtshof\" AND \"Urteil\")");
}

void TestSearch::translation()
{
    QFETCH(QString, query);
    QFETCH(QString, fts5);
    const Result<SearchQuery> parsed = SearchQuery::parse(query);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->toFts5(), fts5);
    // Every translation is valid FTS5: searching with it gives no error.
    ThreadFilter filter;
    filter.search = query;
    QVERIFY(ThreadStore(*m_db).count(filter).ok());
}

void TestSearch::refusals_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // in the message

    QTest::newRow("only punctuation")
        << QStringLiteral("\" ( ) *") << QStringLiteral("nothing to search for");
    QTest::newRow("empty brackets") << QStringLiteral("()") << QStringLiteral("nothing to search for");
    QTest::newRow("only a field") << QStringLiteral("title:") << QStringLiteral("nothing to search for");
    QTest::newRow("only leaving out")
        << QStringLiteral("-tax") << QStringLiteral("cannot only leave words out");
    QTest::newRow("only NOT") << QStringLiteral("NOT tax NOT patent")
                              << QStringLiteral("cannot only leave words out");
    QTest::newRow("leaving out in an alternative")
        << QStringLiteral("tax OR -patent") << QStringLiteral("cannot only leave words out");
    QTest::newRow("too long") << QStringLiteral("word ").repeated(300) << QStringLiteral("longer than");
    QTest::newRow("too many words") << QStringLiteral("w ").repeated(70)
                                    << QStringLiteral("more than 64 words");
}

void TestSearch::refusals()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const Result<SearchQuery> parsed = SearchQuery::parse(query);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
    // The store answers with the same words, not an SQL error.
    ThreadFilter filter;
    filter.search = query;
    const Result<ThreadPage> page = ThreadStore(*m_db).list(filter, now());
    QVERIFY(!page.ok());
    QCOMPARE(page.error().message, parsed.error().message);
}

void TestSearch::results_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // newest first

    const QString smith = QStringLiteral("Appeal dismissed in Smith v. Jones");
    const QString contract = QStringLiteral("Contract dispute heard");
    const QString tax = QStringLiteral("Tax court ruling");
    const QString cafe = QStringLiteral("Café owners win zoning case");
    const QString patent = QStringLiteral("Patent office backlog");
    const QString bar = QStringLiteral("Bar exam results");

    QTest::newRow("a word in title or body") << QStringLiteral("appeal") << QStringList{smith, tax};
    QTest::newRow("any case") << QStringLiteral("APPEAL") << QStringList{smith, tax};
    QTest::newRow("prefix") << QStringLiteral("appeal*") << QStringList{smith, tax, patent};
    QTest::newRow("prefix reaches plurals") << QStringLiteral("contract*") << QStringList{contract};
    QTest::newRow("all words") << QStringLiteral("court appeal") << QStringList{tax};
    QTest::newRow("phrase") << QStringLiteral("\"summary judgment\"") << QStringList{bar};
    QTest::newRow("phrase in order only") << QStringLiteral("\"judgment summary\"") << QStringList{};
    QTest::newRow("OR") << QStringLiteral("zoning OR patent") << QStringList{cafe, patent};
    QTest::newRow("NOT") << QStringLiteral("appeal NOT tax") << QStringList{smith};
    QTest::newRow("minus") << QStringLiteral("appeal -standing") << QStringList{tax};
    QTest::newRow("NEAR close enough") << QStringLiteral("NEAR(appeal dismissed, 1)") << QStringList{smith};
    QTest::newRow("NEAR wider") << QStringLiteral("NEAR(appeal dismissed, 2)") << QStringList{smith, tax};
    QTest::newRow("title field") << QStringLiteral("title:court") << QStringList{tax};
    QTest::newRow("author field") << QStringLiteral("author:\"jane doe\"") << QStringList{smith, tax};
    QTest::newRow("author field and a word")
        << QStringLiteral("author:jane appeal") << QStringList{smith, tax};
    QTest::newRow("accents optional") << QStringLiteral("cafe") << QStringList{cafe};
    QTest::newRow("markup is not text") << QStringLiteral("span OR class") << QStringList{};
    QTest::newRow("entities and tags gone")
        << QStringLiteral("\"zoning board reversed\"") << QStringList{cafe};
    QTest::newRow("stray quote") << QStringLiteral("\"exam results") << QStringList{bar};
    QTest::newRow("stray bracket") << QStringLiteral("patent)") << QStringList{patent};
    QTest::newRow("no match") << QStringLiteral("habeas") << QStringList{};
}

void TestSearch::results()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    ThreadFilter filter;
    filter.search = query;
    QCOMPARE(titles(filter), expected);
    QCOMPARE(ThreadStore(*m_db).count(filter).value(), expected.size());
}

void TestSearch::restrictedToFeedOrFolder()
{
    ThreadFilter filter;
    filter.search = QStringLiteral("appeal*");
    filter.feedId = m_news;
    QCOMPARE(titles(filter), QStringList{QStringLiteral("Patent office backlog")});
    filter.feedId.reset();
    filter.folderId = m_folder;
    QCOMPARE(titles(filter), (QStringList{QStringLiteral("Appeal dismissed in Smith v. Jones"),
                                          QStringLiteral("Tax court ruling")}));
    filter.unreadOnly = true;
    QCOMPARE(titles(filter).size(), 2);
}

void TestSearch::bestMatchFirst()
{
    ThreadFilter filter;
    filter.search = QStringLiteral("court");
    // Newest first: Smith (no "court") is out; the tax story is the only one
    // with "court" in its title and twice in its body.
    filter.search = QStringLiteral("appeal OR court");
    QCOMPARE(titles(filter).first(), QStringLiteral("Appeal dismissed in Smith v. Jones"));
    filter.order = ThreadFilter::Order::BestMatch;
    QCOMPARE(titles(filter).first(), QStringLiteral("Tax court ruling"));
    // A word in the title outranks the same word deep in a body.
    filter.search = QStringLiteral("dismissed");
    QCOMPARE(titles(filter).first(), QStringLiteral("Appeal dismissed in Smith v. Jones"));
    filter.search = QStringLiteral("patent*");
    QCOMPARE(titles(filter), QStringList{QStringLiteral("Patent office backlog")});
}

void TestSearch::snippetsMarkMatches()
{
    ThreadFilter filter;
    filter.search = QStringLiteral("backlog");
    const QList<ThreadRecord> found = ThreadStore(*m_db).list(filter, now()).value().threads;
    QCOMPARE(found.size(), 1);
    const QString marked =
        QChar(SearchIndex::highlightStart) + QStringLiteral("backlog") + QChar(SearchIndex::highlightEnd);
    QVERIFY2(found.first().snippet.contains(marked), qPrintable(found.first().snippet));
    QVERIFY(!found.first().snippet.contains(u'<'));
    // Lists without a search carry no snippet.
    QVERIFY(ThreadStore(*m_db).list(ThreadFilter{}, now()).value().threads.first().snippet.isEmpty());
}

void TestSearch::pagesThroughMatches_data()
{
    QTest::addColumn<ThreadFilter::Order>("order");
    QTest::newRow("newest first, by cursor") << ThreadFilter::Order::Newest;
    QTest::newRow("best match first, by offset") << ThreadFilter::Order::BestMatch;
}

void TestSearch::pagesThroughMatches()
{
    QFETCH(ThreadFilter::Order, order);
    QTemporaryDir dir;
    std::unique_ptr<Database> db = open(dir);
    const qint64 feedId = addFeed(*db, QStringLiteral("https://many.example/feed"));
    QList<Item> items;
    for (int i = 0; i < 45; ++i)
        items.append(item(QStringLiteral("m%1").arg(i), QStringLiteral("Motion %1").arg(i),
                          now().addSecs(-i * 60),
                          QStringLiteral("<p>%1</p>").arg(QStringLiteral("motion ").repeated(1 + i % 5))));
    items.append(item(QStringLiteral("other"), QStringLiteral("Unrelated"), now()));
    ThreadStore store(*db);
    QVERIFY(store.store(feedId, feed(items), now()).ok());

    ThreadFilter filter;
    filter.search = QStringLiteral("motion");
    filter.order = order;
    filter.limit = 10;
    QSet<qint64> seen;
    for (int pages = 0; pages < 20; ++pages) {
        const ThreadPage page = store.list(filter, now()).value();
        for (const ThreadRecord &thread : page.threads)
            seen.insert(thread.id);
        if (!page.next)
            break;
        filter.after = page.next;
        filter.offset += int(page.threads.size());
    }
    QCOMPARE(seen.size(), 45);
}

void TestSearch::savedSearches()
{
    SavedSearchStore saved(*m_db);
    QVERIFY(saved.list().value().isEmpty());
    QVERIFY(saved.save(QStringLiteral("Tax"), QStringLiteral("tax OR patent"), now()).ok());
    QVERIFY(saved.save(QStringLiteral("appeals"), QStringLiteral("appeal*"), now()).ok());
    const Result<SavedSearch> refused = saved.save(QStringLiteral("Bad"), QStringLiteral("-only"), now());
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("cannot only leave words out")));
    QVERIFY(!saved.save(QStringLiteral("  "), QStringLiteral("tax"), now()).ok());

    QList<SavedSearch> all = saved.list().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("appeals"));
    QCOMPARE(all.at(1).name, QStringLiteral("Tax"));
    QCOMPARE(all.at(1).saved, now());

    // The same name in other letters replaces it.
    QVERIFY(saved.save(QStringLiteral("TAX"), QStringLiteral("title:tax"), now().addSecs(60)).ok());
    all = saved.list().value();
    QCOMPARE(all.size(), 2);
    const std::optional<SavedSearch> tax = saved.find(QStringLiteral("tax")).value();
    QVERIFY(tax);
    QCOMPARE(tax->query, QStringLiteral("title:tax"));

    // Running a saved search is running its query.
    ThreadFilter filter;
    filter.search = tax->query;
    QCOMPARE(titles(filter), QStringList{QStringLiteral("Tax court ruling")});

    QVERIFY(saved.remove(QStringLiteral("Appeals")).value());
    QVERIFY(!saved.remove(QStringLiteral("Appeals")).value());
    QCOMPARE(saved.list().value().size(), 1);
    QVERIFY(!saved.find(QStringLiteral("appeals")).value().has_value());
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
