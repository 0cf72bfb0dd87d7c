#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// Long enough for any legal hold a user would rather express as "keep".
constexpr int maxRetentionDays = 3650;
constexpr int maxPollMinutes = 7 * 24 * 60;

QSpinBox *spinBox(int minimum, int maximum, const QString &suffix, const QString &accessibleName,
                  QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setAccessibleName(accessibleName);
    return box;
}

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, bool trayAvailable, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_retention = spinBox(1, maxRetentionDays, tr(" days"), tr("Keep threads for this many days"), this);
    m_retention->setObjectName(QStringLiteral("retentionDays"));
    m_retention->setToolTip(
        tr("Threads older than this are deleted, unless you keep them or their feed says otherwise."));
    m_poll = spinBox(1, maxPollMinutes, tr(" minutes"), tr("Check feeds every this many minutes"), this);
    m_poll->setObjectName(QStringLiteral("pollMinutes"));

    m_images = new QComboBox(this);
    m_images->setObjectName(QStringLiteral("imagePolicy"));
    m_images->setAccessibleName(tr("Images from other servers"));
    m_images->addItem(tr("Ask each time"), int(ImageConsent::Policy::Ask));
    m_images->addItem(tr("Always load"), int(ImageConsent::Policy::Always));
    m_images->addItem(tr("Never load"), int(ImageConsent::Policy::Never));

    m_proxyMode = new QComboBox(this);
    m_proxyMode->setObjectName(QStringLiteral("proxyMode"));
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxyMode->addItem(tr("The system's settings"), int(AppSettings::ProxyMode::System));
    m_proxyMode->addItem(tr("No proxy"), int(AppSettings::ProxyMode::None));
    m_proxyMode->addItem(tr("HTTP proxy"), int(AppSettings::ProxyMode::Http));
    m_proxyMode->addItem(tr("SOCKS5 proxy"), int(AppSettings::ProxyMode::Socks5));
    m_proxyHost = new QLineEdit(this);
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyHost->setPlaceholderText(tr("proxy.example.org"));
    m_proxyPort = spinBox(1, 65535, QString(), tr("Proxy port"), this);
    m_proxyPort->setObjectName(QStringLiteral("proxyPort"));
    m_proxyPort->setValue(3128);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's language"), QString());
    // Each language by its own name, so a user can find theirs whatever the current one is.
    for (const QString &code : AppSettings::languageCodes()) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }

    m_startInTray = new QCheckBox(tr("Start in the tray, and hide there when the window is closed"), this);
    m_startInTray->setObjectName(QStringLiteral("startInTray"));
    m_startInTray->setAccessibleName(tr("Start in the tray"));
    if (!trayAvailable) {
        m_startInTray->setEnabled(false);
        m_startInTray->setToolTip(tr("This desktop has no system tray."));
    }
    m_notify = new QCheckBox(tr("Tell me when new threads arrive"), this);
    m_notify->setObjectName(QStringLiteral("notifyNewThreads"));
    m_notify->setAccessibleName(tr("Notify on new threads"));

    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyMode);
    proxyRow->addWidget(m_proxyHost, 1);
    proxyRow->addWidget(new QLabel(tr("Port:"), this));
    proxyRow->addWidget(m_proxyPort);

    auto *form = new QFormLayout;
    form->addRow(tr("&Keep threads for:"), m_retention);
    form->addRow(tr("&Check feeds every:"), m_poll);
    form->addRow(tr("&Images from other servers:"), m_images);
    form->addRow(tr("&Proxy:"), proxyRow);
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language takes effect the next time Docket starts."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    form->addRow(QString(), m_startInTray);
    form->addRow(QString(), m_notify);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    setTabOrder(m_retention, m_poll);
    setTabOrder(m_poll, m_images);
    setTabOrder(m_images, m_proxyMode);
    setTabOrder(m_proxyMode, m_proxyHost);
    setTabOrder(m_proxyHost, m_proxyPort);
    setTabOrder(m_proxyPort, m_language);
    setTabOrder(m_language, m_startInTray);
    setTabOrder(m_startInTray, m_notify);
    setTabOrder(m_notify, m_buttons);

    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProxyControls);
    connect(m_proxyHost, &QLineEdit::textChanged, this, &SettingsDialog::updateProxyControls);
    setSettings(settings);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings settings;
    settings.retentionDays = m_retention->value();
    settings.pollIntervalMinutes = m_poll->value();
    settings.images = ImageConsent::Policy(m_images->currentData().toInt());
    settings.proxyMode = AppSettings::ProxyMode(m_proxyMode->currentData().toInt());
    if (settings.proxyMode == AppSettings::ProxyMode::Http ||
        settings.proxyMode == AppSettings::ProxyMode::Socks5) {
        settings.proxyHost = m_proxyHost->text().trimmed();
        settings.proxyPort = m_proxyPort->value();
    }
    settings.language = m_language->currentData().toString();
    settings.startInTray = m_startInTray->isChecked();
    settings.notifyNewThreads = m_notify->isChecked();
    return settings;
}

void SettingsDialog::setSettings(const AppSettings &settings)
{
    m_retention->setValue(settings.retentionDays);
    m_poll->setValue(settings.pollIntervalMinutes);
    selectData(m_images, int(settings.images));
    selectData(m_proxyMode, int(settings.proxyMode));
    m_proxyHost->setText(settings.proxyHost);
    if (settings.proxyPort > 0)
        m_proxyPort->setValue(settings.proxyPort);
    selectData(m_language, settings.language);
    m_startInTray->setChecked(settings.startInTray);
    m_notify->setChecked(settings.notifyNewThreads);
    updateProxyControls();
}

void SettingsDialog::updateProxyControls()
{
    const auto mode = AppSettings::ProxyMode(m_proxyMode->currentData().toInt());
    const bool manual = mode == AppSettings::ProxyMode::Http || mode == AppSettings::ProxyMode::Socks5;
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
    // A manual proxy without a host cannot be saved: OK waits for one.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(settings().isValid());
}
