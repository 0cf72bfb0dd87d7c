// Finds the feeds a web page advertises with <link rel="alternate">.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace FeedDiscovery {

struct Candidate
{
    QUrl url;      // absolute, http or https
    QString type;  // the advertised media type, lower case ("application/atom+xml")
    QString title; // the link's title attribute, entities decoded; may be empty

    friend bool operator==(const Candidate &, const Candidate &) = default;
};

// The feeds that the HTML page at pageUrl links to, in document order, each URL
// once. A cheap, tolerant scan rather than an HTML parser: it reads at most
// maxScannedBytes of the page (feed links sit in the head), skips comments,
// scripts and styles, honours the first <base href>, and accepts rel tokens in
// any order or case. Runs in time linear in the bytes scanned.
QList<Candidate> candidates(const QByteArray &html, const QUrl &pageUrl);

// How much of a page is scanned; the rest is ignored.
inline constexpr qsizetype maxScannedBytes = 2 * 1024 * 1024;

} // namespace FeedDiscovery
