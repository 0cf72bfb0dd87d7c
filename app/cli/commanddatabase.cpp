#include "commanddatabase.h"

#include "commandcontext.h"
#include "commandline.h"

#include <QDir>
#include <QFileInfo>

namespace CommandDatabase {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void report(const CommandContext &context, const QString &path, const QString &reason)
{
    context.err << "docket " << context.name << ": " << shown(path) << ": " << reason << Qt::endl;
}

} // namespace

std::unique_ptr<Database> open(const CommandContext &context, Use use)
{
    const QString &path = context.databasePath;
    // Only Docket's own data folder is created: a mistyped --database folder
    // must fail loudly rather than scatter databases around the disk.
    if (QFileInfo(path).absoluteFilePath() ==
        QFileInfo(CommandLine::defaultDatabasePath()).absoluteFilePath()) {
        const Result<QString> folder = Database::createDefaultFolder(path);
        if (!folder) {
            report(context, path, folder.error().message);
            return nullptr;
        }
    }
    // Reading commands open for writing too: an older database is upgraded,
    // and a file that cannot be written still opens, read-only.
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        report(context, path, opened.error().message);
        return nullptr;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    if (use == Use::Write && !database->isWritable()) {
        report(context, path, database->readOnlyError().message);
        return nullptr;
    }
    return database;
}

void reportFailure(const CommandContext &context, const Database &database, const Diagnostic &error)
{
    report(context, database.path(), error.message);
}

} // namespace CommandDatabase
