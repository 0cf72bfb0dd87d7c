// Storing one parsed feed document: the dedupe, revision and retention rules.
#pragma once

#include "feed.h"
#include "result.h"
#include "upsertreport.h"

#include <QDateTime>

class Database;

// Used by ThreadStore::store; one object per document, within one transaction.
class ThreadUpsert
{
public:
    ThreadUpsert(Database &database, qint64 feedId, const QDateTime &now);

    Result<UpsertReport> run(const Feed &feed);

private:
    Database &m_database;
    qint64 m_feedId;
    QDateTime m_now;
};
