// The citation block's provenance: stated in every text export when the article carries it, absent when not.
#include "articleexporter.h"
#include "articlefacts.h"
#include "exportfixture.h"

#include <QBuffer>
#include <QTest>

Q_DECLARE_METATYPE(ExportFormat)

class TestArticleFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void provenanceFieldsOnlyWhenKnown();
    void exportsCarryProvenance_data();
    void exportsCarryProvenance();
};

namespace {

const QString hash = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

ExportArticle withProvenance()
{
    ExportArticle article = ExportFixture::withBody(QStringLiteral("<p>The court reversed.</p>"));
    article.retrievedFrom = QUrl(QStringLiteral("https://appellate.example.org/2026/reversed"));
    article.etag = QStringLiteral("\"a1\"");
    article.lastModified = QStringLiteral("Fri, 27 Nov 2026 14:30:00 GMT");
    article.sha256 = hash;
    return article;
}

QStringList labels(const QList<ArticleFacts::Field> &fields)
{
    QStringList labels;
    for (const ArticleFacts::Field &field : fields)
        labels.append(field.label);
    return labels;
}

} // namespace

void TestArticleFacts::provenanceFieldsOnlyWhenKnown()
{
    const QStringList plain{QStringLiteral("Author"), QStringLiteral("Title"),
                            QStringLiteral("Source"), QStringLiteral("Published"),
                            QStringLiteral("URL"),    QStringLiteral("Retrieved")};
    QCOMPARE(labels(ArticleFacts::citationFields(ExportFixture::withBody(QStringLiteral("<p>x</p>")))),
             plain);

    const QList<ArticleFacts::Field> fields = ArticleFacts::citationFields(withProvenance());
    const QStringList full =
        plain + QStringList{QStringLiteral("Retrieved from"), QStringLiteral("HTTP ETag"),
                            QStringLiteral("HTTP Last-Modified"),
                            QStringLiteral("SHA-256 of the stored text")};
    QCOMPARE(labels(fields), full);
    QCOMPARE(fields.at(6).url, withProvenance().retrievedFrom);
    QCOMPARE(fields.last().value, hash);

    // Only what is known: a feed that sent no validators.
    ExportArticle partial = withProvenance();
    partial.etag.clear();
    partial.lastModified.clear();
    const QStringList known =
        plain + QStringList{QStringLiteral("Retrieved from"), QStringLiteral("SHA-256 of the stored text")};
    QCOMPARE(labels(ArticleFacts::citationFields(partial)), known);
}

void TestArticleFacts::exportsCarryProvenance_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("html") << ExportFormat::Html;
    QTest::newRow("md") << ExportFormat::Markdown;
    QTest::newRow("txt") << ExportFormat::Text;
}

void TestArticleFacts::exportsCarryProvenance()
{
    QFETCH(ExportFormat, format);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(ArticleExporter::write({withProvenance()}, format, buffer));
    const QByteArray output = buffer.data();
    QVERIFY2(output.contains(hash.toUtf8()), output.constData());
    QVERIFY(output.contains("SHA-256 of the stored text"));
    QVERIFY(output.contains("https://appellate.example.org/2026/reversed"));
    QVERIFY(output.contains("Fri, 27 Nov 2026 14:30:00 GMT"));
}

QTEST_MAIN(TestArticleFacts)
#include "tst_articlefacts.moc"
