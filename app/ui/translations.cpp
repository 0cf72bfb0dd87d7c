#include "translations.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace {

// Where qt_add_translations puts the compiled docket_<language>.qm files.
const QString resourceFolder = QStringLiteral(":/i18n");
const QString docketPrefix = QStringLiteral("docket_");

struct SourceWithComment
{
    const char *source;
    const char *comment;
};

// QGuiApplication reads this entry to lay the window out; Docket carries it in
// its own translations (LTR, or RTL for Persian) so that the mirroring does not
// depend on Qt's translations being installed.
[[maybe_unused]] constexpr SourceWithComment layoutDirection = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left "
    "languages (such as Hebrew and Arabic) to get proper widget layout.");

QString languageCode(const QLocale &locale)
{
    return QLocale::languageToCode(locale.language());
}

// The first of the user's languages that Docket can show: English (its source
// language) or one it has a translation for. A user who lists English before
// German gets English, not the first translation that happens to exist.
QString pick(const QLocale &locale, const QStringList &translated)
{
    const QStringList preferred = locale.uiLanguages();
    for (const QString &name : preferred) {
        const QLocale candidate(name);
        if (candidate.language() == QLocale::English)
            return QStringLiteral("en");
        const QString code = languageCode(candidate);
        if (translated.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

std::unique_ptr<QTranslator> installed(const QString &file, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, folder) || !QCoreApplication::installTranslator(translator.get()))
        return nullptr;
    return translator;
}

} // namespace

Translations::Translations(const QString &language) : m_previousDefault(QLocale())
{
    const QLocale system = QLocale::system();
    const QLocale requested = language.isEmpty() ? system : QLocale(language);
    m_language = pick(requested, translatedLanguages());
    // Dates and numbers follow the language shown, in the user's own region
    // when it speaks that language (de_AT stays Austrian, not German).
    if (language.isEmpty() || languageCode(system) == m_language)
        m_locale = system;
    else
        m_locale = QLocale(m_language);
    QLocale::setDefault(m_locale);
    // English too: its file holds the plural forms ("1 thread", "2 threads").
    m_docket = installed(docketPrefix + m_language, resourceFolder);
    // Qt's own strings: the standard buttons, context menus, file dialogs.
    if (m_language != u"en")
        m_qt = installed(QStringLiteral("qtbase_") + m_language,
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

Translations::~Translations()
{
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_docket)
        QCoreApplication::removeTranslator(m_docket.get());
    QLocale::setDefault(m_previousDefault);
}

QStringList Translations::translatedLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(resourceFolder).entryList({docketPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(docketPrefix.size()).chopped(3));
    return languages;
}

QString Translations::chosenLanguage()
{
    AppSettings settings;
    settings.readLocal(QSettings());
    return settings.language;
}
