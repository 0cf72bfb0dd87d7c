// `docket show`: one thread as the reader shows it, and as the contract's JSON with sanitised HTML and
// revisions.
#include "docketsandbox.h"

#include "feedparser.h"
#include "threadstore.h"

#include <QRegularExpression>
#include <QTest>

class TestShowCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textAsAReaderSeesIt();
    void keptThreadSaysSo();
    void jsonFieldsFollowTheContract_data();
    void jsonFieldsFollowTheContract();
    void htmlIsSanitised();
    void attachmentsOfARealFeed();
    void revisionsOldestFirst();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    DocketSandbox m_sandbox; // the undated fixture thread, at Docket's default retention
    QString m_id;
};

namespace {

const QString fixture = QStringLiteral("rss2_undated_item_with_paragraphs.xml");
const QString title = QStringLiteral("Court rules on standing in data-breach case");

} // namespace

void TestShowCommand::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    const DocketOutput added = m_sandbox.run({QStringLiteral("add"), DocketSandbox::fixture(fixture)});
    QVERIFY2(added.exitCode == 0, added.describe());
    const QJsonArray threads = m_sandbox.listJson();
    QCOMPARE(threads.size(), 1);
    m_id = QString::number(threads.first().toObject().value(QStringLiteral("id")).toInteger());
}

void TestShowCommand::textAsAReaderSeesIt()
{
    const DocketOutput shown = m_sandbox.run({QStringLiteral("show"), m_id});
    QVERIFY2(shown.exitCode == 0, shown.describe());
    QVERIFY(shown.err.isEmpty());
    QStringList lines = QString::fromUtf8(shown.out).split(u'\n');
    // The thread was first seen when the test added it: no post time in the feed.
    QVERIFY2(
        QRegularExpression(QStringLiteral("^Jane Marshall · first seen \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"))
            .match(lines.value(2))
            .hasMatch(),
        shown.describe());
    lines[2] = QStringLiteral("BYLINE");
    const QStringList expected{
        title,
        QStringLiteral("Posted by Appellate Watch"),
        QStringLiteral("BYLINE"),
        QStringLiteral("Closed · not open for replies"),
        QStringLiteral("Deleted in 21 days unless kept"),
        QString(),
        QStringLiteral("The panel reversed the dismissal & remanded."),
        QString(),
        QStringLiteral("Judge Ortiz wrote:"),
        QStringLiteral("\"Injury need not be certain.\""),
        QString(),
        QStringLiteral("- Standing found"),
        QStringLiteral("- Remanded"),
        QString(),
        QStringLiteral("Read the opinion"),
        QString(),
        QStringLiteral("Categories: Standing, Privacy"),
        QStringLiteral(
            "Attachment: https://appellate.example.org/opinions/1001.pdf (application/pdf, 240.0 KiB)"),
        QString(),
        QStringLiteral("Continue reading at https://appellate.example.org/2026/standing-ruling"),
        QString(),
    };
    QCOMPARE(lines, expected);
}

void TestShowCommand::keptThreadSaysSo()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QCOMPARE(sandbox.run({QStringLiteral("add"), DocketSandbox::fixture(fixture)}).exitCode, 0);
    QCOMPARE(sandbox.run({QStringLiteral("keep"), QStringLiteral("1")}).exitCode, 0);
    const DocketOutput shown = sandbox.run({QStringLiteral("show"), QStringLiteral("1")});
    QVERIFY2(shown.exitCode == 0, shown.describe());
    QCOMPARE(shown.lines().at(4), QByteArray("Kept"));
    QVERIFY(!shown.out.contains("Deleted in"));
    QVERIFY(sandbox.run({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")})
                .json()
                .object()
                .value(QStringLiteral("expires"))
                .isNull());
}

void TestShowCommand::jsonFieldsFollowTheContract_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("types"); // s string, n number, b boolean, a array, 0 null

    // Everything list gives...
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
    // ...and the thread itself.
    QTest::newRow("summary") << QStringLiteral("summary") << QStringLiteral("s0");
    QTest::newRow("content") << QStringLiteral("content") << QStringLiteral("s0");
    QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("s");
    QTest::newRow("categories") << QStringLiteral("categories") << QStringLiteral("a");
    QTest::newRow("enclosures") << QStringLiteral("enclosures") << QStringLiteral("a");
    QTest::newRow("revisions") << QStringLiteral("revisions") << QStringLiteral("a");
}

void TestShowCommand::jsonFieldsFollowTheContract()
{
    QFETCH(QString, field);
    QFETCH(QString, types);

    const DocketOutput shown = m_sandbox.run({QStringLiteral("show"), m_id, QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, shown.describe());
    QVERIFY2(shown.json().isObject(), shown.describe());
    const QJsonObject thread = shown.json().object();
    QVERIFY2(thread.contains(field), qPrintable(field));
    const QJsonValue value = thread.value(field);
    QVERIFY2((types.contains(u's') && value.isString()) || (types.contains(u'n') && value.isDouble()) ||
                 (types.contains(u'b') && value.isBool()) || (types.contains(u'a') && value.isArray()) ||
                 (types.contains(u'0') && value.isNull()),
             qPrintable(field));
    // The same values list gives for the same thread.
    const QJsonObject listed = m_sandbox.listJson().first().toObject();
    if (listed.contains(field))
        QCOMPARE(value, listed.value(field));
}

void TestShowCommand::htmlIsSanitised()
{
    const QJsonObject thread =
        m_sandbox.run({QStringLiteral("show"), m_id, QStringLiteral("--json")}).json().object();
    // content is what the feed sent; html is what the reader may display.
    QVERIFY(thread.value(QStringLiteral("content")).toString().contains(QStringLiteral("<script>")));
    QCOMPARE(thread.value(QStringLiteral("summary")).toString(),
             QStringLiteral("The panel reversed the dismissal."));
    const QString html = thread.value(QStringLiteral("html")).toString();
    QVERIFY2(!html.contains(QStringLiteral("script")) && !html.contains(QStringLiteral("tracked")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<a href=\"https://appellate.example.org/opinions/1001.pdf\">")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<b>reversed</b>")), qPrintable(html));
    QCOMPARE(thread.value(QStringLiteral("categories")).toArray(),
             (QJsonArray{QStringLiteral("Standing"), QStringLiteral("Privacy")}));
}

void TestShowCommand::attachmentsOfARealFeed()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(sandbox.addFixture(QStringLiteral("juriscraper--oral_args-ca8_example.xml")) > 0);
    const QJsonArray threads =
        sandbox.listJson({QStringLiteral("--search"), QStringLiteral("\"Jessica Robb\"")});
    QCOMPARE(threads.size(), 1);
    const QString id = QString::number(threads.first().toObject().value(QStringLiteral("id")).toInteger());

    const QJsonObject thread =
        sandbox.run({QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
    const QJsonArray enclosures = thread.value(QStringLiteral("enclosures")).toArray();
    QCOMPARE(enclosures.size(), 1);
    const QJsonObject enclosure = enclosures.first().toObject();
    QCOMPARE(enclosure.value(QStringLiteral("url")).toString(),
             QStringLiteral("http://media-oa.ca8.uscourts.gov/OAaudio/2015/6/156003.MP3"));
    QCOMPARE(enclosure.value(QStringLiteral("type")).toString(), QStringLiteral("audio/mpeg"));
    QCOMPARE(enclosure.value(QStringLiteral("length")).toInteger(), 22777856);
    QCOMPARE(thread.value(QStringLiteral("published")).toString(), QStringLiteral("2015-06-02T14:00:00Z"));

    const DocketOutput text = sandbox.run({QStringLiteral("show"), id});
    QVERIFY2(text.exitCode == 0, text.describe());
    QCOMPARE(text.lines().at(2), QByteArray("Eighth Circuit U.S. Court of Appeals · 2015-06-02 14:00"));
    QVERIFY2(
        text.lines().contains(
            "Attachment: http://media-oa.ca8.uscourts.gov/OAaudio/2015/6/156003.MP3 (audio/mpeg, 21.7 MiB)"),
        text.describe());
    QCOMPARE(text.lines().last(),
             QByteArray(
                 "Continue reading at http://www.ca8.uscourts.gov/cgi-bin/new/oralargs.pl?case_num=156003"));
}

void TestShowCommand::revisionsOldestFirst()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QCOMPARE(sandbox.run({QStringLiteral("add"), DocketSandbox::fixture(fixture)}).exitCode, 0);
    // The publisher corrects the article twice; the poller would store each version.
    const QByteArray original = TestData::read(QStringLiteral("cli/") + fixture);
    QVERIFY(!original.isEmpty());
    {
        Result<std::unique_ptr<Database>> database = Database::open(sandbox.databasePath());
        QVERIFY(database.ok());
        ThreadStore threads(*database.value());
        QByteArray second = original;
        second.replace("<b>reversed</b>", "<b>vacated</b>");
        QByteArray third = second;
        third.replace("data-breach case</title>", "data-breach case (corrected)</title>");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QByteArray &version : {second, third}) {
            const Result<FeedParser::Parsed> parsed = FeedParser::parse(version);
            QVERIFY(parsed.ok());
            const Result<UpsertReport> stored = threads.store(1, parsed->feed, now);
            QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
            QCOMPARE(stored->revised, 1);
        }
    }
    const QJsonObject thread =
        sandbox.run({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}).json().object();
    QCOMPARE(thread.value(QStringLiteral("title")).toString(), title + QStringLiteral(" (corrected)"));
    QCOMPARE(thread.value(QStringLiteral("revised")).toBool(), true);
    const QJsonArray revisions = thread.value(QStringLiteral("revisions")).toArray();
    QCOMPARE(revisions.size(), 2);
    const QRegularExpression isoTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    for (const QJsonValue &revision : revisions) {
        QVERIFY(isoTime.match(revision.toObject().value(QStringLiteral("at")).toString()).hasMatch());
        QVERIFY(
            !revision.toObject().value(QStringLiteral("html")).toString().contains(QStringLiteral("script")));
    }
    QCOMPARE(revisions.at(0).toObject().value(QStringLiteral("title")).toString(), title);
    QVERIFY(revisions.at(0)
                .toObject()
                .value(QStringLiteral("html"))
                .toString()
                .contains(QStringLiteral("reversed")));
    QCOMPARE(revisions.at(1).toObject().value(QStringLiteral("title")).toString(), title);
    QVERIFY(revisions.at(1)
                .toObject()
                .value(QStringLiteral("html"))
                .toString()
                .contains(QStringLiteral("vacated")));
    QVERIFY(thread.value(QStringLiteral("html")).toString().contains(QStringLiteral("vacated")));

    const DocketOutput text = sandbox.run({QStringLiteral("show"), QStringLiteral("1")});
    QVERIFY2(text.lines().at(2).endsWith(" · revised by the publisher (2 earlier versions)"),
             text.describe());
}

void TestShowCommand::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("stderrHas");

    QTest::newRow("unknown id") << QStringList{QStringLiteral("999")} << QByteArray("there is no thread 999");
    QTest::newRow("not a number") << QStringList{QStringLiteral("first")}
                                  << QByteArray("'first' is not a thread id");
    QTest::newRow("too large") << QStringList{QStringLiteral("99999999999999999999")}
                               << QByteArray("is not a thread id");
    QTest::newRow("no id") << QStringList() << QByteArray("give the id of one thread");
    QTest::newRow("two ids") << QStringList{QStringLiteral("1"), QStringLiteral("2")}
                             << QByteArray("give the id of one thread");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("1"), QStringLiteral("--html")}
                                    << QByteArray("Unknown option 'html'");
}

void TestShowCommand::refusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, stderrHas);

    const DocketOutput shown = m_sandbox.run(QStringList{QStringLiteral("show")} + arguments);
    QVERIFY2(shown.exitCode == 2, shown.describe());
    QVERIFY2(shown.err.contains(stderrHas), shown.describe());
    QCOMPARE(shown.err.count('\n'), 1);
    QVERIFY(shown.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestShowCommand)
#include "tst_showcommand.moc"
