// The namespace URIs feed elements are recognised by (never by their prefix).
#pragma once

#include <QStringView>

namespace XmlNamespaces {

inline constexpr QStringView Xml = u"http://www.w3.org/XML/1998/namespace";
inline constexpr QStringView Xhtml = u"http://www.w3.org/1999/xhtml";
inline constexpr QStringView Atom = u"http://www.w3.org/2005/Atom";
inline constexpr QStringView Atom03 = u"http://purl.org/atom/ns#";
inline constexpr QStringView Rdf = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr QStringView Rss10 = u"http://purl.org/rss/1.0/";
inline constexpr QStringView Rss090 = u"http://my.netscape.com/rdf/simple/0.9/";
inline constexpr QStringView Content = u"http://purl.org/rss/1.0/modules/content/";
inline constexpr QStringView DublinCore = u"http://purl.org/dc/elements/1.1/";
inline constexpr QStringView DcTerms = u"http://purl.org/dc/terms/";
inline constexpr QStringView Syndication = u"http://purl.org/rss/1.0/modules/syndication/";
inline constexpr QStringView ITunes = u"http://www.itunes.com/dtds/podcast-1.0.dtd";

// RSS 2.0 has no namespace, but some publishers put its elements in one of
// these; RSS 1.0 and 0.90 have their own.
inline bool isRss(QStringView uri)
{
    return uri.isEmpty() || uri == Rss10 || uri == Rss090 || uri == u"http://backend.userland.com/rss2" ||
           uri == u"http://blogs.law.harvard.edu/tech/rss";
}

// Dublin Core elements and terms share their names (creator, date, subject).
inline bool isDublinCore(QStringView uri)
{
    return uri == DublinCore || uri == DcTerms;
}

// Media RSS is declared under two URIs, with and without a trailing slash.
inline bool isMedia(QStringView uri)
{
    if (uri.endsWith(u'/'))
        uri.chop(1);
    return uri == u"http://search.yahoo.com/mrss" || uri == u"http://www.rssboard.org/media-rss";
}

inline bool isITunes(QStringView uri)
{
    return uri.compare(ITunes, Qt::CaseInsensitive) == 0 ||
           uri.compare(u"https://www.itunes.com/dtds/podcast-1.0.dtd", Qt::CaseInsensitive) == 0;
}

} // namespace XmlNamespaces
