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
// categories, enclosures and revisions (oldest first: at, title, html).
QJsonObject showEntry(const ThreadRecord &thread, const QList<RevisionRecord> &revisions);

// What the reader displays: the content, else the summary, sanitised, with
// relative addresses resolved against the thread's link.
QString readerHtml(const QString &summary, const QString &content, const QUrl &link);

// A search snippet for people and scripts: the storage layer's match markers
// become "**" on both sides (Markdown emphasis), white space collapsed.
QString snippetText(const QString &snippet);

} // namespace ThreadJson
