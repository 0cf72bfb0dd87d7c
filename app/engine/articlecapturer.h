// Captures the full articles and images of threads waiting for them, through a poll's fetch queue.
#pragma once

#include "capturestore.h"
#include "fetchlimits.h"
#include "fetchresult.h"
#include "imagestore.h"
#include "threadrecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

class Database;
class FetchQueue;

// Takes the threads CaptureStore lists as pending, fetches each one's page
// (the same limits and politeness as the feeds: the queue is the poll's),
// finds the article (ArticleExtractor, which sanitises it), then fetches the
// images of the article and of the feed's content: http(s) only, at most
// ImageStore::maxImagesPerThread per thread and ImageStore::maxImageBytes
// each (maxImageBytesPerThread together), kept only when the bytes are a
// picture. Each thread's capture and images are stored in one transaction as
// soon as they are all in. A page that fails, or holds no article, is stored
// as Failed with the reason; it never stops the others. Runs in the thread it
// lives in.
class ArticleCapturer : public QObject
{
    Q_OBJECT

public:
    // How many threads are worked on at once: their pages and images are
    // held in memory until stored.
    static constexpr int maxThreadsAtOnce = 4;
    // A thread's images together, beyond which further ones are not kept:
    // with maxThreadsAtOnce, what bounds the memory a capture holds.
    static constexpr qint64 maxImageBytesPerThread = 16 * 1024 * 1024;

    // Both must outlive the capturer.
    ArticleCapturer(Database &database, FetchQueue *queue, QObject *parent = nullptr);
    ~ArticleCapturer() override;

    void setLimits(const FetchLimits &limits) { m_limits = limits; }

    // Captures up to maxThreads waiting threads; `finished` follows, never
    // from inside start().
    void start(int maxThreads);
    // Drops what is still running (those threads stay pending for next time);
    // `finished` reports what was done.
    void cancel();
    bool isRunning() const { return m_running; }

    // The addresses of the images in sanitised HTML, in order, each once.
    static QList<QUrl> imageUrls(const QString &sanitisedHtml);
    // "image/png" and the like when the bytes are a picture Docket shows.
    static QString sniffImage(const QByteArray &bytes);

Q_SIGNALS:
    // A thread's capture (and images) were stored.
    void threadCaptured(qint64 threadId, ArticleCapture::Status status);
    // captured and failed count pages; error is a failure of the run as a
    // whole (the cache could not be read or written), else empty.
    void finished(int captured, int failed, const QString &error);

private:
    struct Work
    {
        PendingCapture pending;
        ArticleCapture capture;
        QList<QPair<QUrl, StoredImage>> images;
        qint64 imageBytes = 0;
        int imagesOutstanding = 0;
    };

    void pump();
    void onFetched(quint64 job, const FetchResult &result);
    void takePage(qint64 threadId, const FetchResult &result);
    void fetchImages(qint64 threadId);
    void takeImage(qint64 threadId, const QUrl &url, const FetchResult &result);
    void save(qint64 threadId);
    void finishIfDone();

    Database &m_database;
    FetchQueue *m_queue;
    FetchLimits m_limits;
    QList<PendingCapture> m_waiting;
    QHash<qint64, Work> m_work;
    QHash<quint64, qint64> m_pageJobs;
    QHash<quint64, QPair<qint64, QUrl>> m_imageJobs;
    int m_captured = 0;
    int m_failed = 0;
    QString m_error;
    bool m_running = false;
};
