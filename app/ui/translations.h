// Puts Docket in the user's language: its own and Qt's translations, and the locale dates and numbers follow.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

class Translations
{
public:
    // language: a QLocale name from AppSettings::languageCodes(), or empty
    // for the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix). The
    // translators stay installed, and the locale the default, while this
    // object lives; destroying it puts Docket back in English.
    explicit Translations(const QString &language);
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // The language Docket's strings are shown in: "de", "fr", "es", "fa", or
    // "en" (the source language) for any language Docket has no file for.
    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }

    // The languages Docket has a file for: "de", "en" (its plural forms only), "es", "fa", "fr".
    static QStringList translatedLanguages();
    // The language chosen in Settings (QSettings "language"), empty for the system's.
    static QString chosenLanguage();

private:
    QString m_language;
    QLocale m_locale;
    QLocale m_previousDefault;
    std::unique_ptr<QTranslator> m_docket;
    std::unique_ptr<QTranslator> m_qt;
};
