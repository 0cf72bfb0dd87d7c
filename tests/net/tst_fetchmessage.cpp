// The words a failed fetch is reported in.
#include "displayurl.h"
#include "fetchmessage.h"

#include <QTest>

class TestFetchMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durations_data();
    void durations();
    void waits_data();
    void waits();
    void sizes_data();
    void sizes();
    void networkErrorsHideCredentials_data();
    void networkErrorsHideCredentials();
    void displayUrl_data();
    void displayUrl();
};

void TestFetchMessage::durations_data()
{
    QTest::addColumn<int>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole seconds") << 15000 << QStringLiteral("15 seconds");
    QTest::newRow("one second") << 1000 << QStringLiteral("1 second");
    QTest::newRow("fraction") << 300 << QStringLiteral("0.3 seconds");
    QTest::newRow("seconds and a fraction") << 2500 << QStringLiteral("2.5 seconds");
}

void TestFetchMessage::durations()
{
    QFETCH(int, ms);
    QFETCH(QString, text);
    QCOMPARE(FetchMessage::duration(std::chrono::milliseconds(ms)), text);
}

void TestFetchMessage::waits_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("one second") << qint64(1) << QStringLiteral("1 second");
    QTest::newRow("two minutes in seconds") << qint64(120) << QStringLiteral("120 seconds");
    QTest::newRow("minutes, rounded up") << qint64(601) << QStringLiteral("11 minutes");
    QTest::newRow("two hours in minutes") << qint64(7200) << QStringLiteral("120 minutes");
    QTest::newRow("hours") << qint64(5 * 3600) << QStringLiteral("5 hours");
    QTest::newRow("days") << qint64(7 * 86400) << QStringLiteral("7 days");
}

void TestFetchMessage::waits()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(FetchMessage::wait(seconds), text);
}

void TestFetchMessage::sizes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("default limit") << qint64(20 * 1024 * 1024) << QStringLiteral("20 MB");
    QTest::newRow("fraction of a megabyte") << qint64(1536 * 1024) << QStringLiteral("1.5 MB");
    QTest::newRow("kilobytes") << qint64(512 * 1024) << QStringLiteral("512 KB");
    QTest::newRow("bytes") << qint64(900) << QStringLiteral("900 bytes");
}

void TestFetchMessage::sizes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(FetchMessage::size(bytes), text);
}

void TestFetchMessage::networkErrorsHideCredentials_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("libraryText");
    QTest::addColumn<QString>("expected");

    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError)
                             << QStringLiteral("Connection refused")
                             << QStringLiteral("The server feeds.example.com refused the connection");
    QTest::newRow("unknown host")
        << int(QNetworkReply::HostNotFoundError) << QString()
        << QStringLiteral("No server named feeds.example.com could be found; check the address");
    QTest::newRow("library text quoting the URL")
        << int(QNetworkReply::ProtocolFailure)
        << QStringLiteral(
               "Error transferring https://alice:s3cret@feeds.example.com/feed.xml - server replied: Bad")
        << QStringLiteral("The connection to feeds.example.com failed: Error transferring "
                          "https://feeds.example.com/feed.xml - server replied: Bad");
    QTest::newRow("library text with colons, no credentials in the URL")
        << int(QNetworkReply::UnknownNetworkError) << QStringLiteral("error: code 7: try again") << QString();
    QTest::newRow("library text quoting the password alone")
        << int(QNetworkReply::UnknownNetworkError) << QStringLiteral("auth failed for s3cret")
        << QStringLiteral("The connection to feeds.example.com failed: auth failed for ***");
}

void TestFetchMessage::networkErrorsHideCredentials()
{
    QFETCH(int, error);
    QFETCH(QString, libraryText);
    QFETCH(QString, expected);
    QUrl url(QStringLiteral("https://alice:s3cret@feeds.example.com/feed.xml"));
    if (expected.isEmpty()) {
        url.setUserInfo(QString());
        expected = QStringLiteral("The connection to feeds.example.com failed: ") + libraryText;
    }
    const QString message =
        FetchMessage::forNetworkError(QNetworkReply::NetworkError(error), url, libraryText);
    QCOMPARE(message, expected);
    QVERIFY(!message.contains(QStringLiteral("s3cret")));
}

void TestFetchMessage::displayUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("shown");
    QTest::newRow("user and password") << QUrl(QStringLiteral("https://alice:s3cret@feeds.example.com/a.xml"))
                                       << QStringLiteral("https://feeds.example.com/a.xml");
    QTest::newRow("user only") << QUrl(QStringLiteral("http://alice@feeds.example.com:8080/a.xml?x=1"))
                               << QStringLiteral("http://feeds.example.com:8080/a.xml?x=1");
    QTest::newRow("none") << QUrl(QStringLiteral("https://feeds.example.com/a.xml"))
                          << QStringLiteral("https://feeds.example.com/a.xml");
}

void TestFetchMessage::displayUrl()
{
    QFETCH(QUrl, url);
    QFETCH(QString, shown);
    QCOMPARE(DisplayUrl::withoutCredentials(url), shown);
}

QTEST_GUILESS_MAIN(TestFetchMessage)
#include "tst_fetchmessage.moc"
