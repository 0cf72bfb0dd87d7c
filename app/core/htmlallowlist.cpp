#include "htmlallowlist.h"

#include <QHash>

#include <iterator>

namespace HtmlAllowlist {

namespace {

// Tags not listed here are left out while their content is kept. Void
// elements (embed, input, link, meta, base...) have no content, so leaving
// the tag out is all that dropping them takes.
const Rule rules[] = {
    {u"p", Action::Keep, {}, Align, ClosesP},
    {u"div", Action::Keep, {}, Align, ClosesP},
    {u"h1", Action::Keep, {}, Align, ClosesP},
    {u"h2", Action::Keep, {}, Align, ClosesP},
    {u"h3", Action::Keep, {}, Align, ClosesP},
    {u"h4", Action::Keep, {}, Align, ClosesP},
    {u"h5", Action::Keep, {}, Align, ClosesP},
    {u"h6", Action::Keep, {}, Align, ClosesP},
    {u"pre", Action::Keep, {}, 0, ClosesP},
    {u"blockquote", Action::Keep, {}, 0, ClosesP},
    {u"center", Action::Keep, {}, 0, ClosesP},
    {u"address", Action::Keep, {}, 0, ClosesP},
    {u"ul", Action::Keep, {}, 0, ClosesP},
    {u"ol", Action::Keep, {}, Start, ClosesP},
    {u"li", Action::Keep, {}, 0, ClosesP},
    {u"dl", Action::Keep, {}, 0, ClosesP},
    {u"dt", Action::Keep, {}, 0, ClosesP},
    {u"dd", Action::Keep, {}, 0, ClosesP},
    {u"hr", Action::Keep, {}, 0, ClosesP | Void},
    {u"br", Action::Keep, {}, 0, Void},
    {u"img", Action::Keep, {}, Src | Alt | Title | Size, Void},
    {u"table", Action::Keep, {}, TableSpacing, ClosesP},
    {u"caption", Action::Keep, {}, 0, InTable},
    {u"thead", Action::Keep, {}, 0, InTable},
    {u"tbody", Action::Keep, {}, 0, InTable},
    {u"tfoot", Action::Keep, {}, 0, InTable},
    {u"tr", Action::Keep, {}, 0, InTable},
    {u"th", Action::Keep, {}, Span | Align, InTable},
    {u"td", Action::Keep, {}, Span | Align, InTable},
    // HTML5 sectioning has no meaning for QTextDocument: plain blocks.
    {u"figure", Action::Keep, u"div", 0, ClosesP},
    {u"figcaption", Action::Keep, u"p", 0, ClosesP},
    {u"article", Action::Keep, u"div", 0, ClosesP},
    {u"section", Action::Keep, u"div", 0, ClosesP},
    {u"header", Action::Keep, u"div", 0, ClosesP},
    {u"footer", Action::Keep, u"div", 0, ClosesP},
    {u"main", Action::Keep, u"div", 0, ClosesP},
    {u"aside", Action::Keep, u"div", 0, ClosesP},
    {u"nav", Action::Keep, u"div", 0, ClosesP},
    {u"details", Action::Keep, u"div", 0, ClosesP},
    {u"summary", Action::Keep, u"p", 0, ClosesP},
    {u"a", Action::Keep, {}, Href | Title, Inline},
    {u"span", Action::Keep, {}, 0, Inline},
    {u"b", Action::Keep, {}, 0, Inline},
    {u"strong", Action::Keep, {}, 0, Inline},
    {u"i", Action::Keep, {}, 0, Inline},
    {u"em", Action::Keep, {}, 0, Inline},
    {u"u", Action::Keep, {}, 0, Inline},
    {u"s", Action::Keep, {}, 0, Inline},
    // QTextDocument draws no line through <del>/<strike> and no line under
    // <ins>; a struck-out clause in a judgment must still look struck out.
    {u"strike", Action::Keep, u"s", 0, Inline},
    {u"del", Action::Keep, u"s", 0, Inline},
    {u"ins", Action::Keep, u"u", 0, Inline},
    {u"sub", Action::Keep, {}, 0, Inline},
    {u"sup", Action::Keep, {}, 0, Inline},
    {u"small", Action::Keep, {}, 0, Inline},
    {u"big", Action::Keep, {}, 0, Inline},
    {u"code", Action::Keep, {}, 0, Inline},
    {u"tt", Action::Keep, {}, 0, Inline},
    {u"kbd", Action::Keep, {}, 0, Inline},
    {u"samp", Action::Keep, {}, 0, Inline},
    {u"var", Action::Keep, {}, 0, Inline},
    {u"dfn", Action::Keep, {}, 0, Inline},
    {u"cite", Action::Keep, {}, 0, Inline},
    {u"abbr", Action::Keep, {}, Title, Inline},
    {u"mark", Action::Keep, u"span", 0, Inline},
    // QTextDocument ignores <q>; the quotation marks are written as text.
    {u"q", Action::Keep, u"span", 0, Inline},
    {u"script", Action::Drop},
    {u"style", Action::Drop},
    {u"iframe", Action::Drop},
    {u"frameset", Action::Drop},
    {u"noframes", Action::Drop},
    {u"object", Action::Drop},
    {u"applet", Action::Drop},
    {u"form", Action::Drop},
    {u"button", Action::Drop},
    {u"select", Action::Drop},
    {u"datalist", Action::Drop},
    {u"textarea", Action::Drop},
    {u"noscript", Action::Drop},
    {u"noembed", Action::Drop},
    {u"template", Action::Drop},
    {u"svg", Action::Drop},
    {u"math", Action::Drop},
    {u"title", Action::Drop},
    {u"xmp", Action::Drop},
    {u"portal", Action::Drop},
    {u"audio", Action::Media},
    {u"video", Action::Media},
};

bool isWebScheme(const QString &scheme)
{
    return scheme == u"http" || scheme == u"https";
}

bool isDigits(QStringView text, qsizetype maxLength)
{
    if (text.isEmpty() || text.size() > maxLength)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

const Rule *find(QStringView name)
{
    static const QHash<QStringView, const Rule *> byName = [] {
        QHash<QStringView, const Rule *> table;
        for (const Rule &rule : rules)
            table.insert(QStringView(rule.name), &rule);
        return table;
    }();
    return byName.value(name, nullptr);
}

qsizetype count()
{
    return qsizetype(std::size(rules));
}

qsizetype indexOf(const Rule *rule)
{
    return rule - rules;
}

std::optional<QString> safeUrl(QStringView value, const QUrl &baseUrl, bool allowMailto)
{
    QString cleaned;
    cleaned.reserve(value.size());
    for (const QChar c : value) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            cleaned.append(c);
    }
    qsizetype first = 0;
    qsizetype last = cleaned.size();
    while (first < last && cleaned[first].unicode() <= 0x20)
        ++first;
    while (last > first && cleaned[last - 1].unicode() <= 0x20)
        --last;
    if (first == last)
        return std::nullopt;
    QUrl url(cleaned.mid(first, last - first));
    if (!url.isValid())
        return std::nullopt;
    if (url.isRelative()) {
        if (!baseUrl.isValid() || !isWebScheme(baseUrl.scheme().toLower()) || baseUrl.host().isEmpty())
            return std::nullopt;
        url = baseUrl.resolved(url);
    }
    const QString scheme = url.scheme().toLower();
    if (isWebScheme(scheme)) {
        if (url.host().isEmpty())
            return std::nullopt;
    } else if (!(allowMailto && scheme == u"mailto" && !url.path().isEmpty())) {
        return std::nullopt;
    }
    const QString text = url.toString(QUrl::FullyEncoded);
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

std::optional<QString> length(QStringView value)
{
    QStringView text = value.trimmed();
    if (text.endsWith(u"px", Qt::CaseInsensitive))
        text.chop(2);
    if (isDigits(text, 5))
        return text.toString();
    if (text.endsWith(u'%') && isDigits(text.chopped(1), 3))
        return text.toString();
    return std::nullopt;
}

std::optional<int> pixels(QStringView value)
{
    const auto text = length(value);
    if (!text || text->endsWith(u'%'))
        return std::nullopt;
    return text->toInt();
}

std::optional<QString> integer(QStringView value, int minimum, int maximum)
{
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    if (!ok || number < minimum || number > maximum)
        return std::nullopt;
    return QString::number(number);
}

std::optional<QString> alignment(QStringView value)
{
    const QString text = value.trimmed().toString().toLower();
    if (text == u"left" || text == u"right" || text == u"center" || text == u"justify")
        return text;
    return std::nullopt;
}

} // namespace HtmlAllowlist
