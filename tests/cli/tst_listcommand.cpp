// `docket list`: threads newest first, filtered, searched with snippets, as lines and as the contract's JSON.
#include "docketsandbox.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

class TestListCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newestFirst();
    void filters_data();
    void filters();
    void jsonFieldsFollowTheContract_data();
    void jsonFieldsFollowTheContract();
    void textHasOneLinePerThread();
    void searchGivesSnippets_data();
    void searchGivesSnippets();
    void refusesBadUsage_data();
    void refusesBadUsage();

private:
    QJsonArray all() const { return m_sandbox.listJson(); }

    DocketSandbox m_sandbox;
    qint64 m_opinions = 0;  // 4 threads, in Courts/Tenth
    qint64 m_arguments = 0; // 29 threads, in Courts
    qint64 m_blog = 0;      // 3 threads, no folder
    qint64 m_kept = 0;
    QList<qint64> m_read;
};

namespace {

qint64 idOf(const QJsonValue &thread)
{
    return thread.toObject().value(QStringLiteral("id")).toInteger();
}

// What the list is sorted by: the post time, else the first-seen time.
QDateTime sortTime(const QJsonValue &thread)
{
    const QJsonObject object = thread.toObject();
    const QJsonValue published = object.value(QStringLiteral("published"));
    return QDateTime::fromString(
        (published.isNull() ? object.value(QStringLiteral("first_seen")) : published).toString(),
        Qt::ISODate);
}

} // namespace

void TestListCommand::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    m_opinions = m_sandbox.addFixture(QStringLiteral("juriscraper--opinions-ca10_example.xml"),
                                      {QStringLiteral("--folder"), QStringLiteral("Courts/Tenth")});
    m_arguments = m_sandbox.addFixture(QStringLiteral("juriscraper--oral_args-ca8_example.xml"),
                                       {QStringLiteral("--folder"), QStringLiteral("Courts")});
    m_blog = m_sandbox.addFixture(QStringLiteral("feed-rs--jsonfeed_elastic_1.1.json"));
    QVERIFY(m_opinions > 0 && m_arguments > 0 && m_blog > 0);
    const QJsonArray opinions = m_sandbox.listJson({QStringLiteral("--feed"), QString::number(m_opinions)});
    QCOMPARE(opinions.size(), 4);
    m_read = {idOf(opinions.at(0)), idOf(opinions.at(1))};
    QCOMPARE(
        m_sandbox
            .run({QStringLiteral("mark-read"), QString::number(m_read.at(0)), QString::number(m_read.at(1))})
            .exitCode,
        0);
    m_kept = idOf(m_sandbox.listJson({QStringLiteral("--feed"), QString::number(m_arguments)}).at(3));
    QCOMPARE(m_sandbox.run({QStringLiteral("keep"), QString::number(m_kept)}).exitCode, 0);
}

void TestListCommand::newestFirst()
{
    const QJsonArray threads = all();
    QCOMPARE(threads.size(), 36);
    for (qsizetype i = 1; i < threads.size(); ++i) {
        const QDateTime earlier = sortTime(threads.at(i - 1));
        const QDateTime later = sortTime(threads.at(i));
        QVERIFY(earlier.isValid() && later.isValid());
        QVERIFY2(
            earlier >= later,
            qPrintable(
                QStringLiteral("thread %1 before %2").arg(idOf(threads.at(i - 1))).arg(idOf(threads.at(i)))));
    }
    // The default page is 50 threads; a smaller limit gives the newest ones.
    const DocketOutput five = m_sandbox.run(
        {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json")});
    QVERIFY2(five.exitCode == 0, five.describe());
    const QJsonArray newest = five.json().array();
    QCOMPARE(newest.size(), 5);
    for (qsizetype i = 0; i < newest.size(); ++i)
        QCOMPARE(newest.at(i), threads.at(i));
    const DocketOutput byDefault = m_sandbox.run({QStringLiteral("list")});
    QCOMPARE(byDefault.lines().size(), 36);
}

void TestListCommand::filters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("count");

    QTest::newRow("everything") << QStringList() << 36;
    QTest::newRow("one feed") << QStringList{QStringLiteral("--feed"), QStringLiteral("1")} << 4;
    QTest::newRow("a folder with its subfolder")
        << QStringList{QStringLiteral("--folder"), QStringLiteral("Courts")} << 33;
    QTest::newRow("a subfolder by path")
        << QStringList{QStringLiteral("--folder"), QStringLiteral("courts/tenth")} << 4;
    QTest::newRow("a subfolder by its own name")
        << QStringList{QStringLiteral("--folder"), QStringLiteral("Tenth")} << 4;
    QTest::newRow("unread") << QStringList{QStringLiteral("--unread")} << 34;
    QTest::newRow("unread in one feed")
        << QStringList{QStringLiteral("--unread"), QStringLiteral("--feed"), QStringLiteral("1")} << 2;
    QTest::newRow("kept") << QStringList{QStringLiteral("--starred")} << 1;
    QTest::newRow("kept and unread in another feed")
        << QStringList{QStringLiteral("--starred"), QStringLiteral("--feed"), QStringLiteral("3")} << 0;
    QTest::newRow("limit") << QStringList{QStringLiteral("--limit"), QStringLiteral("7")} << 7;
    QTest::newRow("largest limit") << QStringList{QStringLiteral("--limit"), QStringLiteral("1000")} << 36;
    QTest::newRow("search") << QStringList{QStringLiteral("--search"), QStringLiteral("Elasticsearch")} << 1;
    QTest::newRow("search in a folder") << QStringList{QStringLiteral("--search"), QStringLiteral("Circuit"),
                                                       QStringLiteral("--folder"), QStringLiteral("Tenth")}
                                        << 0;
    QTest::newRow("search for a phrase")
        << QStringList{QStringLiteral("--search"), QStringLiteral("\"Jessica Robb\"")} << 1;
    QTest::newRow("search for words that look like SQL")
        << QStringList{QStringLiteral("--search"), QStringLiteral("'; DROP TABLE threads; --")} << 0;
}

void TestListCommand::filters()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, count);

    const DocketOutput listed =
        m_sandbox.run(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + arguments);
    QVERIFY2(listed.exitCode == 0, listed.describe());
    const QJsonArray threads = listed.json().array();
    QCOMPARE(threads.size(), count);
    for (const QJsonValue &value : threads) {
        const QJsonObject thread = value.toObject();
        if (arguments.contains(QStringLiteral("--feed")))
            QCOMPARE(thread.value(QStringLiteral("feed_id")).toInteger(),
                     arguments.at(arguments.indexOf(QStringLiteral("--feed")) + 1).toLongLong());
        if (arguments.contains(QStringLiteral("--unread")))
            QCOMPARE(thread.value(QStringLiteral("read")).toBool(), false);
        if (arguments.contains(QStringLiteral("--starred")))
            QCOMPARE(thread.value(QStringLiteral("kept")).toBool(), true);
        if (arguments.contains(QStringLiteral("--folder")))
            QVERIFY(thread.value(QStringLiteral("feed_id")).toInteger() != m_blog);
    }
    // The database is the same after a search that looked like SQL.
    QCOMPARE(all().size(), 36);
}

void TestListCommand::jsonFieldsFollowTheContract_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("types"); // s string, n number, b boolean, 0 null

    QTest::newRow("id") << QStringLiteral("id") << QStringLiteral("n");
    QTest::newRow("feed_id") << QStringLiteral("feed_id") << QStringLiteral("n");
    QTest::newRow("feed") << QStringLiteral("feed") << QStringLiteral("s");
    QTest::newRow("title") << QStringLiteral("title") << QStringLiteral("s");
    QTest::newRow("link") << QStringLiteral("link") << QStringLiteral("s0");
    QTest::newRow("author") << QStringLiteral("author") << QStringLiteral("s0");
    QTest::newRow("published") << QStringLiteral("published") << QStringLiteral("s0");
    QTest::newRow("first_seen") << QStringLiteral("first_seen") << QStringLiteral("s");
    QTest::newRow("expires") << QStringLiteral("expires") << QStringLiteral("s0");
    QTest::newRow("read") << QStringLiteral("read") << QStringLiteral("b");
    QTest::newRow("kept") << QStringLiteral("kept") << QStringLiteral("b");
    QTest::newRow("revised") << QStringLiteral("revised") << QStringLiteral("b");
}

void TestListCommand::jsonFieldsFollowTheContract()
{
    QFETCH(QString, field);
    QFETCH(QString, types);

    const QRegularExpression isoTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    const QJsonArray threads = all();
    QVERIFY(!threads.isEmpty());
    for (const QJsonValue &entry : threads) {
        const QJsonObject thread = entry.toObject();
        QVERIFY2(thread.contains(field), qPrintable(field));
        const QJsonValue value = thread.value(field);
        const bool typed =
            (types.contains(u's') && value.isString()) || (types.contains(u'n') && value.isDouble()) ||
            (types.contains(u'b') && value.isBool()) || (types.contains(u'0') && value.isNull());
        QVERIFY2(typed, qPrintable(QStringLiteral("%1 of thread %2").arg(field).arg(idOf(entry))));
        if (value.isString() && (field == u"published" || field == u"first_seen" || field == u"expires"))
            QVERIFY2(isoTime.match(value.toString()).hasMatch(), qPrintable(value.toString()));
        // Kept threads never expire.
        if (field == u"expires")
            QCOMPARE(value.isNull(), thread.value(QStringLiteral("kept")).toBool());
        QVERIFY(!thread.contains(QStringLiteral("snippet")));
    }
}

void TestListCommand::textHasOneLinePerThread()
{
    const DocketOutput listed =
        m_sandbox.run({QStringLiteral("list"), QStringLiteral("--feed"), QString::number(m_opinions)});
    QVERIFY2(listed.exitCode == 0, listed.describe());
    const QList<QByteArray> lines = listed.lines();
    QCOMPARE(lines.size(), 4);
    for (const QByteArray &line : lines)
        QCOMPARE(line.count('\t'), 3);
    // Tue, 26 Aug 2025 08:40:02 -0600, shown in the local time of the test (UTC).
    QVERIFY2(
        lines.contains(QByteArray::number(m_read.last()) +
                       "\t2025-08-26 15:00\tTenth Circuit Daily Decisions\tO.C.V., et al. v. Bondi") ||
            lines.contains(QByteArray::number(m_read.last()) +
                           "\t2025-08-26 15:00\tTenth Circuit Daily Decisions\tGaddy, et al. v. Corp. of the "
                           "President of the Church of Jesus, et al."),
        listed.describe());
    QVERIFY2(lines.last().endsWith(
                 "\t2025-08-26 14:40\tTenth Circuit Daily Decisions\tUnited States v. Clay [unread]"),
             listed.describe());
    const DocketOutput kept = m_sandbox.run({QStringLiteral("list"), QStringLiteral("--starred")});
    QCOMPARE(kept.lines().size(), 1);
    QVERIFY2(kept.lines().first().startsWith(QByteArray::number(m_kept) + '\t'), kept.describe());
    QVERIFY2(kept.lines().first().endsWith(" [kept] [unread]"), kept.describe());
}

void TestListCommand::searchGivesSnippets_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QList<qint64>>("order"); // the feeds of the results, in order
    QTest::addColumn<QString>("snippetHas");

    QTest::newRow("best match first")
        << QStringList{QStringLiteral("--search"), QStringLiteral("Graphite OR Elasticsearch")}
        << QList<qint64>{3, 3} << QStringLiteral("**");
    QTest::newRow("a title word") << QStringList{QStringLiteral("--search"),
                                                 QStringLiteral("title:Thunderhawk")}
                                  << QList<qint64>{2} << QStringLiteral("**Thunderhawk**");
    QTest::newRow("newest first on request")
        << QStringList{QStringLiteral("--search"), QStringLiteral("benchmark"), QStringLiteral("--sort"),
                       QStringLiteral("newest")}
        << QList<qint64>{3, 3} << QStringLiteral("**benchmark**");
    QTest::newRow("a prefix") << QStringList{QStringLiteral("--search"), QStringLiteral("Elastic*")}
                              << QList<qint64>{3} << QStringLiteral("**Elasticsearch**");
}

void TestListCommand::searchGivesSnippets()
{
    QFETCH(QStringList, arguments);
    QFETCH(QList<qint64>, order);
    QFETCH(QString, snippetHas);

    const DocketOutput json =
        m_sandbox.run(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + arguments);
    QVERIFY2(json.exitCode == 0, json.describe());
    const QJsonArray threads = json.json().array();
    QCOMPARE(threads.size(), order.size());
    for (qsizetype i = 0; i < threads.size(); ++i) {
        const QJsonObject thread = threads.at(i).toObject();
        QCOMPARE(thread.value(QStringLiteral("feed_id")).toInteger(), order.at(i));
        QVERIFY(thread.value(QStringLiteral("snippet")).isString());
        const QString snippet = thread.value(QStringLiteral("snippet")).toString();
        QVERIFY2(snippet.contains(snippetHas), qPrintable(snippet));
        // The storage layer's own markers never reach a script.
        QVERIFY(!snippet.contains(QChar(0x27E6)) && !snippet.contains(QChar(0x27E7)));
    }
    if (arguments.contains(QStringLiteral("newest")) && threads.size() > 1)
        QVERIFY(sortTime(threads.at(0)) >= sortTime(threads.at(1)));

    const DocketOutput text = m_sandbox.run(QStringList{QStringLiteral("list")} + arguments);
    QVERIFY2(text.exitCode == 0, text.describe());
    QCOMPARE(text.lines().size(), order.size());
    for (qsizetype i = 0; i < threads.size(); ++i) {
        const QList<QByteArray> columns = text.lines().at(i).split('\t');
        QCOMPARE(columns.size(), 5);
        QCOMPARE(columns.first().toLongLong(), idOf(threads.at(i)));
        QCOMPARE(QString::fromUtf8(columns.last()),
                 threads.at(i).toObject().value(QStringLiteral("snippet")).toString());
    }
}

void TestListCommand::refusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("stderrHas");

    QTest::newRow("limit 0") << QStringList{QStringLiteral("--limit"), QStringLiteral("0")}
                             << QByteArray("--limit takes a number from 1 to 1000, not '0'");
    QTest::newRow("limit 5000") << QStringList{QStringLiteral("--limit"), QStringLiteral("5000")}
                                << QByteArray("--limit takes a number from 1 to 1000");
    QTest::newRow("limit in words") << QStringList{QStringLiteral("--limit"), QStringLiteral("ten")}
                                    << QByteArray("--limit takes a number");
    QTest::newRow("limit without value")
        << QStringList{QStringLiteral("--limit")} << QByteArray("Missing value after '--limit'");
    QTest::newRow("feed not a number") << QStringList{QStringLiteral("--feed"), QStringLiteral("ca10")}
                                       << QByteArray("--feed takes a feed id");
    QTest::newRow("unknown feed") << QStringList{QStringLiteral("--feed"), QStringLiteral("99")}
                                  << QByteArray("there is no feed 99");
    QTest::newRow("unknown folder") << QStringList{QStringLiteral("--folder"), QStringLiteral("Nowhere")}
                                    << QByteArray("there is no folder called \"Nowhere\"");
    QTest::newRow("search that only leaves out")
        << QStringList{QStringLiteral("--search=-dismissed")} << QByteArray("cannot only leave words out");
    QTest::newRow("search for nothing") << QStringList{QStringLiteral("--search"), QStringLiteral("*** ()")}
                                        << QByteArray("nothing to search for");
    QTest::newRow("best match without search")
        << QStringList{QStringLiteral("--sort"), QStringLiteral("best")}
        << QByteArray("--sort best needs --search");
    QTest::newRow("unknown order") << QStringList{QStringLiteral("--sort"), QStringLiteral("oldest")}
                                   << QByteArray("--sort takes newest or best");
    QTest::newRow("an argument") << QStringList{QStringLiteral("Courts")} << QByteArray("takes options only");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--read")}
                                    << QByteArray("Unknown option 'read'");
}

void TestListCommand::refusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, stderrHas);

    const DocketOutput listed = m_sandbox.run(QStringList{QStringLiteral("list")} + arguments);
    QVERIFY2(listed.exitCode == 2, listed.describe());
    QVERIFY2(listed.err.contains(stderrHas), listed.describe());
    QVERIFY2(!listed.err.contains("SQL") && !listed.err.contains("fts5"), listed.describe());
    QCOMPARE(listed.err.count('\n'), 1);
    QVERIFY(listed.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestListCommand)
#include "tst_listcommand.moc"
