#include "statement.h"

#include "storageerror.h"

#include <QMetaType>

Statement::Statement(const QSqlDatabase &db, const QString &action) : m_query(db), m_action(action)
{
    // Rows are read once, in order: no need for Qt to cache them all.
    m_query.setForwardOnly(true);
}

Result<bool> Statement::prepare(const QString &sql)
{
    if (!m_query.prepare(sql))
        return StorageError::fromSql(m_query.lastError(), m_action);
    return true;
}

void Statement::bind(const QString &placeholder, const QVariant &value)
{
    // A null QString would be stored as NULL; text columns hold '' instead,
    // so "no author" compares and sorts like any other text.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QStringLiteral(""));
    else
        m_query.bindValue(placeholder, value);
}

Result<bool> Statement::exec()
{
    if (!m_query.exec())
        return StorageError::fromSql(m_query.lastError(), m_action);
    return true;
}

Result<bool> Statement::exec(const QString &sql)
{
    if (auto prepared = prepare(sql); !prepared)
        return prepared;
    return exec();
}

QVariant Statement::fromTime(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return time.toSecsSinceEpoch();
}

QDateTime Statement::toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant Statement::fromOptional(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant Statement::fromOptional(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}
