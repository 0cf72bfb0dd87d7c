// Copy Citation: the shown thread's Bluebook or OSCOLA citation on the clipboard, as text and as HTML.
#include "citation.h"
#include "citationclipboard.h"
#include "exportselection.h"
#include "readerview.h"
#include "uitestcache.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>

using namespace UiTestCache;

class TestCopyCitation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void copiesTheShownThread_data();
    void copiesTheShownThread();
    void nothingShownNothingCopied();
    void datesFollowTheCapture();

private:
    ThreadRecord firstThread() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_court = 0;
};

void TestCopyCitation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = open(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(m_database);
    m_court = addFixture(*m_database, courtOpinions);
    QVERIFY(m_court);
}

ThreadRecord TestCopyCitation::firstThread() const
{
    ThreadStore store(*m_database);
    ThreadFilter filter;
    filter.feedId = m_court;
    filter.limit = 1;
    const Result<ThreadPage> page = store.list(filter, generatedNow());
    if (!page || page->threads.isEmpty())
        return {};
    const Result<std::optional<ThreadRecord>> full = store.thread(page->threads.first().id, generatedNow());
    return full && full.value() ? *full.value() : ThreadRecord();
}

void TestCopyCitation::copiesTheShownThread_data()
{
    QTest::addColumn<bool>("oscola");
    QTest::addColumn<QString>("htmlMark"); // how the style shows the title in HTML
    QTest::newRow("Bluebook, Ctrl+Shift+C") << false << QStringLiteral("<i>");
    QTest::newRow("OSCOLA") << true << QStringLiteral("‘");
}

void TestCopyCitation::copiesTheShownThread()
{
    QFETCH(bool, oscola);
    QFETCH(QString, htmlMark);
    const ThreadRecord thread = firstThread();
    QVERIFY(thread.id > 0);
    QSettings settings(m_dir.filePath(QStringLiteral("copy.ini")), QSettings::IniFormat);
    ReaderView reader(settings, nullptr);
    reader.showThread(thread, generatedNow());
    QApplication::clipboard()->clear();
    QSignalSpy copied(&reader, &ReaderView::citationCopied);
    QAction *action = oscola ? reader.copyOscolaCitationAction() : reader.copyCitationAction();
    QVERIFY(action->isEnabled());
    if (!oscola)
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    action->trigger();

    const Citation::Style style = oscola ? Citation::Style::Oscola : Citation::Style::Bluebook;
    const Citation::Source source = ExportSelection::citationSource(thread);
    const QString expected = Citation::format(source, style);
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QVERIFY(data);
    QCOMPARE(data->text(), expected);
    QVERIFY(data->hasHtml());
    QCOMPARE(data->html(), Citation::format(source, style, Citation::Markup::Html));
    QVERIFY2(data->html().contains(htmlMark), qPrintable(data->html()));
    // The thread's own facts, not placeholders.
    QVERIFY(expected.contains(thread.link.toString()));
    QVERIFY(expected.contains(thread.feedTitle));
    QVERIFY(!thread.title.isEmpty() && expected.contains(thread.title.left(20)));
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.first().first().toString(), expected);
}

void TestCopyCitation::nothingShownNothingCopied()
{
    QSettings settings(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    ReaderView reader(settings, nullptr);
    QVERIFY(!reader.copyCitationAction()->isEnabled());
    reader.showThread(firstThread(), generatedNow());
    QVERIFY(reader.copyCitationAction()->isEnabled());
    reader.clear();
    QVERIFY(!reader.copyCitationAction()->isEnabled());
    QApplication::clipboard()->setText(QStringLiteral("left alone"));
    QSignalSpy copied(&reader, &ReaderView::citationCopied);
    reader.copyCitation(Citation::Style::Bluebook);
    QCOMPARE(copied.size(), 0);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("left alone"));
}

void TestCopyCitation::datesFollowTheCapture()
{
    // A captured article is cited as retrieved when its page was fetched,
    // and by its page's byline when the feed named no author.
    ThreadRecord thread = firstThread();
    thread.author.clear();
    thread.published = QDateTime();
    thread.capture.status = ArticleCapture::Status::Captured;
    thread.capture.html = QStringLiteral("<p>Whole opinion.</p>");
    thread.capture.byline = QStringLiteral("Clerk of Court");
    thread.capture.provenance.retrievedAt = QDateTime(QDate(2026, 9, 3), QTime(12, 0), Qt::UTC);
    const Citation::Source source = ExportSelection::citationSource(thread);
    QCOMPARE(source.author, QStringLiteral("Clerk of Court"));
    QCOMPARE(source.retrieved.toUTC(), thread.capture.provenance.retrievedAt);
    const std::unique_ptr<QMimeData> data = CitationClipboard::mimeData(source, Citation::Style::Bluebook);
    QVERIFY2(data->text().startsWith(QStringLiteral("Clerk of Court, ")), qPrintable(data->text()));
    QVERIFY2(data->text().contains(QStringLiteral("(last visited Sept. 3, 2026)")), qPrintable(data->text()));
}

QTEST_MAIN(TestCopyCitation)
#include "tst_copycitation.moc"
