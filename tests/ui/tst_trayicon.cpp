// TrayIcon: the notice of new threads, and the unread count it follows.
#include "sourcetreemodel.h"
#include "threadstore.h"
#include "trayicon.h"
#include "uitestcache.h"

#include <QApplication>
#include <QIcon>
#include <QTest>

using namespace UiTestCache;

class TestTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newThreadsMessage_data();
    void newThreadsMessage();
    void unreadText_data();
    void unreadText();
    void followsTheUnreadCount();
};

void TestTrayIcon::newThreadsMessage_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("feeds");
    QTest::addColumn<QString>("message");
    QTest::newRow("two feeds") << 3 << QStringList{QStringLiteral("JURIST"), QStringLiteral("SCOTUSblog")}
                               << QStringLiteral("3 new threads from JURIST, SCOTUSblog");
    QTest::newRow("one thread") << 1 << QStringList{QStringLiteral("JURIST")}
                                << QStringLiteral("1 new thread from JURIST");
    QTest::newRow("no names") << 4 << QStringList() << QStringLiteral("4 new threads");
    QTest::newRow("many feeds") << 12
                                << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                               QStringLiteral("D"), QStringLiteral("E")}
                                << QStringLiteral("12 new threads from A, B, C, 2 more");
}

void TestTrayIcon::newThreadsMessage()
{
    QFETCH(int, count);
    QFETCH(QStringList, feeds);
    QFETCH(QString, message);
    QCOMPARE(TrayIcon::newThreadsMessage(count, feeds), message);
}

void TestTrayIcon::unreadText_data()
{
    QTest::addColumn<qint64>("unread");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << qint64(0) << QStringLiteral("Docket: nothing unread");
    QTest::newRow("one") << qint64(1) << QStringLiteral("Docket: 1 unread thread");
    QTest::newRow("many") << qint64(1234) << QStringLiteral("Docket: 1234 unread threads");
}

void TestTrayIcon::unreadText()
{
    QFETCH(qint64, unread);
    QFETCH(QString, text);
    QCOMPARE(TrayIcon::unreadText(unread), text);
}

void TestTrayIcon::followsTheUnreadCount()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::unique_ptr<Database> database = open(dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(database);
    const qint64 feed = addFixture(*database, tenthCircuit);
    QVERIFY(feed);
    SourceTreeModel sources(*database);
    // Made even where the desktop has no tray: it keeps its tooltip all the same.
    TrayIcon tray(QIcon(), nullptr);
    tray.followUnread(sources);
    ThreadFilter all;
    const qint64 threads = ThreadStore(*database).count(all).value();
    QVERIFY(threads > 1);
    QCOMPARE(tray.toolTip(), TrayIcon::unreadText(threads));
    QVERIFY(ThreadStore(*database).markAllRead(std::nullopt).ok());
    sources.reload();
    QCOMPARE(tray.toolTip(), TrayIcon::unreadText(0));
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
