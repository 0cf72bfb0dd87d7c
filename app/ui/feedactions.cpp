#include "feedactions.h"

#include "feedpropertiesdialog.h"
#include "feedstore.h"
#include "folderstore.h"
#include "retentionpolicy.h"
#include "settingsstore.h"
#include "sourcetreemodel.h"
#include "threadstore.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTreeView>

FeedActions::FeedActions(Database &database, ThreadWriter &writer, QTreeView &sourceView,
                         const SourceTreeModel &sources, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_database(database)
    , m_writer(writer)
    , m_sourceView(sourceView)
    , m_sources(sources)
    , m_dialogParent(dialogParent)
{
    auto action = [this](const QString &text, const QString &tip, void (FeedActions::*slot)()) {
        auto *made = new QAction(text, m_dialogParent);
        made->setToolTip(tip);
        connect(made, &QAction::triggered, this, slot);
        return made;
    };
    m_properties =
        action(tr("Feed &Properties…"), tr("Title, folder, how long threads are kept, how often to check"),
               &FeedActions::editProperties);
    m_rename = action(tr("Re&name Feed…"), tr("Give the chosen feed another title"), &FeedActions::rename);
    m_move = action(tr("&Move to Folder…"), tr("Put the chosen feed in a folder, new or existing"),
                    &FeedActions::move);
    m_remove = action(tr("Unsu&bscribe…"), tr("Remove the chosen feed and delete its threads"),
                      &FeedActions::remove);
    connect(m_sourceView.selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FeedActions::updateEnabled);
    // A reload resets the model and then chooses the same row again with the
    // selection's signals blocked: look once the window has done so.
    connect(&m_sources, &QAbstractItemModel::modelReset, this, &FeedActions::updateEnabled,
            Qt::QueuedConnection);
    updateEnabled();
}

QString FeedActions::removalQuestion(const QString &title, int threads, int kept)
{
    QString question = tr("Unsubscribe from “%1”?").arg(title) + u' ';
    if (threads == 0)
        return question + tr("It has no threads in the cache.");
    question += tr("Its %n thread(s) will be deleted from the cache", nullptr, threads);
    if (kept > 0)
        question += tr(", including %n you kept", nullptr, kept);
    return question + u'.';
}

void FeedActions::updateEnabled()
{
    const bool feed = m_sources.keyOf(m_sourceView.currentIndex()).kind == SourceKey::Kind::Feed;
    for (QAction *action : actions())
        action->setEnabled(feed);
}

std::optional<FeedActions::Chosen> FeedActions::chosenFeed() const
{
    const SourceKey key = m_sources.keyOf(m_sourceView.currentIndex());
    if (key.kind != SourceKey::Kind::Feed)
        return std::nullopt;
    const Result<std::optional<FeedRecord>> found = FeedStore(m_database).feed(key.id);
    if (!found || !found.value())
        return std::nullopt;
    const FeedRecord &feed = *found.value();
    const Result<std::optional<std::optional<bool>>> capture = FeedStore(m_database).capture(feed.id);
    const std::optional<bool> captureSetting =
        capture && capture.value() ? *capture.value() : std::optional<bool>();
    return Chosen{feed.id,
                  {feed.title, feed.folder(), feed.retentionDays, feed.pollIntervalMinutes, captureSetting},
                  feed.threads};
}

QStringList FeedActions::folders() const
{
    QStringList paths;
    if (const Result<QList<FolderRecord>> listed = FolderStore(m_database).list()) {
        for (const FolderRecord &folder : listed.value())
            paths.append(folder.path());
    }
    return paths;
}

void FeedActions::editProperties()
{
    const std::optional<Chosen> feed = chosenFeed();
    if (!feed)
        return;
    std::optional<ThreadWriter::FeedProperties> answer;
    if (m_propertiesPrompt) {
        answer = m_propertiesPrompt(feed->properties, folders());
    } else {
        // Shown where the feed has no value of its own.
        const SettingsStore settings(m_database);
        const Result<int> retention = settings.retentionDays();
        const Result<int> poll = settings.pollIntervalMinutes();
        FeedPropertiesDialog dialog(feed->properties, folders(),
                                    retention ? retention.value() : RetentionPolicy::defaultDays,
                                    poll ? poll.value() : SettingsStore::defaultPollMinutes, m_dialogParent);
        if (dialog.exec() == QDialog::Accepted)
            answer = dialog.properties();
    }
    if (answer && *answer != feed->properties)
        m_writer.updateFeed(feed->id, *answer);
}

std::optional<QString> FeedActions::askText(const QString &label, const QString &current,
                                            const QStringList &choices)
{
    if (m_textPrompt)
        return m_textPrompt(label, current, choices);
    bool ok = false;
    const QString answer =
        choices.isEmpty()
            ? QInputDialog::getText(m_dialogParent, tr("Docket"), label, QLineEdit::Normal, current, &ok)
            : QInputDialog::getItem(m_dialogParent, tr("Docket"), label, choices,
                                    qMax(0, int(choices.indexOf(current))), true, &ok);
    return ok ? std::optional<QString>(answer) : std::nullopt;
}

void FeedActions::rename()
{
    const std::optional<Chosen> feed = chosenFeed();
    if (!feed)
        return;
    const std::optional<QString> title = askText(tr("New title for the feed:"), feed->properties.title, {});
    if (!title || title->simplified() == feed->properties.title)
        return;
    m_writer.renameFeed(feed->id, *title);
}

void FeedActions::move()
{
    const std::optional<Chosen> feed = chosenFeed();
    if (!feed)
        return;
    // The empty choice is the top level; a name not listed becomes a new folder.
    const std::optional<QString> folder =
        askText(tr("Folder (leave empty for none, or type a new name):"), feed->properties.folder,
                QStringList{QString()} + folders());
    if (!folder || folder->trimmed() == feed->properties.folder)
        return;
    m_writer.moveFeed(feed->id, folder->trimmed());
}

void FeedActions::remove()
{
    const std::optional<Chosen> feed = chosenFeed();
    if (!feed)
        return;
    ThreadFilter kept;
    kept.feedId = feed->id;
    kept.keptOnly = true;
    const Result<qint64> keptCount = ThreadStore(m_database).count(kept);
    if (!keptCount) {
        Q_EMIT failed(keptCount.error().message);
        return;
    }
    const QString question = removalQuestion(feed->properties.title, feed->threads, int(keptCount.value()));
    const bool confirmed = m_confirm ? m_confirm(question)
                                     : QMessageBox::question(m_dialogParent, tr("Unsubscribe"), question,
                                                             QMessageBox::Yes | QMessageBox::Cancel,
                                                             QMessageBox::Cancel) == QMessageBox::Yes;
    if (confirmed)
        m_writer.removeFeed(feed->id);
}
