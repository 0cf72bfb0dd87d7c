#include "feedparser.h"

#include "atomparser.h"
#include "feedcompletion.h"
#include "jsonfeedparser.h"
#include "rssparser.h"
#include "textdecoder.h"
#include "xmlcursor.h"
#include "xmlnamespaces.h"
#include "xmlrepair.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

QString feedFormatName(FeedFormat format)
{
    switch (format) {
    case FeedFormat::Rss:
        return QStringLiteral("rss");
    case FeedFormat::Rdf:
        return QStringLiteral("rdf");
    case FeedFormat::Atom:
        return QStringLiteral("atom");
    case FeedFormat::JsonFeed:
        return QStringLiteral("jsonfeed");
    }
    return {};
}

namespace FeedParser {

namespace {

using namespace XmlNamespaces;

QString tr(const char *text)
{
    return QCoreApplication::translate("FeedParser", text);
}

// The first byte that says what the document is: past a byte order mark,
// white space, and the zero bytes of UTF-16/32.
char firstSignificantByte(const QByteArray &bytes)
{
    qsizetype i = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        i = 3;
    else if (bytes.startsWith("\xFE\xFF") || bytes.startsWith("\xFF\xFE"))
        i = 2;
    for (; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\0')
            return c;
    }
    return 0;
}

// Web pages are rarely well-formed XML, so they are recognised before the XML
// reader would fail on them: the first markup that is not a declaration or a
// comment is an HTML doctype or an <html> tag. Returns its offset, or -1.
qsizetype htmlStart(QStringView text)
{
    qsizetype i = 0;
    for (;;) {
        while (i < text.size() && text[i].isSpace())
            ++i;
        const QStringView rest = text.sliced(i);
        if (rest.startsWith(u"<?")) {
            const qsizetype end = text.indexOf(u"?>", i);
            if (end < 0)
                return -1;
            i = end + 2;
        } else if (rest.startsWith(u"<!--")) {
            const qsizetype end = text.indexOf(u"-->", i);
            if (end < 0)
                return -1;
            i = end + 3;
        } else if (rest.startsWith(u"<!DOCTYPE html", Qt::CaseInsensitive)) {
            return i;
        } else if (rest.startsWith(u"<html", Qt::CaseInsensitive) && rest.size() > 5 &&
                   (rest[5].isSpace() || rest[5] == u'>')) {
            return i;
        } else {
            return -1;
        }
    }
}

qint64 lineAt(QStringView text, qsizetype offset)
{
    return text.first(offset).count(u'\n') + 1;
}

Result<Parsed> notAWebPage(QStringView text, qsizetype offset)
{
    const qsizetype lineStart = text.first(offset).lastIndexOf(u'\n') + 1;
    return Result<Parsed>::failure(tr("Not a feed: this is a web page (HTML)"), lineAt(text, offset),
                                   offset - lineStart + 1);
}

Result<Parsed> parseXml(const QByteArray &bytes, const Options &options)
{
    TextDecoder::Decoded decoded = TextDecoder::decodeXml(bytes, options.charsetHint);
    Parsed parsed;
    for (const QString &warning : std::as_const(decoded.warnings))
        parsed.warnings.append(Diagnostic{warning, 0, 0});

    const qsizetype html = htmlStart(decoded.text);
    if (html >= 0)
        return notAWebPage(decoded.text, html);

    const QString text = XmlRepair::repair(decoded.text, XmlRepair::TextReferences::Decode);
    decoded.text.clear();
    QXmlStreamReader reader(text);
    while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::StartElement) {
    }
    if (!reader.isStartElement()) {
        const QString reason = reader.hasError() ? reader.errorString() : tr("it has no elements");
        return Result<Parsed>::failure(tr("Not a feed: the document is not XML (%1)").arg(reason),
                                       reader.lineNumber(), reader.columnNumber() + 1);
    }

    Feed &feed = parsed.feed;
    const QStringView ns = reader.namespaceUri();
    const QStringView root = reader.name();
    XmlCursor cursor(reader, options.maxDepth);
    if (root == u"rss" && isRss(ns)) {
        feed.format = FeedFormat::Rss;
        feed.version = reader.attributes().value(QLatin1StringView("version")).trimmed().toString();
        if (feed.version.isEmpty())
            feed.version = QStringLiteral("2.0");
        RssParser(cursor).parse(feed);
    } else if (root == u"RDF" && ns == Rdf) {
        feed.format = FeedFormat::Rdf;
        feed.version = QStringLiteral("1.0");
        const QXmlStreamNamespaceDeclarations declarations = reader.namespaceDeclarations();
        for (const QXmlStreamNamespaceDeclaration &declaration : declarations) {
            if (declaration.namespaceUri() == Rss090)
                feed.version = QStringLiteral("0.90");
        }
        RssParser(cursor).parse(feed);
    } else if (root == u"feed" && (ns == Atom || ns == Atom03 || ns.isEmpty())) {
        feed.format = FeedFormat::Atom;
        const bool old =
            ns == Atom03 ||
            (ns.isEmpty() && reader.attributes().value(QLatin1StringView("version")).trimmed() == u"0.3");
        feed.version = old ? QStringLiteral("0.3") : QStringLiteral("1.0");
        AtomParser(cursor, ns).parse(feed);
    } else if (root.compare(u"html", Qt::CaseInsensitive) == 0) {
        return Result<Parsed>::failure(tr("Not a feed: this is a web page (HTML)"), reader.lineNumber(),
                                       reader.columnNumber());
    } else {
        return Result<Parsed>::failure(
            tr("Not a feed: the document is <%1>, not RSS, RDF or Atom").arg(reader.qualifiedName()),
            reader.lineNumber(), reader.columnNumber());
    }

    // What follows the root element is no part of the feed, but junk there
    // is worth a warning: the publisher's document is broken.
    while (!reader.atEnd() && !reader.hasError())
        reader.readNext();
    if (reader.hasError()) {
        const qint64 line = reader.lineNumber();
        const qint64 column = reader.columnNumber() + 1;
        if (feed.items.isEmpty() && feed.title.isEmpty())
            return Result<Parsed>::failure(tr("the document breaks here: %1").arg(reader.errorString()), line,
                                           column);
        const QString count = feed.items.size() == 1 ? tr("1 item") : tr("%1 items").arg(feed.items.size());
        QString reason = reader.errorString();
        if (reason.endsWith(u'.'))
            reason.chop(1);
        parsed.warnings.append(Diagnostic{tr("the document breaks at %1:%2: %3; %4 read before it")
                                              .arg(line)
                                              .arg(column)
                                              .arg(reason, count),
                                          line, column});
    }
    FeedCompletion::complete(feed, options.baseUrl);
    return parsed;
}

} // namespace

Result<Parsed> parse(const QByteArray &bytes, const Options &options)
{
    if (bytes.size() > options.maxBytes)
        return Result<Parsed>::failure(tr("the document is too large: %1 bytes, over the limit of %2 bytes")
                                           .arg(bytes.size())
                                           .arg(options.maxBytes));
    const char first = firstSignificantByte(bytes);
    if (first == 0)
        return Result<Parsed>::failure(tr("the document is empty"));
    if (first != '{')
        return parseXml(bytes, options);

    Result<Parsed> parsed = JsonFeedParser::parse(bytes, options);
    if (parsed)
        FeedCompletion::complete(parsed.value().feed, options.baseUrl);
    return parsed;
}

} // namespace FeedParser
