// The window driven from the keyboard over a cache of real feeds: moving, marking, keeping, searching.
#include "articlebrowser.h"
#include "mainwindow.h"
#include "readerview.h"
#include "sourcetreemodel.h"
#include "threadlistmodel.h"
#include "threadwriter.h"
#include "uitestcache.h"
#include "welcomepane.h"

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
    void addingAFeedKeepsTheChosenSource();

private:
    std::unique_ptr<MainWindow> openWindow();
    std::optional<ThreadRecord> stored(qint64 id) const;
    static qint64 currentId(const MainWindow &window);

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
    m_path = m_dir.filePath(QStringLiteral("cache.sqlite"));
    m_database = open(m_path);
    QVERIFY(m_database);
    m_court = addFixture(*m_database, courtOpinions, QStringLiteral("Courts"));
    QVERIFY(m_court);
    QVERIFY(addFixture(*m_database, tenthCircuit, QStringLiteral("Courts")));
    m_blog = addFixture(*m_database, blogWithImages);
    QVERIFY(m_blog);
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow()
{
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
        const QModelIndex feed = window->sourceModel()->indexOf(SourceKey{SourceKey::Kind::Feed, m_court});
        QVERIFY(feed.isValid());
        window->sourceView()->setCurrentIndex(feed);
        QCOMPARE(window->threadModel()->filter().feedId, std::optional<qint64>(m_court));
        size = window->size();
        window->close();
    }
    const auto again = openWindow();
    QCOMPARE(again->size(), size);
    QCOMPARE(again->sourceModel()->keyOf(again->sourceView()->currentIndex()),
             (SourceKey{SourceKey::Kind::Feed, m_court}));
    QCOMPARE(again->threadModel()->filter().feedId, std::optional<qint64>(m_court));
}

void TestMainWindow::spaceScrollsThenMovesToNextUnread()
{
    const auto window = openWindow();
    // The blog's one thread in the cache is longer than the pane: space scrolls it.
    window->sourceView()->setCurrentIndex(
        window->sourceModel()->indexOf(SourceKey{SourceKey::Kind::Feed, m_blog}));
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
        window->sourceModel()->indexOf(SourceKey{SourceKey::Kind::Feed, m_court}));
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
    const SourceKey court{SourceKey::Kind::Feed, m_court};
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
