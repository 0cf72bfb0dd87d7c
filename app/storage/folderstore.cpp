#include "folderstore.h"

#include "database.h"
#include "statement.h"
#include "transaction.h"

namespace {

const QString selectFolders = QStringLiteral("SELECT f.id, f.name, f.parent_id, coalesce(p.name, '') "
                                             "FROM folders f LEFT JOIN folders p ON p.id = f.parent_id ");

FolderRecord folderFrom(const Statement &statement)
{
    FolderRecord folder;
    folder.id = statement.value(0).toLongLong();
    folder.name = statement.value(1).toString();
    if (!statement.value(2).isNull())
        folder.parentId = statement.value(2).toLongLong();
    folder.parentName = statement.value(3).toString();
    return folder;
}

} // namespace

FolderStore::FolderStore(Database &database) : m_database(database)
{
}

Result<FolderRecord> FolderStore::ensure(const QStringList &path)
{
    QStringList names;
    for (const QString &name : path)
        names.append(name.simplified());
    if (names.isEmpty() || names.contains(QString()))
        return Result<FolderRecord>::failure(QStringLiteral("A folder needs a name."));
    if (names.size() > 2)
        return Result<FolderRecord>::failure(
            QStringLiteral("Docket folders nest one level deep; \"%1\" is deeper.").arg(names.join(u'/')));
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QString action = QStringLiteral("create the folder \"%1\"").arg(names.join(u'/'));
    std::optional<qint64> parentId;
    FolderRecord folder;
    for (const QString &name : std::as_const(names)) {
        Statement find(m_database.connection(), action);
        if (auto ok = find.prepare(selectFolders + QStringLiteral("WHERE coalesce(f.parent_id, 0) = :parent "
                                                                  "AND f.name = :name COLLATE NOCASE"));
            !ok)
            return ok.error();
        find.bind(QStringLiteral(":parent"), parentId.value_or(0));
        find.bind(QStringLiteral(":name"), name);
        if (auto ok = find.exec(); !ok)
            return ok.error();
        if (find.next()) {
            folder = folderFrom(find);
        } else {
            Statement insert(m_database.connection(), action);
            if (auto ok = insert.prepare(
                    QStringLiteral("INSERT INTO folders (name, parent_id) VALUES (:name, :parent)"));
                !ok)
                return ok.error();
            insert.bind(QStringLiteral(":name"), name);
            insert.bind(QStringLiteral(":parent"), Statement::fromOptional(parentId));
            if (auto ok = insert.exec(); !ok)
                return ok.error();
            folder = FolderRecord{insert.lastInsertId(), name, parentId, parentId ? folder.name : QString()};
        }
        parentId = folder.id;
    }
    if (auto ok = transaction.commit(); !ok)
        return ok.error();
    return folder;
}

Result<std::optional<FolderRecord>> FolderStore::find(const QString &nameOrPath) const
{
    const Result<QList<FolderRecord>> all = list();
    if (!all)
        return all.error();
    const QString wanted = nameOrPath.trimmed();
    std::optional<FolderRecord> byName;
    int sameName = 0;
    for (const FolderRecord &folder : all.value()) {
        if (folder.path().compare(wanted, Qt::CaseInsensitive) == 0)
            return std::optional<FolderRecord>(folder);
        if (folder.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            byName = folder;
            ++sameName;
        }
    }
    if (sameName > 1)
        return Result<std::optional<FolderRecord>>::failure(
            QStringLiteral("Several folders are called \"%1\"; name one as Parent/%1.").arg(wanted));
    return byName;
}

Result<std::optional<FolderRecord>> FolderStore::folder(qint64 id) const
{
    Statement statement(m_database.connection(), QStringLiteral("read a folder"));
    if (auto ok = statement.prepare(selectFolders + QStringLiteral("WHERE f.id = :id")); !ok)
        return ok.error();
    statement.bind(QStringLiteral(":id"), id);
    if (auto ok = statement.exec(); !ok)
        return ok.error();
    if (!statement.next())
        return std::optional<FolderRecord>();
    return std::optional<FolderRecord>(folderFrom(statement));
}

Result<QList<FolderRecord>> FolderStore::list() const
{
    Statement statement(m_database.connection(), QStringLiteral("list the folders"));
    if (auto ok =
            statement.exec(selectFolders + QStringLiteral("ORDER BY coalesce(p.name, f.name) COLLATE NOCASE, "
                                                          "f.parent_id IS NOT NULL, f.name COLLATE NOCASE"));
        !ok)
        return ok.error();
    QList<FolderRecord> folders;
    while (statement.next())
        folders.append(folderFrom(statement));
    return folders;
}

Result<bool> FolderStore::rename(qint64 id, const QString &name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return Result<bool>::failure(QStringLiteral("A folder needs a name."));
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QString action = QStringLiteral("rename the folder to \"%1\"").arg(simplified);
    Statement clash(m_database.connection(), action);
    if (auto ok =
            clash.prepare(QStringLiteral("SELECT count(*) FROM folders f JOIN folders me ON me.id = :id "
                                         "WHERE coalesce(f.parent_id, 0) = coalesce(me.parent_id, 0) "
                                         "AND f.id <> me.id AND f.name = :name COLLATE NOCASE"));
        !ok)
        return ok;
    clash.bind(QStringLiteral(":id"), id);
    clash.bind(QStringLiteral(":name"), simplified);
    if (auto ok = clash.exec(); !ok)
        return ok;
    if (clash.next() && clash.value(0).toLongLong() > 0)
        return Result<bool>::failure(
            QStringLiteral("Docket could not rename the folder: a folder called \"%1\" is already there.")
                .arg(simplified));
    Statement statement(m_database.connection(), action);
    if (auto ok = statement.prepare(QStringLiteral("UPDATE folders SET name = :name WHERE id = :id")); !ok)
        return ok;
    statement.bind(QStringLiteral(":name"), simplified);
    statement.bind(QStringLiteral(":id"), id);
    if (auto ok = statement.exec(); !ok)
        return ok;
    const bool found = statement.rowsAffected() > 0;
    if (auto ok = transaction.commit(); !ok)
        return ok;
    return found;
}

Result<bool> FolderStore::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement statement(m_database.connection(), QStringLiteral("remove a folder"));
    if (auto ok = statement.prepare(QStringLiteral("DELETE FROM folders WHERE id = :id")); !ok)
        return ok;
    statement.bind(QStringLiteral(":id"), id);
    if (auto ok = statement.exec(); !ok)
        return ok;
    const bool found = statement.rowsAffected() > 0;
    if (auto ok = transaction.commit(); !ok)
        return ok;
    return found;
}
