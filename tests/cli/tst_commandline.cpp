// The headless commands as a user or a script runs them: the real binary.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitStatus_data();
    void exitStatus();
    void noDisplayExplainsItself();
};

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run docket(const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DOCKET_BINARY), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

void TestCommandLine::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stdoutHas");
    QTest::addColumn<QByteArray>("stderrHas");

    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QByteArray("docket 0.")
                             << QByteArray();
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QByteArray("parse FILE")
                          << QByteArray();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QByteArray()
                                     << QByteArray("unknown command 'frobnicate'");
    QTest::newRow("unknown global option")
        << QStringList{QStringLiteral("--bogus")} << 2 << QByteArray() << QByteArray("bogus");
    QTest::newRow("unknown command option")
        << QStringList{QStringLiteral("parse"), QStringLiteral("--bogus"), QStringLiteral("x")} << 2
        << QByteArray() << QByteArray("docket parse: Unknown option 'bogus'");
    QTest::newRow("parse without file")
        << QStringList{QStringLiteral("parse")} << 2 << QByteArray() << QByteArray("give one feed file");
    QTest::newRow("parse missing file")
        << QStringList{QStringLiteral("parse"), QStringLiteral("/nonexistent/feed.xml")} << 2 << QByteArray()
        << QByteArray("/nonexistent/feed.xml: no such file");
    QTest::newRow("parse relative base url")
        << QStringList{QStringLiteral("parse"), QStringLiteral("-"), QStringLiteral("--base-url"),
                       QStringLiteral("foo")}
        << 2 << QByteArray() << QByteArray("--base-url needs an absolute URL");
    QTest::newRow("database without path")
        << QStringList{QStringLiteral("--database")} << 2 << QByteArray() << QByteArray("database");
}

void TestCommandLine::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stdoutHas);
    QFETCH(QByteArray, stderrHas);

    const Run run = docket(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.contains(stdoutHas), run.out.constData());
    QVERIFY2(run.err.contains(stderrHas), run.err.constData());
    if (exitCode == 2)
        QCOMPARE(run.err.count('\n'), 1); // one line, as the contract says
}

void TestCommandLine::noDisplayExplainsItself()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QTemporaryDir home;
    environment.insert(QStringLiteral("HOME"), home.path());
    const Run run = docket({}, environment);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no display"), run.err.constData());
    QVERIFY2(run.err.contains("docket --help"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
