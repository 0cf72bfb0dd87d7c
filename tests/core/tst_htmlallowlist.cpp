// Which tags, attribute values and addresses article HTML may keep.
#include "htmlallowlist.h"

#include <QTest>

class TestHtmlAllowlist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void safeUrl_data();
    void safeUrl();
    void values_data();
    void values();
};

void TestHtmlAllowlist::rules_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("outcome"); // "keep NAME", "drop", "media" or "unwrap"

    const auto row = [](const char *tag, const char *outcome) {
        QTest::newRow(tag) << QString::fromUtf8(tag) << QString::fromUtf8(outcome);
    };
    row("p", "keep p");
    row("a", "keep a");
    row("img", "keep img");
    row("td", "keep td");
    row("del", "keep s");
    row("strike", "keep s");
    row("ins", "keep u");
    row("figure", "keep div");
    row("figcaption", "keep p");
    row("q", "keep span");
    row("script", "drop");
    row("style", "drop");
    row("iframe", "drop");
    row("object", "drop");
    row("svg", "drop");
    row("math", "drop");
    row("form", "drop");
    row("template", "drop");
    row("noscript", "drop");
    row("audio", "media");
    row("video", "media");
    row("embed", "unwrap"); // void: nothing inside to keep
    row("meta", "unwrap");
    row("link", "unwrap");
    row("base", "unwrap");
    row("input", "unwrap");
    row("font", "unwrap");
    row("x-custom", "unwrap");
    row("SCRIPT", "unwrap"); // callers fold case first; the table is lower case
}

void TestHtmlAllowlist::rules()
{
    QFETCH(QString, tag);
    QFETCH(QString, outcome);
    const HtmlAllowlist::Rule *rule = HtmlAllowlist::find(tag);
    QString actual = QStringLiteral("unwrap");
    if (rule && rule->action == HtmlAllowlist::Action::Drop)
        actual = QStringLiteral("drop");
    else if (rule && rule->action == HtmlAllowlist::Action::Media)
        actual = QStringLiteral("media");
    else if (rule)
        actual = QStringLiteral("keep ") +
                 QStringView(rule->output.empty() ? rule->name : rule->output).toString();
    QCOMPARE(actual, outcome);
    if (rule) {
        QVERIFY(HtmlAllowlist::indexOf(rule) >= 0);
        QVERIFY(HtmlAllowlist::indexOf(rule) < HtmlAllowlist::count());
    }
}

void TestHtmlAllowlist::safeUrl_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<bool>("link");
    QTest::addColumn<QString>("expected"); // empty: refused

    const QUrl page(QStringLiteral("https://news.example/law/2024/item.html?id=7"));
    const auto row = [&](const char *name, const QString &value, bool link, const char *expected,
                         const QUrl &base = QUrl()) {
        QTest::newRow(name) << value << (base.isEmpty() ? page : base) << link << QString::fromUtf8(expected);
    };
    row("absolute https", QStringLiteral("https://a.example/x"), true, "https://a.example/x");
    row("absolute http image", QStringLiteral("http://a.example/i.png"), false, "http://a.example/i.png");
    row("relative path", QStringLiteral("other.html"), true, "https://news.example/law/2024/other.html");
    row("root relative", QStringLiteral("/about"), true, "https://news.example/about");
    row("parent relative", QStringLiteral("../../x"), true, "https://news.example/x");
    row("fragment", QStringLiteral("#fn2"), true, "https://news.example/law/2024/item.html?id=7#fn2");
    row("query only", QStringLiteral("?page=2"), true, "https://news.example/law/2024/item.html?page=2");
    row("scheme-relative takes the base scheme", QStringLiteral("//cdn.example/a.png"), false,
        "https://cdn.example/a.png");
    row("spaces encoded", QStringLiteral("https://a.example/a b"), true, "https://a.example/a%20b");
    row("surrounding white space trimmed", QStringLiteral("  https://a.example/  "), true,
        "https://a.example/");
    row("newline inside removed", QStringLiteral("https://a.exa\nmple/"), true, "https://a.example/");
    row("international host", QStringLiteral("https://b\u00fccher.example/"), true,
        "https://xn--bcher-kva.example/");
    row("mailto link", QStringLiteral("mailto:clerk@court.example?subject=Filing"), true,
        "mailto:clerk@court.example?subject=Filing");
    row("mailto image refused", QStringLiteral("mailto:clerk@court.example"), false, "");
    row("empty mailto refused", QStringLiteral("mailto:"), true, "");
    row("javascript refused", QStringLiteral("javascript:alert(1)"), true, "");
    row("javascript mixed case refused", QStringLiteral("JaVaScRiPt:alert(1)"), true, "");
    row("javascript with tab refused", QStringLiteral("java\tscript:alert(1)"), true, "");
    row("javascript after control characters refused", QStringLiteral("\x01\x02 javascript:alert(1)"), true,
        "");
    row("vbscript refused", QStringLiteral("vbscript:msgbox(1)"), true, "");
    row("data refused", QStringLiteral("data:text/html,<script>alert(1)</script>"), true, "");
    row("data image refused", QStringLiteral("data:image/png;base64,AAAA"), false, "");
    row("file refused", QStringLiteral("file:///etc/passwd"), true, "");
    row("ftp refused", QStringLiteral("ftp://a.example/"), true, "");
    row("http without host refused", QStringLiteral("http:/path"), true, "");
    row("https without slashes refused", QStringLiteral("https:evil.example"), true, "");
    row("empty refused", QString(), true, "");
    row("only white space refused", QStringLiteral(" \t\n"), true, "");
    row("relative without base refused", QStringLiteral("/about"), true, "",
        QUrl(QStringLiteral("about:blank")));
    row("relative against file base refused", QStringLiteral("x.html"), true, "",
        QUrl(QStringLiteral("file:///home/jane/")));
    row("absolute without base kept", QStringLiteral("https://a.example/"), true, "https://a.example/",
        QUrl(QStringLiteral("about:blank")));
}

void TestHtmlAllowlist::safeUrl()
{
    QFETCH(QString, value);
    QFETCH(QUrl, base);
    QFETCH(bool, link);
    QFETCH(QString, expected);
    QCOMPARE(HtmlAllowlist::safeUrl(value, base, link).value_or(QString()), expected);
}

void TestHtmlAllowlist::values_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // "-" when refused

    const auto row = [](const char *name, const char *kind, const char *value, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(kind) << QString::fromUtf8(value)
                            << QString::fromUtf8(expected);
    };
    row("length in pixels", "length", "300", "300");
    row("length with px", "length", " 200PX ", "200");
    row("length in percent", "length", "50%", "50%");
    row("length with units refused", "length", "10em", "-");
    row("length expression refused", "length", "expression(alert(1))", "-");
    row("length too long refused", "length", "1234567", "-");
    row("pixels of percent refused", "pixels", "50%", "-");
    row("pixels", "pixels", "1px", "1");
    row("integer in range", "span", "3", "3");
    row("integer too large", "span", "5000", "-");
    row("integer zero refused for spans", "span", "0", "-");
    row("integer not a number", "span", "2x", "-");
    row("alignment folded", "align", "CENTER", "center");
    row("alignment unknown", "align", "middle", "-");
}

void TestHtmlAllowlist::values()
{
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    std::optional<QString> actual;
    if (kind == u"length")
        actual = HtmlAllowlist::length(value);
    else if (kind == u"pixels") {
        const auto pixels = HtmlAllowlist::pixels(value);
        if (pixels)
            actual = QString::number(*pixels);
    } else if (kind == u"span")
        actual = HtmlAllowlist::integer(value, 1, 1000);
    else
        actual = HtmlAllowlist::alignment(value);
    QCOMPARE(actual.value_or(QStringLiteral("-")), expected);
}

QTEST_GUILESS_MAIN(TestHtmlAllowlist)
#include "tst_htmlallowlist.moc"
