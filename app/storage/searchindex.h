// The SQLite FTS5 full-text index of threads: the one place FTS5 is spoken.
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

// Index rows are keyed by thread id and hold plain text (markup removed), so a
// search never matches inside a tag and snippets read as prose.
namespace SearchIndex {

// The markers around each match in ThreadRecord::snippet: U+27E6 and U+27E7
// (mathematical white square brackets), chosen because news text almost never
// contains them. A viewer escapes the snippet, then turns them into emphasis.
inline constexpr char16_t highlightStart = u'\u27E6';
inline constexpr char16_t highlightEnd = u'\u27E7';

// The words a snippet shows around the matches, at most.
inline constexpr int snippetWords = 16;

// The SQL creating the index (schema version 1).
QString createStatement();

// Adds or replaces the index row of a thread (title, author plain text already;
// summary and content are HTML and are made plain here).
Result<bool> index(QSqlDatabase &db, qint64 threadId, const QString &title, const QString &summary,
                   const QString &content, const QString &author);
Result<bool> remove(QSqlDatabase &db, qint64 threadId);

// SQL fragments for a query over threads t: the match condition (one bound
// value, the FTS5 expression), the snippet column and the best-match rank.
QString matchCondition();
QString snippetColumn();
QString rankColumn();

} // namespace SearchIndex
