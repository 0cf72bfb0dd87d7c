// The SQL that answers a ThreadFilter: one page, or a count, never all rows.
#pragma once

#include "result.h"
#include "threadfilter.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace ThreadQuery {

// The most threads one page may hold.
inline constexpr int maxPage = 1000;

Result<ThreadPage> page(const QSqlDatabase &db, const ThreadFilter &filter, const QDateTime &now);
Result<qint64> count(const QSqlDatabase &db, const ThreadFilter &filter);
// One thread with its summary and content (categories and enclosures apart).
Result<std::optional<ThreadRecord>> one(const QSqlDatabase &db, qint64 id, const QDateTime &now);

} // namespace ThreadQuery
