// The Settings dialog (Ctrl+,): retention, polling, images, proxy, language, tray and notifications.
#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // trayAvailable: whether "start in the tray" can be offered on this desktop.
    explicit SettingsDialog(const AppSettings &settings, bool trayAvailable = true,
                            QWidget *parent = nullptr);

    // The values as the controls show them now.
    AppSettings settings() const;
    void setSettings(const AppSettings &settings);

private:
    void updateProxyControls();

    QSpinBox *m_retention = nullptr;
    QSpinBox *m_poll = nullptr;
    QComboBox *m_images = nullptr;
    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_startInTray = nullptr;
    QCheckBox *m_notify = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
