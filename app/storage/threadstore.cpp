#include "threadstore.h"

ThreadStore::ThreadStore(Database &database) : m_database(database)
{
}
Result<UpsertReport> ThreadStore::store(qint64, const Feed &, const QDateTime &)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<ThreadPage> ThreadStore::list(const ThreadFilter &, const QDateTime &) const
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<qint64> ThreadStore::count(const ThreadFilter &) const
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<std::optional<ThreadRecord>> ThreadStore::thread(qint64, const QDateTime &) const
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<QList<RevisionRecord>> ThreadStore::revisions(qint64) const
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<MarkReport> ThreadStore::setRead(const QList<qint64> &, bool)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<MarkReport> ThreadStore::setKept(const QList<qint64> &, bool)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
Result<qint64> ThreadStore::markAllRead(std::optional<qint64>)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
