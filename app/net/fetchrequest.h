// What to fetch and what Docket already knows about it (validators, last body).
#pragma once

#include "fetchlimits.h"

#include <QString>
#include <QUrl>

struct FetchRequest
{
    QUrl url; // http or https; user name and password, if any, are used but never shown
    // The validators the server sent last time, exactly as sent; they go back
    // as If-None-Match and If-Modified-Since. Empty when unknown.
    QString etag;
    QString lastModified;
    // SHA-256 (hex) of the last body stored: a server that ignores validators
    // and resends the same bytes gets "not modified" all the same.
    QString lastBodySha256;
    FetchLimits limits;
};
