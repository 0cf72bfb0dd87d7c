// When each feed is next due, with every time passed in.
#include "pollschedule.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using std::chrono::minutes;
using std::chrono::seconds;

class TestPollSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intervals_data();
    void intervals();
    void jitterIsBoundedFixedAndSpread();
    void successWaitsTheIntervalPlusJitter();
    void failuresBackOffAndDouble();
    void successAfterFailuresResetsTheBackOff();
    void retryAfter_data();
    void retryAfter();
    void goneStopsUntilReenabled();
    void afterFetchResult_data();
    void afterFetchResult();
    void dueness();
};

namespace {

const QDateTime at(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc());

qint64 waitOf(const PollState &state)
{
    return at.secsTo(state.nextPoll);
}

} // namespace

void TestPollSchedule::intervals_data()
{
    QTest::addColumn<int>("globalMinutes");
    QTest::addColumn<int>("feedMinutes"); // 0: none of its own
    QTest::addColumn<int>("hintMinutes"); // 0: no hint
    QTest::addColumn<int>("floorMinutes");
    QTest::addColumn<int>("expectedMinutes");

    QTest::newRow("the default is 30 minutes") << 30 << 0 << 0 << 15 << 30;
    QTest::newRow("global setting") << 60 << 0 << 0 << 15 << 60;
    QTest::newRow("the feed's own setting wins") << 30 << 45 << 0 << 15 << 45;
    QTest::newRow("a longer hint lengthens") << 30 << 0 << 120 << 15 << 120;
    QTest::newRow("a hint lengthens the feed's own setting") << 30 << 45 << 90 << 15 << 90;
    QTest::newRow("a shorter hint does not shorten") << 30 << 0 << 10 << 15 << 30;
    QTest::newRow("a feed setting below the floor") << 30 << 5 << 0 << 15 << 15;
    QTest::newRow("a global setting below the floor") << 10 << 0 << 0 << 15 << 15;
    QTest::newRow("a short hint cannot go under the floor") << 10 << 0 << 12 << 15 << 15;
    QTest::newRow("an absurd hint is capped at a day") << 30 << 0 << 100000 << 15 << 1440;
    QTest::newRow("a feed set beyond the hint cap keeps its setting") << 30 << 2880 << 100000 << 15 << 2880;
    QTest::newRow("a lower floor, when chosen") << 30 << 5 << 0 << 5 << 5;
}

void TestPollSchedule::intervals()
{
    QFETCH(int, globalMinutes);
    QFETCH(int, feedMinutes);
    QFETCH(int, hintMinutes);
    QFETCH(int, floorMinutes);
    QFETCH(int, expectedMinutes);

    PollPolicy policy;
    policy.defaultInterval = minutes(globalMinutes);
    policy.floor = minutes(floorMinutes);
    const PollSchedule schedule(policy);
    const FeedTiming feed{7, minutes(feedMinutes), hintMinutes};
    QCOMPARE(schedule.interval(feed), seconds(minutes(expectedMinutes)));
}

void TestPollSchedule::jitterIsBoundedFixedAndSpread()
{
    const PollSchedule schedule;
    const seconds wait = minutes(30);
    QSet<qint64> distinct;
    qint64 total = 0;
    for (qint64 id = 1; id <= 1000; ++id) {
        const seconds jitter = schedule.jitter(id, wait);
        QVERIFY(jitter >= seconds(0));
        QVERIFY(jitter < seconds(180));                    // 10% of 30 minutes
        QCOMPARE(PollSchedule().jitter(id, wait), jitter); // fixed per feed, not per run
        distinct.insert(jitter.count());
        total += jitter.count();
    }
    QVERIFY2(distinct.size() > 150, qPrintable(QString::number(distinct.size()))); // not all at once
    const double mean = double(total) / 1000.0;
    QVERIFY2(mean > 70 && mean < 110, qPrintable(QString::number(mean))); // spread over the whole range

    PollPolicy none;
    none.jitterFraction = 0;
    QCOMPARE(PollSchedule(none).jitter(42, wait), seconds(0));
}

void TestPollSchedule::successWaitsTheIntervalPlusJitter()
{
    const PollSchedule schedule;
    for (qint64 id = 1; id <= 50; ++id) {
        const PollState state = schedule.afterSuccess({id, minutes(0), 0}, at);
        QCOMPARE(state.failures, 0);
        QVERIFY(!state.stopped);
        QCOMPARE(waitOf(state), 1800 + schedule.jitter(id, minutes(30)).count());
    }
}

void TestPollSchedule::failuresBackOffAndDouble()
{
    const PollSchedule schedule;
    const FeedTiming feed{11, minutes(0), 0};
    // 30 min, then doubling: 60, 120, 240, 480, 960, then the one-day cap.
    const QList<qint64> baseMinutes{30, 60, 120, 240, 480, 960, 1440, 1440, 1440};
    PollState state;
    qint64 previousWait = 0;
    for (qsizetype n = 0; n < baseMinutes.size(); ++n) {
        state = schedule.afterFailure(feed, state, at);
        QCOMPARE(state.failures, int(n + 1));
        QVERIFY(!state.stopped);
        const qint64 base = baseMinutes.at(n) * 60;
        const qint64 wait = waitOf(state);
        if (base < 1440 * 60) {
            QVERIFY2(wait >= base && wait < base + base / 10, qPrintable(QString::number(wait)));
            if (previousWait > 0)
                QVERIFY(qAbs(wait - 2 * previousWait) <= 1); // doubling, jitter included
        } else {
            QVERIFY2(wait <= base && wait > base - base / 10, qPrintable(QString::number(wait)));
        }
        previousWait = wait;
    }
    // Many more failures: still capped, no overflow.
    for (int i = 0; i < 100; ++i)
        state = schedule.afterFailure(feed, state, at);
    QVERIFY(waitOf(state) <= 86400);
    QVERIFY(waitOf(state) > 80000);
}

void TestPollSchedule::successAfterFailuresResetsTheBackOff()
{
    const PollSchedule schedule;
    const FeedTiming feed{3, minutes(0), 0};
    PollState state;
    for (int i = 0; i < 4; ++i)
        state = schedule.afterFailure(feed, state, at);
    QCOMPARE(state.failures, 4);
    state = schedule.afterSuccess(feed, at);
    QCOMPARE(state.failures, 0);
    QCOMPARE(waitOf(state), 1800 + schedule.jitter(3, minutes(30)).count());
    state = schedule.afterFailure(feed, state, at);
    QCOMPARE(state.failures, 1);
    QVERIFY(waitOf(state) < 2000); // starts again from the interval
}

void TestPollSchedule::retryAfter_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("retryAfter"); // -1: none
    QTest::addColumn<qint64>("minWait");
    QTest::addColumn<qint64>("maxWait");

    QTest::newRow("429 asks for two hours") << 429 << qint64(7200) << qint64(7200) << qint64(7200);
    QTest::newRow("503 asks for two hours") << 503 << qint64(7200) << qint64(7200) << qint64(7200);
    QTest::newRow("429 asks for less than the back-off") << 429 << qint64(60) << qint64(1800) << qint64(1980);
    QTest::newRow("429 without retry-after backs off") << 429 << qint64(-1) << qint64(1800) << qint64(1980);
    QTest::newRow("500 retry-after is not a promise") << 500 << qint64(7200) << qint64(1800) << qint64(1980);
    QTest::newRow("retry-after beyond the one-day back-off cap")
        << 503 << qint64(3 * 86400) << qint64(3 * 86400) << qint64(3 * 86400);
    QTest::newRow("absurd retry-after capped at a week")
        << 429 << qint64(365 * 86400) << qint64(7 * 86400) << qint64(7 * 86400);
}

void TestPollSchedule::retryAfter()
{
    QFETCH(int, status);
    QFETCH(qint64, retryAfter);
    QFETCH(qint64, minWait);
    QFETCH(qint64, maxWait);

    const PollSchedule schedule;
    const PollState state =
        schedule.afterFailure({5, minutes(0), 0}, PollState{}, at, status,
                              retryAfter < 0 ? std::nullopt : std::optional<qint64>(retryAfter));
    QCOMPARE(state.failures, 1);
    QVERIFY2(waitOf(state) >= minWait && waitOf(state) <= maxWait,
             qPrintable(QString::number(waitOf(state))));
}

void TestPollSchedule::goneStopsUntilReenabled()
{
    const PollSchedule schedule;
    const FeedTiming feed{9, minutes(0), 0};
    const PollState gone = schedule.afterFailure(feed, PollState{}, at, 410);
    QVERIFY(gone.stopped);
    QVERIFY(!gone.nextPoll.isValid());
    QVERIFY(!gone.isDue(at));
    QVERIFY(!gone.isDue(at.addYears(10)));

    const PollState again = schedule.reenabled(at.addDays(3));
    QVERIFY(!again.stopped);
    QCOMPARE(again.failures, 0);
    QVERIFY(again.isDue(at.addDays(3)));
}

void TestPollSchedule::afterFetchResult_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("retryAfter");
    QTest::addColumn<int>("failures");
    QTest::addColumn<bool>("stopped");
    QTest::addColumn<qint64>("minWait");

    QTest::newRow("ok") << int(FetchResult::Outcome::Ok) << 200 << qint64(-1) << 0 << false << qint64(1800);
    QTest::newRow("not modified") << int(FetchResult::Outcome::NotModified) << 304 << qint64(-1) << 0 << false
                                  << qint64(1800);
    QTest::newRow("404") << int(FetchResult::Outcome::Error) << 404 << qint64(-1) << 3 << false
                         << qint64(7200);
    QTest::newRow("410") << int(FetchResult::Outcome::Error) << 410 << qint64(-1) << 3 << true << qint64(-1);
    QTest::newRow("503 with retry-after")
        << int(FetchResult::Outcome::Error) << 503 << qint64(40000) << 3 << false << qint64(40000);
    QTest::newRow("timeout") << int(FetchResult::Outcome::Error) << 0 << qint64(-1) << 3 << false
                             << qint64(7200);
}

void TestPollSchedule::afterFetchResult()
{
    QFETCH(int, outcome);
    QFETCH(int, status);
    QFETCH(qint64, retryAfter);
    QFETCH(int, failures);
    QFETCH(bool, stopped);
    QFETCH(qint64, minWait);

    FetchResult result;
    result.outcome = FetchResult::Outcome(outcome);
    result.httpStatus = status;
    if (retryAfter >= 0)
        result.retryAfterSeconds = retryAfter;
    result.retrievedAt = at;
    PollState previous;
    previous.failures = 2;
    const PollState state = PollSchedule().after({21, minutes(0), 0}, previous, result);
    QCOMPARE(state.failures, failures);
    QCOMPARE(state.stopped, stopped);
    if (minWait >= 0)
        QVERIFY2(waitOf(state) >= minWait, qPrintable(QString::number(waitOf(state))));
}

void TestPollSchedule::dueness()
{
    const PollSchedule schedule;
    const PollState fresh;
    QVERIFY(fresh.isDue(at)); // a new feed is polled at once
    const PollState polled = schedule.afterSuccess({1, minutes(0), 0}, at);
    QVERIFY(!polled.isDue(at));
    QVERIFY(!polled.isDue(at.addSecs(1799)));
    QVERIFY(polled.isDue(polled.nextPoll));
    QVERIFY(polled.isDue(at.addSecs(2000)));
}

QTEST_GUILESS_MAIN(TestPollSchedule)
#include "tst_pollschedule.moc"
