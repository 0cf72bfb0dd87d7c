#include "threadexpiry.h"

ThreadExpiry::ThreadExpiry(Database &database) : m_database(database)
{
}
Result<ExpiryReport> ThreadExpiry::run(const ExpiryOptions &)
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
