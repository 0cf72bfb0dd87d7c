// Managing feeds and settings from the window: properties, rename, move, remove with its question,
// Settings…, and the starter feeds offered on first run.
#include "feedactions.h"
#include "mainwindow.h"
#include "opmlreader.h"
#include "settingscommand.h"
#include "sourcetreemodel.h"
#include "starterfeeds.h"
#include "threadlistmodel.h"
#include "threadwriter.h"
#include "uitestcache.h"
#include "welcomepane.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTreeView>

using namespace UiTestCache;

class TestFeedManagement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void actionsFollowTheChosenSource();
    void renaming_data();
    void renaming();
    void moving_data();
    void moving();
    void removingAsksFirst_data();
    void removingAsksFirst();
    void propertiesAreSavedAtOnce();
    void settingsAreSaved();
    void settingsKeyOpensThem();
    void starterFeedsFromTheGreeting();
    void closingWithoutATrayCloses();

private:
    std::unique_ptr<MainWindow> openWindow(const SourceKey &source);
    std::optional<FeedRecord> feed(qint64 id) const;
    static SourceKey feedKey(qint64 id) { return {SourceKey::Kind::Feed, id, {}}; }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    qint64 m_court = 0; // in Courts
    qint64 m_tenth = 0; // in Courts
    qint64 m_blog = 0;  // top level
};

void TestFeedManagement::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("DocketTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_feedmanagement"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    // The window polls on its own only when a test asks it to: no test reaches the internet.
    QSettings().setValue(QStringLiteral("pollAutomatically"), false);
}

void TestFeedManagement::init()
{
    // Each test has a cache of its own: they remove and move feeds.
    m_path =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())) +
                       QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    m_database = open(m_path);
    QVERIFY(m_database);
    m_court = addFixture(*m_database, courtOpinions, QStringLiteral("Courts"));
    m_tenth = addFixture(*m_database, tenthCircuit, QStringLiteral("Courts"));
    m_blog = addFixture(*m_database, blogWithImages);
    QVERIFY(m_court && m_tenth && m_blog);
    QVERIFY(keepFixtures(*m_database));
}

void TestFeedManagement::cleanup()
{
    m_database.reset();
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestFeedManagement::openWindow(const SourceKey &source)
{
    auto window = std::make_unique<MainWindow>(m_path);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the window was not shown");
    window->sourceView()->setCurrentIndex(window->sourceModel()->indexOf(source));
    return window;
}

std::optional<FeedRecord> TestFeedManagement::feed(qint64 id) const
{
    const Result<std::optional<FeedRecord>> found = FeedStore(*m_database).feed(id);
    return found ? found.value() : std::nullopt;
}

void TestFeedManagement::actionsFollowTheChosenSource()
{
    const auto window = openWindow(SourceKey{SourceKey::Kind::All, 0, {}});
    FeedActions *actions = window->feedActions();
    QVERIFY(actions);
    for (QAction *action : actions->actions()) {
        QVERIFY(window->sourceView()->actions().contains(action));
        QVERIFY(!action->isEnabled());
    }
    window->sourceView()->setCurrentIndex(window->sourceModel()->indexOf(feedKey(m_blog)));
    for (QAction *action : actions->actions())
        QVERIFY(action->isEnabled());
    window->sourceView()->setCurrentIndex(window->sourceModel()->indexOf(
        SourceKey{SourceKey::Kind::Folder, feed(m_court)->folderId.value(), {}}));
    QVERIFY(!actions->removeAction()->isEnabled());
}

void TestFeedManagement::renaming_data()
{
    QTest::addColumn<QString>("answer"); // empty: cancelled
    QTest::addColumn<QString>("title");  // the feed's title afterwards
    QTest::addColumn<QString>("message");
    QTest::newRow("renamed") << QStringLiteral("Federal Circuit opinions")
                             << QStringLiteral("Federal Circuit opinions") << QStringLiteral("Renamed");
    QTest::newRow("cancelled") << QString() << QString() << QString();
    QTest::newRow("blank title refused")
        << QStringLiteral("   ") << QString() << QStringLiteral("needs a title");
}

void TestFeedManagement::renaming()
{
    QFETCH(QString, answer);
    QFETCH(QString, title);
    QFETCH(QString, message);
    const QString before = feed(m_court)->title;
    if (title.isEmpty())
        title = before;
    const auto window = openWindow(feedKey(m_court));
    QString offered;
    window->feedActions()->setTextPrompt(
        [&](const QString &, const QString &current, const QStringList &) -> std::optional<QString> {
            offered = current;
            return answer.isEmpty() ? std::nullopt : std::optional<QString>(answer);
        });
    QSignalSpy changed(window->writer(), &ThreadWriter::feedsChanged);
    QSignalSpy failed(window->writer(), &ThreadWriter::failed);
    window->feedActions()->renameAction()->trigger();
    QCOMPARE(offered, before);
    if (message.isEmpty()) {
        QTest::qWait(200);
        QCOMPARE(changed.size() + failed.size(), 0);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() + failed.size() > 0, 10000);
        QVERIFY2(window->statusBar()->currentMessage().contains(message),
                 qPrintable(window->statusBar()->currentMessage()));
    }
    QCOMPARE(feed(m_court)->title, title);
    const QModelIndex row = window->sourceModel()->indexOf(feedKey(m_court));
    QCOMPARE(row.data().toString(), title);
    QCOMPARE(window->sourceView()->currentIndex(), row); // still chosen
}

void TestFeedManagement::moving_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("folder");
    QTest::newRow("into an existing folder")
        << QStringLiteral("blog") << QStringLiteral("Courts") << QStringLiteral("Courts");
    QTest::newRow("into a new folder")
        << QStringLiteral("blog") << QStringLiteral("Blogs") << QStringLiteral("Blogs");
    QTest::newRow("out to the top level") << QStringLiteral("court") << QString() << QString();
}

void TestFeedManagement::moving()
{
    QFETCH(QString, which);
    QFETCH(QString, answer);
    QFETCH(QString, folder);
    const qint64 id = which == u"blog" ? m_blog : m_court;
    const auto window = openWindow(feedKey(id));
    QStringList offered;
    window->feedActions()->setTextPrompt(
        [&](const QString &, const QString &, const QStringList &choices) -> std::optional<QString> {
            offered = choices;
            return answer;
        });
    QSignalSpy changed(window->writer(), &ThreadWriter::feedsChanged);
    window->feedActions()->moveAction()->trigger();
    QCOMPARE(offered, (QStringList{QString(), QStringLiteral("Courts")}));
    QVERIFY(changed.wait(10000));
    QCOMPARE(feed(id)->folder(), folder);
    const QModelIndex row = window->sourceModel()->indexOf(feedKey(id));
    QVERIFY(row.isValid());
    QCOMPARE(row.parent().data().toString(), folder);
    QCOMPARE(window->sourceModel()->keyOf(window->sourceView()->currentIndex()), feedKey(id));
    // The tree was read anew; the feed is still chosen, so its commands still apply.
    QTRY_VERIFY(window->feedActions()->removeAction()->isEnabled());
}

void TestFeedManagement::removingAsksFirst_data()
{
    QTest::addColumn<bool>("confirmed");
    QTest::newRow("confirmed") << true;
    QTest::newRow("declined") << false;
}

void TestFeedManagement::removingAsksFirst()
{
    QFETCH(bool, confirmed);
    ThreadFilter ofCourt;
    ofCourt.feedId = m_court;
    ofCourt.limit = 5;
    const Result<ThreadPage> page = ThreadStore(*m_database).list(ofCourt, generatedNow());
    QVERIFY(page.ok() && page->threads.size() >= 2);
    QVERIFY(ThreadStore(*m_database).setKept({page->threads.at(0).id, page->threads.at(1).id}, true).ok());
    const int threads = feed(m_court)->threads;
    const QString title = feed(m_court)->title;

    const auto window = openWindow(feedKey(m_court));
    QString asked;
    window->feedActions()->setConfirm([&](const QString &question) {
        asked = question;
        return confirmed;
    });
    QSignalSpy changed(window->writer(), &ThreadWriter::feedsChanged);
    window->feedActions()->removeAction()->trigger();
    QCOMPARE(asked, FeedActions::removalQuestion(title, threads, 2));
    QVERIFY2(asked.contains(QString::number(threads)) && asked.contains(u"2 you kept"), qPrintable(asked));
    if (!confirmed) {
        QTest::qWait(200);
        QCOMPARE(changed.size(), 0);
        QVERIFY(feed(m_court));
        return;
    }
    QVERIFY(changed.wait(10000));
    QVERIFY(!feed(m_court));
    QCOMPARE(ThreadStore(*m_database).count(ofCourt).value(), qint64(0));
    QVERIFY(!window->sourceModel()->indexOf(feedKey(m_court)).isValid());
    // The chosen source went with it: the window falls back to All threads.
    QCOMPARE(window->sourceModel()->keyOf(window->sourceView()->currentIndex()).kind, SourceKey::Kind::All);
    QVERIFY(window->threadModel()->rowCount() > 0);
}

void TestFeedManagement::propertiesAreSavedAtOnce()
{
    const QString title = feed(m_tenth)->title;
    const auto window = openWindow(feedKey(m_tenth));
    ThreadWriter::FeedProperties offered;
    QStringList folders;
    window->feedActions()->setPropertiesPrompt(
        [&](const ThreadWriter::FeedProperties &current, const QStringList &existing) {
            offered = current;
            folders = existing;
            return std::optional<ThreadWriter::FeedProperties>(
                {QStringLiteral("Tenth Circuit"), QStringLiteral("Courts/Appeals"), 365, 240, false});
        });
    QSignalSpy changed(window->writer(), &ThreadWriter::feedsChanged);
    window->feedActions()->propertiesAction()->trigger();
    QCOMPARE(offered.title, title);
    QCOMPARE(offered.folder, QStringLiteral("Courts"));
    QCOMPARE(offered.retentionDays, std::optional<int>());
    QCOMPARE(offered.capture, std::optional<bool>()); // automatic until changed
    QCOMPARE(folders, QStringList{QStringLiteral("Courts")});
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.size(), 1); // one write, one reload
    const std::optional<FeedRecord> saved = feed(m_tenth);
    QCOMPARE(saved->title, QStringLiteral("Tenth Circuit"));
    QCOMPARE(saved->folder(), QStringLiteral("Courts/Appeals"));
    QCOMPARE(saved->retentionDays, std::optional<int>(365));
    QCOMPARE(saved->pollIntervalMinutes, std::optional<int>(240));
    QCOMPARE(window->sourceModel()->indexOf(feedKey(m_tenth)).data().toString(),
             QStringLiteral("Tenth Circuit"));
}

void TestFeedManagement::settingsAreSaved()
{
    const auto window = openWindow(SourceKey{SourceKey::Kind::All, 0, {}});
    AppSettings offered;
    AppSettings chosen;
    chosen.retentionDays = 40000; // longer than the fixtures' age: nothing is deleted
    chosen.pollIntervalMinutes = 90;
    chosen.proxyMode = AppSettings::ProxyMode::None;
    chosen.images = ImageConsent::Policy::Never;
    chosen.language = QStringLiteral("fr");
    chosen.notifyNewThreads = false;
    window->settingsCommand()->setPrompt([&](const AppSettings &current) {
        offered = current;
        return std::optional<AppSettings>(chosen);
    });
    QSignalSpy saved(window->writer(), &ThreadWriter::settingsSaved);
    window->settingsCommand()->action()->trigger();
    QCOMPARE(offered.retentionDays, fixtureRetentionDays);
    QCOMPARE(offered.notifyNewThreads, true);
    QVERIFY(saved.wait(10000));
    const SettingsStore cache(*m_database);
    QCOMPARE(cache.retentionDays().value(), 40000);
    QCOMPARE(cache.pollIntervalMinutes().value(), 90);
    QCOMPARE(cache.proxy().value(), QStringLiteral("none"));
    const QSettings local;
    QCOMPARE(local.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    QCOMPARE(local.value(QStringLiteral("images/policy")).toString(), QStringLiteral("never"));
    QCOMPARE(window->settingsCommand()->current(), chosen);
    QTRY_VERIFY(window->statusBar()->currentMessage().contains(u"Settings saved") ||
                window->statusBar()->currentMessage().contains(u"next time"));
}

void TestFeedManagement::settingsKeyOpensThem()
{
    const auto window = openWindow(SourceKey{SourceKey::Kind::All, 0, {}});
    int asked = 0;
    window->settingsCommand()->setPrompt([&](const AppSettings &) -> std::optional<AppSettings> {
        ++asked;
        return std::nullopt; // cancelled: nothing is written
    });
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(asked, 1);
    QVERIFY(!QSettings().contains(QStringLiteral("language")));
    bool inAMenu = false;
    for (QAction *menu : window->menuBar()->actions())
        inAMenu = inAMenu ||
                  (menu->menu() && menu->menu()->actions().contains(window->settingsCommand()->action()));
    QVERIFY(inAMenu);
}

void TestFeedManagement::starterFeedsFromTheGreeting()
{
    MainWindow window(m_dir.filePath(QStringLiteral("first-run.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *welcome = window.findChild<WelcomePane *>();
    QVERIFY(welcome && welcome->isVisible());
    auto *starter = welcome->findChild<QPushButton *>(QStringLiteral("starterFeeds"));
    QVERIFY(starter);
    QVERIFY(!starter->accessibleName().isEmpty());
    QSignalSpy changed(window.writer(), &ThreadWriter::feedsChanged);
    starter->click();
    QVERIFY(changed.wait(10000));
    QVERIFY(!welcome->isVisible());
    QVERIFY(window.sourceModel()->hasFeeds());

    const Result<OpmlReader::Parsed> parsed = OpmlReader::read(StarterFeeds::opml());
    QVERIFY(parsed.ok());
    const std::unique_ptr<Database> database = open(m_dir.filePath(QStringLiteral("first-run.sqlite")));
    const Result<QList<FeedRecord>> feeds = FeedStore(*database).list();
    QVERIFY(feeds.ok());
    QCOMPARE(feeds->size(), int(parsed->document.subscriptionCount()));
    for (const FeedRecord &record : feeds.value())
        QVERIFY2(!record.folder().isEmpty(), qPrintable(record.title));
    for (const OpmlFolder &folder : parsed->document.folders) {
        const Result<std::optional<FolderRecord>> found = FolderStore(*database).find(folder.title);
        QVERIFY2(found.ok() && found.value(), qPrintable(folder.title));
        QVERIFY(window.sourceModel()
                    ->indexOf(SourceKey{SourceKey::Kind::Folder, found.value()->id, {}})
                    .isValid());
    }
}

void TestFeedManagement::closingWithoutATrayCloses()
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("This desktop has a tray");
    QSettings().setValue(QStringLiteral("tray/startInTray"), true);
    const auto window = openWindow(SourceKey{SourceKey::Kind::All, 0, {}});
    QVERIFY(!window->trayIcon());
    // With no tray to live in, "start in tray" cannot hide the window away.
    window->hide();
    window->showAtStart();
    QVERIFY(window->isVisible());
    window->announceNewThreads(3, {QStringLiteral("JURIST")}); // no tray: nothing to show, no crash
    QVERIFY(window->close());
    QVERIFY(!window->isVisible());
}

QTEST_MAIN(TestFeedManagement)
#include "tst_feedmanagement.moc"
