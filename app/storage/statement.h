// One checked SQL statement: every prepare and exec failure becomes a Diagnostic.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

class Statement
{
public:
    // action names what the statement is for, in the words of "Docket could
    // not ..." (see StorageError).
    Statement(const QSqlDatabase &db, const QString &action);

    Result<bool> prepare(const QString &sql);
    void bind(const QString &placeholder, const QVariant &value);
    Result<bool> exec();
    // Prepares and runs a statement without parameters.
    Result<bool> exec(const QString &sql);

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 rowsAffected() const { return m_query.numRowsAffected(); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    // Lets the statement be executed again with new values.
    void finish() { m_query.finish(); }

    // Times are stored as UTC seconds since the epoch, NULL when unknown.
    static QVariant fromTime(const QDateTime &time);
    static QDateTime toTime(const QVariant &value);
    static QVariant fromOptional(const std::optional<qint64> &value);
    static QVariant fromOptional(const std::optional<int> &value);

private:
    QSqlQuery m_query;
    QString m_action;
};
