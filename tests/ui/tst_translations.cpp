// Docket in German, French, Spanish and Persian: the .ts files are complete and match the code, the window
// speaks each language (Persian right to left), and the commands follow the system's language on stderr only.
#include "mainwindow.h"
#include "readerview.h"
#include "translations.h"
#include "uitestcache.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QXmlStreamReader>

#include <memory>

namespace {

// One <message> of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or one per plural form
};

QString sourceRoot()
{
    return QDir::cleanPath(TestData::path(QStringLiteral("../..")));
}

QString tsPath(const QString &language)
{
    return sourceRoot() + QStringLiteral("/translations/docket_%1.ts").arg(language);
}

// Reads every message of a .ts file; an unreadable file leaves *error set.
QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"context") {
            context.clear();
        } else if (xml.name() == u"name" && context.isEmpty()) {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    message.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.type = xml.attributes().value(QStringLiteral("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.translations.append(xml.readElementText());
                    } else {
                        message.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QString key(const Message &message)
{
    return message.context + QStringLiteral(" | ") + message.source + QStringLiteral(" | ") + message.comment;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%[1-9]"));
    QSet<QString> found;
    for (QRegularExpressionMatchIterator it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// Long enough for a busy machine; short enough that a hang fails the test.
constexpr int processTimeoutMs = 120000;

QString lupdatePath()
{
    return QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyEntryIsFinished_data();
    void everyEntryIsFinished();
    void everyStringInTheCodeIsInTheFile_data();
    void everyStringInTheCodeIsInTheFile();
    void languageFollowsTheChoice_data();
    void languageFollowsTheChoice();
    void windowSpeaksTheLanguage_data();
    void windowSpeaksTheLanguage();
    void commandsFollowTheSystemLanguage_data();
    void commandsFollowTheSystemLanguage();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The window's settings go to this test's folder, not the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("DocketTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("pollAutomatically"), false);
    m_path = m_dir.filePath(QStringLiteral("cache.sqlite"));
    const std::unique_ptr<Database> database = UiTestCache::open(m_path);
    QVERIFY(database);
    QVERIFY(UiTestCache::addFixture(*database, UiTestCache::tenthCircuit));
    QVERIFY(UiTestCache::keepFixtures(*database));
}

void TestTranslations::everyEntryIsFinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("German") << QStringLiteral("de") << 2;
    QTest::newRow("Spanish") << QStringLiteral("es") << 2;
    QTest::newRow("Persian") << QStringLiteral("fa") << 1;
    QTest::newRow("French") << QStringLiteral("fr") << 2;
    QTest::newRow("English plurals") << QStringLiteral("en") << 2;
}

// Unfinished, obsolete or empty entries would show English (or nothing) in
// the window; a lost %1 would drop a feed's name from a message.
void TestTranslations::everyEntryIsFinished()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = key(message);
        if (!message.type.isEmpty())
            problems.append(message.type + QStringLiteral(": ") + where);
        if (message.numerus && message.translations.size() != pluralForms)
            problems.append(QStringLiteral("%1 plural forms, not %2: ")
                                .arg(message.translations.size())
                                .arg(pluralForms) +
                            where);
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty())
                problems.append(QStringLiteral("empty: ") + where);
            else if (placeholders(translation) != placeholders(message.source))
                problems.append(QStringLiteral("placeholders differ: ") + where + QStringLiteral(" -> ") +
                                translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::everyStringInTheCodeIsInTheFile_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("German") << QStringLiteral("de") << false;
    QTest::newRow("Spanish") << QStringLiteral("es") << false;
    QTest::newRow("Persian") << QStringLiteral("fa") << false;
    QTest::newRow("French") << QStringLiteral("fr") << false;
    QTest::newRow("English plurals") << QStringLiteral("en") << true;
}

// lupdate reads the code as translations/update.sh does; the shipped file must
// hold exactly what it finds: a string missing would show in English, one
// left over is dead weight that update.sh would drop.
void TestTranslations::everyStringInTheCodeIsInTheFile()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    QVERIFY2(QFile::exists(lupdatePath()),
             qPrintable(lupdatePath() + QStringLiteral(" is missing (qt6-l10n-tools)")));
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString scanned = scratch.filePath(QStringLiteral("docket_%1.ts").arg(language));
    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                          QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h")};
    if (pluralOnly)
        arguments.append(QStringLiteral("-pluralonly"));
    arguments << sourceRoot() + QStringLiteral("/app") << QStringLiteral("-ts") << scanned;
    QProcess lupdate;
    lupdate.start(lupdatePath(), arguments);
    QVERIFY2(lupdate.waitForFinished(processTimeoutMs), "lupdate did not finish within two minutes");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    QString error;
    const QList<Message> inCode = readTs(scanned, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!inCode.isEmpty());
    const QList<Message> shipped = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> codeKeys;
    for (const Message &message : inCode)
        codeKeys.insert(key(message));
    QSet<QString> shippedKeys;
    for (const Message &message : shipped)
        shippedKeys.insert(key(message));
    QStringList missing = QSet<QString>(codeKeys).subtract(shippedKeys).values();
    QStringList extra = QSet<QString>(shippedKeys).subtract(codeKeys).values();
    missing.sort();
    extra.sort();
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(
            QStringLiteral("not in %1 (run translations/update.sh and translate):\n").arg(tsPath(language)) +
            missing.join(u'\n')));
    QVERIFY2(extra.isEmpty(),
             qPrintable(QStringLiteral("in %1 but no longer in the code (run translations/update.sh):\n")
                            .arg(tsPath(language)) +
                        extra.join(u'\n')));
}

void TestTranslations::languageFollowsTheChoice_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("decimalPoint");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de") << QStringLiteral(",");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("fr") << QStringLiteral(",");
    QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("es") << QStringLiteral(",");
    QTest::newRow("Persian") << QStringLiteral("fa") << QStringLiteral("fa") << QStringLiteral("٫");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en") << QStringLiteral(".");
    QTest::newRow("a language Docket does not have")
        << QStringLiteral("ja") << QStringLiteral("en") << QStringLiteral(".");
}

// The language chosen sets the strings and the locale dates and numbers use.
void TestTranslations::languageFollowsTheChoice()
{
    QFETCH(QString, chosen);
    QFETCH(QString, shown);
    QFETCH(QString, decimalPoint);
    QVERIFY(Translations::translatedLanguages().contains(QStringLiteral("de")));
    const QLocale before;
    {
        const Translations translations(chosen);
        QCOMPARE(translations.language(), shown);
        if (shown != u"en")
            QCOMPARE(QLocale::languageToCode(QLocale().language()), shown);
        QCOMPARE(QLocale().decimalPoint(), decimalPoint);
    }
    // Gone with the object: the next test starts in English.
    QCOMPARE(QLocale(), before);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslations::windowSpeaksTheLanguage_data()
{
    // The File, Thread, Feeds and Tools menus; German keeps "Thread" and
    // "Feeds", the words German readers of forums and feeds use.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("closed");
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("German") << QStringLiteral("de")
                            << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Thread"),
                                           QStringLiteral("F&eeds"), QStringLiteral("&Werkzeuge")}
                            << QStringLiteral("Geschlossen · keine Antworten möglich") << false;
    QTest::newRow("French") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("&Fichier"), QStringLiteral("F&il"),
                                           QStringLiteral("F&lux"), QStringLiteral("&Outils")}
                            << QStringLiteral("Fermé · aucune réponse possible") << false;
    QTest::newRow("Spanish") << QStringLiteral("es")
                             << QStringList{QStringLiteral("&Archivo"), QStringLiteral("&Hilo"),
                                            QStringLiteral("&Fuentes"), QStringLiteral("Herramien&tas")}
                             << QStringLiteral("Cerrado · no admite respuestas") << false;
    QTest::newRow("Persian") << QStringLiteral("fa")
                             << QStringList{QStringLiteral("&پرونده"), QStringLiteral("&رشته"),
                                            QStringLiteral("&خوراک‌ها"), QStringLiteral("&ابزارها")}
                             << QStringLiteral("بسته‌شده · امکان پاسخ‌دادن نیست")
                             << true;
}

// The window opened in each language, as main() opens it: the menus and the
// reader's header are translated, and Persian mirrors the whole window.
void TestTranslations::windowSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, closed);
    QFETCH(bool, rightToLeft);
    const QStringList english{QStringLiteral("&File"), QStringLiteral("&Thread"), QStringLiteral("F&eeds"),
                              QStringLiteral("T&ools")};
    QCOMPARE(menus.size(), english.size());
    const Translations translations(language);
    QCOMPARE(translations.language(), language);
    MainWindow window(m_path);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList titles;
    const QList<QAction *> menuActions = window.menuBar()->actions();
    for (const QAction *menu : menuActions)
        titles.append(menu->text());
    for (qsizetype i = 0; i < menus.size(); ++i) {
        QVERIFY2(titles.contains(menus.at(i)), qPrintable(titles.join(QStringLiteral(", "))));
        if (menus.at(i) != english.at(i))
            QVERIFY2(!titles.contains(english.at(i)), qPrintable(titles.join(QStringLiteral(", "))));
    }

    QTRY_VERIFY(window.threadView()->currentIndex().isValid());
    QTRY_VERIFY(window.readerView()->threadId() > 0);
    const QString reader = window.readerView()->findChild<QTextBrowser *>()->toPlainText();
    QVERIFY2(reader.contains(closed), qPrintable(reader.left(400)));
    QVERIFY(!reader.contains(QStringLiteral("Closed · not open for replies")));

    const Qt::LayoutDirection expected = rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
    QCOMPARE(QGuiApplication::layoutDirection(), expected);
    QCOMPARE(window.layoutDirection(), expected);
}

void TestTranslations::commandsFollowTheSystemLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("C") << QStringLiteral("C.UTF-8")
                       << QByteArray("give the id of one thread (see docket list)");
    QTest::newRow("German") << QStringLiteral("de_DE.UTF-8")
                            << QByteArray("geben Sie die ID eines Threads an (siehe docket list)");
    QTest::newRow("Persian") << QStringLiteral("fa_IR.UTF-8")
                             << QStringLiteral("شناسهٔ یک رشته را بدهید (نگاه کنید به docket list)").toUtf8();
}

// Messages for people follow LANG; what scripts read (here the tab-separated
// feed list and the exit status) is the same in every language.
void TestTranslations::commandsFollowTheSystemLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QByteArray, message);
    QProcess docket;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LANG"), lang);
    docket.setProcessEnvironment(environment);
    auto run = [&](const QStringList &arguments) {
        docket.start(QStringLiteral(DOCKET_BINARY),
                     QStringList{QStringLiteral("--database"), m_path} + arguments);
        return docket.waitForFinished(processTimeoutMs);
    };
    QVERIFY(run({QStringLiteral("show")}));
    QCOMPARE(docket.exitCode(), 2);
    const QByteArray err = docket.readAllStandardError();
    QVERIFY2(err.contains("docket show: " + message), err.constData());

    QVERIFY(run({QStringLiteral("feeds")}));
    QCOMPARE(docket.exitCode(), 0);
    const QList<QByteArray> columns = docket.readAllStandardOutput().trimmed().split('\t');
    QCOMPARE(columns.size(), 7);
    QCOMPARE(columns.at(4), QByteArray("new"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
