// Sanitised article HTML as terminal text: paragraphs kept, markup gone, linear on any input.
#include "readingtext.h"

#include <QElapsedTimer>
#include <QTest>

class TestReadingText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHtml_data();
    void fromHtml();
    void deepAndLongInputStaysFast();
};

void TestReadingText::fromHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain text") << QStringLiteral("Smith v. Jones") << QStringLiteral("Smith v. Jones");
    QTest::newRow("paragraphs") << QStringLiteral("<p>First.</p><p>Second.</p>")
                                << QStringLiteral("First.\n\nSecond.");
    QTest::newRow("inline markup joins words")
        << QStringLiteral("<p>un<b>believ</b>able <i>dicta</i></p>") << QStringLiteral("unbelievable dicta");
    QTest::newRow("line break") << QStringLiteral("<p>Line one<br/>Line two</p>")
                                << QStringLiteral("Line one\nLine two");
    QTest::newRow("list items") << QStringLiteral("<p>Held:</p><ul><li>standing</li><li>remand</li></ul>")
                                << QStringLiteral("Held:\n\n- standing\n- remand");
    QTest::newRow("paragraph inside a list item")
        << QStringLiteral("<ol><li><p>One</p></li><li>Two</li></ol>") << QStringLiteral("- One\n\n- Two");
    QTest::newRow("an empty list item leaves no mark")
        << QStringLiteral("<ul><li></li><li> </li></ul><p>After</p>") << QStringLiteral("After");
    QTest::newRow("headings and quotations")
        << QStringLiteral("<h2>Opinion</h2><blockquote>Quoted text</blockquote>After")
        << QStringLiteral("Opinion\n\nQuoted text\n\nAfter");
    QTest::newRow("table rows")
        << QStringLiteral("<table><tr><td>Case</td><td>Date</td></tr><tr><td>A</td></tr></table>")
        << QStringLiteral("Case Date\nA");
    QTest::newRow("escaped text is decoded once")
        << QStringLiteral("<p>AT&amp;amp;T &lt;b&gt; &quot;q&quot;</p>")
        << QStringLiteral("AT&amp;T <b> \"q\"");
    QTest::newRow("white space collapses")
        << QStringLiteral("<p>  a \n\t b  </p>\n\n<p> c </p>") << QStringLiteral("a b\n\nc");
    QTest::newRow("empty blocks leave no blank lines")
        << QStringLiteral("<p></p><div> </div><p>Only</p><br/>") << QStringLiteral("Only");
    QTest::newRow("links keep their text")
        << QStringLiteral("<p>See <a href=\"https://x.example/\">the order</a>.</p>")
        << QStringLiteral("See the order.");
    QTest::newRow("a tag left open at the end")
        << QStringLiteral("<p>Text</p><p") << QStringLiteral("Text\n\n<p");
}

void TestReadingText::fromHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(ReadingText::fromHtml(html), text);
}

void TestReadingText::deepAndLongInputStaysFast()
{
    QString html;
    for (int i = 0; i < 20000; ++i)
        html += QStringLiteral("<ul><li><b>item</b> text");
    for (int i = 0; i < 20000; ++i)
        html += QStringLiteral("<p>paragraph ") + QString::number(i) + QStringLiteral("</p>");
    QElapsedTimer timer;
    timer.start();
    const QString text = ReadingText::fromHtml(html);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(text.startsWith(QStringLiteral("- item text\n\n- item text")));
    QVERIFY(text.endsWith(QStringLiteral("paragraph 19999")));
}

QTEST_GUILESS_MAIN(TestReadingText)
#include "tst_readingtext.moc"
