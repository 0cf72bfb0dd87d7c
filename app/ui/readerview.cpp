#include "readerview.h"

#include "articlebrowser.h"
#include "citationclipboard.h"
#include "exportselection.h"
#include "imageconsentbar.h"
#include "linkpolicy.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScrollBar>
#include <QSet>
#include <QStringList>
#include <QTextDocument>
#include <QToolButton>
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
    buildSwitch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_switch);
    layout->addWidget(m_browser, 1);
    setFocusProxy(m_browser);

    m_copyBluebook = new QAction(tr("Copy &Citation"), this);
    m_copyBluebook->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyBluebook->setToolTip(tr("Put the article's Bluebook citation on the clipboard"));
    connect(m_copyBluebook, &QAction::triggered, this, [this] { copyCitation(Citation::Style::Bluebook); });
    m_copyOscola = new QAction(tr("Copy OSCOLA Citation"), this);
    m_copyOscola->setToolTip(tr("Put the article's OSCOLA citation on the clipboard"));
    connect(m_copyOscola, &QAction::triggered, this, [this] { copyCitation(Citation::Style::Oscola); });
    m_browser->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_browser, &QWidget::customContextMenuRequested, this, &ReaderView::showContextMenu);
    updateActions();

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

void ReaderView::buildSwitch()
{
    m_switch = new QFrame(this);
    m_switch->setAccessibleName(tr("Article text"));
    auto *group = new QActionGroup(m_switch);
    group->setExclusive(true);
    m_summaryAction = new QAction(tr("Feed &Summary"), group);
    m_summaryAction->setToolTip(tr("Show the text the feed sent"));
    m_fullAction = new QAction(tr("&Full Article"), group);
    m_fullAction->setToolTip(tr("Show the whole article Docket fetched from its page"));
    auto *layout = new QHBoxLayout(m_switch);
    layout->setContentsMargins(6, 3, 6, 3);
    for (QAction *action : {m_summaryAction, m_fullAction}) {
        action->setCheckable(true);
        auto *button = new QToolButton(m_switch);
        button->setDefaultAction(action);
        button->setAccessibleName(action->toolTip());
        button->setFocusPolicy(Qt::StrongFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    m_summaryAction->setChecked(true);
    connect(m_summaryAction, &QAction::triggered, this,
            [this] { setBody(ThreadDocument::Body::FeedSummary); });
    connect(m_fullAction, &QAction::triggered, this, [this] { setBody(ThreadDocument::Body::FullArticle); });
    m_switch->hide();
}

void ReaderView::setImageLookup(ImageLookup lookup)
{
    m_imageLookup = std::move(lookup);
    if (!m_imageLookup) {
        m_browser->setImageLookup({});
        return;
    }
    // Asks for the thread shown at the time of asking, never a stale one.
    m_browser->setImageLookup([this](const QUrl &url) { return m_imageLookup(m_thread.id, url); });
}

void ReaderView::showThread(const ThreadRecord &thread, const QDateTime &now)
{
    m_thread = thread;
    m_now = now;
    m_body = ThreadDocument::hasFullArticle(thread) ? ThreadDocument::Body::FullArticle
                                                    : ThreadDocument::Body::FeedSummary;
    updateActions();
    showBody();
}

void ReaderView::setBody(ThreadDocument::Body body)
{
    if (body == ThreadDocument::Body::FullArticle && !ThreadDocument::hasFullArticle(m_thread))
        body = ThreadDocument::Body::FeedSummary;
    const bool changed = body != m_body;
    m_body = body;
    updateActions();
    if (changed && m_thread.id != 0)
        showBody();
}

bool ReaderView::bodySwitchShown() const
{
    return !m_switch->isHidden();
}

void ReaderView::updateActions()
{
    const bool shown = m_thread.id != 0;
    m_switch->setVisible(shown && m_thread.capture.status != ArticleCapture::Status::None);
    m_fullAction->setEnabled(ThreadDocument::hasFullArticle(m_thread));
    m_fullAction->setChecked(m_body == ThreadDocument::Body::FullArticle);
    m_summaryAction->setChecked(m_body == ThreadDocument::Body::FeedSummary);
    m_copyBluebook->setEnabled(shown);
    m_copyOscola->setEnabled(shown);
}

void ReaderView::copyCitation(Citation::Style style)
{
    if (m_thread.id == 0)
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    Q_EMIT citationCopied(
        CitationClipboard::copy(ExportSelection::citationSource(m_thread), style, *clipboard));
}

void ReaderView::showContextMenu(const QPoint &position)
{
    std::unique_ptr<QMenu> menu(m_browser->createStandardContextMenu(position));
    menu->addSeparator();
    menu->addActions({m_copyBluebook, m_copyOscola});
    menu->exec(m_browser->viewport()->mapToGlobal(position));
}

void ReaderView::showBody()
{
    m_html = ThreadDocument::html(m_thread, m_now, m_body);
    m_pendingImages = 0;
    render();
    if (m_browser->blockedImages().isEmpty())
        return;
    if (m_consent.alwaysFor(m_thread.feedId) && m_network) {
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
    m_body = ThreadDocument::Body::FeedSummary;
    updateActions();
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
