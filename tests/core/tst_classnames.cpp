// Class and id names: which say page chrome, which say article, and which say nothing.
#include "classnames.h"
#include "htmltreebuilder.h"

#include <QTest>

class TestClassNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judgesNames_data();
    void judgesNames();
    void weighsClassAndId();
};

void TestClassNames::judgesNames_data()
{
    QTest::addColumn<QString>("names");
    QTest::addColumn<bool>("negative");
    QTest::addColumn<bool>("positive");

    QTest::newRow("comments area") << QStringLiteral("comments-area") << true << false;
    QTest::newRow("WordPress comment list") << QStringLiteral("commentlist") << true << false;
    QTest::newRow("Jetpack share bar") << QStringLiteral("sharedaddy sd-sharing-enabled") << true << false;
    QTest::newRow("related posts") << QStringLiteral("jp-relatedposts") << true << false;
    QTest::newRow("ad slot") << QStringLiteral("ad-slot ad-inline") << true << false;
    QTest::newRow("ad with underscore") << QStringLiteral("AD_Container") << true << false;
    QTest::newRow("newsletter box") << QStringLiteral("inline-newsletter") << true << false;
    QTest::newRow("cookie banner") << QStringLiteral("cookie-banner") << true << false;
    QTest::newRow("sidebar") << QStringLiteral("sidebar") << true << false;
    QTest::newRow("breadcrumbs") << QStringLiteral("breadcrumbs") << true << false;
    QTest::newRow("names split by tabs and newlines") << QStringLiteral("x\tpromo-box\ny") << true << false;
    QTest::newRow("entry content") << QStringLiteral("entry-content") << false << true;
    QTest::newRow("story body") << QStringLiteral("story__body") << false << true;
    QTest::newRow("related content is related") << QStringLiteral("related-content") << true << false;
    QTest::newRow("site content with comments open")
        << QStringLiteral("site-content comments-open") << true << true;
    QTest::newRow("words that only contain chrome words")
        << QStringLiteral("shadow leaderboard headline download") << false << false;
    QTest::newRow("a tag class on an article is no tag list")
        << QStringLiteral("tag-sanctions category-appeals") << false << false;
    QTest::newRow("footnotes are no footer") << QStringLiteral("footnotes") << false << false;
    QTest::newRow("empty") << QString() << false << false;
}

void TestClassNames::judgesNames()
{
    QFETCH(QString, names);
    QFETCH(bool, negative);
    QFETCH(bool, positive);
    const ClassNames::Verdict verdict = ClassNames::judge(names);
    QCOMPARE(verdict.negative, negative);
    QCOMPARE(verdict.positive, positive);
}

void TestClassNames::weighsClassAndId()
{
    const HtmlTree tree = HtmlTreeBuilder::build(u"<div class=post-body id=main></div><div class=sidebar "
                                                 u"id=content></div><div id=comments></div><div></div>");
    QList<HtmlTree::NodeId> divs;
    for (HtmlTree::NodeId n = tree.root(); n != HtmlTree::None; n = tree.next(n, tree.root())) {
        if (tree.isElement(n, u"div"))
            divs.append(n);
    }
    QCOMPARE(divs.size(), 4);
    QCOMPARE(ClassNames::weight(tree, divs[0]), 50);
    QCOMPARE(ClassNames::weight(tree, divs[1]), 0);
    QCOMPARE(ClassNames::weight(tree, divs[2]), -25);
    QCOMPARE(ClassNames::weight(tree, divs[3]), 0);
}

QTEST_GUILESS_MAIN(TestClassNames)
#include "tst_classnames.moc"
