#include "threadjson.h"

#include "capturestore.h"
#include "feedjson.h"
#include "htmlsanitizer.h"
#include "plaintext.h"
#include "searchindex.h"

#include <QJsonArray>

namespace ThreadJson {

QJsonObject listEntry(const ThreadRecord &thread, bool withSnippet)
{
    QJsonObject entry{
        {QStringLiteral("id"), thread.id},
        {QStringLiteral("feed_id"), thread.feedId},
        {QStringLiteral("feed"), thread.feedTitle},
        {QStringLiteral("title"), thread.title},
        {QStringLiteral("link"), FeedJson::url(thread.link)},
        {QStringLiteral("author"), FeedJson::text(thread.author)},
        {QStringLiteral("published"), FeedJson::time(thread.published)},
        {QStringLiteral("first_seen"), FeedJson::time(thread.firstSeen)},
        {QStringLiteral("expires"),
         thread.kept ? QJsonValue(QJsonValue::Null) : FeedJson::time(thread.expires)},
        {QStringLiteral("read"), thread.read},
        {QStringLiteral("kept"), thread.kept},
        {QStringLiteral("revised"), thread.revised},
    };
    if (withSnippet)
        entry.insert(QStringLiteral("snippet"), snippetText(thread.snippet));
    return entry;
}

QJsonObject showEntry(const ThreadRecord &thread, const QList<RevisionRecord> &revisions)
{
    QJsonObject entry = listEntry(thread, false);
    entry.insert(QStringLiteral("summary"), FeedJson::text(thread.summary));
    entry.insert(QStringLiteral("content"), FeedJson::text(thread.content));
    entry.insert(QStringLiteral("html"), readerHtml(thread.summary, thread.content, thread.link));
    entry.insert(QStringLiteral("categories"), QJsonArray::fromStringList(thread.categories));
    QJsonArray enclosures;
    for (const Enclosure &enclosure : thread.enclosures) {
        enclosures.append(QJsonObject{
            {QStringLiteral("url"), FeedJson::url(enclosure.url)},
            {QStringLiteral("type"), FeedJson::text(enclosure.type)},
            {QStringLiteral("length"),
             enclosure.length < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(enclosure.length)},
        });
    }
    entry.insert(QStringLiteral("enclosures"), enclosures);
    QJsonArray earlier;
    for (const RevisionRecord &revision : revisions) {
        earlier.append(QJsonObject{
            {QStringLiteral("at"), FeedJson::time(revision.at)},
            {QStringLiteral("title"), revision.title},
            {QStringLiteral("html"), readerHtml(revision.summary, revision.content, thread.link)},
        });
    }
    entry.insert(QStringLiteral("revisions"), earlier);
    const ArticleCapture &capture = thread.capture;
    const bool captured = capture.status == ArticleCapture::Status::Captured;
    // Sanitised when captured; again here, as everything a viewer gets is.
    entry.insert(QStringLiteral("full_html"),
                 captured ? QJsonValue(HtmlSanitizer::sanitize(capture.html, capture.provenance.finalUrl))
                          : QJsonValue(QJsonValue::Null));
    if (capture.status == ArticleCapture::Status::None) {
        entry.insert(QStringLiteral("capture"), QJsonValue::Null);
    } else {
        entry.insert(QStringLiteral("capture"),
                     QJsonObject{
                         {QStringLiteral("status"), CaptureStore::statusName(capture.status)},
                         {QStringLiteral("error"), FeedJson::text(capture.error)},
                         {QStringLiteral("byline"), FeedJson::text(capture.byline)},
                         {QStringLiteral("published"), FeedJson::time(capture.published)},
                         {QStringLiteral("provenance"), provenance(capture.provenance)},
                     });
    }
    entry.insert(QStringLiteral("provenance"), provenance(thread.provenance));
    return entry;
}

QJsonValue provenance(const Provenance &provenance)
{
    if (provenance.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("retrieved_at"), FeedJson::time(provenance.retrievedAt)},
        {QStringLiteral("final_url"), FeedJson::url(provenance.finalUrl)},
        {QStringLiteral("etag"), FeedJson::text(provenance.etag)},
        {QStringLiteral("last_modified"), FeedJson::text(provenance.lastModified)},
        {QStringLiteral("sha256"), FeedJson::text(provenance.sha256)},
    };
}

QString readerHtml(const QString &summary, const QString &content, const QUrl &link)
{
    return HtmlSanitizer::sanitize(content.isEmpty() ? summary : content, link);
}

QString snippetText(const QString &snippet)
{
    QString text = PlainText::collapse(snippet);
    text.replace(SearchIndex::highlightStart, QStringLiteral("**"));
    text.replace(SearchIndex::highlightEnd, QStringLiteral("**"));
    return text;
}

} // namespace ThreadJson
