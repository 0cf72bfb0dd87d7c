// One article as a feed posted it: a thread in Docket's terms.
#pragma once

#include "enclosure.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

struct Item
{
    QString id;          // guid / atom:id / JSON id; else the link; else a hash
    QString title;       // plain text
    QUrl link;           // absolute, or empty
    QString author;      // plain text
    QDateTime published; // UTC; invalid when the feed gave no readable date
    QDateTime updated;   // UTC; invalid when absent
    QString summary;     // HTML fragment as the feed sent it (not sanitised)
    QString content;     // HTML fragment as the feed sent it (not sanitised)
    QStringList categories;
    QList<Enclosure> enclosures;

    friend bool operator==(const Item &, const Item &) = default;
};
