#include "articlehtml.h"

#include "exporthtmltree.h"
#include "htmlsanitizer.h"

#include <QCoreApplication>

namespace ArticleHtml {

namespace {

class ImageRewriter
{
public:
    ImageRewriter(const ExportArticle &article, Images images) : m_article(article), m_images(images) {}

    void rewrite(ExportHtmlNode &node, bool insideLink)
    {
        for (ExportHtmlNode &child : node.children) {
            if (child.name == u"img")
                rewriteImage(child, insideLink);
            else if (!child.isText())
                rewrite(child, insideLink || child.name == u"a");
        }
    }

private:
    void rewriteImage(ExportHtmlNode &image, bool insideLink)
    {
        const QString source = image.attribute(u"src");
        const QByteArray bytes = m_article.images.value(source);
        const QString type = imageType(bytes);
        if (!type.isEmpty()) {
            if (m_images == Images::Embedded)
                setAttribute(
                    image, QStringLiteral("src"),
                    QStringLiteral("data:%1;base64,%2").arg(type, QString::fromLatin1(bytes.toBase64())));
            return;
        }
        const QString label = imagePlaceholder(image.attribute(u"alt"));
        image.attributes.clear();
        if (insideLink) {
            // Links do not nest: the words alone, inside the link already there.
            image.name.clear();
            image.text = label;
            return;
        }
        image.name = QStringLiteral("a");
        image.attributes.append({QStringLiteral("href"), source});
        image.children.push_back(ExportHtmlNode{{}, label, {}, {}});
    }

    static void setAttribute(ExportHtmlNode &node, const QString &name, const QString &value)
    {
        for (auto &attribute : node.attributes) {
            if (attribute.first == name) {
                attribute.second = value;
                return;
            }
        }
        node.attributes.append({name, value});
    }

    const ExportArticle &m_article;
    const Images m_images;
};

} // namespace

QString forExport(const ExportArticle &article, Images images)
{
    const QString sanitized = HtmlSanitizer::sanitize(article.html, article.link);
    if (!sanitized.contains(u"<img"))
        return sanitized; // most articles: nothing to rewrite, no tree to build
    ExportHtmlNode root = ExportHtmlTree::parse(sanitized);
    ImageRewriter(article, images).rewrite(root, false);
    return ExportHtmlTree::write(root);
}

QString imageType(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return {};
}

QString imagePlaceholder(const QString &alt)
{
    const QString trimmed = alt.simplified();
    return trimmed.isEmpty() ? QCoreApplication::translate("ArticleHtml", "[Image]")
                             : QCoreApplication::translate("ArticleHtml", "[Image: %1]").arg(trimmed);
}

} // namespace ArticleHtml
