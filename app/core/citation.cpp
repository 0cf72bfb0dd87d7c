#include "citation.h"

#include <QStringList>

namespace Citation {

namespace {

QString escaped(const QString &text, Markup markup)
{
    if (markup == Markup::Html)
        return text.toHtmlEscaped();
    if (markup == Markup::Plain)
        return text;
    // The characters Markdown would read as emphasis, links, code or HTML.
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\\' || c == u'*' || c == u'_' || c == u'`' || c == u'[' || c == u']' || c == u'<' ||
            c == u'>' || c == u'|')
            out.append(u'\\');
        out.append(c);
    }
    // At the start of a line these begin a heading or a list.
    if (out.startsWith(u'#') || out.startsWith(u'+') || out.startsWith(u'-'))
        out.prepend(u'\\');
    return out;
}

QString italic(const QString &text, Markup markup)
{
    const QString inner = escaped(text, markup);
    switch (markup) {
    case Markup::Html:
        return QStringLiteral("<i>%1</i>").arg(inner);
    case Markup::Markdown:
        return QStringLiteral("*%1*").arg(inner);
    case Markup::Plain:
        break;
    }
    return inner;
}

QString link(const QUrl &url, Markup markup)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    switch (markup) {
    case Markup::Html:
        return QStringLiteral("<a href=\"%1\">%1</a>").arg(text.toHtmlEscaped());
    case Markup::Markdown:
        // An autolink: a fully encoded URL holds no space, '<' or '>'.
        return QStringLiteral("<%1>").arg(text);
    case Markup::Plain:
        break;
    }
    return text;
}

// OSCOLA's angle brackets around a URL, as literal characters in every markup.
QString angleBracketed(const QUrl &url, Markup markup)
{
    switch (markup) {
    case Markup::Html:
        return QStringLiteral("&lt;%1&gt;").arg(link(url, markup));
    case Markup::Markdown:
        return QStringLiteral("\\<%1\\>").arg(link(url, markup));
    case Markup::Plain:
        break;
    }
    return QStringLiteral("<%1>").arg(link(url, markup));
}

QString finished(QString citation)
{
    if (!citation.isEmpty() && !citation.endsWith(u'.'))
        citation.append(u'.');
    return citation;
}

QString bluebook(const Source &source, Markup markup)
{
    QStringList parts;
    if (!source.author.isEmpty())
        parts.append(escaped(source.author, markup));
    if (!source.title.isEmpty())
        parts.append(italic(source.title, markup));
    if (!source.source.isEmpty())
        parts.append(escaped(source.source, markup));
    QString citation = parts.join(QStringLiteral(", "));
    const bool dated = source.published.isValid();
    if (dated) {
        const QString date = QStringLiteral("(%1)").arg(bluebookDate(source.published.date()));
        citation = citation.isEmpty() ? date : citation + u' ' + date;
    }
    if (!source.url.isEmpty()) {
        if (!citation.isEmpty())
            citation.append(QStringLiteral(", "));
        citation.append(link(source.url, markup));
        // Rule 18.2.2(c): an undated page is dated by the visit instead.
        if (!dated && source.retrieved.isValid())
            citation.append(QStringLiteral(" (last visited %1)").arg(bluebookDate(source.retrieved.date())));
    }
    return finished(citation);
}

QString oscola(const Source &source, Markup markup)
{
    QStringList parts;
    if (!source.author.isEmpty())
        parts.append(escaped(source.author, markup));
    if (!source.title.isEmpty())
        parts.append(QStringLiteral("\u2018%1\u2019").arg(escaped(source.title, markup)));
    QString citation = parts.join(QStringLiteral(", "));
    QStringList publication;
    if (!source.source.isEmpty())
        publication.append(escaped(source.source, markup));
    if (source.published.isValid())
        publication.append(oscolaDate(source.published.date()));
    if (!publication.isEmpty()) {
        const QString parenthesis = QStringLiteral("(%1)").arg(publication.join(QStringLiteral(", ")));
        citation = citation.isEmpty() ? parenthesis : citation + u' ' + parenthesis;
    }
    if (!source.url.isEmpty()) {
        if (!citation.isEmpty())
            citation.append(u' ');
        citation.append(angleBracketed(source.url, markup));
        if (source.retrieved.isValid())
            citation.append(QStringLiteral(" accessed %1").arg(oscolaDate(source.retrieved.date())));
    }
    return finished(citation);
}

} // namespace

QString format(const Source &source, Style style, Markup markup)
{
    return style == Style::Bluebook ? bluebook(source, markup) : oscola(source, markup);
}

QString styleName(Style style)
{
    return style == Style::Bluebook ? QStringLiteral("Bluebook") : QStringLiteral("OSCOLA");
}

QString bluebookDate(const QDate &date)
{
    static const char16_t *const months[] = {u"Jan.", u"Feb.", u"Mar.",  u"Apr.", u"May",  u"June",
                                             u"July", u"Aug.", u"Sept.", u"Oct.", u"Nov.", u"Dec."};
    if (!date.isValid())
        return {};
    return QStringLiteral("%1 %2, %3")
        .arg(QString::fromUtf16(months[date.month() - 1]))
        .arg(date.day())
        .arg(date.year());
}

QString oscolaDate(const QDate &date)
{
    static const char16_t *const months[] = {u"January",   u"February", u"March",    u"April",
                                             u"May",       u"June",     u"July",     u"August",
                                             u"September", u"October",  u"November", u"December"};
    if (!date.isValid())
        return {};
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(QString::fromUtf16(months[date.month() - 1]))
        .arg(date.year());
}

} // namespace Citation
