#include "transaction.h"

#include "statement.h"

namespace {

Result<bool> run(const Database &database, const QString &sql)
{
    Statement statement(database.connection(), QStringLiteral("change the database"));
    return statement.exec(sql);
}

} // namespace

Transaction::Transaction(Database &database) : m_database(database)
{
    if (!database.isWritable()) {
        m_error = database.readOnlyError();
        return;
    }
    const bool outermost = database.m_transactionDepth == 0;
    if (!outermost)
        m_savepoint = QStringLiteral("docket_%1").arg(++database.m_savepointCounter);
    // IMMEDIATE takes the write lock now: a second writer waits here (busy
    // timeout) rather than failing after it has done half its work.
    const Result<bool> begun = run(database, outermost ? QStringLiteral("BEGIN IMMEDIATE")
                                                       : QStringLiteral("SAVEPOINT ") + m_savepoint);
    if (!begun) {
        m_error = begun.error();
        return;
    }
    m_open = true;
    ++database.m_transactionDepth;
}

Transaction::~Transaction()
{
    rollback();
}

Result<bool> Transaction::commit()
{
    if (!m_open)
        return m_error ? Result<bool>(*m_error) : Result<bool>::failure(QStringLiteral("Nothing to commit."));
    const Result<bool> committed =
        run(m_database,
            m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    if (!committed) {
        rollback();
        return committed;
    }
    m_open = false;
    --m_database.m_transactionDepth;
    return true;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    --m_database.m_transactionDepth;
    if (m_savepoint.isEmpty()) {
        (void)run(m_database, QStringLiteral("ROLLBACK"));
    } else {
        // Undo to the savepoint, then drop it so the outer transaction goes on.
        (void)run(m_database, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        (void)run(m_database, QStringLiteral("RELEASE ") + m_savepoint);
    }
}
