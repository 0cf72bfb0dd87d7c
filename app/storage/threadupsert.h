// Storing one parsed feed document: the dedupe, revision and retention rules.
#pragma once

#include "feed.h"
#include "result.h"
#include "statement.h"
#include "threadrecord.h"
#include "upsertreport.h"

#include <QDateTime>
#include <QString>

class Database;

// Used by ThreadStore::store; one object per document, within one transaction.
class ThreadUpsert
{
public:
    // source says where the document came from; its sha256 is ignored (each
    // thread gets the hash of its own stored body, bodySha256).
    ThreadUpsert(Database &database, qint64 feedId, const QDateTime &now, const Provenance &source = {});

    // The hex SHA-256 of a thread's stored body: its title, summary and
    // content as stored, joined by line feeds, in UTF-8.
    static QString bodySha256(const Item &item);

    Result<UpsertReport> run(const Feed &feed);

private:
    // The values the lookups by id, link and content need.
    void bindIdentity(Statement &statement, const QString &guid, const QString &link,
                      const QDateTime &published, const QString &hash) const;
    // Where this version came from, for an insert or an update.
    void bindSource(Statement &statement, const Item &item) const;

    Database &m_database;
    qint64 m_feedId;
    QDateTime m_now;
    Provenance m_source;
};
