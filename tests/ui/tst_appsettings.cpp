// AppSettings: the proxy's text form, this user's half in QSettings, the cache's half from the database.
#include "appsettings.h"
#include "database.h"
#include "settingsstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void proxyText_data();
    void proxyText();
    void refusesProxyText_data();
    void refusesProxyText();
    void validity_data();
    void validity();
    void localDefaults();
    void localRoundTrip();
    void damagedLocalValuesFallBack();
    void loadsBothHalves();

private:
    QTemporaryDir m_dir;
};

Q_DECLARE_METATYPE(AppSettings::ProxyMode)

void TestAppSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestAppSettings::proxyText_data()
{
    QTest::addColumn<AppSettings::ProxyMode>("mode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("text");
    QTest::newRow("system") << AppSettings::ProxyMode::System << QString() << 0 << QString();
    QTest::newRow("none") << AppSettings::ProxyMode::None << QString() << 0 << QStringLiteral("none");
    QTest::newRow("http") << AppSettings::ProxyMode::Http << QStringLiteral("proxy.firm.example") << 3128
                          << QStringLiteral("http://proxy.firm.example:3128");
    QTest::newRow("socks5") << AppSettings::ProxyMode::Socks5 << QStringLiteral("10.0.0.8") << 1080
                            << QStringLiteral("socks5://10.0.0.8:1080");
    QTest::newRow("ipv6 host") << AppSettings::ProxyMode::Http << QStringLiteral("::1") << 8080
                               << QStringLiteral("http://[::1]:8080");
}

void TestAppSettings::proxyText()
{
    QFETCH(AppSettings::ProxyMode, mode);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, text);
    AppSettings settings;
    settings.proxyMode = mode;
    settings.proxyHost = host;
    settings.proxyPort = port;
    QCOMPARE(settings.proxyText(), text);
    AppSettings read;
    read.proxyMode = AppSettings::ProxyMode::Socks5; // something to overwrite
    QVERIFY(read.setProxyText(text));
    QCOMPARE(read.proxyMode, mode);
    QCOMPARE(read.proxyHost, host);
    QCOMPARE(read.proxyPort, port);
}

void TestAppSettings::refusesProxyText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("other scheme") << QStringLiteral("ftp://proxy.example:21");
    QTest::newRow("no port") << QStringLiteral("http://proxy.example");
    QTest::newRow("no host") << QStringLiteral("socks5://:1080");
    QTest::newRow("not an address") << QStringLiteral("the office proxy");
}

void TestAppSettings::refusesProxyText()
{
    QFETCH(QString, text);
    AppSettings settings;
    settings.proxyMode = AppSettings::ProxyMode::Http;
    settings.proxyHost = QStringLiteral("kept.example");
    settings.proxyPort = 3128;
    QVERIFY(!settings.setProxyText(text));
    QCOMPARE(settings.proxyText(), QStringLiteral("http://kept.example:3128"));
}

void TestAppSettings::validity_data()
{
    QTest::addColumn<AppSettings::ProxyMode>("mode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("retention");
    QTest::addColumn<bool>("valid");
    QTest::newRow("defaults") << AppSettings::ProxyMode::System << QString() << 0 << 21 << true;
    QTest::newRow("manual proxy") << AppSettings::ProxyMode::Http << QStringLiteral("proxy.example") << 3128
                                  << 21 << true;
    QTest::newRow("manual proxy without host")
        << AppSettings::ProxyMode::Socks5 << QStringLiteral("  ") << 1080 << 21 << false;
    QTest::newRow("host with a path")
        << AppSettings::ProxyMode::Http << QStringLiteral("proxy.example/x") << 80 << 21 << false;
    QTest::newRow("no retention") << AppSettings::ProxyMode::None << QString() << 0 << 0 << false;
}

void TestAppSettings::validity()
{
    QFETCH(AppSettings::ProxyMode, mode);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, retention);
    QFETCH(bool, valid);
    AppSettings settings;
    settings.proxyMode = mode;
    settings.proxyHost = host;
    settings.proxyPort = port;
    settings.retentionDays = retention;
    QCOMPARE(settings.isValid(), valid);
}

void TestAppSettings::localDefaults()
{
    const QSettings empty(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    AppSettings settings;
    settings.notifyNewThreads = false;
    settings.startInTray = true;
    settings.readLocal(empty);
    QVERIFY(settings.notifyNewThreads);
    QVERIFY(!settings.startInTray);
    QCOMPARE(settings.images, ImageConsent::Policy::Ask);
    QCOMPARE(settings.language, QString());
}

void TestAppSettings::localRoundTrip()
{
    QSettings stored(m_dir.filePath(QStringLiteral("round.ini")), QSettings::IniFormat);
    AppSettings written;
    written.images = ImageConsent::Policy::Never;
    written.language = QStringLiteral("fa");
    written.startInTray = true;
    written.notifyNewThreads = false;
    written.writeLocal(stored);
    QCOMPARE(stored.value(QStringLiteral("language")).toString(), QStringLiteral("fa"));
    QCOMPARE(stored.value(QStringLiteral("images/policy")).toString(), QStringLiteral("never"));
    AppSettings read;
    read.readLocal(stored);
    QCOMPARE(read, written);
}

void TestAppSettings::damagedLocalValuesFallBack()
{
    QSettings stored(m_dir.filePath(QStringLiteral("damaged.ini")), QSettings::IniFormat);
    stored.setValue(QStringLiteral("language"), QStringLiteral("klingon"));
    stored.setValue(QStringLiteral("images/policy"), QStringLiteral("sometimes"));
    AppSettings read;
    read.readLocal(stored);
    QCOMPARE(read.language, QString());
    QCOMPARE(read.images, ImageConsent::Policy::Ask);
}

void TestAppSettings::loadsBothHalves()
{
    Result<std::unique_ptr<Database>> opened = Database::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(opened.ok());
    const std::unique_ptr<Database> database = std::move(opened).value();
    QSettings stored(m_dir.filePath(QStringLiteral("both.ini")), QSettings::IniFormat);
    AppSettings fresh = AppSettings::load(stored, *database);
    QCOMPARE(fresh, AppSettings());

    SettingsStore cache(*database);
    QVERIFY(cache.setRetentionDays(60).ok());
    QVERIFY(cache.setPollIntervalMinutes(45).ok());
    QVERIFY(cache.setProxy(QStringLiteral("socks5://proxy.example:1080")).ok());
    stored.setValue(QStringLiteral("tray/startInTray"), true);
    const AppSettings loaded = AppSettings::load(stored, *database);
    QCOMPARE(loaded.retentionDays, 60);
    QCOMPARE(loaded.pollIntervalMinutes, 45);
    QCOMPARE(loaded.proxyMode, AppSettings::ProxyMode::Socks5);
    QCOMPARE(loaded.proxyHost, QStringLiteral("proxy.example"));
    QCOMPARE(loaded.proxyPort, 1080);
    QVERIFY(loaded.startInTray);
    QCOMPARE(loaded.cacheSettings().proxy, QStringLiteral("socks5://proxy.example:1080"));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
