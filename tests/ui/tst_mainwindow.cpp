// The window driven from the keyboard over a cache of real feeds: moving, marking, keeping, searching, saving
// searches.
#include "articlebrowser.h"
#include "mainwindow.h"
#include "readerview.h"
#include "savedsearchstore.h"
#include "sourcetreemodel.h"
#include "threadlistmodel.h"
#include "threadstore.h"
#include "threadwriter.h"
#include "uitestcache.h"
#include "welcomepane.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeView>

using namespace UiTestCache;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void emptyCacheGreets();
    void jAndKMoveTheSelection();
    void selectingMarksRead();
    void mTogglesRead();
    void sTogglesKept();
    void searchKeysFocusTheSearchBox_data();
    void searchKeysFocusTheSearchBox();
    void searchShowsBestMatches();
    void sourceAndGeometryPersist();
    void spaceScrollsThenMovesToNextUnread();
    void selectingASavedSearchRunsIt();
    void savingFromTheSearchBox_data();
    void savingFromTheSearchBox();
    void deletingASavedSearchRemovesItsRow();
    void savedSearchSelectionPersists();
    // Last: adding a feed through the writer expires the fixtures' old threads
    // (the retention rule at today's date).
    void addingAFeedKeepsTheChosenSource();
    void startingExpiresWhatIsPastRetention();

private:
    std::unique_ptr<MainWindow> openWindow();
    std::optional<ThreadRecord> stored(qint64 id) const;
    static qint64 currentId(const MainWindow &window);
    static SourceKey savedSearch(const QString &name) { return {SourceKey::Kind::SavedSearch, 0, name}; }
    qint64 matches(const QString &query) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    qint64 m_court = 0;
    qint64 m_blog = 0;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The window's settings go to this test's folder, not the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("DocketTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    // The window polls on its own only when a test asks it to: no test reaches the internet.
    QSettings().setValue(QStringLiteral("pollAutomatically"), false);
    m_path = m_dir.filePath(QStringLiteral("cache.sqlite"));
    m_database = open(m_path);
    QVERIFY(m_database);
    m_court = addFixture(*m_database, courtOpinions, QStringLiteral("Courts"));
    QVERIFY(m_court);
    QVERIFY(addFixture(*m_database, tenthCircuit, QStringLiteral("Courts")));
    m_blog = addFixture(*m_database, blogWithImages);
    QVERIFY(m_blog);
}

void TestMainWindow::cleanup()
{
    // Each test starts with no saved searches, whatever the last one left.
    SavedSearchStore searches(*m_database);
    const Result<QList<SavedSearch>> listed = searches.list();
    QVERIFY(listed.ok());
    for (const SavedSearch &search : listed.value())
        QVERIFY(searches.remove(search.name).ok());
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow()
{
    if (!UiTestCache::keepFixtures(*m_database))
        qWarning("could not keep the fixtures from the start-up expiry");
    auto window = std::make_unique<MainWindow>(m_path);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    window->threadView()->setFocus();
    return window;
}

std::optional<ThreadRecord> TestMainWindow::stored(qint64 id) const
{
    const Result<std::optional<ThreadRecord>> found = ThreadStore(*m_database).thread(id, generatedNow());
    return found ? found.value() : std::nullopt;
}

qint64 TestMainWindow::currentId(const MainWindow &window)
{
    return window.threadView()->currentIndex().data(ThreadListModel::ThreadIdRole).toLongLong();
}

qint64 TestMainWindow::matches(const QString &query) const
{
    ThreadFilter filter;
    filter.search = query;
    const Result<qint64> counted = ThreadStore(*m_database).count(filter);
    if (!counted)
        qWarning("%s", qPrintable(counted.error().message));
    return counted ? counted.value() : -1;
}

void TestMainWindow::emptyCacheGreets()
{
    MainWindow window(m_dir.filePath(QStringLiteral("empty.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *welcome = window.findChild<WelcomePane *>();
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible());
    QVERIFY(!window.threadView()->isVisible());
}

void TestMainWindow::jAndKMoveTheSelection()
{
    const auto window = openWindow();
    QVERIFY(window->threadModel()->rowCount() > 3);
    QCOMPARE(window->threadView()->currentIndex().row(), 0);
    QTest::keyClick(window->threadView(), Qt::Key_J);
    QCOMPARE(window->threadView()->currentIndex().row(), 1);
    QTest::keyClick(window->threadView(), Qt::Key_J);
    QCOMPARE(window->threadView()->currentIndex().row(), 2);
    QTest::keyClick(window->threadView(), Qt::Key_K);
    QCOMPARE(window->threadView()->currentIndex().row(), 1);
    QCOMPARE(window->readerView()->threadId(), currentId(*window));
}

void TestMainWindow::selectingMarksRead()
{
    const auto window = openWindow();
    QTest::keyClick(window->threadView(), Qt::Key_J);
    QTest::keyClick(window->threadView(), Qt::Key_J);
    QTest::keyClick(window->threadView(), Qt::Key_J);
    const qint64 id = currentId(*window);
    QTRY_VERIFY_WITH_TIMEOUT(stored(id)->read, 5000);
    QTRY_VERIFY(window->threadView()->currentIndex().data(ThreadListModel::ReadRole).toBool());
}

void TestMainWindow::mTogglesRead()
{
    const auto window = openWindow();
    const qint64 id = currentId(*window);
    QTRY_VERIFY_WITH_TIMEOUT(stored(id)->read, 5000);
    QTRY_VERIFY(window->threadView()->currentIndex().data(ThreadListModel::ReadRole).toBool());
    QTest::keyClick(window->threadView(), Qt::Key_M);
    QTRY_VERIFY_WITH_TIMEOUT(!stored(id)->read, 5000);
    QTRY_VERIFY(!window->threadView()->currentIndex().data(ThreadListModel::ReadRole).toBool());
    QTest::keyClick(window->threadView(), Qt::Key_M);
    QTRY_VERIFY_WITH_TIMEOUT(stored(id)->read, 5000);
}

void TestMainWindow::sTogglesKept()
{
    const auto window = openWindow();
    const qint64 id = currentId(*window);
    QVERIFY(!stored(id)->kept);
    QTest::keyClick(window->threadView(), Qt::Key_S);
    QTRY_VERIFY_WITH_TIMEOUT(stored(id)->kept, 5000);
    QTRY_VERIFY(window->threadView()->currentIndex().data(ThreadListModel::KeptRole).toBool());
    const QModelIndex kept = window->sourceModel()->index(2, SourceTreeModel::UnreadColumn);
    QTRY_COMPARE(kept.data().toString(), QStringLiteral("1"));
    QTest::keyClick(window->threadView(), Qt::Key_S);
    QTRY_VERIFY_WITH_TIMEOUT(!stored(id)->kept, 5000);
}

void TestMainWindow::searchKeysFocusTheSearchBox_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Ctrl+F") << int(Qt::Key_F) << int(Qt::ControlModifier);
    QTest::newRow("slash") << int(Qt::Key_Slash) << int(Qt::NoModifier);
}

void TestMainWindow::searchKeysFocusTheSearchBox()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    const auto window = openWindow();
    QVERIFY(!window->searchBox()->hasFocus());
    QTest::keyClick(window->threadView(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QTRY_VERIFY(window->searchBox()->hasFocus());
    // Typing there is text, not a shortcut: j does not move the list.
    const int row = window->threadView()->currentIndex().row();
    QTest::keyClicks(window->searchBox(), QStringLiteral("jk"));
    QCOMPARE(window->searchBox()->text(), QStringLiteral("jk"));
    QCOMPARE(window->threadView()->currentIndex().row(), row);
}

void TestMainWindow::searchShowsBestMatches()
{
    const auto window = openWindow();
    QTest::keyClick(window->threadView(), Qt::Key_Slash);
    QTest::keyClicks(window->searchBox(), QStringLiteral("precedential"));
    QTest::keyClick(window->searchBox(), Qt::Key_Return);
    QCOMPARE(window->threadModel()->filter().search, QStringLiteral("precedential"));
    QVERIFY(window->threadModel()->rowCount() > 0);
    QVERIFY(window->threadModel()
                ->data(window->threadModel()->index(0, 0), ThreadListModel::SnippetRole)
                .toString()
                .contains(QStringLiteral("recedential")));
}

void TestMainWindow::sourceAndGeometryPersist()
{
    QSize size;
    {
        const auto window = openWindow();
        window->resize(1000, 700);
        const QModelIndex feed =
            window->sourceModel()->indexOf(SourceKey{SourceKey::Kind::Feed, m_court, {}});
        QVERIFY(feed.isValid());
        window->sourceView()->setCurrentIndex(feed);
        QCOMPARE(window->threadModel()->filter().feedId, std::optional<qint64>(m_court));
        size = window->size();
        window->close();
    }
    const auto again = openWindow();
    QCOMPARE(again->size(), size);
    QCOMPARE(again->sourceModel()->keyOf(again->sourceView()->currentIndex()),
             (SourceKey{SourceKey::Kind::Feed, m_court, {}}));
    QCOMPARE(again->threadModel()->filter().feedId, std::optional<qint64>(m_court));
}

void TestMainWindow::spaceScrollsThenMovesToNextUnread()
{
    const auto window = openWindow();
    // The blog's one thread in the cache is longer than the pane: space scrolls it.
    window->sourceView()->setCurrentIndex(
        window->sourceModel()->indexOf(SourceKey{SourceKey::Kind::Feed, m_blog, {}}));
    window->threadView()->setFocus();
    QCOMPARE(window->threadView()->currentIndex().row(), 0);
    QScrollBar *scroll = window->readerView()->browser()->verticalScrollBar();
    QTRY_VERIFY(scroll->maximum() > 0);
    QCOMPARE(scroll->value(), 0);
    QTest::keyClick(window->threadView(), Qt::Key_Space);
    QVERIFY(scroll->value() > 0);
    for (int press = 0; press < 50 && scroll->value() < scroll->maximum(); ++press)
        QTest::keyClick(window->threadView(), Qt::Key_Space);
    QCOMPARE(scroll->value(), scroll->maximum());
    QTest::keyClick(window->threadView(), Qt::Key_Space);
    QCOMPARE(window->threadView()->currentIndex().row(), 0); // nothing unread after it here
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("No more unread")));

    // Court orders are short: space goes straight on to the next unread one,
    // past those already read.
    window->sourceView()->setCurrentIndex(
        window->sourceModel()->indexOf(SourceKey{SourceKey::Kind::Feed, m_court, {}}));
    window->threadView()->setFocus();
    const qint64 skipped =
        window->threadModel()->index(1, 0).data(ThreadListModel::ThreadIdRole).toLongLong();
    QVERIFY(ThreadStore(*m_database).setRead({skipped}, true).ok());
    window->threadModel()->setThreadRead(skipped, true);
    QTest::keyClick(window->threadView(), Qt::Key_Space);
    QCOMPARE(window->threadView()->currentIndex().row(), 2);
    QCOMPARE(window->readerView()->threadId(), currentId(*window));
}

void TestMainWindow::addingAFeedKeepsTheChosenSource()
{
    const auto window = openWindow();
    const SourceKey court{SourceKey::Kind::Feed, m_court, {}};
    window->sourceView()->setCurrentIndex(window->sourceModel()->indexOf(court));
    const int sourceRows = window->sourceModel()->rowCount();
    QSignalSpy changed(window->writer(), &ThreadWriter::feedsChanged);
    // A new feed outside any folder changes the tree's shape (the model resets).
    const QString copy = m_dir.filePath(QStringLiteral("copy-of-tenth-circuit.xml"));
    QVERIFY(QFile::copy(TestData::path(UiTestCache::tenthCircuit), copy));
    window->writer()->addFeedFile(copy);
    QVERIFY(changed.wait(10000));
    QCOMPARE(window->sourceModel()->rowCount(), sourceRows + 1);
    QCOMPARE(window->sourceModel()->keyOf(window->sourceView()->currentIndex()), court);
    QCOMPARE(window->threadModel()->filter().feedId, std::optional<qint64>(m_court));
}

void TestMainWindow::selectingASavedSearchRunsIt()
{
    SavedSearchStore searches(*m_database);
    QVERIFY(
        searches.save(QStringLiteral("Precedential"), QStringLiteral("precedential"), generatedNow()).ok());
    const auto window = openWindow();
    const QModelIndex row = window->sourceModel()->indexOf(savedSearch(QStringLiteral("Precedential")));
    QVERIFY(row.isValid());
    window->sourceView()->setCurrentIndex(row);
    QCOMPARE(window->searchBox()->text(), QStringLiteral("precedential"));
    QCOMPARE(window->threadModel()->filter().search, QStringLiteral("precedential"));
    QCOMPARE(window->threadModel()->filter().feedId, std::optional<qint64>());
    QCOMPARE(window->threadModel()->filter().order, ThreadFilter::Order::BestMatch);
    const qint64 expected = matches(QStringLiteral("precedential"));
    QVERIFY(expected > 0);
    QVERIFY(expected < ThreadStore(*m_database).count(ThreadFilter()).value());
    QCOMPARE(window->threadModel()->rowCount(), int(expected));
    QVERIFY(window->deleteSearchAction()->isVisible());
    QVERIFY(window->saveSearchAction()->isEnabled());

    // Choosing another source takes the saved query out of the box.
    window->sourceView()->setCurrentIndex(window->sourceModel()->index(0, 0));
    QVERIFY(window->searchBox()->text().isEmpty());
    QVERIFY(window->threadModel()->filter().search.isEmpty());
    QVERIFY(!window->deleteSearchAction()->isVisible());
    QVERIFY(!window->saveSearchAction()->isEnabled());
}

void TestMainWindow::savingFromTheSearchBox_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("answer"); // the name typed in the prompt; empty: cancelled
    QTest::addColumn<QString>("saved");  // the name it is saved under; empty: nothing saved
    QTest::addColumn<QString>("message");
    QTest::newRow("named") << QStringLiteral("rehearing") << QStringLiteral("Rehearings")
                           << QStringLiteral("Rehearings") << QStringLiteral("Saved the search");
    QTest::newRow("name tidied") << QStringLiteral("precedential") << QStringLiteral("  Binding   opinions ")
                                 << QStringLiteral("Binding opinions") << QStringLiteral("Saved the search");
    QTest::newRow("cancelled") << QStringLiteral("rehearing") << QString() << QString() << QString();
    QTest::newRow("refused query") << QStringLiteral("-appeal") << QStringLiteral("Not appeals") << QString()
                                   << QStringLiteral("leave words out");
}

void TestMainWindow::savingFromTheSearchBox()
{
    QFETCH(QString, query);
    QFETCH(QString, answer);
    QFETCH(QString, saved);
    QFETCH(QString, message);
    const auto window = openWindow();
    window->sourceView()->setCurrentIndex(window->sourceModel()->index(0, 0));
    QVERIFY(!window->saveSearchAction()->isEnabled());
    QString offered;
    window->setNamePrompt([&offered, &answer](const QString &prompted) -> std::optional<QString> {
        offered = prompted;
        return answer.isEmpty() ? std::nullopt : std::optional<QString>(answer);
    });
    QTest::keyClick(window->threadView(), Qt::Key_Slash);
    QTest::keyClicks(window->searchBox(), query);
    QTest::keyClick(window->searchBox(), Qt::Key_Return);
    QVERIFY(window->saveSearchAction()->isEnabled());
    const int sourceRows = window->sourceModel()->rowCount();
    window->statusBar()->clearMessage();
    window->saveSearchAction()->trigger();
    QCOMPARE(offered, query);

    const Result<QList<SavedSearch>> listed = SavedSearchStore(*m_database).list();
    QVERIFY(listed.ok());
    if (saved.isEmpty()) {
        QVERIFY(listed->isEmpty());
        QCOMPARE(window->sourceModel()->rowCount(), sourceRows);
        QCOMPARE(window->sourceModel()->keyOf(window->sourceView()->currentIndex()).kind,
                 SourceKey::Kind::All);
        if (message.isEmpty())
            QVERIFY(window->statusBar()->currentMessage().isEmpty());
        else
            QVERIFY2(window->statusBar()->currentMessage().contains(message),
                     qPrintable(window->statusBar()->currentMessage()));
        return;
    }
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().name, saved);
    QCOMPARE(listed->first().query, query);
    QCOMPARE(window->sourceModel()->rowCount(), sourceRows + 1); // the group appears
    const QModelIndex current = window->sourceView()->currentIndex();
    QCOMPARE(window->sourceModel()->keyOf(current), savedSearch(saved));
    QCOMPARE(current.data().toString(), saved);
    QCOMPARE(window->searchBox()->text(), query);
    QCOMPARE(window->threadModel()->filter().search, query);
    QCOMPARE(window->threadModel()->rowCount(), int(matches(query)));
    QVERIFY(window->statusBar()->currentMessage().contains(message));
}

void TestMainWindow::deletingASavedSearchRemovesItsRow()
{
    SavedSearchStore searches(*m_database);
    QVERIFY(searches.save(QStringLiteral("Appeals"), QStringLiteral("appeal"), generatedNow()).ok());
    QVERIFY(searches.save(QStringLiteral("Patents"), QStringLiteral("patent"), generatedNow()).ok());
    const auto window = openWindow();
    window->sourceView()->setCurrentIndex(
        window->sourceModel()->indexOf(savedSearch(QStringLiteral("Appeals"))));
    QCOMPARE(window->searchBox()->text(), QStringLiteral("appeal"));
    QVERIFY(window->sourceView()->actions().contains(window->deleteSearchAction()));
    QVERIFY(window->deleteSearchAction()->isVisible());
    window->deleteSearchAction()->trigger();

    QVERIFY(!window->sourceModel()->indexOf(savedSearch(QStringLiteral("Appeals"))).isValid());
    QVERIFY(window->sourceModel()->indexOf(savedSearch(QStringLiteral("Patents"))).isValid());
    QVERIFY(!searches.find(QStringLiteral("Appeals")).value().has_value());
    QCOMPARE(window->sourceModel()->keyOf(window->sourceView()->currentIndex()).kind, SourceKey::Kind::All);
    QVERIFY(window->searchBox()->text().isEmpty());
    QVERIFY(window->threadModel()->filter().search.isEmpty());
    QVERIFY(!window->deleteSearchAction()->isVisible());

    // The last one takes the group with it.
    window->sourceView()->setCurrentIndex(
        window->sourceModel()->indexOf(savedSearch(QStringLiteral("Patents"))));
    window->deleteSearchAction()->trigger();
    QVERIFY(searches.list().value().isEmpty());
    QVERIFY(!window->sourceModel()->indexOf(SourceKey{SourceKey::Kind::SavedSearches, 0, {}}).isValid());
}

void TestMainWindow::savedSearchSelectionPersists()
{
    QVERIFY(SavedSearchStore(*m_database)
                .save(QStringLiteral("Rule 12: motions"), QStringLiteral("motion"), generatedNow())
                .ok());
    const SourceKey key = savedSearch(QStringLiteral("Rule 12: motions"));
    {
        const auto window = openWindow();
        window->sourceView()->setCurrentIndex(window->sourceModel()->indexOf(key));
        QCOMPARE(window->sourceModel()->keyOf(window->sourceView()->currentIndex()), key);
        window->close();
    }
    const auto again = openWindow();
    QCOMPARE(again->sourceModel()->keyOf(again->sourceView()->currentIndex()), key);
    QCOMPARE(again->searchBox()->text(), QStringLiteral("motion"));
    QCOMPARE(again->threadModel()->filter().search, QStringLiteral("motion"));
}

void TestMainWindow::startingExpiresWhatIsPastRetention()
{
    // Its own cache: the fixture's threads are years old, so with the default
    // 21 days the window deletes them as it starts, off the UI thread.
    const QString path = m_dir.filePath(QStringLiteral("aging.sqlite"));
    const std::unique_ptr<Database> database = open(path);
    QVERIFY(database);
    QVERIFY(addFixture(*database, tenthCircuit));
    ThreadFilter all;
    QVERIFY(ThreadStore(*database).count(all).value() > 0);

    MainWindow window(path);
    QSignalSpy expired(window.writer(), &ThreadWriter::expired);
    QVERIFY(expired.wait(10000));
    QVERIFY(expired.first().first().toLongLong() > 0);
    QCOMPARE(ThreadStore(*database).count(all).value(), qint64(0));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
