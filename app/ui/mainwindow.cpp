#include "mainwindow.h"

#include "addfeeddialog.h"
#include "database.h"
#include "exportaction.h"
#include "feedactions.h"
#include "folderstore.h"
#include "imagestore.h"
#include "poller.h"
#include "pollfeedback.h"
#include "problemsdialog.h"
#include "readerview.h"
#include "savedsearchstore.h"
#include "settingscommand.h"
#include "snippetdelegate.h"
#include "sourcetreemodel.h"
#include "starterfeeds.h"
#include "startupprobe.h"
#include "threadlistmodel.h"
#include "threadnavigation.h"
#include "threadstore.h"
#include "threadwriter.h"
#include "trayicon.h"
#include "welcomepane.h"

#include <chrono>
#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int expiryDelayMs = 2000;
// The first look for due feeds waits until the window has painted and the
// start-up expiry has run.
constexpr std::chrono::seconds firstPollDelay{5};

} // namespace

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent), m_network(new QNetworkAccessManager(this))
{
    setWindowTitle(tr("Docket"));
    Result<std::unique_ptr<Database>> opened = Database::open(databasePath);
    if (!opened) {
        auto *problem =
            new QLabel(tr("The cache %1 could not be opened: %2")
                           .arg(databasePath.toHtmlEscaped(), opened.error().message.toHtmlEscaped()),
                       this);
        problem->setWordWrap(true);
        problem->setAlignment(Qt::AlignCenter);
        setCentralWidget(problem);
        QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
        fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
        resize(900, 600);
        return;
    }
    m_database = std::move(opened).value();
    m_store = std::make_unique<ThreadStore>(*m_database);
    m_sources = std::make_unique<SourceTreeModel>(*m_database);
    m_threads = std::make_unique<ThreadListModel>(*m_store);
    m_writer = new ThreadWriter(databasePath, this);
    connect(m_writer, &ThreadWriter::readChanged, this, [this](const QList<qint64> &ids, bool read) {
        for (qint64 id : ids)
            m_threads->setThreadRead(id, read);
        reloadSources();
    });
    connect(m_writer, &ThreadWriter::keptChanged, this, [this](const QList<qint64> &ids, bool kept) {
        for (qint64 id : ids)
            m_threads->setThreadKept(id, kept);
        reloadSources();
    });
    connect(m_writer, &ThreadWriter::feedsChanged, this, &MainWindow::cacheChanged);
    connect(m_writer, &ThreadWriter::failed, this, &MainWindow::showFailure);
    connect(m_writer, &ThreadWriter::expired, this, [this](qint64 deleted) {
        if (deleted > 0)
            cacheChanged(tr("Deleted %n thread(s) past the retention period.", nullptr, int(deleted)));
    });
    connect(m_threads.get(), &ThreadListModel::loadFailed, this, &MainWindow::showFailure);
    connect(m_sources.get(), &SourceTreeModel::loadFailed, this, &MainWindow::showFailure);

    buildPanes();
    buildActions();
    restoreState();
    updateGreeting();
    // The 21-day rule runs when Docket starts, off the UI thread, once the
    // window has had time to paint: its scan of a large cache would otherwise
    // compete with the first paint for the processor (bench_startup).
    QTimer::singleShot(expiryDelayMs, m_writer, &ThreadWriter::expire);
    if (const std::optional<StartupProbe::Mode> probe = StartupProbe::fromEnvironment())
        new StartupProbe(*m_threadView, *probe, this);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPanes()
{
    m_sourceView = new QTreeView(this);
    m_sourceView->setModel(m_sources.get());
    m_sourceView->setAccessibleName(tr("Sources"));
    m_sourceView->setUniformRowHeights(true);
    m_sourceView->header()->setStretchLastSection(false);
    m_sourceView->header()->setSectionResizeMode(SourceTreeModel::NameColumn, QHeaderView::Stretch);
    m_sourceView->header()->setSectionResizeMode(SourceTreeModel::UnreadColumn,
                                                 QHeaderView::ResizeToContents);
    m_sourceView->setHeaderHidden(true);
    m_sourceView->expandAll();
    m_sourceView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search threads (Ctrl+F or /)"));
    m_search->setAccessibleName(tr("Search threads"));
    m_search->setClearButtonEnabled(true);

    m_threadView = new QTreeView(this);
    m_threadView->setModel(m_threads.get());
    m_threadView->setAccessibleName(tr("Threads"));
    m_threadView->setRootIsDecorated(false);
    m_threadView->setUniformRowHeights(true);
    m_threadView->setAllColumnsShowFocus(true);
    // Several threads can be chosen (Shift, Ctrl) for Export…; moving still
    // selects one.
    m_threadView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_threadView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_threadView->header()->setSectionResizeMode(ThreadListModel::TitleColumn, QHeaderView::Stretch);
    m_threadView->header()->setStretchLastSection(false);
    m_threadView->setColumnWidth(ThreadListModel::MatchColumn, 300);
    m_threadView->setColumnWidth(ThreadListModel::SourceColumn, 150);
    m_threadView->setColumnWidth(ThreadListModel::PostedColumn, 150);
    m_threadView->setColumnWidth(ThreadListModel::ExpiresColumn, 85);
    m_threadView->setItemDelegateForColumn(ThreadListModel::MatchColumn, new SnippetDelegate(m_threadView));
    m_threadView->setColumnHidden(ThreadListModel::MatchColumn, true);

    auto *welcome = new WelcomePane(this);
    connect(welcome, &WelcomePane::importOpmlRequested, this, &MainWindow::importOpml);
    connect(welcome, &WelcomePane::addFeedRequested, this, &MainWindow::addFeed);
    connect(welcome, &WelcomePane::starterFeedsRequested, this, &MainWindow::subscribeToStarterFeeds);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_threadView);
    m_listStack->addWidget(welcome);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_listStack, 1);

    m_reader = new ReaderView(m_settings, m_network, this);
    connect(m_reader, &ReaderView::linkHovered, this, [this](const QString &target) {
        if (target.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(target);
    });
    connect(m_reader, &ReaderView::linkRefused, this, [this](const QUrl &url) {
        statusBar()->showMessage(
            tr("Docket opens only web and mail links; not opened: %1").arg(url.toDisplayString().left(200)),
            8000);
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_sourceView);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({250, 660, 530});
    setCentralWidget(m_splitter);
    setTabOrder(m_sourceView, m_search);
    setTabOrder(m_search, m_threadView);
    setTabOrder(m_threadView, m_reader);

    connect(m_sourceView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::sourceChanged);
    connect(m_threadView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::threadChanged);
    connect(m_threadView, &QAbstractItemView::activated, this, &MainWindow::openOriginal);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::searchEdited);
}

void MainWindow::buildActions()
{
    auto action = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *made = new QAction(text, this);
        made->setShortcuts(keys);
        made->setShortcutContext(Qt::WindowShortcut);
        connect(made, &QAction::triggered, this, slot);
        addAction(made);
        return made;
    };
    QAction *add = action(tr("&Add Feed…"), {QKeySequence(Qt::CTRL | Qt::Key_N)}, &MainWindow::addFeed);
    QAction *import = action(tr("&Import OPML…"), {}, &MainWindow::importOpml);
    QAction *refresh = action(tr("&Refresh"), {QKeySequence(Qt::Key_F5)}, &MainWindow::refresh);
    QAction *allRead = action(tr("Mark All &Read"), {}, &MainWindow::markAllRead);
    QAction *quit = action(tr("&Quit"), {QKeySequence::Quit}, &MainWindow::quit);
    QAction *next = action(tr("&Next Thread"), {QKeySequence(Qt::Key_J)},
                           [this] { ThreadNavigation::moveBy(*m_threadView, *m_threads, 1); });
    QAction *previous = action(tr("&Previous Thread"), {QKeySequence(Qt::Key_K)},
                               [this] { ThreadNavigation::moveBy(*m_threadView, *m_threads, -1); });
    QAction *nextUnread =
        action(tr("Next &Unread"), {QKeySequence(Qt::Key_Space)}, &MainWindow::spacePressed);
    QAction *read = action(tr("Toggle &Read"), {QKeySequence(Qt::Key_M)}, &MainWindow::toggleRead);
    QAction *keep = action(tr("&Keep"), {QKeySequence(Qt::Key_S)}, &MainWindow::toggleKept);
    QAction *open = action(tr("&Open Original"), {QKeySequence(Qt::Key_O)}, &MainWindow::openOriginal);
    QAction *find =
        action(tr("&Search"), {QKeySequence::Find, QKeySequence(Qt::Key_Slash)}, &MainWindow::focusSearch);
    m_saveSearch = action(tr("Sa&ve Search…"), {}, &MainWindow::saveSearch);
    m_saveSearch->setToolTip(tr("Save the search box's query by name, to run it again from the sources"));
    m_saveSearch->setEnabled(!m_search->text().trimmed().isEmpty());
    m_deleteSearch = action(tr("&Delete Saved Search"), {}, &MainWindow::deleteSearch);
    m_deleteSearch->setVisible(false);
    nextUnread->setToolTip(tr("Scroll the article, then go to the next unread thread (Space)"));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({add, import});
    file->addSeparator();
    file->addAction(quit);
    QMenu *thread = menuBar()->addMenu(tr("&Thread"));
    thread->addActions({next, previous, nextUnread});
    thread->addSeparator();
    thread->addActions({read, keep, open});
    thread->addSeparator();
    thread->addActions({m_saveSearch, m_deleteSearch});
    buildReaderActions(file, quit, thread);
    QMenu *feeds = menuBar()->addMenu(tr("F&eeds"));
    feeds->addActions({refresh, allRead, find});

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setAccessibleName(tr("Main toolbar"));
    tools->addActions({add, refresh});
    tools->addSeparator();
    tools->addActions({read, keep, open});
    m_threadView->addActions({read, keep, open});
    m_sourceView->addActions({allRead, refresh, m_deleteSearch});
    buildManagement(feeds);
    buildPolling(feeds);
}

void MainWindow::buildReaderActions(QMenu *fileMenu, QAction *beforeQuit, QMenu *threadMenu)
{
    // Images stored with a thread show offline, read on the window's connection.
    m_reader->setImageLookup([this](qint64 threadId, const QUrl &url) -> std::optional<QByteArray> {
        const Result<std::optional<StoredImage>> image = ImageStore(*m_database).image(threadId, url);
        if (!image || !image.value())
            return std::nullopt;
        return image.value()->bytes;
    });
    connect(m_reader, &ReaderView::citationCopied, this,
            [this](const QString &text) { statusBar()->showMessage(tr("Copied: %1").arg(text), 6000); });
    m_export = new ExportAction(
        m_database->path(), [this] { return exportOffer(); }, this);
    connect(m_export, &ExportAction::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    fileMenu->insertAction(beforeQuit, m_export->action());
    fileMenu->insertSeparator(beforeQuit);
    const QList<QAction *> reading = {m_reader->feedSummaryAction(), m_reader->fullArticleAction(),
                                      m_reader->copyCitationAction(), m_reader->copyOscolaCitationAction()};
    threadMenu->addSeparator();
    threadMenu->addActions({reading.at(0), reading.at(1)});
    threadMenu->addSeparator();
    threadMenu->addActions({reading.at(2), reading.at(3)});
    for (QAction *action : reading)
        action->setShortcutContext(Qt::WindowShortcut);
    addActions(reading);
    addAction(m_export->action());
    m_threadView->addAction(m_reader->copyCitationAction());
}

ExportOffer MainWindow::exportOffer() const
{
    ExportOffer offer;
    offer.currentId = m_reader->threadId();
    if (const std::optional<ThreadRecord> current = currentThread();
        current && current->id == offer.currentId)
        offer.currentTitle = current->title;
    QModelIndexList rows = m_threadView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows)) {
        if (const std::optional<ThreadRecord> thread = m_threads->threadAt(row.row()))
            offer.selectedIds.append(thread->id);
    }
    offer.list = m_threads->filter();
    offer.listName = m_sourceView->currentIndex().data(Qt::DisplayRole).toString();
    if (!offer.list.search.isEmpty())
        offer.listName = tr("%1, search “%2”").arg(offer.listName, offer.list.search);
    const Result<qint64> count = m_store->count(offer.list);
    offer.listCount = count ? count.value() : 0;
    return offer;
}

// Background polling: the schedule, F5, progress and the Problems view.
void MainWindow::buildPolling(QMenu *feedsMenu)
{
    m_poller = new Poller(m_database->path(), this);
    m_pollFeedback = new PollFeedback(*m_poller, *statusBar(), this);
    connect(m_pollFeedback, &PollFeedback::cacheChanged, this, [this] {
        reloadSources();
        applyFilter();
        updateGreeting();
    });
    connect(m_pollFeedback, &PollFeedback::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_pollFeedback, &PollFeedback::newThreads, this, &MainWindow::announceNewThreads);
    connect(m_poller, &Poller::finished, this, &MainWindow::refreshShownCapture);
    m_problems = new QAction(tr("&Problems…"), this);
    m_problems->setToolTip(tr("Feeds whose last fetch failed, and why"));
    connect(m_problems, &QAction::triggered, this, &MainWindow::showProblems);
    feedsMenu->addAction(m_problems);
    addAction(m_problems);
    // "pollAutomatically" off: only F5 and Try Again fetch (tests use this too).
    if (m_settings.value(QStringLiteral("pollAutomatically"), true).toBool())
        m_poller->setAutomatic(true, std::chrono::minutes(1), firstPollDelay);
}

// A thread on screen whose article was being fetched shows it once the poll
// that captured it is over (any other thread stays as the reader left it).
void MainWindow::refreshShownCapture()
{
    const qint64 id = m_reader->threadId();
    if (id == 0 || m_shownCapture != ArticleCapture::Status::Pending)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<std::optional<ThreadRecord>> full = m_store->thread(id, now);
    if (!full || !full.value() || full.value()->capture.status == ArticleCapture::Status::Pending)
        return;
    m_reader->showThread(*full.value(), now);
    m_shownCapture = full.value()->capture.status;
}

void MainWindow::showProblems()
{
    auto *dialog = new ProblemsDialog(*m_database, *m_poller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::restoreState()
{
    restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!m_settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
    m_splitter->restoreState(m_settings.value(QStringLiteral("window/splitter")).toByteArray());
    const std::optional<SourceKey> key =
        SourceKey::fromString(m_settings.value(QStringLiteral("window/source")).toString());
    QModelIndex index = key ? m_sources->indexOf(*key) : QModelIndex();
    if (!index.isValid())
        index = m_sources->index(0, 0);
    m_sourceView->setCurrentIndex(index);
}

void MainWindow::saveState()
{
    if (!m_splitter)
        return;
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_settings.setValue(QStringLiteral("window/source"),
                        m_sources->keyOf(m_sourceView->currentIndex()).toString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    // With a tray icon, closing hides to it only for those who chose to live
    // there (start in tray); everyone else expects closing to quit.
    if (m_tray && !m_quitting && m_settingsCommand->current().startInTray) {
        hide();
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
}

void MainWindow::sourceChanged()
{
    const QModelIndex current = m_sourceView->currentIndex();
    const bool savedSearch = m_sources->keyOf(current).kind == SourceKey::Kind::SavedSearch;
    if (m_deleteSearch)
        m_deleteSearch->setVisible(savedSearch);
    if (savedSearch) {
        // Runs as typing the query would: the list shows best matches first.
        m_savedQuery = current.data(SourceTreeModel::QueryRole).toString();
        const QSignalBlocker blocker(m_search);
        m_search->setText(m_savedQuery);
    } else if (!m_savedQuery.isEmpty()) {
        if (m_search->text() == m_savedQuery) {
            const QSignalBlocker blocker(m_search);
            m_search->clear();
        }
        m_savedQuery.clear();
    }
    if (m_saveSearch)
        m_saveSearch->setEnabled(!m_search->text().trimmed().isEmpty());
    applyFilter();
}

void MainWindow::searchEdited(const QString &text)
{
    if (m_saveSearch)
        m_saveSearch->setEnabled(!text.trimmed().isEmpty());
    if (text.isEmpty())
        applyFilter();
}

void MainWindow::applyFilter()
{
    ThreadFilter filter = m_sources->keyOf(m_sourceView->currentIndex()).filter();
    filter.search = m_search->text().trimmed();
    m_threads->setFilter(filter);
    m_threadView->setColumnHidden(ThreadListModel::MatchColumn, filter.search.isEmpty());
    if (!filter.search.isEmpty() && m_threads->lastError().isEmpty())
        statusBar()->showMessage(tr("Best matches for %1").arg(filter.search), 5000);
    if (m_threads->rowCount() > 0)
        ThreadNavigation::select(*m_threadView, *m_threads, 0);
    else
        m_reader->clear();
}

std::optional<ThreadRecord> MainWindow::currentThread() const
{
    return m_threads->threadAt(ThreadNavigation::currentRow(*m_threadView));
}

void MainWindow::threadChanged()
{
    const std::optional<ThreadRecord> listed = currentThread();
    if (!listed) {
        m_reader->clear();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<std::optional<ThreadRecord>> full = m_store->thread(listed->id, now);
    if (!full || !full.value()) {
        showFailure(full ? tr("This thread is no longer in the cache.") : full.error().message);
        return;
    }
    m_reader->showThread(*full.value(), now);
    m_shownCapture = full.value()->capture.status;
    if (!listed->read)
        m_writer->setRead({listed->id}, true);
}

void MainWindow::nextUnread()
{
    if (!ThreadNavigation::selectNextUnread(*m_threadView, *m_threads))
        statusBar()->showMessage(tr("No more unread threads here."), 4000);
}

void MainWindow::spacePressed()
{
    if (!m_reader->scrollPageDown())
        nextUnread();
}

void MainWindow::toggleRead()
{
    if (const std::optional<ThreadRecord> thread = currentThread())
        m_writer->setRead({thread->id}, !thread->read);
}

void MainWindow::toggleKept()
{
    if (const std::optional<ThreadRecord> thread = currentThread())
        m_writer->setKept({thread->id}, !thread->kept);
}

void MainWindow::openOriginal()
{
    const std::optional<ThreadRecord> thread = currentThread();
    if (thread && !m_reader->openOriginal())
        statusBar()->showMessage(tr("This thread has no web address to open."), 5000);
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

std::optional<QString> MainWindow::askSearchName(const QString &query)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name for the search:"),
                                               QLineEdit::Normal, query, &ok);
    return ok ? std::optional<QString>(name) : std::nullopt;
}

void MainWindow::saveSearch()
{
    const QString query = m_search->text().trimmed();
    if (query.isEmpty())
        return;
    const std::optional<QString> name = m_namePrompt ? m_namePrompt(query) : askSearchName(query);
    if (!name || name->trimmed().isEmpty())
        return;
    // Written on the window's connection, not through ThreadWriter (which has
    // no request for it): one row, milliseconds, at most the busy timeout.
    const Result<SavedSearch> saved =
        SavedSearchStore(*m_database).save(*name, query, QDateTime::currentDateTimeUtc());
    if (!saved) {
        showFailure(tr("The search was not saved: %1").arg(saved.error().message));
        return;
    }
    reloadSources();
    const QModelIndex row = m_sources->indexOf(SourceKey{SourceKey::Kind::SavedSearch, 0, saved->name});
    if (m_sourceView->currentIndex() == row)
        sourceChanged(); // saved again under its own name: its query may be new
    else
        m_sourceView->setCurrentIndex(row);
    statusBar()->showMessage(tr("Saved the search “%1”.").arg(saved->name), 5000);
}

void MainWindow::deleteSearch()
{
    const SourceKey key = m_sources->keyOf(m_sourceView->currentIndex());
    if (key.kind != SourceKey::Kind::SavedSearch)
        return;
    // A one-row write on the window's connection, as saving is.
    const Result<bool> removed = SavedSearchStore(*m_database).remove(key.name);
    if (!removed) {
        showFailure(tr("The saved search was not deleted: %1").arg(removed.error().message));
        return;
    }
    // Its row is gone: the pane falls back to All threads and the query leaves the box.
    reloadSources();
    statusBar()->showMessage(tr("Deleted the saved search “%1”.").arg(key.name), 5000);
}

void MainWindow::addFeed()
{
    QStringList folders;
    if (const Result<QList<FolderRecord>> listed = FolderStore(*m_database).list(); listed)
        for (const FolderRecord &folder : listed.value())
            folders.append(folder.path());
    auto *dialog = new AddFeedDialog(*m_poller, folders, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddFeedDialog::fileChosen, this, [this](const QString &location) {
        statusBar()->showMessage(tr("Adding %1…").arg(location));
        m_writer->addFeedFile(location);
    });
    connect(dialog, &AddFeedDialog::subscribedTo, this, [this](qint64, const QString &title, int threads) {
        cacheChanged(tr("Subscribed to %1: %n thread(s) stored.", nullptr, threads).arg(title));
    });
    if (m_addFeedHook) {
        m_addFeedHook(*dialog);
        return;
    }
    dialog->open();
}

void MainWindow::importOpml()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import OPML"), QString(),
                                                      tr("Subscription lists (*.opml *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    statusBar()->showMessage(tr("Importing %1…").arg(path));
    m_writer->importOpml(path);
}

void MainWindow::refresh()
{
    if (m_poller->isBusy()) {
        statusBar()->showMessage(tr("Docket is already fetching feeds."), 4000);
        return;
    }
    m_poller->pollAll();
}

void MainWindow::markAllRead()
{
    const SourceKey key = m_sources->keyOf(m_sourceView->currentIndex());
    if (key.kind == SourceKey::Kind::Feed)
        m_writer->markAllRead(key.id);
    else if (key.kind == SourceKey::Kind::All || key.kind == SourceKey::Kind::Unread)
        m_writer->markAllRead(std::nullopt);
    else
        statusBar()->showMessage(tr("Choose a feed, or All threads, to mark read."), 5000);
}

void MainWindow::cacheChanged(const QString &summary)
{
    const qint64 selected = currentThread() ? currentThread()->id : 0;
    // When the source went away the list was already filled anew.
    if (reloadSources()) {
        const QSignalBlocker blocker(m_threadView->selectionModel());
        m_threads->reload();
        const int row = m_threads->rowOf(selected);
        if (row >= 0)
            m_threadView->setCurrentIndex(m_threads->index(row, 0));
    }
    if (ThreadNavigation::currentRow(*m_threadView) < 0 && m_threads->rowCount() > 0)
        ThreadNavigation::select(*m_threadView, *m_threads, 0);
    updateGreeting();
    statusBar()->showMessage(summary, 8000);
}

bool MainWindow::reloadSources()
{
    // A reload that changes the tree resets the model, which would clear the
    // current source and refill the list from All threads: keep the choice.
    const SourceKey source = m_sources->keyOf(m_sourceView->currentIndex());
    {
        const QSignalBlocker blocker(m_sourceView->selectionModel());
        m_sources->reload();
        m_sourceView->expandAll();
        const QModelIndex index = m_sources->indexOf(source);
        m_sourceView->setCurrentIndex(index.isValid() ? index : m_sources->index(0, 0));
    }
    if (m_sources->keyOf(m_sourceView->currentIndex()) == source)
        return true;
    sourceChanged();
    return false;
}

void MainWindow::showFailure(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::updateGreeting()
{
    m_listStack->setCurrentIndex(m_sources->hasFeeds() ? 0 : 1);
}

// Feed management, settings, tray and first run: kept apart from the panes.
void MainWindow::buildManagement(QMenu *feedsMenu)
{
    m_feedActions = new FeedActions(*m_database, *m_writer, *m_sourceView, *m_sources, this);
    connect(m_feedActions, &FeedActions::failed, this, &MainWindow::showFailure);
    feedsMenu->addSeparator();
    feedsMenu->addActions(m_feedActions->actions());
    m_sourceView->addActions(m_feedActions->actions());
    const bool trayAvailable = QSystemTrayIcon::isSystemTrayAvailable();
    m_settingsCommand = new SettingsCommand(m_settings, *m_database, *m_writer, trayAvailable, this);
    connect(m_settingsCommand, &SettingsCommand::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    addAction(m_settingsCommand->action());
    menuBar()->addMenu(tr("T&ools"))->addAction(m_settingsCommand->action());
    if (!trayAvailable)
        return;
    m_tray = new TrayIcon(windowIcon().isNull() ? style()->standardIcon(QStyle::SP_FileDialogDetailedView)
                                                : windowIcon(),
                          this);
    m_tray->followUnread(*m_sources);
    connect(m_tray, &TrayIcon::showRequested, this, &MainWindow::bringForward);
    connect(m_tray, &TrayIcon::refreshRequested, this, &MainWindow::refresh);
    connect(m_tray, &TrayIcon::quitRequested, this, [this] {
        quit();
        QCoreApplication::quit(); // the window may be hidden in the tray
    });
}

void MainWindow::subscribeToStarterFeeds()
{
    statusBar()->showMessage(tr("Subscribing to the starter feeds…"));
    m_writer->importOpmlData(StarterFeeds::opml(), tr("the starter feeds"));
}

void MainWindow::showAtStart()
{
    if (!m_tray || !m_settingsCommand->current().startInTray)
        show(); // else the tray icon is there to bring it forward
}

void MainWindow::bringForward()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::announceNewThreads(int count, const QStringList &feedTitles)
{
    if (count > 0 && m_tray && m_settingsCommand->current().notifyNewThreads)
        m_tray->announce(TrayIcon::newThreadsMessage(count, feedTitles));
}
