// SingleInstance: a second start on the same cache finds the first and asks it to come forward.
#include "singleinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#endif

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secondStartActivatesTheFirst();
    void differentCachesRunSideBySide();
    void theKeyIsFreeOnceTheFirstHasGone();
    void aLeftoverSocketIsTakenOver();
    void serverNames_data();
    void serverNames();

private:
    QString cache(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSingleInstance::secondStartActivatesTheFirst()
{
    SingleInstance first(cache(QStringLiteral("one.sqlite")));
    QVERIFY(first.claim());
    QVERIFY(first.isPrimary());
    QSignalSpy activated(&first, &SingleInstance::activated);
    SingleInstance second(cache(QStringLiteral("one.sqlite")));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!second.claim());
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(!second.isPrimary());
    QVERIFY(activated.wait(5000));
    QCOMPARE(activated.size(), 1);
    // And again: each start is one request.
    SingleInstance third(cache(QStringLiteral("one.sqlite")));
    QVERIFY(!third.claim());
    QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 2, 5000);
}

void TestSingleInstance::differentCachesRunSideBySide()
{
    SingleInstance office(cache(QStringLiteral("office.sqlite")));
    SingleInstance home(cache(QStringLiteral("home.sqlite")));
    QSignalSpy activated(&office, &SingleInstance::activated);
    QVERIFY(office.claim());
    QVERIFY(home.claim());
    QTest::qWait(100);
    QCOMPARE(activated.size(), 0);
}

void TestSingleInstance::theKeyIsFreeOnceTheFirstHasGone()
{
    {
        SingleInstance first(cache(QStringLiteral("closed.sqlite")));
        QVERIFY(first.claim());
    }
    SingleInstance next(cache(QStringLiteral("closed.sqlite")));
    QVERIFY(next.claim());
    QVERIFY(next.isPrimary());
}

void TestSingleInstance::aLeftoverSocketIsTakenOver()
{
#ifdef Q_OS_UNIX
    // What a Docket that crashed leaves behind: a socket file nobody listens on.
    const QString key = cache(QStringLiteral("crashed.sqlite"));
    const QString path = QDir(QDir::tempPath()).filePath(SingleInstance::serverName(key));
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(native.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFile::exists(path));

    SingleInstance next(key);
    QVERIFY(next.claim());
    QVERIFY(next.isPrimary());
    QSignalSpy activated(&next, &SingleInstance::activated);
    SingleInstance second(key);
    QVERIFY(!second.claim());
    QVERIFY(activated.wait(5000));
#else
    QSKIP("A leftover socket file is a Unix matter");
#endif
}

void TestSingleInstance::serverNames_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("same path") << QStringLiteral("x/cache.sqlite") << QStringLiteral("x/cache.sqlite")
                               << true;
    QTest::newRow("same file, other spelling")
        << QStringLiteral("x/cache.sqlite") << QStringLiteral("x/../x/./cache.sqlite") << true;
    QTest::newRow("other file") << QStringLiteral("x/cache.sqlite") << QStringLiteral("x/other.sqlite")
                                << false;
    QTest::newRow("long path") << QStringLiteral("x/cache.sqlite")
                               << QStringLiteral("x/").repeated(200) + u'c' << false;
}

void TestSingleInstance::serverNames()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("x")));
    const QString first = SingleInstance::serverName(cache(a));
    const QString second = SingleInstance::serverName(cache(b));
    QCOMPARE(first == second, same);
    // Short enough for a Unix socket path, whatever the cache's path.
    QVERIFY(second.size() <= 40);
    QVERIFY(second.startsWith(u"docket-"));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
