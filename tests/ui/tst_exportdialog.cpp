// Export… in the window: the dialog's choices, and the files it writes for the current thread, the selection
// and the list, asking before it replaces any.
#include "exportaction.h"
#include "exportdialog.h"
#include "exportjob.h"
#include "mainwindow.h"
#include "threadlistmodel.h"
#include "uitestcache.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTreeView>
#include <QWidget>

using namespace UiTestCache;

namespace {

// An export of a few threads is written in well under this, even on a busy machine.
constexpr int exportTimeoutMs = 60000;

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void currentThreadInEachFormat_data();
    void currentThreadInEachFormat();
    void selectionAsOneDocument();
    void listAsOneFilePerThread();
    void replacingIsAsked_data();
    void replacingIsAsked();
    void cancellingWritesNothing();
    void badDestinationIsReported_data();
    void badDestinationIsReported();
    void dialogOffersWhatIsThere();
    void windowExportsTheSelection();

private:
    ExportOffer offer() const;
    // Runs Export… answering the dialog with request; false when it timed out.
    bool runExport(const ExportRequest &request, bool replace, bool *ok, QStringList *written,
                   QString *lastMessage = nullptr, int *questions = nullptr);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    qint64 m_court = 0;
    QList<ThreadRecord> m_threads;
    QWidget m_window;
};

void TestExportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The window's settings go to this test's folder, and it never polls.
    QCoreApplication::setOrganizationName(QStringLiteral("DocketTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("pollAutomatically"), false);
    m_path = m_dir.filePath(QStringLiteral("cache.sqlite"));
    m_database = open(m_path);
    QVERIFY(m_database);
    m_court = addFixture(*m_database, courtOpinions);
    QVERIFY(m_court);
    QVERIFY(keepFixtures(*m_database));
    ThreadStore store(*m_database);
    ThreadFilter filter;
    filter.feedId = m_court;
    filter.limit = 100;
    const Result<ThreadPage> page = store.list(filter, generatedNow());
    QVERIFY(page && page->threads.size() >= 3);
    m_threads = page->threads;
}

ExportOffer TestExportDialog::offer() const
{
    ExportOffer made;
    made.currentId = m_threads.at(0).id;
    made.currentTitle = m_threads.at(0).title;
    made.selectedIds = {m_threads.at(1).id, m_threads.at(2).id};
    made.list.feedId = m_court;
    made.listName = QStringLiteral("Federal Circuit");
    made.listCount = m_threads.size();
    return made;
}

bool TestExportDialog::runExport(const ExportRequest &request, bool replace, bool *ok, QStringList *written,
                                 QString *lastMessage, int *questions)
{
    ExportAction exporter(
        m_path, [this] { return offer(); }, &m_window);
    exporter.setPrompt([&request](const ExportOffer &) { return std::optional<ExportRequest>(request); });
    int asked = 0;
    exporter.setConfirm([&asked, replace](const QString &) {
        ++asked;
        return replace;
    });
    QSignalSpy finished(&exporter, &ExportAction::finished);
    QSignalSpy messages(&exporter, &ExportAction::message);
    exporter.action()->trigger();
    if (finished.isEmpty() && !finished.wait(exportTimeoutMs))
        return false;
    *ok = finished.first().at(0).toBool();
    *written = finished.first().at(1).toStringList();
    if (lastMessage && !messages.isEmpty())
        *lastMessage = messages.last().first().toString();
    if (questions)
        *questions = asked;
    return true;
}

void TestExportDialog::currentThreadInEachFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("html") << int(ExportFormat::Html) << QByteArray("<!DOCTYPE html>");
    QTest::newRow("markdown") << int(ExportFormat::Markdown) << QByteArray("# ");
    QTest::newRow("text") << int(ExportFormat::Text) << QByteArray();
    QTest::newRow("pdf") << int(ExportFormat::Pdf) << QByteArray("%PDF-");
}

void TestExportDialog::currentThreadInEachFormat()
{
    QFETCH(int, format);
    QFETCH(QByteArray, start);
    ExportRequest request;
    request.scope = ExportRequest::Scope::CurrentThread;
    request.format = ExportFormat(format);
    request.path = m_dir.filePath(QStringLiteral("current.") + exportFormatExtension(request.format));
    bool ok = false;
    QStringList written;
    QString message;
    QVERIFY(runExport(request, false, &ok, &written, &message));
    QVERIFY2(ok, qPrintable(message));
    QCOMPARE(written, QStringList{request.path});
    const QByteArray bytes = contents(request.path);
    QVERIFY(bytes.startsWith(start));
    QVERIFY(message.contains(QDir::toNativeSeparators(request.path)));
    if (request.format != ExportFormat::Pdf) {
        const QString text = QString::fromUtf8(bytes);
        // The article and its citation block.
        QVERIFY(text.contains(m_threads.at(0).link.toString()));
        QVERIFY(text.contains(QStringLiteral("Bluebook")));
        QVERIFY(text.contains(QStringLiteral("OSCOLA")));
        QVERIFY(!text.contains(m_threads.at(1).link.toString()));
    } else {
        QVERIFY(bytes.size() > 1000);
    }
}

void TestExportDialog::selectionAsOneDocument()
{
    ExportRequest request;
    request.scope = ExportRequest::Scope::Selection;
    request.format = ExportFormat::Markdown;
    request.path = m_dir.filePath(QStringLiteral("selection.md"));
    bool ok = false;
    QStringList written;
    QVERIFY(runExport(request, false, &ok, &written));
    QVERIFY(ok);
    QCOMPARE(written.size(), 1);
    const QString text = QString::fromUtf8(contents(request.path));
    QVERIFY(!text.contains(m_threads.at(0).link.toString()));
    const qsizetype first = text.indexOf(m_threads.at(1).link.toString());
    const qsizetype second = text.indexOf(m_threads.at(2).link.toString());
    QVERIFY(first >= 0 && second > first);
}

void TestExportDialog::listAsOneFilePerThread()
{
    const QString folder = m_dir.filePath(QStringLiteral("matter"));
    QVERIFY(QDir().mkpath(folder));
    ExportRequest request;
    request.scope = ExportRequest::Scope::List;
    request.format = ExportFormat::Text;
    request.path = folder;
    request.oneFilePerThread = true;
    bool ok = false;
    QStringList written;
    QString message;
    QVERIFY(runExport(request, false, &ok, &written, &message));
    QVERIFY2(ok, qPrintable(message));
    QCOMPARE(written.size(), m_threads.size());
    const QStringList files = QDir(folder).entryList(QDir::Files);
    QCOMPARE(files.size(), m_threads.size());
    for (const QString &name : files)
        QVERIFY(name.endsWith(QStringLiteral(".txt")));
    // Each file holds its own thread, in list order.
    for (qsizetype i = 0; i < m_threads.size(); ++i)
        QVERIFY(QString::fromUtf8(contents(written.at(i))).contains(m_threads.at(i).link.toString()));
}

void TestExportDialog::replacingIsAsked_data()
{
    QTest::addColumn<bool>("replace");
    QTest::newRow("user replaces") << true;
    QTest::newRow("user keeps the file") << false;
}

void TestExportDialog::replacingIsAsked()
{
    QFETCH(bool, replace);
    const QString path =
        m_dir.filePath(QStringLiteral("existing-%1.html").arg(QString::fromLatin1(QTest::currentDataTag())));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the brief filed yesterday");
    }
    ExportRequest request;
    request.path = path;
    bool ok = false;
    QStringList written;
    int questions = 0;
    QVERIFY(runExport(request, replace, &ok, &written, nullptr, &questions));
    QCOMPARE(questions, 1);
    QCOMPARE(ok, replace);
    QCOMPARE(contents(path) == "the brief filed yesterday", !replace);

    // The same question for a folder, asked once for all the files.
    const QString folder = m_dir.filePath(QStringLiteral("again-%1").arg(int(replace)));
    QVERIFY(QDir().mkpath(folder));
    request.scope = ExportRequest::Scope::List;
    request.path = folder;
    request.oneFilePerThread = true;
    QVERIFY(runExport(request, true, &ok, &written));
    QVERIFY(ok);
    const QString shortened = written.first();
    QVERIFY(QFile::resize(shortened, 3));
    QVERIFY(runExport(request, replace, &ok, &written, nullptr, &questions));
    QCOMPARE(questions, 1);
    QCOMPARE(ok, replace);
    QCOMPARE(QFileInfo(shortened).size() > 3, replace);
}

void TestExportDialog::cancellingWritesNothing()
{
    ExportAction exporter(
        m_path, [this] { return offer(); }, &m_window);
    exporter.setPrompt([](const ExportOffer &) { return std::optional<ExportRequest>(); });
    QSignalSpy finished(&exporter, &ExportAction::finished);
    const qsizetype before = QDir(m_dir.path()).entryList(QDir::Files).size();
    exporter.run();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), before);
}

void TestExportDialog::badDestinationIsReported_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("perThread");
    QTest::addColumn<QString>("words");
    QTest::newRow("missing folder for a file") << QStringLiteral("no/such/folder/out.html") << false
                                               << QStringLiteral("choose a file name in an existing folder");
    QTest::newRow("missing folder for files")
        << QStringLiteral("no-such-folder") << true << QStringLiteral("There is no folder");
    QTest::newRow("a folder where a file goes")
        << QString() << false << QStringLiteral("choose a file name in an existing folder");
}

void TestExportDialog::badDestinationIsReported()
{
    QFETCH(QString, path);
    QFETCH(bool, perThread);
    QFETCH(QString, words);
    ExportRequest request;
    request.scope = ExportRequest::Scope::List;
    request.path = m_dir.filePath(path);
    request.oneFilePerThread = perThread;
    bool ok = true;
    QStringList written;
    QString message;
    QVERIFY(runExport(request, true, &ok, &written, &message));
    QVERIFY(!ok);
    QVERIFY(written.isEmpty());
    QVERIFY2(message.contains(words), qPrintable(message));
}

void TestExportDialog::dialogOffersWhatIsThere()
{
    ExportOffer nothingShown = offer();
    nothingShown.currentId = 0;
    nothingShown.selectedIds.clear();
    ExportDialog dialog(nothingShown);
    const QList<QRadioButton *> scopes = dialog.findChildren<QRadioButton *>();
    QCOMPARE(scopes.size(), 3);
    QVERIFY(!scopes.at(0)->isEnabled());
    QVERIFY(!scopes.at(1)->isEnabled());
    QVERIFY(scopes.at(2)->isEnabled() && scopes.at(2)->isChecked());
    QVERIFY(scopes.at(2)->text().contains(QStringLiteral("Federal Circuit")));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nowhere to save yet

    ExportDialog full(offer());
    ExportRequest wanted;
    wanted.scope = ExportRequest::Scope::Selection;
    wanted.format = ExportFormat::Pdf;
    wanted.oneFilePerThread = true;
    wanted.path = m_dir.path();
    full.setRequest(wanted);
    const ExportRequest read = full.request();
    QCOMPARE(read.scope, wanted.scope);
    QCOMPARE(read.format, wanted.format);
    QCOMPARE(read.oneFilePerThread, true);
    QCOMPARE(read.path, wanted.path);
    QVERIFY(full.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());

    // A file name follows the format chosen.
    wanted.scope = ExportRequest::Scope::CurrentThread;
    wanted.oneFilePerThread = false;
    wanted.format = ExportFormat::Html;
    wanted.path = m_dir.filePath(QStringLiteral("ruling.html"));
    full.setRequest(wanted);
    full.findChild<QComboBox *>()->setCurrentIndex(
        full.findChild<QComboBox *>()->findData(int(ExportFormat::Pdf)));
    QCOMPARE(full.request().path, m_dir.filePath(QStringLiteral("ruling.pdf")));
    // One thread is one file: no folder choice.
    QVERIFY(!full.findChild<QCheckBox *>()->isEnabled());
}

void TestExportDialog::windowExportsTheSelection()
{
    MainWindow window(m_path);
    QAction *exportAction = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
                exportAction = action;
        }
    }
    QVERIFY(exportAction);
    QCOMPARE(exportAction, window.exportAction()->action());

    // Two threads chosen in the list, as Ctrl+click chooses them.
    QTreeView *view = window.threadView();
    ThreadListModel *model = window.threadModel();
    QVERIFY(model->rowCount() >= 3);
    view->setCurrentIndex(model->index(1, 0));
    view->selectionModel()->select(model->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const qint64 first = model->threadAt(1)->id;
    const qint64 second = model->threadAt(2)->id;

    ExportOffer offered;
    const QString path = m_dir.filePath(QStringLiteral("window-selection.html"));
    window.exportAction()->setPrompt([&offered, &path](const ExportOffer &offer) {
        offered = offer;
        ExportRequest request;
        request.scope = ExportRequest::Scope::Selection;
        request.path = path;
        return std::optional<ExportRequest>(request);
    });
    QSignalSpy finished(window.exportAction(), &ExportAction::finished);
    exportAction->trigger();
    QVERIFY(!finished.isEmpty() || finished.wait(exportTimeoutMs));
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(offered.currentId, first);
    QCOMPARE(offered.selectedIds, (QList<qint64>{first, second}));
    QVERIFY(offered.listCount >= model->rowCount());
    const QString text = QString::fromUtf8(contents(path));
    QVERIFY(text.contains(model->threadAt(1)->link.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    QVERIFY(text.contains(model->threadAt(2)->link.toString(QUrl::FullyEncoded).toHtmlEscaped()));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
