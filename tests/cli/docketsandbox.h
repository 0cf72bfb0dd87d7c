// Runs the real docket binary on a database of its own in a temporary folder, as a user's script does.
#pragma once

#include "database.h"
#include "settingsstore.h"
#include "testdata.h"

#include <QByteArray>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <unistd.h>

// What one run of docket left behind.
struct DocketOutput
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QByteArray out;
    QByteArray err;

    QList<QByteArray> lines() const
    {
        QList<QByteArray> result = out.split('\n');
        if (!result.isEmpty() && result.last().isEmpty())
            result.removeLast();
        return result;
    }

    // stdout as JSON; a parse error leaves a null document.
    QJsonDocument json() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        return error.error == QJsonParseError::NoError ? document : QJsonDocument();
    }

    // For QVERIFY2: what a failure should show.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out + "\nstderr: " + err;
    }
};

class DocketSandbox
{
public:
    // Long enough for the largest fixture on a busy machine; short enough that a hang fails the test.
    static constexpr int timeoutMs = 30000;

    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString databasePath() const { return path(QStringLiteral("docket.sqlite")); }

    static QString fixture(const QString &name) { return TestData::path(QStringLiteral("cli/") + name); }

    // docket --database <this sandbox's database> ARGUMENTS, with times shown in UTC and messages in English.
    DocketOutput run(const QStringList &arguments) const { return runOn(databasePath(), arguments); }

    // The same, while this thread's event loop keeps running: for a test
    // whose loopback HTTP server lives in this thread and must answer.
    DocketOutput runServing(const QStringList &arguments) const
    {
        return start(QStringLiteral(DOCKET_BINARY),
                     QStringList{QStringLiteral("--database"), databasePath()} + arguments, {}, true);
    }

    DocketOutput runOn(const QString &database, const QStringList &arguments) const
    {
        return start(QStringLiteral(DOCKET_BINARY),
                     QStringList{QStringLiteral("--database"), database} + arguments);
    }

    // docket ARGUMENTS without --database, with these variables added to the environment.
    static DocketOutput runWithEnvironment(const QStringList &arguments, const QProcessEnvironment &extra)
    {
        return start(QStringLiteral(DOCKET_BINARY), arguments, extra);
    }

    // The same as a user who is not root, where the test runs as root (where
    // file permissions do not stop writes); plain run otherwise. Empty output
    // with exitCode -2 when there is no way to change user here.
    DocketOutput runAsUnprivileged(const QString &database, const QStringList &arguments) const
    {
        const QStringList docketArguments = QStringList{QStringLiteral("--database"), database} + arguments;
        if (::geteuid() != 0)
            return start(QStringLiteral(DOCKET_BINARY), docketArguments);
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty()) {
            DocketOutput none;
            none.exitCode = -2;
            return none;
        }
        // nobody:nogroup
        return start(setpriv, QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                          QStringLiteral("--clear-groups"), QStringLiteral("--"),
                                          QStringLiteral(DOCKET_BINARY)} +
                                  docketArguments);
    }

    // Sets the global retention the way the window's settings do, so that
    // fixtures with old post times are stored by `add`.
    bool setRetentionDays(int days) const
    {
        Result<std::unique_ptr<Database>> database = Database::open(databasePath());
        if (!database)
            return false;
        return SettingsStore(*database.value()).setRetentionDays(days).ok();
    }

    // A database holding the fixture feed, stored with a retention long
    // enough to keep its old threads; the new feed's id.
    qint64 addFixture(const QString &name, const QStringList &extra = {}) const
    {
        if (!setRetentionDays(36500))
            return 0;
        const DocketOutput added = run(QStringList{QStringLiteral("add"), fixture(name)} + extra);
        if (added.exitCode != 0)
            return 0;
        return added.out.split('\t').first().toLongLong();
    }

    // The threads `list --json` gives for these extra arguments.
    QJsonArray listJson(const QStringList &extra = {}) const
    {
        return run(QStringList{QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"),
                               QStringLiteral("1000")} +
                   extra)
            .json()
            .array();
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    static DocketOutput start(const QString &program, const QStringList &arguments,
                              const QProcessEnvironment &extra = {}, bool serving = false)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        // The commands' messages follow the system's language: the tests
        // expect English, whatever language the machine running them speaks.
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.remove(QStringLiteral("DOCKET_DATABASE"));
        const QStringList keys = extra.keys();
        for (const QString &key : keys)
            environment.insert(key, extra.value(key));
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        process.closeWriteChannel();
        DocketOutput output;
        if (serving) {
            QEventLoop loop;
            QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
            QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            if (process.state() != QProcess::NotRunning)
                loop.exec();
        }
        const bool done =
            serving ? process.state() == QProcess::NotRunning : process.waitForFinished(timeoutMs);
        if (!done) {
            process.kill();
            process.waitForFinished(timeoutMs);
            return output;
        }
        output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        output.out = process.readAllStandardOutput();
        output.err = process.readAllStandardError();
        return output;
    }

    QTemporaryDir m_dir;
};
