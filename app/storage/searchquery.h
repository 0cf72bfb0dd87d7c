// A user's search text understood, and written as a safe SQLite FTS5 expression.
#pragma once

#include "result.h"

#include <QString>

// Understood syntax (README.md): words (all must match), "exact phrases",
// prefix*, AND, OR, NOT, -word, (groups), NEAR(a b, 10), title:word,
// author:"a phrase". Every word reaches FTS5 quoted, so no input can inject
// FTS5 syntax or cause an SQL error; an unclosed quote or bracket closes at the
// end; what cannot be understood gets a message in plain words.
class SearchQuery
{
public:
    static Result<SearchQuery> parse(const QString &text);

    // The FTS5 MATCH expression over columns title, summary, content, author.
    QString toFts5() const { return m_fts5; }
    QString text() const { return m_text; }

private:
    SearchQuery(const QString &text, const QString &fts5);

    QString m_text;
    QString m_fts5;
};
