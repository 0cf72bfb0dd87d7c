#include "appsettings.h"

#include "settingsstore.h"

#include <QSettings>
#include <QUrl>

namespace {

const QString languageKey = QStringLiteral("language");
const QString trayKey = QStringLiteral("tray/startInTray");
const QString notifyKey = QStringLiteral("notifications/newThreads");
const QString imagesKey = QStringLiteral("images/policy");

} // namespace

QStringList AppSettings::languageCodes()
{
    return {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fa"),
            QStringLiteral("fr")};
}

QString AppSettings::proxyText() const
{
    switch (proxyMode) {
    case ProxyMode::System:
        return QString();
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::Http:
    case ProxyMode::Socks5:
        break;
    }
    const QString scheme = proxyMode == ProxyMode::Http ? QStringLiteral("http") : QStringLiteral("socks5");
    // An IPv6 address needs its brackets, as in any URL.
    const QString host =
        proxyHost.trimmed().contains(u':') ? u'[' + proxyHost.trimmed() + u']' : proxyHost.trimmed();
    return QStringLiteral("%1://%2:%3").arg(scheme, host).arg(proxyPort);
}

bool AppSettings::setProxyText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"none", Qt::CaseInsensitive) == 0) {
        proxyMode = trimmed.isEmpty() ? ProxyMode::System : ProxyMode::None;
        proxyHost.clear();
        proxyPort = 0;
        return true;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || url.port() < 1 ||
        (scheme != u"http" && scheme != u"socks5"))
        return false;
    proxyMode = scheme == u"http" ? ProxyMode::Http : ProxyMode::Socks5;
    proxyHost = url.host();
    proxyPort = url.port();
    return true;
}

bool AppSettings::isValid() const
{
    if (retentionDays < 1 || pollIntervalMinutes < 1)
        return false;
    if (proxyMode == ProxyMode::System || proxyMode == ProxyMode::None)
        return true;
    const QString host = proxyHost.trimmed();
    return !host.isEmpty() && !host.contains(u'/') && !host.contains(u' ') && proxyPort >= 1 &&
           proxyPort <= 65535;
}

ThreadWriter::CacheSettings AppSettings::cacheSettings() const
{
    return {retentionDays, pollIntervalMinutes, proxyText()};
}

void AppSettings::setCacheSettings(const ThreadWriter::CacheSettings &settings)
{
    retentionDays = settings.retentionDays;
    pollIntervalMinutes = settings.pollIntervalMinutes;
    // A proxy text Docket cannot read means the system's, as the fetcher treats it.
    if (!setProxyText(settings.proxy))
        setProxyText(QString());
}

void AppSettings::readLocal(const QSettings &settings)
{
    const AppSettings defaults;
    images = ImageConsent::policyFromName(settings.value(imagesKey).toString()).value_or(defaults.images);
    language = settings.value(languageKey).toString();
    if (!languageCodes().contains(language))
        language.clear();
    startInTray = settings.value(trayKey, defaults.startInTray).toBool();
    notifyNewThreads = settings.value(notifyKey, defaults.notifyNewThreads).toBool();
}

void AppSettings::writeLocal(QSettings &settings) const
{
    settings.setValue(imagesKey, ImageConsent::policyName(images));
    settings.setValue(languageKey, language);
    settings.setValue(trayKey, startInTray);
    settings.setValue(notifyKey, notifyNewThreads);
}

AppSettings AppSettings::load(const QSettings &settings, Database &database)
{
    AppSettings loaded;
    loaded.readLocal(settings);
    const SettingsStore stored(database);
    ThreadWriter::CacheSettings cache = loaded.cacheSettings();
    if (const Result<int> retention = stored.retentionDays())
        cache.retentionDays = retention.value();
    if (const Result<int> poll = stored.pollIntervalMinutes())
        cache.pollIntervalMinutes = poll.value();
    if (const Result<QString> proxy = stored.proxy())
        cache.proxy = proxy.value();
    loaded.setCacheSettings(cache);
    return loaded;
}
