#include "feedstore.h"

FeedStore::FeedStore(Database &database) : m_database(database)
{
}
Result<FeedRecord> FeedStore::add(const NewFeed &, const QDateTime &)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<std::optional<FeedRecord>> FeedStore::feed(qint64) const
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<std::optional<FeedRecord>> FeedStore::feedByUrl(const QUrl &) const
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<QList<FeedRecord>> FeedStore::list() const
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<QList<FeedRecord>> FeedStore::due(const QDateTime &) const
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<bool> FeedStore::recordFetch(qint64, const FetchRecord &)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<bool> FeedStore::setTitle(qint64, const QString &)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<bool> FeedStore::setSite(qint64, const QUrl &)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<bool> FeedStore::setFolder(qint64, std::optional<qint64>)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<bool> FeedStore::setRetentionDays(qint64, std::optional<int>)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<bool> FeedStore::setPollIntervalMinutes(qint64, std::optional<int>)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<bool> FeedStore::remove(qint64)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
