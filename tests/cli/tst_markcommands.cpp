// `docket keep` and `docket mark-read`: all ids in one change, a line per changed thread, unknown ids named.
#include "docketsandbox.h"

#include <QTest>

#include <algorithm>

class TestMarkCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesThreads_data();
    void changesThreads();
    void namesUnknownIdsAndChangesTheOthers();
    void refusesBadUsageBeforeChangingAnything_data();
    void refusesBadUsageBeforeChangingAnything();
};

namespace {

struct Threads
{
    QList<qint64> kept;
    QList<qint64> read;
};

// Which of the sandbox's threads are kept and which are read, by id.
Threads state(const DocketSandbox &sandbox)
{
    Threads threads;
    const QJsonArray all = sandbox.listJson();
    for (const QJsonValue &value : all) {
        const QJsonObject thread = value.toObject();
        const qint64 id = thread.value(QStringLiteral("id")).toInteger();
        if (thread.value(QStringLiteral("kept")).toBool())
            threads.kept.append(id);
        if (thread.value(QStringLiteral("read")).toBool())
            threads.read.append(id);
    }
    std::sort(threads.kept.begin(), threads.kept.end());
    std::sort(threads.read.begin(), threads.read.end());
    return threads;
}

QString titleOf(const DocketSandbox &sandbox, qint64 id)
{
    const QJsonArray all = sandbox.listJson();
    for (const QJsonValue &value : all) {
        if (value.toObject().value(QStringLiteral("id")).toInteger() == id)
            return value.toObject().value(QStringLiteral("title")).toString();
    }
    return {};
}

} // namespace

void TestMarkCommands::changesThreads_data()
{
    QTest::addColumn<QStringList>("before"); // a command run first, if any
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("printed"); // "<verb> <id>" of each line, in order
    QTest::addColumn<QList<qint64>>("kept");
    QTest::addColumn<QList<qint64>>("read");

    QTest::newRow("keep two") << QStringList()
                              << QStringList{QStringLiteral("keep"), QStringLiteral("3"), QStringLiteral("1")}
                              << QStringList{QStringLiteral("Kept 3"), QStringLiteral("Kept 1")}
                              << QList<qint64>{1, 3} << QList<qint64>();
    QTest::newRow("release one") << QStringList{QStringLiteral("keep"), QStringLiteral("1"),
                                                QStringLiteral("2")}
                                 << QStringList{QStringLiteral("keep"), QStringLiteral("--off"),
                                                QStringLiteral("2")}
                                 << QStringList{QStringLiteral("Released 2")} << QList<qint64>{1}
                                 << QList<qint64>();
    QTest::newRow("keeping a kept thread prints nothing")
        << QStringList{QStringLiteral("keep"), QStringLiteral("2")}
        << QStringList{QStringLiteral("keep"), QStringLiteral("2")} << QStringList() << QList<qint64>{2}
        << QList<qint64>();
    QTest::newRow("an id given twice changes once")
        << QStringList() << QStringList{QStringLiteral("keep"), QStringLiteral("2"), QStringLiteral("2")}
        << QStringList{QStringLiteral("Kept 2")} << QList<qint64>{2} << QList<qint64>();
    QTest::newRow("mark read") << QStringList()
                               << QStringList{QStringLiteral("mark-read"), QStringLiteral("1"),
                                              QStringLiteral("2"), QStringLiteral("3")}
                               << QStringList{QStringLiteral("Marked read 1"),
                                              QStringLiteral("Marked read 2"),
                                              QStringLiteral("Marked read 3")}
                               << QList<qint64>() << QList<qint64>{1, 2, 3};
    QTest::newRow("mark unread") << QStringList{QStringLiteral("mark-read"), QStringLiteral("1"),
                                                QStringLiteral("2")}
                                 << QStringList{QStringLiteral("mark-read"), QStringLiteral("2"),
                                                QStringLiteral("3"), QStringLiteral("--unread")}
                                 << QStringList{QStringLiteral("Marked unread 2")} << QList<qint64>()
                                 << QList<qint64>{1};
    QTest::newRow("keeping leaves read alone")
        << QStringList{QStringLiteral("mark-read"), QStringLiteral("1")}
        << QStringList{QStringLiteral("keep"), QStringLiteral("1")} << QStringList{QStringLiteral("Kept 1")}
        << QList<qint64>{1} << QList<qint64>{1};
}

void TestMarkCommands::changesThreads()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, printed);
    QFETCH(QList<qint64>, kept);
    QFETCH(QList<qint64>, read);

    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(sandbox.addFixture(QStringLiteral("feed-rs--jsonfeed_elastic_1.1.json")) > 0);
    QCOMPARE(sandbox.listJson().size(), 3);
    if (!before.isEmpty())
        QCOMPARE(sandbox.run(before).exitCode, 0);

    const DocketOutput marked = sandbox.run(arguments);
    QVERIFY2(marked.exitCode == 0, marked.describe());
    QVERIFY(marked.err.isEmpty());
    const QList<QByteArray> lines = marked.lines();
    QCOMPARE(lines.size(), printed.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qint64 id = printed.at(i).section(u' ', -1).toLongLong();
        QCOMPARE(QString::fromUtf8(lines.at(i)), printed.at(i) + QStringLiteral(": ") + titleOf(sandbox, id));
    }
    const Threads after = state(sandbox);
    QCOMPARE(after.kept, kept);
    QCOMPARE(after.read, read);
}

void TestMarkCommands::namesUnknownIdsAndChangesTheOthers()
{
    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(sandbox.addFixture(QStringLiteral("feed-rs--jsonfeed_elastic_1.1.json")) > 0);
    for (const QString &command : {QStringLiteral("keep"), QStringLiteral("mark-read")}) {
        const DocketOutput marked = sandbox.run({command, QStringLiteral("1"), QStringLiteral("999"),
                                                 QStringLiteral("3"), QStringLiteral("1000")});
        QVERIFY2(marked.exitCode == 1, marked.describe());
        QCOMPARE(marked.lines().size(), 2);
        QVERIFY(marked.lines().at(0).contains(" 1: "));
        QVERIFY(marked.lines().at(1).contains(" 3: "));
        QCOMPARE(marked.err.count('\n'), 1);
        QVERIFY2(marked.err.startsWith("docket " + command.toUtf8() + ": no such thread: 999, 1000 "),
                 marked.describe());
    }
    const Threads after = state(sandbox);
    QCOMPARE(after.kept, (QList<qint64>{1, 3}));
    QCOMPARE(after.read, (QList<qint64>{1, 3}));
}

void TestMarkCommands::refusesBadUsageBeforeChangingAnything_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("stderrHas");

    QTest::newRow("a word among the ids")
        << QStringList{QStringLiteral("keep"), QStringLiteral("1"), QStringLiteral("two"),
                       QStringLiteral("3")}
        << QByteArray("docket keep: 'two' is not a thread id (see docket list); nothing was changed");
    QTest::newRow("zero") << QStringList{QStringLiteral("mark-read"), QStringLiteral("1"),
                                         QStringLiteral("0")}
                          << QByteArray("'0' is not a thread id");
    QTest::newRow("a range") << QStringList{QStringLiteral("mark-read"), QStringLiteral("1-3")}
                             << QByteArray("'1-3' is not a thread id");
    QTest::newRow("negative") << QStringList{QStringLiteral("keep"), QStringLiteral("1"),
                                             QStringLiteral("-3")}
                              << QByteArray("Unknown option '3'");
    QTest::newRow("no ids") << QStringList{QStringLiteral("keep")}
                            << QByteArray("give one or more thread ids");
    QTest::newRow("no ids but a flag") << QStringList{QStringLiteral("mark-read"), QStringLiteral("--unread")}
                                       << QByteArray("give one or more thread ids");
    QTest::newRow("the other command's flag")
        << QStringList{QStringLiteral("keep"), QStringLiteral("1"), QStringLiteral("--unread")}
        << QByteArray("Unknown option 'unread'");
    QTest::newRow("mark-read has no --off")
        << QStringList{QStringLiteral("mark-read"), QStringLiteral("1"), QStringLiteral("--off")}
        << QByteArray("Unknown option 'off'");
}

void TestMarkCommands::refusesBadUsageBeforeChangingAnything()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, stderrHas);

    DocketSandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(sandbox.addFixture(QStringLiteral("feed-rs--jsonfeed_elastic_1.1.json")) > 0);
    const DocketOutput marked = sandbox.run(arguments);
    QVERIFY2(marked.exitCode == 2, marked.describe());
    QVERIFY2(marked.err.contains(stderrHas), marked.describe());
    QCOMPARE(marked.err.count('\n'), 1);
    QVERIFY(marked.out.isEmpty());
    const Threads after = state(sandbox);
    QVERIFY(after.kept.isEmpty());
    QVERIFY(after.read.isEmpty());
}

QTEST_GUILESS_MAIN(TestMarkCommands)
#include "tst_markcommands.moc"
