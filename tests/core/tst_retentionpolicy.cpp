// The 21-day rule at its edges.
#include "retentionpolicy.h"

#include <QTest>

#include <optional>

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

constexpr qint64 day = 24 * 60 * 60;

} // namespace

class TestRetentionPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectiveDays_data();
    void effectiveDays();
    void expiry_data();
    void expiry();
    void isExpired_data();
    void isExpired();
};

void TestRetentionPolicy::effectiveDays_data()
{
    QTest::addColumn<std::optional<int>>("feedDays");
    QTest::addColumn<int>("globalDays");
    QTest::addColumn<int>("expected");

    QTest::newRow("default") << std::optional<int>() << RetentionPolicy::defaultDays << 21;
    QTest::newRow("global setting") << std::optional<int>() << 30 << 30;
    QTest::newRow("feed override wins") << std::optional<int>(90) << 30 << 90;
    QTest::newRow("feed override shorter") << std::optional<int>(7) << 30 << 7;
    QTest::newRow("zero feed override ignored") << std::optional<int>(0) << 30 << 30;
    QTest::newRow("negative feed override ignored") << std::optional<int>(-5) << 30 << 30;
    QTest::newRow("broken global falls back to 21") << std::optional<int>() << 0 << 21;
}

void TestRetentionPolicy::effectiveDays()
{
    QFETCH(std::optional<int>, feedDays);
    QFETCH(int, globalDays);
    QFETCH(int, expected);
    QCOMPARE(RetentionPolicy::effectiveDays(feedDays, globalDays), expected);
}

void TestRetentionPolicy::expiry_data()
{
    QTest::addColumn<QDateTime>("published");
    QTest::addColumn<QDateTime>("firstSeen");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime posted = utc(QStringLiteral("2026-03-01T09:30:00Z"));
    const QDateTime seen = utc(QStringLiteral("2026-03-04T18:00:00Z"));
    QTest::newRow("from post time") << posted << seen << false << 21
                                    << utc(QStringLiteral("2026-03-22T09:30:00Z"));
    QTest::newRow("no post time: from first seen")
        << QDateTime() << seen << false << 21 << utc(QStringLiteral("2026-03-25T18:00:00Z"));
    QTest::newRow("kept never expires") << posted << seen << true << 21 << QDateTime();
    QTest::newRow("no times at all") << QDateTime() << QDateTime() << false << 21 << QDateTime();
    QTest::newRow("per-feed 90 days") << posted << seen << false << 90 << posted.addSecs(90 * day);
    // Across the European change to summer time (29 March 2026): still
    // exactly 21 * 24 hours.
    const QDateTime beforeDst = utc(QStringLiteral("2026-03-20T12:00:00Z"));
    QTest::newRow("across a daylight-saving change")
        << beforeDst << seen << false << 21 << utc(QStringLiteral("2026-04-10T12:00:00Z"));
    const QDateTime offset = QDateTime::fromString(QStringLiteral("2026-03-01T10:30:00+01:00"), Qt::ISODate);
    QTest::newRow("post time with an offset")
        << offset << seen << false << 21 << utc(QStringLiteral("2026-03-22T09:30:00Z"));
}

void TestRetentionPolicy::expiry()
{
    QFETCH(QDateTime, published);
    QFETCH(QDateTime, firstSeen);
    QFETCH(bool, kept);
    QFETCH(int, days);
    QFETCH(QDateTime, expected);
    const QDateTime actual = RetentionPolicy::expiry(published, firstSeen, kept, days);
    QCOMPARE(actual.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(actual.toSecsSinceEpoch(), expected.toSecsSinceEpoch());
}

void TestRetentionPolicy::isExpired_data()
{
    QTest::addColumn<QDateTime>("published");
    QTest::addColumn<QDateTime>("firstSeen");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<int>("days");
    QTest::addColumn<qint64>("ageSeconds"); // now minus the thread's base time
    QTest::addColumn<bool>("expected");

    const QDateTime posted = utc(QStringLiteral("2026-03-01T00:00:00Z"));
    const QDateTime seen = posted.addSecs(3 * day);
    QTest::newRow("posted 20 days ago") << posted << seen << false << 21 << 20 * day << false;
    QTest::newRow("one second short of 21 days") << posted << seen << false << 21 << 21 * day - 1 << false;
    QTest::newRow("exactly 21 days") << posted << seen << false << 21 << 21 * day << false;
    QTest::newRow("21 days and one second") << posted << seen << false << 21 << 21 * day + 1 << true;
    QTest::newRow("a year old") << posted << seen << false << 21 << 365 * day << true;
    QTest::newRow("kept, a year old") << posted << seen << true << 21 << 365 * day << false;
    QTest::newRow("no post time, seen 21 days and one second ago")
        << QDateTime() << seen << false << 21 << 21 * day + 1 << true;
    QTest::newRow("no post time, seen exactly 21 days ago")
        << QDateTime() << seen << false << 21 << 21 * day << false;
    QTest::newRow("feed keeps 90 days, 89 days old") << posted << seen << false << 90 << 89 * day << false;
    QTest::newRow("feed keeps 7 days, 8 days old") << posted << seen << false << 7 << 8 * day << true;
    QTest::newRow("posted in the future") << posted << seen << false << 21 << -5 * day << false;
}

void TestRetentionPolicy::isExpired()
{
    QFETCH(QDateTime, published);
    QFETCH(QDateTime, firstSeen);
    QFETCH(bool, kept);
    QFETCH(int, days);
    QFETCH(qint64, ageSeconds);
    QFETCH(bool, expected);
    const QDateTime base = published.isValid() ? published : firstSeen;
    QCOMPARE(RetentionPolicy::isExpired(published, firstSeen, kept, days, base.addSecs(ageSeconds)),
             expected);
}

QTEST_APPLESS_MAIN(TestRetentionPolicy)
#include "tst_retentionpolicy.moc"
