#include "rssparser.h"

#include "dateparser.h"
#include "enclosurecollector.h"
#include "plaintext.h"
#include "xmlcursor.h"
#include "xmlnamespaces.h"

#include <QStringList>

namespace {

using namespace XmlNamespaces;

// RSS puts an e-mail address in <author>, usually as "jane@example.com (Jane
// Doe)"; readers want the name. Other shapes seen: "Jane Doe
// <jane@example.com>", "Jane Doe (jane@example.com)", a bare address.
QString personName(QStringView raw)
{
    const QString text = PlainText::collapse(raw);
    QStringView name = text;
    if (text.endsWith(u')')) {
        const qsizetype open = text.lastIndexOf(u'(');
        if (open > 0) {
            const QStringView outside = QStringView(text).first(open).trimmed();
            const QStringView inside = QStringView(text).sliced(open + 1).chopped(1).trimmed();
            name = outside.contains(u'@') && !inside.isEmpty() ? inside : outside;
        }
    } else if (text.endsWith(u'>')) {
        const qsizetype open = text.lastIndexOf(u'<');
        const QStringView outside = QStringView(text).first(qMax<qsizetype>(open, 0)).trimmed();
        if (open >= 0 && QStringView(text).sliced(open).contains(u'@'))
            name = outside.isEmpty() ? QStringView(text).sliced(open + 1).chopped(1).trimmed() : outside;
    }
    return PlainText::fromHtml(name);
}

void addCategory(QStringList &categories, const QString &category)
{
    if (!category.isEmpty() && !categories.contains(category))
        categories.append(category);
}

QString htmlText(QString html)
{
    return std::move(html).trimmed();
}

bool isPermaLinkUrl(const QString &guid)
{
    return guid.startsWith(u"http://", Qt::CaseInsensitive) ||
           guid.startsWith(u"https://", Qt::CaseInsensitive);
}

// Atom links inside RSS: only an alternate one says where the article is.
bool isAlternateLink(const XmlCursor &cursor)
{
    const QStringView rel = cursor.attribute(u"rel").trimmed();
    return rel.isEmpty() || rel == u"alternate";
}

int periodMinutes(QStringView period)
{
    const QStringView p = period.trimmed();
    if (p == u"hourly")
        return 60;
    if (p == u"daily")
        return 24 * 60;
    if (p == u"weekly")
        return 7 * 24 * 60;
    if (p == u"monthly")
        return 30 * 24 * 60;
    if (p == u"yearly")
        return 365 * 24 * 60;
    return 0;
}

int positiveNumber(QStringView text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok && value > 0 ? value : 0;
}

} // namespace

RssParser::RssParser(XmlCursor &cursor) : m_cursor(cursor)
{
}

void RssParser::parse(Feed &feed)
{
    m_language = PlainText::collapse(m_cursor.attribute(Xml, u"lang"));
    while (m_cursor.nextChild()) {
        if (!isRss(m_cursor.namespaceUri())) {
            m_cursor.skip();
        } else if (m_cursor.name() == u"channel") {
            readChannel(feed);
        } else if (m_cursor.name() == u"item") {
            // RSS 1.0 and 0.90 put items beside the channel, not in it.
            if (std::optional<Item> item = readItem())
                feed.items.append(std::move(*item));
        } else if (m_cursor.name() == u"image") {
            readImage();
        } else {
            m_cursor.skip();
        }
    }

    if (feed.title.isEmpty())
        feed.title = m_dcTitle;
    if (feed.description.isEmpty())
        feed.description = m_dcDescription;
    if (feed.language.isEmpty())
        feed.language = m_language;
    if (feed.link.isEmpty())
        feed.link = m_atomLink;
    feed.image = m_image.isEmpty() ? m_itunesImage : m_image;
    for (const QDateTime &date : {m_lastBuildDate, m_pubDate, m_dcDate, m_atomUpdated}) {
        if (date.isValid()) {
            feed.updated = date;
            break;
        }
    }
    if (m_ttl > 0)
        feed.ttlMinutes = m_ttl;
    else if (m_updatePeriodMinutes > 0)
        feed.ttlMinutes = qMax(1, m_updatePeriodMinutes / m_updateFrequency);
}

void RssParser::readChannel(Feed &feed)
{
    if (m_language.isEmpty())
        m_language = PlainText::collapse(m_cursor.attribute(Xml, u"lang"));
    while (m_cursor.nextChild()) {
        const QStringView ns = m_cursor.namespaceUri();
        const QStringView name = m_cursor.name();
        if (isRss(ns)) {
            if (name == u"item") {
                if (std::optional<Item> item = readItem())
                    feed.items.append(std::move(*item));
            } else if (name == u"title" && feed.title.isEmpty()) {
                feed.title = PlainText::fromHtml(m_cursor.readText());
            } else if (name == u"link" && feed.link.isEmpty()) {
                feed.link = m_cursor.resolve(m_cursor.readText());
            } else if (name == u"description" && feed.description.isEmpty()) {
                feed.description = PlainText::fromHtml(m_cursor.readText());
            } else if (name == u"language" && feed.language.isEmpty()) {
                feed.language = PlainText::collapse(m_cursor.readText());
            } else if (name == u"lastBuildDate") {
                m_lastBuildDate = DateParser::parse(m_cursor.readText());
            } else if (name == u"pubDate") {
                m_pubDate = DateParser::parse(m_cursor.readText());
            } else if (name == u"image") {
                readImage();
            } else if (name == u"ttl") {
                m_ttl = positiveNumber(m_cursor.readText());
            } else {
                m_cursor.skip();
            }
        } else if (isDublinCore(ns)) {
            if (name == u"title")
                m_dcTitle = PlainText::fromHtml(m_cursor.readText());
            else if (name == u"description")
                m_dcDescription = PlainText::fromHtml(m_cursor.readText());
            else if (name == u"language" && m_language.isEmpty())
                m_language = PlainText::collapse(m_cursor.readText());
            else if (name == u"date")
                m_dcDate = DateParser::parse(m_cursor.readText());
            else
                m_cursor.skip();
        } else if (ns == Syndication && name == u"updatePeriod") {
            m_updatePeriodMinutes = periodMinutes(m_cursor.readText());
        } else if (ns == Syndication && name == u"updateFrequency") {
            m_updateFrequency = qMax(1, positiveNumber(m_cursor.readText()));
        } else if (isITunes(ns) && name == u"image") {
            m_itunesImage = m_cursor.resolve(m_cursor.attribute(u"href"));
            m_cursor.skip();
        } else if (ns == Atom && name == u"link" && isAlternateLink(m_cursor) && m_atomLink.isEmpty()) {
            m_atomLink = m_cursor.resolve(m_cursor.attribute(u"href"));
            m_cursor.skip();
        } else if (ns == Atom && name == u"updated") {
            m_atomUpdated = DateParser::parse(m_cursor.readText());
        } else {
            m_cursor.skip();
        }
    }
}

void RssParser::readImage()
{
    while (m_cursor.nextChild()) {
        if (isRss(m_cursor.namespaceUri()) && m_cursor.name() == u"url" && m_image.isEmpty())
            m_image = m_cursor.resolve(m_cursor.readText());
        else
            m_cursor.skip();
    }
}

std::optional<Item> RssParser::readItem()
{
    Item item;
    QUrl link;
    QUrl atomLink;
    bool guidIsPermaLink = false;
    QDateTime pubDate;
    QDateTime dcDate;
    QString author;
    QStringList creators;
    QString itunesAuthor;
    QString itunesSummary;
    QString dcTitle;
    EnclosureCollector enclosures;

    while (m_cursor.nextChild()) {
        const QStringView ns = m_cursor.namespaceUri();
        const QStringView name = m_cursor.name();
        if (isRss(ns)) {
            if (name == u"title" && item.title.isEmpty()) {
                item.title = PlainText::fromHtml(m_cursor.readText());
            } else if (name == u"link" && link.isEmpty()) {
                // Some publishers write Atom's <link href="..."/> without its namespace.
                const QString href = m_cursor.attribute(u"href").toString();
                const QString text = m_cursor.readText();
                link = m_cursor.resolve(text.trimmed().isEmpty() ? href : text);
            } else if (name == u"description" && item.summary.isEmpty()) {
                item.summary = htmlText(m_cursor.readHtml());
            } else if (name == u"guid" && item.id.isEmpty()) {
                const QStringView permaLink = m_cursor.attribute(u"isPermaLink").trimmed();
                const bool isPermaLink =
                    permaLink.isEmpty() || permaLink.compare(u"true", Qt::CaseInsensitive) == 0;
                item.id = m_cursor.readText().trimmed();
                guidIsPermaLink = isPermaLink && isPermaLinkUrl(item.id);
            } else if (name == u"pubDate") {
                pubDate = DateParser::parse(m_cursor.readText());
            } else if (name == u"author" && author.isEmpty()) {
                author = personName(m_cursor.readTextOrChild(u"name"));
            } else if (name == u"category") {
                addCategory(item.categories, PlainText::fromHtml(m_cursor.readText()));
            } else if (name == u"enclosure") {
                enclosures.addEnclosure(m_cursor.resolve(m_cursor.attribute(u"url")),
                                        m_cursor.attribute(u"type"), m_cursor.attribute(u"length"));
                m_cursor.skip();
            } else {
                m_cursor.skip();
            }
        } else if (isDublinCore(ns)) {
            if (name == u"creator") {
                const QString creator = personName(m_cursor.readText());
                if (!creator.isEmpty() && !creators.contains(creator))
                    creators.append(creator);
            } else if (name == u"date" || name == u"issued" || name == u"created") {
                if (!dcDate.isValid())
                    dcDate = DateParser::parse(m_cursor.readText());
                else
                    m_cursor.skip();
            } else if (name == u"modified") {
                item.updated = DateParser::parse(m_cursor.readText());
            } else if (name == u"title" && dcTitle.isEmpty()) {
                dcTitle = PlainText::fromHtml(m_cursor.readText());
            } else if (name == u"subject") {
                addCategory(item.categories, PlainText::fromHtml(m_cursor.readText()));
            } else {
                m_cursor.skip();
            }
        } else if (ns == Content && name == u"encoded" && item.content.isEmpty()) {
            item.content = htmlText(m_cursor.readHtml());
        } else if (isMedia(ns)) {
            enclosures.readMedia(m_cursor);
        } else if (isITunes(ns) && name == u"author") {
            itunesAuthor = personName(m_cursor.readText());
        } else if (isITunes(ns) && name == u"summary") {
            itunesSummary = htmlText(m_cursor.readHtml());
        } else if (ns == Atom && name == u"link") {
            const QStringView rel = m_cursor.attribute(u"rel").trimmed();
            if (rel == u"enclosure")
                enclosures.addEnclosure(m_cursor.resolve(m_cursor.attribute(u"href")),
                                        m_cursor.attribute(u"type"), m_cursor.attribute(u"length"));
            else if (isAlternateLink(m_cursor) && atomLink.isEmpty())
                atomLink = m_cursor.resolve(m_cursor.attribute(u"href"));
            m_cursor.skip();
        } else if (ns == Atom && name == u"updated") {
            item.updated = DateParser::parse(m_cursor.readText());
        } else {
            m_cursor.skip();
        }
    }
    if (m_cursor.failed())
        return std::nullopt;

    if (!link.isEmpty())
        item.link = link;
    else if (!atomLink.isEmpty())
        item.link = atomLink;
    else if (guidIsPermaLink && QUrl(item.id).isValid())
        item.link = QUrl(item.id);
    item.published = pubDate.isValid() ? pubDate : dcDate;
    item.author = !author.isEmpty() ? author : !creators.isEmpty() ? creators.join(u", ") : itunesAuthor;
    if (item.title.isEmpty())
        item.title = dcTitle;
    if (item.summary.isEmpty())
        item.summary = itunesSummary;
    item.enclosures = enclosures.take();
    return item;
}
