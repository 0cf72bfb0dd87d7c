#include "starterfeeds.h"

#include <QFile>
#include <QString>

// Q_INIT_RESOURCE declares an extern function, so it must run outside any
// namespace (an anonymous one would give the declaration internal linkage).
static void initDocketResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(docket);
        return true;
    }();
    Q_UNUSED(done);
}

QByteArray StarterFeeds::opml()
{
    initDocketResources();
    QFile file(QStringLiteral(":/starter-feeds.opml"));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}
