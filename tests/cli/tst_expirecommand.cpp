// `docket expire`: threads past the retention period go, kept threads stay, a dry run only counts.
#include "docketsandbox.h"

#include <QTest>

#include <algorithm>

class TestExpireCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keptThreadsStay();
    void dryRunOnlyCounts();
    void saysWhichPeriodItUsed_data();
    void saysWhichPeriodItUsed();
    void refusesBadUsage_data();
    void refusesBadUsage();
};

namespace {

// 29 old podcast threads (2015) and one undated thread first seen today.
bool fill(DocketSandbox &sandbox)
{
    return sandbox.addFixture(QStringLiteral("juriscraper--oral_args-ca8_example.xml")) > 0 &&
           sandbox.run({QStringLiteral("add"),
                        DocketSandbox::fixture(QStringLiteral("rss2_undated_item_with_paragraphs.xml"))})
                   .exitCode == 0 &&
           sandbox.listJson().size() == 30;
}

QList<qint64> ids(const QJsonArray &threads)
{
    QList<qint64> result;
    for (const QJsonValue &thread : threads)
        result.append(thread.toObject().value(QStringLiteral("id")).toInteger());
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

void TestExpireCommand::keptThreadsStay()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(fill(sandbox));
    const QList<qint64> podcast = ids(sandbox.listJson({QStringLiteral("--feed"), QStringLiteral("1")}));
    QCOMPARE(podcast.size(), 29);
    const qint64 today = ids(sandbox.listJson({QStringLiteral("--feed"), QStringLiteral("2")})).first();
    QCOMPARE(
        sandbox.run({QStringLiteral("keep"), QString::number(podcast.at(4)), QString::number(podcast.at(20))})
            .exitCode,
        0);

    const DocketOutput expired =
        sandbox.run({QStringLiteral("expire"), QStringLiteral("--days"), QStringLiteral("1")});
    QVERIFY2(expired.exitCode == 0, expired.describe());
    QCOMPARE(expired.out, QByteArray("Deleted 27 threads older than 1 day\n"));
    QVERIFY(expired.err.isEmpty());
    QCOMPARE(ids(sandbox.listJson()), (QList<qint64>{podcast.at(4), podcast.at(20), today}));
    const QJsonArray feeds = sandbox.run({QStringLiteral("feeds"), QStringLiteral("--json")}).json().array();
    QCOMPARE(feeds.at(0).toObject().value(QStringLiteral("threads")).toInt() +
                 feeds.at(1).toObject().value(QStringLiteral("threads")).toInt(),
             3);

    // Released from the hold, a thread ages like any other.
    QCOMPARE(sandbox.run({QStringLiteral("keep"), QStringLiteral("--off"), QString::number(podcast.at(4))})
                 .exitCode,
             0);
    const DocketOutput again =
        sandbox.run({QStringLiteral("expire"), QStringLiteral("--days"), QStringLiteral("1")});
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(again.out, QByteArray("Deleted 1 thread older than 1 day\n"));
    QCOMPARE(ids(sandbox.listJson()), (QList<qint64>{podcast.at(20), today}));
    QCOMPARE(sandbox.run({QStringLiteral("show"), QString::number(podcast.at(4))}).exitCode, 2);
}

void TestExpireCommand::dryRunOnlyCounts()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(fill(sandbox));
    QCOMPARE(sandbox.run({QStringLiteral("keep"), QStringLiteral("1")}).exitCode, 0);
    const DocketOutput counted = sandbox.run({QStringLiteral("expire"), QStringLiteral("--dry-run"),
                                              QStringLiteral("--days"), QStringLiteral("30")});
    QVERIFY2(counted.exitCode == 0, counted.describe());
    QCOMPARE(counted.out, QByteArray("Would delete 28 threads older than 30 days\n"));
    QCOMPARE(sandbox.listJson().size(), 30);
}

void TestExpireCommand::saysWhichPeriodItUsed_data()
{
    QTest::addColumn<int>("retentionDays"); // 0: Docket's default
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("printed");

    QTest::newRow("Docket's default")
        << 0 << QStringList() << QByteArray("Deleted 0 threads older than 21 days\n");
    QTest::newRow("the user's setting")
        << 90 << QStringList() << QByteArray("Deleted 0 threads older than 90 days\n");
    QTest::newRow("this run's period") << 90 << QStringList{QStringLiteral("--days"), QStringLiteral("36500")}
                                       << QByteArray("Deleted 0 threads older than 36500 days\n");
}

void TestExpireCommand::saysWhichPeriodItUsed()
{
    QFETCH(int, retentionDays);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, printed);

    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    if (retentionDays > 0)
        QVERIFY(sandbox.setRetentionDays(retentionDays));
    const DocketOutput expired = sandbox.run(QStringList{QStringLiteral("expire")} + arguments);
    QVERIFY2(expired.exitCode == 0, expired.describe());
    QCOMPARE(expired.out, printed);
}

void TestExpireCommand::refusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("stderrHas");

    QTest::newRow("zero days") << QStringList{QStringLiteral("--days"), QStringLiteral("0")}
                               << QByteArray("--days takes a number of days from 1 to 36500, not '0'");
    QTest::newRow("negative days") << QStringList{QStringLiteral("--days=-1")}
                                   << QByteArray("--days takes a number");
    QTest::newRow("days in words") << QStringList{QStringLiteral("--days"), QStringLiteral("three")}
                                   << QByteArray("--days takes a number");
    QTest::newRow("more than a century") << QStringList{QStringLiteral("--days"), QStringLiteral("36501")}
                                         << QByteArray("--days takes a number");
    QTest::newRow("days without value")
        << QStringList{QStringLiteral("--days")} << QByteArray("Missing value after '--days'");
    QTest::newRow("an argument") << QStringList{QStringLiteral("now")} << QByteArray("takes options only");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--all")}
                                    << QByteArray("Unknown option 'all'");
}

void TestExpireCommand::refusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, stderrHas);

    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(fill(sandbox));
    const DocketOutput expired = sandbox.run(QStringList{QStringLiteral("expire")} + arguments);
    QVERIFY2(expired.exitCode == 2, expired.describe());
    QVERIFY2(expired.err.contains(stderrHas), expired.describe());
    QCOMPARE(expired.err.count('\n'), 1);
    QVERIFY(expired.out.isEmpty());
    QCOMPARE(sandbox.listJson().size(), 30);
}

QTEST_GUILESS_MAIN(TestExpireCommand)
#include "tst_expirecommand.moc"
