#include "feeddiscovery.h"

#include "htmlentities.h"

#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace FeedDiscovery {

namespace {

// The media types feed readers advertise; text/html alternates (translations,
// print versions) are not feeds.
bool isFeedType(const QString &type)
{
    return type == u"application/rss+xml" || type == u"application/atom+xml" ||
           type == u"application/feed+json" || type == u"application/json";
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_';
}

QString attributeText(QByteArrayView raw)
{
    return HtmlEntities::decode(QString::fromUtf8(raw)).trimmed();
}

// One start tag, read from a lower-cased copy (for names) and the original
// bytes (for values, whose case matters in URLs).
struct Tag
{
    QByteArray name;
    QHash<QByteArray, QString> attributes; // first occurrence of each name wins
    qsizetype end = -1;                    // index just past '>', or -1 when cut off
};

Tag readTag(QByteArrayView lower, QByteArrayView original, qsizetype i, bool keepAttributes)
{
    Tag tag;
    const qsizetype size = lower.size();
    const qsizetype nameStart = i;
    while (i < size && isNameChar(lower[i]))
        ++i;
    tag.name = lower.sliced(nameStart, i - nameStart).toByteArray();
    while (i < size) {
        while (i < size && (isSpace(lower[i]) || lower[i] == '/'))
            ++i;
        if (i >= size)
            return tag;
        if (lower[i] == '>') {
            tag.end = i + 1;
            return tag;
        }
        const qsizetype attrStart = i;
        while (i < size && !isSpace(lower[i]) && lower[i] != '=' && lower[i] != '>' && lower[i] != '/')
            ++i;
        const QByteArray attrName = lower.sliced(attrStart, i - attrStart).toByteArray();
        while (i < size && isSpace(lower[i]))
            ++i;
        QByteArrayView value;
        if (i < size && lower[i] == '=') {
            ++i;
            while (i < size && isSpace(lower[i]))
                ++i;
            if (i < size && (lower[i] == '"' || lower[i] == '\'')) {
                const char quote = lower[i];
                const qsizetype close = lower.indexOf(quote, i + 1);
                if (close < 0)
                    return tag;
                value = original.sliced(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < size && !isSpace(lower[i]) && lower[i] != '>')
                    ++i;
                value = original.sliced(valueStart, i - valueStart);
            }
        }
        if (keepAttributes && !attrName.isEmpty() && !tag.attributes.contains(attrName))
            tag.attributes.insert(attrName, attributeText(value));
    }
    return tag;
}

bool hasAlternateRel(const QString &rel)
{
    const QStringList tokens = rel.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        if (token.compare(u"alternate", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString mediaType(const QString &type)
{
    return type.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

} // namespace

QList<Candidate> candidates(const QByteArray &html, const QUrl &pageUrl)
{
    const QByteArrayView original = QByteArrayView(html).first(std::min(html.size(), maxScannedBytes));
    const QByteArray lowerBytes = original.toByteArray().toLower();
    const QByteArrayView lower(lowerBytes);

    struct Link
    {
        QString href;
        QString type;
        QString title;
    };
    QList<Link> links;
    QString baseHref;
    bool baseSeen = false;

    qsizetype pos = 0;
    while (true) {
        const qsizetype open = lower.indexOf('<', pos);
        if (open < 0 || open + 1 >= lower.size())
            break;
        if (lower.sliced(open).startsWith("<!--")) {
            const qsizetype close = lower.indexOf("-->", open + 4);
            if (close < 0)
                break;
            pos = close + 3;
            continue;
        }
        const char next = lower[open + 1];
        if (!(next >= 'a' && next <= 'z')) {
            pos = open + 1; // a closing tag, a doctype or a stray '<'
            continue;
        }
        const Tag tag = readTag(lower, original, open + 1, true);
        if (tag.end < 0)
            break;
        pos = tag.end;
        if (tag.name == "script" || tag.name == "style") {
            // Their text is not markup: a "<link" inside a script is not a link.
            const qsizetype close = lower.indexOf("</" + tag.name, pos);
            if (close < 0)
                break;
            pos = close;
        } else if (tag.name == "base" && !baseSeen && tag.attributes.contains("href")) {
            // Only the first <base href> counts, and it counts for the whole page.
            baseSeen = true;
            baseHref = tag.attributes.value("href");
        } else if (tag.name == "link") {
            QString rel = tag.attributes.value("rel");
            rel.replace(QLatin1Char('\t'), QLatin1Char(' '))
                .replace(QLatin1Char('\n'), QLatin1Char(' '))
                .replace(QLatin1Char('\r'), QLatin1Char(' '))
                .replace(QLatin1Char('\f'), QLatin1Char(' '));
            const QString type = mediaType(tag.attributes.value("type"));
            const QString href = tag.attributes.value("href");
            if (hasAlternateRel(rel) && isFeedType(type) && !href.isEmpty())
                links.append({href, type, tag.attributes.value("title")});
        }
    }

    QUrl base = pageUrl;
    if (baseSeen) {
        const QUrl declared = pageUrl.resolved(QUrl(baseHref));
        if (declared.isValid())
            base = declared;
    }

    QList<Candidate> found;
    QSet<QUrl> seen;
    for (const Link &link : std::as_const(links)) {
        const QUrl url = base.resolved(QUrl(link.href));
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
            continue;
        if (seen.contains(url))
            continue;
        seen.insert(url);
        found.append({url, link.type, link.title});
    }
    return found;
}

} // namespace FeedDiscovery
