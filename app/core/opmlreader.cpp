#include "opmlreader.h"

#include "dateparser.h"
#include "htmlentities.h"
#include "plaintext.h"
#include "textdecoder.h"

#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <optional>

namespace {

using Outcome = Result<OpmlReader::Parsed>;

// HTML names such as &eacute; are undeclared in XML, and exporters write
// them anyway; they become numeric references so the XML reader accepts them.
QString withNumericReferences(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype amp = text.indexOf(u'&', i);
        if (amp < 0) {
            out.append(QStringView(text).mid(i));
            break;
        }
        out.append(QStringView(text).mid(i, amp - i));
        qsizetype end = amp + 1;
        while (end < text.size() && end - amp <= 32 && text[end].isLetterOrNumber() &&
               text[end].unicode() < 128)
            ++end;
        const QStringView name = QStringView(text).mid(amp + 1, end - amp - 1);
        const bool xmlName =
            name == u"amp" || name == u"lt" || name == u"gt" || name == u"quot" || name == u"apos";
        const auto decoded = (end < text.size() && text[end] == u';' && !name.isEmpty() && !xmlName)
                                 ? HtmlEntities::lookup(name)
                                 : std::nullopt;
        if (!decoded) {
            out.append(u'&');
            i = amp + 1;
            continue;
        }
        for (const char32_t codePoint : decoded->toUcs4())
            out.append(QStringLiteral("&#%1;").arg(quint32(codePoint)));
        i = end + 1;
    }
    return out;
}

QString plainText(const QString &text)
{
    return PlainText::collapse(text.contains(u'&') ? HtmlEntities::decode(text) : text);
}

// The value of an attribute whose name exporters spell in any case
// ("xmlUrl", "xmlurl", "XMLURL").
QString attribute(const QXmlStreamAttributes &attributes, QStringView name)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.namespaceUri().isEmpty() && attribute.name().compare(name, Qt::CaseInsensitive) == 0)
            return attribute.value().toString();
    }
    return {};
}

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
}

// QUrl keeps some characters as written ("#" in a fragment) but writes them
// encoded ("%23"), and compares what it keeps: reading an address back in
// its written form makes equal addresses compare equal, so duplicates are
// found and a written list reads back as the same list.
QUrl canonical(const QUrl &url)
{
    return url.isValid() ? QUrl(url.toString(QUrl::FullyEncoded)) : url;
}

QString rootProblem(QStringView root)
{
    if (root == u"rss" || root == u"feed" || root == u"RDF" || root == u"channel")
        return QStringLiteral("this is a news feed, not a subscription list (OPML); subscribe to it instead");
    if (root.compare(u"html", Qt::CaseInsensitive) == 0)
        return QStringLiteral("this is a web page, not a subscription list (OPML)");
    return QStringLiteral("this is not a subscription list (OPML): the file starts with <%1>").arg(root);
}

class OutlineReader
{
public:
    OutlineReader(const QString &text, const OpmlReader::Options &options) : m_xml(text), m_options(options)
    {
    }

    Outcome read()
    {
        while (!m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::DTD:
                if (!m_xml.entityDeclarations().isEmpty())
                    return failure(
                        QStringLiteral("the file declares entities in a DOCTYPE, which a subscription "
                                       "list never needs; Docket does not read such files"));
                break;
            case QXmlStreamReader::StartElement:
                if (auto problem = startElement())
                    return std::move(*problem);
                break;
            case QXmlStreamReader::EndElement:
                if (!m_frames.isEmpty())
                    m_frames.removeLast();
                break;
            default:
                break;
            }
        }
        if (m_xml.hasError())
            return xmlFailure();
        return OpmlReader::Parsed{std::move(m_document), std::move(m_warnings)};
    }

private:
    // What an open element means for the outlines inside it.
    struct Frame
    {
        QStringView name;
        bool inBody = false;
        int outlineLevel = 0; // 1 for a top-level outline
        int folder = -1;      // index in m_document.folders of the folder it files into
    };

    Outcome failure(const QString &message) const
    {
        return Outcome::failure(message, m_xml.lineNumber(), m_xml.columnNumber() + 1);
    }

    Outcome xmlFailure() const
    {
        if (m_frames.isEmpty() && !m_sawRoot)
            return failure(QStringLiteral("this is not a subscription list (OPML): the file is not an XML "
                                          "document (%1)")
                               .arg(m_xml.errorString()));
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return failure(
                QStringLiteral("the subscription list ends too early; the file may be incomplete"));
        return failure(QStringLiteral("the subscription list is damaged here and cannot be read: %1")
                           .arg(plainReason(m_xml.errorString())));
    }

    // Qt's words for the damage people meet most, in plainer words.
    static QString plainReason(const QString &reason)
    {
        if (reason.startsWith(u"Opening and ending tag mismatch"))
            return QStringLiteral("an outline or other element is closed in the wrong place");
        if (reason.startsWith(u"Extra content at end of document"))
            return QStringLiteral("something follows the end of the list");
        if (reason.startsWith(u"Entity '") && reason.endsWith(u"' not declared."))
            return QStringLiteral("it uses the undefined name &%1;").arg(reason.mid(8, reason.size() - 23));
        return reason;
    }

    std::optional<Outcome> startElement()
    {
        if (m_frames.size() >= m_options.maxDepth)
            return failure(QStringLiteral("the subscription list is nested more than %1 levels deep")
                               .arg(m_options.maxDepth));
        const QStringView name = m_xml.name();
        if (!m_sawRoot) {
            m_sawRoot = true;
            if (name.compare(u"opml", Qt::CaseInsensitive) != 0)
                return failure(rootProblem(name));
            m_frames.append({u"opml"});
            return std::nullopt;
        }
        Frame frame;
        const Frame &parent = m_frames.last();
        frame.inBody = parent.inBody || (m_frames.size() == 1 && name == u"body");
        frame.outlineLevel = parent.outlineLevel;
        frame.folder = parent.folder;
        if (m_frames.size() == 2 && m_frames.last().name == u"head") {
            // readElementText consumes the end tag, so no frame is kept.
            if (name == u"title")
                m_document.title = plainText(m_xml.readElementText(QXmlStreamReader::IncludeChildElements));
            else if (name == u"dateCreated")
                m_document.dateCreated =
                    DateParser::parse(m_xml.readElementText(QXmlStreamReader::IncludeChildElements));
            else
                m_xml.skipCurrentElement();
            return std::nullopt;
        }
        if (m_frames.size() == 1 && name == u"head")
            frame.name = u"head";
        if (frame.inBody && name == u"outline") {
            ++frame.outlineLevel;
            outline(frame);
        }
        m_frames.append(frame);
        return std::nullopt;
    }

    void outline(Frame &frame)
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QString feed = attribute(attributes, u"xmlUrl").trimmed();
        QString title = plainText(attribute(attributes, u"title"));
        if (title.isEmpty())
            title = plainText(attribute(attributes, u"text"));
        const QString type = attribute(attributes, u"type").trimmed().toLower();
        if (!feed.isEmpty()) {
            subscription(frame.folder, feed, title, attribute(attributes, u"htmlUrl").trimmed());
        } else if (type == u"rss" || type == u"atom") {
            warn(QStringLiteral("skipped '%1': it has no feed address").arg(title));
        } else if (type == u"link" || type == u"include") {
            return; // a web page or another OPML file: neither is a feed or a folder
        } else if (frame.outlineLevel == 1 && !title.isEmpty()) {
            // Deeper folders stay in this one: Docket's folders are one level deep.
            frame.folder = folderIndex(title);
        }
    }

    int folderIndex(const QString &title)
    {
        const auto known = m_folderIndex.constFind(title);
        if (known != m_folderIndex.constEnd())
            return *known;
        m_document.folders.append({title, {}});
        const int index = int(m_document.folders.size() - 1);
        m_folderIndex.insert(title, index);
        return index;
    }

    void subscription(int folder, const QString &address, const QString &title, const QString &site)
    {
        const QString name = title.isEmpty() ? address : title;
        QString written = address;
        // feed://host/path and feed:https://host/path are how some sites
        // hand a feed to a reader.
        if (written.startsWith(u"feed:", Qt::CaseInsensitive)) {
            written = written.mid(5);
            if (written.startsWith(u"//"))
                written.prepend(u"http:");
        }
        const QUrl url = canonical(QUrl(written));
        const QString scheme = url.scheme().toLower();
        const bool web = scheme == u"http" || scheme == u"https";
        if (url.isValid() && url.isRelative()) {
            warn(QStringLiteral("skipped '%1': its feed address '%2' is incomplete (a full address starts "
                                "with http:// or https://)")
                     .arg(name, address));
            return;
        }
        if (!url.isValid() || (web && !isWebUrl(url))) {
            warn(QStringLiteral("skipped '%1': its feed address '%2' is not a valid address")
                     .arg(name, address));
            return;
        }
        if (!web && !(scheme == u"file" && !url.path().isEmpty())) {
            warn(QStringLiteral("skipped '%1': its feed address '%2' is not a web address (only http, https "
                                "and local files can be followed)")
                     .arg(name, address));
            return;
        }
        if (m_seen.contains(url)) {
            if (!m_reported.contains(url)) {
                m_reported.insert(url);
                warn(QStringLiteral("'%1' (%2) is listed more than once; it is imported once")
                         .arg(name, url.toString()));
            }
            return;
        }
        m_seen.insert(url);
        OpmlSubscription entry{url, title, {}};
        if (!site.isEmpty()) {
            QUrl siteUrl(site);
            if (siteUrl.isRelative() && isWebUrl(url))
                siteUrl = url.resolved(siteUrl);
            if (isWebUrl(siteUrl))
                entry.siteUrl = canonical(siteUrl);
        }
        if (folder >= 0)
            m_document.folders[folder].subscriptions.append(entry);
        else
            m_document.subscriptions.append(entry);
    }

    void warn(const QString &message)
    {
        m_warnings.append({message, m_xml.lineNumber(), m_xml.columnNumber() + 1});
    }

    QXmlStreamReader m_xml;
    const OpmlReader::Options &m_options;
    QList<Frame> m_frames;
    bool m_sawRoot = false;
    OpmlDocument m_document;
    QList<Diagnostic> m_warnings;
    QSet<QUrl> m_seen;
    QSet<QUrl> m_reported;
    QHash<QString, int> m_folderIndex; // by title: a file may hold many thousands of folders
};

} // namespace

namespace OpmlReader {

Result<Parsed> read(const QByteArray &bytes, const Options &options)
{
    if (bytes.size() > options.maxBytes)
        return Outcome::failure(
            QStringLiteral("the file is %1 MB, larger than a subscription list can be (%2 MB)")
                .arg(bytes.size() / (1024 * 1024))
                .arg(options.maxBytes / (1024 * 1024)));
    const TextDecoder::Decoded decoded = TextDecoder::decodeXml(bytes);
    if (decoded.text.trimmed().isEmpty())
        return Outcome::failure(QStringLiteral("the file is empty"));
    return OutlineReader(withNumericReferences(decoded.text), options).read();
}

} // namespace OpmlReader
