// Every command's database: a damaged, newer, missing, read-only or busy one is refused in words and left
// untouched.
#include "docketsandbox.h"

#include "transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

class TestCommandDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedFileIsLeftUntouched_data();
    void damagedFileIsLeftUntouched();
    void newerDocketsFileIsLeftUntouched_data();
    void newerDocketsFileIsLeftUntouched();
    void missingFolderIsNotCreated_data();
    void missingFolderIsNotCreated();
    void readOnlyFileServesReadingOnly_data();
    void readOnlyFileServesReadingOnly();
    void busyDatabaseIsReportedInWords();
    void environmentAndDefaultPath();
};

namespace {

const QString outputMarker = QStringLiteral("%OUTPUT%");

// One row per command, reading and writing ones, each with arguments that
// work on a good database holding feed 1 and thread 1.
void addCommandRows()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("writes");

    const QString feed = DocketSandbox::fixture(QStringLiteral("rss2_undated_item_with_paragraphs.xml"));
    const QString opml = DocketSandbox::fixture(QStringLiteral("opml_folders_and_top_level.opml"));
    QTest::newRow("feeds") << QStringList{QStringLiteral("feeds")} << false;
    QTest::newRow("feeds --json") << QStringList{QStringLiteral("feeds"), QStringLiteral("--json")} << false;
    QTest::newRow("list") << QStringList{QStringLiteral("list")} << false;
    QTest::newRow("list --search") << QStringList{QStringLiteral("list"), QStringLiteral("--search"),
                                                  QStringLiteral("Robb")}
                                   << false;
    QTest::newRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("1")} << false;
    QTest::newRow("show --json") << QStringList{QStringLiteral("show"), QStringLiteral("1"),
                                                QStringLiteral("--json")}
                                 << false;
    QTest::newRow("export-opml -") << QStringList{QStringLiteral("export-opml"), QStringLiteral("-")}
                                   << false;
    QTest::newRow("export-opml FILE") << QStringList{QStringLiteral("export-opml"), outputMarker} << false;
    QTest::newRow("expire --dry-run")
        << QStringList{QStringLiteral("expire"), QStringLiteral("--dry-run")} << false;
    QTest::newRow("add") << QStringList{QStringLiteral("add"), feed} << true;
    QTest::newRow("remove") << QStringList{QStringLiteral("remove"), QStringLiteral("1")} << true;
    QTest::newRow("import-opml") << QStringList{QStringLiteral("import-opml"), opml} << true;
    QTest::newRow("keep") << QStringList{QStringLiteral("keep"), QStringLiteral("1")} << true;
    QTest::newRow("keep --off") << QStringList{QStringLiteral("keep"), QStringLiteral("1"),
                                               QStringLiteral("--off")}
                                << true;
    QTest::newRow("mark-read") << QStringList{QStringLiteral("mark-read"), QStringLiteral("1")} << true;
    QTest::newRow("expire") << QStringList{QStringLiteral("expire"), QStringLiteral("--days"),
                                           QStringLiteral("1")}
                            << true;
}

QStringList withOutput(QStringList arguments, const QString &output)
{
    arguments.replaceInStrings(outputMarker, output);
    return arguments;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The files SQLite would leave beside a database it opened.
QStringList sideFiles(const QString &database)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(database + QLatin1String(suffix)))
            found.append(database + QLatin1String(suffix));
    }
    return found;
}

// Checks the one-line refusal every command gives for a database it cannot use.
void checkRefusal(const DocketOutput &output, const QStringList &arguments, const QString &database,
                  const QByteArray &reasonHas)
{
    QVERIFY2(output.exitCode == 2, output.describe());
    QVERIFY(output.out.isEmpty());
    QCOMPARE(output.err.count('\n'), 1);
    const QByteArray prefix =
        "docket " + arguments.first().toUtf8() + ": " + QDir::toNativeSeparators(database).toUtf8() + ": ";
    QVERIFY2(output.err.startsWith(prefix), output.describe());
    QVERIFY2(output.err.contains(reasonHas), output.describe());
}

} // namespace

void TestCommandDatabase::damagedFileIsLeftUntouched_data()
{
    addCommandRows();
}

void TestCommandDatabase::damagedFileIsLeftUntouched()
{
    QFETCH(QStringList, arguments);

    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    // A SQLite header over pages of noise: what a disk error or a half copy leaves.
    QByteArray damaged = QByteArray("SQLite format 3") + '\0' + QByteArray::fromHex("1000010100402020");
    damaged.append(QByteArray(4096 * 4 - damaged.size(), '\x5a'));
    const QString database = sandbox.databasePath();
    QVERIFY(writeFile(database, damaged));
    const QString output = sandbox.path(QStringLiteral("out.opml"));
    const DocketOutput run = sandbox.run(withOutput(arguments, output));
    checkRefusal(run, arguments, database, "damaged");
    QCOMPARE(DocketSandbox::fileBytes(database), damaged);
    QCOMPARE(sideFiles(database), QStringList());
    QVERIFY(!QFileInfo::exists(output));
}

void TestCommandDatabase::newerDocketsFileIsLeftUntouched_data()
{
    addCommandRows();
}

void TestCommandDatabase::newerDocketsFileIsLeftUntouched()
{
    QFETCH(QStringList, arguments);

    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(sandbox.addFixture(QStringLiteral("juriscraper--oral_args-ca8_example.xml")) > 0);
    const QString database = sandbox.databasePath();
    QCOMPARE(sideFiles(database), QStringList());
    // PRAGMA user_version lives at offset 60 of the header, big-endian.
    QByteArray bytes = DocketSandbox::fileBytes(database);
    QVERIFY(bytes.size() > 100);
    bytes.replace(60, 4, QByteArray::fromHex("000003e7"));
    QVERIFY(writeFile(database, bytes));

    const DocketOutput run = sandbox.run(withOutput(arguments, sandbox.path(QStringLiteral("out.opml"))));
    checkRefusal(run, arguments, database, "newer version of Docket");
    QCOMPARE(DocketSandbox::fileBytes(database), bytes);
}

void TestCommandDatabase::missingFolderIsNotCreated_data()
{
    addCommandRows();
}

void TestCommandDatabase::missingFolderIsNotCreated()
{
    QFETCH(QStringList, arguments);

    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString database = sandbox.path(QStringLiteral("not/there/docket.sqlite"));
    const DocketOutput run =
        sandbox.runOn(database, withOutput(arguments, sandbox.path(QStringLiteral("out.opml"))));
    checkRefusal(run, arguments, database, "does not exist");
    QVERIFY(!QFileInfo::exists(sandbox.path(QStringLiteral("not"))));
}

void TestCommandDatabase::readOnlyFileServesReadingOnly_data()
{
    addCommandRows();
}

void TestCommandDatabase::readOnlyFileServesReadingOnly()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, writes);

    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(sandbox.addFixture(QStringLiteral("juriscraper--oral_args-ca8_example.xml")) > 0);
    QCOMPARE(sideFiles(sandbox.databasePath()), QStringList());
    // A database handed over read-only: the file and its folder cannot be written.
    const QString folder = sandbox.path(QStringLiteral("archive"));
    const QString database = folder + QStringLiteral("/docket.sqlite");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(sandbox.databasePath(), database));
    const QByteArray before = DocketSandbox::fileBytes(database);
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto enterable = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(database, readable));
    QVERIFY(QFile::setPermissions(folder, readable | enterable));
    // Tests may run as root, whom permissions do not stop: docket then runs
    // as an unprivileged user, who must be able to reach the files.
    QVERIFY(QFile::setPermissions(sandbox.path(QString()), readable | enterable | QFileDevice::WriteOwner));
    // Exports go to a folder anyone may write to.
    const QString exports = sandbox.path(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(exports));
    QVERIFY(QFile::setPermissions(exports, readable | enterable | QFileDevice::WriteOwner |
                                               QFileDevice::WriteGroup | QFileDevice::WriteOther));
    const QString output = exports + QStringLiteral("/out.opml");
    const DocketOutput run = sandbox.runAsUnprivileged(database, withOutput(arguments, output));
    if (run.exitCode == -2)
        QSKIP("running as root without setpriv: no way to run docket as a user whom permissions stop");

    if (writes) {
        checkRefusal(run, arguments, database, "read-only");
    } else {
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.err.isEmpty(), run.describe());
        QVERIFY(!run.out.isEmpty());
        QCOMPARE(QFileInfo::exists(output), arguments.contains(outputMarker));
    }
    QCOMPARE(DocketSandbox::fileBytes(database), before);
    QCOMPARE(sideFiles(database), QStringList());
}

void TestCommandDatabase::busyDatabaseIsReportedInWords()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(sandbox.addFixture(QStringLiteral("juriscraper--oral_args-ca8_example.xml")) > 0);
    Result<std::unique_ptr<Database>> holder = Database::open(sandbox.databasePath());
    QVERIFY(holder.ok());
    // Another Docket in the middle of a write.
    Transaction writing(*holder.value());
    QVERIFY(writing.ok());

    // Reading goes on beside a writer (write-ahead log).
    const DocketOutput listed =
        sandbox.run({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")});
    QVERIFY2(listed.exitCode == 0, listed.describe());
    QCOMPARE(listed.lines().size(), 3);

    // A write waits for the other one, then gives up and says why.
    QElapsedTimer timer;
    timer.start();
    const DocketOutput kept = sandbox.run({QStringLiteral("keep"), QStringLiteral("1")});
    QVERIFY2(kept.exitCode == 1, kept.describe());
    QVERIFY2(timer.elapsed() < DocketSandbox::timeoutMs, kept.describe());
    QCOMPARE(kept.err.count('\n'), 1);
    QVERIFY2(kept.err.contains("busy"), kept.describe());
    QVERIFY(kept.out.isEmpty());
    writing.rollback();
    QVERIFY(sandbox.listJson({QStringLiteral("--starred")}).isEmpty());
}

void TestCommandDatabase::environmentAndDefaultPath()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    // DOCKET_DATABASE names the database when --database does not.
    QProcessEnvironment named;
    named.insert(QStringLiteral("DOCKET_DATABASE"), sandbox.path(QStringLiteral("named.sqlite")));
    const DocketOutput added = DocketSandbox::runWithEnvironment(
        {QStringLiteral("add"),
         DocketSandbox::fixture(QStringLiteral("rss2_undated_item_with_paragraphs.xml"))},
        named);
    QVERIFY2(added.exitCode == 0, added.describe());
    QVERIFY(QFileInfo::exists(sandbox.path(QStringLiteral("named.sqlite"))));
    QCOMPARE(
        sandbox.runOn(sandbox.path(QStringLiteral("named.sqlite")), {QStringLiteral("list")}).lines().size(),
        1);

    // Without either, Docket's data folder is created for its default database.
    QProcessEnvironment home;
    home.insert(QStringLiteral("HOME"), sandbox.path(QStringLiteral("home")));
    home.insert(QStringLiteral("XDG_DATA_HOME"), sandbox.path(QStringLiteral("home/.local/share")));
    const DocketOutput listed = DocketSandbox::runWithEnvironment({QStringLiteral("feeds")}, home);
    QVERIFY2(listed.exitCode == 0, listed.describe());
    QVERIFY(QFileInfo::exists(sandbox.path(QStringLiteral("home/.local/share/Docket/docket/docket.sqlite"))));
}

QTEST_GUILESS_MAIN(TestCommandDatabase)
#include "tst_commanddatabase.moc"
