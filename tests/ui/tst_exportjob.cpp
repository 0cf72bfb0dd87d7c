// ExportJob, the work behind Export…: what goes into the files (stored images, the full article and its
// provenance) and the cap on a long list.
#include "capturestore.h"
#include "exportaction.h"
#include "exportjob.h"
#include "imagestore.h"
#include "uitestcache.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QWidget>

using namespace UiTestCache;

namespace {

// A list of 5,000 threads is read and written in seconds, even on a busy machine.
constexpr int exportTimeoutMs = 120000;

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storedImagesAreEmbedded();
    void fullArticleIsExportedWithItsProvenance();
    void longListIsCappedWithAMessage();

private:
    ThreadRecord firstThread(qint64 feedId) const;
    // Plans and writes request for offer; the file's text, empty on failure (with a warning).
    QString exported(const ExportRequest &request, const ExportOffer &offer);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_court = 0;
    qint64 m_blog = 0;
};

void TestExportJob::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = open(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(m_database);
    m_court = addFixture(*m_database, courtOpinions);
    m_blog = addFixture(*m_database, blogWithImages);
    QVERIFY(m_court && m_blog);
    QVERIFY(keepFixtures(*m_database));
}

ThreadRecord TestExportJob::firstThread(qint64 feedId) const
{
    ThreadStore store(*m_database);
    ThreadFilter filter;
    filter.feedId = feedId;
    filter.limit = 1;
    const Result<ThreadPage> page = store.list(filter, generatedNow());
    if (!page || page->threads.isEmpty())
        return {};
    const Result<std::optional<ThreadRecord>> full = store.thread(page->threads.first().id, generatedNow());
    return full && full.value() ? *full.value() : ThreadRecord();
}

QString TestExportJob::exported(const ExportRequest &request, const ExportOffer &offer)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<ExportJob::Plan> plan = ExportJob::plan(*m_database, request, offer, now);
    if (!plan) {
        qWarning("%s", qPrintable(plan.error().message));
        return {};
    }
    const Result<QStringList> written = ExportJob::write(*m_database, plan.value(), now);
    if (!written) {
        qWarning("%s", qPrintable(written.error().message));
        return {};
    }
    return QString::fromUtf8(contents(request.path));
}

void TestExportJob::storedImagesAreEmbedded()
{
    const ThreadRecord thread = firstThread(m_blog);
    QVERIFY(thread.id > 0);
    const QRegularExpressionMatch image =
        QRegularExpression(QStringLiteral("<img[^>]*src=\"(https?://[^\"]+)\"")).match(thread.content);
    QVERIFY(image.hasMatch());
    const QUrl url(image.captured(1));
    QImage pixels(8, 8, QImage::Format_RGB32);
    pixels.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(pixels.save(&buffer, "PNG"));
    QVERIFY(ImageStore(*m_database).store(thread.id, url, StoredImage{bytes, QStringLiteral("image/png")}));

    QVERIFY(ExportJob::articleOf(thread, nullptr).images.isEmpty());
    ImageStore images(*m_database);
    QCOMPARE(ExportJob::articleOf(thread, &images).images.size(), 1);

    ExportOffer offer;
    offer.currentId = thread.id;
    ExportRequest request;
    request.path = m_dir.filePath(QStringLiteral("with-image.html"));
    const QString html = exported(request, offer);
    // The stored image travels inside the file; opening it fetches nothing.
    QVERIFY(html.contains(QStringLiteral("data:image/png;base64,") +
                          QString::fromLatin1(bytes.toBase64().left(24))));
}

void TestExportJob::fullArticleIsExportedWithItsProvenance()
{
    // The court thread's page, captured and stored as a poll stores it.
    const qint64 id = firstThread(m_court).id;
    QVERIFY(id > 0);
    ArticleCapture capture;
    capture.status = ArticleCapture::Status::Captured;
    capture.html = QStringLiteral("<p>The panel held the notarisation valid, as the whole opinion says.</p>");
    capture.provenance.retrievedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 15, 30), Qt::UTC);
    capture.provenance.finalUrl = QUrl(QStringLiteral("https://cafc.uscourts.gov/opinions/final.html"));
    capture.provenance.etag = QStringLiteral("\"opinion-7\"");
    capture.provenance.sha256 = QStringLiteral("cd").repeated(32);
    QVERIFY(CaptureStore(*m_database).save(id, capture, {}));

    ExportOffer offer;
    offer.currentId = id;
    ExportRequest request;
    request.format = ExportFormat::Text;
    request.path = m_dir.filePath(QStringLiteral("captured.txt"));
    const QString text = exported(request, offer);
    QVERIFY2(text.contains(QStringLiteral("The panel held the notarisation valid")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("cd").repeated(32)));
    QVERIFY(text.contains(QStringLiteral("https://cafc.uscourts.gov/opinions/final.html")));
    QVERIFY(text.contains(QStringLiteral("\"opinion-7\"")));
}

void TestExportJob::longListIsCappedWithAMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("large.sqlite"));
    {
        const std::unique_ptr<Database> large = open(path);
        QVERIFY(large);
        QVERIFY(addGenerated(*large, int(ExportJob::maxThreads) + 3) > 0);
        QVERIFY(keepFixtures(*large));
    }
    ExportOffer all;
    all.listName = QStringLiteral("All threads");
    all.listCount = ExportJob::maxThreads + 3;
    ExportRequest request;
    request.scope = ExportRequest::Scope::List;
    request.format = ExportFormat::Text;
    request.path = m_dir.filePath(QStringLiteral("everything.txt"));
    QWidget window;
    ExportAction exporter(
        path, [&all] { return all; }, &window);
    exporter.setPrompt([&request](const ExportOffer &) { return std::optional<ExportRequest>(request); });
    QSignalSpy finished(&exporter, &ExportAction::finished);
    QSignalSpy messages(&exporter, &ExportAction::message);
    exporter.run();
    QVERIFY(!finished.isEmpty() || finished.wait(exportTimeoutMs));
    QVERIFY(finished.first().at(0).toBool());
    const QString said = messages.last().first().toString();
    QVERIFY2(said.contains(
                 QStringLiteral("Only the first %1 threads").arg(QLocale().toString(ExportJob::maxThreads))),
             qPrintable(said));
    // Newest first, as the list shows them: the three oldest are left out.
    const QString text = QString::fromUtf8(contents(request.path));
    QVERIFY(text.contains(QStringLiteral("Generated thread 0\n")));
    QVERIFY(text.contains(QStringLiteral("Generated thread %1\n").arg(ExportJob::maxThreads - 1)));
    QVERIFY(!text.contains(QStringLiteral("Generated thread %1\n").arg(ExportJob::maxThreads)));
}

QTEST_MAIN(TestExportJob)
#include "tst_exportjob.moc"
