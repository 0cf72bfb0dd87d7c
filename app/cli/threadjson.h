// Writes stored threads as the JSON of the `list` and `show` commands' contract.
#pragma once

#include "threadrecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace ThreadJson {

// The fields of `list --json`: id, feed_id, feed, title, link, author,
// published, first_seen, expires, read, kept, revised; with withSnippet also
// snippet (see snippetText).
QJsonObject listEntry(const ThreadRecord &thread, bool withSnippet);

// The fields of `show --json`: the list entry plus summary, content, html,
// categories, enclosures and revisions (oldest first: at, title, html);
// then full_html (the captured article, sanitised; null when none), capture
// (status, error, byline, published, provenance; null when capture is off)
// and provenance (of the stored version; null when unknown).
QJsonObject showEntry(const ThreadRecord &thread, const QList<RevisionRecord> &revisions);

// retrieved_at, final_url, etag, last_modified, sha256; null when empty.
QJsonValue provenance(const Provenance &provenance);

// What the reader displays: the content, else the summary, sanitised, with
// relative addresses resolved against the thread's link.
QString readerHtml(const QString &summary, const QString &content, const QUrl &link);

// A search snippet for people and scripts: the storage layer's match markers
// become "**" on both sides (Markdown emphasis), white space collapsed.
QString snippetText(const QString &snippet);

} // namespace ThreadJson
