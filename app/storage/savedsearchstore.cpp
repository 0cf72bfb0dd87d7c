#include "savedsearchstore.h"

#include "database.h"
#include "searchquery.h"
#include "statement.h"
#include "transaction.h"

namespace {

SavedSearch searchFrom(const Statement &statement)
{
    return SavedSearch{statement.value(0).toString(), statement.value(1).toString(),
                       Statement::toTime(statement.value(2))};
}

} // namespace

SavedSearchStore::SavedSearchStore(Database &database) : m_database(database)
{
}

Result<SavedSearch> SavedSearchStore::save(const QString &name, const QString &query, const QDateTime &now)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return Result<SavedSearch>::failure(QStringLiteral("A saved search needs a name."));
    if (auto understood = SearchQuery::parse(query); !understood)
        return understood.error();
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement statement(m_database.connection(), QStringLiteral("save the search \"%1\"").arg(simplified));
    if (auto ok = statement.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO saved_searches (name, query, saved) VALUES (:name, :query, :saved)"));
        !ok)
        return ok.error();
    statement.bind(QStringLiteral(":name"), simplified);
    statement.bind(QStringLiteral(":query"), query);
    statement.bind(QStringLiteral(":saved"), Statement::fromTime(now));
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    if (auto ok = transaction.commit(); !ok)
        return ok.error();
    return SavedSearch{simplified, query, Statement::toTime(Statement::fromTime(now))};
}

Result<QList<SavedSearch>> SavedSearchStore::list() const
{
    Statement statement(m_database.connection(), QStringLiteral("list the saved searches"));
    if (auto ok =
            statement.exec(QStringLiteral("SELECT name, query, saved FROM saved_searches ORDER BY name"));
        !ok)
        return ok.error();
    QList<SavedSearch> searches;
    while (statement.next())
        searches.append(searchFrom(statement));
    return searches;
}

Result<std::optional<SavedSearch>> SavedSearchStore::find(const QString &name) const
{
    Statement statement(m_database.connection(), QStringLiteral("read the saved search \"%1\"").arg(name));
    if (auto ok = statement.prepare(
            QStringLiteral("SELECT name, query, saved FROM saved_searches WHERE name = :name"));
        !ok)
        return ok.error();
    statement.bind(QStringLiteral(":name"), name.simplified());
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    if (!statement.next())
        return std::optional<SavedSearch>();
    return std::optional<SavedSearch>(searchFrom(statement));
}

Result<bool> SavedSearchStore::remove(const QString &name)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement statement(m_database.connection(), QStringLiteral("delete the saved search \"%1\"").arg(name));
    if (auto ok = statement.prepare(QStringLiteral("DELETE FROM saved_searches WHERE name = :name")); !ok)
        return ok;
    statement.bind(QStringLiteral(":name"), name.simplified());
    if (auto ok = statement.exec(); !ok)
        return ok;
    const bool found = statement.rowsAffected() > 0;
    if (auto ok = transaction.commit(); !ok)
        return ok;
    return found;
}
