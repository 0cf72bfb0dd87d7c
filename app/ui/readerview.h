// The reader pane: one thread as the board shows it, with the remote-image consent bar and the Feed summary /
// Full article switch above it.
#pragma once

#include "citation.h"
#include "imageconsent.h"
#include "threaddocument.h"
#include "threadrecord.h"

#include <QDateTime>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class ArticleBrowser;
class ImageConsentBar;
class QAction;
class QFrame;
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

    // The bytes of an image stored with a thread, or nothing; stored images
    // show offline and without asking. Unset: none are stored.
    using ImageLookup = std::function<std::optional<QByteArray>(qint64 threadId, const QUrl &url)>;
    void setImageLookup(ImageLookup lookup);

    // "Feed summary" and "Full article": checkable, one checked; shown when
    // the thread's feed captures articles. Full article is the default when
    // there is a captured article.
    QAction *feedSummaryAction() const { return m_summaryAction; }
    QAction *fullArticleAction() const { return m_fullAction; }
    ThreadDocument::Body body() const { return m_body; }
    void setBody(ThreadDocument::Body body);
    bool bodySwitchShown() const;

    // Copy Citation (Bluebook, Ctrl+Shift+C) and Copy OSCOLA Citation: the
    // shown thread's citation on the clipboard as text and HTML.
    QAction *copyCitationAction() const { return m_copyBluebook; }
    QAction *copyOscolaCitationAction() const { return m_copyOscola; }
    void copyCitation(Citation::Style style);

    bool imageBarShown() const;
    QString imageBarText() const;
    QString documentHtml() const;
    ArticleBrowser *browser() const { return m_browser; }

    // What clicking a link does: open it when LinkPolicy allows, else say so.
    void followLink(const QUrl &url);

Q_SIGNALS:
    void linkHovered(const QString &target);
    void linkRefused(const QUrl &url);
    // A citation was put on the clipboard (its plain text).
    void citationCopied(const QString &text);

private:
    void loadImages();
    void render();
    void buildSwitch();
    void showBody();
    void showContextMenu(const QPoint &position);
    void updateActions();

    ImageConsent m_consent;
    QNetworkAccessManager *m_network = nullptr;
    ArticleBrowser *m_browser = nullptr;
    ImageConsentBar *m_bar = nullptr;
    QFrame *m_switch = nullptr;
    QAction *m_summaryAction = nullptr;
    QAction *m_fullAction = nullptr;
    QAction *m_copyBluebook = nullptr;
    QAction *m_copyOscola = nullptr;
    ImageLookup m_imageLookup;
    ThreadDocument::Body m_body = ThreadDocument::Body::FeedSummary;
    QDateTime m_now;
    ThreadRecord m_thread;
    QString m_html;
    int m_pendingImages = 0;
};
