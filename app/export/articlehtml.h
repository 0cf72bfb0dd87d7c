// Article HTML as exports carry it: sanitised, and with no image that would load from the network.
#pragma once

#include "exportarticle.h"

#include <QByteArray>
#include <QString>

namespace ArticleHtml {

enum class Images {
    // An image whose bytes the article holds becomes a data: URI, so one
    // HTML file carries everything it shows.
    Embedded,
    // Its address stays: the caller gives the bytes to the renderer itself
    // (a QTextDocument resource for PDF).
    Referenced
};

// The article's HTML through HtmlSanitizer (links resolved against its
// link), then every image Docket holds no bytes for, or whose bytes are no
// PNG, JPEG, GIF or WebP, replaced by a link to it reading "[Image: alt]"
// (just the words inside a link already), so nothing loads unasked.
QString forExport(const ExportArticle &article, Images images);

// "image/png", "image/jpeg", "image/gif" or "image/webp" from the bytes
// themselves; empty for anything else (SVG included: it can carry script).
QString imageType(const QByteArray &bytes);

// "[Image: alt]", or "[Image]" without alternative text.
QString imagePlaceholder(const QString &alt);

} // namespace ArticleHtml
