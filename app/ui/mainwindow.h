// Docket's main window: sources | thread list | reader, over the cache at databasePath.
#pragma once

#include "threadrecord.h"

#include <QMainWindow>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class Database;
class ExportAction;
struct ExportOffer;
class FeedActions;
class SettingsCommand;
class AddFeedDialog;
class PollFeedback;
class Poller;
class QAction;
class QLineEdit;
class QMenu;
class QNetworkAccessManager;
class QSplitter;
class QStackedWidget;
class QTreeView;
class ReaderView;
class SourceTreeModel;
class ThreadListModel;
class ThreadStore;
class ThreadWriter;
class TrayIcon;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and the screenshot tool: the panes and their models.
    QTreeView *sourceView() const { return m_sourceView; }
    QTreeView *threadView() const { return m_threadView; }
    ReaderView *readerView() const { return m_reader; }
    ThreadListModel *threadModel() const { return m_threads.get(); }
    SourceTreeModel *sourceModel() const { return m_sources.get(); }
    QLineEdit *searchBox() const { return m_search; }
    ThreadWriter *writer() const { return m_writer; }
    QAction *saveSearchAction() const { return m_saveSearch; }
    QAction *deleteSearchAction() const { return m_deleteSearch; }

    // Asks for a saved search's name, offering the query; nullopt when the
    // user cancels. Tests answer it in place of the dialog.
    using NamePrompt = std::function<std::optional<QString>(const QString &query)>;
    void setNamePrompt(NamePrompt prompt) { m_namePrompt = std::move(prompt); }

    // Feed management, settings, tray, first run, single instance.
    FeedActions *feedActions() const { return m_feedActions; }
    SettingsCommand *settingsCommand() const { return m_settingsCommand; }
    TrayIcon *trayIcon() const { return m_tray; }
    Poller *poller() const { return m_poller; }
    PollFeedback *pollFeedback() const { return m_pollFeedback; }
    QAction *problemsAction() const { return m_problems; }
    // Export… (Ctrl+E): tests answer its dialog through setPrompt.
    ExportAction *exportAction() const { return m_export; }

    // Builds the add-feed dialog; tests drive it in place of the user.
    using AddFeedHook = std::function<void(AddFeedDialog &)>;
    void setAddFeedHook(AddFeedHook hook) { m_addFeedHook = std::move(hook); }
    // Shows the window, unless the user chose to start in the tray (and there is one).
    void showAtStart();
    // Shows, raises and activates the window (the tray, a second start).
    void bringForward();
    // "3 new threads from JURIST, SCOTUSblog" by the tray, unless the user
    // turned these notices off (or there is no tray).
    void announceNewThreads(int count, const QStringList &feedTitles);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPanes();
    void buildActions();
    void restoreState();
    void saveState();

    void sourceChanged();
    void applyFilter();
    void threadChanged();
    void nextUnread();
    void spacePressed();
    void toggleRead();
    void toggleKept();
    void openOriginal();
    void addFeed();
    void importOpml();
    void refresh();
    void buildPolling(QMenu *feedsMenu);
    void showProblems();
    void refreshShownCapture();
    void markAllRead();
    void focusSearch();
    void searchEdited(const QString &text);
    void saveSearch();
    void deleteSearch();
    std::optional<QString> askSearchName(const QString &query);
    void cacheChanged(const QString &summary);
    void showFailure(const QString &message);
    void updateGreeting();
    std::optional<ThreadRecord> currentThread() const;
    void buildManagement(QMenu *feedsMenu);
    // The reader's commands: Export…, Copy Citation, Feed summary / Full article.
    void buildReaderActions(QMenu *fileMenu, QAction *beforeQuit, QMenu *threadMenu);
    ExportOffer exportOffer() const;
    void subscribeToStarterFeeds();
    void quit();
    // Reads the sources again keeping the chosen one; false when it is gone.
    bool reloadSources();

    QSettings m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ThreadStore> m_store;
    std::unique_ptr<SourceTreeModel> m_sources;
    std::unique_ptr<ThreadListModel> m_threads;
    ThreadWriter *m_writer = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_sourceView = nullptr;
    QTreeView *m_threadView = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QLineEdit *m_search = nullptr;
    ReaderView *m_reader = nullptr;
    QAction *m_saveSearch = nullptr;
    QAction *m_deleteSearch = nullptr;
    NamePrompt m_namePrompt;
    FeedActions *m_feedActions = nullptr;
    SettingsCommand *m_settingsCommand = nullptr;
    TrayIcon *m_tray = nullptr; // only where the desktop has a tray
    Poller *m_poller = nullptr;
    PollFeedback *m_pollFeedback = nullptr;
    QAction *m_problems = nullptr;
    ExportAction *m_export = nullptr;
    AddFeedHook m_addFeedHook;
    ArticleCapture::Status m_shownCapture = ArticleCapture::Status::None;
    bool m_quitting = false; // Quit was chosen: closing does not hide to the tray
    // The query a chosen saved search put in the search box, taken out again
    // when another source is chosen (unless the user has changed it).
    QString m_savedQuery;
};
