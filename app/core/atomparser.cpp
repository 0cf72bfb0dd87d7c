#include "atomparser.h"

#include "atomtext.h"
#include "dateparser.h"
#include "enclosurecollector.h"
#include "htmlentities.h"
#include "plaintext.h"
#include "xmlcursor.h"
#include "xmlnamespaces.h"

#include <QDateTime>
#include <QUrl>

using namespace XmlNamespaces;

namespace {

// Relation names may be written as IANA URIs.
QStringView relation(QStringView rel)
{
    rel = rel.trimmed();
    constexpr QStringView iana = u"http://www.iana.org/assignments/relation/";
    if (rel.startsWith(iana))
        rel = rel.sliced(iana.size());
    return rel.isEmpty() ? QStringView(u"alternate") : rel;
}

// Of several alternate links, the web page is the one to open.
int linkRank(QStringView type)
{
    type = type.trimmed();
    if (type.isEmpty())
        return 1;
    if (type.startsWith(u"text/html", Qt::CaseInsensitive) ||
        type.startsWith(u"application/xhtml+xml", Qt::CaseInsensitive))
        return 2;
    return 0;
}

QString plainName(const QString &text)
{
    return PlainText::collapse(HtmlEntities::decode(text));
}

void addCategory(QStringList &categories, const QString &category)
{
    if (!category.isEmpty() && !categories.contains(category))
        categories.append(category);
}

QDateTime firstValid(std::initializer_list<QDateTime> dates)
{
    for (const QDateTime &date : dates) {
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace

struct AtomParser::Link
{
    QUrl url;
    int rank = -1;
};

AtomParser::AtomParser(XmlCursor &cursor, QStringView atomNamespace)
    : m_cursor(cursor), m_ns(atomNamespace.toString())
{
}

void AtomParser::parse(Feed &feed)
{
    feed.language = PlainText::collapse(m_cursor.attribute(Xml, u"lang"));
    Link alternate;
    QStringList authors;
    QUrl logo;
    QUrl icon;
    while (m_cursor.nextChild()) {
        const QStringView name = m_cursor.name();
        if (m_cursor.namespaceUri() != m_ns) {
            m_cursor.skip();
        } else if (name == u"entry") {
            if (std::optional<Item> item = readEntry())
                feed.items.append(std::move(*item));
        } else if (name == u"title" && feed.title.isEmpty()) {
            feed.title = AtomText::readPlain(m_cursor);
        } else if ((name == u"subtitle" || name == u"tagline") && feed.description.isEmpty()) {
            feed.description = AtomText::readPlain(m_cursor);
        } else if (name == u"link") {
            readLink(alternate, nullptr);
        } else if (name == u"updated" || (name == u"modified" && !feed.updated.isValid())) {
            feed.updated = DateParser::parse(m_cursor.readText());
        } else if (name == u"author") {
            const QString author = readPerson();
            if (!author.isEmpty() && !authors.contains(author))
                authors.append(author);
        } else if (name == u"logo") {
            logo = m_cursor.resolve(m_cursor.readText());
        } else if (name == u"icon") {
            icon = m_cursor.resolve(m_cursor.readText());
        } else {
            m_cursor.skip();
        }
    }
    feed.link = alternate.url;
    feed.image = logo.isEmpty() ? icon : logo;
    // An entry without an author is by the feed's authors (RFC 4287, 4.2.1).
    if (!authors.isEmpty()) {
        const QString feedAuthor = authors.join(u", ");
        for (Item &item : feed.items) {
            if (item.author.isEmpty())
                item.author = feedAuthor;
        }
    }
}

void AtomParser::readLink(Link &alternate, EnclosureCollector *enclosures)
{
    const QStringView rel = relation(m_cursor.attribute(u"rel"));
    const QStringView type = m_cursor.attribute(u"type");
    const QUrl url = m_cursor.resolve(m_cursor.attribute(u"href"));
    if (rel == u"alternate" && !url.isEmpty()) {
        const int rank = linkRank(type);
        if (rank > alternate.rank)
            alternate = {url, rank};
    } else if (rel == u"enclosure" && enclosures) {
        enclosures->addEnclosure(url, type, m_cursor.attribute(u"length"));
    }
    m_cursor.skip();
}

QString AtomParser::readPerson()
{
    QString name;
    QString email;
    while (m_cursor.nextChild()) {
        if (m_cursor.namespaceUri() == m_ns && m_cursor.name() == u"name")
            name = plainName(m_cursor.readText());
        else if (m_cursor.namespaceUri() == m_ns && m_cursor.name() == u"email")
            email = PlainText::collapse(m_cursor.readText());
        else
            m_cursor.skip();
    }
    return name.isEmpty() ? email : name;
}

// An entry copied from another feed names that feed's authors in <source>.
QStringList AtomParser::readSourceAuthors()
{
    QStringList authors;
    while (m_cursor.nextChild()) {
        if (m_cursor.namespaceUri() == m_ns && m_cursor.name() == u"author") {
            const QString author = readPerson();
            if (!author.isEmpty())
                authors.append(author);
        } else {
            m_cursor.skip();
        }
    }
    return authors;
}

std::optional<Item> AtomParser::readEntry()
{
    Item item;
    Link alternate;
    QUrl contentSource;
    QStringList authors;
    QStringList sourceAuthors;
    QStringList creators;
    QDateTime published, issued, created, dcDate, updated, modified;
    QString mediaDescription;
    EnclosureCollector enclosures;

    while (m_cursor.nextChild()) {
        const QStringView ns = m_cursor.namespaceUri();
        const QStringView name = m_cursor.name();
        if (ns == m_ns) {
            if (name == u"id") {
                item.id = m_cursor.readText().trimmed();
            } else if (name == u"title" && item.title.isEmpty()) {
                item.title = AtomText::readPlain(m_cursor);
            } else if (name == u"link") {
                readLink(alternate, &enclosures);
            } else if (name == u"published") {
                published = DateParser::parse(m_cursor.readText());
            } else if (name == u"issued") {
                issued = DateParser::parse(m_cursor.readText());
            } else if (name == u"created") {
                created = DateParser::parse(m_cursor.readText());
            } else if (name == u"updated") {
                updated = DateParser::parse(m_cursor.readText());
            } else if (name == u"modified") {
                modified = DateParser::parse(m_cursor.readText());
            } else if (name == u"author") {
                const QString author = readPerson();
                if (!author.isEmpty() && !authors.contains(author))
                    authors.append(author);
            } else if (name == u"summary" && item.summary.isEmpty()) {
                item.summary = AtomText::readHtml(m_cursor);
            } else if (name == u"content" && item.content.isEmpty()) {
                // Out-of-line content: the article is elsewhere.
                contentSource = m_cursor.resolve(m_cursor.attribute(u"src"));
                item.content = AtomText::readHtml(m_cursor);
            } else if (name == u"category") {
                const QStringView label = m_cursor.attribute(u"label");
                addCategory(
                    item.categories,
                    PlainText::collapse(label.trimmed().isEmpty() ? m_cursor.attribute(u"term") : label));
                m_cursor.skip();
            } else if (name == u"source") {
                sourceAuthors = readSourceAuthors();
            } else {
                m_cursor.skip();
            }
        } else if (isDublinCore(ns)) {
            if (name == u"creator")
                creators.append(plainName(m_cursor.readText()));
            else if (name == u"subject")
                addCategory(item.categories, PlainText::collapse(m_cursor.readText()));
            else if (name == u"date")
                dcDate = DateParser::parse(m_cursor.readText());
            else
                m_cursor.skip();
        } else if (isMedia(ns)) {
            enclosures.readMedia(m_cursor, &mediaDescription);
        } else {
            m_cursor.skip();
        }
    }
    if (m_cursor.failed())
        return std::nullopt;

    item.link = alternate.url.isEmpty() ? contentSource : alternate.url;
    item.published = firstValid({published, issued, created, dcDate});
    item.updated = updated.isValid() ? updated : modified;
    creators.removeAll(QString());
    item.author = !authors.isEmpty()         ? authors.join(u", ")
                  : !sourceAuthors.isEmpty() ? sourceAuthors.join(u", ")
                                             : creators.join(u", ");
    if (item.summary.isEmpty() && item.content.isEmpty())
        item.summary = mediaDescription;
    item.enclosures = enclosures.take();
    return item;
}
