// The article viewer: a QTextBrowser that never fetches anything by itself.
#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QTextBrowser>
#include <QUrl>

class ArticleBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleBrowser(QWidget *parent = nullptr);

    // Shows sanitised HTML; forgets which images were asked for before.
    void showHtml(const QString &html);
    // The remote images the document asked for and did not get.
    QList<QUrl> blockedImages() const { return m_blocked; }
    // An image the user agreed to load, fetched elsewhere; shown on the next showHtml.
    void provideImage(const QUrl &url, const QImage &image);

    // Every resource request ends here: only images already provided are
    // answered; nothing is read from disk or the network.
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void noteImage(const QUrl &url);

    QList<QUrl> m_blocked;
    QHash<QUrl, QImage> m_images;
};
