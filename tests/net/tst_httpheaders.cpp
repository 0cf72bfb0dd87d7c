// Reading Content-Type and Retry-After the way servers really write them.
#include "httpheaders.h"

#include <QTest>
#include <QTimeZone>

class TestHttpHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentType_data();
    void contentType();
    void retryAfter_data();
    void retryAfter();
};

void TestHttpHeaders::contentType_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QString>("charset");

    QTest::newRow("plain") << QByteArray("application/rss+xml") << QStringLiteral("application/rss+xml")
                           << QString();
    QTest::newRow("charset") << QByteArray("text/xml; charset=utf-8") << QStringLiteral("text/xml")
                             << QStringLiteral("utf-8");
    QTest::newRow("no space, upper case") << QByteArray("TEXT/XML;CHARSET=ISO-8859-1")
                                          << QStringLiteral("text/xml") << QStringLiteral("ISO-8859-1");
    QTest::newRow("quoted") << QByteArray("application/xml; charset=\"windows-1252\"")
                            << QStringLiteral("application/xml") << QStringLiteral("windows-1252");
    QTest::newRow("charset after another parameter")
        << QByteArray("application/atom+xml; type=feed; charset=utf-8")
        << QStringLiteral("application/atom+xml") << QStringLiteral("utf-8");
    QTest::newRow("empty charset") << QByteArray("text/xml; charset=") << QStringLiteral("text/xml")
                                   << QString();
    QTest::newRow("parameter merely containing charset")
        << QByteArray("text/xml; xcharset=utf-8") << QStringLiteral("text/xml") << QString();
    QTest::newRow("missing") << QByteArray() << QString() << QString();
}

void TestHttpHeaders::contentType()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, mediaType);
    QFETCH(QString, charset);
    QCOMPARE(HttpHeaders::mediaType(header), mediaType);
    QCOMPARE(HttpHeaders::charset(header), charset);
}

void TestHttpHeaders::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("seconds"); // -1: unreadable

    QTest::newRow("seconds") << QByteArray("120") << qint64(120);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("padded") << QByteArray("  45 ") << qint64(45);
    QTest::newRow("IMF-fixdate") << QByteArray("Fri, 27 Nov 2026 10:02:00 GMT") << qint64(120);
    QTest::newRow("RFC 850 date") << QByteArray("Friday, 27-Nov-26 11:00:00 GMT") << qint64(3600);
    QTest::newRow("asctime date") << QByteArray("Fri Nov 27 10:00:30 2026") << qint64(30);
    QTest::newRow("date in the past") << QByteArray("Thu, 26 Nov 2026 10:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("words") << QByteArray("later") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestHttpHeaders::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, seconds);
    const QDateTime now(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::utc());
    const std::optional<qint64> parsed = HttpHeaders::retryAfterSeconds(value, now);
    QCOMPARE(parsed.value_or(-1), seconds);
}

QTEST_GUILESS_MAIN(TestHttpHeaders)
#include "tst_httpheaders.moc"
