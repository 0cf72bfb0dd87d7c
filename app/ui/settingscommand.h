// The Settings… command: shows the dialog, keeps this user's half in QSettings and has the writer save the
// cache's.
#pragma once

#include "appsettings.h"

#include <QObject>

#include <functional>
#include <optional>

class Database;
class QAction;
class QSettings;
class QWidget;
class ThreadWriter;

class SettingsCommand : public QObject
{
    Q_OBJECT

public:
    // Every argument must outlive this; dialogParent parents the dialog and owns the action.
    SettingsCommand(QSettings &settings, Database &database, ThreadWriter &writer, bool trayAvailable,
                    QWidget *dialogParent);

    // "Settings…", Ctrl+, (and the platform's Preferences key).
    QAction *action() const { return m_action; }
    AppSettings current() const;

    // Stands in for the dialog in tests; nullopt when cancelled.
    using Prompt = std::function<std::optional<AppSettings>(const AppSettings &current)>;
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

    // Saves settings: this user's half at once, the cache's through the
    // writer (answered by its settingsSaved and feedsChanged) when it changed.
    void apply(const AppSettings &settings);

Q_SIGNALS:
    // A line for the status bar.
    void message(const QString &text);

private:
    void open();

    QSettings &m_settings;
    Database &m_database;
    ThreadWriter &m_writer;
    bool m_trayAvailable = false;
    QWidget *m_dialogParent = nullptr;
    QAction *m_action = nullptr;
    Prompt m_prompt;
};
