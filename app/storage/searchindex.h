// The SQLite FTS5 full-text index of threads: the one place FTS5 is spoken.
#pragma once

#include "statement.h"

#include <QString>

// Index rows are keyed by thread id and hold plain text (markup removed), so a
// search never matches inside a tag and snippets read as prose. The table and
// the trigger that drops a deleted thread's row are created by the schema.
namespace SearchIndex {

// The markers around each match in ThreadRecord::snippet: U+27E6 and U+27E7
// (mathematical white square brackets), chosen because news text almost never
// contains them. A viewer escapes the snippet, then turns them into emphasis.
inline constexpr char16_t highlightStart = u'\u27E6';
inline constexpr char16_t highlightEnd = u'\u27E7';

// The words a snippet shows around the matches, at most.
inline constexpr int snippetWords = 16;

// The statement that adds or replaces the index row of a thread, and the
// values for it: title and author are plain text; summary and content are HTML
// and are made plain here.
QString upsertStatement();
void bindRow(Statement &statement, qint64 threadId, const QString &title, const QString &summary,
             const QString &content, const QString &author);

// Removes the index rows of deleted threads (queued by a trigger) in the
// caller's transaction: at most limit of them, all when limit < 0. Returns
// how many went.
Result<qint64> purge(const QSqlDatabase &db, qint64 limit);

// SQL fragments for a query over threads t: the join bringing in the index
// (only threads that match the bound :match expression remain), the snippet
// column and the best-match order (best first).
QString matchJoin();
QString snippetColumn();
QString bestMatchOrder();

} // namespace SearchIndex
