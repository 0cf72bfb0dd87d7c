// `docket export`: threads to files in every format, usage errors, overwriting only when asked.
#include "docketsandbox.h"

#include <QDir>
#include <QProcess>
#include <QTest>

class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesBadUsage_data();
    void refusesBadUsage();
    void everyFormat_data();
    void everyFormat();
    void refusesToOverwriteWithoutForce();
    void folderGetsOneFilePerThread();
    void folderRefusesExistingNamesWithoutForce();
    void searchExportsTheMatches();
    void feedExportsItsThreadsNewestFirst();
    void emptySelectionWritesNothing();

private:
    QString output(const QString &name) const { return m_sandbox.path(name); }

    DocketSandbox m_sandbox;
    qint64 m_courtFeed = 0; // juriscraper--opinions-ca10_example.xml: four opinions
    QString m_hostileId;    // rss2_undated_item_with_paragraphs.xml: a <script> in its content
};

namespace {

const QString hostileTitle = QStringLiteral("Court rules on standing in data-breach case");
const QStringList courtTitles{
    // Newest first, as `list` shows them (two share a post time: the later stored first).
    QStringLiteral("United States v. Valdivias"),
    QStringLiteral("O.C.V., et al. v. Bondi"),
    QStringLiteral("Gaddy, et al. v. Corp. of the President of the Church of Jesus, et al."),
    QStringLiteral("United States v. Clay"),
};

// The file a title gets: the same words, less the full stop Windows would drop.
QString fileNameOf(const QString &title, const QString &extension)
{
    QString stem = title;
    while (stem.endsWith(u'.'))
        stem.chop(1);
    return stem + u'.' + extension;
}

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(DocketSandbox::timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

// The document as text: the file itself, or what pdftotext reads of a PDF.
QString documentText(const QString &path)
{
    if (path.endsWith(u".pdf"))
        return pdfText(path);
    return QString::fromUtf8(DocketSandbox::fileBytes(path));
}

} // namespace

void TestExportCommand::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (Debian package poppler-utils) is needed to read exported PDFs");
    m_courtFeed = m_sandbox.addFixture(QStringLiteral("juriscraper--opinions-ca10_example.xml"));
    QVERIFY(m_courtFeed > 0);
    const qint64 hostileFeed = m_sandbox.addFixture(QStringLiteral("rss2_undated_item_with_paragraphs.xml"));
    QVERIFY(hostileFeed > 0);
    const QJsonArray threads = m_sandbox.listJson({QStringLiteral("--feed"), QString::number(hostileFeed)});
    QCOMPARE(threads.size(), 1);
    m_hostileId = QString::number(threads.first().toObject().value(QStringLiteral("id")).toInteger());
}

void TestExportCommand::refusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // a part of the one line on stderr

    const QString out = QStringLiteral("--output");
    const QString format = QStringLiteral("--format");
    QTest::newRow("nothing to export")
        << QStringList{format, QStringLiteral("html"), out, QStringLiteral("x.html")}
        << QStringLiteral("give thread ids, --search QUERY or --feed ID");
    QTest::newRow("ids and a search") << QStringList{QStringLiteral("1"),     QStringLiteral("--search"),
                                                     QStringLiteral("court"), format,
                                                     QStringLiteral("html"),  out,
                                                     QStringLiteral("x.html")}
                                      << QStringLiteral("only one of them");
    QTest::newRow("search and feed") << QStringList{QStringLiteral("--search"),
                                                    QStringLiteral("court"),
                                                    QStringLiteral("--feed"),
                                                    QStringLiteral("1"),
                                                    format,
                                                    QStringLiteral("html"),
                                                    out,
                                                    QStringLiteral("x.html")}
                                     << QStringLiteral("only one of them");
    QTest::newRow("not an id")
        << QStringList{QStringLiteral("1"),     QStringLiteral("two"), format, QStringLiteral("html"), out,
                       QStringLiteral("x.html")}
        << QStringLiteral("'two' is not a thread id");
    QTest::newRow("no format") << QStringList{QStringLiteral("1"), out, QStringLiteral("x.html")}
                               << QStringLiteral("give --format html, md, txt or pdf");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("1"), format, QStringLiteral("docx"), out,
                                                   QStringLiteral("x.docx")}
                                    << QStringLiteral("--format takes html, md, txt or pdf, not 'docx'");
    QTest::newRow("no output") << QStringList{QStringLiteral("1"), format, QStringLiteral("html")}
                               << QStringLiteral("give --output PATH");
    QTest::newRow("unknown thread")
        << QStringList{QStringLiteral("1"),     QStringLiteral("999"), format, QStringLiteral("html"), out,
                       QStringLiteral("x.html")}
        << QStringLiteral("there is no thread 999");
    QTest::newRow("unknown feed")
        << QStringList{QStringLiteral("--feed"), QStringLiteral("999"), format, QStringLiteral("html"), out,
                       QStringLiteral("x.html")}
        << QStringLiteral("there is no feed 999");
    QTest::newRow("feed not a number")
        << QStringList{QStringLiteral("--feed"), QStringLiteral("ca10"), format, QStringLiteral("html"), out,
                       QStringLiteral("x.html")}
        << QStringLiteral("--feed takes a feed id");
    QTest::newRow("search that only leaves out") << QStringList{QStringLiteral("--search"),
                                                                QStringLiteral("-dismissed"),
                                                                format,
                                                                QStringLiteral("html"),
                                                                out,
                                                                QStringLiteral("x.html")}
                                                 << QStringLiteral("cannot only leave words out");
    QTest::newRow("folder that does not exist")
        << QStringList{QStringLiteral("1"), format, QStringLiteral("html"), out,
                       QStringLiteral("missing/x.html")}
        << QStringLiteral("there is no folder");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("1"),
                                                   QStringLiteral("--pages"),
                                                   format,
                                                   QStringLiteral("html"),
                                                   out,
                                                   QStringLiteral("x.html")}
                                    << QStringLiteral("Unknown option 'pages'");
}

void TestExportCommand::refusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    // Relative outputs land in the sandbox: the process runs there.
    QStringList absolute = arguments;
    const qsizetype outputAt = absolute.indexOf(QStringLiteral("--output"));
    if (outputAt >= 0 && outputAt + 1 < absolute.size())
        absolute[outputAt + 1] = output(absolute.at(outputAt + 1));
    const DocketOutput result = m_sandbox.run(QStringList{QStringLiteral("export")} + absolute);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.isEmpty(), result.describe());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.startsWith("docket export: "), result.describe());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.describe());
    QVERIFY(!QFileInfo::exists(output(QStringLiteral("x.html"))));
}

void TestExportCommand::everyFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("magic"); // how the file starts

    QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("md") << QStringLiteral("md") << QByteArray("# Court rules");
    QTest::newRow("txt") << QStringLiteral("txt") << QByteArray("Court rules");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-");
}

void TestExportCommand::everyFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, magic);

    const QString path = output(QStringLiteral("every.") + format);
    const DocketOutput result =
        m_sandbox.run({QStringLiteral("export"), m_hostileId, QStringLiteral("--format"), format,
                       QStringLiteral("--output"), path});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.lines(), QList<QByteArray>{path.toUtf8()});
    QVERIFY2(DocketSandbox::fileBytes(path).startsWith(magic), result.describe());
    const QString text = documentText(path);
    QVERIFY2(text.contains(hostileTitle), qPrintable(text));
    QVERIFY2(text.contains(u"Injury need not be certain."), qPrintable(text));
    QVERIFY2(text.contains(u"Bluebook:") && text.contains(u"OSCOLA:"), qPrintable(text));
    QVERIFY2(text.contains(
                 u"Jane Marshall, \u2018Court rules on standing in data-breach case\u2019 (Appellate Watch)"),
             qPrintable(text));
    // The feed's <script>alert("tracked")</script> reaches no export.
    QVERIFY2(!text.contains(u"tracked"), qPrintable(text));
    QVERIFY(!DocketSandbox::fileBytes(path).contains("<script"));
}

void TestExportCommand::refusesToOverwriteWithoutForce()
{
    const QString path = output(QStringLiteral("kept.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the lawyer's own notes\n");
    }
    const QStringList arguments{QStringLiteral("export"),   m_hostileId,
                                QStringLiteral("--format"), QStringLiteral("txt"),
                                QStringLiteral("--output"), path};
    const DocketOutput refused = m_sandbox.run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("already exists; add --force to replace it"), refused.describe());
    QCOMPARE(refused.err.count('\n'), 1);
    QCOMPARE(DocketSandbox::fileBytes(path), QByteArray("the lawyer's own notes\n"));

    const DocketOutput forced = m_sandbox.run(arguments + QStringList{QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, forced.describe());
    QVERIFY(DocketSandbox::fileBytes(path).startsWith(hostileTitle.toUtf8()));
}

void TestExportCommand::folderGetsOneFilePerThread()
{
    const QString folder = output(QStringLiteral("per-thread"));
    QVERIFY(QDir().mkpath(folder));
    const DocketOutput result =
        m_sandbox.run({QStringLiteral("export"), QStringLiteral("--feed"), QString::number(m_courtFeed),
                       QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output"), folder});
    QVERIFY2(result.exitCode == 0, result.describe());
    QStringList expectedFiles;
    for (const QString &title : courtTitles)
        expectedFiles.append(QDir(folder).filePath(fileNameOf(title, QStringLiteral("md"))));
    QStringList printed;
    for (const QByteArray &line : result.lines())
        printed.append(QString::fromUtf8(line));
    QCOMPARE(printed, expectedFiles);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), courtTitles.size());
    for (qsizetype i = 0; i < courtTitles.size(); ++i) {
        const QString text = documentText(expectedFiles.at(i));
        QVERIFY2(text.startsWith(QStringLiteral("# ")), qPrintable(text));
        // Each file holds its own thread and no other.
        for (qsizetype j = 0; j < courtTitles.size(); ++j) {
            const QString heading = QStringLiteral("# ") + courtTitles.at(j) + u'\n';
            QCOMPARE(text.contains(heading), i == j);
        }
    }
}

void TestExportCommand::folderRefusesExistingNamesWithoutForce()
{
    const QString folder = output(QStringLiteral("again"));
    QVERIFY(QDir().mkpath(folder));
    const QStringList arguments{QStringLiteral("export"),
                                QStringLiteral("--feed"),
                                QString::number(m_courtFeed),
                                QStringLiteral("--format"),
                                QStringLiteral("txt"),
                                QStringLiteral("--output"),
                                folder};
    // One name already taken, by a file the export must not touch.
    const QString taken = QDir(folder).filePath(fileNameOf(courtTitles.at(2), QStringLiteral("txt")));
    {
        QFile file(taken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
    }
    const DocketOutput refused = m_sandbox.run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QFileInfo(taken).fileName().toUtf8()), refused.describe());
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1); // nothing written before refusing
    QCOMPARE(DocketSandbox::fileBytes(taken), QByteArray("mine"));

    const DocketOutput forced = m_sandbox.run(arguments + QStringList{QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, forced.describe());
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), courtTitles.size());
    QVERIFY(DocketSandbox::fileBytes(taken).startsWith(courtTitles.at(2).toUtf8()));
}

void TestExportCommand::searchExportsTheMatches()
{
    const QString path = output(QStringLiteral("search.html"));
    const DocketOutput result =
        m_sandbox.run({QStringLiteral("export"), QStringLiteral("--search"), QStringLiteral("Bondi OR Clay"),
                       QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--output"), path});
    QVERIFY2(result.exitCode == 0, result.describe());
    const QString html = documentText(path);
    QVERIFY(html.contains(u"<h1>United States v. Clay</h1>"));
    QVERIFY(html.contains(u"<h1>O.C.V., et al. v. Bondi</h1>"));
    QVERIFY(!html.contains(u"Valdivias"));
    QVERIFY(!html.contains(hostileTitle));
    QCOMPARE(html.count(u"<section class=\"citation\">"), 2);
}

void TestExportCommand::feedExportsItsThreadsNewestFirst()
{
    const QString path = output(QStringLiteral("feed.pdf"));
    const DocketOutput result =
        m_sandbox.run({QStringLiteral("export"), QStringLiteral("--feed"), QString::number(m_courtFeed),
                       QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), path});
    QVERIFY2(result.exitCode == 0, result.describe());
    const QString text = documentText(path);
    qsizetype previous = -1;
    for (const QString &title : courtTitles) {
        const qsizetype at = text.indexOf(title);
        QVERIFY2(at > previous, qPrintable(title + QStringLiteral("\n") + text));
        previous = at;
    }
    QVERIFY(!text.contains(hostileTitle));
    QVERIFY2(text.contains(u"Page 4 of 4"), qPrintable(text));
}

void TestExportCommand::emptySelectionWritesNothing()
{
    const QString path = output(QStringLiteral("nothing.html"));
    const DocketOutput result =
        m_sandbox.run({QStringLiteral("export"), QStringLiteral("--search"), QStringLiteral("habeas"),
                       QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--output"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("no threads to export; nothing written"), result.describe());
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
