#include "searchindex.h"

#include "plaintext.h"

#include <QStringList>

namespace SearchIndex {

QString upsertStatement()
{
    return QStringLiteral("INSERT OR REPLACE INTO thread_search (rowid, title, summary, content, author) "
                          "VALUES (:id, :title, :summary, :content, :author)");
}

void bindRow(Statement &statement, qint64 threadId, const QString &title, const QString &summary,
             const QString &content, const QString &author)
{
    statement.bind(QStringLiteral(":id"), threadId);
    statement.bind(QStringLiteral(":title"), title);
    statement.bind(QStringLiteral(":summary"), PlainText::fromHtml(summary));
    statement.bind(QStringLiteral(":content"), PlainText::fromHtml(content));
    statement.bind(QStringLiteral(":author"), author);
}

Result<qint64> purge(const QSqlDatabase &db, qint64 limit)
{
    const QString action = QStringLiteral("tidy the search index");
    Statement batch(db, action);
    if (auto ok = batch.exec(
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS purging (thread_id INTEGER PRIMARY KEY)"));
        !ok)
        return ok.error();
    const QStringList steps{
        QStringLiteral("DELETE FROM temp.purging"),
        QStringLiteral(
            "INSERT INTO temp.purging SELECT thread_id FROM search_purge ORDER BY thread_id LIMIT %1")
            .arg(limit),
        QStringLiteral("DELETE FROM thread_search WHERE rowid IN (SELECT thread_id FROM temp.purging)"),
        QStringLiteral("DELETE FROM search_purge WHERE thread_id IN (SELECT thread_id FROM temp.purging)"),
    };
    qint64 purged = 0;
    for (const QString &sql : steps) {
        Statement statement(db, action);
        if (auto ok = statement.exec(sql); !ok)
            return ok.error();
        if (sql.startsWith(u"DELETE FROM search_purge"))
            purged = statement.rowsAffected();
    }
    return purged;
}

QString matchJoin()
{
    return QStringLiteral(
        " JOIN thread_search ON thread_search.rowid = t.id AND thread_search MATCH :match ");
}

QString snippetColumn()
{
    // Column -1: the snippet comes from whichever column matched best.
    return QStringLiteral("snippet(thread_search, -1, '%1', '%2', '…', %3)")
        .arg(QChar(highlightStart))
        .arg(QChar(highlightEnd))
        .arg(snippetWords);
}

QString bestMatchOrder()
{
    // bm25 is lower for better matches; a word in the title or the author
    // counts for more than one deep in the article.
    return QStringLiteral("bm25(thread_search, 10.0, 3.0, 1.0, 5.0)");
}

} // namespace SearchIndex
