#include "searchindex.h"

#include "plaintext.h"

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
