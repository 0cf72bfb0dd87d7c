#include "threadupsert.h"

#include "capturestore.h"
#include "contenthash.h"
#include "database.h"
#include "retentionpolicy.h"
#include "searchindex.h"
#include "settingsstore.h"
#include "statement.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMetaType>

#include <optional>

namespace {

// Bound in place of a link that must not be used to match: no stored link is
// ever this (a link is an absolute URL or empty).
const QString noLink = QStringLiteral("\x01");

struct StoredThread
{
    qint64 id = 0;
    QString hash;
};

QString linkText(const QUrl &link)
{
    return link.isEmpty() ? QString() : link.toString(QUrl::FullyEncoded);
}

bool hasText(const Item &item)
{
    return !item.title.trimmed().isEmpty() || !item.summary.trimmed().isEmpty() ||
           !item.content.trimmed().isEmpty();
}

// The statements one document needs, prepared once and run per item.
class Statements
{
public:
    Statements(const QSqlDatabase &db, const QString &action)
        : find(db, action)
        , buried(db, action)
        , insert(db, action)
        , revision(db, action)
        , update(db, action)
        , dropEnclosures(db, action)
        , dropCategories(db, action)
        , enclosure(db, action)
        , category(db, action)
        , search(db, action)
        , queueCapture(db, action)
    {
    }

    Result<bool> prepare()
    {
        const std::pair<Statement *, QString> all[] = {
            // The stored thread this item is: same id, else the same link,
            // else the same title and body (the preferred match first).
            // The stored thread this item is: same id, else the same link
            // (and post time), else the same title and body; the preferred
            // match first. One indexed lookup each: SQLite would answer the
            // three as one OR by reading every thread of the feed.
            {&find, QStringLiteral("SELECT id, content_hash FROM ("
                                   "SELECT id, content_hash, 0 AS preference FROM threads "
                                   "WHERE feed_id = :feed1 AND guid = :guid "
                                   "UNION ALL SELECT id, content_hash, 1 FROM threads "
                                   "WHERE feed_id = :feed2 AND link = :link AND published IS :published "
                                   "UNION ALL SELECT id, content_hash, 2 FROM threads "
                                   "WHERE feed_id = :feed3 AND content_hash = :hash) "
                                   "ORDER BY preference LIMIT 1")},
            {&buried, QStringLiteral(
                          "SELECT EXISTS (SELECT 1 FROM tombstones WHERE feed_id = :feed1 AND guid = :guid) "
                          "OR EXISTS (SELECT 1 FROM tombstones WHERE feed_id = :feed2 AND link = :link "
                          "AND published IS :published) "
                          "OR EXISTS (SELECT 1 FROM tombstones WHERE feed_id = :feed3 "
                          "AND content_hash = :hash)")},
            {&insert,
             QStringLiteral("INSERT INTO threads (feed_id, guid, link, title, author, published, updated, "
                            "first_seen, sort_time, summary, content, content_hash, retrieved_at, final_url, "
                            "source_etag, source_last_modified, body_sha256) VALUES (:feed, :guid, "
                            ":link, :title, :author, :published, :updated, :seen, :sort, :summary, "
                            ":content, :hash, :retrieved, :final, :etag, :modified, :sha)")},
            {&revision,
             QStringLiteral("INSERT INTO revisions (thread_id, seen_at, replaced_at, title, summary, "
                            "content) SELECT id, coalesce(changed_at, first_seen), :now, title, summary, "
                            "content FROM threads WHERE id = :id")},
            {&update,
             QStringLiteral("UPDATE threads SET title = :title, author = :author, updated = :updated, "
                            "summary = :summary, content = :content, content_hash = :hash, revised = 1, "
                            "changed_at = :now, retrieved_at = :retrieved, final_url = :final, "
                            "source_etag = :etag, source_last_modified = :modified, body_sha256 = :sha "
                            "WHERE id = :id")},
            {&dropEnclosures, QStringLiteral("DELETE FROM enclosures WHERE thread_id = :id")},
            {&dropCategories, QStringLiteral("DELETE FROM categories WHERE thread_id = :id")},
            {&enclosure, QStringLiteral("INSERT INTO enclosures (thread_id, position, url, type, length) "
                                        "VALUES (:id, :position, :url, :type, :length)")},
            {&category, QStringLiteral("INSERT INTO categories (thread_id, position, name) "
                                       "VALUES (:id, :position, :name)")},
            {&search, SearchIndex::upsertStatement()},
            {&queueCapture,
             QStringLiteral("INSERT OR IGNORE INTO captures (thread_id, status) VALUES (:id, :status)")},
        };
        for (const auto &[statement, sql] : all) {
            if (auto ok = statement->prepare(sql); !ok)
                return ok;
        }
        return true;
    }

    Statement find;
    Statement buried;
    Statement insert;
    Statement revision;
    Statement update;
    Statement dropEnclosures;
    Statement dropCategories;
    Statement enclosure;
    Statement category;
    Statement search;
    Statement queueCapture;
};

Result<bool> storeAttachments(Statements &statements, qint64 threadId, const Item &item)
{
    for (qsizetype i = 0; i < item.enclosures.size(); ++i) {
        const Enclosure &enclosure = item.enclosures.at(i);
        statements.enclosure.bind(QStringLiteral(":id"), threadId);
        statements.enclosure.bind(QStringLiteral(":position"), qint64(i));
        statements.enclosure.bind(QStringLiteral(":url"), enclosure.url.toString(QUrl::FullyEncoded));
        statements.enclosure.bind(QStringLiteral(":type"), enclosure.type);
        statements.enclosure.bind(QStringLiteral(":length"), enclosure.length >= 0
                                                                 ? QVariant(enclosure.length)
                                                                 : QVariant(QMetaType::fromType<qint64>()));
        if (auto ok = statements.enclosure.exec(); !ok)
            return ok;
    }
    for (qsizetype i = 0; i < item.categories.size(); ++i) {
        statements.category.bind(QStringLiteral(":id"), threadId);
        statements.category.bind(QStringLiteral(":position"), qint64(i));
        statements.category.bind(QStringLiteral(":name"), item.categories.at(i));
        if (auto ok = statements.category.exec(); !ok)
            return ok;
    }
    return true;
}

} // namespace

ThreadUpsert::ThreadUpsert(Database &database, qint64 feedId, const QDateTime &now, const Provenance &source)
    : m_database(database), m_feedId(feedId), m_now(now.toUTC()), m_source(source)
{
}

QString ThreadUpsert::bodySha256(const Item &item)
{
    const QString body = item.title + u'\n' + item.summary + u'\n' + item.content;
    return QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void ThreadUpsert::bindSource(Statement &statement, const Item &item) const
{
    statement.bind(QStringLiteral(":retrieved"), Statement::fromTime(m_source.retrievedAt));
    statement.bind(QStringLiteral(":final"),
                   m_source.finalUrl.isEmpty() ? QString() : m_source.finalUrl.toString(QUrl::FullyEncoded));
    statement.bind(QStringLiteral(":etag"), m_source.etag);
    statement.bind(QStringLiteral(":modified"), m_source.lastModified);
    statement.bind(QStringLiteral(":sha"), bodySha256(item));
}

void ThreadUpsert::bindIdentity(Statement &statement, const QString &guid, const QString &link,
                                const QDateTime &published, const QString &hash) const
{
    statement.bind(QStringLiteral(":feed1"), m_feedId);
    statement.bind(QStringLiteral(":feed2"), m_feedId);
    statement.bind(QStringLiteral(":feed3"), m_feedId);
    statement.bind(QStringLiteral(":guid"), guid);
    statement.bind(QStringLiteral(":link"), link);
    statement.bind(QStringLiteral(":published"), Statement::fromTime(published));
    statement.bind(QStringLiteral(":hash"), hash);
}

Result<UpsertReport> ThreadUpsert::run(const Feed &feed)
{
    const QString action = QStringLiteral("store the threads of feed %1").arg(m_feedId);
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = m_database.connection();

    Statement feedRow(db, action);
    if (auto ok = feedRow.prepare(QStringLiteral("SELECT retention_days, capture FROM feeds WHERE id = :id"));
        !ok)
        return ok.error();
    feedRow.bind(QStringLiteral(":id"), m_feedId);
    if (auto ok = feedRow.exec(); !ok)
        return ok.error();
    if (!feedRow.next())
        return Result<UpsertReport>::failure(
            QStringLiteral("Docket could not %1: there is no such feed (it may have been removed).")
                .arg(action));
    const std::optional<int> feedDays =
        feedRow.value(0).isNull() ? std::nullopt : std::optional<int>(feedRow.value(0).toInt());
    const std::optional<bool> capture =
        feedRow.value(1).isNull() ? std::nullopt : std::optional<bool>(feedRow.value(1).toBool());
    // A statement left mid-read keeps a read snapshot open past the commit,
    // and no checkpoint can then empty the log: finish it.
    feedRow.finish();
    const Result<int> globalDays = SettingsStore(m_database).retentionDays();
    if (!globalDays)
        return globalDays.error();
    const int days = RetentionPolicy::effectiveDays(
        feedDays,
        globalDays.value()); // A link identifies an item whose id the publisher changed only when no
    // other item of the document shares it and the post time is the same: a
    // feed that points every item at its home page must not have its new
    // items taken for old ones (or for expired ones, and never stored).
    QHash<QString, int> linkUses;
    for (const Item &item : feed.items)
        ++linkUses[linkText(item.link)];

    Statements statements(db, action);
    if (auto ok = statements.prepare(); !ok)
        return ok.error();

    UpsertReport report;
    for (const Item &item : feed.items) {
        const QString link = linkText(item.link);
        const bool linkIdentifies = !link.isEmpty() && linkUses.value(link) == 1;
        const QString hash = ContentHash::of(item);
        // Empty items all hash alike; their hash identifies nothing.
        const QString matchHash = hasText(item) ? hash : QString();
        const QString guid = item.id.isEmpty() ? (link.isEmpty() ? hash : link) : item.id;

        Statement &find = statements.find;
        bindIdentity(find, guid, linkIdentifies ? link : noLink, item.published, matchHash);
        if (auto ok = find.exec(); !ok)
            return ok.error();
        std::optional<StoredThread> stored;
        if (find.next())
            stored = StoredThread{find.value(0).toLongLong(), find.value(1).toString()};
        find.finish();

        if (stored) {
            if (stored->hash == hash) {
                ++report.unchanged;
                continue;
            }
            // The publisher changed the story: keep what it said before.
            statements.revision.bind(QStringLiteral(":now"), Statement::fromTime(m_now));
            statements.revision.bind(QStringLiteral(":id"), stored->id);
            if (auto ok = statements.revision.exec(); !ok)
                return ok.error();
            Statement &update = statements.update;
            update.bind(QStringLiteral(":title"), item.title);
            update.bind(QStringLiteral(":author"), item.author);
            update.bind(QStringLiteral(":updated"), Statement::fromTime(item.updated));
            update.bind(QStringLiteral(":summary"), item.summary);
            update.bind(QStringLiteral(":content"), item.content);
            update.bind(QStringLiteral(":hash"), hash);
            update.bind(QStringLiteral(":now"), Statement::fromTime(m_now));
            update.bind(QStringLiteral(":id"), stored->id);
            bindSource(update, item);
            if (auto ok = update.exec(); !ok)
                return ok.error();
            for (Statement *drop : {&statements.dropEnclosures, &statements.dropCategories}) {
                drop->bind(QStringLiteral(":id"), stored->id);
                if (auto ok = drop->exec(); !ok)
                    return ok.error();
            }
            if (auto ok = storeAttachments(statements, stored->id, item); !ok)
                return ok.error();
            SearchIndex::bindRow(statements.search, stored->id, item.title, item.summary, item.content,
                                 item.author);
            if (auto ok = statements.search.exec(); !ok)
                return ok.error();
            ++report.revised;
            report.revisedIds.append(stored->id);
            continue;
        }

        // An expired thread the feed still lists must not come back.
        Statement &buried = statements.buried;
        bindIdentity(buried, guid, linkIdentifies ? link : noLink, item.published, matchHash);
        if (auto ok = buried.exec(); !ok)
            return ok.error();
        const bool tombstoned = buried.next() && buried.value(0).toBool();
        buried.finish();
        if (tombstoned) {
            ++report.tombstoned;
            continue;
        }
        // Storing what expiry would delete at once is churn; a thread without
        // a post time is first seen now, so never too old.
        if (RetentionPolicy::isExpired(item.published, m_now, false, days, m_now)) {
            ++report.tooOld;
            continue;
        }

        Statement &insert = statements.insert;
        insert.bind(QStringLiteral(":feed"), m_feedId);
        insert.bind(QStringLiteral(":guid"), guid);
        insert.bind(QStringLiteral(":link"), link);
        insert.bind(QStringLiteral(":title"), item.title);
        insert.bind(QStringLiteral(":author"), item.author);
        insert.bind(QStringLiteral(":published"), Statement::fromTime(item.published));
        insert.bind(QStringLiteral(":updated"), Statement::fromTime(item.updated));
        insert.bind(QStringLiteral(":seen"), Statement::fromTime(m_now));
        insert.bind(QStringLiteral(":sort"),
                    Statement::fromTime(item.published.isValid() ? item.published.toUTC() : m_now));
        insert.bind(QStringLiteral(":summary"), item.summary);
        insert.bind(QStringLiteral(":content"), item.content);
        insert.bind(QStringLiteral(":hash"), hash);
        bindSource(insert, item);
        if (auto ok = insert.exec(); !ok)
            return ok.error();
        const qint64 id = insert.lastInsertId();
        // Queued here, in the same transaction, so a capture cut short (the
        // window closed mid-poll) is still waiting at the next poll.
        if (const CaptureStore::Plan plan = CaptureStore::plan(capture, item);
            plan != CaptureStore::Plan::Nothing) {
            statements.queueCapture.bind(QStringLiteral(":id"), id);
            statements.queueCapture.bind(QStringLiteral(":status"), CaptureStore::queuedStatus(plan));
            if (auto ok = statements.queueCapture.exec(); !ok)
                return ok.error();
        }
        if (auto ok = storeAttachments(statements, id, item); !ok)
            return ok.error();
        SearchIndex::bindRow(statements.search, id, item.title, item.summary, item.content, item.author);
        if (auto ok = statements.search.exec(); !ok)
            return ok.error();
        ++report.inserted;
        report.insertedIds.append(id);
    }
    if (auto ok = transaction.commit(); !ok)
        return ok.error();
    return report;
}
