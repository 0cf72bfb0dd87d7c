#include "articlemetadata.h"

#include "dateparser.h"
#include "plaintext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>
#include <initializer_list>
#include <optional>

namespace {

using NodeId = HtmlTree::NodeId;

// JSON-LD blocks larger than this are catalogue data, not an article's.
constexpr qsizetype MaxJsonLdSize = qsizetype(512) * 1024;
// Longer "bylines" are an author's biography or a paragraph that happens to
// carry the class.
constexpr qsizetype MaxBylineLength = 120;
constexpr int MaxAuthors = 5;
// Elements that might hold a byline but turned out not to: looking at more
// of them than this only costs time (they may nest the whole page).
constexpr int MaxBylineTries = 8;

// Whether a space-separated attribute (class, rel, itemprop) lists token.
bool hasToken(const QString &value, QStringView token)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i < value.size() && !value[i].isSpace())
            continue;
        if (QStringView(value).mid(start, i - start).compare(token, Qt::CaseInsensitive) == 0)
            return true;
        start = i + 1;
    }
    return false;
}

QString textOf(const HtmlTree &tree, NodeId id)
{
    return PlainText::collapse(tree.textContent(id));
}

// "By Jane Doe" -> "Jane Doe"; empty for anything that is not a short name.
QString cleanByline(const QString &raw)
{
    QString byline = PlainText::fromHtml(raw);
    for (const QStringView lead : {u"posted by ", u"written by ", u"by "}) {
        if (byline.startsWith(lead, Qt::CaseInsensitive)) {
            byline = byline.mid(lead.size()).trimmed();
            break;
        }
    }
    if (byline.size() > MaxBylineLength || byline.contains(u"://"))
        return {};
    return byline;
}

// An http(s) address from href, or an invalid QUrl.
QUrl webUrl(const QString &href, const QUrl &base)
{
    const QString trimmed = href.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url = base.resolved(QUrl(trimmed));
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return {};
    return url;
}

QString firstOf(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty())
            return candidate;
    }
    return {};
}

struct JsonLdArticle
{
    QString headline;
    QString author;
    QString datePublished;
    QString url;
    QString publisher;
};

bool isArticleType(const QJsonValue &type)
{
    const auto matches = [](const QString &name) {
        return name.contains(u"Article") || name.contains(u"Posting") || name == u"Report" ||
               name == u"LegalForceStatus";
    };
    if (type.isArray()) {
        const QJsonArray types = type.toArray();
        return std::any_of(types.begin(), types.end(),
                           [&](const QJsonValue &t) { return matches(t.toString()); });
    }
    return matches(type.toString());
}

QString nameOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return value.toObject().value(u"name").toString();
}

QString authorNames(const QJsonValue &author)
{
    if (!author.isArray())
        return PlainText::collapse(nameOf(author));
    QStringList names;
    for (const QJsonValue &one : author.toArray()) {
        const QString name = PlainText::collapse(nameOf(one));
        if (!name.isEmpty() && names.size() < MaxAuthors)
            names.append(name);
    }
    return names.join(u", ");
}

std::optional<JsonLdArticle> jsonLdArticle(const QJsonObject &object)
{
    if (!isArticleType(object.value(u"@type")))
        return std::nullopt;
    JsonLdArticle article;
    article.headline = object.value(u"headline").toString();
    article.author = authorNames(object.value(u"author"));
    article.datePublished = object.value(u"datePublished").toString();
    article.url = object.value(u"url").toString();
    const QJsonValue mainEntity = object.value(u"mainEntityOfPage");
    if (article.url.isEmpty())
        article.url =
            mainEntity.isString() ? mainEntity.toString() : mainEntity.toObject().value(u"@id").toString();
    article.publisher = PlainText::collapse(nameOf(object.value(u"publisher")));
    return article;
}

// The first article a JSON-LD block describes, at its top, in a list or
// in an @graph.
std::optional<JsonLdArticle> readJsonLd(const QString &text)
{
    if (text.size() > MaxJsonLdSize)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    QJsonArray objects = document.isArray() ? document.array() : QJsonArray{document.object()};
    if (document.isObject() && document.object().value(u"@graph").isArray())
        objects = document.object().value(u"@graph").toArray();
    for (const QJsonValue &value : objects) {
        if (auto article = jsonLdArticle(value.toObject()))
            return article;
    }
    return std::nullopt;
}

// Everything one pass over the page collects; the choice comes after.
struct Found
{
    QHash<QString, QString> metas; // first content per lower-case name or property
    QString canonical;
    QString titleElement;
    QString firstH1;
    QString articleH1; // the first <h1> inside <article> or <main>: a site's logo is often an <h1> too
    QString itempropHeadline;
    std::optional<JsonLdArticle> jsonLd;
    QStringList itempropAuthors;
    QStringList relAuthors;
    QString bylineElement;
    int bylineTries = 0;
    QString itempropDate;
    QString timeDate;
};

bool hasAncestor(const HtmlTree &tree, NodeId id, std::initializer_list<QStringView> names)
{
    for (NodeId n = tree.node(id).parent; n != HtmlTree::None; n = tree.node(n).parent) {
        const QString &name = tree.node(n).name;
        if (std::any_of(names.begin(), names.end(), [&](QStringView candidate) { return name == candidate; }))
            return true;
    }
    return false;
}

bool insideChrome(const HtmlTree &tree, NodeId id)
{
    return hasAncestor(tree, id, {u"nav", u"aside", u"footer"});
}

void appendDistinct(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value) && list.size() < MaxAuthors)
        list.append(value);
}

void visit(const HtmlTree &tree, NodeId id, Found &found)
{
    const HtmlTree::Node &node = tree.node(id);
    const QString &name = node.name;
    if (name == u"meta") {
        const QString content = tree.attribute(id, u"content").trimmed();
        for (const QStringView key : {u"property", u"name", u"itemprop"}) {
            const QString label = tree.attribute(id, key).trimmed().toLower();
            if (!label.isEmpty() && !content.isEmpty() && !found.metas.contains(label))
                found.metas.insert(label, content);
        }
    } else if (name == u"link" && hasToken(tree.attribute(id, u"rel"), u"canonical") &&
               found.canonical.isEmpty()) {
        found.canonical = tree.attribute(id, u"href");
    } else if (name == u"title" && found.titleElement.isEmpty()) {
        found.titleElement = textOf(tree, id);
    } else if (name == u"h1" && (found.firstH1.isEmpty() || found.articleH1.isEmpty())) {
        if (found.articleH1.isEmpty() && hasAncestor(tree, id, {u"article", u"main"}))
            found.articleH1 = textOf(tree, id);
        if (found.firstH1.isEmpty())
            found.firstH1 = textOf(tree, id);
    } else if (name == u"script" && !found.jsonLd && tree.attribute(id, u"type").contains(u"ld+json")) {
        found.jsonLd = readJsonLd(tree.textContent(id));
    } else if (name == u"time" && found.timeDate.isEmpty() && !insideChrome(tree, id)) {
        found.timeDate = tree.attribute(id, u"datetime");
    }
    const QString itemprop = tree.attribute(id, u"itemprop");
    const bool bylineCandidate = found.bylineTries < MaxBylineTries;
    if (hasToken(itemprop, u"author") && name != u"meta" && bylineCandidate) {
        ++found.bylineTries;
        NodeId named = HtmlTree::None;
        for (NodeId n = id; n != HtmlTree::None && named == HtmlTree::None; n = tree.next(n, id)) {
            if (tree.node(n).kind == HtmlTree::Kind::Element &&
                hasToken(tree.attribute(n, u"itemprop"), u"name"))
                named = n;
        }
        const NodeId source = named == HtmlTree::None ? id : named;
        const QString content = tree.attribute(source, u"content");
        appendDistinct(found.itempropAuthors,
                       cleanByline(content.isEmpty() ? tree.textContent(source) : content));
    } else if (hasToken(itemprop, u"headline") && found.itempropHeadline.isEmpty()) {
        found.itempropHeadline =
            name == u"meta" ? PlainText::fromHtml(tree.attribute(id, u"content")) : textOf(tree, id);
    } else if (hasToken(itemprop, u"datePublished") && found.itempropDate.isEmpty()) {
        found.itempropDate = firstOf({tree.attribute(id, u"content"), tree.attribute(id, u"datetime"),
                                      name == u"meta" ? QString() : textOf(tree, id)});
    }
    if (hasToken(tree.attribute(id, u"rel"), u"author") && bylineCandidate) {
        ++found.bylineTries;
        appendDistinct(found.relAuthors, cleanByline(tree.textContent(id)));
    }
    const QString classes = tree.attribute(id, u"class");
    if (found.bylineElement.isEmpty() && bylineCandidate &&
        (hasToken(classes, u"byline") || hasToken(classes, u"author"))) {
        ++found.bylineTries;
        found.bylineElement = cleanByline(tree.textContent(id));
    }
}

// "Court affirms sanctions | Ledger" -> "Court affirms sanctions", when
// what is left still reads as a headline.
QString withoutSiteSuffix(const QString &title)
{
    for (const QStringView separator : {u" | ", u" - ", u" \u2013 ", u" \u2014 ", u" :: ", u" \u00BB "}) {
        const qsizetype at = title.lastIndexOf(separator);
        if (at > 0) {
            const QString head = title.left(at).trimmed();
            if (head.count(u' ') >= 2)
                return head;
        }
    }
    return title;
}

// "Court Rules | The Ledger" -> "Court Rules" when the page names its
// site "The Ledger": some sites put their name in og:title too.
QString withoutSiteName(const QString &title, const QString &siteName)
{
    if (siteName.isEmpty() || title.size() <= siteName.size() ||
        !title.endsWith(siteName, Qt::CaseInsensitive))
        return title;
    const QString head = title.left(title.size() - siteName.size()).trimmed();
    for (const QChar separator : {u'|', u'-', u'\u2013', u'\u2014', u':', u'\u00BB', u'\u00B7'}) {
        if (head.endsWith(separator) && head.size() > 1)
            return head.chopped(1).trimmed();
    }
    return title;
}

QDateTime firstDate(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        const QDateTime date = DateParser::parse(candidate.trimmed());
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace

namespace ArticleMetadata {

QUrl baseUrl(const HtmlTree &tree, const QUrl &pageUrl)
{
    for (NodeId n = tree.root(); n != HtmlTree::None; n = tree.next(n, tree.root())) {
        if (tree.isElement(n, u"base") && !tree.attribute(n, u"href").isNull()) {
            const QUrl base = webUrl(tree.attribute(n, u"href"), pageUrl);
            return base.isValid() ? base : pageUrl;
        }
    }
    return pageUrl;
}

ExtractedArticle read(const HtmlTree &tree, const QUrl &pageUrl)
{
    Found found;
    for (NodeId n = tree.root(); n != HtmlTree::None; n = tree.next(n, tree.root())) {
        if (tree.node(n).kind == HtmlTree::Kind::Element && n != tree.root())
            visit(tree, n, found);
    }
    const JsonLdArticle jsonLd = found.jsonLd.value_or(JsonLdArticle{});
    const auto meta = [&](const char16_t *name) { return found.metas.value(QString::fromUtf16(name)); };

    ExtractedArticle article;
    article.siteName =
        PlainText::fromHtml(firstOf({meta(u"og:site_name"), jsonLd.publisher, meta(u"application-name")}));
    // Metadata is text that may carry markup or references; element text is already plain.
    article.title = firstOf({PlainText::fromHtml(meta(u"og:title")), PlainText::fromHtml(jsonLd.headline),
                             PlainText::fromHtml(meta(u"twitter:title")), found.itempropHeadline,
                             found.articleH1, found.firstH1, withoutSiteSuffix(found.titleElement)});
    article.title = withoutSiteName(article.title, article.siteName);
    article.byline =
        firstOf({cleanByline(meta(u"author")), cleanByline(meta(u"dc.creator")), cleanByline(jsonLd.author),
                 found.itempropAuthors.join(u", "), found.relAuthors.join(u", "), found.bylineElement});
    article.published =
        firstDate({meta(u"article:published_time"), jsonLd.datePublished, found.itempropDate,
                   meta(u"datepublished"), meta(u"og:published_time"), meta(u"dc.date.issued"),
                   meta(u"dc.date"), meta(u"date"), meta(u"pubdate"), meta(u"publishdate"), found.timeDate});
    const QUrl base = baseUrl(tree, pageUrl);
    for (const QString &candidate : {found.canonical, meta(u"og:url"), jsonLd.url}) {
        article.sourceUrl = webUrl(candidate, base);
        if (article.sourceUrl.isValid())
            break;
    }
    if (!article.sourceUrl.isValid())
        article.sourceUrl = pageUrl;
    return article;
}

} // namespace ArticleMetadata
