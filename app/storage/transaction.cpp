#include "transaction.h"

Transaction::Transaction(Database &database)
    : m_database(database)
    , m_error(Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")})
{
}
Transaction::~Transaction() = default;
Result<bool> Transaction::commit()
{
    return Diagnostic{QStringLiteral("This part of the Docket database is not written yet.")};
}
void Transaction::rollback()
{
}
