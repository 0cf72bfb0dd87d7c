// The sources pane's feed commands: properties, rename, move to a folder, remove (with confirmation).
#pragma once

#include "threadwriter.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Database;
class QAction;
class QTreeView;
class QWidget;
class SourceTreeModel;

class FeedActions : public QObject
{
    Q_OBJECT

public:
    // Every argument must outlive this; the actions act on the feed chosen in
    // sourceView, read it from database and write through writer. dialogParent
    // parents the dialogs and owns the actions.
    FeedActions(Database &database, ThreadWriter &writer, QTreeView &sourceView,
                const SourceTreeModel &sources, QWidget *dialogParent);

    QAction *propertiesAction() const { return m_properties; }
    QAction *renameAction() const { return m_rename; }
    QAction *moveAction() const { return m_move; }
    QAction *removeAction() const { return m_remove; }
    QList<QAction *> actions() const { return {m_properties, m_rename, m_move, m_remove}; }

    // Stand-ins for the dialogs, so tests can answer them. Each returns
    // nullopt (or false) when the user cancels.
    using PropertiesPrompt = std::function<std::optional<ThreadWriter::FeedProperties>(
        const ThreadWriter::FeedProperties &current, const QStringList &folders)>;
    using TextPrompt = std::function<std::optional<QString>(const QString &label, const QString &current,
                                                            const QStringList &choices)>;
    using Confirm = std::function<bool(const QString &question)>;
    void setPropertiesPrompt(PropertiesPrompt prompt) { m_propertiesPrompt = std::move(prompt); }
    void setTextPrompt(TextPrompt prompt) { m_textPrompt = std::move(prompt); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // The question asked before a feed goes: how many threads go with it, kept ones too.
    static QString removalQuestion(const QString &title, int threads, int kept);

Q_SIGNALS:
    // Reading the chosen feed failed; writes report through the writer.
    void failed(const QString &message);

private:
    struct Chosen
    {
        qint64 id = 0;
        ThreadWriter::FeedProperties properties;
        int threads = 0;
    };

    void updateEnabled();
    std::optional<Chosen> chosenFeed() const;
    QStringList folders() const;
    void editProperties();
    void rename();
    void move();
    void remove();
    std::optional<QString> askText(const QString &label, const QString &current, const QStringList &choices);

    Database &m_database;
    ThreadWriter &m_writer;
    QTreeView &m_sourceView;
    const SourceTreeModel &m_sources;
    QWidget *m_dialogParent = nullptr;
    QAction *m_properties = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_move = nullptr;
    QAction *m_remove = nullptr;
    PropertiesPrompt m_propertiesPrompt;
    TextPrompt m_textPrompt;
    Confirm m_confirm;
};
