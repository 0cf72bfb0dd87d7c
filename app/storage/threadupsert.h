// Storing one parsed feed document: the dedupe, revision and retention rules.
#pragma once

#include "feed.h"
#include "result.h"
#include "statement.h"
#include "upsertreport.h"

#include <QDateTime>
#include <QString>

class Database;

// Used by ThreadStore::store; one object per document, within one transaction.
class ThreadUpsert
{
public:
    ThreadUpsert(Database &database, qint64 feedId, const QDateTime &now);

    Result<UpsertReport> run(const Feed &feed);

private:
    // The values the lookups by id, link and content need.
    void bindIdentity(Statement &statement, const QString &guid, const QString &link,
                      const QDateTime &published, const QString &hash) const;

    Database &m_database;
    qint64 m_feedId;
    QDateTime m_now;
};
