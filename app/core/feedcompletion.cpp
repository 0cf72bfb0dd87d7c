#include "feedcompletion.h"

#include "contenthash.h"
#include "plaintext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

#include <utility>

namespace FeedCompletion {

namespace {

// About the length of a headline; a title cut shorter than half of it would
// say too little, so text without spaces is cut at the length itself.
constexpr qsizetype titleLength = 80;

QString cutAtWord(const QString &text)
{
    if (text.size() <= titleLength)
        return text;
    qsizetype cut = text.lastIndexOf(u' ', titleLength);
    if (cut < titleLength / 2) {
        cut = titleLength;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
    }
    QStringView head = QStringView(text).first(cut).trimmed();
    while (!head.isEmpty() && QStringView(u",;:-\u2013\u2014").contains(head.back()))
        head.chop(1);
    return head.trimmed().toString() + u'\u2026';
}

QUrl absolute(const QUrl &url, const QUrl &context)
{
    if (url.isEmpty() || !url.isRelative())
        return url;
    return context.isEmpty() ? url : context.resolved(url);
}

QUrl absoluteOrNothing(const QUrl &url)
{
    return url.isRelative() || !url.isValid() ? QUrl() : url;
}

// Publishers sometimes give two different articles one id (PACER repeats a
// guid for separate docket entries made at the same second); stored under one
// id, the second would pass for a revision of the first. A later item with a
// taken id gets the id plus a fingerprint of what it says, which is the same
// on every parse. Items that say the same thing keep the id they share.
void separateSharedIds(QList<Item> &items)
{
    QHash<QString, int> uses;
    bool shared = false;
    for (const Item &item : std::as_const(items))
        shared = ++uses[item.id] > 1 || shared;
    if (!shared)
        return;
    QHash<QString, QString> firstHash;
    for (Item &item : items) {
        if (uses.value(item.id) < 2)
            continue;
        const QString hash = ContentHash::of(item);
        const auto first = firstHash.constFind(item.id);
        if (first == firstHash.cend())
            firstHash.insert(item.id, hash);
        else if (*first != hash)
            item.id += u'#' + hash.first(12);
    }
}

} // namespace

QString fallbackTitle(const Item &item)
{
    const QString text = PlainText::fromHtml(item.summary.isEmpty() ? item.content : item.summary);
    if (!text.isEmpty())
        return cutAtWord(text);
    if (item.link.isValid() && !item.link.isEmpty())
        return item.link.toDisplayString();
    return QCoreApplication::translate("FeedCompletion", "Untitled");
}

QString fallbackId(const Item &item)
{
    if (item.link.isValid() && !item.link.isEmpty())
        return item.link.toString(QUrl::FullyEncoded);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(item.title.toUtf8());
    hash.addData(QByteArrayView("\n"));
    if (item.published.isValid())
        hash.addData(item.published.toUTC().toString(Qt::ISODate).toUtf8());
    for (const Enclosure &enclosure : item.enclosures) {
        hash.addData(QByteArrayView("\n"));
        hash.addData(enclosure.url.toEncoded());
    }
    return QStringLiteral("sha1:") + QString::fromLatin1(hash.result().toHex());
}

void complete(Feed &feed, const QUrl &baseUrl)
{
    const QUrl base = baseUrl.isRelative() ? QUrl() : baseUrl;
    feed.link = absoluteOrNothing(absolute(feed.link, base));
    const QUrl context = feed.link.isEmpty() ? base : feed.link;
    feed.image = absoluteOrNothing(absolute(feed.image, context));
    for (Item &item : feed.items) {
        item.link = absolute(item.link, context);
        for (Enclosure &enclosure : item.enclosures)
            enclosure.url = absolute(enclosure.url, context);
        if (item.title.isEmpty())
            item.title = fallbackTitle(item);
        // Feeds that give only an updated time (Atom entries often do) mean
        // it as the post time; without it the item would have none, and
        // retention would count from when Docket first saw it.
        if (!item.published.isValid() && item.updated.isValid())
            item.published = item.updated;
        if (item.id.isEmpty())
            item.id = fallbackId(item);
        item.link = absoluteOrNothing(item.link);
        item.enclosures.removeIf([](const Enclosure &enclosure) {
            return enclosure.url.isRelative() || !enclosure.url.isValid();
        });
    }
    separateSharedIds(feed.items);
}

} // namespace FeedCompletion
