// Takes the README screenshots: a cache filled from real feed captures, the window over it, PNGs out.
//
//   xvfb-run -a build/<dir>/tests/docket_ui_screenshots OUTPUT_FOLDER FEED_FILE...
//
// Captures are months or years old, and the retention rule would drop every
// thread at today's date, so each feed's post times are moved forward
// together (the newest to a few hours ago, spacing kept, capped at 20 days):
// the titles, bodies and sources are the real ones.
#include "database.h"
#include "feedparser.h"
#include "feedstore.h"
#include "folderstore.h"
#include "mainwindow.h"
#include "readerview.h"
#include "sourcetreemodel.h"
#include "threadlistmodel.h"
#include "threadstore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>

namespace {

void shiftToRecent(Feed &feed, const QDateTime &now, int feedIndex)
{
    QDateTime newest;
    for (const Item &item : feed.items) {
        if (item.published.isValid() && (!newest.isValid() || item.published > newest))
            newest = item.published;
    }
    if (!newest.isValid())
        return;
    const QDateTime target = now.addSecs(-3600LL * (2 + 3 * feedIndex));
    for (Item &item : feed.items) {
        if (!item.published.isValid())
            continue;
        const qint64 age = qMin(item.published.secsTo(newest), 20LL * 24 * 3600);
        item.published = target.addSecs(-age);
    }
}

bool fill(Database &database, const QStringList &files)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int index = 0;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        Result<FeedParser::Parsed> parsed = FeedParser::parse(file.readAll());
        if (!parsed) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(parsed.error().message));
            return false;
        }
        Feed feed = parsed->feed;
        shiftToRecent(feed, now, index++);
        const bool court = QFileInfo(path).fileName().startsWith(u"juriscraper");
        const Result<FolderRecord> folder =
            FolderStore(database).ensure({court ? QStringLiteral("Courts") : QStringLiteral("Commentary")});
        if (!folder)
            return false;
        const Result<FeedRecord> added =
            FeedStore(database).add(NewFeed{QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()),
                                            feed.title, feed.link, folder->id},
                                    now);
        if (!added || !ThreadStore(database).store(added->id, feed, now))
            return false;
    }
    return true;
}

void save(QWidget &window, const QString &path)
{
    QTest::qWait(300);
    if (!window.grab().save(path))
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

// The first row whose link host contains text; 0 when none does.
int rowWith(const ThreadListModel &model, const QString &host)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.threadAt(row)->link.host().contains(host))
            return row;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: docket_ui_screenshots OUTPUT_FOLDER FEED_FILE...\n");
        return 2;
    }
    QTemporaryDir dir;
    QCoreApplication::setOrganizationName(QStringLiteral("DocketScreenshots"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("settings")));
    // The window polls on its own only when a test asks it to: no test reaches the internet.
    QSettings().setValue(QStringLiteral("pollAutomatically"), false);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        Result<std::unique_ptr<Database>> database = Database::open(cache);
        if (!database || !fill(*database.value(), arguments.mid(2)))
            return 1;
    }
    const QDir out(arguments.at(1));

    MainWindow window(cache);
    window.resize(1440, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.sourceView()->expandAll();
    ThreadListModel &threads = *window.threadModel();
    window.threadView()->setCurrentIndex(threads.index(1, 0));
    window.threadView()->setCurrentIndex(threads.index(3, 0));
    window.threadView()->setCurrentIndex(threads.index(0, 0));
    window.threadView()->setFocus();
    save(window, out.filePath(QStringLiteral("main-window.png")));

    window.threadView()->setCurrentIndex(threads.index(rowWith(threads, QStringLiteral("natasha")), 0));
    save(window, out.filePath(QStringLiteral("thread.png")));

    window.searchBox()->setText(QStringLiteral("precedential"));
    Q_EMIT window.searchBox()->returnPressed();
    save(window, out.filePath(QStringLiteral("search.png")));
    return 0;
}
