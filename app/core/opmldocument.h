// A list of subscriptions with folders, as OPML carries it between feed readers.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

struct OpmlSubscription
{
    QUrl feedUrl;  // absolute: http, https or file
    QString title; // plain text; empty when the file gave none
    QUrl siteUrl;  // the site's home page (htmlUrl), absolute http(s), or empty

    friend bool operator==(const OpmlSubscription &, const OpmlSubscription &) = default;
};

// Docket's folders are one level deep, so an OPML folder is a name and the
// subscriptions in it.
struct OpmlFolder
{
    QString title; // plain text, never empty
    QList<OpmlSubscription> subscriptions;

    friend bool operator==(const OpmlFolder &, const OpmlFolder &) = default;
};

struct OpmlDocument
{
    QString title;                         // plain text
    QDateTime dateCreated;                 // UTC, to the second; invalid when absent
    QList<OpmlFolder> folders;             // in file order, each name once
    QList<OpmlSubscription> subscriptions; // those outside any folder, in file order

    qsizetype subscriptionCount() const
    {
        qsizetype count = subscriptions.size();
        for (const OpmlFolder &folder : folders)
            count += folder.subscriptions.size();
        return count;
    }

    friend bool operator==(const OpmlDocument &, const OpmlDocument &) = default;
};
