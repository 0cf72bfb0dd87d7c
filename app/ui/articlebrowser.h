// The article viewer: a QTextBrowser that never fetches anything by itself.
#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QTextBrowser>
#include <QUrl>

#include <functional>
#include <optional>

class ArticleBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleBrowser(QWidget *parent = nullptr);

    // The bytes of an image Docket stored with the article (the cache), or
    // nothing: stored images show without any network and without asking.
    using ImageLookup = std::function<std::optional<QByteArray>(const QUrl &url)>;
    void setImageLookup(ImageLookup lookup) { m_lookup = std::move(lookup); }

    // Shows sanitised HTML; forgets which images were asked for before.
    void showHtml(const QString &html);
    // The remote images the document asked for and did not get.
    QList<QUrl> blockedImages() const { return m_blocked; }
    // An image the user agreed to load, fetched elsewhere; shown on the next showHtml.
    void provideImage(const QUrl &url, const QImage &image);

    // Every resource request ends here: only images already provided or
    // stored are answered; nothing is read from disk or the network.
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void noteImage(const QUrl &url);
    // The stored image for url, looked up once per document.
    std::optional<QImage> storedImage(const QUrl &url);

    QList<QUrl> m_blocked;
    QHash<QUrl, QImage> m_images;
    QHash<QUrl, QImage> m_stored; // a null image: looked up, not stored
    ImageLookup m_lookup;
};
