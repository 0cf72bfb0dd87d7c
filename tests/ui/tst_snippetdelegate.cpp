// SnippetDelegate: search snippets become highlighted rich text, and nothing else does.
#include "searchindex.h"
#include "snippetdelegate.h"

#include <QTest>

class TestSnippetDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlightedHtml_data();
    void highlightedHtml();
};

void TestSnippetDelegate::highlightedHtml_data()
{
    const QString open(QChar(SearchIndex::highlightStart));
    const QString close(QChar(SearchIndex::highlightEnd));
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one match") << QStringLiteral("the %1Precedential%2 order").arg(open, close)
                               << QStringLiteral(
                                      "the <b style=\"background-color:#ff0\">Precedential</b> order");
    QTest::newRow("two matches") << QStringLiteral("%1a%2 b %1c%2").arg(open, close)
                                 << QStringLiteral("<b style=\"background-color:#ff0\">a</b> b "
                                                   "<b style=\"background-color:#ff0\">c</b>");
    QTest::newRow("markup in the article stays text")
        << QStringLiteral("<script>x</script> %1AT&T%2").arg(open, close)
        << QStringLiteral("&lt;script&gt;x&lt;/script&gt; <b style=\"background-color:#ff0\">AT&amp;T</b>");
    QTest::newRow("no match") << QStringLiteral("plain") << QStringLiteral("plain");
}

void TestSnippetDelegate::highlightedHtml()
{
    QFETCH(QString, snippet);
    QFETCH(QString, expected);
    QCOMPARE(SnippetDelegate::highlightedHtml(snippet, QStringLiteral("#ff0")), expected);
}

QTEST_MAIN(TestSnippetDelegate)
#include "tst_snippetdelegate.moc"
