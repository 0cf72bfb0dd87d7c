#include "settingscommand.h"

#include "settingsdialog.h"
#include "threadwriter.h"

#include <QAction>
#include <QSettings>

SettingsCommand::SettingsCommand(QSettings &settings, Database &database, ThreadWriter &writer,
                                 bool trayAvailable, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_settings(settings)
    , m_database(database)
    , m_writer(writer)
    , m_trayAvailable(trayAvailable)
    , m_dialogParent(dialogParent)
    , m_action(new QAction(tr("&Settings…"), dialogParent))
{
    m_action->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setMenuRole(QAction::PreferencesRole);
    m_action->setToolTip(tr("Retention, polling, images, proxy, language, tray and notices"));
    connect(m_action, &QAction::triggered, this, &SettingsCommand::open);
}

AppSettings SettingsCommand::current() const
{
    return AppSettings::load(m_settings, m_database);
}

void SettingsCommand::open()
{
    const AppSettings before = current();
    std::optional<AppSettings> chosen;
    if (m_prompt) {
        chosen = m_prompt(before);
    } else {
        SettingsDialog dialog(before, m_trayAvailable, m_dialogParent);
        if (dialog.exec() == QDialog::Accepted)
            chosen = dialog.settings();
    }
    if (chosen && chosen->isValid())
        apply(*chosen);
}

void SettingsCommand::apply(const AppSettings &settings)
{
    const AppSettings before = current();
    settings.writeLocal(m_settings);
    // The cache's half is a write like any other: on the writer's thread.
    if (settings.cacheSettings() != before.cacheSettings())
        m_writer.saveSettings(settings.cacheSettings());
    else
        Q_EMIT message(tr("Settings saved."));
    if (settings.language != before.language)
        Q_EMIT message(tr("The new language takes effect the next time Docket starts."));
}
