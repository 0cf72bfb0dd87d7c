// Citations in Bluebook and OSCOLA style, with and without the parts feeds often leave out.
#include "citation.h"

#include <QTest>

Q_DECLARE_METATYPE(Citation::Source)
Q_DECLARE_METATYPE(Citation::Style)
Q_DECLARE_METATYPE(Citation::Markup)

class TestCitation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void dates_data();
    void dates();
};

namespace {

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(14, 30), Qt::UTC);
}

Citation::Source complete()
{
    return Citation::Source{QStringLiteral("Jane Marshall"),
                            QStringLiteral("Court rules on standing in data-breach case"),
                            QStringLiteral("Appellate Watch"),
                            utc(2026, 11, 27),
                            QUrl(QStringLiteral("https://appellate.example.org/2026/standing-ruling")),
                            utc(2026, 11, 28)};
}

} // namespace

void TestCitation::format_data()
{
    using Citation::Markup;
    using Citation::Style;
    QTest::addColumn<Citation::Source>("source");
    QTest::addColumn<Style>("style");
    QTest::addColumn<Markup>("markup");
    QTest::addColumn<QString>("expected");

    const Citation::Source full = complete();
    QTest::newRow("bluebook plain") << full << Style::Bluebook << Markup::Plain
                                    << QStringLiteral("Jane Marshall, Court rules on standing in data-breach "
                                                      "case, Appellate Watch (Nov. 27, 2026), "
                                                      "https://appellate.example.org/2026/standing-ruling.");
    QTest::newRow("oscola plain") << full << Style::Oscola << Markup::Plain
                                  << QStringLiteral(
                                         "Jane Marshall, \u2018Court rules on standing in data-breach "
                                         "case\u2019 (Appellate Watch, 27 November 2026) "
                                         "<https://appellate.example.org/2026/standing-ruling> "
                                         "accessed 28 November 2026.");
    QTest::newRow("bluebook html italics and link")
        << full << Style::Bluebook << Markup::Html
        << QStringLiteral(
               "Jane Marshall, <i>Court rules on standing in data-breach case</i>, Appellate Watch "
               "(Nov. 27, 2026), <a href=\"https://appellate.example.org/2026/standing-ruling\">"
               "https://appellate.example.org/2026/standing-ruling</a>.");
    QTest::newRow("oscola html brackets escaped")
        << full << Style::Oscola << Markup::Html
        << QStringLiteral("Jane Marshall, \u2018Court rules on standing in data-breach case\u2019 (Appellate "
                          "Watch, 27 November 2026) &lt;<a "
                          "href=\"https://appellate.example.org/2026/standing-ruling\">"
                          "https://appellate.example.org/2026/standing-ruling</a>&gt; accessed 28 November "
                          "2026.");
    QTest::newRow("bluebook markdown")
        << full << Style::Bluebook << Markup::Markdown
        << QStringLiteral("Jane Marshall, *Court rules on standing in data-breach case*, Appellate Watch "
                          "(Nov. 27, 2026), <https://appellate.example.org/2026/standing-ruling>.");
    QTest::newRow("oscola markdown keeps its brackets")
        << full << Style::Oscola << Markup::Markdown
        << QStringLiteral(
               "Jane Marshall, \u2018Court rules on standing in data-breach case\u2019 (Appellate "
               "Watch, 27 November 2026) \\<<https://appellate.example.org/2026/standing-ruling>\\> "
               "accessed 28 November 2026.");

    Citation::Source noAuthor = full;
    noAuthor.author.clear();
    QTest::newRow("bluebook no author starts with the title")
        << noAuthor << Style::Bluebook << Markup::Plain
        << QStringLiteral("Court rules on standing in data-breach case, Appellate Watch (Nov. 27, 2026), "
                          "https://appellate.example.org/2026/standing-ruling.");
    QTest::newRow("oscola no author starts with the title")
        << noAuthor << Style::Oscola << Markup::Plain
        << QStringLiteral("\u2018Court rules on standing in data-breach case\u2019 (Appellate Watch, 27 "
                          "November 2026) <https://appellate.example.org/2026/standing-ruling> accessed 28 "
                          "November 2026.");

    Citation::Source undated = full;
    undated.published = QDateTime();
    QTest::newRow("bluebook undated gives the visit")
        << undated << Style::Bluebook << Markup::Plain
        << QStringLiteral("Jane Marshall, Court rules on standing in data-breach case, Appellate Watch, "
                          "https://appellate.example.org/2026/standing-ruling (last visited Nov. 28, 2026).");
    QTest::newRow("oscola undated names only the source")
        << undated << Style::Oscola << Markup::Plain
        << QStringLiteral("Jane Marshall, \u2018Court rules on standing in data-breach case\u2019 (Appellate "
                          "Watch) <https://appellate.example.org/2026/standing-ruling> accessed 28 November "
                          "2026.");

    Citation::Source bare = noAuthor;
    bare.published = QDateTime();
    bare.url = QUrl();
    bare.retrieved = QDateTime();
    QTest::newRow("bluebook title and source only")
        << bare << Style::Bluebook << Markup::Plain
        << QStringLiteral("Court rules on standing in data-breach case, Appellate Watch.");
    QTest::newRow("oscola no url no accessed date")
        << bare << Style::Oscola << Markup::Plain
        << QStringLiteral("\u2018Court rules on standing in data-breach case\u2019 (Appellate Watch).");
    QTest::newRow("nothing known") << Citation::Source{} << Style::Oscola << Markup::Plain << QString();

    Citation::Source hostile = full;
    hostile.author = QStringLiteral("<script>x</script>");
    hostile.title = QStringLiteral("A & B <img src=x onerror=alert(1)>");
    QTest::newRow("html escapes every field")
        << hostile << Style::Bluebook << Markup::Html
        << QStringLiteral(
               "&lt;script&gt;x&lt;/script&gt;, <i>A &amp; B &lt;img src=x onerror=alert(1)&gt;</i>, "
               "Appellate Watch (Nov. 27, 2026), <a "
               "href=\"https://appellate.example.org/2026/standing-ruling\">"
               "https://appellate.example.org/2026/standing-ruling</a>.");
    Citation::Source starred = full;
    starred.author = QStringLiteral("# Team_A");
    starred.title = QStringLiteral("*Not* [a link](x)");
    QTest::newRow("markdown escapes emphasis, links and headings")
        << starred << Style::Bluebook << Markup::Markdown
        << QStringLiteral("\\# Team\\_A, *\\*Not\\* \\[a link\\](x)*, Appellate Watch (Nov. 27, 2026), "
                          "<https://appellate.example.org/2026/standing-ruling>.");
}

void TestCitation::format()
{
    QFETCH(Citation::Source, source);
    QFETCH(Citation::Style, style);
    QFETCH(Citation::Markup, markup);
    QFETCH(QString, expected);
    QCOMPARE(Citation::format(source, style, markup), expected);
}

void TestCitation::dates_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("bluebook");
    QTest::addColumn<QString>("oscola");

    QTest::newRow("May has no abbreviation")
        << QDate(2026, 5, 1) << QStringLiteral("May 1, 2026") << QStringLiteral("1 May 2026");
    QTest::newRow("June and July spelled out")
        << QDate(2026, 6, 30) << QStringLiteral("June 30, 2026") << QStringLiteral("30 June 2026");
    QTest::newRow("September is Sept.")
        << QDate(2025, 9, 9) << QStringLiteral("Sept. 9, 2025") << QStringLiteral("9 September 2025");
    QTest::newRow("January") << QDate(2027, 1, 31) << QStringLiteral("Jan. 31, 2027")
                             << QStringLiteral("31 January 2027");
    QTest::newRow("invalid date") << QDate() << QString() << QString();
}

void TestCitation::dates()
{
    QFETCH(QDate, date);
    QFETCH(QString, bluebook);
    QFETCH(QString, oscola);
    QCOMPARE(Citation::bluebookDate(date), bluebook);
    QCOMPARE(Citation::oscolaDate(date), oscola);
}

QTEST_GUILESS_MAIN(TestCitation)
#include "tst_citation.moc"
