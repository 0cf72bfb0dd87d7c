#include "readerview.h"

#include "articlebrowser.h"
#include "imageconsentbar.h"
#include "linkpolicy.h"
#include "threaddocument.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScrollBar>
#include <QSet>
#include <QStringList>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

// An article image larger than this is not an illustration worth the wait.
constexpr qint64 maxImageBytes = 8LL * 1024 * 1024;

} // namespace

ReaderView::ReaderView(QSettings &settings, QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , m_consent(settings)
    , m_network(network)
    , m_browser(new ArticleBrowser(this))
    , m_bar(new ImageConsentBar(this))
{
    m_browser->setAccessibleName(tr("Article"));
    m_bar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_browser, 1);
    setFocusProxy(m_browser);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &ReaderView::followLink);
    connect(m_browser, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        Q_EMIT linkHovered(url.isEmpty() ? QString() : url.toDisplayString());
    });
    connect(m_bar, &ImageConsentBar::loadOnce, this, &ReaderView::loadImages);
    connect(m_bar, &ImageConsentBar::loadAlways, this, [this] {
        m_consent.setAlwaysFor(m_thread.feedId, true);
        loadImages();
    });
}

void ReaderView::showThread(const ThreadRecord &thread, const QDateTime &now)
{
    m_thread = thread;
    m_html = ThreadDocument::html(thread, now);
    m_pendingImages = 0;
    render();
    if (m_browser->blockedImages().isEmpty())
        return;
    if (m_consent.alwaysFor(thread.feedId) && m_network) {
        loadImages();
        return;
    }
    // The user chose in Settings never to load them: no bar asks again.
    if (m_consent.policy() == ImageConsent::Policy::Never)
        return;
    QStringList hosts;
    for (const QUrl &url : m_browser->blockedImages()) {
        if (!hosts.contains(url.host()))
            hosts.append(url.host());
    }
    m_bar->setHosts(hosts);
    m_bar->setVisible(m_network != nullptr);
}

void ReaderView::clear()
{
    m_thread = ThreadRecord();
    m_html.clear();
    m_bar->hide();
    m_browser->showHtml(QString());
}

void ReaderView::render()
{
    m_bar->hide();
    m_browser->showHtml(m_html);
}

void ReaderView::loadImages()
{
    m_bar->hide();
    if (!m_network)
        return;
    const qint64 threadId = m_thread.id;
    const QList<QUrl> wanted = m_browser->blockedImages();
    m_pendingImages = int(wanted.size());
    for (const QUrl &url : wanted) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
            if (received > maxImageBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply, url, threadId] {
            reply->deleteLater();
            if (threadId != m_thread.id)
                return; // the user moved on; the answer is for another article
            if (reply->error() == QNetworkReply::NoError)
                m_browser->provideImage(url, QImage::fromData(reply->read(maxImageBytes)));
            if (--m_pendingImages == 0) {
                const int position = m_browser->verticalScrollBar()->value();
                render();
                m_browser->verticalScrollBar()->setValue(position);
            }
        });
    }
}

bool ReaderView::scrollPageDown()
{
    QScrollBar *bar = m_browser->verticalScrollBar();
    if (bar->value() >= bar->maximum())
        return false;
    bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    return true;
}

bool ReaderView::openOriginal() const
{
    return LinkPolicy::open(m_thread.link);
}

void ReaderView::followLink(const QUrl &url)
{
    if (!LinkPolicy::mayOpen(url)) {
        Q_EMIT linkRefused(url);
        return;
    }
    LinkPolicy::open(url);
}

bool ReaderView::imageBarShown() const
{
    return !m_bar->isHidden();
}

QString ReaderView::imageBarText() const
{
    return m_bar->text();
}

QString ReaderView::documentHtml() const
{
    return m_browser->document()->toHtml();
}
