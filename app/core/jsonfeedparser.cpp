#include "jsonfeedparser.h"

#include "dateparser.h"
#include "htmlentities.h"
#include "plaintext.h"
#include "textdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace JsonFeedParser {

namespace {

using Parsed = FeedParser::Parsed;

// A string member, or empty when it is absent or of another type: publishers
// send null, numbers and arrays where the spec says string.
QString stringOf(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

// The JSON Feed version the "version" URL names ("1.0", "1.1"), or empty when
// it does not name JSON Feed. Both schemes occur in the wild.
QString versionOf(const QJsonObject &root)
{
    QString url = stringOf(root, QLatin1StringView("version")).trimmed();
    while (url.endsWith(u'/'))
        url.chop(1);
    static const QStringList prefixes{QStringLiteral("https://jsonfeed.org/version/"),
                                      QStringLiteral("http://jsonfeed.org/version/")};
    for (const QString &prefix : prefixes) {
        if (!url.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        const QString number = url.mid(prefix.size());
        if (number.isEmpty())
            return {};
        return number.contains(u'.') ? number : number + QStringLiteral(".0");
    }
    return {};
}

// Absolute, or empty: a link nobody can follow is worse than none.
QUrl resolve(const QUrl &base, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    if (!url.isRelative())
        return url;
    if (base.isEmpty())
        return {};
    const QUrl resolved = base.resolved(url);
    return resolved.isValid() && !resolved.isRelative() ? resolved : QUrl();
}

// The document's own URL is the base RFC 3986 asks for; the home page is the
// next best context, and where the caller fetched it from is the last resort.
QUrl baseUrlOf(const QJsonObject &root, const QUrl &callerBase)
{
    const QUrl base = callerBase.isValid() && !callerBase.isRelative() ? callerBase : QUrl();
    for (const auto key : {QLatin1StringView("feed_url"), QLatin1StringView("home_page_url")}) {
        const QUrl url = resolve(base, stringOf(root, key));
        if (!url.isEmpty())
            return url;
    }
    return base;
}

QString authorName(const QJsonValue &author)
{
    // A bare string is not in the spec but some generators write one.
    if (author.isString())
        return PlainText::fromHtml(author.toString());
    return author.isObject() ? PlainText::fromHtml(stringOf(author.toObject(), QLatin1StringView("name")))
                             : QString();
}

// JSON Feed 1.1 "authors" supersedes 1.0 "author"; a 1.1 feed may carry both
// for older readers, and then "authors" is the truth.
QString authorsOf(const QJsonObject &object)
{
    QStringList names;
    const QJsonArray authors = object.value(QLatin1StringView("authors")).toArray();
    for (const QJsonValue &author : authors) {
        const QString name = authorName(author);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    if (names.isEmpty())
        return authorName(object.value(QLatin1StringView("author")));
    return names.join(QStringLiteral(", "));
}

QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (!value.isDouble())
        return {};
    const double number = value.toDouble();
    if (!std::isfinite(number))
        return {};
    // Integral ids (the common case) without a trailing ".0" or an exponent.
    if (number == std::floor(number) && std::fabs(number) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(number));
    return QString::number(number, 'g', 17);
}

// Plain text as publishers write it: WordPress leaves character references in
// it, so they are decoded once before the text is escaped for HTML.
QString escapedPlainText(const QString &text)
{
    return HtmlEntities::decode(text).toHtmlEscaped();
}

// content_text becomes HTML that keeps the author's paragraphs and line breaks.
QString htmlFromText(const QString &text)
{
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n\\s*"));
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    QStringList paragraphs;
    for (const QString &paragraph : normalized.trimmed().split(blankLines, Qt::SkipEmptyParts)) {
        QString html = escapedPlainText(paragraph.trimmed());
        html.replace(u'\n', QStringLiteral("<br>\n"));
        paragraphs.append(QStringLiteral("<p>") + html + QStringLiteral("</p>"));
    }
    return paragraphs.join(u'\n');
}

QStringList categoriesOf(const QJsonValue &tags)
{
    QStringList categories;
    auto add = [&categories](const QString &tag) {
        const QString name = PlainText::collapse(tag);
        if (!name.isEmpty() && !categories.contains(name))
            categories.append(name);
    };
    if (tags.isArray()) {
        for (const QJsonValue &tag : tags.toArray()) {
            if (tag.isString())
                add(tag.toString());
        }
    } else if (tags.isString()) {
        // Some generators write the tags as one comma-separated string.
        for (const QString &tag : tags.toString().split(u','))
            add(tag);
    }
    return categories;
}

QList<Enclosure> enclosuresOf(const QJsonValue &attachments, const QUrl &base)
{
    QList<Enclosure> enclosures;
    for (const QJsonValue &value : attachments.toArray()) {
        const QJsonObject attachment = value.toObject();
        Enclosure enclosure;
        enclosure.url = resolve(base, stringOf(attachment, QLatin1StringView("url")));
        if (enclosure.url.isEmpty())
            continue;
        enclosure.type = stringOf(attachment, QLatin1StringView("mime_type")).trimmed();
        const QJsonValue size = attachment.value(QLatin1StringView("size_in_bytes"));
        const double bytes = size.isString() ? size.toString().toDouble() : size.toDouble(-1);
        if (std::isfinite(bytes) && bytes >= 0 && bytes < 9.0e18)
            enclosure.length = static_cast<qint64>(bytes);
        enclosures.append(enclosure);
    }
    return enclosures;
}

Item itemOf(const QJsonObject &object, const QUrl &base, const QString &feedAuthor)
{
    Item item;
    item.id = idOf(object.value(QLatin1StringView("id")));
    item.link = resolve(base, stringOf(object, QLatin1StringView("url")));
    if (item.link.isEmpty())
        item.link = resolve(base, stringOf(object, QLatin1StringView("external_url")));
    item.title = PlainText::fromHtml(stringOf(object, QLatin1StringView("title")));
    item.author = authorsOf(object);
    if (item.author.isEmpty())
        item.author = feedAuthor;

    item.content = stringOf(object, QLatin1StringView("content_html"));
    if (item.content.trimmed().isEmpty()) {
        const QString text = stringOf(object, QLatin1StringView("content_text"));
        if (!text.trimmed().isEmpty())
            item.content = htmlFromText(text);
    }
    const QString summary = stringOf(object, QLatin1StringView("summary")).trimmed();
    if (!summary.isEmpty())
        item.summary = escapedPlainText(summary);

    item.updated = DateParser::parse(stringOf(object, QLatin1StringView("date_modified")));
    item.published = DateParser::parse(stringOf(object, QLatin1StringView("date_published")));
    if (!item.published.isValid())
        item.published = item.updated;

    item.categories = categoriesOf(object.value(QLatin1StringView("tags")));
    item.enclosures = enclosuresOf(object.value(QLatin1StringView("attachments")), base);
    return item;
}

// QJsonParseError gives a byte offset just past the offending character;
// people need the line and column of that character.
Diagnostic syntaxError(const QByteArray &utf8, const QJsonParseError &error)
{
    // Except for trailing garbage, where it is the offending character itself.
    const qsizetype past = error.error == QJsonParseError::GarbageAtEnd ? 0 : 1;
    const qsizetype offending = qBound(qsizetype(0), qsizetype(error.offset) - past, utf8.size());
    qint64 line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offending; ++i) {
        if (utf8.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    qint64 column = 1;
    for (qsizetype i = lineStart; i < offending; ++i) {
        if ((static_cast<uchar>(utf8.at(i)) & 0xC0) != 0x80) // count characters, not UTF-8 bytes
            ++column;
    }
    return {QStringLiteral("the JSON is not valid: %1").arg(error.errorString()), line, column};
}

} // namespace

Result<Parsed> parse(const QByteArray &bytes, const FeedParser::Options &options)
{
    if (bytes.size() > options.maxBytes)
        return Result<Parsed>::failure(
            QStringLiteral("the document is larger than %1 bytes").arg(options.maxBytes));

    const TextDecoder::Decoded decoded = TextDecoder::decodeJson(bytes);
    const QByteArray utf8 = decoded.text.toUtf8();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<Parsed>(syntaxError(utf8, error));
    if (!document.isObject())
        return Result<Parsed>::failure(
            QStringLiteral("the JSON is not a JSON Feed: the document is not an object"), 1, 1);

    const QJsonObject root = document.object();
    Parsed parsed;
    Feed &feed = parsed.feed;
    feed.format = FeedFormat::JsonFeed;
    feed.version = versionOf(root);
    if (feed.version.isEmpty())
        return Result<Parsed>::failure(
            QStringLiteral(
                "the JSON is not a JSON Feed: its \"version\" does not name https://jsonfeed.org/version/"),
            1, 1);
    const QJsonValue items = root.value(QLatin1StringView("items"));
    if (!items.isArray())
        return Result<Parsed>::failure(QStringLiteral("the JSON Feed has no \"items\" list"), 1, 1);

    for (const QString &warning : decoded.warnings)
        parsed.warnings.append(Diagnostic{warning});

    const QUrl base = baseUrlOf(root, options.baseUrl);
    feed.title = PlainText::fromHtml(stringOf(root, QLatin1StringView("title")));
    feed.link = resolve(base, stringOf(root, QLatin1StringView("home_page_url")));
    feed.description = PlainText::fromHtml(stringOf(root, QLatin1StringView("description")));
    feed.language = stringOf(root, QLatin1StringView("language")).trimmed();
    feed.image = resolve(base, stringOf(root, QLatin1StringView("icon")));
    if (feed.image.isEmpty())
        feed.image = resolve(base, stringOf(root, QLatin1StringView("favicon")));

    const QString feedAuthor = authorsOf(root);
    const QJsonArray list = items.toArray();
    feed.items.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue value = list.at(i);
        if (!value.isObject()) {
            parsed.warnings.append(
                Diagnostic{QStringLiteral("item %1 is not a JSON object; skipped").arg(i + 1)});
            continue;
        }
        feed.items.append(itemOf(value.toObject(), base, feedAuthor));
    }
    return parsed;
}

} // namespace JsonFeedParser
