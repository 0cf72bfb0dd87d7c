// The SQLite schema of the database and the numbered migrations up to it.
#pragma once

#include "result.h"

#include <QSqlDatabase>

// Version n of the schema is what migrations 1..n create; PRAGMA user_version
// holds the version a file is at. A released migration never changes: a new
// need is a new migration, so every older file can still be brought up.
namespace Schema {

int latestVersion();

// The version the file is at (PRAGMA user_version).
Result<int> version(const QSqlDatabase &db);

// Whether the file holds no tables at all (a new database).
Result<bool> isEmpty(const QSqlDatabase &db);

// Runs the migrations after the file's version up to target, each in its own
// transaction that also sets user_version, so a crash leaves the file at
// either the old version or the new one. Returns the version reached.
Result<int> migrate(const QSqlDatabase &db, int target);

} // namespace Schema
