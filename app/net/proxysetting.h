// Which proxy Docket's fetches go through: the system's, or one the user chose.
#pragma once

#include "result.h"

#include <QNetworkProxy>
#include <QString>

#include <optional>

class QNetworkAccessManager;

namespace ProxySetting {

// Without a proxy, the system's configuration (desktop settings, http_proxy /
// https_proxy / no_proxy) decides for each URL, except that loopback
// addresses are always reached directly. With one (NoProxy included), every
// fetch of that manager uses it.
void apply(QNetworkAccessManager &manager, const std::optional<QNetworkProxy> &proxy = std::nullopt);

// The setting as stored ("http://host:port", "socks5://host:port", "none",
// or empty for the system's configuration) as apply() takes it; a clear
// error for anything else.
Result<std::optional<QNetworkProxy>> parse(const QString &text);

} // namespace ProxySetting
