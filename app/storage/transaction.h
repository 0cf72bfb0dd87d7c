// A write transaction on a Database that rolls back unless committed.
#pragma once

#include "database.h"
#include "result.h"

#include <QString>

#include <optional>

// Begins with BEGIN IMMEDIATE so a second writer waits (busy timeout) at the
// start instead of failing half way. Nested transactions become savepoints, so
// a command can wrap several store calls into one all-or-nothing change.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether the transaction began; when not, error() says why.
    bool ok() const { return !m_error.has_value(); }
    const Diagnostic &error() const { return *m_error; }

    Result<bool> commit();
    void rollback();

private:
    Database &m_database;
    QString m_savepoint; // empty for the outermost transaction
    std::optional<Diagnostic> m_error;
    bool m_open = false;
};
