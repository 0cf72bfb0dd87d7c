#include "classnames.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace {

template <std::size_t N> bool isOneOf(QStringView name, const std::array<std::u16string_view, N> &names)
{
    return std::any_of(names.begin(), names.end(),
                       [&](std::u16string_view c) { return name == QStringView(c); });
}

// Parts of class and id names ("comments-area" is "comments" and "area").
bool isNegativePart(QStringView part)
{
    static constexpr std::array<std::u16string_view, 39> exact = {
        u"ad",      u"ads",        u"adsbygoogle", u"advert",   u"nav",      u"tags",
        u"rail",    u"skip",       u"byline",      u"dateline", u"print",    u"modal",
        u"popup",   u"overlay",    u"banner",      u"widget",   u"masthead", u"toolbar",
        u"pager",   u"pagination", u"header",      u"meta",     u"author",   u"bio",
        u"hidden",  u"login",      u"signup",      u"paywall",  u"respond",  u"addtoany",
        u"consent", u"gdpr",       u"trending",    u"utility",  u"aside",    u"complementary",
        u"dfp",     u"shoutbox",   u"sponsored"};
    static constexpr std::array<std::u16string_view, 19> prefixes = {
        u"comment",    u"share",  u"sharing",  u"social",  u"sidebar",    u"footer", u"navbar",
        u"navigation", u"menu",   u"advert",   u"promo",   u"newsletter", u"cookie", u"subscri",
        u"sponsor",    u"disqus", u"outbrain", u"taboola", u"related"};
    if (isOneOf(part, exact))
        return true;
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [&](std::u16string_view p) { return part.startsWith(QStringView(p)); }) ||
           part.startsWith(u"breadcrumb") || part.startsWith(u"recommend") || part.startsWith(u"popular");
}

bool isPositivePart(QStringView part)
{
    static constexpr std::array<std::u16string_view, 12> names = {
        u"article", u"body", u"content", u"entry", u"hentry", u"main",
        u"page",    u"post", u"text",    u"blog",  u"story",  u"articlebody"};
    return isOneOf(part, names);
}

} // namespace

namespace ClassNames {

Verdict judge(const QString &names)
{
    Verdict verdict;
    QString lower = names.toLower();
    for (QChar &c : lower) {
        if (c.isSpace())
            c = u' ';
    }
    for (const QStringView token : QStringView(lower).split(u' ', Qt::SkipEmptyParts)) {
        bool negative = false;
        bool positive = false;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= token.size(); ++i) {
            if (i < token.size() && token[i] != u'-' && token[i] != u'_')
                continue;
            const QStringView part = token.mid(start, i - start);
            negative = negative || isNegativePart(part);
            positive = positive || isPositivePart(part);
            start = i + 1;
        }
        verdict.negative = verdict.negative || negative;
        verdict.positive = verdict.positive || (positive && !negative);
    }
    return verdict;
}

int weight(const HtmlTree &tree, HtmlTree::NodeId id)
{
    int weight = 0;
    for (const QStringView attribute : {u"class", u"id"}) {
        const Verdict verdict = judge(tree.attribute(id, attribute));
        weight += verdict.negative ? -25 : verdict.positive ? 25 : 0;
    }
    return weight;
}

} // namespace ClassNames
