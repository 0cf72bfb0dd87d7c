#include "articlebrowser.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

ArticleBrowser::ArticleBrowser(QWidget *parent) : QTextBrowser(parent)
{
    // Links are decided by LinkPolicy, never followed inside the viewer.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

void ArticleBrowser::showHtml(const QString &html)
{
    m_blocked.clear();
    m_stored.clear();
    setHtml(html);
    // Read the images from the document itself: loadResource only hears of
    // those laid out so far, and layout waits until the viewer is painted.
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextCharFormat format = fragment.fragment().charFormat();
            if (format.isImageFormat())
                noteImage(QUrl(format.toImageFormat().name()));
        }
    }
}

void ArticleBrowser::noteImage(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if ((scheme == u"http" || scheme == u"https") && !m_images.contains(url) && !m_blocked.contains(url) &&
        !storedImage(url))
        m_blocked.append(url);
}

std::optional<QImage> ArticleBrowser::storedImage(const QUrl &url)
{
    if (!m_lookup)
        return std::nullopt;
    auto found = m_stored.constFind(url);
    if (found == m_stored.constEnd()) {
        const std::optional<QByteArray> bytes = m_lookup(url);
        // Bytes that do not decode are as good as none: the consent rules decide.
        found = m_stored.insert(url, bytes ? QImage::fromData(*bytes) : QImage());
    }
    if (found->isNull())
        return std::nullopt;
    return *found;
}

void ArticleBrowser::provideImage(const QUrl &url, const QImage &image)
{
    m_images.insert(url, image);
}

QVariant ArticleBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return {};
    const auto found = m_images.constFind(name);
    if (found != m_images.constEnd())
        return *found;
    if (const std::optional<QImage> stored = storedImage(name))
        return *stored;
    noteImage(name);
    if (!m_blocked.contains(name))
        return {};
    // A plain box of the image's declared size instead of the broken-image
    // icon stretched over it: calmer, and says "something is here".
    QImage placeholder(1, 1, QImage::Format_RGB32);
    placeholder.fill(palette().color(QPalette::Midlight));
    return placeholder;
}
