#include "searchquery.h"

SearchQuery::SearchQuery(const QString &text, const QString &fts5) : m_text(text), m_fts5(fts5)
{
}
Result<SearchQuery> SearchQuery::parse(const QString &)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
