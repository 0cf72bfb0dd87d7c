// One asynchronous HTTP(S) fetch of a feed, ending in a FetchResult.
#pragma once

#include "fetchrequest.h"
#include "fetchresult.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

// Conditional GET, redirects followed by hand (so that each hop is checked:
// count, scheme, permanent or not), the limits of FetchLimits enforced while
// reading, and every failure turned into plain words. One fetcher runs one
// fetch; `finished` is emitted exactly once, never from inside start().
class FeedFetcher : public QObject
{
    Q_OBJECT

public:
    // The manager is the caller's (its proxy, its connection pool); it must
    // outlive the fetch.
    explicit FeedFetcher(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~FeedFetcher() override;

    void start(const FetchRequest &request);
    // Ends the fetch at once without reporting it.
    void cancel();
    bool isRunning() const { return m_running; }

    // "Docket/0.1.0": what every fetch sends as User-Agent.
    static QByteArray userAgent();
    // Feed types first, then XML, then anything (a web page may be discovered).
    static QByteArray acceptHeader();

Q_SIGNALS:
    void finished(const FetchResult &result);

private:
    struct ReplyDeleter
    {
        void operator()(QNetworkReply *reply) const;
    };

    void send(const QUrl &url);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onProgress();
    void onConnectTimeout();
    void onInactivityTimeout();
    void onTotalTimeout();
    void followRedirect(int status);
    bool takeBody();
    void fail(const QString &message);
    void complete(FetchResult::Outcome outcome);
    void dropReply();

    QPointer<QNetworkAccessManager> m_manager;
    FetchRequest m_request;
    FetchResult m_result;
    std::unique_ptr<QNetworkReply, ReplyDeleter> m_reply;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QUrl m_currentUrl;
    bool m_running = false;
    bool m_headersSeen = false;   // of the current hop
    bool m_stillPermanent = true; // every redirect so far was 301/308
    QTimer m_connectTimer;
    QTimer m_inactivityTimer;
    QTimer m_totalTimer;
};
