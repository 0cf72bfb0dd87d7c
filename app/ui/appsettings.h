// What the Settings dialog edits: the cache's own settings and the window's (QSettings), as one value.
#pragma once

#include "imageconsent.h"
#include "threadwriter.h"

#include <QString>
#include <QStringList>

#include <optional>

class Database;
class QSettings;

struct AppSettings
{
    enum class ProxyMode { System, None, Http, Socks5 };

    // Kept in the cache (SettingsStore), shared with the commands.
    int retentionDays = 21;
    int pollIntervalMinutes = 30;
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost; // Http and Socks5 only
    int proxyPort = 0; // Http and Socks5 only

    // Kept in QSettings: they concern this user's window only.
    ImageConsent::Policy images = ImageConsent::Policy::Ask;
    QString language; // "" (the system's), or one of languageCodes()
    bool startInTray = false;
    bool notifyNewThreads = true;

    // The languages Docket offers besides the system's, as QLocale names.
    static QStringList languageCodes();

    // SettingsStore's proxy text: "" (system), "none", "http://host:port", "socks5://host:port".
    QString proxyText() const;
    // Reads that text into proxyMode, proxyHost and proxyPort; false (and
    // nothing changed) when it is not one of those forms.
    bool setProxyText(const QString &text);
    // Whether the values can be saved (a manual proxy needs a host and a port).
    bool isValid() const;

    ThreadWriter::CacheSettings cacheSettings() const;
    void setCacheSettings(const ThreadWriter::CacheSettings &settings);
    // The QSettings half: read (defaults where unset) and written.
    void readLocal(const QSettings &settings);
    void writeLocal(QSettings &settings) const;
    // Both halves as they are now: settings' and the cache's (read on the
    // caller's connection; what cannot be read keeps its default).
    static AppSettings load(const QSettings &settings, Database &database);

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};
