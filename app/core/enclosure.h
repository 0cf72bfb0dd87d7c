// A file attached to an item: a podcast episode, a PDF of an opinion.
#pragma once

#include <QString>
#include <QUrl>

struct Enclosure
{
    QUrl url;
    QString type;       // MIME type, empty when the feed gave none
    qint64 length = -1; // bytes; -1 when unknown

    friend bool operator==(const Enclosure &, const Enclosure &) = default;
};
