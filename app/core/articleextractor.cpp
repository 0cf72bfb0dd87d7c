#include "articleextractor.h"

#include "articlecontent.h"
#include "articlemetadata.h"
#include "htmlsanitizer.h"
#include "htmltreebuilder.h"
#include "textdecoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace ArticleExtractor {

namespace {

struct Message
{
    Q_DECLARE_TR_FUNCTIONS(ArticleExtractor)
};

// The bytes that are read: the page up to the cap, cut before a character
// rather than inside one, so a UTF-8 page does not end in a broken
// character and fall back to windows-1252 as a whole.
QByteArray withinCap(const QByteArray &bytes)
{
    if (bytes.size() <= MaxScannedBytes)
        return bytes;
    qsizetype cut = MaxScannedBytes;
    for (int back = 0; back < 3 && cut > 0 && (uchar(bytes[cut]) & 0xC0) == 0x80; ++back)
        --cut;
    return bytes.first(cut);
}

} // namespace

Result<ExtractedArticle> extractFromText(QStringView html, const QUrl &pageUrl)
{
    // Decoded text is never longer than its bytes, so the same cap holds here.
    const QStringView scanned = html.first(std::min(html.size(), MaxScannedBytes));
    HtmlTree tree = HtmlTreeBuilder::build(scanned);
    ExtractedArticle article = ArticleMetadata::read(tree, pageUrl);
    const QUrl base = ArticleMetadata::baseUrl(tree, pageUrl);
    std::optional<QString> content = ArticleContent::find(tree, article.title);
    if (!content) {
        // Class names mislead now and then (a wrapper called
        // "page-with-sidebar"): one more try, on a fresh tree, without them.
        tree = HtmlTree(); // one page's tree in memory at a time
        tree = HtmlTreeBuilder::build(scanned);
        content = ArticleContent::find(tree, article.title, false);
    }
    if (content) {
        article.html = HtmlSanitizer::sanitize(*content, base);
        // The text comes from the sanitised markup, so it never holds
        // anything the reader would not show.
        const HtmlTree clean = HtmlTreeBuilder::build(article.html);
        article.text = clean.renderedText(clean.root());
    }
    if (article.text.size() < ArticleContent::MinArticleText)
        return Result<ExtractedArticle>::failure(Message::tr("No article found on this page"));
    return article;
}

Result<ExtractedArticle> extract(const QByteArray &bytes, const QUrl &pageUrl, const QByteArray &charsetHint)
{
    const TextDecoder::Decoded decoded = TextDecoder::decodeHtml(withinCap(bytes), charsetHint);
    Result<ExtractedArticle> result = extractFromText(decoded.text, pageUrl);
    if (result.ok())
        result.value().encoding = decoded.encoding;
    return result;
}

} // namespace ArticleExtractor
