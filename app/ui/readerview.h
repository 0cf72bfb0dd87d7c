// The reader pane: one thread as the board shows it, with the remote-image consent bar above it.
#pragma once

#include "imageconsent.h"
#include "threadrecord.h"

#include <QDateTime>
#include <QUrl>
#include <QWidget>

class ArticleBrowser;
class ImageConsentBar;
class QNetworkAccessManager;
class QSettings;

class ReaderView : public QWidget
{
    Q_OBJECT

public:
    // settings holds the per-feed image answers; network fetches images the
    // user agreed to (asynchronously); null: images are never loaded.
    ReaderView(QSettings &settings, QNetworkAccessManager *network, QWidget *parent = nullptr);

    void showThread(const ThreadRecord &thread, const QDateTime &now);
    void clear();
    qint64 threadId() const { return m_thread.id; }

    // Scrolls one page down; false when already at the end.
    bool scrollPageDown();
    // Opens the thread's original article in the system browser.
    bool openOriginal() const;

    bool imageBarShown() const;
    QString imageBarText() const;
    QString documentHtml() const;
    ArticleBrowser *browser() const { return m_browser; }

    // What clicking a link does: open it when LinkPolicy allows, else say so.
    void followLink(const QUrl &url);

Q_SIGNALS:
    void linkHovered(const QString &target);
    void linkRefused(const QUrl &url);

private:
    void loadImages();
    void render();

    ImageConsent m_consent;
    QNetworkAccessManager *m_network = nullptr;
    ArticleBrowser *m_browser = nullptr;
    ImageConsentBar *m_bar = nullptr;
    ThreadRecord m_thread;
    QString m_html;
    int m_pendingImages = 0;
};
