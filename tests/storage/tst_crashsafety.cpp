// Killing a writing Docket at random moments: the database opens clean and
// holds every thread the writer reported committed.
#include "storagetest.h"

#include "threadstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace StorageTest;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothing_data();
    void killedWriterLosesNothing();
};

void TestCrashSafety::killedWriterLosesNothing_data()
{
    QTest::addColumn<quint32>("seed");
    // Each row kills the writer at other moments: while it opens (creating
    // the file, migrating), mid-batch, mid-commit, mid-checkpoint.
    QTest::newRow("seed 1") << quint32(1);
    QTest::newRow("seed 2") << quint32(2);
    QTest::newRow("seed 3") << quint32(3);
}

void TestCrashSafety::killedWriterLosesNothing()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("docket.sqlite"));
    qint64 reported = 0;

    for (int round = 0; round < 6; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(DOCKET_STORAGE_HELPER), {QStringLiteral("write"), path});
        QVERIFY(writer.waitForStarted(10000));
        // The first round may die before the file exists at all.
        const int lifetime = round == 0 ? random.bounded(5, 60) : random.bounded(50, 700);
        QElapsedTimer alive;
        alive.start();
        QByteArray output;
        while (alive.elapsed() < lifetime && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(5);
            output += writer.readAllStandardOutput();
        }
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(10000));
        output += writer.readAllStandardOutput();
        QVERIFY2(!output.contains("failed"), output.constData());
        // Only what was printed after its commit counts.
        const QList<QByteArray> lines = output.split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("committed "))
                reported = qMax(reported, line.mid(10).toLongLong());
        }

        Result<std::unique_ptr<Database>> opened = Database::open(path);
        if (!opened.ok() && round == 0 && !QFileInfo::exists(path))
            continue; // killed before it created anything
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        std::unique_ptr<Database> db = std::move(opened).value();
        const Result<bool> clean = db->checkIntegrity();
        QVERIFY2(clean.ok(), qPrintable(clean.ok() ? QString() : clean.error().message));

        // Every reported thread is there: item-0 .. item-(reported-1).
        ThreadStore threads(*db);
        ThreadFilter filter;
        filter.limit = 1000;
        QSet<QString> guids;
        for (int pages = 0; pages < 1000; ++pages) {
            const ThreadPage page = threads.list(filter, now()).value();
            for (const ThreadRecord &thread : page.threads)
                guids.insert(thread.guid);
            if (!page.next)
                break;
            filter.after = page.next;
        }
        QVERIFY2(guids.size() >= reported, qPrintable(QStringLiteral("round %1: %2 stored, %3 reported")
                                                          .arg(round)
                                                          .arg(guids.size())
                                                          .arg(reported)));
        for (qint64 n = 0; n < reported; ++n)
            QVERIFY2(guids.contains(QStringLiteral("item-%1").arg(n)),
                     qPrintable(QStringLiteral("item-%1").arg(n)));
        // The search index agrees with the threads.
        ThreadFilter search;
        search.search = QStringLiteral("body");
        QCOMPARE(threads.count(search).value(), qint64(guids.size()));
    }
    QVERIFY2(reported > 0, "the writer never committed; the kills proved nothing");
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
