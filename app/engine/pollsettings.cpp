#include "pollsettings.h"

#include "proxysetting.h"
#include "settingsstore.h"

Result<PollSettings> PollSettings::read(Database &database)
{
    PollSettings settings;
    const SettingsStore store(database);
    const Result<int> minutes = store.pollIntervalMinutes();
    if (!minutes)
        return minutes.error();
    settings.policy.defaultInterval = std::chrono::minutes(minutes.value());
    const Result<QString> proxyText = store.proxy();
    if (!proxyText)
        return proxyText.error();
    const Result<std::optional<QNetworkProxy>> proxy = ProxySetting::parse(proxyText.value());
    if (!proxy)
        return Result<PollSettings>::failure(
            QStringLiteral("The proxy setting is not usable: %1").arg(proxy.error().message));
    settings.proxy = proxy.value();
    return settings;
}
